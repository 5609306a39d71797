import { readCollection, problemsAt, type CollectionInfo } from './collection.js';
import { openDataFile, type DataFile } from './file.js';
import { invalidError, loadData, logged, type DataError, type Loaded } from './load.js';
import { datesSection } from './sections/dates.js';
import { describeProblem, type ConfDate, type ConferenceHead, type Problem } from './types.js';
import { nextTask } from '../shared/conf-element.js';
import { loadTemporal } from '../time/temporal.js';

/**
 * A collection as the board shows it, in the browser: every conference it names read
 * (each referenced file fetched once per page through the same cache as `src`, all in
 * parallel, URLs relative to the collection file), with its dates. A conference that
 * cannot be had is a `failure`, and the rest stands; only a collection file that is
 * itself unusable is an error. A single data file is a collection of one.
 */
export interface ReadCollection {
  /** The collection's header; undefined for a single data file. */
  readonly info?: CollectionInfo;
  readonly members: readonly Member[];
  readonly failures: readonly Failure[];
}

export interface Member {
  readonly conference: ConferenceHead;
  /** Its dates, in file order, instants resolved. */
  readonly dates: readonly ConfDate[];
  /** The entry's tags and the conference's own, lowercase. */
  readonly tags: ReadonlySet<string>;
}

/** A conference of the collection that could not be read: the URL of its file, or its JSON path. */
export interface Failure {
  readonly where: string;
}

// One reading per loaded source, for every board of the page that shows it.
const readings = new WeakMap<object, Promise<ReadCollection>>();
const results = new WeakMap<object, ReadCollection>();

const keyOf = (loaded: Loaded): object => ('file' in loaded ? loaded.file : loaded.collection);

/** The collection (or single file) read, once per loaded source; rejects with a `DataError`. */
export function readMembers(loaded: Loaded): Promise<ReadCollection> {
  const key = keyOf(loaded);
  let reading = readings.get(key);
  if (!reading) {
    reading = read(loaded).then((result) => {
      results.set(key, result);
      return result;
    });
    readings.set(key, reading);
  }
  return reading;
}

/** What `readMembers` gave, once it has: for rendering, which is synchronous. */
export function resultOf(loaded: Loaded): ReadCollection | undefined {
  return results.get(keyOf(loaded));
}

/** Reading many files' dates is work: it yields to the page after this long. */
const SLICE_MS = 30;

async function read(loaded: Loaded): Promise<ReadCollection> {
  const temporal = await loadTemporal();
  if ('file' in loaded) {
    const member = datesOf(loaded.file, temporal, new Set());
    // Its error (an unknown conference.timeZone) was logged with the file.
    if (!member)
      throw invalidError(
        loaded.url ?? 'conf-widgets data',
        loaded.url,
        loaded.file.errorOf(datesSection),
      );
    return { members: [member], failures: [] };
  }
  const where = loaded.url ?? 'conf-widgets data';
  const base = loaded.url ?? document.baseURI;
  const { collection, problems } = readCollection(loaded.collection, base);
  report(where, problems);
  if (!collection)
    throw logged(
      invalidError(
        where,
        loaded.url,
        problems.find((problem) => problem.severity === 'error'),
      ),
    );
  // Every referenced file is asked for at once; inline ones are read meanwhile.
  const files = collection.entries.map((entry) =>
    entry.kind === 'src'
      ? loadData(entry.src, base, { quiet: true }).then(
          (data) => data.file,
          (error: DataError) =>
            void console.warn(
              `${where}: ${entry.path}.src: ${error.message}; its deadlines are not shown (skipped)`,
            ),
        )
      : undefined,
  );
  const members: Member[] = [];
  const failures: Failure[] = [];
  let slice = performance.now();
  for (const [index, entry] of collection.entries.entries()) {
    let file: DataFile | undefined;
    if (entry.kind === 'src') file = await files[index];
    else {
      // Inline: opened here; its problems, at their path in the collection, cost the
      // entry at most (a warning), never the collection.
      const skipped = (found: readonly Problem[]) =>
        report(
          where,
          problemsAt(entry.path, found).map((problem) => ({ ...problem, severity: 'warning' })),
        );
      const opened = openDataFile(entry.raw, base, skipped);
      skipped(opened.problems);
      file = opened.file;
    }
    const member = file && datesOf(file, temporal, new Set(entry.tags));
    if (member) members.push(member);
    else
      failures.push({
        where: entry.kind === 'src' ? new URL(entry.src, base).href : entry.path,
      });
    if (performance.now() - slice > SLICE_MS) {
      await nextTask();
      slice = performance.now();
    }
  }
  return { info: collection.info, members, failures };
}

/** A file's dates, read once per file (and shared with every widget that shows them); undefined when they cannot be. */
function datesOf(
  file: DataFile,
  temporal: DataFile['temporal'],
  tags: Set<string>,
): Member | undefined {
  file.temporal ??= temporal;
  const dates = file.read(datesSection);
  if (file.errorOf(datesSection)) return undefined;
  for (const tag of file.conference.tags ?? []) tags.add(tag);
  return { conference: file.conference, dates, tags };
}

function report(where: string, problems: readonly Problem[]): void {
  for (const problem of problems) {
    if (problem.severity === 'warning')
      console.warn(`${where}: ${describeProblem(problem)} (skipped)`);
    else console.error(`conf-widgets: ${where}: ${describeProblem(problem)}`);
  }
}
