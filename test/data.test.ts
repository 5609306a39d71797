import { expect } from '@open-wc/testing';
import { setUpTemporal } from './helpers/temporal.js';
import { normalize } from '../src/data/normalize.js';
import { safeUrl } from '../src/data/url.js';
import type { TemporalNamespace } from '../src/time/temporal.js';
import { passesAt } from '../src/time/when.js';

const minimal = { conference: { name: 'Test Conference' } };

describe('data: normalising a data file', () => {
  let temporal: typeof TemporalNamespace;
  before(async () => {
    temporal = await setUpTemporal();
  });
  const read = (input: unknown, baseUrl?: string) => normalize(input, temporal, { baseUrl });

  it('accepts both seed files with no problem at all', async () => {
    for (const file of ['/demo/mlsys-2022.json', '/demo/workshop-2017.json']) {
      const result = read(await (await fetch(file)).json(), new URL(file, location.href).href);
      expect(result.problems, file).to.deep.equal([]);
      expect(result.data, file).to.exist;
    }
  });

  it('reads the MLSys seed into instants, zones and groups', async () => {
    const { data } = read(await (await fetch('/demo/mlsys-2022.json')).json());
    expect(data!.conference.timeZone.name).to.equal('America/Los_Angeles');
    expect(data!.dates).to.have.length(10);
    const cameraReady = data!.dates.find((date) => date.id === 'camera-ready')!;
    expect(new Date(passesAt(cameraReady.when)!).toISOString()).to.equal(
      '2022-03-18T20:00:00.000Z',
    );
    const travel = data!.dates.find((date) => date.id === 'travel-grant-application')!;
    expect(travel.zone.name).to.equal('AoE');
    expect(new Date(passesAt(travel.when)!).toISOString()).to.equal('2022-06-30T12:00:00.000Z');
    expect(data!.committees.map((committee) => committee.members.length)).to.deep.equal([11, 9, 9]);
    expect(data!.topics).to.have.length(14);
    expect(data!.sponsors.call).to.include({
      open: false,
      note: 'not currently taking applications',
    });
  });

  it('defaults the zone to AoE, and says it was not given', () => {
    const { data } = read({ ...minimal, dates: [{ id: 'a', label: 'A', at: '2017-10-20' }] });
    expect(data!.conference.timeZone.name).to.equal('AoE');
    expect(data!.dates[0]!.zoneGiven).to.equal(false);
    expect(data!.dates[0]!.deadline).to.equal(true);
  });

  it('fails the whole file only for the conference itself', () => {
    expect(read(null).problems).to.deep.equal([
      { path: '', message: 'expected an object, got null', severity: 'error' },
    ]);
    expect(read([]).data).to.equal(undefined);
    expect(read({}).problems).to.deep.equal([
      { path: 'conference', message: 'is required', severity: 'error' },
    ]);
    expect(read({ conference: {} }).problems).to.deep.equal([
      { path: 'conference.name', message: 'is required', severity: 'error' },
    ]);
    expect(read({ conference: { name: '  ' } }).problems[0]).to.include({
      path: 'conference.name',
      severity: 'error',
    });
    expect(read({ conference: { name: 5 } }).problems[0]).to.deep.equal({
      path: 'conference.name',
      message: 'expected text, got a number 5',
      severity: 'error',
    });
    expect(read({ conference: { name: 'X', timeZone: 'Mars/Base' } }).problems).to.deep.equal([
      {
        path: 'conference.timeZone',
        message: '"Mars/Base" is not a known time zone',
        severity: 'error',
      },
    ]);
  });

  it('skips each bad item with a warning naming its path, and keeps the rest', () => {
    const { data, problems } = read({
      ...minimal,
      dates: [
        { id: 'ok', label: 'Fine', at: '2022-03-18T13:00', timeZone: 'UTC' },
        { id: 'month', label: 'Bad month', at: '2022-13-01' },
        { id: 'zone', label: 'Bad zone', at: '2022-03-01', timeZone: 'Nowhere/Land' },
        { label: 'No id', at: '2022-03-01' },
        { id: 'ok', label: 'Duplicate', at: '2022-03-01' },
        'not an object',
        { id: 'feb', label: 'Feb 30', at: '2022-02-30' },
      ],
      committees: [
        {
          id: 'c',
          title: 'C',
          members: [
            { name: 'Ada' },
            { affiliation: 'Nobody' },
            { name: 'Bob', email: 'not-an-email' },
          ],
        },
      ],
      topics: ['Systems', 42, ''],
    });
    expect(data!.dates.map((date) => date.id)).to.deep.equal(['ok']);
    expect(data!.committees[0]!.members.map((member) => member.name)).to.deep.equal(['Ada', 'Bob']);
    expect(data!.committees[0]!.members[1]!.email).to.equal(undefined);
    expect(data!.topics).to.deep.equal(['Systems']);
    expect(problems.map((problem) => `${problem.path}: ${problem.message}`)).to.deep.equal([
      'dates[1].at: "2022-13-01" is not a date',
      'dates[2].timeZone: "Nowhere/Land" is not a known time zone',
      'dates[3].id: is required',
      'dates[4].id: duplicate id "ok"',
      'dates[5]: expected an object, got text "not an object"',
      'dates[6].at: "2022-02-30" is not a date',
      'committees[0].members[1].name: is required',
      'committees[0].members[2].email: "not-an-email" is not an email address',
      'topics[1]: expected text, got a number 42',
      'topics[2]: must not be empty',
    ]);
    expect(problems.every((problem) => problem.severity === 'warning')).to.equal(true);
  });

  it('drops unsafe URLs but keeps the item, as text', () => {
    const { data, problems } = read(
      {
        ...minimal,
        committees: [
          {
            id: 'c',
            title: 'C',
            members: [
              { name: 'Eve', url: 'javascript:alert(1)', photo: 'data:image/png;base64,AAAA' },
            ],
            links: [{ label: 'PC', url: 'pc.html' }],
          },
        ],
      },
      'https://conf.example/2022/data.json',
    );
    const eve = data!.committees[0]!.members[0]!;
    expect(eve.name).to.equal('Eve');
    expect(eve.url).to.equal(undefined);
    expect(eve.photo).to.equal(undefined);
    expect(data!.committees[0]!.links[0]!.url).to.equal('https://conf.example/2022/pc.html');
    expect(problems.map((problem) => problem.path)).to.deep.equal([
      'committees[0].members[0].url',
      'committees[0].members[0].photo',
    ]);
  });

  it('a bad optional field drops only that field, with a warning naming it; the item stays', () => {
    const { data, problems } = read({
      conference: { name: 'X', timeZone: 'UTC', shortName: ['X'], venue: 7 },
      dates: [
        {
          id: 'sub',
          label: 'Submission',
          at: '2031-03-01T12:00',
          url: 'javascript:alert(1)',
          note: { text: 'n' },
          deadline: 'no',
        },
      ],
      committees: [
        {
          id: 'c',
          title: 'C',
          members: [
            { name: 'Ada', role: 5, affiliation: { name: 'CMU' }, photo: 'data:,x' },
            { name: 'Grace', role: 'Chair', email: 'not an address' },
          ],
        },
      ],
      sponsors: {
        tiers: [{ id: 'g', label: 'Gold', sponsors: [{ name: 'Acme', logo: 'vbscript:x' }] }],
        call: { label: 'Sponsor us', open: 'yes' },
      },
      cfp: { title: 7, venue: 'Long Beach', submission: { format: ['PDF'], pageLimit: 6 } },
    });
    expect(data!.conference).to.include({ name: 'X', shortName: undefined, venue: undefined });
    expect(data!.dates.map((date) => [date.id, date.url, date.note, date.deadline])).to.deep.equal([
      ['sub', undefined, undefined, true],
    ]);
    expect(data!.committees[0]!.members).to.deep.equal([
      {
        name: 'Ada',
        role: undefined,
        affiliation: undefined,
        email: undefined,
        url: undefined,
        photo: undefined,
      },
      {
        name: 'Grace',
        role: 'Chair',
        affiliation: undefined,
        email: undefined,
        url: undefined,
        photo: undefined,
      },
    ]);
    expect(data!.sponsors.tiers[0]!.sponsors).to.deep.equal([
      { name: 'Acme', url: undefined, logo: undefined, logoDark: undefined },
    ]);
    expect(data!.sponsors.call).to.deep.equal({
      label: 'Sponsor us',
      url: undefined,
      open: true,
      note: undefined,
    });
    expect(data!.cfp).to.deep.include({ title: undefined, venue: 'Long Beach' });
    expect(data!.cfp!.submission!.pageLimit).to.equal(6);
    expect(data!.cfp!.submission!.format).to.equal(undefined);
    expect(
      problems.map((problem) => [problem.path, problem.severity, problem.dropped]),
    ).to.deep.equal([
      ['conference.shortName', 'warning', true],
      ['conference.venue', 'warning', true],
      ['dates[0].deadline', 'warning', true],
      ['dates[0].note', 'warning', true],
      ['dates[0].url', 'warning', true],
      ['committees[0].members[0].role', 'warning', true],
      ['committees[0].members[0].affiliation', 'warning', true],
      ['committees[0].members[0].photo', 'warning', true],
      ['committees[0].members[1].email', 'warning', true],
      ['sponsors.tiers[0].sponsors[0].logo', 'warning', true],
      ['sponsors.call.open', 'warning', true],
      ['cfp.title', 'warning', true],
      ['cfp.submission.format', 'warning', true],
    ]);
  });

  it('a missing required field still skips the item, and a zone that is not text skips its date', () => {
    const { data, problems } = read({
      ...minimal,
      dates: [
        { id: 'a', at: '2031-03-01', url: 7 },
        { id: 'b', label: 'B', at: '2031-03-01', timeZone: { name: 'UTC' } },
        { id: 'c', label: 'C', at: '2031-03-01T12:00', timeZone: 'Asia/Tokyo' },
      ],
      committees: [{ id: 'c', title: 'C', members: [{ role: 'Chair', affiliation: 5 }] }],
    });
    expect(data!.dates.map((date) => date.id)).to.deep.equal(['c']);
    expect(data!.committees[0]!.members).to.deep.equal([]);
    expect(
      problems.map((problem) => [problem.path, problem.message, Boolean(problem.dropped)]),
    ).to.deep.equal([
      ['dates[0].label', 'is required', false],
      ['dates[0].url', 'expected text, got a number 7', true],
      ['dates[1].timeZone', 'expected text, got an object', true],
      ['dates[1].timeZone', 'an object is not a known time zone', false],
      ['committees[0].members[0].name', 'is required', false],
      ['committees[0].members[0].affiliation', 'expected text, got a number 5', true],
    ]);
  });

  it('ignores unknown fields, and keeps extension history in order', () => {
    const { data, problems } = read({
      $schema: '../conference.schema.json',
      future: { anything: true },
      conference: { name: 'X', timeZone: 'AoE', futureField: 1 },
      dates: [
        {
          id: 'sub',
          label: 'Submission',
          at: '2017-10-27',
          previously: ['2017-10-13', 'bad', '2017-10-20'],
          extra: 'x',
        },
      ],
    });
    expect(problems.map((problem) => problem.path)).to.deep.equal(['dates[0].previously[1]']);
    const sub = data!.dates[0]!;
    expect(sub.previously.map((when) => when.kind === 'day' && when.date)).to.deep.equal([
      '2017-10-13',
      '2017-10-20',
    ]);
  });

  it('drops cfp deadlines that name no date', () => {
    const { data, problems } = read({
      ...minimal,
      dates: [{ id: 'submission', label: 'Submission', at: '2017-10-20' }],
      cfp: { deadlines: ['submission', 'nope'], submission: { pageLimit: 'six' } },
    });
    expect(data!.cfp!.deadlines).to.deep.equal(['submission']);
    // The bad page limit is an optional field: only it goes, the submission stays.
    expect(data!.cfp!.submission).to.deep.equal({ styleUrl: undefined, submitUrl: undefined });
    expect(problems.map((problem) => [problem.path, Boolean(problem.dropped)])).to.deep.equal([
      ['cfp.deadlines[1]', false],
      ['cfp.submission.pageLimit', true],
    ]);
  });

  it('says "a list" where a list stands for an object, and prints a value once', () => {
    expect(read({ conference: [] }).problems).to.deep.equal([
      { path: 'conference', message: 'expected an object, got a list', severity: 'error' },
    ]);
    const { problems } = read({
      ...minimal,
      dates: [[1, 2], { id: true, label: 'L', at: '2022-01-01' }],
      cfp: [],
    });
    expect(problems.map((problem) => `${problem.path}: ${problem.message}`)).to.deep.equal([
      'dates[0]: expected an object, got a list',
      'dates[1].id: expected text, got true',
      'cfp: expected an object, got a list',
    ]);
  });

  it('drops an impossible conference start or end with a warning', () => {
    const { data, problems } = read({
      conference: { name: 'X', start: '2022-13-45', end: '2022-09-01' },
    });
    expect(data!.conference.start).to.equal(undefined);
    expect(data!.conference.end).to.equal('2022-09-01');
    expect(problems).to.deep.equal([
      {
        path: 'conference.start',
        message: '"2022-13-45" is not a date',
        severity: 'warning',
        dropped: true,
      },
    ]);
  });

  it('cuts huge strings short in messages', () => {
    const huge = 'x'.repeat(1_000_000);
    const { problems } = read({ ...minimal, dates: [{ id: 'a', label: 'A', at: huge }] });
    expect(problems[0]!.message.length).to.be.below(100);
  });
});

describe('data: safe URLs', () => {
  it('passes http, https, mailto and relative URLs', () => {
    expect(safeUrl('https://mlsys.org/')).to.equal('https://mlsys.org/');
    expect(safeUrl('HTTP://Example.org/a')).to.equal('http://example.org/a');
    expect(safeUrl('mailto:slbird@fb.com')).to.equal('mailto:slbird@fb.com');
    expect(safeUrl('/pc.html')).to.equal('/pc.html');
    expect(safeUrl('pc.html', 'https://conf.example/2022/data.json')).to.equal(
      'https://conf.example/2022/pc.html',
    );
    expect(safeUrl('  https://a.example/  ')).to.equal('https://a.example/');
  });

  it('drops every other scheme, however it is disguised', () => {
    const hostile = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      '  javascript:alert(1)',
      '\u0001javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:image/svg+xml,<svg onload=alert(1)>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://a.example/x',
      '',
      '   ',
    ];
    for (const url of hostile) expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
  });
});
