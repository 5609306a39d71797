// Property tests of the validator (src/data/normalize.ts) and the lint rules
// (src/lint/lint.ts), the code `conf-widgets validate` and every widget run on data
// files from anywhere: for any JSON at all, and for near-valid data files with wrong
// types, bad dates, unknown zones and hostile URLs in random places,
// - parseConference never throws, and returns data or at least one problem (an error
//   when there is no data), every problem with a well-formed JSON path;
// - every URL in the data passes safeUrl again unchanged (it is already safe);
// - every date's `when` (and each `previously`) is well-formed;
// - lintConference never throws either.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseConference } from '../src/data/normalize.js';
import type { ConferenceData } from '../src/data/types.js';
import { safeUrl } from '../src/data/url.js';
import { lintConference } from '../src/lint/lint.js';
import { isoInstant, type When } from '../src/time/when.js';

const BASE = 'https://conf.example/2024/data.json';

// ---------------------------------------------------------------- generators

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Wrong values of every JSON type (and undefined: a missing field). */
const wrong = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.string({ maxLength: 8 }),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
);

/** Mostly the valid shape, sometimes (1 in `odds`) a wrong one. */
const maybe = <T>(valid: fc.Arbitrary<T>, odds = 6) =>
  fc.oneof({ arbitrary: valid, weight: odds - 1 }, { arbitrary: wrong, weight: 1 });
/** Rarely wrong: for the fields whose every mistake makes the whole file unusable. */
const rarely = <T>(valid: fc.Arbitrary<T>) => maybe(valid, 20);

const listOf = <T>(item: fc.Arbitrary<T>) =>
  fc.oneof(
    { arbitrary: fc.array(maybe(item), { maxLength: 5 }), weight: 6 },
    { arbitrary: wrong, weight: 1 },
  );

const text = fc.oneof(
  { arbitrary: fc.string({ maxLength: 20 }), weight: 4 },
  fc.constantFrom('', '   ', '<img src=x onerror=alert(1)>', '\u0000\u202e', 'x'.repeat(500)),
);

/** Text that is usually a fine name (required fields must be non-blank). */
const name = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      'MLSys 2022',
      'Ada Lovelace',
      'submission',
      '<b>x</b>',
      'Ünïcødé 会议',
    ),
    weight: 4,
  },
  { arbitrary: text, weight: 1 },
);

/** Calendar days: mostly real ones, some impossible (month 13, day 32, day 0, year 0). */
const day = fc.oneof(
  {
    arbitrary: fc
      .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
      .map((value) => value.toISOString().slice(0, 10)),
    weight: 4,
  },
  {
    arbitrary: fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(([year, month, date]) => `${pad(year, 4)}-${pad(month, 2)}-${pad(date, 2)}`),
    weight: 1,
  },
);

const clock = fc
  .tuple(
    fc.oneof({ arbitrary: fc.integer({ min: 0, max: 23 }), weight: 4 }, fc.constantFrom(24, 25)),
    fc.oneof({ arbitrary: fc.integer({ min: 0, max: 59 }), weight: 4 }, fc.constantFrom(60, 61)),
    fc.option(fc.integer({ min: 0, max: 60 })),
  )
  .map(([h, m, s]) => `${pad(h, 2)}:${pad(m, 2)}${s === null ? '' : `:${pad(s, 2)}`}`);

const zoneName = fc.constantFrom(
  'AoE',
  'aoe',
  'UTC',
  'GMT',
  'Z',
  'UTC-7',
  'UTC+05:30',
  'UTC+14',
  'UTC-14:01',
  'UTC+15',
  'America/Los_Angeles',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Etc/GMT+8',
  ' Europe/Berlin ',
  'Mars/Olympus_Mons',
  '',
);

const at = fc.oneof(
  fc.constant('TBD'),
  { arbitrary: day, weight: 4 },
  {
    arbitrary: fc
      .tuple(
        day,
        clock,
        fc.constantFrom(
          '',
          '',
          '',
          '',
          'Z',
          '+00:00',
          '-07:00',
          '+05:30',
          '-12:00',
          '+14:00',
          '+23:59',
        ),
        fc.constantFrom(
          '',
          '',
          '',
          '[America/Los_Angeles]',
          '[Europe/Berlin]',
          '[UTC]',
          '[AoE]',
          '[Nope/Nope]',
        ),
      )
      // a zone in brackets needs an offset before it (RFC 9557)
      .map(([d, c, offset, bracket]) => `${d}T${c}${offset}${offset ? bracket : ''}`),
    weight: 6,
  },
  fc.constantFrom(' 2022-03-18 ', 'tbd', '2022-03-18 13:00', '2022-3-8', '2022-03-18T13'),
  fc.string({ maxLength: 12 }),
);

