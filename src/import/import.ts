/// <reference types="node" />
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { aiDeadlinesEditions } from './ai-deadlines.js';
import { ccfddlEditions } from './ccfddl.js';
import {
  buildConference,
  tagOf,
  type ImportedConference,
  type RawEdition,
  type Warn,
  type Where,
} from './edition.js';
import { huggingfaceEditions } from './huggingface.js';
import { quote } from '../shared/text.js';
import type { TemporalNamespace } from '../time/temporal.js';

/**
 * `conf-widgets import`: a tracker's YAML → one collection file (spec §5). Node only
 * (the CLI bundle); the YAML parser never reaches the browser bundles.
 */

export const TRACKERS = {
  ccfddl: { read: ccfddlEditions, source: 'ccfddl/ccf-deadlines, MIT' },
  'ai-deadlines': { read: aiDeadlinesEditions, source: 'paperswithcode/ai-deadlines, MIT' },
  huggingface: { read: huggingfaceEditions, source: 'huggingface/ai-deadlines, MIT' },
} as const;

export type Tracker = keyof typeof TRACKERS;

export interface ImportOptions {
  readonly tracker: Tracker;
  readonly paths: readonly string[];
  /** YYYY-MM-DD: editions whose every date is before it are left out. */
  readonly since?: string;
  /** Added to every conference's tags. */
  readonly tags?: readonly string[];
  readonly name?: string;
  /** collection.feed: the collection's iCalendar feed, relative to the collection file. */
  readonly feed?: string;
  /** collection.updated, YYYY-MM-DD. */
  readonly updated: string;
  readonly temporal: typeof TemporalNamespace;
  /** Where to resolve relative paths. */
  readonly cwd: string;
}

export interface Collection {
  readonly collection: {
    readonly name: string;
    readonly source: string;
    readonly feed?: string;
    readonly updated: string;
  };
  readonly conferences: readonly ImportedConference[];
}

export interface ImportResult {
  readonly collection: Collection;
  /** One line each: "file: path (id): message". */
  readonly warnings: readonly string[];
  /** Editions read from the files, before --since. */
  readonly editions: number;
  /** Editions left out by --since. */
  readonly old: number;
  readonly dates: number;
  /** Rounds that could not be read (a bad date or zone). */
  readonly dropped: number;
}

/** Files under `path` (itself when it is a file), YAML only, in a stable order. */
async function yamlFiles(path: string): Promise<string[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [path];
  const found: string[] = [];
  for (const entry of (await readdir(path, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  )) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) found.push(...(await yamlFiles(child)));
    // types.yml: the trackers' category lists; conference-yaml-schema.yml: ccfddl's schema
    else if (
      /\.ya?ml$/i.test(entry.name) &&
      !/^(?:types|conference-yaml-schema)\.ya?ml$/i.test(entry.name)
    )
      found.push(child);
  }
  return found;
}

export async function importTracker(options: ImportOptions): Promise<ImportResult> {
  const warnings: string[] = [];
  const warn: Warn = (where: Where, message: string) =>
    warnings.push(
      `${where.file}: ${where.path || '(file)'}${where.id ? ` (${where.id})` : ''}: ${message}`,
    );
  const tracker = TRACKERS[options.tracker];

  const extraTags = (options.tags ?? []).map(tagOf).filter(Boolean);
  const conferences: ImportedConference[] = [];
  const taken = new Set<string>();
  let editions = 0;
  let old = 0;
  let dropped = 0;
  // File by file, so that each file's warnings come together.
  const add = (edition: RawEdition) => {
    editions++;
    const built = buildConference(edition, options.temporal, warn);
    dropped += built.dropped;
    const { conference, dates } = built.conference;
    if (edition.rounds.length > 0 && dates.length === 0)
      return warn(edition.where, 'no round could be read; edition skipped');
    if (options.since && before(built.conference, edition.year, options.since)) {
      old++;
      return;
    }
    // Two editions with one id (ccfddl's fse23 is both FSE and Fast Software
    // Encryption): both kept, the later one renamed so that ids stay unique.
    let id = conference.id;
    for (let n = 2; taken.has(id); n++) id = `${conference.id}-${n}`;
    taken.add(id);
    if (id !== conference.id)
      warn(edition.where, `duplicate id ${quote(conference.id)}; written as ${quote(id)}`);
    conferences.push({
      conference: { ...conference, id, tags: [...new Set([...conference.tags, ...extraTags])] },
      dates,
    });
  };

  for (const path of options.paths) {
    let files: string[];
    try {
      files = await yamlFiles(resolve(options.cwd, path));
    } catch (error) {
      warnings.push(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`);
      continue;
    }
    if (files.length === 0) warnings.push(`${path}: no YAML files here`);
    for (const file of files) {
      // Named as the user would: relative to where the command runs, when inside it.
      const inside = relative(options.cwd, file);
      const label = inside.startsWith('..') ? file : inside;
      let document: unknown;
      try {
        document = parse(await readFile(file, 'utf8'));
      } catch (error) {
        warn(
          { file: label, path: '' },
          `not YAML: ${String(error instanceof Error ? error.message : error).split('\n')[0]}; file skipped`,
        );
        continue;
      }
      tracker.read(label, document, warn).forEach(add);
    }
  }

  return {
    collection: {
      collection: {
        name: options.name ?? `Deadlines from ${tracker.source.replace(/, MIT$/, '')}`,
        ...(options.feed ? { feed: options.feed } : {}),
        source: tracker.source,
        updated: options.updated,
      },
      conferences,
    },
    warnings,
    editions,
    old,
    dates: conferences.reduce((sum, item) => sum + item.dates.length, 0),
    dropped,
  };
}

/**
 * Whether an edition is over before `since`: every date it has is on an earlier day.
 * An edition without a known date counts by its first day, or its year.
 */
function before(item: ImportedConference, year: number | undefined, since: string): boolean {
  const days = item.dates.filter((date) => date.at !== 'TBD').map((date) => date.at.slice(0, 10));
  if (days.length > 0) return days.every((day) => day < since);
  const last = item.conference.end ?? item.conference.start ?? (year ? `${year}-12-31` : undefined);
  return last !== undefined && last < since;
}
