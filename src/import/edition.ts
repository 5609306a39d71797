import { kindLabel, type RoundKind } from './kinds.js';
import { translateZone } from './zones.js';
import { quote } from '../shared/text.js';
import type { TemporalNamespace } from '../time/temporal.js';
import { beginsAt, passesAt, resolveWhen, type When } from '../time/when.js';
import { parseZone } from '../time/zone.js';

/**
 * What the three tracker modules read a YAML edition into, and how it becomes one
 * conference of our collection file. The modules only say what the tracker wrote; this
 * module translates spellings (zones, date strings, round names) and checks the result
 * with `time/` — it never computes an instant of its own.
 */

/** Where a warning comes from: the source file and the entry's path in it. */
export interface Where {
  readonly file: string;
  /** YAML path of the entry: `[3].confs[1].timeline[0].deadline`. */
  readonly path: string;
  /** The edition's id, when known. */
  readonly id?: string;
}

export type Warn = (where: Where, message: string) => void;

/** One round as the tracker wrote it. */
export interface RawRound {
  readonly where: Where;
  readonly kind: RoundKind;
  /** The tracker's name for the round, if any ("Full paper deadline"). */
  readonly label?: string;
  /** The tracker's remark on the round, when it is a sentence rather than a name. */
  readonly note?: string;
  /** The date value as written: "2025-05-15 23:59:59", "TBA", … */
  readonly at: unknown;
  /** The round's own zone as written; undefined: the edition's. */
  readonly zone?: unknown;
  /** Rounds of one group (a ccfddl timeline entry) are compared with each other. */
  readonly group?: number;
}

/** One edition as the tracker wrote it. */
export interface RawEdition {
  readonly where: Where;
  readonly id: string;
  /** The series' name: "MLSys". */
  readonly title: string;
  readonly year?: number;
  readonly name?: string;
  readonly url?: unknown;
  /** The edition's zone as written, the default of its rounds. */
  readonly zone?: unknown;
  /** YYYY-MM-DD, already read from whatever the tracker wrote. */
  readonly start?: string;
  readonly end?: string;
  readonly venue?: string;
  readonly tags: readonly string[];
  readonly rounds: readonly RawRound[];
}

/** A date of our data file (spec §2), as the importer writes it. */
export interface ImportedDate {
  readonly id: string;
  readonly label: string;
  readonly at: string;
  readonly timeZone?: string;
  readonly kind: string;
  readonly deadline?: false;
  readonly note?: string;
}

export interface ImportedConference {
  readonly conference: {
    readonly id: string;
    readonly name: string;
    readonly shortName: string;
    readonly url?: string;
    readonly timeZone?: string;
    readonly start?: string;
    readonly end?: string;
    readonly venue?: string;
    readonly tags: readonly string[];
  };
  readonly dates: readonly ImportedDate[];
}

const DATE_TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * A tracker's date string in our `at` spelling: "2025-05-15 23:59:59" →
 * "2025-05-15T23:59:59", "2024-5-13 23:59" → "2024-05-13T23:59", TBA/TBD → "TBD".
 * Undefined when it is neither.
 */
export function atOf(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  if (/^(?:tba|tbd|tbc)$/i.test(text)) return 'TBD';
  const match = DATE_TIME.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match;
  const date = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  if (hour === undefined) return date;
  return `${date}T${hour.padStart(2, '0')}:${minute}${second === undefined ? '' : `:${second}`}`;
}

/** A YYYY-MM-DD day as a tracker may write it ("2024-11-12"); undefined when it is not a real one. */
export function dayOf(raw: unknown): string | undefined {
  const at = atOf(raw);
  if (!at || at === 'TBD' || at.length !== 10) return undefined;
  return realDay(at) ? at : undefined;
}

function realDay(day: string): boolean {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const check = new Date(Date.UTC(year, month - 1, date));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === date;
}

const MONTHS =
  'january february march april may june july august september october november december'.split(
    ' ',
  );

/** "Aug", "August", "Sept", "Jun" → 8, 8, 9, 6; anything else ("Ju", "Junk") → undefined. */
function month(name: string): number | undefined {
  const lower = name.toLowerCase();
  const index = MONTHS.findIndex((full) => lower.length >= 3 && full.startsWith(lower));
  return index < 0 ? undefined : index + 1;
}

