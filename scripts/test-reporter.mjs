// A @web/test-runner reporter that prints nothing and writes the counts of the run to
// .test-results/<name>.json, for scripts/test.mjs to total over all passes:
//
//   { "pass": "…", "timeZone": "…", "passed": 12, "failed": 0, "skipped": 1,
//     "browsers": { "Chromium": { "passed": 4, "failed": 0, "skipped": 0, "files": 2,
//                   "ms": 1234 }, … } }
//
// Counts are real tests (mocha `it`s) from every session's testResults. A test file
// that errors without any failing test (it does not load, a hook or an uncaught error
// fails, the browser times out or does not start) counts as one failed test, so that
// "0 failed" always means the pass was green.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function countSuite(suite, acc) {
  if (!suite) return acc;
  for (const t of suite.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else acc.failed++;
  }
  for (const s of suite.suites ?? []) countSuite(s, acc);
  return acc;
}

/** @param {{ file: string, pass: string, timeZone: string, litMode: string }} options */
export function countingReporter({ file, pass, timeZone, litMode }) {
  let startTime = Date.now();
  /** browser name → when its last test file finished (ms since the runner started) */
  const finishedAt = new Map();
  return {
    start({ sessions, startTime: runnerStart }) {
      startTime = runnerStart ?? Date.now();
      sessions.on('session-status-updated', (session) => {
        if (session.status === 'FINISHED') {
          finishedAt.set(session.browser.name, Date.now() - startTime);
        }
      });
    },
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const browsers = {};
      for (const session of sessions) {
        const name = session.browser.name;
        const b = (browsers[name] ??= { passed: 0, failed: 0, skipped: 0, files: 0 });
        const c = countSuite(session.testResults, { passed: 0, failed: 0, skipped: 0 });
        if (c.failed === 0 && (session.passed === false || session.errors?.length)) c.failed = 1;
        b.files++;
        for (const k of ['passed', 'failed', 'skipped']) {
          b[k] += c[k];
          totals[k] += c[k];
        }
      }
      for (const [name, b] of Object.entries(browsers)) {
        if (finishedAt.has(name)) b.ms = finishedAt.get(name);
      }
      const result = {
        pass,
        timeZone,
        litMode,
        ...totals,
        ms: Date.now() - startTime,
        browsers,
      };
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
    },
  };
}
