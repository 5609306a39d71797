import { dayOf, type RawEdition, type RawRound, type Warn, type Where } from './edition.js';
import { listedEditions, textOf } from './keys.js';

/**
 * paperswithcode/ai-deadlines (aideadlin.es) and its forks: `_data/conferences.yml`, one
 * flat list of editions, each with a `deadline` (a list of them in some forks), an
 * optional `abstract_deadline`, one `timezone`, `start`/`end` days, a `place` and
 * `sub` codes (`_data/types.yml`: ML, CV, NLP, …).
 */
const EDITION_KEYS = [
  'title',
  'year',
  'id',
  'full_name',
  'link',
  'deadline',
  'abstract_deadline',
  'timezone',
  'place',
  'date',
  'start',
  'end',
  'sub',
  'note',
  'hindex',
  'paperslink',
  'pwclink',
];

export function aiDeadlinesEditions(file: string, document: unknown, warn: Warn): RawEdition[] {
  return listedEditions(
    file,
    document,
    EDITION_KEYS,
    warn,
    ({ fields: edition, where: at, id, title }) => {
      const year = Number(edition.year);
      const subs = Array.isArray(edition.sub) ? edition.sub : [edition.sub];
      return [
        {
          where: at,
          id,
          title,
          year: Number.isInteger(year) ? year : undefined,
          name: textOf(edition.full_name),
          url: edition.link,
          zone: edition.timezone,
          start: day(edition.start, { ...at, path: `${at.path}.start` }, warn),
          end: day(edition.end, { ...at, path: `${at.path}.end` }, warn),
          venue: textOf(edition.place),
          tags: [title, ...subs.map(textOf).filter((sub): sub is string => !!sub)],
          rounds: rounds(edition, at),
        },
      ];
    },
  );
}

function day(raw: unknown, where: Where, warn: Warn): string | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const value = dayOf(raw);
  if (!value) warn(where, `${JSON.stringify(raw)} is not a date (YYYY-MM-DD); left out`);
  return value;
}

function rounds(edition: Record<string, unknown>, where: Where): RawRound[] {
  const found: RawRound[] = [];
  const add = (key: string, kind: 'abstract' | 'paper', label: string) => {
    const value = edition[key];
    if (value === undefined) return;
    const values = Array.isArray(value) ? value : [value];
    values.forEach((at: unknown, index) =>
      found.push({
        where: {
          ...where,
          path: `${where.path}.${key}${Array.isArray(value) ? `[${index}]` : ''}`,
        },
        kind: { kind, deadline: true },
        label,
        at,
      }),
    );
  };
  add('abstract_deadline', 'abstract', 'Abstract deadline');
  add('deadline', 'paper', 'Paper deadline');
  return found;
}
