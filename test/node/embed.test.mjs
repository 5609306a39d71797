// `conf-widgets embed` end to end (SPEC §6): the library and the CLI built into a
// temporary directory, the command run on demo/mlsys-2022.json, its folder served on
// one origin (B) with `Access-Control-Allow-Origin: *` as GitHub Pages serves it, and
// a host page on another origin (A) framing an embed page with the sandbox WordPress
// and our snippet give it. Headless Chromium: the parent hears the height (ours and
// WordPress's secret protocol) and hears it again when the frame narrows; the widget
// takes `time-zone` from the query but never `src` (no request to the URL named);
// links open a new tab; the files, the snippets, the oEmbed JSON and its discovery
// link; an invalid file prints what `validate` prints, exits 1 and writes nothing.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../../scripts/build-cli.mjs';
import {
  axeViolations,
  buildLibrary,
  launchChromium,
  serve,
  settledWidgets,
  watchPage,
} from '../../scripts/headless.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const work = mkdtempSync(join(tmpdir(), 'conf-widgets-embed-'));
const dist = join(work, 'dist');
const out = join(work, 'out');
const host = join(work, 'host');

// what demo/mlsys-2022.json has data for: no call for papers, so no cfp page
const ELEMENTS = ['countdown', 'dates', 'committee', 'sponsors', 'topics', 'deadlines'];
const SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

/**
 * The CLI built into `dist`, run in the repository as bin/conf-widgets.js runs
 * dist/cli.js (the bundle exports `run`; `embed` takes the script files from beside it).
 */
