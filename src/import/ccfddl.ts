import { rangeOf, type RawEdition, type RawRound, type Warn, type Where } from './edition.js';
import { isRecord, readKeys, textOf } from './keys.js';
import { kindOfName, kindLabel, type RoundKind } from './kinds.js';

/**
 * ccfddl/ccf-deadlines: `conference/<SUB>/<series>.yml`, each a list of series
 * (`conference-yaml-schema.yml`): `title`, `description`, `sub`, `rank`, and `confs`,
 * one per edition, each with `timeline` rounds (`deadline`, `abstract_deadline`,
 * `comment`), one `timezone`, a free-text `date` and a `place`. Their merged
 * `allconf.yml` is the same list in one file.
 */
const SERIES_KEYS = ['title', 'description', 'sub', 'rank', 'dblp', 'confs'];
const EDITION_KEYS = ['year', 'id', 'link', 'timeline', 'timezone', 'date', 'place'];
const ROUND_KEYS = ['deadline', 'abstract_deadline', 'comment'];
const RANKS = ['ccf', 'core', 'thcpl'];
/** Words by which a comment says what its round is, not only which one. */
const DESCRIBES =
  /paper|submi|deadline|due|abstract|regist|notif|decision|camera|final|rebuttal|response|supplement/i;

export function ccfddlEditions(file: string, document: unknown, warn: Warn): RawEdition[] {
  const editions: RawEdition[] = [];
  if (!Array.isArray(document)) {
    warn({ file, path: '' }, 'expected a list of conference series; file skipped');
    return editions;
  }
  document.forEach((rawSeries, seriesIndex) => {
    const seriesWhere = { file, path: `[${seriesIndex}]` };
    if (!isRecord(rawSeries)) return warn(seriesWhere, 'not a conference series; skipped');
    const series = readKeys(rawSeries, SERIES_KEYS, seriesWhere, warn);
    const title = textOf(series.title);
    if (!title || !Array.isArray(series.confs))
      return warn(seriesWhere, 'a series needs a title and confs; skipped');
    const tags = [title, textOf(series.sub) ?? '', ...rankTags(series.rank)];
    series.confs.forEach((rawEdition: unknown, index: number) => {
      const where: Where = { file, path: `${seriesWhere.path}.confs[${index}]` };
      if (!isRecord(rawEdition)) return warn(where, 'not an edition; skipped');
      const id = textOf(rawEdition.id);
      if (!id) return warn(where, 'an edition without an id; skipped');
      const at = { ...where, id };
      const edition = readKeys(rawEdition, EDITION_KEYS, at, warn);
      const year = typeof edition.year === 'number' ? edition.year : Number(edition.year);
      const range = rangeOf(edition.date);
      if (range && Number.isInteger(year) && Number(range.start.slice(0, 4)) !== year)
        warn(
          { ...at, path: `${at.path}.date` },
          `${range.start} is not in ${year}; dates left out`,
        );
      const sameYear = range && (!year || Number(range.start.slice(0, 4)) === year);
      editions.push({
        where: at,
        id,
        title,
        year: Number.isInteger(year) ? year : undefined,
        name: textOf(series.description),
        url: edition.link,
        zone: edition.timezone,
        start: sameYear ? range.start : undefined,
        end: sameYear ? range.end : undefined,
        venue: textOf(edition.place),
        tags,
        rounds: rounds(edition.timeline, at, warn),
      });
    });
  });
  return editions;
}

/** A remark that is a sentence or mentions a day ("… on Sep 29, 2021."), not a round's name. */
function isSentence(text: string): boolean {
  return (
    text.length > 80 ||
    /\.$/.test(text) ||
    /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b/i.test(text)
  );
}

function rankTags(rank: unknown): string[] {
  if (!isRecord(rank)) return [];
  return RANKS.flatMap((name) => {
    const value = textOf(rank[name]);
    return value && value !== 'N' ? [`${name}-${value}`] : [];
  });
}

function rounds(timeline: unknown, where: Where, warn: Warn): RawRound[] {
  if (!Array.isArray(timeline)) {
    warn({ ...where, path: `${where.path}.timeline` }, 'no timeline');
    return [];
  }
  return timeline.flatMap((rawEntry: unknown, group: number): RawRound[] => {
    const at = { ...where, path: `${where.path}.timeline[${group}]` };
    if (!isRecord(rawEntry)) {
      warn(at, 'not a round; skipped');
      return [];
    }
    const entry = readKeys(rawEntry, ROUND_KEYS, at, warn);
    const remark = textOf(entry.comment);
    // A sentence about other dates ("Supplementary material due Sep 2, 2026. All
    // deadlines are 11:00 am PDT.") names no round: it becomes the date's note.
    const note = remark && isSentence(remark) ? remark : undefined;
    const comment = note ? undefined : remark;
    const named = comment ? kindOfName(comment) : undefined;
    const both = entry.abstract_deadline !== undefined && entry.deadline !== undefined;
    const found: RawRound[] = [];
    const round = (key: string, kind: RoundKind, label: string) =>
      found.push({
        where: { ...at, path: `${at.path}.${key}` },
        kind,
        label,
        at: entry[key],
        group,
        ...(note ? { note } : {}),
      });
    // A comment that says what the round is ("Paper Notification", "Abstracts Due")
    // is its label; one that only names it ("first round", "Spring", "Cycle 2")
    // follows the kind's label: "Paper deadline (first round)".
    const describes = named && DESCRIBES.test(comment!);
    const suffix = comment && !describes ? ` (${comment})` : '';
    if (entry.abstract_deadline !== undefined)
      round(
        'abstract_deadline',
        { kind: 'abstract', deadline: true },
        `Abstract deadline${suffix}`,
      );
    if (entry.deadline !== undefined) {
      // With an abstract deadline beside it, `deadline` is the paper's, whatever the
      // comment says.
      const kind = both || !named ? { kind: 'paper', deadline: true } : named;
      const label =
        describes && (!both || named.kind === 'paper')
          ? comment!
          : `${kindLabel(kind.kind)}${suffix}`;
      round('deadline', kind, label);
    }
    if (found.length === 0) warn(at, 'a round without a deadline; skipped');
    return found;
  });
}
