// The script-tag files in headless Chromium (built into a temporary directory): each
// imports one shared core chunk and works alone with <conf-data>; any combination of
// them on a page loads Lit and the core once and warns nothing; two copies of the
// library (the same build at two URLs, as two versions would be) keep working — the
// first definition wins, with one console.warn; the Temporal polyfill is a chunk only
// browsers without Temporal download; the .ics writer is a chunk loaded when a visitor
// uses a calendar link.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const work = mkdtempSync(join(tmpdir(), 'conf-widgets-bundles-'));
const dist = join(work, 'dist');
const pages = join(work, 'pages');

const ELEMENTS = {
  countdown: 'conf-countdown',
  dates: 'conf-dates',
  committee: 'conf-committee',
  sponsors: 'conf-sponsors',
  topics: 'conf-topics',
  cfp: 'conf-cfp',
};
const ALL_TAGS = ['conf-data', ...Object.values(ELEMENTS)];

let server;
let browser;

/** A test page: these module scripts, then this body. */
function writePage(name, scripts, body) {
  writeFileSync(
    join(pages, name),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
<link rel="icon" href="data:,">
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
</head><body>${body}</body></html>`,
  );
}

before(async () => {
  await buildLibrary(dist);
  mkdirSync(pages);
  server = await serve(ROOT, {
    mounts: { '/dist/': dist, '/copy-a/': dist, '/copy-b/': dist, '/pages/': pages },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Opens a test page; resolves to the widgets, the log, the requests and the defined tags. */
async function open(name, { withoutTemporal = false } = {}) {
  const page = await browser.newPage();
  try {
    const requests = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    if (withoutTemporal) await page.evaluateOnNewDocument(() => delete globalThis.Temporal);
    const log = watchPage(page);
    await page.goto(`${server.url}/pages/${name}`, { waitUntil: 'load' });
    const widgets = await settledWidgets(page);
    const defined = await page.evaluate(
      (tags) => tags.filter((tag) => customElements.get(tag)),
      ALL_TAGS,
    );
    const litCopies = await page.evaluate(() => globalThis.litElementVersions?.length ?? 0);
    return { widgets, log, requests, defined, litCopies };
  } finally {
    await page.close();
  }
}

const states = (widgets) => widgets.map((w) => `${w.tag}: ${w.state}`);

/** The relative modules a built file imports statically (minified ES). */
const staticImportsOf = (code) =>
  [
    ...code.matchAll(
      /(?:^|[;}\s])(?:import|export)\s*(?:[\w$,{}\s*]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
    ),
  ].map((m) => m[1]);

test('every script-tag file imports the one core chunk and nothing else; the lazy chunks import nothing; no chunk imports an entry', () => {
  const files = readdirSync(dist);
  const chunks = readdirSync(join(dist, 'chunks')).filter((f) => f.endsWith('.js'));
  const core = chunks.filter((f) => /^core-[\w-]+\.js$/.test(f));
  assert.equal(core.length, 1, `one core chunk: ${chunks.join(', ')}`);
  for (const name of ['conf-widgets', ...Object.keys(ELEMENTS)]) {
    assert.ok(files.includes(`${name}.js`), `dist/${name}.js`);
    const code = readFileSync(join(dist, `${name}.js`), 'utf8');
    assert.deepEqual(staticImportsOf(code), [`./chunks/${core[0]}`], `${name}.js imports`);
  }
  assert.ok(
    chunks.some((f) => /^temporal-polyfill-.*\.js$/.test(f)),
    'temporal-polyfill chunk',
  );
  assert.ok(
    chunks.some((f) => /^ics-.*\.js$/.test(f)),
    'the .ics writer, a chunk',
  );
  // A chunk importing an entry would load a second copy of it on a page that loaded
  // the entry under another URL (a query string, a CDN redirect); the lazy chunks are
  // leaves, and the core imports only what it loads lazily.
  for (const chunk of chunks) {
    const code = readFileSync(join(dist, 'chunks', chunk), 'utf8');
    assert.deepEqual(staticImportsOf(code), [], `chunks/${chunk} imports nothing statically`);
    for (const m of code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g))
      assert.match(m[1], /^\.\/[\w-]+\.js$/, `chunks/${chunk} loads a sibling chunk: ${m[1]}`);
  }
});

test('a real click on "Add to calendar" downloads the .ics, its writer loaded once, the bundle not loaded twice', async () => {
  writePage(
    'calendar.html',
    ['/dist/countdown.js?v=2'],
    `<conf-countdown src="/demo/mlsys-2022.json" date="camera-ready" now="2022-03-01T00:00:00Z"></conf-countdown>`,
  );
  const downloads = mkdtempSync(join(work, 'downloads-'));
  const page = await browser.newPage();
  try {
    const requests = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http')) requests.push(url.pathname + url.search);
    });
    const log = watchPage(page);
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await page.goto(`${server.url}/pages/calendar.html`, { waitUntil: 'load' });
    await settledWidgets(page);
    await page.click('conf-countdown >>> a[part="calendar"]');
    const file = join(downloads, 'mlsys-2022-camera-ready.ics');
    for (
      let waited = 0;
      !readdirSync(downloads).includes('mlsys-2022-camera-ready.ics');
      waited += 50
    ) {
      assert.ok(waited < 10_000, `no download after 10 s: ${readdirSync(downloads).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const ics = readFileSync(file, 'utf8');
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics, /\r\nSUMMARY:Camera-ready deadline \(MLSys 2022\)\r\n/);
    assert.equal(ics.match(/BEGIN:VEVENT/g)?.length, 1);
    assert.deepEqual(
      requests
        .filter((path) => path.startsWith('/dist/'))
        .map((path) => path.replace(/-[\w-]+\.js$/, '-….js')),
      ['/dist/countdown.js?v=2', '/dist/chunks/core-….js', '/dist/chunks/ics-….js'],
    );
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings, []);
  } finally {
    await page.close();
  }
});

