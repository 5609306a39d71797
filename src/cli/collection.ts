import { problemsAt, readCollection, type CollectionInfo } from '../data/collection.js';
import { normalize } from '../data/normalize.js';
import type { ConferenceData, Problem } from '../data/types.js';
import { lintConference, type LintFinding } from '../lint/lint.js';
import { quote } from '../shared/text.js';
import type { TemporalNamespace } from '../time/temporal.js';
import { InputError, readSource, type ReadOptions, type Source } from './input.js';
import { fileReport, type FileReport } from './report.js';

/**
 * A collection file (spec §5) for `validate` and `ics`: its header read by
 * `data/collection.ts`, every conference in it — inline or by URL, fetched in
 * parallel — read as a data file, each problem and lint finding at its JSON path in the
 * collection (`conferences[3].dates[2].at`).
 */
export interface CollectionConference {
  /** `conferences[3]`. */
  readonly path: string;
  /** Undefined when the conference could not be read at all. */
  readonly data?: ConferenceData;
  /** The conference's own tags and the entry's, lowercase. */
  readonly tags: readonly string[];
  readonly problems: readonly Problem[];
  readonly lint: readonly LintFinding[];
}

export interface ReadCollection {
  readonly info?: CollectionInfo;
  /** The collection file's own problems (header, entries). */
  readonly problems: readonly Problem[];
  readonly conferences: readonly CollectionConference[];
}

export async function readCollectionSource(
  source: Source,
  temporal: typeof TemporalNamespace,
  read: ReadOptions,
): Promise<ReadCollection> {
  const { collection, problems } = readCollection(source.json, source.baseUrl);
  if (!collection) return { problems, conferences: [] };
  const conferences = await Promise.all(
    collection.entries.map(async (entry): Promise<CollectionConference> => {
      let raw: unknown = entry.kind === 'inline' ? entry.raw : undefined;
      let baseUrl = source.baseUrl;
      let where = entry.path;
      if (entry.kind === 'src') {
        const url = entry.url ?? (source.baseUrl && new URL(entry.src, source.baseUrl).href);
        where = `${entry.path}.src`;
        if (!url) {
          return failed(
            entry.path,
            entry.tags,
            where,
            `${quote(entry.src)} is relative, and the collection has no location (standard input)`,
          );
        }
        try {
          const file = await readSource(url, read);
          raw = file.json;
          baseUrl = file.baseUrl;
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          // Named as the collection writes it, not as the absolute URL it resolves to.
          return failed(entry.path, entry.tags, where, error.message.split(url).join(entry.src));
        }
      }
      const { data, problems: own } = normalize(raw, temporal, { baseUrl });
      // An entry by URL: its file's paths, after the entry's ("conferences[2].src: dates[0].at: …").
      const located =
        entry.kind === 'src'
          ? own.map((problem) => ({
              ...problem,
              path: problem.path ? `${where}: ${problem.path}` : where,
            }))
          : problemsAt(entry.path, own);
      const lint = (data ? lintConference(data) : []).map((finding) => ({
        ...finding,
        path: entry.kind === 'src' ? `${where}: ${finding.path}` : `${entry.path}.${finding.path}`,
      }));
      const tags = [...new Set([...(data?.conference.tags ?? []), ...entry.tags])];
      return { path: entry.path, data, tags, problems: located, lint };
    }),
  );
  return { info: collection.info, problems, conferences };
}

function failed(
  path: string,
  tags: readonly string[],
  where: string,
  message: string,
): CollectionConference {
  return { path, tags, problems: [{ path: where, message, severity: 'error' }], lint: [] };
}

/** Lint across conferences: two with one `id` (a feed's UIDs and the board's rows need them unique). */
export function duplicateIds(conferences: readonly CollectionConference[]): LintFinding[] {
  const seen = new Map<string, string>();
  const findings: LintFinding[] = [];
  for (const item of conferences) {
    const id = item.data?.conference.id;
    if (id === undefined) continue;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, item.path);
    else
      findings.push({
        rule: 'duplicate-id',
        path: `${item.path}.conference.id`,
        message: `${quote(id)} is also the id of ${first}`,
        hint: 'give each conference its own id: calendars tell events apart by it',
      });
  }
  return findings;
}

/** What `validate` says about a collection: its own problems, then each conference's, then lint. */
export function collectionReport(
  input: string,
  url: string | undefined,
  read: ReadCollection,
): FileReport {
  const { conferences } = read;
  const base = fileReport(
    input,
    url,
    undefined,
    [...read.problems, ...conferences.flatMap((item) => item.problems)],
    [...conferences.flatMap((item) => item.lint), ...duplicateIds(conferences)],
  );
  const sum = (count: (data: ConferenceData) => number) =>
    conferences.reduce((total, item) => total + (item.data ? count(item.data) : 0), 0);
  return {
    ...base,
    status:
      !read.info || base.findings.some((finding) => finding.severity === 'error')
        ? 'invalid'
        : 'valid',
    counts: read.info && {
      conferences: conferences.length,
      dates: sum((data) => data.dates.length),
      committees: sum((data) => data.committees.length),
      members: sum((data) => data.committees.reduce((n, c) => n + c.members.length, 0)),
      tiers: sum((data) => data.sponsors.tiers.length),
      sponsors: sum((data) => data.sponsors.tiers.reduce((n, t) => n + t.sponsors.length, 0)),
      topics: sum((data) => data.topics.length),
    },
  };
}
