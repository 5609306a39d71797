/**
 * The English words of each widget, in groups by who says them (messages.ts says how
 * words work). A module of its own, outside the script-tag files' shared core: each
 * file carries only its own widgets' words.
 */

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
  /** The `title` of every "AoE" (src/shared/aoe.ts). */
  aoe: 'Anywhere on Earth (UTC−12)',
  /** Said once by a widget that shows an AoE time; its "AoE" is marked up too. */
  aoeNote: 'AoE: Anywhere on Earth, UTC−12',
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

/** The board of deadlines, `<conf-deadlines>` (with the time words). */
export const deadlinesWords = {
  upcomingDeadlines: 'Upcoming deadlines',
  /** The time left: "12 days, 3 hours left". */
  left: (duration: string) => `${duration} left`,
  /** The time left in the last minute (the board shows no seconds). */
  underAMinute: 'less than a minute',
  /** A row's one sentence: "MLSys 2027, Paper deadline: 12 days, 3 hours left, Thu, Oct 30, 8:00 PM AoE". */
  row: (conference: string, label: string, rest: string) => `${conference}, ${label}: ${rest}`,
  noUpcoming: 'No upcoming deadlines',
  /** `tags`: already joined, "systems or ml". */
  noUpcomingTagged: (tags: string) => `No upcoming deadlines tagged ${tags}`,
  notLoaded: (where: string) => `Could not load ${where}; its deadlines are not shown.`,
  subscribe: 'Subscribe',
  subscribeInApp: 'Subscribe in your calendar app',
  subscribeInAppHint: 'Apple Calendar, Thunderbird',
  feedUrl: 'Feed URL, for Outlook and Google Calendar',
  googleAddByUrl: 'Google Calendar: add by URL',
  refreshNote: 'Subscribed calendars refresh on their own schedule (Google Calendar: up to a day).',
};

/** The static snippet of `conf-widgets render --format html` (src/ssr/static-html.ts). */
export const staticWords = {
  /** `moment`: "Mon, Dec 7, 2026, 12:00 PM AoE". */
  asOf: (moment: string) => `As of ${moment}.`,
};

export type TimeWords = typeof timeWords;
