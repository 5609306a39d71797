// `conf-widgets import` rule by rule, on files written to break each rule
// (test/fixtures/trackers/broken/). Every instant below is computed by hand from the
// tracker's wall-clock time and zone, and compared with what our runtime makes of the
// import: `conf-widgets ics` of it, UTC DTSTART by UID.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runCli } from './helpers/cli.mjs';

const BROKEN = 'test/fixtures/trackers/broken';
const SNAPSHOTS = 'test/fixtures/trackers';

let dir;
before(() => (dir = mkdtempSync(join(tmpdir(), 'conf-widgets-import-'))));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Imports into a file; resolves { code, stderr, warnings, collection, file }. */
async function importInto(name, args) {
  const file = join(dir, `${name}.json`);
  const result = await runCli(['import', ...args, '-o', file], {
    env: { SOURCE_DATE_EPOCH: '1796000000' },
  });
  const warnings = result.stderr.split('\n').filter((line) => line.startsWith('warning  '));
  const collection = result.code === 0 ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  return { ...result, warnings, collection, file };
}

/** `ics` of a file: DTSTART (or DTSTART;VALUE=DATE) by UID without its hash. */
async function instants(file) {
  const { code, stdout, stderr } = await runCli(['ics', file]);
  assert.equal(code, 0, stderr);
  const unfolded = stdout.replace(/\r\n /g, '');
  return Object.fromEntries(
    [...unfolded.matchAll(/BEGIN:VEVENT\r\n([\s\S]*?)END:VEVENT/g)].map(([, body]) => [
      /^UID:(.*)-[0-9a-f]{8}@conf-widgets\r$/m.exec(body)[1],
      /^DTSTART(?:;VALUE=DATE)?:(.*)\r$/m.exec(body)[1],
    ]),
  );
}

const conference = (collection, id) =>
  collection.conferences.find((item) => item.conference.id === id);

