// dist/topics.js: <conf-topics> on its own, with <conf-data> so it can share a data file.
export { ConfData } from '../data-provider/data-provider.js';
export { ConfTopics } from '../topics/topics.js';
