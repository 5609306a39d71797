// `conf-widgets ics`: the iCalendar feed, checked field by field.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fixture, runCli } from './helpers/cli.mjs';

/** The VEVENTs of a feed, each as a map of property (with parameters) to value. */
function events(feed) {
  const unfolded = feed.replace(/\r\n /g, '');
  return [...unfolded.matchAll(/BEGIN:VEVENT\r\n([\s\S]*?)END:VEVENT\r\n/g)].map(
    ([, body]) =>
      new Map(
        body
          .split('\r\n')
          .filter(Boolean)
          .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)]),
      ),
  );
}

const byUid = (list, id) => list.find((event) => event.get('UID').startsWith(`${id}-`));

describe('ics', () => {
  let dir;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'conf-widgets-ics-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('MLSys 2022: UTC times, the AoE date as an all-day event, CRLF, one event per date', async () => {
    const { code, stdout, stderr } = await runCli(['ics', 'demo/mlsys-2022.json'], {
      env: { SOURCE_DATE_EPOCH: '1650000000' },
    });
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    assert.ok(stdout.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'));
    assert.ok(stdout.endsWith('END:VCALENDAR\r\n'));
    assert.ok(!/[^\r]\n/.test(stdout), 'every line ends in CRLF');
    for (const line of stdout.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);

    const list = events(stdout);
    const data = JSON.parse(readFileSync('demo/mlsys-2022.json', 'utf8'));
    assert.equal(list.length, data.dates.filter((date) => date.at !== 'TBD').length);
    assert.equal(list.length, 10);

    const cameraReady = byUid(list, 'camera-ready');
    assert.equal(cameraReady.get('DTSTART'), '20220318T200000Z'); // 13:00 PDT
    assert.equal(cameraReady.get('DTSTAMP'), '20220415T052000Z'); // SOURCE_DATE_EPOCH
    assert.equal(cameraReady.get('SUMMARY'), 'Camera-ready deadline (MLSys 2022)');
    assert.equal(cameraReady.get('CATEGORIES'), 'DEADLINE');

    const travel = byUid(list, 'travel-grant-application');
    assert.equal(travel.get('DTSTART;VALUE=DATE'), '20220629');
    if (travel.has('DTEND;VALUE=DATE')) assert.equal(travel.get('DTEND;VALUE=DATE'), '20220630');
    assert.match(travel.get('DESCRIPTION'), /2022-06-30T12:00:00Z/); // end of the day AoE

    const portal = byUid(list, 'sponsor-portal-opens');
    assert.equal(portal.get('DTSTART'), '20211110T190700Z'); // 11:07 PST
    assert.equal(portal.has('CATEGORIES'), false); // an event, not a deadline
  });

  test('TBD dates are left out; text is escaped; -o writes a file', async () => {
    const out = join(dir, 'feed.ics');
    const { code, stdout, stderr } = await runCli(['ics', fixture('ics-tbd.json'), '-o', out]);
    assert.equal(code, 0, stderr);
    assert.equal(stdout, '');
    assert.equal(stderr, `${out}: 2 events\n`);
    const list = events(readFileSync(out, 'utf8'));
    assert.equal(list.length, 2);
    assert.equal(byUid(list, 'notification'), undefined);
    assert.equal(byUid(list, 'submission').get('DTSTART'), '20240301T225900Z'); // 23:59 CET
    assert.equal(byUid(list, 'workshop').get('SUMMARY'), 'Workshop\\; day 1\\, Berlin (FTW 2024)');
  });

  test('an invalid file: no feed, the problems on stderr, exit 1', async () => {
    const { code, stdout, stderr } = await runCli(['ics', fixture('bad-month.json')]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^error {4}dates\[2\]\.at: "2022-13-01" is not a date$/m);
    assert.match(stderr, /--force/);
  });

  test('--force writes the valid rest', async () => {
    const { code, stdout } = await runCli(['ics', '--force', fixture('bad-month.json')]);
    assert.equal(code, 0);
    assert.equal(events(stdout).length, 2);
  });

  test('a file without a conference name: exit 1, nothing written', async () => {
    const { code, stdout } = await runCli(['ics', '--force', fixture('no-name.json')]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
  });

  test('a missing file: exit 2', async () => {
    const { code, stderr } = await runCli(['ics', 'nope.json']);
    assert.equal(code, 2);
    assert.match(stderr, /nope\.json: no such file/);
  });
});

