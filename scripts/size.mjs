#!/usr/bin/env node
// `npm run size`: the weight budgets of the script-tag files (SPEC §4), checked.
//
// For each entry of the library build (the `bundles` of vite.config.ts) it follows the
// entry's static import graph inside the build output — `import … from './chunks/…'`,
// `import './…'`, `export … from './…'`, never a dynamic `import()` (the Temporal
// polyfill, the de/zh message catalogues, the .ics writer: only browsers that need them
// download them) — gzips every file of it (level 9, Node's zlib) and adds the sizes up:
// what a browser transfers to run that entry, each file compressed on its own as a
// server sends it. Every entry is itself plus the shared core chunk (vite.config.ts).
//
//   dist/conf-widgets.js (every element)   ≤ 27 KiB gzip
//   every file                             ≤ its ceiling in scripts/size-ceilings.json
//
// Ceilings are a ratchet: CI fails when a file grows past its recorded weight, so the
// weight can only go down. Lower them with --update-ceilings after a cut (it never
// raises one, and never records one above a budget).
//
// It measures dist/ when dist/ is newer than everything the build reads; otherwise it
// builds (scripts/build-lib.mjs) into a private directory and measures that, so it never empties
// dist/ under a test that is using dist/cli.js.
//
// Usage:
//   npm run size
//   node scripts/size.mjs --build          always build afresh (into the private directory)
//   node scripts/size.mjs --dist DIR       measure an existing build output
//   node scripts/size.mjs --json FILE      also write the results as JSON (for npm test)
//   node scripts/size.mjs --sources [NAME] where the bytes of each file (or NAME.js) go
//   node scripts/size.mjs --guard          check the ceilings (what npm test runs)
//   node scripts/size.mjs --update-ceilings  record today's figures as the ceilings
// Exit status: 0 when every budget (with --guard: every ceiling) holds, 1 when one does
// not, 2 on a usage or build error.

import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { buildLibrary, bundleNames } from './build-lib.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const KiB = 1024;

const CEILINGS_FILE = join(ROOT, 'scripts', 'size-ceilings.json');

/** The recorded ceilings, by row name; a row without one is held to its budget. */
function readCeilings() {
  try {
    return JSON.parse(readFileSync(CEILINGS_FILE, 'utf8'));
  } catch {
    return {};
  }
}

/** Budgets by file (SPEC §4); a file without one is held to its ceiling alone. */
export const BUDGETS = {
  'conf-widgets.js': 27 * KiB,
};

/** The bundles of vite.config.ts, in order. */
export const entryNames = bundleNames;

/**
 * The relative specifiers a module imports or re-exports statically. The build output
 * is minified ES: `import{a as b}from"./chunks/x.js"`, `import"./y.js"`,
 * `export{c}from"./z.js"`, `export*from"./w.js"`. A dynamic `import("./p.js")` has a
 * parenthesis where these have a name, a brace, a star or the string, and is skipped.
 */
export function staticImports(code) {
  const found = new Set();
  const pattern =
    /(?:^|[;\s}])(?:import|export)\s*(?:(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*(?:\s*as\s*[\w$]+)?)?\s*from\s*)?(["'`])(\.{1,2}\/[^"'`]+)\1/g;
  for (const match of code.matchAll(pattern)) found.add(match[2]);
  return [...found];
}

/** The files (absolute paths) an entry needs before it runs: itself and its static imports, transitively. */
export function staticGraph(entryFile) {
  const seen = new Set();
  const queue = [resolve(entryFile)];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const specifier of staticImports(code)) queue.push(resolve(dirname(file), specifier));
  }
  return [...seen];
}

