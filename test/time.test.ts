import { expect } from '@open-wc/testing';
import { iso, setUpTemporal, spaces, when, zone } from './helpers/temporal.js';
import type { TemporalNamespace } from '../src/time/temporal.js';
import { passesAt, beginsAt, resolveWhen, isoInstant } from '../src/time/when.js';
import { showWhen } from '../src/time/format.js';
import { loadMessages } from '../src/shared/messages.js';
import { parseZone, viewerZone, calendarDateIn, offsetAt } from '../src/time/zone.js';
import { durationParts, htmlDuration } from '../src/time/duration.js';

// Every expected instant below is worked out by hand from the zone's offset on that
// day (tzdb), not computed by the code under test.
describe('time: zones', () => {
  it('reads AoE, UTC, fixed offsets and IANA names', () => {
    expect(parseZone('AoE')).to.include({ name: 'AoE', fixedOffsetMinutes: -720 });
    expect(parseZone('aoe')?.name).to.equal('AoE');
    expect(parseZone('UTC')).to.include({ name: 'UTC', fixedOffsetMinutes: 0 });
    expect(parseZone('UTC-12')).to.include({ fixedOffsetMinutes: -720, temporalId: '-12:00' });
    expect(parseZone('UTC+05:30')).to.include({
      fixedOffsetMinutes: 330,
      temporalId: '+05:30',
      name: 'UTC+5:30',
    });
    expect(parseZone('UTC+14')?.fixedOffsetMinutes).to.equal(840);
    expect(parseZone('Europe/Berlin')).to.deep.equal({
      name: 'Europe/Berlin',
      temporalId: 'Europe/Berlin',
    });
  });

  it('rejects what is not a zone', () => {
    for (const bad of [
      'Mars/Olympus_Mons',
      'UTC+15',
      'UTC+05:75',
      'PST8PDT nonsense',
      '',
      '../../etc/passwd',
      '<script>',
    ]) {
      expect(parseZone(bad), bad).to.equal(undefined);
    }
  });

  it('knows the viewer zone: the time-zone override, else the browser', () => {
    expect(viewerZone('Asia/Tokyo').name).to.equal('Asia/Tokyo');
    expect(__TEST_ENV__.timeZoneNames).to.include(viewerZone(undefined).name);
    expect(__TEST_ENV__.timeZoneNames).to.include(viewerZone('Not/AZone').name);
  });

  it('computes offsets and calendar dates across DST', () => {
    // 2022-03-18 is after the US change (Mar 13): PDT, UTC−7. 2022-01-15: PST, UTC−8.
    expect(offsetAt(zone('America/Los_Angeles'), Date.UTC(2022, 2, 18, 20))).to.equal(-420);
    expect(offsetAt(zone('America/Los_Angeles'), Date.UTC(2022, 0, 15, 20))).to.equal(-480);
    expect(offsetAt(zone('Asia/Kolkata'), Date.UTC(2022, 0, 15))).to.equal(330);
    // In AoE (UTC−12) Oct 21 begins at 12:00Z; in Kiritimati (UTC+14) at Oct 20 10:00Z.
    expect(calendarDateIn(zone('AoE'), Date.UTC(2017, 9, 21, 11, 59))).to.equal('2017-10-20');
    expect(calendarDateIn(zone('AoE'), Date.UTC(2017, 9, 21, 12, 0))).to.equal('2017-10-21');
    expect(calendarDateIn(zone('Pacific/Kiritimati'), Date.UTC(2017, 9, 20, 10, 0))).to.equal(
      '2017-10-21',
    );
  });
});

