/**
 * The widgets' own words, by language. Dates, numbers and durations are formatted by
 * `Intl`; only the words between them live here. English is here, in groups by who
 * says them, so that a bundle holds only its widget's words; German and Chinese are
 * in messages/de.ts and messages/zh.ts, each one whole catalogue (`Messages`: every
 * group, TypeScript checks it) — a new key goes into all three.
 */

/** The error state: every widget. */
export const errorWords = {
  errorNetwork: (url: string) => `Could not load ${url}.`,
  errorTimeout: (url: string) => `Could not load ${url}: no answer in time.`,
  errorHttp: (url: string, status: string) => `Could not load ${url} (${status}).`,
  errorJson: (url: string) => `${url} is not a valid data file (not JSON).`,
  errorInvalid: (where: string, problem: string) => `${where} is not a valid data file: ${problem}`,
  theData: 'The data',
};

/** Dates and times: src/time/format.ts, date lists, countdowns, the call for papers. */
export const timeWords = {
  endOfDay: 'end of day',
  extended: 'extended',
  previously: 'previously',
  toBeAnnounced: 'to be announced',
  yourTime: 'your time',
  dayShift: (days: number) =>
    days > 0 ? `+${days} day${days > 1 ? 's' : ''}` : `${days} day${days < -1 ? 's' : ''}`,
  addToCalendar: 'Add to calendar',
  addAllToCalendar: 'Add all dates to calendar',
  addDateToCalendar: (label: string) => `Add ${label} to calendar`,
  passed: 'passed',
  next: 'next',
  importantDates: 'Important dates',
  noDates: 'No dates to show.',
};

export const countdownWords = {
  pause: 'Pause',
  resume: 'Resume',
  timeLeft: (label: string, duration: string) => `${label}: ${duration} left`,
  deadlinePassed: 'This deadline has passed.',
  noDeadlinesLeft: 'No deadlines left.',
  /** A unit word for a count, singular or plural as the count needs: (1, 'day') → "day". */
  unit: (count: number, unit: 'day' | 'hour' | 'minute' | 'second') =>
    count === 1 ? unit : `${unit}s`,
  errorMissingDate: (id: string) => `No date "${id}" in the data file.`,
};

export const committeeWords = {
  emailPerson: (name: string, address: string) => `Email ${name}: ${address}`,
  noCommittee: (id: string) => `No committee "${id}" in the data file.`,
};

export const sponsorsWords = {
  sponsorsClosed: 'closed',
  noSponsorTier: (id: string) => `No sponsor tier "${id}" in the data file.`,
};

export const cfpWords = {
  callForPapers: 'Call for papers',
  submissionDetails: 'Submission details',
  pageLimit: (pages: string, note?: string) => `Up to ${pages} pages${note ? ` (${note})` : ''}`,
  anonymous: 'Submissions must be anonymized.',
  notAnonymous: 'Submissions do not have to be anonymized.',
  format: (format: string) => `Format: ${format}`,
  styleFiles: 'Style files',
  submit: 'Submit a paper',
  submissionsClosed: 'Submissions are closed.',
};

export type ErrorWords = typeof errorWords;
export type TimeWords = typeof timeWords;

/** A whole catalogue: every group. */
export type Messages = ErrorWords &
  TimeWords &
  typeof countdownWords &
  typeof committeeWords &
  typeof sponsorsWords &
  typeof cfpWords;

// German and Chinese are chunks of their own (messages/de.ts, messages/zh.ts), loaded
// the first time a widget speaks them: English-only pages never download them.
const loaders: Record<string, () => Promise<Messages>> = {
  de: () => import('./messages/de.js').then((module) => module.de),
  zh: () => import('./messages/zh.js').then((module) => module.zh),
};
const catalogues: Record<string, Messages | undefined> = {};
const loading = new Map<string, Promise<void>>();

const language = (locale: string) => locale.toLowerCase().split(/[-_]/)[0] ?? 'en';

/**
 * The words of these groups for a BCP 47 tag: the catalogue of its language ("de-AT"
 * → "de") where we have one and it is loaded (`loadMessages`), else English.
 * Synchronous: widgets load the catalogue with their data, before their first render.
 */
export function wordsFor<A extends object, B extends object = object, C extends object = object>(
  locale: string,
  a: A,
  b?: B,
  c?: C,
): A & B & C {
  return (
    (catalogues[language(locale)] as (A & B & C) | undefined) ?? ({ ...a, ...b, ...c } as A & B & C)
  );
}

/**
 * Loads the catalogue for a BCP 47 tag, once per page; `wordsFor` speaks it once this
 * resolves. Never rejects: a catalogue that fails to load leaves English (and is tried
 * again next time).
 */
export function loadMessages(locale: string): Promise<void> {
  const lang = language(locale);
  const load = loaders[lang];
  if (catalogues[lang] || !load) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = load().then(
      (words) => void (catalogues[lang] = words),
      (error: unknown) => {
        loading.delete(lang);
        console.warn(
          `conf-widgets: the "${lang}" words could not be loaded, English is used`,
          error,
        );
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}
