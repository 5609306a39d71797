import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/dates/dates.js';
import type { ConfDates } from '../src/dates/dates.js';
import { calendarFile, settled } from './helpers/widgets.js';

// Every expected instant and wall time below is worked out by hand from the zone's
// offset on that day (tzdb), never computed by the code under test.

const FAKE = ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] as const;

/** The MLSys 2022 dates in time order, with the instant each `<time datetime>` must carry. */
const MLSYS = [
  ['sponsor-portal-opens', '2021-11-10T19:07:00Z'], // 11:07 PST (UTC−8)
  ['camera-ready', '2022-03-18T20:00:00Z'], // 13:00 PDT (UTC−7; DST began Mar 13)
  ['registration-opens', '2022-06-20T20:00:00Z'], // 13:00 PDT
  ['travel-grant-application', '2022-06-30T12:00:00Z'], // end of Jun 29 AoE (UTC−12)
  ['travel-grant-notifications', '2022-07-07T01:00:00Z'], // 18:00 PDT Jul 6
  ['early-pricing-ends', '2022-08-01T20:00:00Z'], // 13:00 PDT
  ['sponsor-payment', '2022-08-06T01:00:00Z'], // 18:00 PDT Aug 5
  ['refund', '2022-08-12T06:59:00Z'], // 23:59 PDT Aug 11
  ['slideslive-recordings', '2022-08-15T12:00:00Z'], // end of Aug 14 AoE
  ['conference', '2022-08-29'], // an event on a calendar day: the day itself
] as const;

let mlsys: unknown;
let workshop: unknown;

before(async () => {
  [mlsys, workshop] = await Promise.all(
    ['/demo/mlsys-2022.json', '/demo/workshop-2017.json'].map(async (file) =>
      (await fetch(file)).json(),
    ),
  );
});

afterEach(() => sinon.restore());

const items = (el: ConfDates) => [
  ...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li[part~="date"]'),
];
const ids = (el: ConfDates) => items(el).map((item) => item.dataset.id);
const item = (el: ConfDates, id: string) =>
  el.shadowRoot!.querySelector<HTMLLIElement>(`li[data-id="${id}"]`)!;
const withPart = (el: ConfDates, part: string) =>
  items(el)
    .filter((li) => li.part.contains(part))
    .map((li) => li.dataset.id);
/** Intl output differs in its spaces across engines (U+202F before "PM"): compare with single spaces. */
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const dtstarts = (ics: string) => ics.split('\r\n').filter((line) => line.startsWith('DTSTART'));

