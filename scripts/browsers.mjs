// The three engines of the test run (Debian's packages, never a test tool's download),
// their launchers for @web/test-runner, and the bookkeeping that makes sure every
// process a run starts is stopped again (by its pid), also when the run is killed.
//
// Every browser / driver process is started in its own process group and recorded in
// .test-results/pids/<pid>.json together with the pid of the runner that owns it.
// Launchers remove their record when they stop the process; reapOrphans() (called by
// scripts/test.mjs after every pass and on Ctrl-C) kills the groups whose owner is gone.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const PID_DIR = join(ROOT, '.test-results', 'pids');

export const BINARIES = {
  chromium: '/usr/bin/chromium',
  firefox: '/usr/bin/firefox-esr',
  webkit: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  webkitDriver: '/usr/bin/WebKitWebDriver',
  xvfbRun: '/usr/bin/xvfb-run',
};

/** Debian package providing each binary. */
const PACKAGES = {
  chromium: 'chromium',
  firefox: 'firefox-esr',
  webkit: 'webkit2gtk-driver',
  webkitDriver: 'webkit2gtk-driver',
  xvfbRun: 'xvfb',
};

export const APT_INSTALL =
  'apt-get update && apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb';

/** Binaries (of the given engines) that are missing, with the package providing each. */
export function missingBinaries(browsers = ['chromium', 'firefox', 'webkit']) {
  const keys = [...browsers];
  if (browsers.includes('webkit')) keys.push('webkitDriver', 'xvfbRun');
  return keys
    .filter((k) => !existsSync(BINARIES[k]))
    .map((k) => ({ key: k, path: BINARIES[k], pkg: PACKAGES[k] }));
}

/** Chromium's flags everywhere we launch it (tests, demo checks, benchmark, screenshots). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=en-US',
];

/**
 * Environment of a launched browser: the pinned zone in TZ, and en_US as the locale so
 * `navigator.language` is en-US in every engine (WebKitGTK takes it from LANG; the
 * locale need not be installed for that, and Chromium and Firefox get it by flag/pref).
 */
function browserEnv(timeZone, preferences = NO_PREFERENCES) {
  const env = { ...process.env, TZ: timeZone, LANG: 'en_US.UTF-8' };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  delete env.LANGUAGE;
  if (preferences.reducedMotion || preferences.dark) env.XDG_CONFIG_HOME = gtkSettings(preferences);
  if (preferences.dark) env.GTK_THEME = 'Adwaita:dark';
  return env;
}

/**
 * The user's preferences a browser starts with, as an operating system would give
 * them: `prefers-reduced-motion: reduce` and `prefers-color-scheme: dark`. For the test
 * pass that checks the widgets under them in every engine (Chromium could emulate them
 * per page; Firefox over WebDriver BiDi and the WebKit driver cannot).
 */
export const NO_PREFERENCES = Object.freeze({ reducedMotion: false, dark: false });

/**
 * WebKitGTK takes both preferences from GTK's settings: a settings.ini in a config
 * directory of its own (XDG_CONFIG_HOME). Returns that directory.
 */
function gtkSettings({ reducedMotion, dark }) {
  const dir = join(
    tmpdir(),
    `conf-widgets-gtk-${reducedMotion ? 'still' : 'moving'}-${dark ? 'dark' : 'light'}`,
  );
  mkdirSync(join(dir, 'gtk-3.0'), { recursive: true });
  writeFileSync(
    join(dir, 'gtk-3.0', 'settings.ini'),
    `[Settings]\ngtk-enable-animations=${reducedMotion ? 0 : 1}\ngtk-application-prefer-dark-theme=${dark ? 1 : 0}\n`,
  );
  return dir;
}

// ---------------------------------------------------------------- pid bookkeeping

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** The command line of a process, or only its program (argv[0]) with `program`. */
function cmdline(pid, program = false) {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return program ? argv[0] : argv.join(' ');
  } catch {
    return '';
  }
}

/**
 * Live processes of process group `pgid` whose command line (or with `program`, its
 * argv[0]) contains one of `match` (so a reused group id is never touched).
 */
function groupMembers(pgid, match, program = false) {
  const pids = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // pid (comm) state ppid pgrp …  — comm may contain spaces and parentheses
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) !== pgid || fields[0] === 'Z') continue;
    const cmd = cmdline(Number(entry), program);
    if (match.some((m) => cmd.includes(m))) pids.push(Number(entry));
  }
  return pids;
}

