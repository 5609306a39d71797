// dist/conf-widgets.js: every element, defined on import. The single-script-tag bundle.
export { ConfData } from './data-provider/data-provider.js';
export { ConfCountdown } from './countdown/countdown.js';
export type { CountdownPrecision } from './countdown/countdown.js';
export { ConfDates } from './dates/dates.js';
export { ConfCommittee } from './committee/committee.js';
export { ConfSponsors } from './sponsors/sponsors.js';
export { ConfTopics } from './topics/topics.js';
export type { TopicsLayout } from './topics/topics.js';
export { ConfCfp } from './cfp/cfp.js';
export { ConfDeadlines } from './deadlines/deadlines.js';
export type { ConferenceData } from './data/types.js';
export { ConfErrorEvent, ConfReadyEvent, ConfDeadlineEvent } from './shared/events.js';
export type { ConfErrorDetail } from './shared/events.js';
