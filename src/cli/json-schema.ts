import { toJsonSchema, type ConversionConfig, type JsonSchema } from '@valibot/to-json-schema';
import { ConferenceFileSchema } from '../data/schema.js';

/**
 * `conference.schema.json`, built from the valibot schemas of `src/data/schema.ts` —
 * the runtime validator's own source. `scripts/build-schema.mjs` writes it (`npm run
 * schema`); `test/schema.test.ts` builds it again in the browser and fails when the
 * committed file is stale. Plain data in, plain data out: the same every time.
 */

/** Where the published schema lives; editors only use it as the schema's name. */
export const SCHEMA_ID = 'https://unpkg.com/conf-widgets/conference.schema.json';

// Marks a string schema whose valibot pipe trims before it checks (`v.trim()`), so
// that a following `v.nonEmpty()` becomes "has a non-space character" — what the
// runtime checks — instead of only `minLength: 1`. A symbol: never in the output.
const TRIMMED = Symbol('trimmed');

const config: ConversionConfig = {
  // draft-07: what editors (VS Code, JetBrains) and most validators read.
  target: 'draft-07',
  errorMode: 'throw',
  overrideAction({ valibotAction, jsonSchema }) {
    // A transformation JSON Schema cannot express; it only changes what `nonEmpty` means.
    if (valibotAction.type === 'trim') return { ...jsonSchema, [TRIMMED]: true } as JsonSchema;
    if (valibotAction.type === 'non_empty' && (jsonSchema as Record<symbol, unknown>)[TRIMMED]) {
      return jsonSchema.pattern ? jsonSchema : { ...jsonSchema, pattern: '\\S' };
    }
    return undefined;
  },
};

/** The JSON Schema of a data file, with the keys in a fixed, readable order. */
export function conferenceJsonSchema(): Record<string, unknown> {
  // A JSON round trip drops the TRIMMED marks (symbol keys) and anything undefined.
  const converted = JSON.parse(
    JSON.stringify(toJsonSchema(ConferenceFileSchema, config)),
  ) as Record<string, unknown>;
  const { $schema, title, description, type, properties, ...rest } = converted;
  return {
    $schema,
    $id: SCHEMA_ID,
    title,
    description,
    type,
    properties: {
      // Data files name their schema for editors ("$schema": "../conference.schema.json");
      // the widgets ignore the field, as they ignore every unknown one.
      $schema: {
        type: 'string',
        description:
          'The JSON Schema of this file, for editors: a path or URL of conference.schema.json. Ignored by the widgets.',
      },
      ...(properties as Record<string, unknown>),
    },
    ...rest,
  };
}
