import { isCollection } from './collection.js';
import { openDataFile, prepareSections, type DataFile, type Section } from './file.js';
import { describeProblem, type Problem } from './types.js';

/** A fetch that has not answered after this long is abandoned (spec §2). */
export const FETCH_TIMEOUT_MS = 15_000;

/** Data ready for widgets, and where it came from. */
export interface LoadedData {
  /** Its sections are read as widgets ask for them; their warnings are logged once. */
  readonly file: DataFile;
  /** The absolute URL it was fetched from; undefined for the `data` property. */
  readonly url?: string;
}

/**
 * A collection file (src/data/collection.ts), as parsed: only `<conf-deadlines>` reads
 * it (and the files it names); every other widget shows an error.
 */
export interface LoadedCollection {
  readonly collection: Readonly<Record<string, unknown>>;
  /** The absolute URL it was fetched from; undefined for the `data` property. */
  readonly url?: string;
}

/** What a source gives: a conference data file, or a collection of them. */
export type Loaded = LoadedData | LoadedCollection;

export type DataErrorReason = 'network' | 'timeout' | 'http' | 'json' | 'invalid';

/** Why data could not be used; `message` is the English sentence logged and put in `conf-error`. */
export class DataError extends Error {
  override readonly name = 'DataError';

  constructor(
    readonly reason: DataErrorReason,
    message: string,
    readonly url?: string,
    /** For invalid data: the JSON path of the first error, e.g. `conference.name`. */
    readonly path?: string,
    /** For `http`: "404 Not Found". */
    readonly status?: string,
    /** For invalid data: the first error without its path. */
    readonly problem?: string,
  ) {
    super(message);
  }
}

// One cache for every copy of the library on the page, so that two bundles (say
// dist/countdown.js and dist/dates.js) share one fetch. The key carries the shape
// version of LoadedData: copies that disagree on it keep separate caches.
const CACHE_KEY = Symbol.for('conf-widgets.data-cache@3');
const cache: Map<string, Promise<Loaded>> = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] ??=
  new Map()) as Map<string, Promise<Loaded>>;

/**
 * Loads a data file: one fetch per absolute URL per page, however many widgets ask.
 * A failed load is forgotten, so re-attaching an element or setting `src` again
 * retries it. Problems are logged here, once per file, not once per widget. A
 * collection file is an error here (`loadSource` takes both kinds).
 */
export async function loadData(
  src: string,
  base: string = document.baseURI,
  options: LoadOptions = {},
): Promise<LoadedData> {
  return onlyFile(await loadSource(src, base, options), options);
}

export interface LoadOptions {
  /**
   * For a file a collection names: its failure is not logged here (the board warns of
   * it with its place in the collection, and shows a notice), and its data errors are
   * warnings — a referenced file that fails costs only its own rows, never an error
   * (spec §5).
   */
  readonly quiet?: boolean;
}

/** Loads a data file or a collection file, through the same cache as `loadData`. */
export function loadSource(
  src: string,
  base: string = document.baseURI,
  { quiet = false }: LoadOptions = {},
): Promise<Loaded> {
  const url = new URL(src, base).href;
  let pending = cache.get(url);
  if (!pending) {
    pending = fetchData(url, quiet).catch((error: unknown) => {
      cache.delete(url);
      throw error;
    });
    cache.set(url, pending);
  }
  return pending;
}

/** Validates an already-parsed object (the `data` property); logs like `loadData`. */
export async function useData(input: unknown): Promise<LoadedData> {
  return onlyFile(checked(input, undefined, document.baseURI));
}

/** `useData` for a data file or a collection. */
export async function useSource(input: unknown): Promise<Loaded> {
  return checked(input, undefined, document.baseURI);
}

