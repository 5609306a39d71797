// dist/sponsors.js: <conf-sponsors> on its own, with <conf-data> so it can share a data file.
export { ConfData } from '../data-provider/data-provider.js';
export { ConfSponsors } from '../sponsors/sponsors.js';
