import type { Schema } from '../data/check.js';
import {
  CollectionFileAbout,
  CollectionInfoSchema,
  CollectionRefSchema,
  ConferenceFileSchema,
} from '../data/schema.js';

/**
 * `conference.schema.json`, built from the schemas of `src/data/schema.ts` — the
 * runtime validator's own source. `scripts/build-schema.mjs` writes it (`npm run
 * schema`); `test/schema.test.ts` builds it again in the browser and fails when the
 * committed file is stale. Plain data in, plain data out: the same every time.
 */

/** Where the published schema lives; editors only use it as the schema's name. */
export const SCHEMA_ID = 'https://unpkg.com/conf-widgets/conference.schema.json';

/** One schema as draft-07 JSON Schema, what editors (VS Code, JetBrains) and most validators read. */
function toJsonSchema(schema: Schema): Record<string, unknown> {
  const about = { description: schema.description };
  switch (schema.kind) {
    case 'string':
      return {
        type: 'string',
        minLength: schema.nonEmpty ? 1 : undefined,
        // Trimmed, "not empty" means "has a non-space character": what the runtime checks.
        pattern: schema.pattern?.source ?? (schema.trim && schema.nonEmpty ? '\\S' : undefined),
        ...about,
      };
    case 'number':
      return {
        type: schema.integer ? 'integer' : 'number',
        minimum: schema.min,
        ...about,
      };
    case 'boolean':
      return { type: 'boolean', ...about };
    case 'array':
      return { type: 'array', items: toJsonSchema(schema.items), ...about };
    case 'object':
      return {
        type: 'object',
        properties: Object.fromEntries(
          Object.entries(schema.entries).map(([key, entry]) => [key, toJsonSchema(entry)]),
        ),
        required: Object.keys(schema.entries).filter((key) => !schema.optional.includes(key)),
        ...about,
      };
  }
}

/** The JSON Schema of a data file, with the keys in a fixed, readable order. */
export function conferenceJsonSchema(): Record<string, unknown> {
  // A JSON round trip drops what is undefined.
  const { type, properties, required } = JSON.parse(
    JSON.stringify(toJsonSchema(ConferenceFileSchema)),
  ) as Record<string, unknown>;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: ConferenceFileSchema.title,
    description: `${ConferenceFileSchema.description} Or ${CollectionFileAbout.description}`,
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
      // A collection file (src/data/collection.ts): the same schema accepts both kinds.
      collection: plain(CollectionInfoSchema),
      conferences: {
        type: 'array',
        items: {
          anyOf: [
            plain(CollectionRefSchema),
            {
              type: 'object',
              description: 'A conference inline: the fields of a data file.',
              properties: Object.fromEntries(
                Object.keys(ConferenceFileSchema.entries).map((key) => [
                  key,
                  { $ref: `#/properties/${key}` },
                ]),
              ),
              required,
            },
          ],
          description: 'A conference, by URL or inline.',
        },
        description: CollectionFileAbout.conferences,
      },
    },
    // A conference data file, or a collection of them.
    anyOf: [{ required }, { required: ['collection', 'conferences'] }],
  };
}

/** A schema as JSON, without what is undefined. */
const plain = (schema: Schema) => JSON.parse(JSON.stringify(toJsonSchema(schema))) as unknown;
