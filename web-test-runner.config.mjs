// @web/test-runner configuration: test/**/*.test.ts in Chromium, Firefox ESR and
// WebKitGTK (Debian's packages; see scripts/browsers.mjs), TypeScript through esbuild
// with the project's tsconfig (legacy decorators), Lit's production build by default.
//
// `npm test` (scripts/test.mjs) runs this config several times: everything in
// Europe/Berlin, the time-sensitive files (scripts/test-plan.mjs) again in
// America/Los_Angeles and Asia/Kolkata, test/preferences/ with browsers that start with
// reduced motion and a dark scheme, and everything once more in Chromium with Lit's
// development build. Direct use, e.g. while writing a test:
//
//   npx wtr --config web-test-runner.config.mjs --files test/countdown.test.ts
//   BROWSERS=chromium TEST_TZ=Asia/Kolkata npx wtr --config web-test-runner.config.mjs --watch
//
// Environment (all optional):
//   BROWSERS        comma list of chromium, firefox, webkit (default: all three)
//   TEST_TZ         IANA zone every browser process runs in, through its TZ variable
//                   (default: Europe/Berlin)
//   TEST_SUBSET     "time" = only the time-sensitive files; "preferences" = the files of
//                   test/preferences/, the browsers started with reduced motion and a
//                   dark scheme; default: all other test files (`--files …` on the
//                   command line overrides the files)
//   LIT_MODE        "prod" (default; Lit's production build) or "dev" (the `development`
//                   export condition: Lit's dev build with its extra checks and warnings)
//   TEST_PASS       name of this pass; the counts go to .test-results/<TEST_PASS>.json
//   TEST_CONCURRENCY  test files run at once per browser (default 1)
//
// What a test can read: every test page defines, before any test module loads,
//
//   globalThis.__TEST_ENV__ = {
//     timeZone: 'Asia/Kolkata',                      // the zone this run pinned (TZ)
//     timeZoneNames: ['Asia/Kolkata', 'Asia/Calcutta'], // every name an engine may
//                                                    // report for it (Chromium and
//                                                    // WebKit say Asia/Calcutta)
//     litMode: 'prod',                               // or 'dev'
//     pass: 'tz-Asia-Kolkata',                       // name of this test pass
//   }
//
// (frozen), so a test asserts that the browser's zone is the one this run pinned with
//
//   expect(__TEST_ENV__.timeZoneNames).to.include(
//     Intl.DateTimeFormat().resolvedOptions().timeZone,
//   );
//
// and a time-sensitive test can pick its expected values by `__TEST_ENV__.timeZone`.
// Its type is declared in test/harness.test.ts (`declare global`), so every file of the
// project sees it. The browsers' language is pinned too: navigator.language is 'en-US'.

import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { join } from 'node:path';
import { launchersFor, NO_PREFERENCES, ROOT } from './scripts/browsers.mjs';
import { countingReporter } from './scripts/test-reporter.mjs';
import { faultMiddleware } from './test/trust/faults.mjs';
import { renderMiddleware } from './test/trust/render.mjs';
import {
  ALL_TEST_FILES,
  assertZone,
  DEFAULT_ZONE,
  parseBrowsers,
  PREFERENCE_FILES,
  TIME_SENSITIVE_FILES,
  zoneNames,
} from './scripts/test-plan.mjs';

const timeZone = assertZone(process.env.TEST_TZ || DEFAULT_ZONE);
const browsers = parseBrowsers();
const litMode = process.env.LIT_MODE === 'dev' ? 'dev' : 'prod';
const subset = ['time', 'preferences'].includes(process.env.TEST_SUBSET)
  ? process.env.TEST_SUBSET
  : 'all';
const preferences = subset === 'preferences' ? { reducedMotion: true, dark: true } : NO_PREFERENCES;
const files = { time: TIME_SENSITIVE_FILES, preferences: PREFERENCE_FILES, all: ALL_TEST_FILES };
const pass = process.env.TEST_PASS || `wtr-${litMode}-${timeZone.replace(/\W+/g, '-')}`;
const concurrency = Math.max(1, Number(process.env.TEST_CONCURRENCY) || 1);

/** Injected into every test page (see the comment above). */
const testEnv = { timeZone, timeZoneNames: zoneNames(timeZone), litMode, pass };

const jsonInScript = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

export default {
  rootDir: ROOT,
  files: files[subset],
  nodeResolve: {
    // No export condition `development` (which @web/dev-server adds when none is
    // given): Lit's production build, as users get it. LIT_MODE=dev adds it.
    exportConditions: litMode === 'dev' ? ['browser', 'development'] : ['browser', 'production'],
  },
  plugins: [esbuildPlugin({ ts: true, tsconfig: join(ROOT, 'tsconfig.json'), target: 'es2022' })],
  // /__fault/… endpoints (a 500, an HTML page, a request that never ends, …) for
  // test/network.test.ts; see test/trust/faults.mjs.
  middleware: [faultMiddleware(), renderMiddleware()],
  browsers: await launchersFor(browsers, { timeZone, preferences }),

  // 2 cores: the engines run side by side, one test file at a time each (the WebKit
  // driver also needs concurrency 1 to run each file as a top-level page, not an iframe).
  concurrentBrowsers: 3,
  concurrency,

  // A hung or absent engine fails the run instead of hanging it. Generous, because
  // three engines share two cores (with a loaded machine, a big test file can take a
  // minute; the hostile volume file in WebKit, with the Temporal polyfill, once took over
  // two): a test file gets 4 minutes, a single test 10 s.
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 240_000,
  testFramework: { config: { timeout: 10_000 } },

  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <script>
      globalThis.__TEST_ENV__ = (function freeze(o) {
        Object.values(o).forEach((v) => typeof v === 'object' && v && freeze(v));
        return Object.freeze(o);
      })(${jsonInScript(testEnv)});
    </script>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,

  // Lit's own dev-mode banner is expected in the dev pass; everything else is shown.
  filterBrowserLogs: ({ args }) =>
    !(litMode === 'dev' && typeof args[0] === 'string' && args[0].includes('Lit is in dev mode')),

  reporters: [
    defaultReporter(),
    countingReporter({
      file: join(ROOT, '.test-results', `${pass}.json`),
      pass,
      timeZone,
      litMode,
    }),
  ],
};
