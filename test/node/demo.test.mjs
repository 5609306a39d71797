// The demo pages in headless Chromium, loading the production bundles as a static
// server gives them after `npm run build` (built here into a temporary directory and
// served at /dist/): every widget ends `ready`, nothing is logged (errors or warnings),
// axe finds no violation of any of its rules (WCAG A/AA, best practices and the
// experimental ones) in the light and the dark scheme, nothing overflows a phone-sized window, and the
// pages still look right at a moment in 2022 (`?now=`). The pages carry a strict
// Content-Security-Policy, so a CSP violation would show up as a console error too.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  buildLibrary,
  launchChromium,
  serve,
  settledWidgets,
  watchPage,
} from '../../scripts/headless.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Every axe rule, not only the WCAG ones `axeViolations` runs: best practices (landmarks,
 * headings, regions) and the experimental rules too. Each violation as one line.
 */
async function axeAllRules(page) {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const { axe } = globalThis;
    const experimental = axe
      .getRules(['experimental'])
      .map((rule) => [rule.ruleId, { enabled: true }]);
    const result = await axe.run(document, {
      // frames are pages of their own (filtered-host.html's embed page: its axe run is in
      // test/node/embed.test.mjs); axe's messages to a sandboxed frame only log warnings
      iframes: false,
      rules: Object.fromEntries(experimental),
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
    }));
  });
  return violations.map((v) => `${v.id}: ${v.help} — ${v.targets.join(', ')}`);
}
const dist = mkdtempSync(join(tmpdir(), 'conf-widgets-demo-dist-'));

let server;
let browser;