const url = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    'javascript:alert(1)',
    ' \u0001java\tscript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '/relative/page.html',
    '../up.html',
    'cfp.html?x=1#y',
    '//other.example/x',
    '\\\\evil.example\\x',
    'mailto:chair@conf.example',
    'http://[::1',
    'https://例え.jp/パス',
    'HTTPS://CONF.EXAMPLE/A/../B',
    '',
    '   ',
    'https://conf.example/a b',
  ),
  fc.string({ maxLength: 16 }),
);

const date = fc.record(
  {
    id: maybe(fc.oneof(fc.constantFrom('submission', 'notification', 'camera-ready'), name), 12),
    label: maybe(name, 12),
    at: maybe(at, 12),
    timeZone: maybe(zoneName, 12),
    deadline: maybe(fc.boolean(), 12),
    previously: listOf(at),
    url: maybe(url, 12),
    note: maybe(text, 12),
  },
  { requiredKeys: ['id', 'label', 'at'] },
);

const member = fc.record(
  {
    name: maybe(name),
    role: maybe(text),
    affiliation: maybe(text),
    email: maybe(fc.oneof(fc.emailAddress(), text)),
    url: maybe(url),
    photo: maybe(url),
  },
  { requiredKeys: ['name'] },
);

const committee = fc.record(
  {
    id: maybe(text),
    title: maybe(text),
    members: listOf(member),
    links: listOf(fc.record({ label: maybe(text), url: maybe(url) })),
  },
  { requiredKeys: ['id', 'title'] },
);

const sponsors = fc.record(
  {
    tiers: listOf(
      fc.record(
        {
          id: maybe(text),
          label: maybe(text),
          sponsors: listOf(
            fc.record(
              { name: maybe(text), url: maybe(url), logo: maybe(url), logoDark: maybe(url) },
              { requiredKeys: ['name'] },
            ),
          ),
        },
        { requiredKeys: ['id', 'label'] },
      ),
    ),
    call: maybe(
      fc.record(
        { label: maybe(text), url: maybe(url), open: maybe(fc.boolean()), note: maybe(text) },
        { requiredKeys: ['label'] },
      ),
    ),
  },
  { requiredKeys: [] },
);

const cfp = fc.record(
  {
    title: maybe(text),
    summary: maybe(text),
    venue: maybe(text),
    deadlines: listOf(fc.oneof(fc.constantFrom('submission', 'notification', 'nope'), text)),
    submission: maybe(
      fc.record(
        {
          pageLimit: maybe(fc.oneof(fc.integer({ min: -2, max: 20 }), fc.double())),
          pageLimitNote: maybe(text),
          anonymous: maybe(fc.boolean()),
          format: maybe(text),
          styleUrl: maybe(url),
          submitUrl: maybe(url),
        },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: [] },
);

/** Data files that are nearly right: the real shape, with wrong values here and there. */
const nearlyValidFile = fc.record(
  {
    $schema: fc.constant('../conference.schema.json'),
    conference: rarely(
      fc.record(
        {
          name: rarely(name),
          shortName: rarely(text),
          url: rarely(url),
          timeZone: rarely(zoneName),
          start: rarely(day),
          end: rarely(day),
          venue: rarely(text),
        },
        { requiredKeys: ['name'] },
      ),
    ),
    dates: listOf(date),
    committees: listOf(committee),
    sponsors: maybe(sponsors),
    topics: listOf(text),
    cfp: maybe(cfp),
    futureField: fc.jsonValue({ maxDepth: 2 }),
  },
  { requiredKeys: ['conference'] },
);

// ---------------------------------------------------------------- checks

const PATH = /^(?:[A-Za-z$][\w$]*(?:\.[A-Za-z$][\w$]*|\[\d+\])*)?$/;
const URL_KEYS = new Set(['url', 'photo', 'logo', 'logoDark', 'styleUrl', 'submitUrl']);
const DAY_MS = 24 * 3_600_000;

function urlsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => urlsIn(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (URL_KEYS.has(key) && typeof item === 'string') found.push(item);
      else urlsIn(item, found);
    }
  }
  return found;
}

