#!/usr/bin/env node
// `npm run screenshot`: the README's picture, taken from the real demo pages in headless
// Chromium (Debian's /usr/bin/chromium), so it shows what the widgets really render.
// It builds the library into a temporary directory, serves the repo with that build as
// /dist/, opens the MLSys 2022 page frozen at 1 March 2022 (`?now=`, a moment with
// deadlines ahead) and the lab page frozen at 28 November 2026 (its board of the venues'
// deadlines and the countdown beside it), viewed from Berlin, and writes
// docs/mlsys-2022.png and docs/lab-page.png.

import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLibrary, launchChromium, serve, settledWidgets } from './headless.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const OUT = join(ROOT, 'docs');
const NOW = '2022-03-01T00:00:00Z';
/** The lab page's moment: OSDI 2027's abstract three days ahead, a VLDB round just passed. */
const LAB_NOW = '2026-11-28T08:00:00Z';

const dist = mkdtempSync(join(tmpdir(), 'conf-widgets-screenshot-'));
let server;
let browser;
try {
  await buildLibrary(dist);
  server = await serve(ROOT, { mounts: { '/dist/': dist } });
  browser = await launchChromium();
  const page = await browser.newPage();
  await page.emulateTimezone('Europe/Berlin');
  mkdirSync(OUT, { recursive: true });

  // The conference page: the countdown and the important dates, side by side with prose.
  await page.setViewport({ width: 1100, height: 900, deviceScaleFactor: 1 });
  await page.goto(`${server.url}/demo/mlsys-2022.html?now=${NOW}`, { waitUntil: 'load' });
  await settledWidgets(page);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(OUT, 'mlsys-2022.png') });

  // The lab page: one script tag, the board of its venues' deadlines and a countdown in
  // the sidebar.
  await page.setViewport({ width: 1100, height: 1100, deviceScaleFactor: 1 });
  await page.goto(`${server.url}/demo/lab-page.html?now=${LAB_NOW}`, { waitUntil: 'load' });
  await settledWidgets(page);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(OUT, 'lab-page.png') });
  console.log('wrote docs/mlsys-2022.png and docs/lab-page.png');
} finally {
  await browser?.close();
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
}