describe('time: resolving "at"', () => {
  let temporal: typeof TemporalNamespace;
  before(async () => {
    temporal = await setUpTemporal();
  });

  it('ends a date-only AoE deadline at 00:00 of the next day, UTC−12', () => {
    const day = when('2017-10-20', 'AoE');
    expect(day.kind).to.equal('day');
    expect(iso(passesAt(day))).to.equal('2017-10-21T12:00:00.000Z');
    expect(iso(beginsAt(day))).to.equal('2017-10-20T12:00:00.000Z');
  });

  it('ends a date-only deadline in a positive-offset zone before UTC midnight', () => {
    // Tokyo is UTC+9 all year: Oct 21 00:00 JST = Oct 20 15:00Z.
    expect(iso(passesAt(when('2017-10-20', 'Asia/Tokyo')))).to.equal('2017-10-20T15:00:00.000Z');
    // Kiritimati is UTC+14: the earliest end of a day anywhere.
    expect(iso(passesAt(when('2022-06-29', 'Pacific/Kiritimati')))).to.equal(
      '2022-06-29T10:00:00.000Z',
    );
    expect(iso(passesAt(when('2022-01-01', 'UTC+05:30')))).to.equal('2022-01-01T18:30:00.000Z');
  });

  it('reads wall-clock times in IANA zones on either side of DST', () => {
    expect(iso(passesAt(when('2022-03-18T13:00', 'America/Los_Angeles')))).to.equal(
      '2022-03-18T20:00:00.000Z',
    );
    expect(iso(passesAt(when('2021-11-10T11:07', 'America/Los_Angeles')))).to.equal(
      '2021-11-10T19:07:00.000Z',
    );
    expect(iso(passesAt(when('2022-08-11T23:59', 'America/Los_Angeles')))).to.equal(
      '2022-08-12T06:59:00.000Z',
    );
    expect(iso(passesAt(when('2022-08-11T23:59:30', 'America/Los_Angeles')))).to.equal(
      '2022-08-12T06:59:30.000Z',
    );
  });

  it('reads fixed offsets, UTC and AoE wall-clock times', () => {
    expect(iso(passesAt(when('2022-06-29T23:59', 'AoE')))).to.equal('2022-06-30T11:59:00.000Z');
    expect(iso(passesAt(when('2022-06-29T23:59', 'UTC-12')))).to.equal('2022-06-30T11:59:00.000Z');
    expect(iso(passesAt(when('2022-01-01T00:00', 'UTC+05:30')))).to.equal(
      '2021-12-31T18:30:00.000Z',
    );
    expect(iso(passesAt(when('2022-06-29T12:00', 'UTC')))).to.equal('2022-06-29T12:00:00.000Z');
  });

  it('resolves a time skipped by DST forward ("compatible")', () => {
    // Los Angeles skips 02:00–03:00 on 2022-03-13: 02:30 is read with the offset
    // before the change (−8): 10:30Z, which is 03:30 PDT.
    expect(iso(passesAt(when('2022-03-13T02:30', 'America/Los_Angeles')))).to.equal(
      '2022-03-13T10:30:00.000Z',
    );
    // Berlin skips 02:00–03:00 on 2023-03-26: 02:30 with +1 = 01:30Z.
    expect(iso(passesAt(when('2023-03-26T02:30', 'Europe/Berlin')))).to.equal(
      '2023-03-26T01:30:00.000Z',
    );
  });

  it('resolves a time repeated by DST to the earlier instant ("compatible")', () => {
    // 01:30 happens twice in Los Angeles on 2022-11-06: first in PDT (−7) = 08:30Z.
    expect(iso(passesAt(when('2022-11-06T01:30', 'America/Los_Angeles')))).to.equal(
      '2022-11-06T08:30:00.000Z',
    );
    // 02:30 happens twice in Berlin on 2023-10-29: first in CEST (+2) = 00:30Z.
    expect(iso(passesAt(when('2023-10-29T02:30', 'Europe/Berlin')))).to.equal(
      '2023-10-29T00:30:00.000Z',
    );
  });

  it('reads exact times with offsets and RFC 9557 zone annotations', () => {
    const plain = when('2022-03-18T13:00-07:00', 'America/Los_Angeles');
    expect(iso(passesAt(plain))).to.equal('2022-03-18T20:00:00.000Z');
    expect(plain.kind === 'moment' && plain.zone.name).to.equal('America/Los_Angeles');
    const annotated = when('2022-03-18T13:00-07:00[America/Los_Angeles]', 'AoE');
    expect(iso(passesAt(annotated))).to.equal('2022-03-18T20:00:00.000Z');
    expect(annotated.kind === 'moment' && annotated.zone.name).to.equal('America/Los_Angeles');
    // The offset written does not match the date's zone: shown in the written offset.
    const other = when('2022-03-18T13:00+05:30', 'America/Los_Angeles');
    expect(iso(passesAt(other))).to.equal('2022-03-18T07:30:00.000Z');
    expect(other.kind === 'moment' && other.zone.name).to.equal('UTC+5:30');
    expect(iso(passesAt(when('2022-03-18T20:00Z', 'AoE')))).to.equal('2022-03-18T20:00:00.000Z');
  });

  it('rejects an offset that disagrees with its zone annotation', () => {
    const result = resolveWhen(
      '2022-03-18T13:00-08:00[America/Los_Angeles]',
      zone('AoE'),
      temporal,
    );
    expect(result).to.have.property('problem');
  });

  it('keeps TBD as to be announced, with no instant', () => {
    const tbd = when('TBD', 'AoE');
    expect(tbd.kind).to.equal('tbd');
    expect(passesAt(tbd)).to.equal(undefined);
  });

  it('names impossible dates as not dates', () => {
    for (const bad of [
      '2022-13-01',
      '2022-02-30',
      '2022-03-18T25:00',
      '2022-03-18T13:60',
      'tomorrow',
      '',
      '2022-3-1',
    ]) {
      const result = resolveWhen(bad, zone('AoE'), temporal);
      expect(result, bad).to.deep.equal({ problem: `${JSON.stringify(bad)} is not a date` });
    }
  });
});