function checkWhen(when: When): void {
  if (when.kind === 'tbd') return;
  expect(when.zone.name).to.be.a('string').and.not.empty;
  expect(when.zone.temporalId).to.be.a('string').and.not.empty;
  if (when.kind === 'day') {
    expect(when.date).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isInteger(when.start) && Number.isInteger(when.end)).to.be.true;
    // a day lasts 24 h, give or take a DST change (Lord Howe: half an hour)
    expect(when.end - when.start).to.be.within(DAY_MS - 2 * 3_600_000, DAY_MS + 2 * 3_600_000);
    expect(isoInstant(when.end)).to.be.a('string');
  } else {
    expect(when.kind).to.equal('moment');
    expect(Number.isInteger(when.epochMs)).to.be.true;
    expect(isoInstant(when.epochMs)).to.be.a('string');
  }
}

function checkData(data: ConferenceData, baseUrl: string | undefined): void {
  for (const link of urlsIn(data)) expect(safeUrl(link, baseUrl), link).to.equal(link);
  expect(new Set(data.dates.map((d) => d.id)).size).to.equal(data.dates.length);
  for (const d of data.dates) {
    checkWhen(d.when);
    d.previously.forEach(checkWhen);
  }
  for (const finding of lintConference(data)) {
    expect(finding.path).to.match(PATH);
    expect(finding.message).to.be.a('string').and.not.empty;
  }
}

async function check(input: unknown, baseUrl?: string): Promise<void> {
  const { data, problems } = await parseConference(input, { baseUrl });
  expect(data !== undefined || problems.length > 0, 'data or a problem').to.be.true;
  if (!data) expect(problems.some((problem) => problem.severity === 'error')).to.be.true;
  for (const problem of problems) {
    expect(problem.path, problem.message).to.match(PATH);
    expect(problem.message).to.be.a('string').and.not.empty;
  }
  if (data) checkData(data, baseUrl);
}

const runs = { numRuns: 200 };