before(async () => {
  await buildLibrary(dist);
  // Access-Control-Allow-Origin: filtered-host.html frames an embed page in a sandbox
  server = await serve(ROOT, {
    mounts: { '/dist/': dist },
    headers: { 'access-control-allow-origin': '*' },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
});

/** Opens a demo page; resolves to what it rendered and logged. Closes the page. */
async function visit(path, { width = 1200, scheme = 'light', inspect } = {}) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width, height: 900 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    const log = watchPage(page);
    await page.goto(`${server.url}/demo/${path}`, { waitUntil: 'load' });
    const widgets = await settledWidgets(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    const violations = await axeAllRules(page);
    const extra = inspect ? await inspect(page) : undefined;
    return { log, widgets, overflow, violations, extra };
  } finally {
    await page.close();
  }
}

function assertClean({ log, widgets, overflow, violations }, expectedTags) {
  assert.deepEqual(
    widgets.map((w) => `${w.tag}: ${w.state}`).filter((s) => !s.endsWith(': ready')),
    [],
    'widgets not ready',
  );
  for (const tag of expectedTags) {
    assert.ok(
      widgets.some((w) => w.tag === tag),
      `<${tag}> is on the page`,
    );
  }
  for (const w of widgets) assert.ok(w.height > 0 && w.text, `<${w.tag}> rendered something`);
  assert.deepEqual(log.errors, [], 'console errors');
  assert.deepEqual(log.warnings, [], 'console warnings');
  assert.deepEqual(log.failedRequests, [], 'failed requests');
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  assert.deepEqual(violations, [], 'axe violations');
}

const MLSYS_TAGS = [
  'conf-countdown',
  'conf-dates',
  'conf-committee',
  'conf-sponsors',
  'conf-topics',
];

test('index.html links every demo page and shows every widget', async () => {
  const result = await visit('index.html', {
    inspect: (page) =>
      page.evaluate(() => [...document.querySelectorAll('a')].map((a) => a.getAttribute('href'))),
  });
  assertClean(result, [...MLSYS_TAGS, 'conf-cfp']);
  for (const page of [
    'mlsys-2022.html',
    'workshop-2017.html',
    'lab-page.html',
    'filtered-host.html',
  ]) {
    assert.ok(result.extra.includes(page), `index links ${page}`);
  }
});

test('mlsys-2022.html today: every date past, no deadline left', async () => {
  const result = await visit('mlsys-2022.html', {
    inspect: (page) =>
      page.evaluate(() => {
        const dates = document.querySelector('conf-dates').shadowRoot;
        const countdown = document.querySelector('conf-countdown').shadowRoot;
        return {
          committees: [...document.querySelectorAll('conf-committee')].map((c) =>
            c.getAttribute('committee'),
          ),
          past: dates.querySelectorAll('[part~="past"]').length,
          all: dates.querySelectorAll('[part~="date"]').length,
          countdownText: countdown.textContent.replace(/\s+/g, ' ').trim(),
        };
      }),
  });
  assertClean(result, MLSYS_TAGS);
  assert.deepEqual(result.extra.committees, ['organizing', 'board', 'steering']);
  assert.ok(result.extra.all >= 10, 'every date is listed');
  assert.equal(result.extra.past, result.extra.all, 'every date is marked past');
  assert.match(result.extra.countdownText, /no deadlines left/i);
});

test('mlsys-2022.html as on 1 March 2022: counting down to the camera-ready deadline', async () => {
  const result = await visit('mlsys-2022.html?now=2022-03-01T00:00:00Z', {
    inspect: (page) =>
      page.evaluate(() => ({
        note: document.getElementById('now-note').hidden,
        countdown: document
          .querySelector('conf-countdown')
          .shadowRoot.querySelector('[part~="remaining"]')
          ?.getAttribute('datetime'),
        next: document
          .querySelector('conf-dates')
          .shadowRoot.querySelector('[part~="next"] [part~="label"]')
          ?.textContent.trim(),
      })),
  });
  assertClean(result, MLSYS_TAGS);
  assert.equal(result.extra.note, false, 'the page says it is frozen');
  // 2022-03-18T13:00 PDT = 20:00Z; from 2022-03-01T00:00Z that is 17 days 20 hours
  assert.equal(result.extra.countdown, 'P17DT20H0M0S');
  assert.equal(result.extra.next, 'Camera-ready deadline');
});

test('mlsys-2022.html: a pointer on "Add to calendar" loads the .ics writer, within the page\'s CSP', async () => {
  const result = await visit('mlsys-2022.html?now=2022-03-01T00:00:00Z', {
    inspect: async (page) => {
      await page.hover('conf-countdown >>> a[part="calendar"]');
      const link = await page.waitForFunction(
        () => {
          const a = document
            .querySelector('conf-countdown')
            .shadowRoot.querySelector('a[part="calendar"]');
          return a.href.length > 'data:text/calendar;charset=utf-8,'.length && a;
        },
        { timeout: 10_000 },
      );
      return link.evaluate((a) => ({
        download: a.getAttribute('download'),
        ics: decodeURIComponent(a.href.slice(a.href.indexOf(',') + 1)),
      }));
    },
  });
  assertClean(result, MLSYS_TAGS); // a CSP violation is a console error
  assert.equal(result.extra.download, 'mlsys-2022-camera-ready.ics');
  assert.match(result.extra.ics, /\r\nDTSTART:20220318T200000Z\r\n/);
});

test('mlsys-2022.html in dark mode and on a phone', async () => {
  assertClean(await visit('mlsys-2022.html', { scheme: 'dark' }), MLSYS_TAGS);
  assertClean(await visit('mlsys-2022.html?now=2022-06-25T00:00:00Z', { width: 375 }), MLSYS_TAGS);
});

test('workshop-2017.html: the call for papers and the committee with emails', async () => {
  const result = await visit('workshop-2017.html', {
    inspect: (page) =>
      page.evaluate(() => ({
        emails: document
          .querySelector('conf-committee')
          .shadowRoot.querySelectorAll('a[href^="mailto:"]').length,
        closed: !!document.querySelector('conf-cfp').shadowRoot.querySelector('[part~="closed"]'),
      })),
  });
  assertClean(result, ['conf-cfp', 'conf-committee']);
  assert.equal(result.extra.emails, 8, 'every organizer has an email link');
  assert.ok(result.extra.closed, 'submissions are marked closed');
});

test('workshop-2017.html five days before its deadline, on a phone', async () => {
  const result = await visit('workshop-2017.html?now=2017-10-15T12:00:00Z', {
    width: 375,
    inspect: (page) =>
      page.evaluate(() => ({
        closed: !!document.querySelector('conf-cfp').shadowRoot.querySelector('[part~="closed"]'),
      })),
  });
  assertClean(result, ['conf-cfp', 'conf-committee']);
  assert.equal(result.extra.closed, false, 'submissions are open');
});

test('lab-page.html: one script tag, the board in the main column, a countdown in a 260 px sidebar', async () => {
  const html = readFileSync(join(ROOT, 'demo', 'lab-page.html'), 'utf8');
  // now.js is the demo's own ?now= helper, not something a lab page needs.
  assert.deepEqual(
    [...html.matchAll(/<script\b[^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => !tag.includes('now.js')),
    ['<script type="module" src="../dist/conf-widgets.js">'],
  );
  const result = await visit('lab-page.html', {
    inspect: (page) =>
      page.evaluate(() => ({
        board: !!document.querySelector('main conf-deadlines'),
        sidebar: ['conf-countdown'].map((tag) => {
          const el = document.querySelector(`.sidebar ${tag}`);
          return {
            tag,
            width: el.getBoundingClientRect().width,
            fits: el.scrollWidth <= el.clientWidth,
          };
        }),
      })),
  });
  assertClean(result, ['conf-deadlines', 'conf-countdown']);
  assert.ok(result.extra.board, 'the board is in the main column');
  for (const { tag, width, fits } of result.extra.sidebar) {
    assert.ok(width <= 260, `<${tag}> is ${width}px wide`);
    assert.ok(fits, `<${tag}> fits its sidebar`);
  }
  assertClean(await visit('lab-page.html', { width: 375 }), ['conf-deadlines', 'conf-countdown']);
});

// Each page in both schemes, today and at a moment when its deadlines are counted down
// (the `?now=` note shown, AoE times and their explanation on screen).
const PAGES = [
  ['index.html', [...MLSYS_TAGS, 'conf-cfp']],
  ['index.html?now=2022-03-12T09:30:00Z', [...MLSYS_TAGS, 'conf-cfp']],
  ['mlsys-2022.html', MLSYS_TAGS],
  ['mlsys-2022.html?now=2022-06-25T00:00:00Z', MLSYS_TAGS],
  ['workshop-2017.html', ['conf-cfp', 'conf-committee']],
  ['workshop-2017.html?now=2017-10-15T12:00:00Z', ['conf-cfp', 'conf-committee']],
  ['lab-page.html', ['conf-deadlines', 'conf-countdown']],
  ['lab-page.html?now=2026-11-28T08:00:00Z', ['conf-deadlines', 'conf-countdown']],
  ['filtered-host.html', []],
];
for (const scheme of ['light', 'dark']) {
  test(`every demo page passes every axe rule in the ${scheme} scheme`, async () => {
    for (const [path, tags] of PAGES) {
      const result = await visit(path, { scheme });
      assert.deepEqual(result.violations, [], `${path}, ${scheme}: axe violations`);
      assertClean(result, tags);
    }
  });
}
