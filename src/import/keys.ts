import type { RawEdition, Warn, Where } from './edition.js';
import { quote } from '../shared/text.js';

/**
 * The keys of a tracker's YAML entry, checked against the keys the tracker defines.
 * A key that is a known one written with a space or hyphen (`abstract deadline`) is read
 * as that key, with a warning; any other unknown key is a warning and is not read —
 * `data:` next to a missing `date:` may be a typo, but which one is not ours to guess.
 */
export function readKeys(
  entry: Readonly<Record<string, unknown>>,
  known: readonly string[],
  where: Where,
  warn: Warn,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entry)) {
    if (known.includes(key)) {
      out[key] = value;
      continue;
    }
    const at = { ...where, path: `${where.path}.${key}` };
    const spelled = known.find((name) => normal(name) === normal(key));
    if (spelled && !(spelled in entry)) {
      warn(at, `misspelt key ${quote(key)}; read as ${quote(spelled)}`);
      out[spelled] = value;
      continue;
    }
    const near = known.find((name) => distance(name, key) === 1 && !(name in entry));
    warn(
      at,
      near
        ? `unknown key ${quote(key)} (misspelt ${quote(near)}?); ignored`
        : `unknown key ${quote(key)}; ignored`,
    );
  }
  return out;
}

function normal(key: string): string {
  return key.toLowerCase().replace(/[\s-]+/g, '_');
}

/** Levenshtein distance, for the short keys of a YAML entry. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        row[j]! + 1,
        next[j - 1]! + 1,
        row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[b.length]!;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A scalar as text (`year: 2024` is a number in YAML); undefined for anything else. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** One entry of a flat list of editions, read: its keys, place, id and title. */
export interface ListedEdition {
  readonly fields: Record<string, unknown>;
  readonly where: Where & { readonly id: string };
  readonly id: string;
  readonly title: string;
}

/**
 * The editions of a tracker file that is one flat YAML list of them (ai-deadlines and
 * its forks, Hugging Face): each entry with an id and a title, its keys read with
 * `readKeys`, given to `read`; anything else skipped with a warning.
 */
export function listedEditions(
  file: string,
  document: unknown,
  known: readonly string[],
  warn: Warn,
  read: (edition: ListedEdition) => RawEdition[],
): RawEdition[] {
  if (!Array.isArray(document)) {
    warn({ file, path: '' }, 'expected a list of conference editions; file skipped');
    return [];
  }
  return document.flatMap((raw: unknown, index: number): RawEdition[] => {
    const where: Where = { file, path: `[${index}]` };
    if (!isRecord(raw)) {
      warn(where, 'not an edition; skipped');
      return [];
    }
    const id = textOf(raw.id);
    const title = textOf(raw.title);
    if (!id || !title) {
      warn(where, 'an edition without an id or title; skipped');
      return [];
    }
    const at = { ...where, id };
    return read({ fields: readKeys(raw, known, at, warn), where: at, id, title });
  });
}
