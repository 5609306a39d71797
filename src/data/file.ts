import { ConferenceInfoSchema } from './schema.js';
import { isObject, Reader } from './reader.js';
import type { ConferenceHead, Problem } from './types.js';
import { describeType, quote } from '../shared/text.js';
import type { TemporalNamespace } from '../time/temporal.js';

/**
 * One part of a data file (`dates`, `committees`, …) and how to read it. A widget
 * reads only the sections it shows, so a bundle carries only their validation, and
 * only widgets with times load Temporal.
 */
export interface Section<T> {
  /** Keys the section in the file's memo; library copies share files, so keep it stable. */
  readonly name: string;
  /**
   * For a section with times: what loads Temporal, which `prepareSections` does before
   * reading it. (The sections bring the loader, so a bundle without times has none.)
   */
  readonly loadTemporal?: () => Promise<typeof TemporalNamespace>;
  read(reader: Reader, file: DataFile): T;
}

/**
 * A data file whose `conference` is valid: the rest is read section by section, on
 * first use, once. Each section's problems go to `onProblems` when it is read.
 */
export class DataFile {
  /** Set (by `prepareSections`) before a section that needs it is read. */
  temporal?: typeof TemporalNamespace;
  readonly #sections = new Map<string, unknown>();
  /** The first error of each section that has one: widgets showing it cannot work. */
  readonly #errors = new Map<string, Problem>();

  constructor(
    readonly raw: Readonly<Record<string, unknown>>,
    readonly conference: ConferenceHead,
    readonly baseUrl: string | undefined,
    private readonly onProblems: (problems: readonly Problem[]) => void,
  ) {}

  /** Whether the section has been read. */
  has(section: Section<unknown>): boolean {
    return this.#sections.has(section.name);
  }

  /** The section, read (and its problems reported) the first time it is asked for. */
  read<T>(section: Section<T>): T {
    if (!this.#sections.has(section.name)) {
      if (section.loadTemporal && !this.temporal)
        throw new Error(`conf-widgets: section ${section.name} read before Temporal was loaded`);
      const reader = new Reader(this.baseUrl, this.temporal);
      this.#sections.set(section.name, section.read(reader, this));
      const error = reader.problems.find((problem) => problem.severity === 'error');
      if (error) this.#errors.set(section.name, error);
      this.onProblems(reader.problems);
    }
    return this.#sections.get(section.name) as T;
  }

  /** The error that makes the section unusable, once it has been read. */
  errorOf(section: Section<unknown>): Problem | undefined {
    return this.#errors.get(section.name);
  }
}

/**
 * Loads Temporal if one of `sections` needs it, then reads them all. `fresh`: one was
 * read just now; `error`: the first error that makes one of them unusable.
 */
export async function prepareSections(
  file: DataFile,
  sections: readonly Section<unknown>[],
): Promise<{ fresh: boolean; error?: Problem }> {
  const timed = sections.find((section) => section.loadTemporal);
  if (timed) file.temporal ??= await timed.loadTemporal!();
  const fresh = sections.filter((section) => !file.has(section));
  for (const section of fresh) file.read(section);
  const error = sections.map((section) => file.errorOf(section)).find(Boolean);
  return { fresh: fresh.length > 0, error };
}

/**
 * Checks what every widget needs — an object with a valid `conference` — and opens
 * the file for its sections. Without it there is no file, and `problems` has an error.
 */
export function openDataFile(
  input: unknown,
  baseUrl: string | undefined,
  onProblems: (problems: readonly Problem[]) => void,
): { file?: DataFile; problems: readonly Problem[] } {
  const reader = new Reader(baseUrl);
  const conference = readConference(reader, input);
  const file =
    conference && new DataFile(input as Record<string, unknown>, conference, baseUrl, onProblems);
  return { file, problems: reader.problems };
}

function readConference(reader: Reader, input: unknown): ConferenceHead | undefined {
  const error = (path: string, message: string) => {
    reader.problems.push({ path, message, severity: 'error' });
    return undefined;
  };
  if (!isObject(input)) return error('', `expected an object, got ${describeType(input)}`);
  if (input.conference === undefined) return error('conference', 'is required');
  const info = reader.check(ConferenceInfoSchema, input.conference, 'conference', 'error');
  if (!info) return undefined;
  return {
    name: info.name,
    shortName: info.shortName,
    url: reader.url(info.url, 'conference.url'),
    timeZoneGiven: info.timeZone !== undefined,
    start: calendarDay(reader, info.start, 'conference.start'),
    end: calendarDay(reader, info.end, 'conference.end'),
    venue: info.venue,
    id: info.id,
    // Lowercase, as <conf-deadlines tags> compares them.
    tags: info.tags?.map((tag) => tag.toLowerCase()),
  };
}

/** A YYYY-MM-DD (the schema checked the shape) that is a real calendar date ("2022-13-45" is not). */
function calendarDay(reader: Reader, raw: string | undefined, path: string): string | undefined {
  if (raw === undefined) return undefined;
  const [year, month, day] = raw.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? raw : reader.drop(path, `${quote(raw)} is not a date`);
}
