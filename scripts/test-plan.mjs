// The one place that says which browser test files run in which pass (time zones,
// user preferences).
// Used by web-test-runner.config.mjs and scripts/test.mjs.

/** Every browser test file of the main pass: all but PREFERENCE_FILES. */
export const ALL_TEST_FILES = ['test/**/*.test.ts', '!test/preferences/**'];

/**
 * Test files that need the browsers started with the user's preferences set (reduced
 * motion, a dark scheme): the `preferences` pass, in every engine.
 */
export const PREFERENCE_FILES = ['test/preferences/*.test.ts'];

/**
 * Time-sensitive test files: besides the full run in DEFAULT_ZONE they run again in
 * every zone of EXTRA_ZONES. Add a pattern here when you add a new time-sensitive file.
 */
export const TIME_SENSITIVE_FILES = [
  'test/harness*.test.ts',
  'test/time*.test.ts',
  'test/countdown*.test.ts',
  'test/dates*.test.ts',
  'test/cfp*.test.ts',
  'test/ics*.test.ts',
  'test/deadlines*.test.ts',
  'test/collection*.test.ts',
];

/** Zone of the full run (UTC+1/+2, DST on the last Sundays of March and October). */
export const DEFAULT_ZONE = 'Europe/Berlin';

/**
 * Zones of the extra runs of TIME_SENSITIVE_FILES: west of UTC with US DST dates
 * (UTC-8/-7), and a half-hour offset without DST (UTC+5:30).
 */
export const EXTRA_ZONES = ['America/Los_Angeles', 'Asia/Kolkata'];

/**
 * Other names an engine may report for a zone: with TZ=Asia/Kolkata, Chromium and
 * WebKit say `Intl.DateTimeFormat().resolvedOptions().timeZone === 'Asia/Calcutta'`
 * (ICU's old canonical name), Firefox says 'Asia/Kolkata'.
 */
export const ZONE_ALIASES = {
  'Asia/Kolkata': ['Asia/Calcutta'],
  'Asia/Calcutta': ['Asia/Kolkata'],
  'Europe/Kyiv': ['Europe/Kiev'],
  'Europe/Kiev': ['Europe/Kyiv'],
  UTC: ['Etc/UTC', 'Etc/GMT', 'GMT'],
};

/** Every name under which an engine may report `zone`, `zone` first. */
export function zoneNames(zone) {
  return [zone, ...(ZONE_ALIASES[zone] ?? [])];
}

/** Browser names accepted in BROWSERS=… (comma separated). */
export const ALL_BROWSERS = ['chromium', 'firefox', 'webkit'];

/**
 * Parses BROWSERS (e.g. "chromium,firefox"); unset or empty means all three.
 * Throws on an unknown name so a typo does not silently run nothing.
 */
export function parseBrowsers(value = process.env.BROWSERS) {
  if (!value || !value.trim()) return [...ALL_BROWSERS];
  const names = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
    .map((s) => (s === 'chrome' ? 'chromium' : s));
  const unknown = names.filter((n) => !ALL_BROWSERS.includes(n));
  if (unknown.length) {
    throw new Error(
      `BROWSERS: unknown browser(s) ${unknown.join(', ')}; use any of ${ALL_BROWSERS.join(',')}`,
    );
  }
  return [...new Set(names)];
}

/** Checks that a string names an IANA zone the JS engine knows. */
export function assertZone(zone) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new Error(`TEST_TZ: unknown time zone ${JSON.stringify(zone)}`);
  }
  return zone;
}
