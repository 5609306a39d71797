/**
 * The widgets' own words, by language. Dates, numbers and durations are formatted by
 * `Intl`; only the words between them live here. Every catalogue has every key
 * (TypeScript checks that), and a locale we lack falls back to English. English is
 * here; German and Chinese are in messages/de.ts and messages/zh.ts — a new key goes
 * into all three.
 */
const en = {
  loading: 'Loading…',
  pause: 'Pause',
  resume: 'Resume',
  endOfDay: 'end of day',
  allDay: 'all day',
  extended: 'extended',
  previously: 'previously',
  toBeAnnounced: 'to be announced',
  yourTime: 'your time',
  dayShift: (days: number) =>
    days > 0 ? `+${days} day${days > 1 ? 's' : ''}` : `${days} day${days < -1 ? 's' : ''}`,
  addToCalendar: 'Add to calendar',
  addAllToCalendar: 'Add all dates to calendar',
  addDateToCalendar: (label: string) => `Add ${label} to calendar`,
  remaining: 'remaining',
  timeLeft: (label: string, duration: string) => `${label}: ${duration} left`,
  deadlinePassed: 'This deadline has passed.',
  noDeadlinesLeft: 'No deadlines left.',
  passed: 'passed',
  next: 'next',
  deadline: 'deadline',
  days: 'days',
  hours: 'hours',
  minutes: 'minutes',
  seconds: 'seconds',
  /** A unit word for a count, singular or plural as the count needs: (1, 'day') → "day". */
  unit: (count: number, unit: 'day' | 'hour' | 'minute' | 'second') =>
    count === 1 ? unit : `${unit}s`,
  importantDates: 'Important dates',
  noDates: 'No dates to show.',
  email: 'Email',
  website: 'Website',
  sponsorsClosed: 'closed',
  emailPerson: (name: string, address: string) => `Email ${name}: ${address}`,
  noCommittee: (id: string) => `No committee "${id}" in the data file.`,
  noSponsorTier: (id: string) => `No sponsor tier "${id}" in the data file.`,
  topics: 'Topics',
  callForPapers: 'Call for papers',
  submissionDetails: 'Submission details',
  pageLimit: (pages: string, note?: string) => `Up to ${pages} pages${note ? ` (${note})` : ''}`,
  anonymous: 'Submissions must be anonymized.',
  notAnonymous: 'Submissions do not have to be anonymized.',
  format: (format: string) => `Format: ${format}`,
  styleFiles: 'Style files',
  submit: 'Submit a paper',
  submissionsClosed: 'Submissions are closed.',
  errorNetwork: (url: string) => `Could not load ${url}.`,
  errorTimeout: (url: string) => `Could not load ${url}: no answer in time.`,
  errorHttp: (url: string, status: string) => `Could not load ${url} (${status}).`,
  errorJson: (url: string) => `${url} is not a valid data file (not JSON).`,
  errorInvalid: (where: string, problem: string) => `${where} is not a valid data file: ${problem}`,
  errorMissingDate: (id: string) => `No date "${id}" in the data file.`,
  theData: 'The data',
};

export type Messages = typeof en;

// German and Chinese are chunks of their own (messages/de.ts, messages/zh.ts), loaded
// the first time a widget speaks them: English-only pages never download them.
const loaders: Record<string, () => Promise<Messages>> = {
  de: () => import('./messages/de.js').then((module) => module.de),
  zh: () => import('./messages/zh.js').then((module) => module.zh),
};
const catalogues: Record<string, Messages> = { en };
const loading = new Map<string, Promise<Messages>>();

const language = (locale: string) => locale.toLowerCase().split(/[-_]/)[0] ?? 'en';

/**
 * The catalogue for a BCP 47 tag: exact language first ("de-AT" → "de"), else English.
 * Synchronous: a language whose catalogue has not been loaded (`loadMessages`) yet
 * speaks English. Widgets load it with their data, before their first render.
 */
export function messagesFor(locale: string): Messages {
  return catalogues[language(locale)] ?? en;
}

/**
 * Loads the catalogue for a BCP 47 tag, once per page; resolves to what `messagesFor`
 * then gives. Never rejects: a catalogue that fails to load leaves English (and is
 * tried again next time).
 */
export function loadMessages(locale: string): Promise<Messages> {
  const lang = language(locale);
  const load = loaders[lang];
  if (catalogues[lang] || !load) return Promise.resolve(messagesFor(locale));
  let pending = loading.get(lang);
  if (!pending) {
    pending = load().then(
      (words) => (catalogues[lang] = words),
      (error: unknown) => {
        loading.delete(lang);
        console.warn(
          `conf-widgets: the "${lang}" words could not be loaded, English is used`,
          error,
        );
        return en;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}
