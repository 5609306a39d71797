// demo/lab-page.html, the lab page of SPEC §4: one script tag for the widgets, the board
// of its venues' deadlines (demo/lab-venues.json, imported from the ccfddl tracker)
// beside a countdown to its next submission (demo/osdi-2027.json, the same venue's
// entry of that collection). Opened in headless Chromium with the production bundles
// (built into a temporary directory, served at /dist/), today and at the page's `?now=`
// moments, whose rows are checked against instants worked out by hand below.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  axeViolations,
  buildLibrary,
  launchChromium,
  serve,
  settledWidgets,
  watchPage,
} from '../../scripts/headless.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DEMO = join(ROOT, 'demo');
const readJson = (name) => JSON.parse(readFileSync(join(DEMO, name), 'utf8'));
const dist = mkdtempSync(join(tmpdir(), 'conf-widgets-lab-page-'));

let server;
let browser;

before(async () => {
  await buildLibrary(dist);
  server = await serve(ROOT, { mounts: { '/dist/': dist } });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
});

/** What the board and the countdown show: each row's parts, sentence and times. */
function readPage() {
  const board = document.querySelector('conf-deadlines');
  const countdown = document.querySelector('conf-countdown');
  const rows = [...board.shadowRoot.querySelectorAll('[part~="row"]')].map((row) => ({
    part: row.getAttribute('part'),
    conference: row.querySelector('[part~="conference"]')?.textContent.trim(),
    label: row.querySelector('[part~="label"]')?.textContent.trim(),
    left: row.querySelector('[part~="left"]')?.getAttribute('datetime') ?? null,
    instants: [
      ...new Set(
        [...row.querySelectorAll('time')]
          .map((t) => t.getAttribute('datetime'))
          .filter((d) => !d.startsWith('P'))
          .map((d) => new Date(d).toISOString()),
      ),
    ],
  }));
  const remaining = countdown.shadowRoot.querySelector('[part~="remaining"]');
  return {
    rows,
    countdown: remaining?.getAttribute('datetime') ?? null,
    countdownText: countdown.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
    boardInMain: !!board.closest('main'),
    sidebarWidth: countdown.getBoundingClientRect().width,
    countdownFits: countdown.scrollWidth <= countdown.clientWidth,
    boardFits: board.scrollWidth <= board.clientWidth,
    note: document.getElementById('now-note').hidden
      ? null
      : document.getElementById('now-note').textContent,
    feed: board.shadowRoot.querySelector('[part~="subscribe"] input')?.value ?? null,
  };
}

/** Opens the page; resolves to what it shows and logged. Closes the page. */
async function visit(query = '', { width = 1200, scheme = 'light' } = {}) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width, height: 900 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    const log = watchPage(page);
    await page.goto(`${server.url}/demo/lab-page.html${query}`, { waitUntil: 'load' });
    const widgets = await settledWidgets(page);
    const shown = await page.evaluate(readPage);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    const violations = await axeViolations(page);
    return { log, widgets, shown, overflow, violations };
  } finally {
    await page.close();
  }
}

function assertClean({ log, widgets, overflow, violations, shown }) {
  assert.deepEqual(widgets.map((w) => `${w.tag}: ${w.state}`).sort(), [
    'conf-countdown: ready',
    'conf-deadlines: ready',
  ]);
  for (const w of widgets) assert.ok(w.height > 0 && w.text, `<${w.tag}> rendered something`);
  assert.deepEqual(log.errors, [], 'console errors');
  assert.deepEqual(log.warnings, [], 'console warnings');
  assert.deepEqual(log.failedRequests, [], 'failed requests');
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  assert.deepEqual(violations, [], 'axe violations');
  assert.ok(shown.boardInMain, 'the board is in the main column');
  assert.ok(shown.sidebarWidth <= 260, `the countdown is ${shown.sidebarWidth}px wide`);
  assert.ok(shown.countdownFits, 'the countdown fits its sidebar');
  assert.ok(shown.boardFits, 'the board fits its column');
}

test("one script tag for the widgets; now.js is the demo's own helper", () => {
  const html = readFileSync(join(DEMO, 'lab-page.html'), 'utf8');
  assert.deepEqual(
    [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]),
    ['<script type="module" src="now.js">', '<script type="module" src="../dist/conf-widgets.js">'],
  );
  assert.match(html, /<conf-deadlines src="lab-venues.json"/);
  assert.match(html, /<conf-countdown src="osdi-2027.json"/);
});

test('osdi-2027.json is the OSDI 2027 entry of the imported collection, unedited', () => {
  const entry = readJson('lab-venues.json').conferences.find(
    (c) => c.conference?.id === 'osdi2027',
  );
  const file = readJson('osdi-2027.json');
  assert.deepEqual(file.conference, entry.conference);
  assert.deepEqual(file.dates, entry.dates);
});

