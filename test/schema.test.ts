// conference.schema.json must be what the schemas of src/data/schema.ts give:
// built again here, in the browser, and compared with the committed file that the
// test server serves. When this fails, run `npm run schema` and commit the result.
import { expect } from '@open-wc/testing';
import { conferenceJsonSchema, SCHEMA_ID } from '../src/cli/json-schema.js';
import { ConferenceFileSchema } from '../src/data/schema.js';
import { AT_PATTERN } from '../src/time/when.js';

async function committed(): Promise<Record<string, unknown>> {
  const response = await fetch('/conference.schema.json');
  expect(response.ok, 'conference.schema.json is served').to.be.true;
  return (await response.json()) as Record<string, unknown>;
}

describe('conference.schema.json', () => {
  it('is current with src/data/schema.ts (else: npm run schema)', async () => {
    expect(await committed()).to.deep.equal(conferenceJsonSchema());
  });

  it('has $id and "$schema", the rules the runtime checks, and the descriptions down to the items', async () => {
    const schema = await committed();
    expect(schema.$id).to.equal(SCHEMA_ID);
    expect(schema.$schema).to.equal('http://json-schema.org/draft-07/schema#');
    expect(schema.title).to.equal('conf-widgets conference data');
    const properties = schema.properties as Record<string, Record<string, unknown>>;
    expect(Object.keys(properties)).to.deep.equal([
      '$schema',
      ...Object.keys(ConferenceFileSchema.entries),
      'collection',
      'conferences',
    ]);
    expect(properties.$schema!.type).to.equal('string');
    // A conference data file, or a collection file (SPEC §5).
    expect(schema.anyOf).to.deep.equal([
      { required: ['conference'] },
      { required: ['collection', 'conferences'] },
    ]);
    const conference = properties.conference as {
      required: string[];
      properties: Record<string, { pattern?: string; minLength?: number }>;
    };
    expect(conference.required).to.deep.equal(['name']);
    // trimmed and not empty: a non-space character
    expect(conference.properties.name).to.include({ minLength: 1, pattern: '\\S' });
    const dates = properties.dates as {
      items: {
        required: string[];
        properties: Record<string, { description?: string; pattern?: string }>;
      };
    };
    expect(dates.items.required).to.deep.equal(['id', 'label', 'at']);
    expect(dates.items.properties.at!.pattern).to.equal(AT_PATTERN.source);
    expect(dates.items.properties.at!.description).to.contain('"TBD"');
    expect(dates.items.properties.previously!.description).to.contain('oldest first');
  });
});
