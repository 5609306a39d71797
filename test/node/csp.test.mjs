// Strict Content-Security-Policy and Trusted Types (spec §3), in real browsers over HTTP:
// pages served with
//
//   Content-Security-Policy: script-src 'self'; style-src 'self';
//     require-trusted-types-for 'script'; trusted-types lit-html
//
// load the library build (dist/conf-widgets.js, built here into a temporary directory
// as `npm run build` makes it) and every element, their data from same-origin JSON.
// Every element must reach state="ready" with no `securitypolicyviolation` event and no
// console error. Then the cases the README has to warn about:
// - the page runs its own Lit first: with `trusted-types lit-html 'allow-duplicates'`
//   everything works (and without it the library's own `createPolicy('lit-html')`
//   throws — the reason the README names 'allow-duplicates');
// - script files of one build together (countdown.js, dates.js, conf-widgets.js) under
//   the strict policy without 'allow-duplicates': they share one Lit, so one policy;
// - two copies of the library (the same build at two URLs, as two versions would be)
//   under that policy: no exception, one console.warn, the widgets work;
// - the hostile host stylesheets of test/trust/hosts/ under the strict policy, with
//   screenshots from Chromium into .test-results/screenshots/*.png (light, dark page,
//   emulated dark scheme, right to left).
// Chromium (Debian's /usr/bin/chromium) runs all of it; Firefox ESR through puppeteer
// (WebDriver BiDi) runs the CSP pages too, with Trusted Types where the engine has them.
// Each control case proves the policy is enforced (a style attribute set by hand is
// reported; under Trusted Types a plain string into innerHTML throws).

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  buildLibrary,
  launchChromium,
  settledWidgets,
  watchPage,
} from '../../scripts/headless.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const SCREENSHOTS = join(ROOT, '.test-results', 'screenshots');
const FIREFOX = '/usr/bin/firefox-esr';
const work = mkdtempSync(join(tmpdir(), 'conf-widgets-csp-'));
const dist = join(work, 'dist');

const STRICT = "script-src 'self'; style-src 'self'";
const TT = "require-trusted-types-for 'script'; trusted-types lit-html";
const TT_DUPLICATES = `${TT} 'allow-duplicates'`;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

/** Pages by path: { html, csp }; and the page's own Lit, built at startup. */
const pages = new Map();
let pageLit = '';