/**
 * A free-text range such as ccfddl's `date` ("August 29-September 1, 2022",
 * "May 12-16, 2024", "28 Jun - 1 Jul, 2025", "June 5, 2023") → first and last day.
 * Undefined for anything else ("TBD", "July, 2025"): never guessed.
 */
export function rangeOf(raw: unknown): { start: string; end: string } | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim().replace(/\s+/g, ' ');
  let parts: [string, string, string, string, string] | undefined;
  const monthFirst =
    /^([A-Za-z]+)\.? ?(\d{1,2}) ?(?:- ?(?:([A-Za-z]+)\.? ?)?(\d{1,2}))? ?,? ?(\d{4})$/.exec(text);
  if (monthFirst) {
    const [, m1, d1, m2, d2, year] = monthFirst;
    parts = [m1!, d1!, m2 ?? m1!, d2 ?? d1!, year!];
  }
  const dayFirst = /^(\d{1,2}) ([A-Za-z]+)\.? ?- ?(\d{1,2}) ([A-Za-z]+)\.?,? (\d{4})$/.exec(text);
  if (dayFirst) {
    const [, d1, m1, d2, m2, year] = dayFirst;
    parts = [m1!, d1!, m2!, d2!, year!];
  }
  if (!parts) return undefined;
  const [m1, d1, m2, d2, year] = parts;
  const first = month(m1);
  const last = month(m2);
  if (!first || !last) return undefined;
  const day = (m: number, d: string) =>
    `${year}-${String(m).padStart(2, '0')}-${d.padStart(2, '0')}`;
  const start = day(first, d1);
  const end = day(last, d2);
  // A range over New Year ("Dec 30 - Jan 2, 2025") does not say which year starts it.
  if (!realDay(start) || !realDay(end) || end < start) return undefined;
  return { start, end };
}

/** A tag as a lowercase word: "Machine Learning" → "machine-learning", "CORE: A*" stays "a*". */
export function tagOf(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}*+.-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** http(s) URLs only; anything else is dropped with a warning. */
function urlOf(raw: unknown, where: Where, warn: Warn): string | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (typeof raw === 'string' && /^https?:\/\/[^\s]+$/i.test(raw.trim())) return raw.trim();
  warn(where, `link ${quote(raw)} is not an http(s) URL; left out`);
  return undefined;
}

interface Resolved {
  readonly round: RawRound;
  readonly date: ImportedDate;
  readonly when: When;
  readonly zone: string | undefined;
}

/**
 * One edition → one conference of the collection, or undefined when none of its rounds
 * could be read and it had some. Every skipped round and every data error is a warning.
 */
