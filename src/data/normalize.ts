import { openDataFile } from './file.js';
import { cfpSection } from './sections/cfp.js';
import { committeesSection } from './sections/committees.js';
import { conferenceZone, datesSection } from './sections/dates.js';
import { sponsorsSection } from './sections/sponsors.js';
import { topicsSection } from './sections/topics.js';
import type { ConferenceData, Problem } from './types.js';
import { loadTemporal, type TemporalNamespace } from '../time/temporal.js';

export interface NormalizeOptions {
  /** The data file's URL: relative URLs inside it resolve against it. */
  readonly baseUrl?: string;
}

/** Normalised data when the file is usable, and every problem found, each with its path. */
export interface NormalizeResult {
  readonly data?: ConferenceData;
  readonly problems: readonly Problem[];
}

/**
 * Validates and normalises a whole parsed data file, every section (the command-line
 * tool; widgets read only their sections, see file.ts). It never throws: whatever the
 * input, the answer is data, problems, or both. A problem in `conference` (or a file
 * that is not an object) is an `error` and there is no data; a bad item anywhere else
 * is a `warning` and only that item (or field) is skipped.
 */
export async function parseConference(
  input: unknown,
  options: NormalizeOptions = {},
): Promise<NormalizeResult> {
  return normalize(input, await loadTemporal(), options);
}

export function normalize(
  input: unknown,
  temporal: typeof TemporalNamespace,
  options: NormalizeOptions = {},
): NormalizeResult {
  const problems: Problem[] = [];
  try {
    const opened = openDataFile(input, options.baseUrl, (found) => problems.push(...found));
    problems.unshift(...opened.problems);
    const file = opened.file;
    if (!file) return { problems };
    file.temporal = temporal;
    // In the file's order, so the problems are too.
    const dates = file.read(datesSection);
    const committees = file.read(committeesSection);
    const sponsors = file.read(sponsorsSection);
    const topics = file.read(topicsSection);
    const cfp = file.read(cfpSection);
    // An error in a section (the dates' unknown conference.timeZone) makes the file invalid.
    const timeZone = conferenceZone(file);
    if (!timeZone || problems.some((problem) => problem.severity === 'error')) return { problems };
    const data: ConferenceData = {
      conference: { ...file.conference, timeZone },
      dates,
      committees,
      sponsors,
      topics,
    };
    return { data: cfp ? { ...data, cfp } : data, problems };
  } catch (error) {
    // Defence in depth: a bug of ours must not break the page either.
    problems.push({ path: '', message: `unreadable data: ${String(error)}`, severity: 'error' });
    return { problems };
  }
}
