/// <reference types="node" />
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { escapeText, toFeed, type FeedItem } from '../calendar/ics.js';
import { isCollection } from '../data/collection.js';
import { parseConference } from '../data/normalize.js';
import { describeProblem } from '../data/types.js';
import { importTracker, TRACKERS, type Tracker } from '../import/import.js';
import { loadTemporal } from '../time/temporal.js';
import { collectionReport, readCollectionSource } from './collection.js';
import { checkInput } from './check.js';
import { embedCommand } from './embed.js';
import { renderCommand } from './render.js';
import { InputError, readSource, type ReadOptions, type Source } from './input.js';
import { COLOR, PLAIN, textLines, type FileReport } from './report.js';

/**
 * `conf-widgets`, the command-line tool of the package (spec §2 "Bad data"):
 *
 *     conf-widgets validate [--json] FILE|URL…
 *     conf-widgets ics [-o OUT.ics] FILE|URL
 *     conf-widgets import ccfddl|ai-deadlines|huggingface PATH… [--since DAY] [--tags a,b] [--name TEXT] [--feed URL]
 *     conf-widgets render FILE|URL --element NAME [--format html|dsd] [--now T] [--locale L] [--time-zone Z] [--attr N=V]…
 *     conf-widgets embed FILE --base-url URL --out DIR [--element NAME]…
 *
 * Bundled by scripts/build-cli.mjs into dist/cli.js (temporal-polyfill
 * included), which bin/conf-widgets.js runs.
 */

/** Set by scripts/build-cli.mjs from package.json. */
declare const __CONF_WIDGETS_VERSION__: string | undefined;
const VERSION = typeof __CONF_WIDGETS_VERSION__ === 'string' ? __CONF_WIDGETS_VERSION__ : 'dev';

/** Exit status: the file is valid (warnings allowed). */
export const EXIT_VALID = 0;
/** Exit status: the file has errors (or, for `ics`, cannot make a feed). */
export const EXIT_INVALID = 1;
/** Exit status: the input could not be read, is not JSON, or the command line is wrong. */
export const EXIT_UNREADABLE = 2;

/** Where the tool writes and reads; the process's own streams by default. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Colours on stdout: only on a terminal, never with NO_COLOR. */
  readonly color: boolean;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdin?: ReadOptions['stdin'];
}

