// dist/dates.js: <conf-dates> on its own, with <conf-data> so it can share a data file.
export { ConfData } from '../data-provider/data-provider.js';
export { ConfDates } from '../dates/dates.js';
