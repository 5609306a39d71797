// dist/committee.js: <conf-committee> on its own, with <conf-data> so it can share a data file.
export { ConfData } from '../data-provider/data-provider.js';
export { ConfCommittee } from '../committee/committee.js';