const cli = (...args) =>
  spawnSync(process.execPath, [join(dist, 'run.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });

let embed; // the run of `embed` on demo/mlsys-2022.json
let folder; // origin B: the folder embed wrote
let parent; // origin A: the host page (and an evil.json of its own)
const requestsB = [];
const requestsA = [];
let browser;

before(
  async () => {
    await buildLibrary(dist);
    await buildCli({ outfile: join(dist, 'cli.js') });
    writeFileSync(join(dist, 'run.mjs'), "import { run } from './cli.js';\nawait run();\n");
    folder = await serve(out, {
      headers: { 'access-control-allow-origin': '*' },
      onRequest: (url) => requestsB.push(url),
    });
    parent = await serve(host, { onRequest: (url) => requestsA.push(url) });
    embed = cli('embed', 'demo/mlsys-2022.json', '--base-url', `${folder.url}/`, '--out', out);
    mkdirSync(host);
    writeFileSync(
      join(host, 'evil.json'),
      JSON.stringify({ conference: { name: 'Not your conference', timeZone: 'UTC' } }),
    );
    browser = await launchChromium();
  },
  { timeout: 300_000 },
);

after(async () => {
  await browser?.close();
  await folder?.close();
  await parent?.close();
  rmSync(work, { recursive: true, force: true });
});

/**
 * A page on origin A that frames `src` (on origin B) in the sandbox and records every
 * message: `window.messages`, `{ fromFrame, origin, data }` each.
 */
function hostPage(name, src, { width = 600, sandbox = SANDBOX } = {}) {
  writeFileSync(
    join(host, name),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host page</title>
<link rel="icon" href="data:,">
<script>
  window.messages = [];
  addEventListener('message', (event) =>
    messages.push({
      fromFrame: event.source === document.querySelector('iframe').contentWindow,
      origin: event.origin,
      data: event.data,
    }),
  );
</script>
</head><body><main><h1>A post</h1>
<iframe title="Embedded widget" width="${width}" height="300" sandbox="${sandbox}" src="${src}"></iframe>
</main></body></html>`,
  );
}

/** Opens a host page; resolves to `{ page, frame, log }` once the frame's widget is not loading. */
async function openHost(name, tag) {
  const page = await browser.newPage();
  const log = watchPage(page);
  await page.setViewport({ width: 1000, height: 900 });
  await page.goto(`${parent.url}/${name}`, { waitUntil: 'load' });
  const frameHandle = await page.waitForSelector('iframe');
  const frame = await frameHandle.contentFrame();
  await frame.waitForFunction(
    (tag) => {
      const state = document.querySelector(tag)?.getAttribute('state');
      return state === 'ready' || state === 'error';
    },
    { timeout: 10_000, polling: 50 },
    tag,
  );
  return { page, frame, log };
}

/** Waits until the host page has a message that `test` (run in the page) accepts. */
const waitForMessage = (page, test, ...args) =>
  page.waitForFunction(
    (source, ...args) =>
      window.messages.some((m) => new Function(`return ${source}`)()(m, ...args)),
    { timeout: 10_000, polling: 50 },
    test.toString(),
    ...args,
  );

test('embed writes the script files, the data file, embed.js and a page and an oEmbed JSON per element; the snippets on stdout', () => {
  assert.equal(embed.status, 0, embed.stderr);
  const files = readdirSync(out).sort();
  for (const name of ELEMENTS) {
    assert.ok(files.includes(`${name}.html`), `${name}.html`);
    assert.ok(files.includes(`${name}.oembed.json`), `${name}.oembed.json`);
  }
  for (const file of ['conf-widgets.js', 'embed.js', 'mlsys-2022.json', 'chunks'])
    assert.ok(files.includes(file), file);
  // every chunk the library build made, so the pages need nothing from elsewhere
  assert.deepEqual(
    readdirSync(join(out, 'chunks')).sort(),
    readdirSync(join(dist, 'chunks')).sort(),
  );
  assert.ok(readdirSync(join(out, 'chunks')).some((file) => /^core-[\w-]+\.js$/.test(file)));
  assert.equal(
    readFileSync(join(out, 'conf-widgets.js'), 'utf8'),
    readFileSync(join(dist, 'conf-widgets.js'), 'utf8'),
  );
  assert.deepEqual(
    JSON.parse(readFileSync(join(out, 'mlsys-2022.json'), 'utf8')),
    JSON.parse(readFileSync(join(ROOT, 'demo/mlsys-2022.json'), 'utf8')),
  );
  // stdout: per element a comment naming the page, then its snippet; nothing else
  const snippets = [
    ...embed.stdout.matchAll(/<!-- (\w+): (\S+) -->\n(<blockquote>.*?<\/iframe>)\n/g),
  ];
  assert.deepEqual(
    snippets.map((m) => m[1]),
    ELEMENTS,
  );
  assert.equal(snippets.map((m) => m[0]).join('\n'), embed.stdout.trimEnd() + '\n');
  for (const [, name, url, html] of snippets) {
    assert.equal(url, `${folder.url}/${name}.html`);
    assert.match(html, new RegExp(`<iframe [^>]*src="${url}"`));
    assert.match(html, new RegExp(`<iframe [^>]*sandbox="${SANDBOX}[^"]*"`));
    assert.match(html, /<iframe [^>]*title="MLSys 2022: [^"]+"/);
    assert.equal(
      html,
      JSON.parse(readFileSync(join(out, `${name}.oembed.json`), 'utf8')).html,
      'the snippet is the oEmbed html',
    );
  }
  assert.match(embed.stderr, /6 embed pages/);
  assert.ok(!files.includes('cfp.html'), 'no page for data the file does not have');
});

test('--element: only the pages asked for; one the file has no data for is refused, nothing written', () => {
  const dir = join(work, 'cfp');
  const run = cli(
    'embed',
    'demo/workshop-2017.json',
    '--base-url',
    'https://example.org/cfp/',
    '--out',
    dir,
    '--element',
    'cfp',
  );
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(
    readdirSync(dir)
      .filter((file) => /\.(html|oembed\.json)$/.test(file))
      .sort(),
    ['cfp.html', 'cfp.oembed.json'],
  );
  assert.match(run.stdout, /^<!-- cfp: https:\/\/example\.org\/cfp\/cfp\.html -->\n<blockquote>/);
  assert.equal(
    JSON.parse(readFileSync(join(dir, 'cfp.oembed.json'), 'utf8')).title,
    'ML Systems Workshop @ NIPS 2017: call for papers',
  );

  const none = join(work, 'none');
  const refused = cli(
    'embed',
    'demo/mlsys-2022.json',
    '--base-url',
    'https://example.org/',
    '--out',
    none,
    '--element',
    'cfp',
  );
  assert.equal(refused.status, 2);
  assert.match(
    refused.stderr,
    /--element cfp: one of countdown, dates, committee, sponsors, topics, deadlines/,
  );
  assert.ok(!existsSync(none));
});

test("the oEmbed JSON of each page (version 1.0, rich, title, provider, html with a <blockquote> link and the sandboxed <iframe>, width, height) and the page's discovery link to it", () => {
  for (const name of ELEMENTS) {
    const url = `${folder.url}/${name}.html`;
    const oembed = JSON.parse(readFileSync(join(out, `${name}.oembed.json`), 'utf8'));
    assert.equal(oembed.version, '1.0');
    assert.equal(oembed.type, 'rich');
    assert.match(oembed.title, /^MLSys 2022: \S/);
    assert.equal(oembed.provider_name, 'MLSys 2022');
    assert.ok(Number.isInteger(oembed.width) && oembed.width > 0, `${name} width`);
    assert.ok(Number.isInteger(oembed.height) && oembed.height > 0, `${name} height`);
    // WordPress keeps a fallback only from a bare <blockquote> that comes first, then
    // the <iframe> (wp_filter_oembed_result's pattern), and shows the link until the
    // frame speaks.
    const wordpress = /^(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(
      oembed.html,
    );
    assert.ok(wordpress?.[1], `${name}: a bare <blockquote> first`);
    assert.ok(wordpress[1].includes(`<a href="${url}">`), `${name}: the blockquote links the page`);
    const iframe = wordpress[2];
    assert.ok(iframe.includes(` src="${url}"`), `${name}: iframe src`);
    assert.match(iframe, new RegExp(` sandbox="${SANDBOX}( [\\w-]+)*"`));
    assert.ok(iframe.includes(` width="${oembed.width}" height="${oembed.height}"`));
    assert.ok(iframe.includes(` title="${oembed.title}"`));

    const page = readFileSync(join(out, `${name}.html`), 'utf8');
    const links = [
      ...page.matchAll(/<link rel="alternate" type="application\/json\+oembed"[^>]*>/g),
    ];
    assert.equal(links.length, 1, `${name}.html: one oEmbed link`);
    assert.ok(links[0][0].includes(` href="${folder.url}/${name}.oembed.json"`), links[0][0]);
    assert.match(page, new RegExp(`<conf-${name} src="mlsys-2022.json"`));
  }
});

test('an invalid file: embed prints what validate prints, exits 1 and writes no folder', () => {
  const validate = cli('validate', 'test/fixtures/invalid.json');
  assert.equal(validate.status, 1);
  const bad = join(work, 'bad');
  const run = cli(
    'embed',
    'test/fixtures/invalid.json',
    '--base-url',
    `${folder.url}/`,
    '--out',
    bad,
  );
  assert.equal(run.status, 1);
  assert.equal(run.stdout, '');
  const report = (validate.stdout + validate.stderr).trim();
  assert.ok(report.includes('conference.name'), report);
  assert.ok(
    run.stderr.startsWith(report),
    `embed's stderr:\n${run.stderr}\nvalidate's:\n${report}`,
  );
  assert.ok(!existsSync(bad), 'no folder written');
});

test('in a sandboxed frame on another origin: the height to the parent (ours and WordPress’s), time-zone from the query, src never, the height again when the frame narrows', async () => {
  const evil = `${parent.url}/evil.json`;
  hostPage(
    'countdown.html',
    `${folder.url}/countdown.html?time-zone=UTC&date=camera-ready&src=${evil}#?secret=abc123`,
  );
  requestsA.length = requestsB.length = 0;
  const { page, frame, log } = await openHost('countdown.html', 'conf-countdown');
  try {
    await waitForMessage(page, (m) => m.data?.type === 'conf-widgets:height');
    await waitForMessage(page, (m) => m.data?.message === 'height');
    const widget = await frame.evaluate(() => {
      const el = document.querySelector('conf-countdown');
      return {
        state: el.getAttribute('state'),
        src: el.getAttribute('src'),
        timeZone: el.getAttribute('time-zone'),
        times: [...el.shadowRoot.querySelectorAll('time[datetime]')].map((t) => t.dateTime),
        text: el.shadowRoot.textContent.replace(/\s+/g, ' '),
        origin: self.origin,
      };
    });
    assert.equal(widget.state, 'ready');
    assert.equal(widget.src, 'mlsys-2022.json');
    assert.equal(widget.timeZone, 'UTC');
    assert.equal(widget.origin, 'null', 'the sandbox gives the frame an opaque origin');
    assert.ok(!widget.text.includes('Not your conference'));
    // date=camera-ready from the query: 2022-03-18T13:00 in Los Angeles (PDT since
    // March 13, UTC−7) is 20:00 UTC, shown in the data's zone and in the zone of the query
    assert.match(widget.text, /Camera-ready deadline/);
    assert.deepEqual(widget.times, ['2022-03-18T20:00:00Z', '2022-03-18T20:00:00Z']);
    assert.match(widget.text, /1:00 PM PDT/);
    assert.match(widget.text, /Mar 18, 8:00 PM UTC/);

    const messages = await page.evaluate(() => window.messages);
    assert.ok(messages.length > 0 && messages.every((m) => m.fromFrame && m.origin === 'null'));
    const ours = messages.filter((m) => m.data?.type === 'conf-widgets:height');
    const wordpress = messages.filter((m) => m.data?.message === 'height');
    assert.ok(
      ours.length >= 1 && ours.every((m) => Number.isInteger(m.data.height) && m.data.height > 0),
    );
    assert.ok(wordpress.length >= 1);
    for (const m of wordpress) {
      assert.deepEqual(Object.keys(m.data).sort(), ['message', 'secret', 'value']);
      assert.equal(m.data.secret, 'abc123');
      assert.ok(Number.isInteger(m.data.value) && m.data.value > 0);
    }
    // the last height is the page's own height now
    const height = await frame.evaluate(() =>
      Math.ceil(document.documentElement.getBoundingClientRect().height),
    );
    assert.equal(ours.at(-1).data.height, height);
    assert.equal(wordpress.at(-1).data.value, height);

    assert.deepEqual(
      requestsA.filter((url) => url.includes('evil')),
      [],
      'no request for the data file named in the URL',
    );
    assert.ok(
      requestsB.some((url) => url === '/mlsys-2022.json'),
      requestsB.join(' '),
    );
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.failedRequests, []);

    // WordPress's script says 'ready' when it has loaded (maybe after the frame spoke):
    // the frame answers with its height again, to its secret only
    const heights = () =>
      page.evaluate(() =>
        window.messages.filter((m) => m.data?.message === 'height').map((m) => m.data.value),
      );
    const told = await heights();
    await page.$eval('iframe', (iframe) => {
      iframe.contentWindow.postMessage({ message: 'ready', secret: 'wrong' }, '*');
      iframe.contentWindow.postMessage({ message: 'ready', secret: 'abc123' }, '*');
    });
    await page.waitForFunction(
      (count) => window.messages.filter((m) => m.data?.message === 'height').length > count,
      { timeout: 10_000, polling: 50 },
      told.length,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.deepEqual(await heights(), [...told, height], 'one answer, to the right secret');

    // narrower: the content wraps, the page grows, the parent hears the new height
    const before = (await page.evaluate(() => window.messages)).filter(
      (m) => m.data?.type === 'conf-widgets:height',
    ).length;
    await page.$eval('iframe', (iframe) => (iframe.width = '260'));
    await waitForMessage(
      page,
      (m, old) => m.data?.type === 'conf-widgets:height' && m.data.height > old,
      height,
    );
    const after = await page.evaluate(() => window.messages);
    const grown = after.filter((m) => m.data?.type === 'conf-widgets:height').slice(before);
    const now = await frame.evaluate(() =>
      Math.ceil(document.documentElement.getBoundingClientRect().height),
    );
    assert.equal(grown.at(-1).data.height, now);
    assert.ok(now > height, `${now} > ${height}`);
    assert.equal(after.filter((m) => m.data?.message === 'height').at(-1).data.value, now);
  } finally {
    await page.close();
  }
});

test('query parameters: locale and the element’s own attributes reach the widget; src, now and unknown names do not', async () => {
  hostPage(
    'dates.html',
    `${folder.url}/dates.html?locale=de&upcoming=&src=${parent.url}/evil.json&now=2022-01-01T00:00:00Z&onclick=alert(1)&time-zone=Asia/Tokyo`,
  );
  requestsA.length = 0;
  const { page, frame, log } = await openHost('dates.html', 'conf-dates');
  try {
    const attributes = await frame.evaluate(() =>
      Object.fromEntries(
        [...document.querySelector('conf-dates').attributes].map((a) => [a.name, a.value]),
      ),
    );
    assert.equal(attributes.src, 'mlsys-2022.json');
    assert.equal(attributes.locale, 'de');
    assert.equal(attributes.upcoming, '');
    assert.equal(attributes['time-zone'], 'Asia/Tokyo');
    assert.equal(attributes.now, undefined);
    assert.equal(attributes.onclick, undefined);
    assert.equal(attributes.state, 'ready');
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'de');
    assert.deepEqual(
      requestsA.filter((url) => url.includes('evil')),
      [],
    );
    assert.deepEqual(log.errors, []);
  } finally {
    await page.close();
  }
});

test('a link in an embedded widget opens in a new tab; the frame and the host page stay', async () => {
  hostPage('committee.html', `${folder.url}/committee.html`);
  const tabs = await browser.pages();
  const { page, frame, log } = await openHost('committee.html', 'conf-committee');
  const opened = []; // the URL each new page was created for
  const onTarget = (target) => target.type() === 'page' && opened.push(target.url());
  browser.on('targetcreated', onTarget);
  try {
    const link = await frame.waitForSelector('conf-committee >>> a[href^="https:"]');
    const href = await link.evaluate((a) => a.href);
    await link.scrollIntoView();
    await link.click();
    // (no network here: the new tab then shows Chromium's error page, which is fine)
    await browser.waitForTarget((target) => target.type() === 'page' && opened.includes(href), {
      timeout: 10_000,
    });
    assert.deepEqual(opened, [href]);
    assert.equal(page.url(), `${parent.url}/committee.html`);
    assert.equal(frame.url(), `${folder.url}/committee.html`);
    assert.equal(await frame.evaluate(() => location.href), `${folder.url}/committee.html`);
    assert.deepEqual(log.errors, []);
  } finally {
    browser.off('targetcreated', onTarget);
    for (const tab of await browser.pages()) if (!tabs.includes(tab)) await tab.close();
  }
});

test('"Add to calendar" in an embed page downloads its .ics through the snippet’s sandbox', async () => {
  // a conference of its own, its deadline far ahead: 2099-07-01 12:00 in Los Angeles
  // (PDT, UTC−7) is 19:00 UTC
  const data = join(work, 'future.json');
  writeFileSync(
    data,
    JSON.stringify({
      conference: {
        name: 'Future Conference',
        shortName: 'FC 2099',
        timeZone: 'America/Los_Angeles',
      },
      dates: [{ id: 'paper', label: 'Paper deadline', at: '2099-07-01T12:00' }],
    }),
  );
  const dir = join(work, 'future');
  const server = await serve(dir, { headers: { 'access-control-allow-origin': '*' } });
  const run = cli(
    'embed',
    data,
    '--base-url',
    `${server.url}/`,
    '--out',
    dir,
    '--element',
    'countdown',
  );
  assert.equal(run.status, 0, run.stderr);
  const sandbox = /sandbox="([^"]+)"/.exec(run.stdout)[1];
  hostPage('future.html', `${server.url}/countdown.html`, { sandbox });
  const downloads = mkdtempSync(join(work, 'downloads-'));
  const { page, frame, log } = await openHost('future.html', 'conf-countdown');
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    const link = await frame.waitForSelector('conf-countdown >>> a[part~="calendar"]');
    await link.scrollIntoView();
    await link.click();
    for (let waited = 0; !readdirSync(downloads).includes('fc-2099-paper.ics'); waited += 50) {
      assert.ok(waited < 10_000, `no download after 10 s: ${readdirSync(downloads).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const ics = readFileSync(join(downloads, 'fc-2099-paper.ics'), 'utf8');
    assert.match(ics, /\r\nSUMMARY:Paper deadline \(FC 2099\)\r\n/);
    assert.match(ics, /\r\nDTSTART:20990701T190000Z\r\n/);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings, [], 'no "Download is disallowed"');
  } finally {
    await page.close();
    await server.close();
  }
});

test('every embed page, opened alone: its widget ready, nothing logged, no axe violation in light and dark', async () => {
  for (const name of ELEMENTS) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage();
      try {
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        const log = watchPage(page);
        await page.goto(`${folder.url}/${name}.html`, { waitUntil: 'load' });
        const widgets = await settledWidgets(page);
        assert.deepEqual(
          widgets.map((w) => `${w.tag}: ${w.state}`),
          [`conf-${name}: ready`],
        );
        assert.deepEqual(await axeViolations(page), [], `${name}.html, ${scheme}`);
        assert.deepEqual(log.errors, [], name);
        assert.deepEqual(log.warnings, [], name);
        // the page follows the viewer's scheme (<meta name="color-scheme">): light text on
        // the dark canvas in dark, dark text in light
        const color = await page.evaluate(() => getComputedStyle(document.body).color);
        assert.equal(color, scheme === 'dark' ? 'rgb(255, 255, 255)' : 'rgb(0, 0, 0)');
      } finally {
        await page.close();
      }
    }
  }
});

test('demo/filtered-host.html: no script, the render snippets exactly as the CLI makes them, and the embed frame live in its sandbox', async () => {
  const html = readFileSync(join(ROOT, 'demo/filtered-host.html'), 'utf8');
  for (const element of ['countdown', 'dates']) {
    const args = ['demo/mlsys-2022.json', '--element', element];
    args.push('--now', '2022-03-01T00:00:00Z', '--time-zone', 'America/Los_Angeles');
    assert.ok(html.includes(`<!-- npx conf-widgets render ${args.join(' ')} -->`), element);
    const render = cli('render', ...args);
    assert.equal(render.status, 0, render.stderr);
    assert.ok(html.includes(render.stdout.trimEnd()), `${element}: the page has the CLI's snippet`);
  }
  // demo/embed/ is what scripts/demo-embed.mjs makes with this CLI
  const { makeDemoEmbed } = await import('../../scripts/demo-embed.mjs');
  const again = join(work, 'demo-embed');
  makeDemoEmbed({ out: again, cli: join(dist, 'run.mjs') });
  const committed = join(ROOT, 'demo/embed');
  assert.deepEqual(readdirSync(committed).sort(), readdirSync(again).sort());
  for (const file of readdirSync(again))
    assert.equal(
      readFileSync(join(committed, file), 'utf8'),
      readFileSync(join(again, file), 'utf8'),
      `demo/embed/${file} is current (node scripts/demo-embed.mjs)`,
    );

  const server = await serve(ROOT, {
    mounts: { '/dist/': dist },
    headers: { 'access-control-allow-origin': '*' },
  });
  const page = await browser.newPage();
  try {
    const log = watchPage(page);
    await page.goto(`${server.url}/demo/filtered-host.html`, { waitUntil: 'load' });
    const found = await page.evaluate(() => ({
      scripts: document.querySelectorAll('script').length,
      styled: document.querySelectorAll('[style], style, template, [class*="sponsor"]').length,
      custom: [...document.querySelectorAll('*')].filter((el) => el.localName.includes('-')).length,
      times: document.querySelectorAll('.conf-widget time[datetime]').length,
      // the site's CSS reaches the snippet: the numbers are bold, the list unbulleted
      number: getComputedStyle(document.querySelector('.conf-number')).fontWeight,
      list: getComputedStyle(document.querySelector('.conf-list')).listStyleType,
    }));
    assert.deepEqual(found, {
      scripts: 0,
      styled: 0,
      custom: 0,
      times: found.times,
      number: '700',
      list: 'none',
    });
    assert.ok(found.times > 10);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await frame.waitForFunction(
      () => document.querySelector('conf-topics')?.getAttribute('state') === 'ready',
      { timeout: 10_000, polling: 50 },
    );
    const topics = await frame.evaluate(() => {
      const el = document.querySelector('conf-topics');
      return {
        layout: el.getAttribute('layout'),
        count: el.shadowRoot.querySelectorAll('[part~="topic"]').length,
      };
    });
    assert.deepEqual(topics, { layout: 'chips', count: 14 });
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings, []);
    assert.deepEqual(log.failedRequests, []);
  } finally {
    await page.close();
    await server.close();
  }
});

