// `conf-widgets import` on the three trackers' whole snapshots: every deadline the
// trackers wrote must reach the feed at the instant the tracker meant. The expected
// instants come from an oracle written here, from the raw YAML strings, with none of
// our time code: a zone table of its own and Intl's offsets (the usual offset-finding
// technique). What we compare them with is what our runtime makes of the import —
// `conf-widgets ics` of the imported collection (UTC DTSTARTs).
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse } from 'yaml';
import { runCli } from './helpers/cli.mjs';

const TRACKERS = 'test/fixtures/trackers';

// ------------------------------------------------------------------------- the oracle

/** Minutes east of UTC of an IANA zone at an instant, from Intl alone. */
function intlOffset(zone, epochMs) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(epochMs)
      .filter((part) => part.type !== 'literal')
      .map((part) => [part.type, Number(part.value)]),
  );
  const asUtc = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );
  return (asUtc - epochMs) / 60_000;
}

/** The abbreviations the trackers use for local time all year, by hand. */
const ABBREVIATIONS = {
  PT: 'America/Los_Angeles',
  PST: 'America/Los_Angeles',
  PDT: 'America/Los_Angeles',
  CET: 'Europe/Berlin',
};

/**
 * The tracker's zone → how to find the offset: { fixed: minutes } or { iana: name }, or
 * undefined when the tracker's zone means nothing certain (the entry must be skipped).
 */
function oracleZone(raw) {
  if (raw === 'AoE') return { fixed: -720 };
  if (raw === 'UTC' || raw === 'GMT') return { fixed: 0 };
  const offset = /^(?:UTC|GMT)([+-])(\d{1,2})(?::(\d{2}))?$/.exec(raw);
  if (offset)
    return {
      fixed: (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3] ?? 0)),
    };
  const posix = /^Etc\/GMT([+-])(\d{1,2})$/.exec(raw);
  if (posix) return { fixed: (posix[1] === '+' ? -1 : 1) * Number(posix[2]) * 60 };
  if (ABBREVIATIONS[raw]) return { iana: ABBREVIATIONS[raw], abbreviation: true };
  if (/^[A-Z][a-z]+\/[A-Za-z_]+$/.test(raw)) return { iana: raw };
  return undefined;
}

/** "2025-05-15 23:59:59" in the tracker's zone → epoch ms; null for TBA/TBD. */
function oracleInstant(value, rawZone) {
  if (/^(TBA|TBD)$/i.test(value)) return null;
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2}) (\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  assert.ok(m, `the oracle reads every date of the snapshots: ${value}`);
  const wall = Date.UTC(m[1], m[2] - 1, m[3], m[4], m[5], m[6] ?? 0);
  const zone = oracleZone(rawZone);
  if (!zone) return undefined;
  if (zone.fixed !== undefined) return wall - zone.fixed * 60_000;
  // Offset at a first guess, then at the corrected instant (a DST change in between).
  const first = wall - intlOffset(zone.iana, wall) * 60_000;
  return wall - intlOffset(zone.iana, first) * 60_000;
}

// ------------------------------------------------------ the raw entries, per tracker

function yamlFiles(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return yamlFiles(path);
      return name.endsWith('.yml') && name !== 'types.yml' ? [path] : [];
    });
}

/** Every dated round: { edition: "MLSys 2022", id, value, zone }. */
const RAW = {
  ccfddl() {
    const rounds = [];
    for (const file of yamlFiles(`${TRACKERS}/ccfddl/conference`))
      for (const series of parse(readFileSync(file, 'utf8')))
        for (const conf of series.confs)
          for (const entry of conf.timeline)
            for (const key of ['abstract_deadline', 'abstract deadline', 'deadline'])
              if (entry[key] !== undefined)
                rounds.push({
                  edition: `${series.title} ${conf.year}`,
                  id: conf.id,
                  value: entry[key],
                  zone: conf.timezone,
                });
    return rounds;
  },
  huggingface() {
    const rounds = [];
    const flat = [
      'abstract_deadline',
      'deadline',
      'review_release_date',
      'rebuttal_period_end',
      'final_decision_date',
    ];
    for (const file of yamlFiles(`${TRACKERS}/huggingface/conferences`))
      for (const conf of parse(readFileSync(file, 'utf8'))) {
        const edition = `${conf.title} ${conf.year}`;
        if (conf.deadlines)
          for (const entry of conf.deadlines)
            rounds.push({
              edition,
              id: conf.id,
              value: entry.date,
              zone: entry.timezone ?? conf.timezone,
            });
        // Without a list, the old fields are the rounds (with one, they are its copies).
        else
          for (const key of flat)
            if (conf[key] !== undefined)
              rounds.push({ edition, id: conf.id, value: conf[key], zone: conf.timezone });
      }
    return rounds;
  },
  'ai-deadlines'() {
    const rounds = [];
    for (const conf of parse(
      readFileSync(`${TRACKERS}/ai-deadlines/_data/conferences.yml`, 'utf8'),
    ))
      for (const key of ['abstract_deadline', 'deadline'])
        if (conf[key] !== undefined)
          rounds.push({
            edition: `${conf.title} ${conf.year}`,
            id: conf.id,
            value: conf[key],
            zone: conf.timezone,
          });
    return rounds;
  },
};

