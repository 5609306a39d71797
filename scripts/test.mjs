#!/usr/bin/env node
// `npm test`: every check of the project, ending with one line `N passed, N failed`.
//
//   1. the three browsers (Debian packages) are there — installed with apt-get when
//      missing and running as root, otherwise the command to run is printed
//   2. npm run typecheck   (tsc --noEmit)
//   3. npm run lint        (eslint, prettier --check, lit-analyzer)
//   4. web-test-runner passes (web-test-runner.config.mjs):
//        main                      all test files, all engines, TZ=Europe/Berlin
//        tz-America-Los_Angeles    time-sensitive files (scripts/test-plan.mjs), all engines
//        tz-Asia-Kolkata           time-sensitive files, all engines
//        preferences               test/preferences/, all engines, the browsers started
//                                  with reduced motion and a dark scheme
//        lit-dev                   all test files, Chromium, Lit's development build
//   5. node --test test/node/     (after npm run build:cli when scripts/build-cli.mjs exists)
//   6. node scripts/size.mjs --guard  no bundle heavier than its ceiling (one test per bundle)
//
// Usage:
//   npm test
//   npm test -- --files test/countdown.test.ts      only the browser passes, these files
//   BROWSERS=chromium,firefox npm test              a subset of the engines
//   npm test -- --skip-static --skip-node --skip-zones --skip-preferences --skip-dev
//
// The totals count real tests (mocha tests in every engine and pass, node:test tests).
// Anything else that fails — a typecheck or lint step, a test file that does not load, a
// pass that crashes or times out, an engine that does not start — counts as one failed
// test, so the last line says "0 failed" exactly when the exit status is 0.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { APT_INSTALL, missingBinaries, reapOrphans, ROOT } from './browsers.mjs';
import {
  ALL_TEST_FILES,
  DEFAULT_ZONE,
  EXTRA_ZONES,
  parseBrowsers,
  PREFERENCE_FILES,
  TIME_SENSITIVE_FILES,
} from './test-plan.mjs';

const RESULTS = join(ROOT, '.test-results');
const PASS_TIMEOUT_MS = Number(process.env.TEST_PASS_TIMEOUT_MS) || 20 * 60_000;

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const opts = {
    files: null,
    static: true,
    node: true,
    zones: true,
    preferences: true,
    dev: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--files') {
      opts.files ??= [];
      while (i + 1 < argv.length && !argv[i + 1].startsWith('--')) opts.files.push(argv[++i]);
    } else if (a.startsWith('--files=')) {
      (opts.files ??= []).push(...a.slice(8).split(','));
    } else if (a === '--skip-static') opts.static = false;
    else if (a === '--skip-node') opts.node = false;
    else if (a === '--skip-zones') opts.zones = false;
    else if (a === '--skip-preferences') opts.preferences = false;
    else if (a === '--skip-dev') opts.dev = false;
    else if (a === '-h' || a === '--help') {
      const head = readFileSync(new URL(import.meta.url), 'utf8').split('\n');
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
      console.error(`test.mjs: unknown argument ${a} (see --help)`);
      process.exit(2);
    }
  }
  if (opts.files) {
    if (!opts.files.length) {
      console.error('test.mjs: --files needs at least one file or glob');
      process.exit(2);
    }
    // a subset of test files is a development run: browser tests only
    opts.static = false;
    opts.node = false;
  }
  return opts;
}

// ---------------------------------------------------------------- small helpers

