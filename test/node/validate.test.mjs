// `conf-widgets validate`: messages, JSON paths and exit status (0 valid, 1 invalid,
// 2 unreadable), on the seed files and on fixtures made for each case.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fixture, runCli, validateJson } from './helpers/cli.mjs';

const SEEDS = ['demo/mlsys-2022.json', 'demo/workshop-2017.json'];

describe('validate: the seed files', () => {
  for (const seed of SEEDS) {
    test(`${seed} is valid, with no errors and no warnings`, async () => {
      const { code, lines, stderr } = await runCli(['validate', seed]);
      assert.equal(code, 0, stderr);
      assert.equal(stderr, '');
      assert.equal(lines.length, 1, `only the summary line:\n${lines.join('\n')}`);
      assert.match(lines[0], new RegExp(`^${seed.replace(/[.]/g, '\\.')}: valid \\(\\d+ dates`));
      assert.ok(!lines.some((line) => /^(error|warning)\b/.test(line)));
    });
  }

  test('both at once, in --json: valid, no findings, "$schema" ignored', async () => {
    const { code, report } = await validateJson(...SEEDS);
    assert.equal(code, 0);
    assert.equal(report.valid, true);
    assert.deepEqual(
      report.files.map((file) => [file.input, file.status, file.findings.length]),
      SEEDS.map((seed) => [seed, 'valid', 0]),
    );
    assert.deepEqual(report.files[0].counts, {
      dates: 10,
      committees: 3,
      members: 29,
      tiers: 1,
      sponsors: 1,
      topics: 14,
    });
    assert.match(report.files[1].url, /^file:\/\/.*\/demo\/workshop-2017\.json$/);
  });
});

describe('validate: invalid files (exit 1)', () => {
  test('a date with month 13: the exact line, path and all', async () => {
    const { code, lines } = await runCli(['validate', fixture('bad-month.json')]);
    assert.equal(code, 1);
    assert.deepEqual(lines, [
      'error    dates[2].at: "2022-13-01" is not a date',
      `${fixture('bad-month.json')}: invalid, 1 error`,
    ]);
  });

  test('conference.name missing', async () => {
    const { code, lines } = await runCli(['validate', fixture('no-name.json')]);
    assert.equal(code, 1);
    assert.equal(lines[0], 'error    conference.name: is required');
  });

  test('one skipped item (a member without a name) fails too', async () => {
    const { code, report } = await validateJson(fixture('skipped-member.json'));
    assert.equal(code, 1);
    assert.equal(report.valid, false);
    assert.deepEqual(report.files[0].findings, [
      {
        severity: 'error',
        path: 'committees[0].members[1].name',
        message: 'is required',
        kind: 'skipped',
      },
    ]);
  });

  test('not an object at all', async () => {
    const { code, lines } = await runCli(['validate', '-'], { input: '[1, 2, 3]' });
    assert.equal(code, 1);
    assert.equal(lines[0], 'error    expected an object, got a list');
    assert.equal(lines[1], 'standard input: invalid, 1 error');
  });
});

