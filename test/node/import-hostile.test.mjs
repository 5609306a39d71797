// `conf-widgets import` on generated hostile YAML in each tracker's shape: every key a
// tracker has, with values of any type (markup, unsafe URLs, impossible dates, zones
// that are not, lists where text belongs, …). The importer must never crash: it exits
// 0 or 1 with warnings, and whatever it writes passes `conf-widgets validate`.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { runCli } from './helpers/cli.mjs';

const SEED = 20261207;
const FILES = 60;

const nasty = fc.constantFrom(
  'AoE',
  'PT',
  'Etc/GMT+8',
  'Etc/UTC+12',
  'UTC+5:30',
  'UTC+99',
  'TBA',
  'TBD',
  '2026-02-30 12:00:00',
  '2026-05-01 23:59:59',
  '2026-5-1 24:00',
  '9999-12-31 23:59:59',
  'May 3-5, 2026',
  'Dec 30 - Jan 2, 2026',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'https://example.org/',
  '',
  ' ',
  '\u202e\ud800',
);
const scalar = fc.oneof(
  nasty,
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.oneof(
  { weight: 4, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 5 }), scalar, { maxKeys: 3 }) },
);
/** Mostly a plausible value, now and then anything. */
const mostly = (...plausible) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...plausible) },
    { weight: 1, arbitrary: value },
  );
const PLAUSIBLE = {
  id: mostly('a26', 'b26', 'a26', 'c27', 'x'),
  title: mostly('A', 'B (Track)', '<b>C</b>'),
  year: mostly(2026, 2027, '2026'),
  deadline: mostly(
    '2026-05-01 23:59:59',
    '2026-5-1 12:00',
    'TBA',
    '2026-02-30 12:00:00',
    '2026-03-08 02:30:00',
  ),
  timezone: mostly(
    'AoE',
    'PT',
    'UTC-7',
    'Etc/GMT+8',
    'Etc/UTC+12',
    'Europe/Berlin',
    'KST',
    'UTC+5:30',
  ),
  link: mostly('https://example.org/', 'javascript:alert(1)', 'ftp://x'),
  start: mostly('2026-06-01', '2026-13-01', 'June 1-3, 2026'),
};
PLAUSIBLE.abstract_deadline = PLAUSIBLE.deadline;
PLAUSIBLE.date = mostly('2026-05-01 23:59:59', 'May 3-5, 2026', 'Dec 30 - Jan 2, 2026', 'TBD');
PLAUSIBLE.end = PLAUSIBLE.start;
PLAUSIBLE.type = mostly('paper', 'abstract', 'rebuttal_start', 'poster_deadline', '');

/** A record with some of `keys` (plausible or any values) and now and then a key of its own. */
const record = (keys, extra = {}) =>
  fc.record(
    {
      ...Object.fromEntries(keys.map((key) => [key, PLAUSIBLE[key] ?? value])),
      ...extra,
      [fc.sample(fc.string({ minLength: 1, maxLength: 8 }), { seed: SEED, numRuns: 1 })[0]]: value,
    },
    { requiredKeys: [] },
  );
const list = (item) => fc.oneof({ weight: 5, arbitrary: fc.array(item, { maxLength: 4 }) }, value);

const round = record(['deadline', 'abstract_deadline', 'abstract deadline', 'comment']);
const ccfEdition = record(['year', 'id', 'link', 'timezone', 'date', 'place'], {
  timeline: list(round),
});
const ccfSeries = record(['title', 'description', 'sub', 'rank', 'dblp'], {
  confs: list(ccfEdition),
});
const hfDeadline = record(['type', 'label', 'date', 'timezone']);
const hfEdition = record(
  ['title', 'year', 'id', 'full_name', 'link', 'timezone', 'deadline', 'abstract_deadline'],
  {
    deadlines: list(hfDeadline),
    tags: list(scalar),
    rankings: value,
    start: PLAUSIBLE.start,
    end: PLAUSIBLE.end,
  },
);
const aiEdition = record([
  'title',
  'year',
  'id',
  'link',
  'deadline',
  'abstract_deadline',
  'timezone',
  'place',
  'start',
  'end',
  'sub',
  'note',
]);

const SHAPES = { ccfddl: ccfSeries, huggingface: hfEdition, 'ai-deadlines': aiEdition };

describe('import: hostile YAML never crashes the importer', () => {
  let dir;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'conf-widgets-hostile-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const [tracker, shape] of Object.entries(SHAPES)) {
    test(tracker, async () => {
      const folder = join(dir, tracker);
      mkdirSync(folder);
      const documents = fc.sample(list(shape), { seed: SEED, numRuns: FILES });
      documents.forEach((document, index) =>
        writeFileSync(join(folder, `f${index}.yml`), stringify(document)),
      );
      writeFileSync(join(folder, 'broken.yml'), 'key: [unclosed\n  - : :\n');
      const out = join(dir, `${tracker}.json`);
      const run = await runCli(['import', tracker, folder, '-o', out]);
      assert.ok(run.code === 0 || run.code === 1, `exit ${run.code}\n${run.stderr}`);
      // enough of it is read for validate to have something to check
      assert.match(run.stderr, /(\d+) imported with (\d+) dates?/);
      const [, imported, dates] = /(\d+) imported with (\d+) dates?/.exec(run.stderr).map(Number);
      assert.ok(imported >= 10 && dates >= 10, run.stderr.split('\n').at(-2));
      assert.doesNotMatch(run.stderr, /TypeError|RangeError|ReferenceError|\n\s+at /);
      assert.match(run.stderr, /broken\.yml: \(file\): not YAML: .*; file skipped/);
      if (run.code === 0) {
        const validated = await runCli(['validate', out]);
        assert.equal(
          validated.code,
          0,
          validated.stdout
            .split('\n')
            .filter((l) => /^error/.test(l))
            .join('\n'),
        );
      }
    });
  }
});