/** Converts a file glob (`*`, `**`, `?`, `{a,b}`) to an anchored RegExp. */
function globToRegExp(glob) {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        re += '(?:.*/)?';
      } else re += '.*';
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') re += '(?:';
    else if (c === '}') re += ')';
    else if (c === ',' && re.includes('(?:')) re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

const normalize = (p) => relative(ROOT, join(ROOT, p)).split('\\').join('/');

/** Files under test/ (relative to ROOT) matching the globs (`!glob` leaves files out). */
function matchFiles(globs) {
  const dir = join(ROOT, 'test');
  if (!existsSync(dir)) return [];
  const all = readdirSync(dir, { recursive: true })
    .map((f) => `test/${String(f).split('\\').join('/')}`)
    .filter((f) => !f.includes('node_modules') && statSync(join(ROOT, f)).isFile());
  return all.filter((f) => matchesAny(f, globs.map(normalize))).sort();
}

/** Whether a file matches one of the globs and none of the `!glob`s. */
function matchesAny(file, globs) {
  const test = (g) => globToRegExp(g).test(file);
  const excluded = globs.filter((g) => g.startsWith('!')).some((g) => test(g.slice(1)));
  return !excluded && globs.filter((g) => !g.startsWith('!')).some(test);
}

function fmtMs(ms) {
  return ms < 60_000
    ? `${(ms / 1000).toFixed(1)} s`
    : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

function heading(text) {
  console.log(`\n━━ ${text}`);
}

// ---------------------------------------------------------------- child processes

let current = null; // the running child
let interrupted = null; // the signal that interrupted us

/**
 * Runs a command with inherited output; resolves { code, timedOut, ms }. A timeout sends
 * SIGTERM (then SIGKILL after 10 s).
 */
function run(cmd, args, { env = {}, timeoutMs = 0 } = {}) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: {
        ...process.env,
        PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}`,
        ...env,
      },
    });
    current = child;
    let timedOut = false;
    let killer;
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            console.error(
              `\n✗ ${cmd} ${args.join(' ')}: no result after ${fmtMs(timeoutMs)}, stopping it`,
            );
            child.kill('SIGTERM');
            killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          }, timeoutMs)
        : null;
    child.on('error', (err) => {
      console.error(`✗ could not run ${cmd}: ${err.message}`);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(killer);
      current = null;
      resolve({ code: code ?? (signal ? 128 : 1), timedOut, ms: Date.now() - started });
    });
  });
}

/** Runs an npm script's command line the way npm does, without npm's own output. */
function runScript(name, opts) {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const line = pkg.scripts?.[name];
  if (!line) throw new Error(`package.json has no "${name}" script`);
  console.log(`$ ${line}`);
  return run('sh', ['-c', line], opts);
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (interrupted) return;
    interrupted = sig;
    console.error(`\n${sig}: stopping…`);
    // the child (same process group) usually got a terminal's SIGINT already; a second
    // one does no harm, and a signal sent to this process alone must reach it too
    current?.kill(sig === 'SIGHUP' ? 'SIGTERM' : sig);
    setTimeout(() => current?.kill('SIGKILL'), 15_000).unref();
  });
}

async function finishInterrupted() {
  // the runner has exited by now: whatever it left behind has a dead owner
  const reaped = await reapOrphans();
  if (reaped.length) console.error(`stopped ${reaped.join(', ')}`);
  console.error('interrupted');
  process.exit(130);
}

// ---------------------------------------------------------------- the steps

const steps = []; // { name, ok, ms, note }
const passes = []; // results of the wtr passes
const totals = { passed: 0, failed: 0, skipped: 0 };

function ensureBrowsers(browsers) {
  heading(`browsers: ${browsers.join(', ')}`);
  let missing = missingBinaries(browsers);
  if (!missing.length) {
    console.log('all present');
    return true;
  }
  const list = missing.map((m) => `${m.path} (package ${m.pkg})`).join('\n  ');
  console.log(`missing:\n  ${list}`);
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    console.log(`Installing them as root with: ${APT_INSTALL}`);
    return new Promise((resolve) => {
      const child = spawn('sh', ['-c', APT_INSTALL], {
        stdio: ['ignore', 'inherit', 'inherit'],
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
      current = child;
      child.on('close', (code) => {
        current = null;
        missing = missingBinaries(browsers);
        if (code !== 0 || missing.length) {
          console.error(
            `✗ apt-get failed (exit ${code}); still missing: ${missing.map((m) => m.path).join(', ')}`,
          );
          resolve(false);
        } else resolve(true);
      });
    });
  }
  console.error('\nThe browsers come from Debian packages. Run as root, then npm test again:\n');
  console.error(APT_INSTALL);
  process.exit(1);
}

async function staticStep(name, script) {
  heading(name);
  const r = await runScript(script);
  const ok = r.code === 0;
  steps.push({ name, ok, ms: r.ms });
  if (!ok) totals.failed++;
}

async function wtrPass({ pass, timeZone, browsers, files, litMode = 'prod', subset }) {
  heading(
    `web-test-runner · ${pass} · TZ=${timeZone} · Lit ${litMode} · ${browsers.join(', ')}` +
      (files ? ` · ${files.length} file${files.length === 1 ? '' : 's'}` : ''),
  );
  const resultFile = join(RESULTS, `${pass}.json`);
  rmSync(resultFile, { force: true });
  const args = [join(ROOT, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js')];
  args.push('--config', join(ROOT, 'web-test-runner.config.mjs'));
  if (files) args.push('--files', ...files);
  const r = await run(process.execPath, args, {
    env: {
      BROWSERS: browsers.join(','),
      TEST_TZ: timeZone,
      TEST_PASS: pass,
      LIT_MODE: litMode,
      TEST_SUBSET: subset ?? 'all',
    },
    timeoutMs: PASS_TIMEOUT_MS,
  });
  const reaped = await reapOrphans();
  if (reaped.length) console.error(`(stopped leftover ${reaped.join(', ')})`);

  let result = null;
  try {
    result = JSON.parse(readFileSync(resultFile, 'utf8'));
  } catch {
    // no report: the runner did not get as far as finishing a test run
  }
  const res = {
    pass,
    timeZone,
    litMode,
    passed: result?.passed ?? 0,
    failed: result?.failed ?? 0,
    skipped: result?.skipped ?? 0,
    browsers: result?.browsers ?? {},
    ms: r.ms,
    code: r.code,
    note: '',
  };
  if (r.code !== 0 && res.failed === 0) {
    // e.g. an engine that did not start, a config error, a timeout
    res.failed = 1;
    res.note = r.timedOut ? 'timed out' : result ? `runner exited ${r.code}` : 'no results';
  }
  passes.push(res);
  totals.passed += res.passed;
  totals.failed += res.failed;
  totals.skipped += res.skipped;
}

/** The weight budgets (scripts/size.mjs): one test per budget, in the totals. */
async function sizeBudgets() {
  if (!existsSync(join(ROOT, 'scripts', 'size.mjs'))) return;
  heading('size budgets (scripts/size.mjs)');
  const out = join(RESULTS, 'size.json');
  rmSync(out, { force: true });
  // --guard: fail when a bundle grows past its ceiling (a ratchet toward the budgets).
  const r = await run(process.execPath, ['scripts/size.mjs', '--guard', '--json', out], {
    timeoutMs: PASS_TIMEOUT_MS,
  });
  let res = { passed: 0, failed: 0 };
  try {
    const result = JSON.parse(readFileSync(out, 'utf8'));
    res = { passed: result.passed, failed: result.failed };
  } catch {
    // no report: the build or the script failed before measuring
  }
  if (r.code !== 0 && res.failed === 0) res.failed = 1;
  steps.push({ name: 'size budgets', ok: r.code === 0, ms: r.ms, counts: res });
  totals.passed += res.passed;
  totals.failed += res.failed;
}

async function nodeTests() {
  const dir = join(ROOT, 'test', 'node');
  if (!existsSync(dir)) return;
  if (existsSync(join(ROOT, 'scripts', 'build-cli.mjs'))) {
    heading('npm run build:cli');
    const b = await runScript('build:cli');
    steps.push({ name: 'build:cli', ok: b.code === 0, ms: b.ms });
    if (b.code !== 0) {
      totals.failed++;
      return;
    }
    if (interrupted) return;
  }
  heading('node --test test/node/');
  const tap = join(RESULTS, 'node.tap');
  rmSync(tap, { force: true });
  const r = await run(
    process.execPath,
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      'test/node/',
    ],
    { timeoutMs: PASS_TIMEOUT_MS },
  );
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (key) => Number(text.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? 0);
  const res = {
    passed: count('pass'),
    failed: count('fail') + count('cancelled'),
    skipped: count('skipped') + count('todo'),
  };
  if (r.code !== 0 && res.failed === 0) res.failed = 1;
  steps.push({ name: 'node --test', ok: r.code === 0, ms: r.ms, counts: res });
  totals.passed += res.passed;
  totals.failed += res.failed;
  totals.skipped += res.skipped;
}

// ---------------------------------------------------------------- main

const opts = parseArgs(process.argv.slice(2));
let browsers;
try {
  browsers = parseBrowsers();
} catch (e) {
  console.error(e.message);
  process.exit(2);
}
const started = Date.now();

mkdirSync(RESULTS, { recursive: true });
for (const f of readdirSync(RESULTS)) {
  if (f.endsWith('.json') || f.endsWith('.tap')) rmSync(join(RESULTS, f), { force: true });
}
await reapOrphans(); // leftovers of an earlier run that was killed

if (!(await ensureBrowsers(browsers))) {
  totals.failed++;
  console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
  process.exit(1);
}

if (opts.static && !interrupted) await staticStep('typecheck (tsc --noEmit)', 'typecheck');
if (opts.static && !interrupted) await staticStep('lint', 'lint');

// browser passes
const chosen = opts.files ? matchFiles(opts.files) : undefined;
const mainFiles = chosen
  ? chosen.filter((f) => !matchesAny(f, PREFERENCE_FILES))
  : matchFiles(ALL_TEST_FILES);
const preferenceFiles = chosen
  ? chosen.filter((f) => matchesAny(f, PREFERENCE_FILES))
  : matchFiles(PREFERENCE_FILES);
if (opts.files && !chosen.length) {
  console.error(`\n✗ --files ${opts.files.join(' ')}: no such test files`);
  totals.failed++;
} else if (!chosen?.length && !mainFiles.length) {
  console.log('\n(no browser test files)');
} else {
  const files = opts.files ? mainFiles : undefined;
  if (mainFiles.length && !interrupted) {
    await wtrPass({ pass: 'main', timeZone: DEFAULT_ZONE, browsers, files });
  }
  const timeFiles = mainFiles.filter((f) => matchesAny(f, TIME_SENSITIVE_FILES));
  for (const zone of opts.zones ? EXTRA_ZONES : []) {
    if (interrupted) break;
    if (!timeFiles.length) {
      console.log(`\n(no time-sensitive test files for the ${zone} pass)`);
      break;
    }
    await wtrPass({
      pass: `tz-${zone.replace(/\W+/g, '-')}`,
      timeZone: zone,
      browsers,
      files: opts.files ? timeFiles : undefined,
      subset: 'time',
    });
  }
  if (opts.preferences && preferenceFiles.length && !interrupted) {
    await wtrPass({
      pass: 'preferences',
      timeZone: DEFAULT_ZONE,
      browsers,
      files: opts.files ? preferenceFiles : undefined,
      subset: 'preferences',
    });
  }
  if (opts.dev && mainFiles.length && browsers.includes('chromium') && !interrupted) {
    await wtrPass({
      pass: 'lit-dev',
      timeZone: DEFAULT_ZONE,
      browsers: ['chromium'],
      files,
      litMode: 'dev',
    });
  }
}

if (opts.node && !interrupted) await nodeTests();
if (opts.static && !interrupted) await sizeBudgets();

if (interrupted) await finishInterrupted();

// ---------------------------------------------------------------- summary

heading(`summary (${fmtMs(Date.now() - started)})`);
for (const s of steps) {
  const c = s.counts ? ` · ${s.counts.passed} passed, ${s.counts.failed} failed` : '';
  console.log(`${s.ok ? '✓' : '✗'} ${s.name}${c} · ${fmtMs(s.ms)}`);
}
for (const p of passes) {
  const per = Object.entries(p.browsers)
    .map(([b, c]) => `${b} ${c.passed}/${c.passed + c.failed}${c.ms ? ` ${fmtMs(c.ms)}` : ''}`)
    .join(', ');
  console.log(
    `${p.failed ? '✗' : '✓'} ${p.pass} (${p.timeZone}, Lit ${p.litMode}) · ` +
      `${p.passed} passed, ${p.failed} failed${p.skipped ? `, ${p.skipped} skipped` : ''}` +
      `${p.note ? ` (${p.note})` : ''} · ${fmtMs(p.ms)}${per ? ` · ${per}` : ''}`,
  );
}
if (totals.skipped) console.log(`(${totals.skipped} skipped)`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed ? 1 : 0;