export const HELP = `conf-widgets ${VERSION}: check and publish a conf-widgets data file

Usage:
  conf-widgets validate [--json] FILE|URL...
      Check data files and collection files. Prints every problem with its JSON
      path, one a line (dates[2].at: "2022-13-01" is not a date), and lint
      warnings; a collection's conferences too, inline or by URL.
  conf-widgets ics [-o OUT.ics] [--tags a,b] FILE|URL
      Write an iCalendar feed of every date that has a time: exact times in UTC,
      date-only deadlines as all-day events, stable UIDs, refresh hints. To
      standard output by default. A collection file gives one feed of all its
      conferences (--tags: those with any of the tags), named after it. A feed
      with no dated event (only TBD) is not written.
  conf-widgets import ccfddl|ai-deadlines|huggingface PATH... [--since YYYY-MM-DD]
                      [--tags a,b] [--name TEXT] [--feed URL] [-o OUT.json]
      Translate a deadline tracker's YAML into one collection file: ccfddl's
      conference/ folder (or one file of series, e.g. allconf.yml), an ai-deadlines
      conferences.yml, or huggingface's conferences/ folder. Every edition becomes a
      conference, every round a date; the trackers' zones become ours (PT and other
      abbreviations as their region's zone, with a warning; an unknown zone skips the
      round, never guessed). Warnings, with the file and entry, on standard error.
  conf-widgets render FILE|URL --element NAME [--format html|dsd] [--now INSTANT]
                      [--locale TAG] [--time-zone ZONE] [--attr NAME=VALUE]...
      Render one element (countdown, dates, committee, sponsors, topics, cfp,
      deadlines) on the server, to standard output. html (default): plain HTML
      for sites that strip scripts (WordPress, Drupal, Hugo), computed for --now
      (default: now) and saying so; also the no-JS fallback inside a widget's tag.
      dsd: the element with its shadow root as declarative shadow DOM, which
      paints before any script; the page's script tag then takes it over.
  conf-widgets embed FILE --base-url URL --out DIR [--element NAME]...
      Write DIR, a folder to upload to URL as it is: the script files, the data
      file, and per element an embed page (for a sandboxed <iframe>) with its
      oEmbed JSON, so pasting the page's URL into WordPress embeds it. Prints
      the <iframe> snippet of each.

Options:
  --json            validate: one JSON document on standard output, for tools
  -o, --output F    ics, import: write the feed or collection to F
  --force           ics: write the feed even when some items are invalid
                    (the widgets and the feed leave those items out)
  --timeout S       seconds to wait for a URL (default 15)
  --since DAY       import: leave out editions whose every date is before DAY
  --tags a,b        import: add these tags to every conference;
                    ics: only the conferences with any of these tags
  --name TEXT       import: the collection's name
  --feed URL        import: the collection's iCalendar feed (made by ics), which
                    <conf-deadlines> offers to subscribe to
  --element NAME    render, embed: which element (embed: repeat for several)
  --format F        render: html or dsd
  --now INSTANT     render: the moment to render for (2026-12-07T12:00:00Z)
  --locale TAG      render: the language (en, de, zh, …)
  --time-zone ZONE  render: the readers' zone, shown as "your time"
  --attr N=V        render: an attribute of the element (date=paper, tags=ml, …)
  --base-url URL    embed: where DIR will be published
  --out DIR         embed: the folder to write
  -h, --help        show this help
  --version         show the version

FILE may be - for standard input. URLs inside a file resolve against its location.

Exit status:
  0  valid (lint warnings do not fail, nor a bad optional field the widgets leave out)
  1  invalid: an error, or an item the widgets would skip
  2  the input could not be read or is not JSON, or a wrong command line
  import: 0 when anything was imported, 1 when nothing could be

Lint warnings (valid, but probably not what was meant):
  fixed-offset          a zone such as UTC-7, which does not follow daylight saving time
  aoe-1159              an AoE deadline at 11:59 (usually meant 23:59)
  deadline-after-start  a deadline after the conference starts
  date-order            dates listed out of time order; conference.end before start
  extension-order       "previously" values that are not earlier than the next one
  default-zone          dates whose zone comes only from the AoE default
  duplicate-id          a collection's conferences sharing one id
`;

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
        timeout: { type: 'string' },
        since: { type: 'string' },
        tags: { type: 'string' },
        name: { type: 'string' },
        feed: { type: 'string' },
        element: { type: 'string', multiple: true },
        format: { type: 'string' },
        now: { type: 'string' },
        locale: { type: 'string' },
        'time-zone': { type: 'string' },
        attr: { type: 'string', multiple: true },
        'base-url': { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    return usage(io, error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [command, ...inputs] = positionals;
  if (values.version) {
    io.out(`${VERSION}\n`);
    return EXIT_VALID;
  }
  if (values.help || command === 'help') {
    io.out(HELP);
    return EXIT_VALID;
  }
  if (command === undefined) return usage(io, 'no command given');

  let timeoutMs: number | undefined;
  if (values.timeout !== undefined) {
    const seconds = Number(values.timeout);
    if (!(seconds > 0))
      return usage(io, `--timeout ${values.timeout}: expected a number of seconds`);
    timeoutMs = seconds * 1000;
  }
  const read: ReadOptions = { timeoutMs, cwd: io.cwd, stdin: io.stdin };
  if (
    command !== 'import' &&
    (values.since !== undefined || values.name !== undefined || values.feed !== undefined)
  )
    return usage(io, '--since, --name and --feed belong to the import command');
  if (command === 'validate' && values.tags !== undefined)
    return usage(io, '--tags belongs to the ics and import commands');

  switch (command) {
    case 'validate':
      if (values.output !== undefined || values.force) {
        return usage(io, '--output and --force belong to the ics command');
      }
      if (inputs.length === 0) return usage(io, 'validate: which file? (a path, a URL or -)');
      return validate(inputs, Boolean(values.json), read, io);
    case 'ics':
      if (values.json) return usage(io, '--json belongs to the validate command');
      if (inputs.length !== 1) return usage(io, 'ics: give exactly one file (a path, a URL or -)');
      return ics(inputs[0]!, values.output, Boolean(values.force), values.tags, read, io);
    case 'import': {
      const [tracker, ...paths] = inputs;
      if (tracker === undefined || !(tracker in TRACKERS))
        return usage(io, `import: which tracker? (${Object.keys(TRACKERS).join(', ')})`);
      if (paths.length === 0) return usage(io, `import ${tracker}: which files or folders?`);
      if (values.json || values.force)
        return usage(io, '--json and --force do not belong to the import command');
      if (values.since !== undefined && !isDay(values.since))
        return usage(io, `--since ${values.since}: expected a day, YYYY-MM-DD`);
      return importCommand(
        tracker as Tracker,
        paths,
        {
          since: values.since,
          tags: values.tags,
          name: values.name,
          feed: values.feed,
          output: values.output,
        },
        io,
      );
    }
    case 'render': {
      if (inputs.length !== 1)
        return usage(io, 'render: give exactly one file (a path, a URL or -)');
      const format = values.format ?? 'html';
      if (format !== 'html' && format !== 'dsd')
        return usage(io, `--format ${format}: html or dsd`);
      if (values.element?.length !== 1) return usage(io, 'render: which --element? (one)');
      return renderCommand(
        inputs[0]!,
        {
          element: values.element[0]!,
          format,
          now: values.now,
          locale: values.locale,
          timeZone: values['time-zone'],
          attributes: values.attr ?? [],
        },
        read,
        io,
      );
    }
    case 'embed':
      if (inputs.length !== 1) return usage(io, 'embed: give exactly one file');
      if (!values['base-url'] || !values.out)
        return usage(io, 'embed: --base-url URL and --out DIR are both needed');
      return embedCommand(
        inputs[0]!,
        { baseUrl: values['base-url'], out: values.out, elements: values.element ?? [] },
        read,
        io,
      );
    default:
      return usage(io, `unknown command "${command}"`);
  }
}

async function validate(
  inputs: readonly string[],
  json: boolean,
  read: ReadOptions,
  io: Io,
): Promise<number> {
  const reports: FileReport[] = [];
  for (const input of inputs) {
    const { report } = await checkInput(input, read);
    reports.push(report);
    if (!json) {
      const lines = textLines(report, io.color ? COLOR : PLAIN);
      if (report.error) io.err(`${lines.join('\n')}\n`);
      else io.out(`${lines.join('\n')}\n`);
    }
  }
  const status = Math.max(...reports.map(exitStatus));
  if (json) {
    const document = {
      valid: status === EXIT_VALID,
      files: reports.map((report) => {
        const errors = report.findings.filter((finding) => finding.severity === 'error').length;
        return { ...report, errors, warnings: report.findings.length - errors };
      }),
    };
    io.out(`${JSON.stringify(document, null, 2)}\n`);
  }
  return status;
}

function exitStatus(report: FileReport): number {
  return report.status === 'valid'
    ? EXIT_VALID
    : report.status === 'invalid'
      ? EXIT_INVALID
      : EXIT_UNREADABLE;
}

async function ics(
  input: string,
  output: string | undefined,
  force: boolean,
  tags: string | undefined,
  read: ReadOptions,
  io: Io,
): Promise<number> {
  let source;
  try {
    source = await readSource(input, read);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.err(`conf-widgets: ${error.message}\n`);
    return EXIT_UNREADABLE;
  }
  if (isCollection(source.json)) return icsOfCollection(source, output, force, tags, read, io);
  if (tags !== undefined)
    return usage(io, '--tags: only a collection file has conferences to choose');
  const { data, problems } = await parseConference(source.json, { baseUrl: source.baseUrl });
  for (const problem of problems)
    io.err(`${problem.dropped ? 'warning' : 'error  '}  ${describeProblem(problem)}\n`);
  if (!data) {
    io.err(`conf-widgets: ${source.label} is not a valid data file; no feed written\n`);
    return EXIT_INVALID;
  }
  if (problems.some((problem) => !problem.dropped) && !force) {
    io.err(
      `conf-widgets: ${source.label} has invalid items; no feed written (--force writes it without them)\n`,
    );
    return EXIT_INVALID;
  }
  return writeFeed(
    source.label,
    [data],
    data.conference.shortName ?? data.conference.name,
    output,
    io,
  );
}

/**
 * How often subscribers should fetch a published feed again: REFRESH-INTERVAL (RFC
 * 7986) and X-PUBLISHED-TTL, which Outlook and Apple Calendar read.
 */
const REFRESH = ['REFRESH-INTERVAL;VALUE=DURATION:PT12H', 'X-PUBLISHED-TTL:PT12H'];

/**
 * Writes a feed, unless it would have no event: a feed of only TBD dates is an error,
 * not an empty calendar that a subscriber would keep polling for nothing.
 */
async function writeFeed(
  label: string,
  items: readonly FeedItem[],
  name: string,
  output: string | undefined,
  io: Io,
): Promise<number> {
  const events = items.reduce(
    (sum, item) => sum + item.dates.filter((date) => date.when.kind !== 'tbd').length,
    0,
  );
  if (events === 0) {
    io.err(`conf-widgets: ${label} has no date with a time (only TBD); no feed written\n`);
    return EXIT_INVALID;
  }
  // NAME (RFC 7986) beside the X-WR-CALNAME every calendar file has.
  const feed = toFeed(items, stampMs(io.env), name, [`NAME:${escapeText(name)}`, ...REFRESH]);
  if (output === undefined || output === '-') {
    io.out(feed);
  } else {
    try {
      await writeFile(resolve(io.cwd, output), feed);
    } catch (error) {
      io.err(
        `conf-widgets: cannot write ${output}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return EXIT_UNREADABLE;
    }
    io.err(`${output}: ${events} event${events === 1 ? '' : 's'}\n`);
  }
  return EXIT_VALID;
}

/** `ics COLLECTION [--tags a,b]`: one feed of the deadlines of its conferences (with any of the tags). */
async function icsOfCollection(
  source: Source,
  output: string | undefined,
  force: boolean,
  tags: string | undefined,
  read: ReadOptions,
  io: Io,
): Promise<number> {
  const collection = await readCollectionSource(source, await loadTemporal(), read);
  const report = collectionReport(source.label, source.baseUrl, collection);
  for (const finding of report.findings)
    if (finding.kind !== 'lint')
      io.err(
        `${finding.severity === 'error' ? 'error  ' : 'warning'}  ${finding.path ? `${finding.path}: ` : ''}${finding.message}\n`,
      );
  if (!collection.info) {
    io.err(`conf-widgets: ${source.label} is not a valid collection; no feed written\n`);
    return EXIT_INVALID;
  }
  if (report.status === 'invalid' && !force) {
    io.err(
      `conf-widgets: ${source.label} has invalid items; no feed written (--force writes it without them)\n`,
    );
    return EXIT_INVALID;
  }
  const wanted = tags
    ?.split(',')
    .map((tag) => tag.trim().toLowerCase())
    .filter(Boolean);
  const items = collection.conferences.flatMap((item): FeedItem[] =>
    item.data && (!wanted?.length || item.tags.some((tag) => wanted.includes(tag)))
      ? [{ conference: item.data.conference, dates: item.data.dates }]
      : [],
  );
  if (wanted?.length && items.length === 0) {
    io.err(
      `conf-widgets: no conference in ${source.label} has the tags ${wanted.join(', ')}; no feed written\n`,
    );
    return EXIT_INVALID;
  }
  return writeFeed(source.label, items, collection.info.name, output, io);
}

async function importCommand(
  tracker: Tracker,
  paths: readonly string[],
  options: { since?: string; tags?: string; name?: string; feed?: string; output?: string },
  io: Io,
): Promise<number> {
  const result = await importTracker({
    tracker,
    paths,
    since: options.since,
    tags: options.tags?.split(',').filter((tag) => tag.trim()),
    name: options.name,
    feed: options.feed,
    updated: new Date(stampMs(io.env)).toISOString().slice(0, 10),
    temporal: await loadTemporal(),
    cwd: io.cwd,
  });
  for (const warning of result.warnings) io.err(`warning  ${warning}\n`);
  const { conferences } = result.collection;
  const summary = [
    `${tracker}: ${result.editions} edition${result.editions === 1 ? '' : 's'} read`,
    `${conferences.length} imported with ${result.dates} date${result.dates === 1 ? '' : 's'}`,
    result.old ? `${result.old} before --since left out` : '',
    result.dropped ? `${result.dropped} round${result.dropped === 1 ? '' : 's'} skipped` : '',
    `${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'}`,
  ].filter(Boolean);
  io.err(`${summary.join(', ')}\n`);
  if (conferences.length === 0) {
    io.err(`conf-widgets: nothing could be imported; no collection written\n`);
    return EXIT_INVALID;
  }
  const text = `${JSON.stringify(result.collection, null, 2)}\n`;
  if (options.output === undefined || options.output === '-') {
    io.out(text);
  } else {
    try {
      await writeFile(resolve(io.cwd, options.output), text);
    } catch (error) {
      io.err(
        `conf-widgets: cannot write ${options.output}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return EXIT_UNREADABLE;
    }
  }
  return EXIT_VALID;
}

function isDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/**
 * DTSTAMP of every event: now, or SOURCE_DATE_EPOCH (seconds; the reproducible-builds
 * convention) so that a published feed only changes when the dates do.
 */
function stampMs(env: Io['env']): number {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now();
}

export function usage(io: Io, message: string): number {
  io.err(`conf-widgets: ${message}\nRun "conf-widgets --help" for usage.\n`);
  return EXIT_UNREADABLE;
}

export function processIo(): Io {
  const env = process.env;
  const color = env.FORCE_COLOR
    ? env.FORCE_COLOR !== '0'
    : Boolean(process.stdout.isTTY) && !env.NO_COLOR;
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    color,
    cwd: process.cwd(),
    env,
  };
}

/** Runs the tool in this process: what bin/conf-widgets.js calls. */
export async function run(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  // `conf-widgets validate x | head -1`: a closed pipe is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = await main(argv);
}