test('a collection: its files named by relative URL are copied beside it, and the board reads them all', async () => {
  const source = join(work, 'collection');
  mkdirSync(join(source, 'sub'), { recursive: true });
  copyFileSync(join(ROOT, 'demo/mlsys-2022.json'), join(source, 'sub', 'mlsys-2022.json'));
  copyFileSync(join(ROOT, 'demo/osdi-2027.json'), join(source, 'osdi-2027.json'));
  writeFileSync(
    join(source, 'venues.json'),
    JSON.stringify({
      collection: { name: 'Our venues' },
      conferences: [
        { src: 'sub/mlsys-2022.json', tags: ['ml'] },
        { src: 'osdi-2027.json' },
        { conference: { name: 'Inline Workshop' }, dates: [] },
      ],
    }),
  );
  const dir = join(work, 'collection-out');
  const requests = [];
  const server = await serve(dir, {
    headers: { 'access-control-allow-origin': '*' },
    onRequest: (url) => requests.push(url),
  });
  const run = cli(
    'embed',
    join(source, 'venues.json'),
    '--base-url',
    `${server.url}/`,
    '--out',
    dir,
  );
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(
    [...run.stdout.matchAll(/<!-- (\w+): /g)].map((m) => m[1]),
    ['deadlines'],
  );
  assert.ok(existsSync(join(dir, 'sub', 'mlsys-2022.json')));
  assert.ok(existsSync(join(dir, 'osdi-2027.json')));
  const page = await browser.newPage();
  try {
    const log = watchPage(page);
    await page.goto(`${server.url}/deadlines.html?past=100000`, { waitUntil: 'load' });
    const [board] = await settledWidgets(page);
    assert.equal(board.state, 'ready');
    assert.ok(requests.includes('/sub/mlsys-2022.json') && requests.includes('/osdi-2027.json'));
    assert.deepEqual(log.warnings, [], 'no file failed');
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.failedRequests, []);
  } finally {
    await page.close();
    await server.close();
  }
});