describe('import ccfddl: zones, DST weeks, data errors', () => {
  let run;
  before(async () => {
    run = await importInto('ccfddl', ['ccfddl', `${BROKEN}/ccfddl`, '--tags', 'Lab,systems']);
  });

  test('exit 0; the output is a collection that validate accepts', async () => {
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(run.collection.collection, {
      name: 'Deadlines from ccfddl/ccf-deadlines',
      source: 'ccfddl/ccf-deadlines, MIT',
      updated: '2026-11-30', // SOURCE_DATE_EPOCH
    });
    const validated = await runCli(['validate', run.file]);
    assert.equal(validated.code, 0, validated.stdout);
    assert.match(validated.lines.at(-1), /: valid, .*\(7 conferences, 16 dates\)$/);
  });

  test('an edition: id, names, link, zone, days and place, tags (series, category, ranks, --tags)', () => {
    assert.deepEqual(conference(run.collection, 'dst26').conference, {
      id: 'dst26',
      name: 'Conference of the Daylight Saving Weeks',
      shortName: 'DSTCONF 2026',
      url: 'https://example.org/dst26/',
      timeZone: 'America/Los_Angeles',
      start: '2026-12-07',
      end: '2026-12-09',
      venue: 'Santa Clara, USA',
      tags: ['dstconf', 'ds', 'ccf-a', 'core-a*', 'lab', 'systems'],
    });
  });

  test('PT is Pacific time all year: −8 in winter, −7 in summer, the change days, the gap and the repeated hour', async () => {
    const feed = await instants(run.file);
    assert.deepEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => feed[`dst26-${n === 1 ? 'paper' : `paper-${n}`}`]),
      [
        '20260116T075959Z', // Jan 15 23:59:59 PST (UTC−8)
        '20260308T093000Z', // Mar 8 01:30 PST, before the change at 02:00
        '20260308T103000Z', // Mar 8 02:30 does not exist: 03:30 PDT (Temporal "compatible")
        '20260309T065959Z', // Mar 8 23:59:59 PDT (UTC−7)
        '20260716T065959Z', // Jul 15 23:59:59 PDT
        '20261101T083000Z', // Nov 1 01:30 happens twice: the first, PDT
        '20261102T075959Z', // Nov 1 23:59:59 PST
      ],
    );
    assert.ok(
      run.warnings.includes(
        `warning  ${BROKEN}/ccfddl/XX/dst.yml: [0].confs[0].timezone (dst26): "PT" is an abbreviation; read as America/Los_Angeles (Pacific local time all year)`,
      ),
      run.stderr,
    );
  });

  test('Etc/GMT+8 is UTC−8 (POSIX sign); UTC+5:30; UTC-12 is AoE — in our spelling', async () => {
    const feed = await instants(run.file);
    assert.equal(conference(run.collection, 'etc26').conference.timeZone, 'UTC-08:00');
    assert.equal(feed['etc26-paper'], '20260501T200000Z');
    assert.equal(conference(run.collection, 'ist26').conference.timeZone, 'UTC+05:30');
    assert.equal(feed['ist26-paper'], '20260501T063000Z');
    assert.equal(conference(run.collection, 'aoe26').conference.timeZone, 'AoE');
    assert.equal(feed['aoe26-paper'], '20260502T115959Z');
    assert.equal(feed['aoe26-abstract'], '20260425T115959Z');
  });

  test('round names become kinds and labels; a notification is an event', () => {
    const dates = conference(run.collection, 'dst26').dates;
    assert.deepEqual(dates[0], {
      id: 'paper',
      label: 'Paper deadline (Winter round)',
      at: '2026-01-15T23:59:59',
      kind: 'paper',
    });
    assert.equal(dates[1].label, 'Paper deadline (before the spring change)');
    assert.deepEqual(dates.at(-1), {
      id: 'notification',
      label: 'Notification to authors',
      at: '2026-11-20T23:59:59',
      kind: 'notification',
      deadline: false,
    });
  });

  test('a zone that is not one (Etc/UTC+12): the round skipped, never guessed, with a warning', () => {
    assert.equal(conference(run.collection, 'bad26'), undefined);
    assert.ok(
      run.warnings.includes(
        `warning  ${BROKEN}/ccfddl/XX/zones.yml: [0].confs[3].timeline[0].deadline (bad26): "Etc/UTC+12" is not a time zone we can read without guessing; round skipped`,
      ),
    );
    assert.match(run.stderr, /\(bad26\): no round could be read; edition skipped/);
  });

  test('TBA → "TBD"; an unsafe link is left out; markup in a place stays text', () => {
    const tba = conference(run.collection, 'tba26');
    assert.deepEqual(tba.dates, [
      { id: 'paper', label: 'Paper deadline', at: 'TBD', kind: 'paper' },
    ]);
    assert.equal(tba.conference.url, undefined);
    assert.equal(tba.conference.venue, '<img src=x onerror=alert(1)>');
    assert.match(run.stderr, /\(tba26\): link "javascript:alert\(1\)" is not an http\(s\) URL/);
  });

  test('data errors are warnings naming file and entry', () => {
    const at = `warning  ${BROKEN}/ccfddl/XX/zones.yml: [0].confs`;
    for (const line of [
      `${at}[5].timeline[0].abstract deadline (order26): misspelt key "abstract deadline"; read as "abstract_deadline"`,
      `${at}[5].timeline[0].data (order26): unknown key "data"; ignored`,
      `${at}[5].timeline[0].abstract_deadline (order26): the abstract deadline (2026-06-10T23:59:59) is after the paper deadline (2026-06-01T23:59:59)`,
      `${at}[5].timeline[0].deadline (order26): the deadline "Paper deadline" (2026-06-01T23:59:59) is after the conference starts (2026-05-03)`,
      `${at}[6] (aoe26): duplicate id "aoe26"; written as "aoe26-2"`,
    ])
      assert.ok(run.warnings.includes(line), `${line}\n---\n${run.stderr}`);
    // the misspelt key is read: the abstract deadline is there
    assert.equal(conference(run.collection, 'order26').dates[0].at, '2026-06-10T23:59:59');
    assert.equal(conference(run.collection, 'aoe26-2').conference.shortName, 'ZONES 2027');
  });
});

