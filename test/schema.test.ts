// conference.schema.json must be what the valibot schemas of src/data/schema.ts give:
// built again here, in the browser, and compared with the committed file that the
// test server serves. When this fails, run `npm run schema` and commit the result.
import { expect } from '@open-wc/testing';
import { toJsonSchema } from '@valibot/to-json-schema';
import { conferenceJsonSchema, SCHEMA_ID } from '../src/cli/json-schema.js';
import { ConferenceFileSchema } from '../src/data/schema.js';

async function committed(): Promise<Record<string, unknown>> {
  const response = await fetch('/conference.schema.json');
  expect(response.ok, 'conference.schema.json is served').to.be.true;
  return (await response.json()) as Record<string, unknown>;
}

describe('conference.schema.json', () => {
  it('is current with src/data/schema.ts (else: npm run schema)', async () => {
    expect(await committed()).to.deep.equal(conferenceJsonSchema());
  });

  it('is the plain conversion of the valibot schema, plus $id and "$schema"', async () => {
    const plain = toJsonSchema(ConferenceFileSchema, { errorMode: 'ignore' }) as Record<
      string,
      unknown
    >;
    const schema = await committed();
    expect(schema.$id).to.equal(SCHEMA_ID);
    expect(schema.$schema).to.equal(plain.$schema);
    expect(schema.title).to.equal(plain.title);
    expect(schema.description).to.equal(plain.description);
    const properties = schema.properties as Record<string, Record<string, unknown>>;
    expect(Object.keys(properties)).to.deep.equal([
      '$schema',
      ...Object.keys(plain.properties as object),
    ]);
    expect(properties.$schema!.type).to.equal('string');
    // descriptions of v.description() come through, down to the items
    const dates = properties.dates as {
      items: { properties: Record<string, { description?: string }> };
    };
    expect(dates.items.properties.at!.description).to.contain('"TBD"');
    expect(dates.items.properties.previously!.description).to.contain('oldest first');
  });
});