describe('ics of a collection file', () => {
  const file = fixture('collection.json');

  test('one feed of every conference: named after the collection, refresh hints, UTC times', async () => {
    const { code, stdout, stderr } = await runCli(['ics', file], {
      env: { SOURCE_DATE_EPOCH: '1796000000' },
    });
    assert.equal(code, 0, stderr);
    const unfolded = stdout.replace(/\r\n /g, '');
    const head = unfolded.slice(0, unfolded.indexOf('BEGIN:VEVENT'));
    assert.match(head, /^X-WR-CALNAME:Deadlines we track\r$/m);
    assert.match(head, /^NAME:Deadlines we track\r$/m);
    assert.match(head, /^REFRESH-INTERVAL;VALUE=DURATION:PT12H\r$/m);
    assert.match(head, /^X-PUBLISHED-TTL:PT12H\r$/m);
    const list = events(stdout);
    assert.equal(list.length, 10 + 1 + 1); // MLSys 2022 by src, OSDI's TBD left out, ICML
    const osdi = byUid(list, 'osdi27-paper');
    assert.equal(osdi.get('DTSTART'), '20261211T010000Z'); // Dec 10 17:00 PST (UTC−8)
    assert.equal(osdi.get('SUMMARY'), 'Paper deadline (OSDI 2027)');
    assert.equal(osdi.get('URL'), undefined); // OSDI's entry has no url
    assert.equal(
      byUid(list, 'camera-ready').get('URL'),
      'https://mlsys.org/Conferences/2022', // the conference's, the date having none
    );
    const icml = byUid(list, 'icml27-paper');
    assert.equal(icml.get('DTSTART;VALUE=DATE'), '20270128');
    assert.match(icml.get('DESCRIPTION'), /2027-01-29T12:00:00Z/); // end of the day AoE
    assert.equal(byUid(list, 'camera-ready').get('DTSTART'), '20220318T200000Z');
  });

  test('UIDs are the same on every run, and differ between conferences', async () => {
    const uids = async (epoch) =>
      events((await runCli(['ics', file], { env: { SOURCE_DATE_EPOCH: epoch } })).stdout).map(
        (event) => event.get('UID'),
      );
    const first = await uids('1796000000');
    assert.deepEqual(await uids('1800000000'), first);
    assert.equal(new Set(first).size, first.length);
    assert.match(
      first.find((uid) => uid.startsWith('osdi27-')),
      /^osdi27-paper-[0-9a-f]{8}@conf-widgets$/,
    );
  });

  test("--tags: the conferences with any of them (an entry's tags count, in any case)", async () => {
    const ml = await runCli(['ics', '--tags', 'ml', file]);
    assert.equal(ml.code, 0, ml.stderr);
    assert.deepEqual(
      events(ml.stdout).map((event) => event.get('UID').replace(/-[0-9a-f]{8}@.*/, '')),
      ['icml27-paper'],
    );
    const systems = await runCli(['ics', '--tags', 'SYSTEMS,nlp', file]);
    assert.equal(events(systems.stdout).length, 10 + 1);
  });

  test('no conference with the tags: exit 1, nothing written', async () => {
    const { code, stdout, stderr } = await runCli(['ics', '--tags', 'theory', file]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(
      stderr,
      /no conference in .*collection\.json has the tags theory; no feed written/,
    );
  });

  test('a feed of only TBD dates is an error, not an empty calendar', async () => {
    const { code, stdout, stderr } = await runCli(['ics', fixture('collection-tbd.json')]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /has no date with a time \(only TBD\); no feed written/);
  });

  test('invalid entries: their paths in the collection, no feed; --force writes the valid rest', async () => {
    const bad = fixture('collection-bad.json');
    const refused = await runCli(['ics', bad]);
    assert.equal(refused.code, 1);
    assert.equal(refused.stdout, '');
    assert.match(
      refused.stderr,
      /^error {4}conferences\[0\]\.src: no-such-conference\.json: no such file$/m,
    );
    assert.match(
      refused.stderr,
      /^error {4}conferences\[2\]\.dates\[0\]\.at: "2027-13-01" is not a date$/m,
    );
    const forced = await runCli(['ics', '--force', bad]);
    assert.equal(forced.code, 0, forced.stderr);
    assert.equal(events(forced.stdout).length, 2); // good27's paper, the bad one's camera-ready
  });

  test('--tags on a single data file: a wrong command line', async () => {
    const { code, stderr } = await runCli(['ics', '--tags', 'ml', 'demo/mlsys-2022.json']);
    assert.equal(code, 2);
    assert.match(stderr, /--tags: only a collection file/);
  });
});