describe('import ccfddl: round names → kinds and labels', () => {
  test('the free-text comments, one round each', async () => {
    const run = await importInto('kinds', ['ccfddl', `${BROKEN}/kinds`]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(
      run.collection.conferences[0].dates.map((date) => [
        date.id,
        date.deadline ?? true,
        date.label,
      ]),
      [
        ['abstract', true, 'Abstracts Due'],
        ['abstract-2', true, 'Spring Registration Deadline'], // a paper's registration
        ['paper', true, 'Abstract and full paper submission'],
        ['paper-2', true, 'Paper deadline (first round)'],
        ['paper-3', true, 'Paper deadline (Spring)'],
        ['supplementary', true, 'Supplementary material'],
        ['rebuttal', true, 'Author response period ends'],
        ['rebuttal-2', false, 'Rebuttal period opens'], // when it begins: an event
        ['notification', false, 'Paper Notification'],
        ['camera-ready', true, 'Final Copy Deadline'],
        ['registration', true, 'Early registration deadline'], // for attending
        ['abstract-3', true, 'Abstract deadline (Cycle 2)'],
        ['paper-4', true, 'Paper deadline (Cycle 2)'],
      ],
    );
  });
});

describe('import ai-deadlines and huggingface', () => {
  test('ai-deadlines: PST in January, a one-digit month, a misspelt key, an end before the start', async () => {
    const run = await importInto('ai', ['ai-deadlines', `${BROKEN}/conferences.yml`]);
    assert.equal(run.code, 0, run.stderr);
    const winter = conference(run.collection, 'winter26');
    assert.deepEqual(winter.conference, {
      id: 'winter26',
      name: 'Winter Conference on Standard Time',
      shortName: 'WINTER 2026',
      url: 'https://example.org/winter26/',
      timeZone: 'America/Los_Angeles',
      start: '2026-06-03',
      venue: 'Portland, USA',
      tags: ['winter', 'ml', 'cv'],
    });
    const feed = await instants(run.file);
    assert.equal(feed['winter26-abstract'], '20260104T075959Z'); // Jan 3 23:59:59 PST
    assert.equal(feed['winter26-paper'], '20260111T075900Z'); // Jan 10 23:59 PST
    const at = `warning  ${BROKEN}/conferences.yml: [0]`;
    for (const line of [
      `${at}.data (winter26): unknown key "data" (misspelt "date"?); ignored`,
      `${at}.timezone (winter26): "PST" is an abbreviation; read as America/Los_Angeles (Pacific local time all year)`,
      `${at} (winter26): ends (2026-06-01) before it starts (2026-06-03); end left out`,
    ])
      assert.ok(run.warnings.includes(line), `${line}\n---\n${run.stderr}`);
    assert.match(
      run.stderr,
      /\[1\]\.deadline \(nowhere26\): "Mars\/Olympus_Mons" is not a time zone/,
    );
  });

  test('huggingface: types → kinds, per-deadline zones (KST, GMT+02, IANA), rankings and tags', async () => {
    const run = await importInto('hf', ['huggingface', `${BROKEN}/huggingface`]);
    assert.equal(run.code, 0, run.stderr);
    const [only] = run.collection.conferences;
    assert.deepEqual(only.conference.tags, [
      'kinds',
      'machine-learning',
      'computer-vision',
      'ccf-a',
      'core-a*',
      'era-a',
    ]);
    assert.equal(only.conference.venue, 'Seoul, South Korea');
    assert.deepEqual(
      only.dates.map((date) => [date.id, date.kind, date.deadline ?? true, date.timeZone]),
      [
        ['abstract', 'abstract', true, undefined],
        ['paper', 'paper', true, undefined],
        ['rebuttal', 'rebuttal', false, 'UTC'],
        ['camera-ready', 'camera-ready', true, 'UTC+02:00'],
        ['poster', 'poster', true, 'Asia/Kolkata'],
        ['notification', 'notification', false, undefined],
      ],
    );
    assert.equal(only.conference.timeZone, 'Asia/Seoul');
    assert.equal(only.dates.at(-1).at, 'TBD');
    const feed = await instants(run.file);
    assert.deepEqual(feed, {
      'kinds26-abstract': '20260301T145959Z', // KST, UTC+9
      'kinds26-paper': '20260308T145959Z',
      'kinds26-rebuttal': '20260501T000000Z',
      'kinds26-camera-ready': '20260701T215959Z', // GMT+02
      'kinds26-poster': '20260715T063000Z', // IST, UTC+5:30
    });
    assert.equal(run.warnings.filter((line) => /"KST" is an abbreviation/.test(line)).length, 2);
  });

  test('nothing importable: exit 1, no collection, the reasons on stderr', async () => {
    const run = await importInto('nothing', ['ai-deadlines', `${BROKEN}/nothing.yml`]);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /"Etc\/UTC\+12" is not a time zone we can read without guessing/);
    assert.match(run.stderr, /nothing could be imported; no collection written/);
  });
});