function signal(pids, sig) {
  for (const pid of pids) {
    try {
      process.kill(pid, sig);
    } catch {
      // gone already
    }
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitGone(pgid, match, ms) {
  const until = Date.now() + ms;
  while (groupMembers(pgid, match).length && Date.now() < until) await sleep(50);
  return groupMembers(pgid, match).length === 0;
}

/**
 * Stops what a record describes: first the programs named in `rec.first` (for the
 * WebKit driver: WebKitWebDriver and MiniBrowser, so that xvfb-run notices, stops its
 * Xvfb and removes its temp directory itself), then SIGTERM to every member of the
 * group, then SIGKILL to what is left.
 */
async function stopRecord(rec, graceMs = 3000) {
  if (rec.first?.length) {
    signal(groupMembers(rec.pid, rec.first, true), 'SIGTERM');
    await waitGone(rec.pid, rec.match, graceMs);
  }
  signal(groupMembers(rec.pid, rec.match), 'SIGTERM');
  if (!(await waitGone(rec.pid, rec.match, 1000))) {
    signal(groupMembers(rec.pid, rec.match), 'SIGKILL');
    await waitGone(rec.pid, rec.match, 1000);
  }
  forget(rec.pid);
}

/**
 * Synchronous last resort (process 'exit'): SIGTERM, in the same order; the record stays
 * for reapOrphans() if anything was still running.
 */
function stopRecordNow(rec) {
  if (!groupMembers(rec.pid, rec.match).length) return forget(rec.pid);
  if (rec.first?.length) signal(groupMembers(rec.pid, rec.first, true), 'SIGTERM');
  else signal(groupMembers(rec.pid, rec.match), 'SIGTERM');
}

const liveRecords = new Map();
let exitHookInstalled = false;

function record(rec) {
  const full = { ...rec, owner: process.pid, started: new Date().toISOString() };
  mkdirSync(PID_DIR, { recursive: true });
  writeFileSync(join(PID_DIR, `${rec.pid}.json`), JSON.stringify(full));
  liveRecords.set(rec.pid, full);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // the runner may call process.exit() before a launcher's stop() has finished
    process.on('exit', () => {
      for (const r of liveRecords.values()) stopRecordNow(r);
    });
  }
  return full;
}

function forget(pid) {
  liveRecords.delete(pid);
  rmSync(join(PID_DIR, `${pid}.json`), { force: true });
}

/**
 * Stops every recorded process group whose owning runner is not alive any more (never
 * those of a run still going, e.g. someone's watch mode). Returns what it stopped.
 */
export async function reapOrphans() {
  if (!existsSync(PID_DIR)) return [];
  const reaped = [];
  for (const file of readdirSync(PID_DIR)) {
    let rec;
    try {
      rec = JSON.parse(readFileSync(join(PID_DIR, file), 'utf8'));
    } catch {
      rmSync(join(PID_DIR, file), { force: true });
      continue;
    }
    if (processAlive(rec.owner)) continue;
    if (groupMembers(rec.pid, rec.match).length) {
      await stopRecord(rec, 1500);
      reaped.push(`${rec.what} (process group ${rec.pid})`);
    }
    forget(rec.pid);
  }
  return reaped;
}

// ---------------------------------------------------------------- Chromium and Firefox

/**
 * puppeteer-core with its launch() wrapped so the browser's pid is recorded while it
 * runs. (Puppeteer starts the browser detached, as the leader of its own group.)
 */
async function trackedPuppeteer(what) {
  const puppeteer = await import('puppeteer-core');
  return {
    async launch(options) {
      const browser = await puppeteer.launch(options);
      const pid = browser.process()?.pid;
      if (pid) {
        record({ pid, what, match: [what] });
        browser.once('disconnected', () => {
          // puppeteer kills the group itself; wait for that before forgetting it
          setTimeout(() => {
            if (!groupMembers(pid, [what]).length) forget(pid);
          }, 2000).unref();
        });
      }
      return browser;
    },
  };
}

export async function chromiumLauncher({ timeZone, preferences = NO_PREFERENCES }) {
  const { chromeLauncher } = await import('@web/test-runner-chrome');
  return chromeLauncher({
    puppeteer: await trackedPuppeteer('chromium'),
    launchOptions: {
      executablePath: BINARIES.chromium,
      headless: true,
      args: [
        ...CHROMIUM_ARGS,
        ...(preferences.reducedMotion ? ['--force-prefers-reduced-motion'] : []),
        ...(preferences.dark ? ['--force-dark-mode'] : []),
      ],
      env: browserEnv(timeZone),
    },
  });
}

export async function firefoxLauncher({ timeZone, preferences = NO_PREFERENCES }) {
  const { chromeLauncher } = await import('@web/test-runner-chrome');
  return chromeLauncher({
    puppeteer: await trackedPuppeteer('firefox'),
    launchOptions: {
      browser: 'firefox',
      executablePath: BINARIES.firefox,
      headless: true,
      env: browserEnv(timeZone),
      extraPrefsFirefox: {
        'intl.accept_languages': 'en-US',
        'intl.locale.requested': 'en-US',
        ...(preferences.reducedMotion ? { 'ui.prefersReducedMotion': 1 } : {}),
        // 0: pages see a dark scheme
        ...(preferences.dark ? { 'layout.css.prefers-color-scheme.content-override': 0 } : {}),
      },
    },
  });
}

// ---------------------------------------------------------------- WebKitGTK

/** A TCP port that was free a moment ago (the driver start is retried if it is taken). */
function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

/**
 * Starts `xvfb-run -a WebKitWebDriver --port=N` (MiniBrowser has no headless mode) in a
 * process group of its own with TZ set, waits until its /status answers, and returns
 * { port, pid, stop() }.
 */
export async function startWebKitDriver({
  timeZone,
  preferences = NO_PREFERENCES,
  timeoutMs = 20000,
}) {
  let lastError;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    const child = spawn(
      BINARIES.xvfbRun,
      ['-a', BINARIES.webkitDriver, `--port=${port}`, '--host=127.0.0.1'],
      {
        detached: true,
        env: browserEnv(timeZone, preferences),
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    let exited = false;
    child.on('exit', () => (exited = true));
    await new Promise((r) => child.once('spawn', r).once('error', r));
    if (!child.pid) {
      throw new Error(`could not start ${BINARIES.xvfbRun}`);
    }
    const pid = child.pid;
    const rec = record({
      pid,
      what: 'xvfb-run WebKitWebDriver',
      match: ['xvfb-run', 'Xvfb', 'WebKit', 'MiniBrowser'],
      first: ['WebKitWebDriver', 'MiniBrowser', 'WebKitWebProcess', 'WebKitNetworkProcess'],
    });
    const stop = () => stopRecord(rec);
    const until = Date.now() + timeoutMs;
    while (!exited && Date.now() < until) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/status`, {
          signal: AbortSignal.timeout(1000),
        });
        if (res.ok) return { port, pid, stop };
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    await stop();
    lastError = new Error(
      `${BINARIES.xvfbRun} -a ${BINARIES.webkitDriver} --port=${port} ` +
        (exited ? 'exited before answering' : `did not answer within ${timeoutMs} ms`) +
        (stderr.trim() ? `:\n${stderr.trim()}` : ''),
    );
  }
  throw lastError;
}

/**
 * A @web/test-runner-webdriver launcher that starts its own WebKitWebDriver (under
 * xvfb-run) in initialize() and stops it in stop().
 */
export async function webkitLauncher({ timeZone, preferences = NO_PREFERENCES }) {
  const { WebdriverLauncher } = await import('@web/test-runner-webdriver');

  class WebKitLauncher extends WebdriverLauncher {
    constructor() {
      super({
        hostname: '127.0.0.1',
        port: 0,
        logLevel: 'error',
        connectionRetryTimeout: 60000,
        connectionRetryCount: 1,
        capabilities: {
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: BINARIES.webkit, args: ['--automation'] },
        },
      });
    }

    async initialize(config, testFiles) {
      if (!this.webkitDriver) {
        this.webkitDriver = await startWebKitDriver({ timeZone, preferences });
        this.options.port = this.webkitDriver.port;
      }
      await super.initialize(config, testFiles);
      this.name = 'WebKit';
    }

    async stop() {
      try {
        // ends the WebDriver session (closes MiniBrowser) unless the browser hangs
        await Promise.race([super.stop(), sleep(5000)]);
      } finally {
        const driver = this.webkitDriver;
        this.webkitDriver = undefined;
        await driver?.stop();
      }
    }
  }

  return new WebKitLauncher();
}

/**
 * Launchers for the named engines, every browser process running in `timeZone`, with
 * the user's `preferences` (NO_PREFERENCES: neither).
 */
export async function launchersFor(browsers, { timeZone, preferences = NO_PREFERENCES }) {
  const factories = {
    chromium: chromiumLauncher,
    firefox: firefoxLauncher,
    webkit: webkitLauncher,
  };
  return Promise.all(browsers.map((b) => factories[b]({ timeZone, preferences })));
}
