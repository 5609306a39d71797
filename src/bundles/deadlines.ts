// dist/deadlines.js: <conf-deadlines> on its own, with <conf-data> so it can share a data file.
export { ConfData } from '../data-provider/data-provider.js';
export { ConfDeadlines } from '../deadlines/deadlines.js';