// Instants by hand: AoE is UTC−12, NSDI 2027 writes UTC−4, VLDB is Pacific time (PDT,
// UTC−7, until 2026-11-01; PST, UTC−8, after), OSDI 2027 is UTC.
test('as on 5 September 2026: the venues across AoE, UTC−4 and Pacific time, in order', async () => {
  const result = await visit('?now=2026-09-05T08:00:00Z');
  assertClean(result);
  const { rows, countdown, note, feed } = result.shown;
  assert.match(note, /frozen at September 5, 2026/);
  assert.deepEqual(
    rows.map((r) => [r.part, r.conference, r.label, r.instants.join()]),
    [
      // VLDB 2027 paper, 2026-09-01 17:00 PDT: passed four days ago (past="7")
      ['row past', 'VLDB 2027', 'Paper deadline', '2026-09-02T00:00:00.000Z'],
      // ASPLOS 2027, 2026-09-09 23:59:59 AoE
      [
        'row next',
        'ASPLOS 2027',
        'September Cycle Submission Deadline',
        '2026-09-10T11:59:59.000Z',
      ],
      // NSDI 2027, 2026-09-10 and 09-17 23:59:59 UTC−4
      ['row', 'NSDI 2027', 'Abstract deadline', '2026-09-11T03:59:59.000Z'],
      ['row', 'NSDI 2027', 'Paper deadline', '2026-09-18T03:59:59.000Z'],
      // EuroSys 2027 abstract and ICLR 2027 abstract, 09-17 and 09-18 23:59:59 AoE
      ['row', 'EuroSys 2027', 'Abstract deadline', '2026-09-18T11:59:59.000Z'],
      ['row', 'ICLR 2027', 'Abstract deadline', '2026-09-19T11:59:59.000Z'],
      // EuroSys 2027 paper, 09-24 AoE, before VLDB's 09-25 17:00 PDT, before ICLR's 09-25 AoE
      ['row', 'EuroSys 2027', 'Fall Submission Deadline', '2026-09-25T11:59:59.000Z'],
      ['row', 'VLDB 2027', 'Abstract deadline', '2026-09-26T00:00:00.000Z'],
    ],
  );
  // 2026-09-05T08:00Z → 2026-09-10T11:59:59Z: 5 days 3 hours (59 min 59 s not shown)
  assert.equal(rows[1].left, 'P5DT3H0M0S');
  assert.equal(rows[0].left, null, 'a passed row has no time left');
  // OSDI 2027 abstract, 2026-12-01 22:59:59 UTC: 26 + 31 + 30 days to 12-01 08:00, then 14:59:59
  assert.equal(countdown, 'P87DT14H59M0S');
  assert.equal(feed, `${server.url}/demo/lab-venues.ics`);
});

test('as on 28 November 2026: OSDI 2027 next, VLDB\'s Pacific "Dec 1" after OSDI\'s UTC one', async () => {
  const result = await visit('?now=2026-11-28T08:00:00Z');
  assertClean(result);
  const { rows, countdown } = result.shown;
  assert.equal(rows.length, 8, 'limit="8"');
  assert.deepEqual(
    rows.slice(0, 4).map((r) => [r.part, r.conference, r.label, r.instants.join(), r.left]),
    [
      // 2026-11-25 17:00 PST, within the last week
      ['row past', 'VLDB 2027', 'Abstract deadline', '2026-11-26T01:00:00.000Z', null],
      ['row next', 'OSDI 2027', 'Abstract deadline', '2026-12-01T22:59:59.000Z', 'P3DT14H0M0S'],
      // 2026-12-01 17:00 PST
      ['row', 'VLDB 2027', 'Paper deadline', '2026-12-02T01:00:00.000Z', 'P3DT17H0M0S'],
      ['row', 'OSDI 2027', 'Paper deadline', '2026-12-08T22:59:59.000Z', 'P10DT14H0M0S'],
    ],
  );
  assert.equal(countdown, 'P3DT14H59M0S');
});

test('as on 5 April 2026: VLDB and SOSP passed in the last week, ASPLOS next', async () => {
  const result = await visit('?now=2026-04-05T08:00:00Z');
  assertClean(result);
  assert.deepEqual(
    result.shown.rows.map((r) => [r.part, r.conference, r.label, r.instants.join()]),
    [
      // VLDB 2027 paper, 2026-04-01 17:00 PDT, before SOSP 2026's 2026-04-01 23:59:59 AoE
      ['row past', 'VLDB 2027', 'Paper deadline', '2026-04-02T00:00:00.000Z'],
      ['row past', 'SOSP 2026', 'Paper deadline', '2026-04-02T11:59:59.000Z'],
      // ASPLOS 2027, 2026-04-15 23:59:59 AoE, before NSDI 2027's 04-16 23:59:59 UTC−4
      ['row next', 'ASPLOS 2027', 'April Cycle Submission Deadline', '2026-04-16T11:59:59.000Z'],
      ['row', 'NSDI 2027', 'Abstract deadline', '2026-04-17T03:59:59.000Z'],
      ['row', 'NSDI 2027', 'Paper deadline', '2026-04-24T03:59:59.000Z'],
      // VLDB 2027, 04-25 and 05-01 17:00 PDT
      ['row', 'VLDB 2027', 'Abstract deadline', '2026-04-26T00:00:00.000Z'],
      ['row', 'VLDB 2027', 'Paper deadline', '2026-05-02T00:00:00.000Z'],
      // NeurIPS 2026 abstract, 2026-05-05 11:59 UTC
      ['row', 'NeurIPS 2026', 'Abstract deadline', '2026-05-05T11:59:00.000Z'],
    ],
  );
});

test('today, in both schemes and on a phone: every widget ready, nothing logged, axe clean', async () => {
  for (const scheme of ['light', 'dark']) assertClean(await visit('', { scheme }));
  assertClean(await visit('?now=2026-09-05T08:00:00Z', { width: 375, scheme: 'dark' }));
});