describe('parseConference and lintConference, for any input', () => {
  it('any value at all (fc.anything)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.anything({
          withNullPrototype: true,
          withBoxedValues: true,
          withSparseArray: true,
          withDate: true,
          withMap: true,
          withBigInt: true,
          withTypedArray: true,
        }),
        (input) => check(input),
      ),
      runs,
    );
  });

  it('any JSON (fc.jsonValue), also as the value of "conference"', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (input) => {
        await check(input);
        await check({ conference: input, dates: input });
      }),
      runs,
    );
  });

  it('nearly valid data files, with and without a base URL', async () => {
    await fc.assert(
      fc.asyncProperty(nearlyValidFile, async (file) => {
        await check(file);
        await check(file, BASE);
      }),
      { numRuns: 300 },
    );
  });

  it('any "at" in any zone: a well-formed date, or a problem at its path', async () => {
    const entry = fc.record(
      { at, timeZone: zoneName, previously: fc.array(at, { maxLength: 3 }) },
      { requiredKeys: ['at'] },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { minLength: 1, maxLength: 8 }), async (entries) => {
        const file = {
          conference: { name: 'Times', timeZone: 'AoE' },
          dates: entries.map((entry, index) => ({ id: `d${index}`, label: 'D', ...entry })),
        };
        const { data, problems } = await parseConference(file);
        expect(data).to.exist;
        checkData(data!, undefined);
        const kept = new Set(data!.dates.map((d) => d.id));
        entries.forEach((_, index) => {
          if (kept.has(`d${index}`)) return;
          const where = problems.map((problem) => problem.path);
          expect(where.some((path) => path.startsWith(`dates[${index}].`))).to.be.true;
        });
      }),
      { numRuns: 300 },
    );
  });

  it('a valid skeleton with one wrong value put anywhere keeps the rest', async () => {
    const skeleton = {
      conference: { name: 'Skeleton', timeZone: 'Europe/Berlin' },
      dates: [{ id: 'submission', label: 'Submission', at: '2024-03-01T23:59' }],
      committees: [{ id: 'pc', title: 'PC', members: [{ name: 'Ada' }] }],
      topics: ['Systems'],
    };
    const slots: [string, (file: typeof skeleton, value: unknown) => void][] = [
      ['dates[0].at', (f, value) => ((f.dates[0] as Record<string, unknown>).at = value)],
      [
        'committees[0].members[0].name',
        (f, value) => ((f.committees[0]!.members[0] as Record<string, unknown>).name = value),
      ],
      ['topics[0]', (f, value) => ((f.topics as unknown[])[0] = value)],
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...slots), wrong, async ([path, put], value) => {
        const file = structuredClone(skeleton);
        put(file, value);
        const { data, problems } = await parseConference(file);
        expect(data?.conference.name).to.equal('Skeleton');
        // the wrong value is reported at its path (undefined in an optional spot is fine)
        if (problems.length) expect(problems.map((problem) => problem.path)).to.include(path);
        if (data) checkData(data, undefined);
      }),
      runs,
    );
  });

  it('one wrong value in any optional field drops only that field: the item stays', async () => {
    const skeleton = () => ({
      conference: { name: 'Skeleton', timeZone: 'Europe/Berlin' } as Record<string, unknown>,
      dates: [{ id: 'submission', label: 'Submission', at: '2024-03-01T23:59' }] as Record<
        string,
        unknown
      >[],
      committees: [
        { id: 'pc', title: 'PC', members: [{ name: 'Ada' } as Record<string, unknown>] },
      ],
      sponsors: {
        tiers: [
          { id: 'g', label: 'Gold', sponsors: [{ name: 'Acme' } as Record<string, unknown>] },
        ],
      },
    });
    type File = ReturnType<typeof skeleton>;
    const member = (f: File) => f.committees[0]!.members[0]!;
    const sponsor = (f: File) => f.sponsors.tiers[0]!.sponsors[0]!;
    const slots: [string, (f: File) => Record<string, unknown>, string, boolean][] = [
      ['conference', (f) => f.conference, 'shortName', false],
      ['conference', (f) => f.conference, 'venue', false],
      ['conference', (f) => f.conference, 'url', true],
      ['dates[0]', (f) => f.dates[0]!, 'note', false],
      ['dates[0]', (f) => f.dates[0]!, 'url', true],
      ['committees[0].members[0]', member, 'role', false],
      ['committees[0].members[0]', member, 'affiliation', false],
      ['committees[0].members[0]', member, 'email', false],
      ['committees[0].members[0]', member, 'url', true],
      ['committees[0].members[0]', member, 'photo', true],
      ['sponsors.tiers[0].sponsors[0]', sponsor, 'url', true],
      ['sponsors.tiers[0].sponsors[0]', sponsor, 'logo', true],
      ['sponsors.tiers[0].sponsors[0]', sponsor, 'logoDark', true],
    ];
    // Never right for a text field: anything but text; for a URL field, unsafe schemes too.
    const notText = wrong.filter((value) => value !== undefined && typeof value !== 'string');
    const unsafe = fc.constantFrom('javascript:alert(1)', 'data:image/png;base64,AA', 'vbscript:x');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...slots),
        notText,
        unsafe,
        fc.boolean(),
        async ([at, item, key, isUrl], value, scheme, useScheme) => {
          const file = skeleton();
          item(file)[key] = isUrl && useScheme ? scheme : value;
          const { data, problems } = await parseConference(file);
          expect(data, 'still usable').to.exist;
          expect(data!.conference.name).to.equal('Skeleton');
          expect(data!.dates.map((date) => date.id)).to.deep.equal(['submission']);
          expect(data!.committees[0]!.members.map((m) => m.name)).to.deep.equal(['Ada']);
          expect(data!.sponsors.tiers[0]!.sponsors.map((s) => s.name)).to.deep.equal(['Acme']);
          const holder = (at === 'conference'
            ? data!.conference
            : at === 'dates[0]'
              ? data!.dates[0]!
              : at.startsWith('committees')
                ? data!.committees[0]!.members[0]!
                : data!.sponsors.tiers[0]!.sponsors[0]!) as unknown as Record<string, unknown>;
          expect(holder[key], 'the field is gone').to.equal(undefined);
          expect(problems).to.have.length(1);
          expect(problems[0]).to.include({
            path: `${at}.${key}`,
            severity: 'warning',
            dropped: true,
          });
          checkData(data!, undefined);
        },
      ),
      runs,
    );
  });

  it('"__proto__" keys do not pollute anything', async () => {
    const input: unknown = JSON.parse(
      '{"__proto__": {"polluted": 1}, "conference": {"name": "P", "__proto__": {"timeZone": "UTC-7"}}, "dates": [{"id": "a", "label": "A", "at": "2024-01-01", "__proto__": {"deadline": false}}]}',
    );
    const { data } = await parseConference(input);
    expect(({} as Record<string, unknown>).polluted).to.be.undefined;
    expect(data?.conference.timeZoneGiven).to.be.false;
    expect(data?.dates[0]?.deadline).to.be.true;
  });
});