/** The tiny static server: /dist/ and /copy/ (the build), /demo/ and /test/ (the repo), /pages/. */
function startServer() {
  const mounts = {
    '/dist/': dist,
    '/copy/': dist,
    '/demo/': join(ROOT, 'demo'),
    '/test/': join(ROOT, 'test'),
  };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const page = pages.get(path);
    if (page) {
      response.writeHead(200, {
        'content-type': TYPES['.html'],
        'content-security-policy': page.csp,
        'cache-control': 'no-store',
      });
      response.end(page.html);
      return;
    }
    if (path === '/pages/page-lit.js') {
      response.writeHead(200, { 'content-type': TYPES['.js'] }).end(pageLit);
      return;
    }
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const prefix = Object.keys(mounts).find((candidate) => path.startsWith(candidate));
    const base = prefix && mounts[prefix];
    const file = base && normalize(join(base, path.slice(prefix.length)));
    if (
      !file ||
      !file.startsWith(resolve(base) + sep) ||
      !existsSync(file) ||
      statSync(file).isDirectory()
    ) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    response.end(readFileSync(file));
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({ server, url: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}

/** Every element on its seed, frozen before the deadlines, each in a 260 px sidebar. */
const WIDGETS = `
  <div class="sidebars">
    <aside class="sidebar"><conf-countdown src="/demo/mlsys-2022.json" now="2022-03-01T12:00:00Z"></conf-countdown></aside>
    <aside class="sidebar"><conf-dates src="/demo/mlsys-2022.json" now="2022-03-01T12:00:00Z"></conf-dates></aside>
    <aside class="sidebar"><conf-committee src="/demo/workshop-2017.json"></conf-committee></aside>
    <aside class="sidebar"><conf-sponsors src="/demo/mlsys-2022.json"></conf-sponsors></aside>
    <aside class="sidebar"><conf-topics src="/demo/mlsys-2022.json" layout="chips"></conf-topics></aside>
    <aside class="sidebar"><conf-cfp src="/demo/workshop-2017.json" now="2017-10-15T12:00:00Z"></conf-cfp></aside>
    <aside class="sidebar">
      <conf-data src="/demo/mlsys-2022.json">
        <conf-countdown now="2022-03-01T12:00:00Z" precision="minutes"></conf-countdown>
        <conf-topics></conf-topics>
      </conf-data>
    </aside>
  </div>`;
const TAGS = [
  'conf-countdown',
  'conf-dates',
  'conf-committee',
  'conf-sponsors',
  'conf-topics',
  'conf-cfp',
];

/** Adds a page at /pages/<name>.html with this CSP, these scripts and stylesheets. */
function addPage(
  name,
  { csp, scripts = ['/dist/conf-widgets.js'], sheets = [], dir = 'ltr', body = WIDGETS },
) {
  const links = ['sidebar', ...sheets]
    .map((sheet) => `<link rel="stylesheet" href="/test/trust/hosts/${sheet}.css">`)
    .join('\n');
  pages.set(`/pages/${name}.html`, {
    csp,
    html: `<!doctype html>
<html lang="en" dir="${dir}">
<head>
<meta charset="utf-8">
<title>${name}</title>
<link rel="icon" href="data:,">
${links}
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
</head>
<body>
<h1>A strict page: ${name}</h1>
${body}
</body>
</html>`,
  });
  return `/pages/${name}.html`;
}

/**
 * Opens a page; resolves to its widgets, console log, CSP violations (recorded from the
 * first script on), and whether the engine has Trusted Types.
 */
async function open(browser, origin, path, { scheme, settle = true } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  if (scheme) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.evaluateOnNewDocument(() => {
    globalThis.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      globalThis.__violations.push(
        `${event.effectiveDirective} ${event.blockedURI} ${event.sample}`,
      ),
    );
  });
  const log = watchPage(page);
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  const widgets = settle ? await settledWidgets(page, { timeout: 15000 }) : [];
  const violations = await page.evaluate(() => globalThis.__violations.slice());
  const trustedTypes = await page.evaluate(() => 'trustedTypes' in globalThis);
  return { page, log, widgets, violations, trustedTypes };
}

/** Proves the policy is enforced: a style attribute is reported; under TT, innerHTML throws. */
async function controls(page) {
  return page.evaluate(async () => {
    const div = document.createElement('div');
    document.body.append(div);
    div.setAttribute('style', 'color: red');
    let innerHTML = 'assigned';
    try {
      div.innerHTML = '<b>x</b>';
    } catch (error) {
      innerHTML = error.name;
    }
    await new Promise((ok) => setTimeout(ok, 100)); // violation events are queued
    return { innerHTML, violations: globalThis.__violations.slice() };
  });
}

const states = (widgets) => widgets.map((w) => `${w.tag}: ${w.state}`);

function assertAllReady({ widgets, log, violations }) {
  assert.ok(widgets.length >= TAGS.length, `widgets found: ${states(widgets).join(', ')}`);
  for (const w of widgets)
    assert.equal(w.state, 'ready', `${w.tag}: ${w.state} — ${w.text.slice(0, 120)}`);
  for (const tag of TAGS)
    assert.ok(
      widgets.some((w) => w.tag === tag && w.height > 0),
      `${tag} shown`,
    );
  assert.deepEqual(violations, [], 'securitypolicyviolation events');
  assert.deepEqual(log.errors, [], 'console errors and page errors');
}

let origin;
let server;

before(async () => {
  await buildLibrary(dist);
  const esbuild = await import('esbuild');
  // A page that uses Lit itself: its own copy, loaded before the widgets.
  const built = await esbuild.build({
    stdin: {
      contents: `import { LitElement, html } from 'lit';
        class PageGreeting extends LitElement {
          render() { return html\`<p>The page's own Lit element</p>\`; }
        }
        customElements.define('page-greeting', PageGreeting);`,
      resolveDir: ROOT,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    write: false,
    minify: true,
    logLevel: 'silent',
  });
  pageLit = built.outputFiles[0].text;
  ({ server, url: origin } = await startServer());
  mkdirSync(SCREENSHOTS, { recursive: true });
});

after(async () => {
  await new Promise((ok) => server?.close(ok) ?? ok());
  rmSync(work, { recursive: true, force: true });
});

describe('Chromium', () => {
  let browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });

  test('strict CSP with Trusted Types: every element ready, no violation, no error', async () => {
    const result = await open(browser, origin, addPage('strict-tt', { csp: `${STRICT}; ${TT}` }));
    try {
      assert.equal(result.trustedTypes, true);
      assertAllReady(result);
      const control = await controls(result.page);
      assert.equal(control.innerHTML, 'TypeError', 'Trusted Types are enforced');
      assert.ok(
        control.violations.some((v) => v.startsWith('style-src')),
        `style-src is enforced: ${control.violations.join(' | ')}`,
      );
    } finally {
      await result.page.close();
    }
  });

  test("the page runs its own Lit first: works with 'allow-duplicates'", async () => {
    const path = addPage('own-lit', {
      csp: `${STRICT}; ${TT_DUPLICATES}`,
      scripts: ['/pages/page-lit.js', '/dist/conf-widgets.js'],
      body: `<page-greeting></page-greeting>${WIDGETS}`,
    });
    const result = await open(browser, origin, path);
    try {
      assertAllReady(result);
      const own = await result.page.evaluate(
        () => document.querySelector('page-greeting')?.shadowRoot?.textContent ?? '',
      );
      assert.match(own, /own Lit element/);
    } finally {
      await result.page.close();
    }
  });

  test("…and without 'allow-duplicates' the second 'lit-html' policy is refused (why the README asks for it)", async () => {
    const path = addPage('own-lit-no-duplicates', {
      csp: `${STRICT}; ${TT}`,
      scripts: ['/pages/page-lit.js', '/dist/conf-widgets.js'],
      body: `<page-greeting></page-greeting>${WIDGETS}`,
    });
    const result = await open(browser, origin, path);
    try {
      const refused =
        result.violations.some((v) => v.startsWith('trusted-types')) ||
        result.log.errors.some((e) => /lit-html|policy/i.test(e));
      assert.ok(
        refused,
        `a refused policy: ${[...result.violations, ...result.log.errors].join(' | ')}`,
      );
      // the whole bundle fails: no widget is even defined
      assert.ok(
        result.widgets.every((w) => w.state === null),
        states(result.widgets).join(', '),
      );
    } finally {
      await result.page.close();
    }
  });

  test("script files of one build under Trusted Types without 'allow-duplicates': one Lit, one policy, no warning, all ready", async () => {
    // countdown.js, dates.js and conf-widgets.js share the core chunk: one Lit, so one
    // createPolicy('lit-html') — which a page without 'allow-duplicates' allows once.
    const path = addPage('three-files-tt', {
      csp: `${STRICT}; ${TT}`,
      scripts: ['/dist/countdown.js', '/dist/dates.js', '/dist/conf-widgets.js'],
    });
    const result = await open(browser, origin, path);
    try {
      assert.equal(result.trustedTypes, true);
      assertAllReady(result);
      assert.deepEqual(result.log.warnings, []);
      assert.equal(await result.page.evaluate(() => globalThis.litElementVersions?.length), 1);
    } finally {
      await result.page.close();
    }
  });

  test("two copies of the library under Trusted Types ('allow-duplicates'): one warning, all ready", async () => {
    const path = addPage('two-copies-tt', {
      csp: `${STRICT}; ${TT_DUPLICATES}`,
      scripts: ['/dist/countdown.js', '/copy/conf-widgets.js'],
    });
    const result = await open(browser, origin, path);
    try {
      assertAllReady(result);
      assert.equal(
        result.log.warnings.length,
        1,
        `one warning: ${result.log.warnings.join(' | ')}`,
      );
      assert.match(result.log.warnings[0], /already defined/);
    } finally {
      await result.page.close();
    }
  });

  const HOST_PAGES = [
    { name: 'bootstrap', sheets: ['bootstrap'] },
    { name: 'tailwind-preflight', sheets: ['tailwind-preflight'] },
    {
      name: 'tiny-root-nowrap-centred',
      sheets: ['tiny-root', 'nowrap', 'line-height', 'center', 'letter-spacing'],
    },
    { name: 'ad-blocker', sheets: ['ad-blocker'] },
    { name: 'dark-page', sheets: ['dark'] },
    { name: 'dark-scheme', sheets: [], scheme: 'dark' },
    { name: 'dark-page-dark-scheme', sheets: ['dark'], scheme: 'dark' },
    {
      name: 'rtl-everything',
      sheets: [
        'bootstrap',
        'tailwind-preflight',
        'tiny-root',
        'nowrap',
        'center',
        'letter-spacing',
        'ad-blocker',
      ],
      dir: 'rtl',
    },
  ];
  for (const host of HOST_PAGES) {
    test(`hostile host page under the strict policy, with a screenshot: ${host.name}`, async () => {
      const path = addPage(`host-${host.name}`, {
        csp: `${STRICT}; ${TT}`,
        sheets: host.sheets,
        dir: host.dir,
      });
      const result = await open(browser, origin, path, { scheme: host.scheme });
      try {
        assertAllReady(result);
        // Screenshot for people: .test-results/screenshots/<name>.png
        await result.page.screenshot({
          path: join(SCREENSHOTS, `${host.name}.png`),
          fullPage: true,
        });
        const overflow = await result.page.evaluate(() =>
          [...document.querySelectorAll('.sidebar > *')]
            .filter((el) => el.scrollWidth > el.clientWidth + 1)
            .map((el) => el.localName),
        );
        assert.deepEqual(overflow, [], 'widgets wider than their sidebar');
      } finally {
        await result.page.close();
      }
    });
  }
});