describe('time: showing a time in the data zone and the viewer zone', () => {
  before(async () => {
    await setUpTemporal();
  });

  it('shows a date-only AoE deadline as "end of day" and its instant in the viewer zone, a day later', () => {
    const shown = showWhen(when('2017-10-20', 'AoE'), {
      locale: 'en-US',
      viewer: zone('Europe/Berlin'),
      deadline: true,
    })!;
    expect(shown.datetime).to.equal('2017-10-21T12:00:00Z');
    expect(spaces(shown.inDataZone)).to.equal('Fri, Oct 20, 2017, end of day AoE');
    // 12:00Z on Oct 21 is 14:00 in Berlin (CEST, +2).
    expect(spaces(shown.inViewerZone)).to.match(/^Sat, Oct 21, 2:00 PM (GMT\+2|CEST)$/);
    expect(shown.dayShift).to.equal(1);
  });

  it('never invents 23:59: a date-only deadline in the viewer zone is the instant it passes', () => {
    const shown = showWhen(when('2017-10-20', 'AoE'), {
      locale: 'en-GB',
      viewer: zone('America/Los_Angeles'),
      deadline: true,
    })!;
    // 12:00Z is 05:00 PDT on Oct 21.
    expect(spaces(shown.inViewerZone)).to.match(/^Sat,? 21 Oct,? 0?5:00 (GMT-7|PDT)$/);
    expect(shown.inDataZone).not.to.contain('23:59');
  });

  it('shows a wall-clock time in its zone and in the viewer zone, with the day shift', () => {
    const shown = showWhen(when('2022-03-18T13:00', 'America/Los_Angeles'), {
      locale: 'en-US',
      viewer: zone('Asia/Kolkata'),
      deadline: true,
    })!;
    expect(shown.datetime).to.equal('2022-03-18T20:00:00Z');
    expect(spaces(shown.inDataZone)).to.equal('Fri, Mar 18, 2022, 1:00 PM PDT');
    // 20:00Z + 5:30 = 01:30 on Mar 19.
    expect(spaces(shown.inViewerZone)).to.match(/^Sat, Mar 19, 1:30 AM (GMT\+5:30|IST)$/);
    expect(shown.dayShift).to.equal(1);
  });

  it('says nothing twice when the viewer is in the data zone', () => {
    const shown = showWhen(when('2022-03-18T13:00', 'America/Los_Angeles'), {
      locale: 'en-US',
      viewer: zone('America/Los_Angeles'),
      deadline: true,
    })!;
    expect(shown.inViewerZone).to.equal(undefined);
    expect(shown.dayShift).to.equal(0);
  });

  it('shows a viewer west of the data zone a day earlier', () => {
    // 2022-06-29T09:00 in Tokyo (+9) is 00:00Z, 17:00 PDT on Jun 28.
    const shown = showWhen(when('2022-06-29T09:00', 'Asia/Tokyo'), {
      locale: 'en-US',
      viewer: zone('America/Los_Angeles'),
      deadline: true,
    })!;
    expect(spaces(shown.inViewerZone)).to.match(/^Tue, Jun 28, 5:00 PM (GMT-7|PDT)$/);
    expect(shown.dayShift).to.equal(-1);
  });

  it('shows a date-only event as a calendar day, unconverted', () => {
    const shown = showWhen(when('2022-08-29', 'America/Los_Angeles'), {
      locale: 'en-US',
      viewer: zone('Asia/Tokyo'),
      deadline: false,
    })!;
    expect(spaces(shown.inDataZone)).to.equal('Mon, Aug 29, 2022');
    expect(shown.datetime).to.equal('2022-08-29');
    expect(shown.inViewerZone).to.equal(undefined);
  });

  it('formats in the browser zone by default (the zone this test run pinned)', () => {
    const shown = showWhen(when('2017-10-20', 'AoE'), {
      locale: 'en-US',
      viewer: viewerZone(undefined),
      deadline: true,
    })!;
    // The instant is 2017-10-21T12:00Z; the expected wall time is worked out per pinned zone.
    const expected: Record<string, RegExp> = {
      'Europe/Berlin': /^Sat, Oct 21, 2:00 PM (GMT\+2|CEST)$/,
      'America/Los_Angeles': /^Sat, Oct 21, 5:00 AM (GMT-7|PDT)$/,
      'Asia/Kolkata': /^Sat, Oct 21, 5:30 PM (GMT\+5:30|IST)$/,
    };
    expect(spaces(shown.inViewerZone)).to.match(expected[__TEST_ENV__.timeZone]!);
  });

  it('speaks the locale: German and Chinese words', async () => {
    // the de/zh catalogues are chunks of their own; widgets load them with their data
    await Promise.all([loadMessages('de'), loadMessages('zh')]);
    const de = showWhen(when('2017-10-20', 'AoE'), {
      locale: 'de',
      viewer: zone('AoE'),
      deadline: true,
    })!;
    expect(de.inDataZone).to.contain('Ende des Tages AoE');
    const zh = showWhen(when('2017-10-20', 'AoE'), {
      locale: 'zh',
      viewer: zone('AoE'),
      deadline: true,
    })!;
    expect(zh.inDataZone).to.contain('当天结束 AoE');
  });

  it('writes <time datetime> instants without needless milliseconds', () => {
    expect(isoInstant(Date.UTC(2017, 9, 21, 12))).to.equal('2017-10-21T12:00:00Z');
    expect(isoInstant(Date.UTC(2017, 9, 21, 12, 0, 0, 5))).to.equal('2017-10-21T12:00:00.005Z');
  });
});

describe('time: durations', () => {
  it('splits a span and writes it as an HTML duration', () => {
    const span = ((6 * 24 + 11) * 60 + 59) * 60_000 + 999;
    expect(durationParts(span)).to.deep.equal({ days: 6, hours: 11, minutes: 59, seconds: 0 });
    expect(htmlDuration(durationParts(span))).to.equal('P6DT11H59M0S');
    expect(durationParts(-5000)).to.deep.equal({ days: 0, hours: 0, minutes: 0, seconds: 0 });
  });
});