describe('import: options and the command line', () => {
  test("a renamed duplicate id never takes another edition's id", async () => {
    const file = join(dir, 'ids.yml');
    const edition = (id, year) =>
      `- {title: IDS, year: ${year}, id: ${id}, link: 'https://example.org/', deadline: '${year - 1}-10-01 23:59:59', timezone: AoE, sub: ML}`;
    writeFileSync(
      file,
      [edition('ids26', 2026), edition('ids26-2', 2027), edition('ids26', 2028)].join('\n'),
    );
    const run = await importInto('ids', ['ai-deadlines', file]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(
      run.collection.conferences.map((item) => [item.conference.id, item.conference.shortName]),
      [
        ['ids26', 'IDS 2026'],
        ['ids26-2', 'IDS 2027'],
        ['ids26-3', 'IDS 2028'],
      ],
    );
    assert.match(run.stderr, /\[2\] \(ids26\): duplicate id "ids26"; written as "ids26-3"/);
  });

  test("ccfddl's free-text dates → start and end; a month alone or the wrong year → none", async () => {
    const S = `${SNAPSHOTS}/ccfddl/conference`;
    const run = await importInto('ranges', [
      'ccfddl',
      `${S}/NW/iwqos.yml`,
      `${S}/NW/nossdav.yml`,
      `${S}/NW/mobicom.yml`,
      `${S}/DB/cikm.yml`,
    ]);
    const days = (id) => {
      const { start, end } = conference(run.collection, id).conference;
      return [start, end];
    };
    assert.deepEqual(days('iwqos26'), ['2026-06-29', '2026-07-02']); // "29 June - 2 July, 2026"
    assert.deepEqual(days('nossdav26'), ['2026-04-08', '2026-04-08']); // "April 8, 2026"
    assert.deepEqual(days('cikm21'), ['2021-11-01', '2021-11-05']); // "November 01-05, 2021"
    assert.deepEqual(days('mobicom24'), [undefined, undefined]); // "October, 2024"
    assert.deepEqual(days('cikm20'), [undefined, undefined]); // "October 19-23, 2021" for 2020
    assert.ok(
      run.warnings.includes(
        `warning  ${S}/DB/cikm.yml: [0].confs[0].date (cikm20): 2021-10-19 is not in 2020; dates left out`,
      ),
    );
  });

  test('ccfddl: one merged file of series (their allconf.yml) imports as the folder does', async () => {
    const files = ['MX/mlsys.yml', 'SE/osdi.yml'].map(
      (name) => `${SNAPSHOTS}/ccfddl/conference/${name}`,
    );
    const merged = join(dir, 'allconf.yml');
    writeFileSync(merged, files.map((file) => readFileSync(file, 'utf8')).join('\n'));
    const one = await importInto('allconf', ['ccfddl', merged]);
    const two = await importInto('two-files', ['ccfddl', ...files]);
    assert.equal(one.code, 0, one.stderr);
    assert.deepEqual(one.collection.conferences, two.collection.conferences);
    assert.equal(one.collection.conferences.length, 6 + 6);
  });

  test("a ccfddl comment that is a sentence about other dates is a note, not the round's name or kind", async () => {
    const run = await importInto('3dv', ['ccfddl', `${SNAPSHOTS}/ccfddl/conference/CG/3dv.yml`]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(conference(run.collection, '3dv2027').dates, [
      {
        id: 'paper',
        label: 'Paper deadline',
        at: '2026-08-28T11:00:00',
        kind: 'paper',
        note: 'Supplementary material due Sep 2, 2026. All deadlines are 11:00 am PDT.',
      },
    ]);
  });

  test('--since drops editions whose every date is before the day; --name names the collection', async () => {
    const all = await importInto('mlsys-all', [
      'ccfddl',
      `${SNAPSHOTS}/ccfddl/conference/MX/mlsys.yml`,
    ]);
    const recent = await importInto('mlsys-recent', [
      'ccfddl',
      `${SNAPSHOTS}/ccfddl/conference/MX/mlsys.yml`,
      '--since',
      '2024-10-24',
      '--name',
      'ML systems',
      '--feed',
      'ml-systems.ics',
    ]);
    assert.deepEqual(
      all.collection.conferences.map((item) => item.conference.id),
      ['mlsys21', 'mlsys22', 'mlsys23', 'mlsys24', 'mlsys25', 'mlsys26'],
    );
    // mlsys25's deadline is on 2024-10-24 itself: kept
    assert.deepEqual(
      recent.collection.conferences.map((item) => item.conference.id),
      ['mlsys25', 'mlsys26'],
    );
    assert.equal(recent.collection.collection.name, 'ML systems');
    assert.equal(recent.collection.collection.feed, 'ml-systems.ics');
    assert.match(
      recent.stderr,
      /6 editions read, 2 imported with 2 dates, 4 before --since left out/,
    );
    const mlsys22 = conference(all.collection, 'mlsys22');
    assert.deepEqual(mlsys22.conference.tags, ['mlsys', 'mx']);
    assert.equal(mlsys22.conference.start, '2022-08-29');
    assert.equal(mlsys22.conference.end, '2022-09-01');
  });

  test('a wrong command line: exit 2 with a reason', async () => {
    for (const [args, reason] of [
      [['import'], /which tracker\?/],
      [['import', 'dblp', 'x'], /which tracker\?/],
      [['import', 'ccfddl'], /which files or folders\?/],
      [['import', 'ccfddl', 'x', '--since', '2024-02-30'], /--since 2024-02-30: expected a day/],
      [
        ['validate', 'x', '--since', '2024-01-01'],
        /--since, --name and --feed belong to the import command/,
      ],
    ]) {
      const { code, stderr } = await runCli(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, reason);
    }
  });

  test('a path that does not exist: a warning, and exit 1 when it was the only one', async () => {
    const run = await importInto('missing', ['huggingface', 'no/such/folder']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^warning {2}no\/such\/folder: cannot be read \(ENOENT\)$/m);
  });
});

describe('demo/lab-venues.json', () => {
  test('is what the command in demo/lab-venues.md makes from the snapshot, byte for byte', async () => {
    const doc = readFileSync('demo/lab-venues.md', 'utf8');
    const command = /```sh\n([\s\S]*?)\n```/.exec(doc)[1];
    const T = /^T=(.*)$/m.exec(command)[1];
    const start = command.indexOf('node bin/conf-widgets.js import');
    const importLine = command
      .slice(start, command.indexOf('\nSOURCE_DATE_EPOCH=', start))
      .replace(/\\\n\s*/g, ' ')
      .replace(/\$T/g, T);
    const args = [...importLine.matchAll(/"([^"]*)"|(\S+)/g)]
      .map((match) => match[1] ?? match[2])
      .slice(2) // node bin/conf-widgets.js
      .map((arg) => (arg === 'demo/lab-venues.json' ? join(dir, 'lab.json') : arg));
    const { code, stderr } = await runCli(args, { env: { SOURCE_DATE_EPOCH: '1796601600' } });
    assert.equal(code, 0, stderr);
    assert.equal(
      readFileSync(join(dir, 'lab.json'), 'utf8'),
      readFileSync('demo/lab-venues.json', 'utf8'),
    );
    assert.match(stderr, /12 imported with 59 dates, 66 before --since left out, 7 warnings/);
    // and its feed, from the second command
    assert.match(command, /ics demo\/lab-venues\.json \\\n\s*-o demo\/lab-venues\.ics$/);
    const feed = await runCli(['ics', 'demo/lab-venues.json'], {
      env: { SOURCE_DATE_EPOCH: '1796601600' },
    });
    assert.equal(feed.code, 0, feed.stderr);
    assert.equal(feed.stdout, readFileSync('demo/lab-venues.ics', 'utf8'));
  });
});

describe('import: every zone spelling, against instants worked out by hand', () => {
  // [edition id, the zone we write, noon local time on the day of the file as UTC]
  const SUMMER = '2026-07-01 12:00, local';
  const TABLE = [
    ['aoe', 'AoE', '20260702T000000Z'],
    ['utcm12', 'AoE', '20260702T000000Z'],
    ['gmtm12', 'AoE', '20260702T000000Z'],
    ['etcp12', 'AoE', '20260702T000000Z'], // Etc/GMT+12 is UTC−12
    ['utcp0', 'UTC', '20260701T120000Z'],
    ['utc', 'UTC', '20260701T120000Z'],
    ['gmt', 'UTC', '20260701T120000Z'],
    ['utcm7', 'UTC-07:00', '20260701T190000Z'],
    ['utcp8', 'UTC+08:00', '20260701T040000Z'],
    ['gmtp8', 'UTC+08:00', '20260701T040000Z'],
    ['utcp0530', 'UTC+05:30', '20260701T063000Z'],
    ['utcp530', 'UTC+05:30', '20260701T063000Z'],
    ['etcm9', 'UTC+09:00', '20260701T030000Z'], // Etc/GMT-9 is UTC+9
    ['etcp8', 'UTC-08:00', '20260701T200000Z'],
    ['pt', 'America/Los_Angeles', '20260701T190000Z'], // PDT, UTC−7, in July
    ['pst', 'America/Los_Angeles', '20260701T190000Z'], // "PST" in July means PDT
    ['pdt', 'America/Los_Angeles', '20260701T190000Z'],
    ['et', 'America/New_York', '20260701T160000Z'], // EDT, UTC−4
    ['est', 'America/New_York', '20260701T160000Z'],
    ['edt', 'America/New_York', '20260701T160000Z'],
    ['ct', 'America/Chicago', '20260701T170000Z'], // CDT, UTC−5
    ['cst', 'America/Chicago', '20260701T170000Z'],
    ['cdt', 'America/Chicago', '20260701T170000Z'],
    ['cet', 'Europe/Berlin', '20260701T100000Z'], // CEST, UTC+2
    ['cest', 'Europe/Berlin', '20260701T100000Z'],
    ['jst', 'Asia/Tokyo', '20260701T030000Z'],
    ['kst', 'Asia/Seoul', '20260701T030000Z'],
    ['london', 'Europe/London', '20260701T110000Z'], // BST, UTC+1
    ['kolkata', 'Asia/Kolkata', '20260701T063000Z'],
    // 2026-01-15 12:00 local: standard time
    ['pstjan', 'America/Los_Angeles', '20260115T200000Z'],
    ['estjan', 'America/New_York', '20260115T170000Z'],
    ['cstjan', 'America/Chicago', '20260115T180000Z'],
    ['cetjan', 'Europe/Berlin', '20260115T110000Z'],
    ['londonjan', 'Europe/London', '20260115T120000Z'],
  ];
  // Not zones, or not one zone: skipped, never guessed
  const SKIPPED = [
    ['etcutc', '"Etc/UTC+12" is not a time zone we can read without guessing'],
    ['utcp15', '"UTC+15" is not a UTC offset'],
    ['pacific', '"Pacific Time" is not a time zone we can read without guessing'],
    ['ist', '"IST" is not a time zone we can read without guessing'], // India, Ireland or Israel
    ['bst', '"BST" is not a time zone we can read without guessing'], // British or Bangladesh
    ['nozone', 'no time zone given'],
  ];

  test(`${TABLE.length} spellings read, ${SKIPPED.length} skipped (${SUMMER} and in January)`, async () => {
    const run = await importInto('zones', ['ai-deadlines', `${BROKEN}/zones.yml`]);
    assert.equal(run.code, 0, run.stderr);
    const feed = await instants(run.file);
    assert.deepEqual(
      run.collection.conferences.map((item) => [
        item.conference.id,
        item.conference.timeZone,
        feed[`${item.conference.id}-paper`],
      ]),
      TABLE,
    );
    for (const [id, reason] of SKIPPED)
      assert.ok(
        run.warnings.some((line) => line.endsWith(`.deadline (${id}): ${reason}; round skipped`)),
        `${id}\n${run.stderr}`,
      );
    // every abbreviation read as a region's zone is a warning
    const guessed = ['pt', 'pst', 'pdt', 'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'cet', 'cest'];
    for (const id of [...guessed, 'jst', 'kst', 'pstjan', 'estjan', 'cstjan', 'cetjan'])
      assert.ok(
        run.warnings.some(
          (line) =>
            line.includes(`.timezone (${id}): "`) && / is an abbreviation; read as /.test(line),
        ),
        id,
      );
    assert.equal(run.warnings.filter((line) => / is an abbreviation/.test(line)).length, 17);
  });
});