describe('validate: bad optional fields are warnings (exit 0)', () => {
  const file = fixture('dropped-fields.json');

  test('each one a warning line with its path; the file stays valid with every item', async () => {
    const { code, lines, stderr } = await runCli(['validate', file]);
    assert.equal(code, 0, stderr);
    assert.deepEqual(lines, [
      'warning  conference.url: expected text, got a number 42',
      'warning  dates[0].url: expected text, got a list',
      'warning  dates[0].note: expected text, got an object',
      'warning  committees[0].members[0].role: expected text, got a number 5',
      'warning  committees[0].members[0].photo: "javascript:alert(1)" is not an http(s), mailto or relative URL; it is not linked',
      'warning  committees[0].members[1].affiliation: expected text, got an object',
      'warning  sponsors.tiers[0].sponsors[0].logo: "data:image/png;base64,AAAA" is not an http(s), mailto or relative URL; it is not linked',
      `${file}: valid, 7 warnings (1 date, 1 committee, 1 sponsor)`,
    ]);
  });

  test('--json: kind "dropped", severity "warning", and the items still counted', async () => {
    const { code, report } = await validateJson(file);
    assert.equal(code, 0);
    assert.equal(report.valid, true);
    const [only] = report.files;
    assert.equal(only.status, 'valid');
    assert.equal(only.errors, 0);
    assert.equal(only.warnings, 7);
    assert.ok(only.findings.every((f) => f.severity === 'warning' && f.kind === 'dropped'));
    assert.deepEqual([only.counts.dates, only.counts.members, only.counts.sponsors], [1, 2, 1]);
  });

  test('a dropped field beside a skipped item: the item is still an error', async () => {
    const input = JSON.stringify({
      conference: { name: 'Mixed', timeZone: 'UTC' },
      topics: ['Systems', 7],
      dates: [{ id: 'a', label: 'A', at: '2022-05-01', timeZone: 12 }],
    });
    const { code, stdout } = await runCli(['validate', '--json', '-'], { input });
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.deepEqual(
      report.files[0].findings.map((f) => [f.severity, f.kind, f.path, f.message]),
      [
        // A zone that is not text is dropped as a field, and the date goes with it:
        // it cannot be placed in time without its zone.
        ['warning', 'dropped', 'dates[0].timeZone', 'expected text, got a number 12'],
        ['error', 'skipped', 'dates[0].timeZone', '12 is not a known time zone'],
        ['error', 'skipped', 'topics[1]', 'expected text, got a number 7'],
      ],
    );
  });

  test('ics writes the feed with a warning, without --force', async () => {
    const { code, stdout, stderr } = await runCli(['ics', file]);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /BEGIN:VEVENT/);
    assert.match(stderr, /^warning {2}dates\[0\]\.url: expected text, got a list$/m);
    assert.doesNotMatch(stderr, /^error/m);
  });
});

describe('validate: unreadable input (exit 2)', () => {
  let dir;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'conf-widgets-cli-'));
    // Written here, not kept in test/fixtures: `prettier --check .` would trip on it.
    writeFileSync(
      join(dir, 'broken.json'),
      '{\n  "conference": {\n    "name": "Broken",\n  }\n}\n',
    );
    writeFileSync(join(dir, 'empty.json'), '\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('broken JSON: a clear message on stderr, nothing on stdout', async () => {
    const file = join(dir, 'broken.json');
    const { code, stdout, stderr } = await runCli(['validate', file]);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /^error {4}.*broken\.json is not JSON: /);
    assert.equal(stderr.trim().split('\n').length, 1);
  });

  test('an empty file', async () => {
    const { code, stderr } = await runCli(['validate', join(dir, 'empty.json')]);
    assert.equal(code, 2);
    assert.match(stderr, /empty\.json is empty, not JSON/);
  });

  test('a missing file', async () => {
    const { code, stderr } = await runCli(['validate', 'test/fixtures/cli/no-such-file.json']);
    assert.equal(code, 2);
    assert.equal(stderr, 'error    test/fixtures/cli/no-such-file.json: no such file\n');
  });

  test('a directory', async () => {
    const { code, stderr } = await runCli(['validate', dir]);
    assert.equal(code, 2);
    assert.match(stderr, /is a directory/);
  });

  test('--json reports it too, and the worst status wins', async () => {
    const { code, report } = await validateJson(
      'demo/mlsys-2022.json',
      fixture('bad-month.json'),
      'nope.json',
    );
    assert.equal(code, 2);
    assert.deepEqual(
      report.files.map((file) => file.status),
      ['valid', 'invalid', 'unreadable'],
    );
    assert.deepEqual(report.files[2].error, {
      reason: 'not-found',
      message: 'nope.json: no such file',
    });
  });
});