/** The dynamic `import("./…")` targets of a set of files, for the report. */
function dynamicImports(files) {
  const found = new Set();
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/\bimport\s*\(\s*(["'`])(\.{1,2}\/[^"'`]+)\1\s*\)/g))
      found.add(resolve(dirname(file), m[2]));
  }
  return [...found];
}

const gzipCache = new Map();
function gzipSize(file) {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gzipCache.get(file);
}

/** Raw and gzip bytes of a set of files, each compressed on its own. */
export function weigh(files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    raw += statSync(file).size;
    gzip += gzipSize(file);
  }
  return { raw, gzip };
}

// ---------------------------------------------------------------- the build to measure

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function isFresh(dist, names) {
  const inputs = ['src', 'vite.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];
  const newestInput = Math.max(...inputs.map((p) => newestMtime(join(ROOT, p))));
  return names.every((name) => {
    const file = join(dist, `${name}.js`);
    return existsSync(file) && statSync(file).mtimeMs >= newestInput;
  });
}

function build(outDir) {
  mkdirSync(outDir, { recursive: true });
  console.log(`building (scripts/build-lib.mjs --outDir ${relative(ROOT, outDir) || outDir}) …`);
  try {
    buildLibrary({ outDir, stdio: ['ignore', 'inherit', 'inherit'] });
  } catch (error) {
    console.error(`size: the build failed: ${error.message}`);
    process.exit(2);
  }
}

/** The directory to measure: dist/ when fresh, else a private fresh build. */
export function buildOutput({ forceBuild = false, dist } = {}) {
  const names = entryNames();
  if (dist) return resolve(dist);
  const own = join(ROOT, 'dist');
  if (!forceBuild && isFresh(own, names)) return own;
  const outDir = join(tmpdir(), `conf-widgets-size-${process.getuid?.() ?? 'user'}`);
  build(outDir);
  return outDir;
}

// ---------------------------------------------------------------- measuring

/** One row per budget: { name, files, raw, gzip, budget, ok }. */
export function measure(dist) {
  const names = entryNames();
  const rows = [];
  /** Each lazy chunk: the files it adds to a page that has loaded its importer, and who that is. */
  const dynamic = new Map();
  for (const name of names) {
    const entry = join(dist, `${name}.js`);
    if (!existsSync(entry)) {
      rows.push({ name: `${name}.js`, missing: true, budget: BUDGETS[`${name}.js`], ok: false });
      continue;
    }
    const files = staticGraph(entry);
    for (const file of dynamicImports(files)) {
      if (dynamic.has(file) || !existsSync(file)) continue;
      const adds = staticGraph(file).filter((f) => !files.includes(f));
      dynamic.set(file, { by: `${name}.js`, adds });
    }
    rows.push({
      name: `${name}.js`,
      files: files.map((f) => relative(dist, f)),
      ...weigh(files),
      budget: BUDGETS[`${name}.js`],
    });
  }
  const ceilings = readCeilings();
  for (const row of rows) {
    // a file with no ceiling recorded yet (a new element) fails the guard until one is
    row.ceiling = ceilings[row.name];
    if (row.missing) continue;
    row.ok = row.budget === undefined || row.gzip <= row.budget;
    row.underCeiling = row.ceiling !== undefined && row.gzip <= row.ceiling;
  }
  const lazy = [...dynamic].map(([file, { by, adds }]) => ({
    name: relative(dist, file),
    by,
    ...weigh(adds),
  }));
  // What a page pays for two script files: every file of both graphs, each once.
  const pages = PAGES.filter((names) =>
    names.every((name) => rows.some((r) => r.name === name && !r.missing)),
  ).map((names) => {
    const files = [...new Set(names.flatMap((name) => staticGraph(join(dist, name))))];
    return { names, files: files.map((f) => relative(dist, f)), ...weigh(files) };
  });
  return { rows, lazy, pages };
}

/** Pages that load more than one script file, weighed in the report. */
const PAGES = [
  ['countdown.js', 'dates.js'],
  ['conf-widgets.js', 'countdown.js'],
];

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const kib = (bytes) => `${(bytes / KiB).toFixed(2)} KiB`;
const optional = (bytes) => (bytes === undefined ? '–' : kib(bytes));

export function printTable({ rows, lazy, pages }, dist) {
  console.log(
    `\nweight of ${relative(process.cwd(), dist) || dist} (gzip -9, each file on its own)\n`,
  );
  const header = [
    'bundle (with its static imports)',
    'files',
    'min',
    'gzip',
    'budget',
    '',
    'ceiling',
  ];
  const lines = rows.map((r) =>
    r.missing
      ? [r.name, '-', '-', 'missing', optional(r.budget), '✗', optional(r.ceiling)]
      : [
          r.name,
          String(r.files.length),
          kb(r.raw),
          kib(r.gzip),
          optional(r.budget),
          r.ok && r.underCeiling ? '✓' : '✗',
          optional(r.ceiling),
        ],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(fmt(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const line of lines) console.log(fmt(line));
  if (pages.length) {
    console.log('\na page with two script files (the files of both, each once):');
    for (const p of pages)
      console.log(
        `  ${p.names.join(' + ')}  ${p.files.length} files, ${kb(p.raw)} min, ${kib(p.gzip)} gzip`,
      );
  }
  if (lazy.length) {
    console.log(
      '\nloaded only when needed (dynamic import, not in the figures above; what each adds',
    );
    console.log('to a page that has loaded the bundle importing it):');
    for (const l of lazy)
      console.log(`  ${l.name} (from ${l.by})  ${kb(l.raw)} min, ${kib(l.gzip)} gzip`);
  }
}

// ---------------------------------------------------------------- where the bytes go

/**
 * Each source's share of a built file, from its source map: the minified bytes that map
 * to it, and its marginal gzip weight — how much smaller the gzipped file is without
 * them (so shares do not add up to the file: gzip finds repeats across sources).
 */
export function sourceShares(file) {
  const code = readFileSync(file, 'utf8');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const lines = code.split('\n');
  const lineStarts = [0];
  for (const line of lines) lineStarts.push(lineStarts.at(-1) + line.length + 1);
  const segments = [];
  map.eachMapping((m) => segments.push(m));
  segments.sort(
    (a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn,
  );
  const owner = new Array(code.length).fill('(no source)');
  segments.forEach((m, i) => {
    const next = segments[i + 1];
    const start = lineStarts[m.generatedLine - 1] + m.generatedColumn;
    const end =
      next && next.generatedLine === m.generatedLine
        ? lineStarts[next.generatedLine - 1] + next.generatedColumn
        : lineStarts[m.generatedLine] - 1;
    const source = (m.source ?? '(no source)')
      .replace(/^.*node_modules\//, '')
      .replace(/^.*?\/src\//, 'src/');
    owner.fill(source, start, end);
  });
  const whole = gzipSync(code, { level: 9 }).length;
  return [...new Set(owner)]
    .map((source) => {
      const rest = [...code].filter((_, i) => owner[i] !== source).join('');
      return {
        source,
        min: code.length - rest.length,
        gzip: whole - gzipSync(rest, { level: 9 }).length,
      };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

function printSources(name, shares) {
  console.log(`\n${name}, by source (min bytes, and gzip bytes the file would lose without it):`);
  for (const { source, min, gzip } of shares)
    console.log(`  ${String(min).padStart(6)}  ${String(gzip).padStart(5)}  ${source}`);
}

// ---------------------------------------------------------------- command line

function parseArgs(argv) {
  const opts = {
    forceBuild: false,
    dist: undefined,
    json: undefined,
    sources: undefined,
    guard: false,
    update: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--build') opts.forceBuild = true;
    else if (a === '--dist') opts.dist = argv[++i];
    else if (a === '--json') opts.json = argv[++i];
    else if (a === '--sources')
      opts.sources = argv[i + 1]?.startsWith('-') ? '' : (argv[++i] ?? '');
    else if (a === '--guard') opts.guard = true;
    else if (a === '--update-ceilings') opts.update = true;
    else if (a === '-h' || a === '--help') {
      const head = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
      console.log(
        head
          .slice(
            1,
            head.findIndex((l) => !l.startsWith('//')),
          )
          .join('\n'),
      );
      process.exit(0);
    } else {
      console.error(`size: unknown argument ${a} (see --help)`);
      process.exit(2);
    }
  }
  if (
    (opts.dist === undefined && argv.includes('--dist')) ||
    (opts.json === undefined && argv.includes('--json'))
  ) {
    console.error('size: --dist and --json need a path');
    process.exit(2);
  }
  return opts;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const opts = parseArgs(process.argv.slice(2));
  const dist = buildOutput(opts);
  const result = measure(dist);
  printTable(result, dist);
  if (opts.sources !== undefined) {
    for (const row of result.rows.filter((r) => !r.missing)) {
      if (opts.sources && row.name !== `${opts.sources}.js`) continue;
      printSources(row.name, sourceShares(join(dist, row.name)));
    }
  }
  if (opts.update) {
    const ceilings = Object.fromEntries(
      result.rows
        .filter((r) => !r.missing)
        // a ratchet: a ceiling only ever comes down
        .map((r) => [
          r.name,
          Math.min(
            Math.ceil((r.gzip * 1.02) / 10) * 10,
            r.budget ?? Infinity,
            readCeilings()[r.name] ?? Infinity,
          ),
        ]),
    );
    writeFileSync(CEILINGS_FILE, `${JSON.stringify(ceilings, null, 2)}\n`);
    console.log(`\nceilings recorded in ${relative(ROOT, CEILINGS_FILE)}`);
  }
  const overBudget = result.rows.filter((r) => !r.ok);
  const budgets = result.rows.filter((r) => r.budget !== undefined).length;
  console.log(
    overBudget.length
      ? `\n${overBudget.length} of ${budgets} budgets exceeded: ${overBudget.map((r) => `${r.name} ${kib(r.gzip ?? 0)} > ${kib(r.budget)}`).join(', ')}`
      : `\nall ${budgets} budgets hold`,
  );
  const overCeiling = result.rows.filter((r) => !r.underCeiling);
  console.log(
    overCeiling.length
      ? `${overCeiling.length} files past their ceiling: ${overCeiling.map((r) => (r.ceiling === undefined ? `${r.name} (no ceiling recorded: --update-ceilings)` : `${r.name} ${kib(r.gzip ?? 0)} > ${kib(r.ceiling)}`)).join(', ')}`
      : `no file grew past its ceiling (scripts/size-ceilings.json)`,
  );
  // The guard holds the ratchet; a budget not met yet shows above, and its ceiling keeps
  // the file from growing until a cut meets it (then the ceiling is the budget).
  const failed = opts.guard ? result.rows.filter((r) => !r.underCeiling) : overBudget;
  const passed = result.rows.length - failed.length;
  if (opts.json) {
    writeFileSync(
      opts.json,
      JSON.stringify({ dist, passed, failed: failed.length, ...result }, null, 2),
    );
  }
  process.exitCode = failed.length ? 1 : 0;
}