describe('Firefox ESR', { skip: !existsSync(FIREFOX) && `${FIREFOX} is not installed` }, () => {
  let browser;
  let trustedTypes = false;
  before(async () => {
    const puppeteer = await import('puppeteer-core');
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      env: { ...process.env, TZ: 'Europe/Berlin' },
      extraPrefsFirefox: { 'intl.accept_languages': 'en-US', 'intl.locale.requested': 'en-US' },
    });
    const path = addPage('firefox-probe', { csp: STRICT, body: '' });
    const probe = await open(browser, origin, path, { settle: false });
    trustedTypes = probe.trustedTypes;
    await probe.page.close();
  });
  after(async () => {
    await browser?.close();
  });

  test('strict CSP (with Trusted Types where Firefox has them): every element ready, no violation, no error', async () => {
    // Firefox ships CSP; Trusted Types only in recent releases — without them the same
    // page is served without the Trusted Types directives.
    const csp = trustedTypes ? `${STRICT}; ${TT}` : STRICT;
    const result = await open(browser, origin, addPage('firefox-strict', { csp }));
    try {
      assertAllReady(result);
      const control = await controls(result.page);
      if (trustedTypes) assert.equal(control.innerHTML, 'TypeError', 'Trusted Types are enforced');
      assert.ok(
        control.violations.some((v) => v.startsWith('style-src')),
        `style-src is enforced: ${control.violations.join(' | ')}`,
      );
    } finally {
      await result.page.close();
    }
  });

  test("own Lit first, and two copies of the library, under 'allow-duplicates'", async () => {
    const csp = trustedTypes ? `${STRICT}; ${TT_DUPLICATES}` : STRICT;
    const path = addPage('firefox-own-lit-two-copies', {
      csp,
      scripts: ['/pages/page-lit.js', '/dist/conf-widgets.js', '/copy/conf-widgets.js'],
      body: `<page-greeting></page-greeting>${WIDGETS}`,
    });
    const result = await open(browser, origin, path);
    try {
      assertAllReady(result);
      assert.equal(
        result.log.warnings.length,
        1,
        `one warning: ${result.log.warnings.join(' | ')}`,
      );
    } finally {
      await result.page.close();
    }
  });
});
