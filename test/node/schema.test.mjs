// conference.schema.json: current with src/data/schema.ts, the descriptions carried
// over, "$schema" allowed, and — with a JSON Schema validator — both seed files valid.
//
// The validator is ajv 6 (draft-07), which is already in node_modules through ESLint;
// no dependency of its own. Where it is missing those tests are skipped, not failed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import { fixture, ROOT } from './helpers/cli.mjs';

const read = (path) => JSON.parse(readFileSync(new URL(path, `file://${ROOT}`), 'utf8'));
const schema = read('conference.schema.json');

let Ajv;
try {
  Ajv = createRequire(import.meta.url)('ajv');
} catch {
  Ajv = undefined;
}
const noValidator = Ajv ? false : 'no JSON Schema validator (ajv) in node_modules';

/** Every subschema, with its JSON pointer. */
function* walk(node, pointer = '#') {
  yield [pointer, node];
  for (const [key, value] of Object.entries(node.properties ?? {})) {
    yield* walk(value, `${pointer}/properties/${key}`);
  }
  if (node.items) yield* walk(node.items, `${pointer}/items`);
}

describe('conference.schema.json', () => {
  test('is what `npm run schema` makes of src/data/schema.ts now', () => {
    const run = spawnSync(process.execPath, ['scripts/build-schema.mjs', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
  });

  test('names itself and its draft; the descriptions come through', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.match(schema.$id, /^https:\/\/.*\/conference\.schema\.json$/);
    assert.equal(schema.title, 'conf-widgets conference data');
    const at = schema.properties.dates.items.properties.at;
    assert.match(at.description, /"TBD"/);
    assert.match(schema.properties.conference.properties.timeZone.description, /AoE/);
    // every leaf field says what it is
    const bare = [...walk(schema)]
      .filter(([, node]) => !node.properties && !node.items && !node.description)
      .map(([pointer]) => pointer);
    assert.deepEqual(bare, ['#/properties/cfp/properties/deadlines/items']);
  });

  test('allows "$schema" and unknown fields (forward compatible)', () => {
    assert.equal(schema.properties.$schema.type, 'string');
    for (const [pointer, node] of walk(schema)) {
      assert.notEqual(node.additionalProperties, false, pointer);
    }
  });

  describe('validates with ajv (draft-07)', { skip: noValidator }, () => {
    const validate = noValidator ? undefined : new Ajv({ allErrors: true }).compile(schema);

    for (const seed of ['demo/mlsys-2022.json', 'demo/workshop-2017.json']) {
      test(`${seed} is valid`, () => {
        assert.ok(validate(read(seed)), JSON.stringify(validate.errors, null, 2));
      });
    }

    test('a file without conference.name is not', () => {
      assert.equal(validate(read(fixture('no-name.json'))), false);
      assert.deepEqual(
        validate.errors.map((error) => [error.dataPath, error.keyword]),
        [['.conference', 'required']],
      );
    });

    test('a blank name is not either (the runtime trims, then requires text)', () => {
      assert.equal(validate({ conference: { name: '  ' } }), false);
      assert.equal(validate({ conference: { name: ' x ' }, $schema: './s.json', extra: 1 }), true);
    });
  });
});