/** The data file; a collection is an `invalid` error (every widget but the board). */
export function onlyFile(loaded: Loaded, { quiet = false }: LoadOptions = {}): LoadedData {
  if ('file' in loaded) return loaded;
  const where = loaded.url ?? 'conf-widgets data';
  const detail = 'it is a collection of conferences, which only <conf-deadlines> shows';
  const error = new DataError(
    'invalid',
    invalid(where, detail),
    loaded.url,
    'collection',
    undefined,
    detail,
  );
  throw quiet ? error : logged(error);
}

async function fetchData(url: string, quiet: boolean): Promise<Loaded> {
  // Quiet: the caller says it (src/data/collection-load.ts, with the collection's path).
  const say = quiet ? (error: DataError) => error : logged;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, {
      signal: controller.signal,
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    body = await response.text();
  } catch (error) {
    throw say(
      controller.signal.aborted
        ? new DataError(
            'timeout',
            `Could not load ${url}: no answer after ${FETCH_TIMEOUT_MS / 1000} s`,
            url,
          )
        : new DataError('network', `Could not load ${url}: ${String(error)}`, url),
    );
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw say(new DataError('http', `Could not load ${url}: ${status}`, url, undefined, status));
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    throw say(new DataError('json', `${url} is not JSON: ${String(error)}`, url));
  }
  return checked(json, url, url, quiet);
}

function checked(input: unknown, url: string | undefined, baseUrl: string, quiet = false): Loaded {
  // A collection is read by the board, which alone shows one (src/deadlines/).
  if (isCollection(input)) return { collection: input, url };
  const where = url ?? 'conf-widgets data';
  // A section's errors are logged here too, once per file; `prepare` then fails each
  // widget that shows the section, without logging again.
  const report = (problems: readonly Problem[]) => {
    for (const problem of problems) {
      if (problem.severity === 'warning')
        console.warn(`${where}: ${describeProblem(problem)} (skipped)`);
      // A file a collection names: its errors cost only its own rows (spec §5), a warning.
      else if (quiet) console.warn(`${invalid(where, describeProblem(problem))} (skipped)`);
      else console.error(`conf-widgets: ${invalid(where, describeProblem(problem))}`);
    }
  };
  const { file, problems } = openDataFile(input, baseUrl, report);
  if (!file) {
    report(problems.filter((problem) => problem.severity === 'warning'));
    const first = problems.find((problem) => problem.severity === 'error');
    const error = invalidError(where, url, first);
    throw quiet ? error : logged(error);
  }
  report(problems);
  return { file, url };
}

const invalid = (where: string, detail: string) => `${where} is not a valid data file: ${detail}`;

/** The `invalid` error of a file (at `where`, fetched from `url`) and its first problem. */
export function invalidError(where: string, url: string | undefined, problem?: Problem): DataError {
  const detail = problem ? describeProblem(problem) : 'unusable data';
  return new DataError('invalid', invalid(where, detail), url, problem?.path, undefined, detail);
}

/**
 * Reads the sections a widget shows (loading Temporal first when one needs it), so
 * that rendering finds them read; true when one was read just now (not by another
 * widget). An error in one of them (say an unknown `conference.timeZone`, for the
 * sections with dates) is an `invalid` error for this widget; so is a bug of ours while
 * reading, rather than an exception in the page.
 */
export async function prepare(
  loaded: LoadedData,
  sections: readonly Section<unknown>[],
): Promise<boolean> {
  const where = loaded.url ?? 'conf-widgets data';
  let prepared: Awaited<ReturnType<typeof prepareSections>>;
  try {
    prepared = await prepareSections(loaded.file, sections);
  } catch (error) {
    const detail = `unreadable data: ${String(error)}`;
    throw logged(
      new DataError('invalid', `${where}: ${detail}`, loaded.url, '', undefined, detail),
    );
  }
  if (prepared.error) throw invalidError(where, loaded.url, prepared.error);
  return prepared.fresh;
}

/** Logs the error's message with `console.error`, and gives the error back. */
export function logged(error: DataError): DataError {
  console.error(`conf-widgets: ${error.message}`);
  return error;
}