describe('<conf-dates>', () => {
  describe('on the MLSys 2022 file', () => {
    it('lists all ten dates in order of time, each with its exact instant', async () => {
      const el = await settled(
        await fixture<ConfDates>(
          html`<conf-dates src="/demo/mlsys-2022.json" locale="en-US"></conf-dates>`,
        ),
      );
      expect(el.state).to.equal('ready');
      expect(ids(el)).to.deep.equal(MLSYS.map(([id]) => id));
      for (const [id, datetime] of MLSYS) {
        expect(
          item(el, id).querySelector('time[part="time"]')!.getAttribute('datetime'),
          id,
        ).to.equal(datetime);
      }
      expect(el.shadowRoot!.querySelector('ol')!.getAttribute('role')).to.equal('list');
    });

    it('shows each time in the data zone, named', async () => {
      const el = await settled(
        await fixture<ConfDates>(html`<conf-dates .data=${mlsys} locale="en-US"></conf-dates>`),
      );
      const inData = (id: string) => text(item(el, id).querySelector('[part="time"]'));
      expect(inData('camera-ready')).to.equal('Fri, Mar 18, 2022, 1:00 PM PDT');
      expect(inData('sponsor-portal-opens')).to.equal('Wed, Nov 10, 2021, 11:07 AM PST');
      expect(inData('travel-grant-application')).to.equal('Wed, Jun 29, 2022, end of day AoE');
      expect(inData('slideslive-recordings')).to.equal('Sun, Aug 14, 2022, end of day AoE');
      expect(inData('conference')).to.equal('Mon, Aug 29, 2022');
      expect(text(item(el, 'early-pricing-ends').querySelector('[part="note"]'))).to.equal(
        'Early pricing before this date.',
      );
    });

    it('marks passed dates and the next deadline, in parts and in words', async () => {
      // 2022-07-01T00:00Z: the travel grant application (passed Jun 30 12:00Z) is over;
      // the notifications (Jul 7 01:00Z) are an event, so the next deadline is early pricing.
      const el = await settled(
        await fixture<ConfDates>(
          html`<conf-dates .data=${mlsys} locale="en-US" now="2022-07-01T00:00:00Z"></conf-dates>`,
        ),
      );
      expect(withPart(el, 'past')).to.deep.equal([
        'sponsor-portal-opens',
        'camera-ready',
        'registration-opens',
        'travel-grant-application',
      ]);
      expect(withPart(el, 'next')).to.deep.equal(['early-pricing-ends']);
      expect(item(el, 'camera-ready').getAttribute('part')).to.equal('date past');
      expect(item(el, 'early-pricing-ends').getAttribute('part')).to.equal('date next');
      expect(item(el, 'travel-grant-notifications').getAttribute('part')).to.equal('date');
      expect(text(item(el, 'camera-ready').querySelector('[part="status"]'))).to.equal('passed');
      expect(text(item(el, 'early-pricing-ends').querySelector('[part="status"]'))).to.equal(
        'next',
      );
      expect(item(el, 'refund').querySelector('[part="status"]')).to.equal(null);
    });

    it('counts a deadline as passed from its exact instant on', async () => {
      // SlidesLive: end of Aug 14 AoE = 2022-08-15T12:00:00Z.
      const before = await settled(
        await fixture<ConfDates>(
          html`<conf-dates .data=${mlsys} locale="en-US" now="2022-08-15T11:59:59Z"></conf-dates>`,
        ),
      );
      expect(withPart(before, 'next')).to.deep.equal(['slideslive-recordings']);
      before.now = '2022-08-15T12:00:00Z';
      await before.updateComplete;
      expect(withPart(before, 'next')).to.deep.equal([]);
      expect(withPart(before, 'past')).to.include('slideslive-recordings');
      expect(withPart(before, 'past')).not.to.include('conference');
    });

    it('hides passed dates with `upcoming` and events with `deadlines-only`', async () => {
      const now = '2022-07-01T00:00:00Z';
      const upcoming = await settled(
        await fixture<ConfDates>(
          html`<conf-dates .data=${mlsys} upcoming now=${now}></conf-dates>`,
        ),
      );
      expect(ids(upcoming)).to.deep.equal(MLSYS.slice(4).map(([id]) => id));
      expect(withPart(upcoming, 'past')).to.deep.equal([]);
      expect(withPart(upcoming, 'next')).to.deep.equal(['early-pricing-ends']);

      const deadlines = await settled(
        await fixture<ConfDates>(
          html`<conf-dates .data=${mlsys} deadlines-only now=${now}></conf-dates>`,
        ),
      );
      expect(ids(deadlines)).to.deep.equal([
        'camera-ready',
        'travel-grant-application',
        'early-pricing-ends',
        'sponsor-payment',
        'refund',
        'slideslive-recordings',
      ]);

      const both = await settled(
        await fixture<ConfDates>(
          html`<conf-dates .data=${mlsys} upcoming deadlines-only now=${now}></conf-dates>`,
        ),
      );
      expect(ids(both)).to.deep.equal([
        'early-pricing-ends',
        'sponsor-payment',
        'refund',
        'slideslive-recordings',
      ]);
    });

    it('says so when no date is left to show, and stays accessible', async () => {
      const el = await settled(
        await fixture<ConfDates>(
          html`<conf-dates
            .data=${mlsys}
            upcoming
            now="2023-01-01T00:00:00Z"
            locale="en-US"
          ></conf-dates>`,
        ),
      );
      expect(items(el)).to.have.length(0);
      expect(text(el.shadowRoot!.querySelector('[part="empty"]'))).to.equal('No dates to show.');
      await expect(el).to.be.accessible();
    });
  });

  describe('following the clock', () => {
    it('re-renders exactly when the next date passes, with one timer and no ticker', async () => {
      const clock = sinon.useFakeTimers({
        now: Date.UTC(2022, 7, 1, 19, 59, 59),
        toFake: [...FAKE],
      });
      const el = await settled(
        await fixture<ConfDates>(html`<conf-dates .data=${mlsys}></conf-dates>`),
      );
      expect(withPart(el, 'next')).to.deep.equal(['early-pricing-ends']);
      expect(clock.countTimers()).to.equal(1);
      clock.next(); // runs the one timer: it is due when early pricing ends, 20:00Z
      expect(Date.now()).to.equal(Date.UTC(2022, 7, 1, 20, 0, 0));
      await el.updateComplete;
      expect(withPart(el, 'next')).to.deep.equal(['sponsor-payment']);
      expect(withPart(el, 'past')).to.include('early-pricing-ends');
      expect(clock.countTimers()).to.equal(1);
      el.remove();
      expect(clock.countTimers()).to.equal(0);
    });

    it('resumes on reconnection with the marks of the moment', async () => {
      const clock = sinon.useFakeTimers({ now: Date.UTC(2022, 7, 1, 19, 0), toFake: [...FAKE] });
      const el = await settled(
        await fixture<ConfDates>(html`<conf-dates .data=${mlsys}></conf-dates>`),
      );
      const parent = el.parentElement!;
      el.remove();
      clock.setSystemTime(Date.UTC(2022, 7, 6, 0, 0)); // early pricing is over while detached
      parent.append(el);
      await el.updateComplete;
      expect(withPart(el, 'next')).to.deep.equal(['sponsor-payment']);
      expect(clock.countTimers()).to.equal(1);
    });

    it('waits in steps when the next date is further than a timer can wait', async () => {
      // setTimeout fires at once for delays above 2^31 − 1 ms (24.8 days).
      const clock = sinon.useFakeTimers({ now: Date.UTC(2021, 0, 1), toFake: [...FAKE] });
      const el = await settled(
        await fixture<ConfDates>(html`<conf-dates .data=${mlsys}></conf-dates>`),
      );
      clock.next();
      await el.updateComplete;
      expect(Date.now()).to.equal(Date.UTC(2021, 0, 1) + 2 ** 31 - 1);
      expect(withPart(el, 'past')).to.deep.equal([]);
      expect(clock.countTimers()).to.equal(1);
    });

    it('sets no timer when frozen by `now`', async () => {
      const clock = sinon.useFakeTimers({ now: Date.UTC(2022, 7, 1), toFake: [...FAKE] });
      const el = await settled(
        await fixture<ConfDates>(
          html`<conf-dates .data=${mlsys} now="2022-07-01T00:00:00Z"></conf-dates>`,
        ),
      );
      expect(withPart(el, 'next')).to.deep.equal(['early-pricing-ends']);
      expect(clock.countTimers()).to.equal(0);
    });
  });

  describe('the viewer zone', () => {
    it('shows the time in the pinned browser zone, with "+1 day" when the day differs', async () => {
      const el = await settled(
        await fixture<ConfDates>(html`<conf-dates .data=${mlsys} locale="en-US"></conf-dates>`),
      );
      const viewer = (id: string) => text(item(el, id).querySelector('[part="viewer-time"]'));
      const shift = (id: string) => text(item(el, id).querySelector('[part="day-shift"]'));
      // [viewer text or undefined, day shift or undefined] per date and pinned zone.
      const expected: Record<string, Record<string, [RegExp | undefined, string | undefined]>> = {
        'Europe/Berlin': {
          // 20:00Z on Mar 18 is 21:00 CET (+1; Berlin's DST begins Mar 27).
          'camera-ready': [/^Fri, Mar 18, 9:00 PM (GMT\+1|CET)$/, undefined],
          // 12:00Z on Jun 30 is 14:00 CEST: the day after the AoE date.
          'travel-grant-application': [/^Thu, Jun 30, 2:00 PM (GMT\+2|CEST)$/, '+1 day'],
          // 06:59Z on Aug 12 is 08:59 CEST, the day after 23:59 PDT on Aug 11.
          refund: [/^Fri, Aug 12, 8:59 AM (GMT\+2|CEST)$/, '+1 day'],
        },
        'America/Los_Angeles': {
          // The data zone itself: nothing said twice.
          'camera-ready': [undefined, undefined],
          // 12:00Z on Jun 30 is 05:00 PDT on Jun 30.
          'travel-grant-application': [/^Thu, Jun 30, 5:00 AM (GMT-7|PDT)$/, '+1 day'],
          refund: [undefined, undefined],
        },
        'Asia/Kolkata': {
          // 20:00Z + 5:30 = 01:30 on Mar 19.
          'camera-ready': [/^Sat, Mar 19, 1:30 AM (GMT\+5:30|IST)$/, '+1 day'],
          'travel-grant-application': [/^Thu, Jun 30, 5:30 PM (GMT\+5:30|IST)$/, '+1 day'],
          // 06:59Z + 5:30 = 12:29 on Aug 12.
          refund: [/^Fri, Aug 12, 12:29 PM (GMT\+5:30|IST)$/, '+1 day'],
        },
      };
      const zone = expected[__TEST_ENV__.timeZone];
      expect(zone, `expectations for ${__TEST_ENV__.timeZone}`).to.exist;
      for (const [id, [time, dayShift]] of Object.entries(zone!)) {
        if (time) expect(viewer(id), id).to.match(time);
        else expect(viewer(id), id).to.equal(undefined);
        expect(shift(id), id).to.equal(dayShift);
        if (time)
          expect(text(item(el, id).querySelector('.viewer-zone')), id).to.contain('your time');
      }
      // A calendar-day event is never converted.
      expect(viewer('conference')).to.equal(undefined);
      // Both times carry the same exact instant.
      const travel = item(el, 'travel-grant-application');
      expect(travel.querySelector('[part="viewer-time"]')!.getAttribute('datetime')).to.equal(
        '2022-06-30T12:00:00Z',
      );
    });

    it('shows the zone of the `time-zone` attribute instead', async () => {
      const el = await settled(
        await fixture<ConfDates>(
          html`<conf-dates .data=${mlsys} locale="en-US" time-zone="Asia/Tokyo"></conf-dates>`,
        ),
      );
      const viewer = (id: string) => text(item(el, id).querySelector('[part="viewer-time"]'));
      const shift = (id: string) => text(item(el, id).querySelector('[part="day-shift"]'));
      // Tokyo is UTC+9 all year. 20:00Z Mar 18 = 05:00 Mar 19.
      expect(viewer('camera-ready')).to.match(/^Sat, Mar 19, 5:00 AM (GMT\+9|JST)$/);
      expect(shift('camera-ready')).to.equal('+1 day');
      // 12:00Z Jun 30 = 21:00 Jun 30, a day after the AoE date.
      expect(viewer('travel-grant-application')).to.match(/^Thu, Jun 30, 9:00 PM (GMT\+9|JST)$/);
      expect(shift('travel-grant-application')).to.equal('+1 day');
      // 19:07Z Nov 10 = 04:07 Nov 11.
      expect(viewer('sponsor-portal-opens')).to.match(/^Thu, Nov 11, 4:07 AM (GMT\+9|JST)$/);
    });

    it('shows "-1 day" when the viewer is a day behind the data zone', async () => {
      const data = {
        conference: { name: 'Tokyo Workshop', timeZone: 'Asia/Tokyo' },
        // 09:00 JST on Jun 29 = 00:00Z = 17:00 PDT on Jun 28.
        dates: [{ id: 'paper', label: 'Paper deadline', at: '2022-06-29T09:00' }],
      };
      const el = await settled(
        await fixture<ConfDates>(
          html`<conf-dates
            .data=${data}
            locale="en-US"
            time-zone="America/Los_Angeles"
          ></conf-dates>`,
        ),
      );
      expect(text(item(el, 'paper').querySelector('[part="viewer-time"]'))).to.match(
        /^Tue, Jun 28, 5:00 PM (GMT-7|PDT)$/,
      );
      expect(text(item(el, 'paper').querySelector('[part="day-shift"]'))).to.equal('-1 day');
    });
  });

  describe('calendar links', () => {
    it('gives each date an .ics file with its one event, named accessibly', async () => {
      const el = await settled(
        await fixture<ConfDates>(html`<conf-dates .data=${mlsys} locale="en-US"></conf-dates>`),
      );
      const link = item(el, 'camera-ready').querySelector<HTMLAnchorElement>(
        'a[part="calendar-link"]',
      )!;
      expect(link.getAttribute('aria-label')).to.equal('Add Camera-ready deadline to calendar');
      const ics = await calendarFile(link);
      expect(link.getAttribute('download')).to.equal('mlsys-2022-camera-ready.ics');
      expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(1);
      expect(dtstarts(ics)).to.deep.equal(['DTSTART:20220318T200000Z']);
      const day = await calendarFile(
        item(el, 'slideslive-recordings').querySelector('a[part="calendar-link"]')!,
      );
      expect(dtstarts(day)).to.deep.equal(['DTSTART;VALUE=DATE:20220814']);
    });

    it('offers one .ics with every date shown', async () => {
      const el = await settled(
        await fixture<ConfDates>(html`<conf-dates .data=${mlsys} locale="en-US"></conf-dates>`),
      );
      const all = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="calendar-all"]')!;
      expect(text(all)).to.equal('Add all dates to calendar');
      const ics = await calendarFile(all);
      expect(all.getAttribute('download')).to.equal('mlsys-2022.ics');
      expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(10);
      expect(dtstarts(ics)).to.deep.equal([
        'DTSTART:20211110T190700Z',
        'DTSTART:20220318T200000Z',
        'DTSTART:20220620T200000Z',
        'DTSTART;VALUE=DATE:20220629',
        'DTSTART:20220707T010000Z',
        'DTSTART:20220801T200000Z',
        'DTSTART:20220806T010000Z',
        'DTSTART:20220812T065900Z',
        'DTSTART;VALUE=DATE:20220814',
        'DTSTART;VALUE=DATE:20220829',
      ]);

      const upcoming = await settled(
        await fixture<ConfDates>(
          html`<conf-dates
            .data=${mlsys}
            upcoming
            deadlines-only
            now="2022-07-01T00:00:00Z"
          ></conf-dates>`,
        ),
      );
      const some = await calendarFile(
        upcoming.shadowRoot!.querySelector('a[part="calendar-all"]')!,
      );
      expect(dtstarts(some)).to.deep.equal([
        'DTSTART:20220801T200000Z',
        'DTSTART:20220806T010000Z',
        'DTSTART:20220812T065900Z',
        'DTSTART;VALUE=DATE:20220814',
      ]);
    });

    it('keeps every control at least 24 × 24 px, even on a page with a tiny font', async () => {
      const wrapper = await fixture(
        html`<div style="font-size: 8px; width: 240px">
          <conf-dates .data=${mlsys}></conf-dates>
        </div>`,
      );
      const el = await settled(wrapper.querySelector('conf-dates')!);
      const links = [...el.shadowRoot!.querySelectorAll('a.calendar')];
      expect(links).to.have.length(11);
      for (const link of links) {
        const { width, height } = link.getBoundingClientRect();
        expect(width, link.getAttribute('aria-label') ?? '').to.be.at.least(24);
        expect(height).to.be.at.least(24);
      }
    });

    it('can be reached with the keyboard', async () => {
      const wrapper = await fixture(
        html`<div>
          <button>before</button>
          <conf-dates .data=${mlsys}></conf-dates>
        </div>`,
      );
      const el = await settled(wrapper.querySelector('conf-dates')!);
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal(
        'Add Sponsor portal opens to calendar',
      );
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal(
        'Add Camera-ready deadline to calendar',
      );
    });
  });

  describe('layout', () => {
    it('stacks label and time in a narrow sidebar, and sets them side by side on a wide page', async () => {
      const narrow = await fixture(
        html`<div style="width: 240px"><conf-dates .data=${mlsys}></conf-dates></div>`,
      );
      const small = await settled(narrow.querySelector('conf-dates')!);
      const [head, when] = ['.head', '.when'].map((selector) =>
        item(small, 'camera-ready').querySelector(selector)!.getBoundingClientRect(),
      );
      expect(when!.top).to.be.at.least(head!.bottom - 1);

      const wide = await fixture(
        html`<div style="width: 800px"><conf-dates .data=${mlsys}></conf-dates></div>`,
      );
      const large = await settled(wide.querySelector('conf-dates')!);
      const [head2, when2] = ['.head', '.when'].map((selector) =>
        item(large, 'camera-ready').querySelector(selector)!.getBoundingClientRect(),
      );
      expect(when2!.left).to.be.at.least(head2!.right);
      expect(Math.abs(when2!.top - head2!.top)).to.be.below(8);
    });
  });

  describe('other data', () => {
    it('orders by time with TBD last, keeping file order among equals', async () => {
      const data = {
        conference: { name: 'Order', timeZone: 'UTC' },
        dates: [
          { id: 'later', label: 'Later', at: 'TBD' },
          { id: 'c', label: 'C', at: '2022-03-01T12:00' },
          { id: 'a', label: 'A', at: '2022-01-01T12:00' },
          { id: 'b1', label: 'B1', at: '2022-02-01T12:00Z' },
          // The same instant as b1, written in another zone: 13:00 at UTC+1 = 12:00Z.
          { id: 'b2', label: 'B2', at: '2022-02-01T13:00', timeZone: 'UTC+01:00' },
          { id: 'last', label: 'Last', at: 'TBD' },
        ],
      };
      const el = await settled(
        await fixture<ConfDates>(
          html`<conf-dates .data=${data} locale="en-US" now="2022-01-15T00:00:00Z"></conf-dates>`,
        ),
      );
      expect(ids(el)).to.deep.equal(['a', 'b1', 'b2', 'c', 'later', 'last']);
      const tbd = item(el, 'later');
      expect(text(tbd.querySelector('[part="time"]'))).to.equal('to be announced');
      expect(tbd.querySelector('time')).to.equal(null);
      expect(tbd.querySelector('[part="calendar-link"]')).to.equal(null);
      expect(tbd.getAttribute('part')).to.equal('date');
      expect(withPart(el, 'next')).to.deep.equal(['b1']);
      // TBD dates are left out of the calendar file.
      const ics = await calendarFile(el.shadowRoot!.querySelector('a[part="calendar-all"]')!);
      expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(4);
    });

    it('shows an extended date with the earlier one struck through', async () => {
      const data = {
        conference: { name: 'Extended', timeZone: 'AoE' },
        dates: [
          { id: 'paper', label: 'Paper deadline', at: '2022-02-01', previously: ['2022-01-25'] },
        ],
      };
      const el = await settled(
        await fixture<ConfDates>(html`<conf-dates .data=${data} locale="en-US"></conf-dates>`),
      );
      const paper = item(el, 'paper');
      expect(text(paper.querySelector('[part="extended"]'))).to.equal('extended');
      const old = paper.querySelector('[part="previously"] s time')!;
      // End of Jan 25 AoE = 2022-01-26T12:00Z.
      expect(old.getAttribute('datetime')).to.equal('2022-01-26T12:00:00Z');
      expect(text(old)).to.equal('Tue, Jan 25, 2022, end of day AoE');
      expect(text(paper.querySelector('[part="previously"]'))).to.match(/^previously: /);
      await expect(el).to.be.accessible();
    });

    it('skips a bad date with a warning naming its path, and renders text as text', async () => {
      const warn = sinon.stub(console, 'warn');
      const data = {
        conference: { name: 'Bad', timeZone: 'UTC' },
        dates: [
          { id: 'markup', label: '<img src=x onerror="window.__pwned = 1">', at: '2022-05-01' },
          { id: 'bad', label: 'Bad', at: '2022-13-01' },
          {
            id: 'script',
            label: 'Script link',
            at: '2022-06-01',
            url: 'javascript:window.__pwned=1',
          },
          { id: 'fine', label: 'Fine link', at: '2022-07-01', url: 'https://example.org/cfp' },
        ],
      };
      const el = await settled(
        await fixture<ConfDates>(html`<conf-dates .data=${data} locale="en-US"></conf-dates>`),
      );
      expect(warn.getCalls().some((call) => String(call.args[0]).includes('dates[1].at'))).to.equal(
        true,
      );
      expect(ids(el)).to.deep.equal(['markup', 'script', 'fine']);
      expect(text(item(el, 'markup').querySelector('[part="label"]'))).to.equal(
        '<img src=x onerror="window.__pwned = 1">',
      );
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      const script = item(el, 'script').querySelector('[part="label"]')!;
      expect(script.querySelector('a')).to.equal(null);
      expect(text(script)).to.equal('Script link');
      expect(item(el, 'fine').querySelector('[part="label"] a')!.getAttribute('href')).to.equal(
        'https://example.org/cfp',
      );
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('speaks German', async () => {
      const el = await settled(
        await fixture<ConfDates>(
          html`<conf-dates .data=${mlsys} locale="de" now="2022-07-01T00:00:00Z"></conf-dates>`,
        ),
      );
      expect(text(item(el, 'camera-ready').querySelector('[part="status"]'))).to.equal('vorbei');
      expect(
        item(el, 'camera-ready')
          .querySelector('[part="calendar-link"]')!
          .getAttribute('aria-label'),
      ).to.equal('Camera-ready deadline zum Kalender hinzufügen');
    });
  });

  describe('the workshop file', () => {
    it('lists its three dates with AoE end-of-day instants', async () => {
      const el = await settled(
        await fixture<ConfDates>(
          html`<conf-dates
            src="/demo/workshop-2017.json"
            locale="en-US"
            now="2017-10-14T00:00:00Z"
          ></conf-dates>`,
        ),
      );
      expect(ids(el)).to.deep.equal(['submission', 'notification', 'workshop']);
      // End of Oct 20 AoE = 2017-10-21T12:00Z.
      expect(
        item(el, 'submission').querySelector('[part="time"]')!.getAttribute('datetime'),
      ).to.equal('2017-10-21T12:00:00Z');
      expect(withPart(el, 'next')).to.deep.equal(['submission']);
    });
  });

  describe('accessibility', () => {
    it('is accessible when ready, on both files', async () => {
      for (const data of [mlsys, workshop]) {
        const el = await settled(
          await fixture<ConfDates>(
            html`<conf-dates .data=${data} now="2022-07-01T00:00:00Z"></conf-dates>`,
          ),
        );
        await expect(el).to.be.accessible();
      }
    });

    it('is accessible while loading, showing its fallback', async () => {
      const el = await fixture<ConfDates>(
        html`<conf-dates><p>Important dates: see the call for papers.</p></conf-dates>`,
      );
      expect(el.state).to.equal('loading');
      await expect(el).to.be.accessible();
    });

    it('is accessible in its error state', async () => {
      sinon.stub(console, 'error');
      const el = await settled(
        await fixture<ConfDates>(
          html`<conf-dates .data=${{ conference: {} }}><p>Dates</p></conf-dates>`,
        ),
      );
      expect(el.state).to.equal('error');
      expect(text(el.shadowRoot!.querySelector('[part="error"]'))).to.contain('conference.name');
      await expect(el).to.be.accessible();
    });
  });
});
