import * as v from 'valibot';
import type { Section } from '../file.js';

/** `topics`: the non-empty ones, trimmed. */
export const topicsSection: Section<readonly string[]> = {
  name: 'topics',
  read: (reader, file) =>
    reader.list(
      file.raw.topics,
      'topics',
      v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty')),
      (topic) => topic,
    ),
};