for (const [bundle, tag] of Object.entries(ELEMENTS)) {
  test(`dist/${bundle}.js alone defines <${tag}> and <conf-data>, and nothing else`, async () => {
    const source = tag === 'conf-cfp' ? 'workshop-2017.json' : 'mlsys-2022.json';
    writePage(
      `${bundle}.html`,
      [`/dist/${bundle}.js`],
      `<conf-data src="/demo/${source}"><${tag} now="2022-03-01T00:00:00Z" time-zone="UTC"></${tag}></conf-data>`,
    );
    const { widgets, log, defined, requests } = await open(`${bundle}.html`);
    assert.deepEqual(
      states(widgets).filter((s) => s.startsWith(tag)),
      [`${tag}: ready`],
    );
    assert.ok(widgets.every((w) => w.state === 'ready' && w.text));
    assert.deepEqual(
      defined.sort(),
      ['conf-data', tag, ...(tag === 'conf-cfp' ? ['conf-countdown'] : [])].sort(),
    );
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings, []);
    assert.ok(
      !requests.some((path) => path.includes('temporal-polyfill')),
      'Chromium has Temporal: no polyfill download',
    );
  });
}

test('script files together (countdown.js, dates.js, conf-widgets.js, countdown.js?v=2): Lit and the core once, no warning, one fetch', async () => {
  writePage(
    'files-together.html',
    ['/dist/countdown.js', '/dist/dates.js', '/dist/conf-widgets.js', '/dist/countdown.js?v=2'],
    `<conf-data src="/demo/mlsys-2022.json">
       <conf-countdown now="2022-03-01T00:00:00Z" time-zone="UTC"></conf-countdown>
       <conf-dates now="2022-03-01T00:00:00Z" time-zone="UTC"></conf-dates>
       <conf-topics></conf-topics>
     </conf-data>
     <conf-topics src="/demo/mlsys-2022.json"></conf-topics>`,
  );
  const { widgets, log, defined, requests, litCopies } = await open('files-together.html');
  assert.deepEqual(states(widgets), [
    'conf-countdown: ready',
    'conf-dates: ready',
    'conf-topics: ready',
    'conf-topics: ready',
  ]);
  assert.deepEqual(defined.sort(), [...ALL_TAGS].sort());
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.warnings, []);
  assert.equal(litCopies, 1, 'globalThis.litElementVersions.length');
  assert.equal(requests.filter((path) => path.startsWith('/dist/chunks/core-')).length, 1);
  assert.equal(requests.filter((path) => path === '/demo/mlsys-2022.json').length, 1);
});

test('two copies of the library on a page: the first definition wins, with one warning', async () => {
  // The same build at two URLs is two module graphs, as two versions would be.
  writePage(
    'two-copies.html',
    ['/copy-a/countdown.js', '/copy-b/conf-widgets.js'],
    `<conf-data src="/demo/mlsys-2022.json">
       <conf-countdown now="2022-03-01T00:00:00Z" time-zone="UTC"></conf-countdown>
       <conf-dates now="2022-03-01T00:00:00Z" time-zone="UTC"></conf-dates>
     </conf-data>
     <conf-topics src="/demo/mlsys-2022.json"></conf-topics>`,
  );
  const { widgets, log, defined, requests } = await open('two-copies.html');
  assert.ok(requests.includes('/copy-a/countdown.js'));
  assert.ok(requests.includes('/copy-b/conf-widgets.js'));
  assert.deepEqual(states(widgets), [
    'conf-countdown: ready',
    'conf-dates: ready',
    'conf-topics: ready',
  ]);
  assert.deepEqual(defined.sort(), [...ALL_TAGS].sort());
  assert.deepEqual(log.errors, []);
  assert.equal(log.warnings.length, 1, `one warning: ${log.warnings.join(' | ')}`);
  assert.match(log.warnings[0], /already defined/);
});

test('without Temporal the polyfill chunk is loaded, and the widgets still work', async () => {
  writePage(
    'no-temporal.html',
    ['/dist/conf-widgets.js'],
    `<conf-data src="/demo/mlsys-2022.json">
       <conf-countdown now="2022-03-01T00:00:00Z" time-zone="America/Los_Angeles"></conf-countdown>
       <conf-dates now="2022-03-01T00:00:00Z" time-zone="Asia/Kolkata"></conf-dates>
     </conf-data>`,
  );
  const { widgets, log, requests } = await open('no-temporal.html', { withoutTemporal: true });
  assert.deepEqual(states(widgets), ['conf-countdown: ready', 'conf-dates: ready']);
  assert.ok(
    requests.some((path) => path.includes('temporal-polyfill')),
    'the polyfill chunk was downloaded',
  );
  assert.deepEqual(log.errors, []);
});

test('without Temporal, bundles that show no times never download the polyfill', async () => {
  for (const [bundle, tag] of Object.entries(ELEMENTS)) {
    if (!['committee', 'sponsors', 'topics'].includes(bundle)) continue;
    writePage(
      `${bundle}-no-temporal.html`,
      [`/dist/${bundle}.js`],
      `<${tag} src="/demo/mlsys-2022.json"></${tag}>`,
    );
    const { widgets, log, requests } = await open(`${bundle}-no-temporal.html`, {
      withoutTemporal: true,
    });
    assert.deepEqual(states(widgets), [`${tag}: ready`]);
    assert.deepEqual(log.errors, []);
    assert.ok(
      !requests.some((path) => path.includes('temporal-polyfill')),
      `${bundle}.js: no polyfill download`,
    );
  }
});
