// dist/cfp.js: <conf-cfp> on its own, with <conf-data> so it can share a data file.
export { ConfData } from '../data-provider/data-provider.js';
export { ConfCfp } from '../cfp/cfp.js';