describe('validate: the command line', () => {
  test('standard input, marked as such', async () => {
    const input = JSON.stringify({ conference: { name: 'Piped', timeZone: 'UTC' } });
    const { code, lines } = await runCli(['validate', '-'], { input });
    assert.equal(code, 0);
    assert.deepEqual(lines, ['standard input: valid (0 dates)']);
  });

  test('--help lists the commands, exit codes and lint rules', async () => {
    const { code, stdout } = await runCli(['--help']);
    assert.equal(code, 0);
    for (const word of ['validate', 'ics', '--json', '--output', 'Exit status', 'fixed-offset']) {
      assert.ok(stdout.includes(word), word);
    }
  });

  test('--version', async () => {
    const { code, stdout } = await runCli(['--version']);
    assert.equal(code, 0);
    assert.match(stdout, /^\d+\.\d+\.\d+/);
  });

  for (const args of [[], ['frobnicate'], ['validate'], ['validate', '--nope', 'x.json']]) {
    test(`usage error for "${args.join(' ')}": exit 2 and a pointer to --help`, async () => {
      const { code, stdout, stderr } = await runCli(args);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, /--help/);
    });
  }

  test('colours only on a terminal (here forced), never in a pipe', async () => {
    const plain = await runCli(['validate', fixture('bad-month.json')]);
    assert.ok(!plain.stdout.includes('\x1b['));
    const forced = await runCli(['validate', fixture('bad-month.json')], {
      env: { FORCE_COLOR: '1' },
    });
    assert.ok(forced.stdout.includes('\x1b[31merror'));
    // eslint-disable-next-line no-control-regex -- ANSI escapes are what is tested
    assert.equal(forced.stdout.replace(/\x1b\[\d+m/g, ''), plain.stdout);
  });
});

describe('validate: collection files', () => {
  test("every conference read, inline and by URL: valid, with the collection's counts", async () => {
    const file = fixture('collection.json');
    const { code, lines, stderr } = await runCli(['validate', file]);
    assert.equal(code, 0, stderr);
    assert.deepEqual(lines, [
      `${file}: valid (3 conferences, 13 dates, 3 committees, 1 sponsor, 14 topics)`,
    ]);
    const { report } = await validateJson(file);
    assert.equal(report.files[0].counts.conferences, 3);
    assert.equal(report.files[0].counts.dates, 13);
  });

  test('problems at their path in the collection; a referenced file that is missing; duplicate ids', async () => {
    const file = fixture('collection-bad.json');
    const { code, lines } = await runCli(['validate', file]);
    assert.equal(code, 1);
    assert.deepEqual(lines, [
      'error    conferences[3]: expected an object, got a number',
      'error    conferences[0].src: no-such-conference.json: no such file',
      'error    conferences[2].dates[0].at: "2027-13-01" is not a date',
      'warning  conferences[2].conference.id: "good27" is also the id of conferences[1] — give each conference its own id: calendars tell events apart by it [duplicate-id]',
      `${file}: invalid, 3 errors, 1 warning`,
    ]);
  });

  test('lint runs on each conference of a collection, at its path', async () => {
    const collection = {
      collection: { name: 'Lint' },
      conferences: [
        {
          conference: { name: 'A', timeZone: 'UTC-7' },
          dates: [{ id: 'p', label: 'P', at: '2026-01-01T11:59', timeZone: 'AoE' }],
        },
      ],
    };
    const result = await runCli(['validate', '--json', '-'], { input: JSON.stringify(collection) });
    assert.equal(result.code, 0);
    const [only] = JSON.parse(result.stdout).files;
    assert.deepEqual(
      only.findings.map((finding) => [finding.path, finding.rule]),
      [
        ['conferences[0].conference.timeZone', 'fixed-offset'],
        ['conferences[0].dates[0].at', 'aoe-1159'],
      ],
    );
  });

  test('a collection without a name or a list: invalid', async () => {
    const { code, lines } = await runCli(['validate', '-'], {
      input: JSON.stringify({ collection: {}, conferences: {} }),
    });
    assert.equal(code, 1);
    assert.deepEqual(lines, [
      'error    collection.name: is required',
      'error    conferences: expected a list, got an object',
      'standard input: invalid, 2 errors',
    ]);
  });
});