const PATHS = {
  ccfddl: `${TRACKERS}/ccfddl/conference`,
  huggingface: `${TRACKERS}/huggingface/conferences`,
  'ai-deadlines': `${TRACKERS}/ai-deadlines/_data/conferences.yml`,
};

/** VEVENTs of a feed: { summary, start }. */
function feedEvents(feed) {
  const unfolded = feed.replace(/\r\n /g, '');
  return [...unfolded.matchAll(/BEGIN:VEVENT\r\n([\s\S]*?)END:VEVENT\r\n/g)].map(([, body]) => {
    const summary = /^SUMMARY:([^\r\n]*)/m.exec(body)[1].replace(/\\(.)/g, '$1');
    const start = /^DTSTART:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\r?$/m.exec(body);
    assert.ok(start, `every tracker deadline is an exact time: ${body}`);
    const [, y, mo, d, h, mi, s] = start.map(Number);
    return { summary, start: Date.UTC(y, mo - 1, d, h, mi, s) };
  });
}

function multiset(pairs) {
  const map = new Map();
  for (const [key, value] of pairs) map.set(key, [...(map.get(key) ?? []), value].sort());
  return map;
}

describe('import: every instant of the three snapshots is the one the tracker meant', () => {
  let dir;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'conf-widgets-oracle-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const tracker of Object.keys(RAW)) {
    test(tracker, async () => {
      const out = join(dir, `${tracker}.json`);
      const imported = await runCli(['import', tracker, PATHS[tracker], '-o', out]);
      assert.equal(imported.code, 0, imported.stderr);

      const validated = await runCli(['validate', out]);
      assert.equal(validated.code, 0, validated.stdout);
      assert.match(validated.lines.at(-1), /: valid\b/);

      const feed = await runCli(['ics', out]);
      assert.equal(feed.code, 0, feed.stderr);
      const events = feedEvents(feed.stdout);

      const rounds = RAW[tracker]();
      const expected = [];
      const skipped = [];
      for (const round of rounds) {
        const instant = oracleInstant(round.value, round.zone);
        if (instant === undefined) skipped.push(round);
        else if (instant !== null) expected.push([round.edition, instant]);
        // A guess (an abbreviation read as its region's zone) never passes silently.
        const zone = oracleZone(round.zone);
        if (zone?.abbreviation)
          assert.match(
            imported.stderr,
            new RegExp(
              `\\(${round.id}\\): "${round.zone}" is an abbreviation; read as ${zone.iana}`,
            ),
          );
      }
      // Zones the oracle cannot read are skipped by the importer, each with a warning.
      for (const round of skipped)
        assert.match(imported.stderr, new RegExp(`\\(${round.id}\\): .*"${round.zone}"`));

      const wanted = multiset(expected);
      // SUMMARY is "label (MLSys 2022)"; titles hold parentheses too ("EMNLP (Industry Track)").
      const editions = [...wanted.keys()].sort((a, b) => b.length - a.length);
      const actual = multiset(
        events.map(({ summary, start }) => [
          editions.find((edition) => summary.endsWith(` (${edition})`)) ?? summary,
          start,
        ]),
      );
      assert.ok(expected.length > 200, `${expected.length} instants checked`);
      const iso = (list) => list?.map((ms) => new Date(ms).toISOString());
      for (const [edition, instants] of wanted)
        assert.deepEqual(iso(actual.get(edition)), iso(instants), edition);
      assert.deepEqual(
        [...actual.keys()].filter((key) => !wanted.has(key)),
        [],
      );
    });
  }
});
