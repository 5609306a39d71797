// Builds the static Storybook (into a temporary directory) and opens every story in
// headless Chromium: each must render its widgets — `ready`, or `error`/`loading` where
// the story is tagged so (stories/helpers.ts) — with no console error, no page error,
// no Storybook error screen, no empty widget, and no axe violation. Stories tagged
// `dark` are checked again under `prefers-color-scheme: dark`.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  axeViolations,
  launchChromium,
  serve,
  settledWidgets,
  watchPage,
} from '../../scripts/headless.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = mkdtempSync(join(tmpdir(), 'conf-widgets-storybook-'));

let server;
let browser;
let stories = [];

before(async () => {
  const started = Date.now();
  const build = spawnSync(
    join(ROOT, 'node_modules', '.bin', 'storybook'),
    ['build', '--quiet', '--disable-telemetry', '--output-dir', out],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } },
  );
  assert.equal(build.status, 0, `storybook build failed:\n${build.stdout}\n${build.stderr}`);
  console.log(`storybook build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
  stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
  server = await serve(out);
  browser = await launchChromium();
  await openPage();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

/**
 * One page shows every story in turn, switched through Storybook's channel as its UI
 * does (a reload per story costs a second each); `log` is cleared for each story.
 */
let page;
let log;
let shown;

async function openPage() {
  page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  log = watchPage(page);
  await page.goto(`${server.url}/iframe.html?id=${stories[0].id}&viewMode=story`, {
    waitUntil: 'load',
  });
  await page.waitForFunction(() => '__STORYBOOK_ADDONS_CHANNEL__' in globalThis);
  shown = stories[0].id;
}

/** Shows one story; returns what it rendered and logged. */
async function showStory(story, { scheme = 'light' } = {}) {
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  log.clear();
  const outcome = await page.evaluate(
    (storyId, current) =>
      new Promise((done) => {
        const channel = globalThis.__STORYBOOK_ADDONS_CHANNEL__;
        const events = ['storyRendered', 'storyErrored', 'storyThrewException', 'storyMissing'];
        const finish = (event, detail) => {
          clearTimeout(timer);
          handlers.forEach(([n, h]) => channel.off(n, h));
          done({ event, detail });
        };
        const timer = setTimeout(() => finish('timeout', 'not rendered in 15 s'), 15000);
        const handlers = events.map((name) => {
          const handler = (...args) => finish(name, JSON.stringify(args).slice(0, 500));
          channel.on(name, handler);
          return [name, handler];
        });
        // The story shown already (the first, or a second pass in dark) is rendered anew.
        if (storyId === current) channel.emit('forceRemount', { storyId });
        else channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }),
    story.id,
    shown,
  );
  shown = story.id;
  const loading = story.tags.includes('state-loading');
  const widgets = await settledWidgets(page, { allowLoading: loading });
  if (loading) await new Promise((ok) => setTimeout(ok, 300));
  const errorScreen =
    outcome.event === 'storyRendered'
      ? await page.evaluate(() =>
          document.body.classList.contains('sb-show-errordisplay')
            ? (document.querySelector('#error-message')?.textContent ?? 'error')
            : null,
        )
      : `${outcome.event}: ${outcome.detail}`;
  const violations = await axeViolations(page, { include: '#storybook-root' });
  return { log: { errors: [...log.errors] }, widgets, errorScreen, violations };
}

function check(story, { log, widgets, errorScreen, violations }) {
  const expected = story.tags.includes('state-error')
    ? 'error'
    : story.tags.includes('state-loading')
      ? 'loading'
      : 'ready';
  assert.equal(errorScreen, null, `Storybook shows an error: ${errorScreen}`);
  assert.ok(widgets.length > 0, 'no widget rendered');
  for (const w of widgets) {
    assert.equal(w.state, expected, `<${w.tag}> is ${w.state}, expected ${expected}`);
    assert.ok(w.height > 0, `<${w.tag}> has no height`);
    if (expected !== 'loading') assert.notEqual(w.text, '', `<${w.tag}> rendered nothing`);
  }
  // An error story logs its error by design (spec: console.error), and the browser
  // reports the 404 of a missing file; every other story must log no error at all.
  // A story tagged `missing-image` shows the fallback for an image that is not there.
  const errors = story.tags.includes('missing-image')
    ? log.errors.filter((e) => !/Failed to load resource: .* 404 .*no-such-/.test(e))
    : log.errors;
  if (expected !== 'error') assert.deepEqual(errors, [], 'console errors');
  assert.deepEqual(violations, [], 'axe violations');
}

test('every story renders without errors', async (t) => {
  assert.ok(stories.length > 0, 'the build has stories');
  for (const story of stories) {
    await t.test(`${story.title} / ${story.name}`, async () => {
      check(story, await showStory(story));
    });
    if (story.tags.includes('dark')) {
      await t.test(`${story.title} / ${story.name} (prefers-color-scheme: dark)`, async () => {
        check(story, await showStory(story, { scheme: 'dark' }));
      });
    }
  }
});
