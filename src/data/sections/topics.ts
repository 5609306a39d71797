import type { Section } from '../file.js';
import { TopicSchema } from '../schema.js';

/** `topics`: the non-empty ones, trimmed. */
export const topicsSection: Section<readonly string[]> = {
  name: 'topics',
  read: (reader, file) => reader.list(file.raw.topics, 'topics', TopicSchema, (topic) => topic),
};
