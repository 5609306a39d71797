// dist/countdown.js: <conf-countdown> on its own, with <conf-data> so it can share a data file.
export { ConfData } from '../data-provider/data-provider.js';
export { ConfCountdown } from '../countdown/countdown.js';
