import { dayOf, type RawEdition, type RawRound, type Warn, type Where } from './edition.js';
import { isRecord, listedEditions, readKeys, textOf } from './keys.js';
import { kindOfName, kindOfType, type RoundKind } from './kinds.js';

/**
 * huggingface/ai-deadlines: `conferences/<series>.yml`, each a list of editions with
 * `deadlines: [{ type, label, date, timezone }]`. Older editions carry the
 * ai-deadlines fields instead (`deadline`, `abstract_deadline`, `timezone`, and
 * `rebuttal_period_end`, `review_release_date`, `final_decision_date`); an edition
 * with a `deadlines` list keeps them only as copies.
 */
const EDITION_KEYS = [
  'title',
  'year',
  'id',
  'full_name',
  'link',
  'deadlines',
  'timezone',
  'deadline',
  'abstract_deadline',
  'rebuttal_period_end',
  'review_release_date',
  'final_decision_date',
  'city',
  'country',
  'venue',
  'date',
  'start',
  'end',
  'tags',
  'rankings',
  'era_rating',
  'hindex',
  'note',
  'paperslink',
  'pwclink',
];
const ROUND_KEYS = ['type', 'label', 'date', 'timezone'];

/** The ai-deadlines-style fields: key → the round it is. */
const FLAT_ROUNDS: ReadonlyArray<readonly [string, RoundKind, string]> = [
  ['abstract_deadline', { kind: 'abstract', deadline: true }, 'Abstract deadline'],
  ['deadline', { kind: 'paper', deadline: true }, 'Paper deadline'],
  ['review_release_date', { kind: 'reviews', deadline: false }, 'Reviews released'],
  ['rebuttal_period_end', { kind: 'rebuttal', deadline: true }, 'Rebuttal period ends'],
  ['final_decision_date', { kind: 'notification', deadline: false }, 'Final decisions'],
];

export function huggingfaceEditions(file: string, document: unknown, warn: Warn): RawEdition[] {
  return listedEditions(
    file,
    document,
    EDITION_KEYS,
    warn,
    ({ fields: edition, where: at, id, title }) => {
      const year = Number(edition.year);
      const start = day(edition.start, { ...at, path: `${at.path}.start` }, warn);
      const end = day(edition.end, { ...at, path: `${at.path}.end` }, warn);
      const place = [textOf(edition.city), textOf(edition.country)].filter(Boolean).join(', ');
      return [
        {
          where: at,
          id,
          title,
          year: Number.isInteger(year) ? year : undefined,
          name: textOf(edition.full_name),
          url: edition.link,
          zone: edition.timezone,
          start,
          end,
          venue: textOf(edition.venue) ?? (place || undefined),
          tags: [
            title,
            ...tagList(edition.tags),
            ...rankingTags(edition.rankings),
            ...era(edition),
          ],
          rounds: rounds(edition, at, warn),
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

function tagList(tags: unknown): string[] {
  return Array.isArray(tags) ? tags.map(textOf).filter((tag): tag is string => !!tag) : [];
}

/** 'CCF: A, CORE: A*, THCPL: A' → ccf-a, core-a*, thcpl-a (N: not ranked). */
export function rankingTags(rankings: unknown): string[] {
  const text = textOf(rankings);
  if (!text) return [];
  return [...text.matchAll(/([A-Za-z]+)\s*:\s*([A-Za-z][*+]?)/g)]
    .filter(([, , rank]) => rank!.toUpperCase() !== 'N')
    .map(([, name, rank]) => `${name}-${rank}`);
}

function era(edition: Record<string, unknown>): string[] {
  const rating = textOf(edition.era_rating);
  return rating ? [`era-${rating}`] : [];
}

function rounds(edition: Record<string, unknown>, where: Where, warn: Warn): RawRound[] {
  const found: RawRound[] = [];
  const list = edition.deadlines;
  if (list !== undefined && !Array.isArray(list))
    warn({ ...where, path: `${where.path}.deadlines` }, 'is not a list; ignored');
  if (Array.isArray(list)) {
    list.forEach((raw: unknown, index: number) => {
      const at = { ...where, path: `${where.path}.deadlines[${index}]` };
      if (!isRecord(raw)) return warn(at, 'not a deadline; skipped');
      const entry = readKeys(raw, ROUND_KEYS, at, warn);
      const type = textOf(entry.type);
      const label = textOf(entry.label);
      const kind =
        (type && kindOfType(type)) ??
        (label && kindOfName(label)) ??
        (type ? { kind: wordOf(type), deadline: true } : undefined);
      if (!kind) return warn(at, 'a deadline without a type or label; skipped');
      found.push({ where: at, kind, label, at: entry.date, zone: entry.timezone });
    });
  }
  for (const [key, kind, label] of FLAT_ROUNDS) {
    const value = edition[key];
    if (value === undefined) continue;
    const at = { ...where, path: `${where.path}.${key}` };
    if (Array.isArray(list)) {
      // A copy of a listed round, kept by the tracker for its old pages.
      const copy = found.some((round) => round.kind.kind === kind.kind && round.at === value);
      if (!copy) warn(at, `${JSON.stringify(value)} is not in the deadlines list; ignored`);
      continue;
    }
    found.push({ where: at, kind, label, at: value });
  }
  return found;
}

/** An unknown type as a kind word: "poster_deadline" → "poster". */
function wordOf(type: string): string {
  return (
    type
      .toLowerCase()
      .replace(/[_\s]+/g, '-')
      .replace(/-?deadline$/, '') || 'deadline'
  );
}
