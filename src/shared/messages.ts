/**
 * The widgets' own words, by language. Dates, numbers and durations are formatted by
 * `Intl`; only the words between them live here. English is in groups by who says
 * them, so that a bundle holds only its widget's words: the error words every widget
 * says here, the others in words.ts (outside the shared core chunk of the script-tag
 * files, see vite.config.ts). German and Chinese are in messages/de.ts and
 * messages/zh.ts, each one whole catalogue (`Messages`: every group, TypeScript checks
 * it) — a new key goes into all three.
 */
import type {
  cfpWords,
  committeeWords,
  deadlinesWords,
  countdownWords,
  sponsorsWords,
  TimeWords,
  staticWords,
} from './words.js';

/** The error state: every widget. */
export const errorWords = {
  errorNetwork: (url: string) => `Could not load ${url}.`,
  errorTimeout: (url: string) => `Could not load ${url}: no answer in time.`,
  errorHttp: (url: string, status: string) => `Could not load ${url} (${status}).`,
  errorJson: (url: string) => `${url} is not a valid data file (not JSON).`,
  errorInvalid: (where: string, problem: string) => `${where} is not a valid data file: ${problem}`,
  theData: 'The data',
};

export type ErrorWords = typeof errorWords;

/** A whole catalogue: every group. */
export type Messages = ErrorWords &
  TimeWords &
  typeof countdownWords &
  typeof committeeWords &
  typeof sponsorsWords &
  typeof cfpWords &
  typeof deadlinesWords &
  typeof staticWords;

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
