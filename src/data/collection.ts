import { isObject, Reader } from './reader.js';
import { CollectionInfoSchema, CollectionRefSchema } from './schema.js';
import type { Problem } from './types.js';
import { safeUrl } from './url.js';
import { describeType, quote } from '../shared/text.js';

/**
 * Collection files (SPEC §5): many conferences in one file, for `<conf-deadlines>`, the
 * command-line tool's `validate` and `ics`, and the importers.
 *
 * ```jsonc
 * { "collection": { "name": "…", "url"?, "feed"?, "source"?, "updated"? },
 *   "conferences": [ { "src": "mlsys-2027.json", "tags": ["systems"] },   // by URL
 *                    { "conference": { … }, "dates": [ … ] } ] }          // inline
 * ```
 *
 * This module only reads the file itself, synchronously, in the browser and in Node
 * alike: it fetches nothing and reads no conference. What it gives:
 * - `isCollection(json)`: whether a parsed file is a collection (it has `collection`).
 * - `readCollection(json, baseUrl)`: the header and the entries, with every problem at
 *   its JSON path (`conferences[3].src`). An error (no `collection.name`, no list of
 *   `conferences`) means no collection; a bad entry is a warning and is left out.
 * - Each entry is `{ kind: 'src', src, url }` (fetch `url`, or resolve `src` against the
 *   collection file yourself when it has no http(s) URL) or `{ kind: 'inline', raw }`
 *   (read `raw` as a data file: `normalize(raw, temporal, { baseUrl })` or
 *   `openDataFile`, and put the entry's `path` in front of its problems with
 *   `problemsAt`). `tags` are the entry's own tags, lowercase; a conference's tags are
 *   these plus its `conference.tags`.
 */

export interface CollectionInfo {
  readonly name: string;
  /** Where the list is kept: a safe URL. */
  readonly url?: string;
  /** The iCalendar feed: an http(s) URL, resolved against the collection file when it has one. */
  readonly feed?: string;
  readonly source?: string;
  readonly updated?: string;
}

interface EntryBase {
  /** JSON path of the entry: `conferences[3]`. */
  readonly path: string;
  readonly index: number;
  /** The entry's own tags (lowercase), added to its conference's. */
  readonly tags: readonly string[];
}

/** A conference data file named by URL. */
export interface SrcEntry extends EntryBase {
  readonly kind: 'src';
  /** As written (trimmed): a relative URL or an http(s) one. */
  readonly src: string;
  /** Absolute, when the collection's own URL is http(s) or `src` is absolute; else undefined. */
  readonly url?: string;
}

/** A conference written inside the collection: the fields of a data file. */
export interface InlineEntry extends EntryBase {
  readonly kind: 'inline';
  readonly raw: Readonly<Record<string, unknown>>;
}

export type CollectionEntry = SrcEntry | InlineEntry;

export interface Collection {
  readonly info: CollectionInfo;
  readonly entries: readonly CollectionEntry[];
}

/** Whether a parsed file is a collection: an object with a `collection` key. */
export function isCollection(input: unknown): input is Record<string, unknown> {
  return isObject(input) && Object.hasOwn(input, 'collection');
}

/**
 * Reads a collection file's header and entries (see above); never throws. `baseUrl` is
 * the collection file's URL: relative `src` and `feed` resolve against it.
 */
export function readCollection(
  input: unknown,
  baseUrl?: string,
): { collection?: Collection; problems: Problem[] } {
  const reader = new Reader(baseUrl);
  const problems = reader.problems;
  const error = (path: string, message: string) => {
    problems.push({ path, message, severity: 'error' });
    return { problems };
  };
  if (!isObject(input)) return error('', `expected an object, got ${describeType(input)}`);
  const header = reader.check(CollectionInfoSchema, input.collection, 'collection', 'error');
  const list = input.conferences;
  if (list === undefined) return error('conferences', 'is required');
  if (!Array.isArray(list))
    return error('conferences', `expected a list, got ${describeType(list)}`);
  if (!header) return { problems };
  const info: CollectionInfo = {
    name: header.name,
    url: reader.url(header.url, 'collection.url'),
    feed: header.feed === undefined ? undefined : fetchable(reader, header.feed, 'collection.feed'),
    source: header.source,
    updated: header.updated,
  };
  const entries: CollectionEntry[] = [];
  list.forEach((item: unknown, index) => {
    const path = `conferences[${index}]`;
    if (!isObject(item)) {
      reader.skip(path, `expected an object, got ${describeType(item)}`);
      return;
    }
    if (Object.hasOwn(item, 'src')) {
      const ref = reader.check(CollectionRefSchema, item, path);
      if (!ref) return;
      const url = fetchable(reader, ref.src, `${path}.src`);
      if (url === undefined) return;
      entries.push({
        kind: 'src',
        path,
        index,
        src: ref.src,
        url: /^https?:/i.test(url) ? url : undefined,
        tags: lowercase(ref.tags),
      });
    } else if (Object.hasOwn(item, 'conference')) {
      const own = reader.check(CollectionRefSchema.entries.tags, item.tags ?? [], `${path}.tags`);
      entries.push({ kind: 'inline', path, index, raw: item, tags: lowercase(own) });
    } else {
      reader.skip(path, 'expected "src" (a data file\'s URL) or "conference" (one inline)');
    }
  });
  return { collection: { info, entries }, problems };
}

/** Problems of an entry's data file, at their path in the collection: `conferences[3].dates[2].at`. */
export function problemsAt(path: string, problems: readonly Problem[]): Problem[] {
  return problems.map((problem) => ({
    ...problem,
    path: problem.path ? `${path}.${problem.path}` : path,
  }));
}

/** A URL that can be fetched: http(s) or relative (no mailto:), resolved when it can be. */
function fetchable(reader: Reader, raw: string, path: string): string | undefined {
  const safe = safeUrl(raw.trim(), reader.baseUrl);
  if (safe === undefined || /^mailto:/i.test(safe))
    return reader.skip(path, `${quote(raw)} is not an http(s) or relative URL`);
  return safe;
}

const lowercase = (tags: readonly string[] | undefined) =>
  (tags ?? []).map((tag) => tag.toLowerCase());
