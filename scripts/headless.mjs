// Helpers for the Node tests that open real pages in headless Chromium (Debian's
// /usr/bin/chromium through puppeteer-core): test/node/stories.test.mjs (every story of
// the static Storybook) and test/node/demo.test.mjs (the demo pages).

import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { CHROMIUM_ARGS } from './browsers.mjs';

const require = createRequire(import.meta.url);

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

/**
 * Serves `root` over HTTP on a free port of 127.0.0.1. `mounts` maps URL prefixes to
 * other directories (`{ '/copy-b/': dist }`); `headers` are sent with every file
 * (`{ 'access-control-allow-origin': '*' }`, as GitHub Pages sends); `onRequest` hears
 * every request's path and query. Resolves to `{ url, close }`.
 */
export async function serve(root, { mounts = {}, headers = {}, onRequest } = {}) {
  const server = createServer((request, response) => {
    onRequest?.(request.url);
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    let base = root;
    let rest = path;
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (path.startsWith(prefix)) {
        base = dir;
        rest = path.slice(prefix.length - 1);
        break;
      }
    }
    let file = normalize(join(base, rest));
    if (!file.startsWith(resolve(base) + sep) && file !== resolve(base)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) && path === '/favicon.ico') {
      response.writeHead(204).end(); // the browser asks by itself; not the page's error
      return;
    }
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headers,
    });
    createReadStream(file).pipe(response);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

/** Headless Chromium. Close it with `await browser.close()` (also on failure). */
export async function launchChromium() {
  const puppeteer = await import('puppeteer-core');
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, TZ: process.env.TEST_TZ || 'Europe/Berlin', LANG: 'en_US.UTF-8' },
  });
}

/**
 * Records what a page says: console errors and warnings, uncaught errors, failed
 * requests. Read `log.errors` (console.error + page errors) and `log.warnings`.
 */
export function watchPage(page) {
  const log = {
    errors: [],
    warnings: [],
    failedRequests: [],
    clear() {
      this.errors.length = this.warnings.length = this.failedRequests.length = 0;
    },
  };
  page.on('console', (message) => {
    const text = `${message.text()} (${message.location()?.url ?? ''})`;
    if (message.type() === 'error') log.errors.push(text);
    else if (message.type() === 'warn') log.warnings.push(text);
  });
  page.on('pageerror', (error) => log.errors.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    log.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`),
  );
  return log;
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (WCAG 2.x A and AA rules, best practices off) on the page or on the
 * elements matching `include`; resolves to the violations, each as a short line.
 */
export async function axeViolations(page, { include } = {}) {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (selector) => {
    const context = selector ? { include: [[selector]] } : document;
    const result = await globalThis.axe.run(context, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
    }));
  }, include ?? null);
  return violations.map((v) => `${v.id}: ${v.help} — ${v.targets.join(', ')}`);
}

/**
 * Waits until every conf-* widget on the page (not <conf-data>) has left `loading`, or
 * the timeout passes; resolves to `[{ tag, state, text, height }]` for each widget.
 */
export async function settledWidgets(page, { timeout = 10000, allowLoading = false } = {}) {
  const read = () =>
    page.evaluate(() => {
      const found = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName.startsWith('conf-') && el.localName !== 'conf-data') {
            found.push({
              tag: el.localName,
              state: el.getAttribute('state'),
              text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
              height: el.getBoundingClientRect().height,
            });
          }
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return found;
    });
  if (!allowLoading) {
    await page
      .waitForFunction(
        () => {
          const all = [];
          const walk = (root) => {
            for (const el of root.querySelectorAll('*')) {
              if (el.localName.startsWith('conf-') && el.localName !== 'conf-data') all.push(el);
              if (el.shadowRoot) walk(el.shadowRoot);
            }
          };
          walk(document);
          return all.length > 0 && all.every((el) => el.getAttribute('state') !== 'loading');
        },
        { timeout, polling: 50 },
      )
      .catch(() => {});
  }
  return read();
}

/**
 * The library build into `outDir` (not dist/, which other tests read while this runs):
 * the production bundles, as `npm run build` makes them.
 */
export async function buildLibrary(outDir) {
  const { buildLibrary: build } = await import('./build-lib.mjs');
  build({ outDir, logLevel: 'error' });
}