export function buildConference(
  edition: RawEdition,
  temporal: typeof TemporalNamespace,
  warn: Warn,
): { conference: ImportedConference; dropped: number } {
  const editionZone =
    edition.zone === undefined || edition.zone === null || edition.zone === ''
      ? undefined
      : translateZone(edition.zone);
  if (editionZone && 'warning' in editionZone && editionZone.warning)
    warn({ ...edition.where, path: `${edition.where.path}.timezone` }, editionZone.warning);

  const resolved: Resolved[] = [];
  let dropped = 0;
  for (const round of edition.rounds) {
    const at = atOf(round.at);
    if (at === undefined) {
      warn(round.where, `${quote(round.at)} is not a date; round skipped`);
      dropped++;
      continue;
    }
    let zoneText: string | undefined;
    if (at !== 'TBD') {
      const ownZone =
        round.zone === undefined || round.zone === null ? undefined : translateZone(round.zone);
      const translation = ownZone ?? editionZone ?? { problem: 'no time zone given' };
      if ('problem' in translation) {
        warn(round.where, `${translation.problem}; round skipped`);
        dropped++;
        continue;
      }
      if (ownZone && 'zone' in ownZone && ownZone.warning) warn(round.where, ownZone.warning);
      zoneText = translation.zone;
    }
    const when =
      at === 'TBD' ? { when: { kind: 'tbd' } as When } : resolve(at, zoneText!, temporal);
    if ('problem' in when) {
      warn(round.where, `${when.problem}; round skipped`);
      dropped++;
      continue;
    }
    const label = round.label?.trim() || kindLabel(round.kind.kind);
    resolved.push({
      round,
      when: when.when,
      zone: zoneText,
      date: {
        id: '',
        label,
        at,
        kind: round.kind.kind,
        ...(round.kind.deadline ? {} : { deadline: false as const }),
        ...(round.note ? { note: round.note } : {}),
      },
    });
  }

  // The conference's zone: the one most of its dates are in; dates in another carry their own.
  const counts = new Map<string, number>();
  for (const { zone } of resolved) if (zone) counts.set(zone, (counts.get(zone) ?? 0) + 1);
  const conferenceZone =
    [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ??
    (editionZone && 'zone' in editionZone ? editionZone.zone : undefined);

  const ids = new Map<string, number>();
  const dates = resolved.map(({ date, zone }): ImportedDate => {
    const count = (ids.get(date.kind) ?? 0) + 1;
    ids.set(date.kind, count);
    const id = count === 1 ? date.kind : `${date.kind}-${count}`;
    return {
      id,
      label: date.label,
      at: date.at,
      ...(zone && zone !== conferenceZone ? { timeZone: zone } : {}),
      kind: date.kind,
      ...(date.deadline === false ? { deadline: false as const } : {}),
      ...(date.note ? { note: date.note } : {}),
    };
  });

  const start = edition.start;
  let end = edition.end;
  if (start && end && end < start) {
    warn(edition.where, `ends (${end}) before it starts (${start}); end left out`);
    end = undefined;
  }
  checkOrder(resolved, temporal, start, conferenceZone, warn);

  const shortName = edition.year === undefined ? edition.title : `${edition.title} ${edition.year}`;
  const conference: ImportedConference['conference'] = {
    id: edition.id,
    name: edition.name?.trim() || shortName,
    shortName,
    ...optional('url', urlOf(edition.url, edition.where, warn)),
    ...optional('timeZone', conferenceZone),
    ...optional('start', start),
    ...optional('end', end),
    ...optional('venue', edition.venue?.trim() || undefined),
    tags: [...new Set(edition.tags.map(tagOf).filter(Boolean))],
  };
  return { conference: { conference, dates }, dropped };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function resolve(
  at: string,
  zoneText: string,
  temporal: typeof TemporalNamespace,
): { when: When } | { problem: string } {
  const zone = parseZone(zoneText);
  if (!zone) return { problem: `${quote(zoneText)} is not a time zone` };
  return resolveWhen(at, zone, temporal);
}

/** Warnings for dates the tracker has in an order that cannot be right. */
function checkOrder(
  resolved: readonly Resolved[],
  temporal: typeof TemporalNamespace,
  start: string | undefined,
  conferenceZone: string | undefined,
  warn: Warn,
): void {
  // An abstract deadline after its paper deadline: in the same group (a ccfddl timeline
  // entry), or the n-th abstract against the n-th paper.
  const abstracts = resolved.filter((item) => item.round.kind.kind === 'abstract');
  const papers = resolved.filter((item) => item.round.kind.kind === 'paper');
  abstracts.forEach((abstract, index) => {
    const paper =
      abstract.round.group === undefined
        ? papers[index]
        : papers.find((item) => item.round.group === abstract.round.group);
    const abstractEnd = passesAt(abstract.when);
    const paperEnd = paper && passesAt(paper.when);
    if (abstractEnd !== undefined && paperEnd !== undefined && abstractEnd > paperEnd)
      warn(
        abstract.round.where,
        `the abstract deadline (${abstract.date.at}) is after the paper deadline (${paper!.date.at})`,
      );
  });

  if (!start) return;
  const zone = parseZone(conferenceZone ?? 'AoE');
  const first = zone && resolveWhen(start, zone, temporal);
  const startsAt = first && 'when' in first ? beginsAt(first.when) : undefined;
  if (startsAt === undefined) return;
  for (const item of resolved) {
    const begins = beginsAt(item.when);
    if (item.round.kind.deadline && begins !== undefined && begins > startsAt)
      warn(
        item.round.where,
        `the deadline ${quote(item.date.label)} (${item.date.at}) is after the conference starts (${start})`,
      );
  }
}
