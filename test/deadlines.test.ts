import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/countdown/countdown.js';
import '../src/data-provider/data-provider.js';
import '../src/deadlines/deadlines.js';
import type { ConfDeadlines } from '../src/deadlines/deadlines.js';
import type { ConfElement } from '../src/shared/conf-element.js';
import { tickerStats } from '../src/shared/ticker.js';
import { all, calendarFile, settled, text } from './helpers/widgets.js';

// Every instant below is worked out by hand from test/fixtures/collection/board.json and
// the zones' offsets on the day (tzdb), never computed by the code under test:
//   MLSys 2027 abstract    2026-10-23T23:59 AoE (UTC−12)           = 2026-10-24T11:59:00Z
//   OSDI 2027 abstract     2026-10-27T17:00 PDT (UTC−7)            = 2026-10-28T00:00:00Z
//   LearnSys submission    2026-10-29, date only, AoE: passes at    2026-10-30T12:00:00Z
//   EuroSys paper          2026-10-31T00:00 UTC+02:00              = 2026-10-30T22:00:00Z
//   MLSys 2027 paper       2026-10-30T20:00 AoE                    = 2026-10-31T08:00:00Z
//   OSDI 2027 paper        2026-11-03T17:00 PST (UTC−8; US DST ended Nov 1) = 2026-11-04T01:00:00Z
//   Later 2027 paper       TBD
// Left out by the default kinds (abstract paper): MLSys camera-ready (2027-04-01 AoE =
// 2027-04-02T12:00:00Z), MLSys notification and LearnSys decisions (events).

const BOARD = '/test/fixtures/collection/board.json';
const MLSYS = '/test/fixtures/collection/mlsys-2027.json';
const NOW = '2026-10-20T00:00:00Z';
const FAKE = ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] as const;

const ORDER = [
  ['MLSys 2027', '2026-10-24T11:59:00Z'],
  ['OSDI 2027', '2026-10-28T00:00:00Z'],
  ['LearnSys 2027', '2026-10-30T12:00:00Z'],
  ['EuroSys 2027', '2026-10-30T22:00:00Z'],
  ['MLSys 2027', '2026-10-31T08:00:00Z'],
  ['OSDI 2027', '2026-11-04T01:00:00Z'],
  ['Later 2027', undefined],
] as const;

const rows = (el: ConfDeadlines) => all(el.shadowRoot!, 'li[part~="row"]');
const names = (el: ConfDeadlines) =>
  rows(el).map((row) => text(row.querySelector('[part="conference"]')));
/** Each row's instant (`<time part="time" datetime>`), or undefined for TBD. */
const instants = (el: ConfDeadlines) =>
  rows(el).map(
    (row) => row.querySelector('time[part="time"]')?.getAttribute('datetime') ?? undefined,
  );
const withPart = (el: ConfDeadlines, part: string) =>
  rows(el)
    .map((row, index) => (row.part.contains(part) ? index : -1))
    .filter((index) => index >= 0);
const sentence = (row: Element) => text(row.querySelector('.head'));

let warn: sinon.SinonStub;
let error: sinon.SinonStub;
let clock: sinon.SinonFakeTimers | undefined;

beforeEach(() => {
  // The board's fixture names a missing file and two bad entries: those are said, and checked.
  warn = sinon.stub(console, 'warn');
  error = sinon.stub(console, 'error');
});

afterEach(() => {
  fixtureCleanup();
  clock?.restore();
  clock = undefined;
  sinon.restore();
});

async function board(template: ReturnType<typeof html>): Promise<ConfDeadlines> {
  return settled(await fixture<ConfDeadlines>(template));
}

describe('<conf-deadlines>', () => {
  describe('on a collection file', () => {
    it('lists the deadlines of every conference in order of their instants, across zones, TBD last', async () => {
      const el = await board(
        html`<conf-deadlines src=${BOARD} now=${NOW} locale="en-US"></conf-deadlines>`,
      );
      expect(el.state).to.equal('ready');
      expect(names(el)).to.deep.equal(ORDER.map(([name]) => name));
      expect(instants(el)).to.deep.equal(ORDER.map(([, at]) => at));
      expect(text(rows(el)[6]!.querySelector('[part="time"]'))).to.equal('to be announced');
      expect(el.shadowRoot!.querySelector('ol')!.getAttribute('role')).to.equal('list');
      expect(el.shadowRoot!.querySelector('ol')!.getAttribute('aria-label')).to.equal(
        'Deadlines we track',
      );
    });

    it('places wall-clock deadlines in a DST week as Temporal\'s "compatible" does', async () => {
      // Europe/Berlin: clocks go back at 03:00 CEST on 2026-10-25 (02:30 happens twice: the
      // first, CEST, UTC+2) and forward at 02:00 CET on 2027-03-28 (02:30 does not exist:
      // it moves on by an hour, 03:30 CEST, UTC+2). India: UTC+5:30 all year.
      const data = {
        collection: { name: 'DST' },
        conferences: [
          {
            conference: { name: 'Spring', timeZone: 'Europe/Berlin' },
            dates: [{ id: 'paper', label: 'Paper', at: '2027-03-28T02:30' }],
          },
          {
            conference: { name: 'Autumn', timeZone: 'Europe/Berlin' },
            dates: [
              { id: 'abstract', label: 'Abstract', at: '2026-10-25T02:30' },
              { id: 'paper', label: 'Paper', at: '2026-10-26T02:30' },
            ],
          },
          {
            conference: { name: 'Kolkata', timeZone: 'Asia/Kolkata' },
            dates: [{ id: 'paper', label: 'Paper', at: '2026-10-25T06:00' }],
          },
        ],
      };
      const el = await board(html`<conf-deadlines .data=${data} now=${NOW}></conf-deadlines>`);
      // The same instant twice: in the collection's order.
      expect(names(el)).to.deep.equal(['Autumn', 'Kolkata', 'Autumn', 'Spring']);
      expect(instants(el)).to.deep.equal([
        '2026-10-25T00:30:00Z', // 02:30 CEST, the first of the two
        '2026-10-25T00:30:00Z', // 06:00 IST
        '2026-10-26T01:30:00Z', // 02:30 CET
        '2027-03-28T01:30:00Z', // 03:30 CEST
      ]);
    });

    it('marks the first upcoming deadline `row next`, and links each conference to its site', async () => {
      const el = await board(
        html`<conf-deadlines src=${BOARD} now=${NOW} locale="en-US"></conf-deadlines>`,
      );
      expect(rows(el)[0]!.getAttribute('part')).to.equal('row next');
      expect(rows(el)[1]!.getAttribute('part')).to.equal('row');
      const link = rows(el)[0]!.querySelector<HTMLAnchorElement>('a[part="conference"]')!;
      expect(link.href).to.equal('https://mlsys.org/Conferences/2027');
      // EuroSys has no url: its name is text
      expect(rows(el)[3]!.querySelector('a[part="conference"]')).to.equal(null);
      expect(text(rows(el)[3]!.querySelector('[part="conference"]'))).to.equal('EuroSys 2027');
    });

    it('shows the time left in days and hours, and in hours and minutes in the last day', async () => {
      const el = await board(
        html`<conf-deadlines src=${BOARD} now=${NOW} locale="en-US"></conf-deadlines>`,
      );
      // MLSys abstract: 2026-10-24T11:59Z − 2026-10-20T00:00Z = 4 d 11 h 59 min
      const left = rows(el)[0]!.querySelector('time[part="left"]')!;
      expect(text(left)).to.equal('4 days, 11 hours');
      expect(left.getAttribute('datetime')).to.equal('P4DT11H0M0S');
      el.now = '2026-10-24T00:00:00Z'; // 11 h 59 min left
      await el.updateComplete;
      const last = rows(el)[0]!.querySelector('time[part="left"]')!;
      expect(text(last)).to.equal('11 hours, 59 minutes');
      expect(last.getAttribute('datetime')).to.equal('P0DT11H59M0S');
      el.now = '2026-10-24T11:00:00Z'; // 59 min: the zero hours are left out
      await el.updateComplete;
      expect(text(rows(el)[0]!.querySelector('time[part="left"]'))).to.equal('59 minutes');
    });

    it('gives each row one sentence for screen readers, and hides the visual pieces from them', async () => {
      // A viewer at UTC−12 all year (Etc/GMT+12, POSIX sign) reads AoE times as their own.
      const el = await board(
        html`<conf-deadlines
          src=${BOARD}
          now=${NOW}
          locale="en-US"
          time-zone="Etc/GMT+12"
        ></conf-deadlines>`,
      );
      expect(
        sentence(rows(el)[0]!).startsWith(
          'MLSys 2027, Abstract deadline: 4 days, 11 hours left, Fri, Oct 23, 2026, 11:59 PM AoE',
        ),
        sentence(rows(el)[0]!),
      ).to.be.true;
      const hidden = text(rows(el)[4]!.querySelector('.head .visually-hidden'));
      expect(hidden).to.equal(
        ', Paper deadline: 11 days, 8 hours left, Fri, Oct 30, 2026, 8:00 PM AoE, extended',
      );
      for (const row of rows(el)) {
        for (const piece of row.querySelectorAll('.label, .left, .when'))
          expect(piece.closest('[aria-hidden="true"]'), piece.className).to.exist;
      }
      expect(el.shadowRoot!.querySelector('[aria-live]')).to.equal(null);
    });

    it('shows the time in the data zone and the viewer\'s, with "+1 day" when the day differs', async () => {
      const el = await board(
        html`<conf-deadlines
          src=${BOARD}
          now=${NOW}
          locale="en-US"
          time-zone="Asia/Tokyo"
        ></conf-deadlines>`,
      );
      // MLSys paper 2026-10-31T08:00Z: Oct 30, 8:00 PM AoE = Oct 31, 5:00 PM in Tokyo (UTC+9)
      const row = rows(el)[4]!;
      expect(text(row.querySelector('[part="time"]'))).to.equal('Fri, Oct 30, 2026, 8:00 PM AoE');
      expect(text(row.querySelector('[part="viewer-time"]'))).to.equal(
        'Sat, Oct 31, 5:00 PM GMT+9',
      );
      expect(text(row.querySelector('[part="day-shift"]'))).to.equal('+1 day');
      expect(text(row.querySelector('[part="extended"]'))).to.equal('extended');
      expect(row.querySelector('[part="previously"] s time')!.getAttribute('datetime')).to.equal(
        '2026-10-28T08:00:00Z',
      );
      expect(text(rows(el)[0]!.querySelector('[part="about"]'))).to.equal(
        'May 17 – 20, 2027 · Santa Clara, CA',
      );
    });

    it('explains AoE once, visibly, and marks each "AoE" up', async () => {
      const el = await board(
        html`<conf-deadlines src=${BOARD} now=${NOW} locale="en-US"></conf-deadlines>`,
      );
      const notes = all(el.shadowRoot!, '[part="aoe-note"]');
      expect(notes.map(text)).to.deep.equal(['AoE: Anywhere on Earth, UTC−12']);
      const abbr = rows(el)[0]!.querySelector('[part="time"] abbr')!;
      expect(abbr.getAttribute('title')).to.equal('Anywhere on Earth (UTC−12)');
      expect(text(abbr)).to.equal('AoE');
      el.tags = 'europe'; // EuroSys only: UTC+2, no AoE
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="aoe-note"]')).to.equal(null);
    });

    it("keeps the conferences with any of `tags` (the entry's and the conference's own, any case)", async () => {
      const el = await board(
        html`<conf-deadlines src=${BOARD} now=${NOW} tags="europe"></conf-deadlines>`,
      );
      expect(names(el)).to.deep.equal(['EuroSys 2027']);
      el.tags = 'ML';
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['MLSys 2027', 'LearnSys 2027', 'MLSys 2027', 'Later 2027']);
      el.tags = 'systems nothing';
      await el.updateComplete;
      // MLSys gets "systems" from its entry in the collection
      expect(names(el)).to.deep.equal([
        'MLSys 2027',
        'OSDI 2027',
        'EuroSys 2027',
        'MLSys 2027',
        'OSDI 2027',
      ]);
    });

    it('filters by `kinds`; dates of a conference without kinds count as they are; `all` is every deadline', async () => {
      const el = await board(
        html`<conf-deadlines src=${BOARD} now=${NOW} kinds="camera-ready"></conf-deadlines>`,
      );
      expect(names(el)).to.deep.equal(['LearnSys 2027', 'MLSys 2027']);
      expect(instants(el)).to.deep.equal(['2026-10-30T12:00:00Z', '2027-04-02T12:00:00Z']);
      el.kinds = 'all';
      await el.updateComplete;
      expect(instants(el)).to.deep.equal([
        ...ORDER.slice(0, 6).map(([, at]) => at),
        '2027-04-02T12:00:00Z',
        undefined,
      ]);
      el.kinds = 'abstract';
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['MLSys 2027', 'OSDI 2027', 'LearnSys 2027']);
    });

    it('shows at most `limit` rows', async () => {
      const el = await board(
        html`<conf-deadlines src=${BOARD} now=${NOW} limit="2"></conf-deadlines>`,
      );
      expect(instants(el)).to.deep.equal(ORDER.slice(0, 2).map(([, at]) => at));
    });

    it('shows deadlines passed in the last `past` days, marked passed', async () => {
      // 2026-10-29T00:00Z: the MLSys abstract passed 4 d 12 h 1 min ago, OSDI's 1 day ago.
      const now = '2026-10-29T00:00:00Z';
      const none = await board(html`<conf-deadlines src=${BOARD} now=${now}></conf-deadlines>`);
      expect(instants(none)[0]).to.equal('2026-10-30T12:00:00Z');
      const el = await board(
        html`<conf-deadlines src=${BOARD} now=${now} past="2" locale="en-US"></conf-deadlines>`,
      );
      expect(instants(el).slice(0, 2)).to.deep.equal([
        '2026-10-28T00:00:00Z',
        '2026-10-30T12:00:00Z',
      ]);
      expect(rows(el)[0]!.getAttribute('part')).to.equal('row past');
      expect(text(rows(el)[0]!.querySelector('[part="status"]'))).to.equal('passed');
      expect(rows(el)[0]!.querySelector('[part="left"]')).to.equal(null);
      expect(rows(el)[1]!.getAttribute('part')).to.equal('row next');
      el.past = 5;
      await el.updateComplete;
      expect(withPart(el, 'past')).to.deep.equal([0, 1]);
      expect(instants(el)[0]).to.equal('2026-10-24T11:59:00Z');
    });

    it('shows the others, and a notice naming the file, when a referenced file fails', async () => {
      // A URL of its own: each file is read (and its problems said) once per page.
      const el = await board(
        html`<conf-deadlines src="${BOARD}?case=notice" now=${NOW}></conf-deadlines>`,
      );
      expect(el.state).to.equal('ready');
      const notices = all(el.shadowRoot!, '[part="notice"]').map(text);
      const missing = new URL('/test/fixtures/collection/missing.json', location.href).href;
      expect(notices).to.deep.equal([`Could not load ${missing}; its deadlines are not shown.`]);
      expect(rows(el)).to.have.length(7);
      const warnings = warn.getCalls().map((call) => String(call.args[0]));
      expect(warnings.some((w) => w.includes('conferences[5].src') && w.includes(missing))).to.be
        .true;
      expect(warnings.some((w) => w.includes('conferences[6].src'))).to.be.true;
      expect(warnings.some((w) => w.includes('conferences[7]:'))).to.be.true;
    });

    it("offers the feed to subscribe to: webcal:, the https: URL to copy, Google Calendar's page", async () => {
      const el = await board(
        html`<conf-deadlines src=${BOARD} now=${NOW} locale="en-US"></conf-deadlines>`,
      );
      const details = el.shadowRoot!.querySelector<HTMLDetailsElement>(
        'details[part="subscribe"]',
      )!;
      expect(text(details.querySelector('summary'))).to.equal('Subscribe');
      const feed = new URL('/test/fixtures/collection/deadlines.ics', location.href).href;
      const links = [...details.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal([
        feed.replace(/^https?:/, 'webcal:'),
        'https://calendar.google.com/calendar/r/settings/addbyurl',
      ]);
      const input = details.querySelector('input')!;
      expect(input.value).to.equal(feed);
      expect(input.readOnly).to.be.true;
      expect(input.labels![0]!.textContent).to.contain('Outlook');
      expect(text(details)).to.contain(
        'refresh on their own schedule (Google Calendar: up to a day)',
      );
      // Open, it passes axe: the right-to-left dark page test checks it.
    });

    it('writes a deadline into its calendar link, named for its conference', async () => {
      const el = await board(html`<conf-deadlines src=${BOARD} now=${NOW}></conf-deadlines>`);
      const link = rows(el)[1]!.querySelector('a[part="calendar-link"]')!;
      expect(link.getAttribute('aria-label')).to.equal(
        'Add OSDI 2027 Abstract registration to calendar',
      );
      const ics = await calendarFile(link);
      expect(ics).to.contain('DTSTART:20261028T000000Z');
    });

    it('says "No upcoming deadlines", naming the tags it was filtered by', async () => {
      const el = await board(
        html`<conf-deadlines
          src=${BOARD}
          now="2030-01-01T00:00:00Z"
          locale="en-US"
        ></conf-deadlines>`,
      );
      // Only the TBD row is left
      expect(names(el)).to.deep.equal(['Later 2027']);
      el.tags = 'robotics vision';
      await el.updateComplete;
      expect(rows(el)).to.have.length(0);
      expect(text(el.shadowRoot!.querySelector('[part="empty"]'))).to.equal(
        'No upcoming deadlines tagged robotics or vision',
      );
      await expect(el).to.be.accessible();
      el.tags = '';
      el.kinds = 'rebuttal';
      await el.updateComplete;
      expect(text(el.shadowRoot!.querySelector('[part="empty"]'))).to.equal(
        'No upcoming deadlines',
      );
    });

    it('passes axe, wide and in a 240 px sidebar', async () => {
      const el = await board(
        html`<conf-deadlines src=${BOARD} now=${NOW} past="30"></conf-deadlines>`,
      );
      await expect(el).to.be.accessible();
      const narrow = await fixture<HTMLElement>(
        html`<div style="width: 240px">
          <conf-deadlines src=${BOARD} now=${NOW}></conf-deadlines>
        </div>`,
      );
      const inner = narrow.querySelector('conf-deadlines')!;
      await settled(inner);
      await expect(inner).to.be.accessible();
      expect(inner.getBoundingClientRect().width).to.equal(240);
      expect(inner.scrollWidth).to.be.at.most(240);
    });

    it('passes axe on a dark page, right to left', async () => {
      const page = await fixture<HTMLElement>(
        html`<div dir="rtl" lang="ar" style="background: #111; color: #eee; padding: 1em">
          <conf-deadlines src=${BOARD} now=${NOW} past="5" locale="en"></conf-deadlines>
        </div>`,
      );
      const el = await settled(page.querySelector('conf-deadlines')!);
      el.shadowRoot!.querySelector('details')!.open = true;
      await expect(el).to.be.accessible();
      // The rows' bar is on the start side: the right, right to left.
      const row = rows(el)[0]!;
      expect(getComputedStyle(row).borderRightStyle).to.equal('solid');
    });

    it('opens Subscribe by keyboard', async () => {
      const el = await board(html`<conf-deadlines src=${BOARD} now=${NOW}></conf-deadlines>`);
      const details = el.shadowRoot!.querySelector('details')!;
      const summary = el.shadowRoot!.querySelector<HTMLElement>('summary')!;
      summary.focus();
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => details.open, 'Enter opens Subscribe', { timeout: 2000 });
      const box = details.querySelector('input')!.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    });

    it('speaks German and Chinese', async () => {
      const de = await board(
        html`<conf-deadlines src=${BOARD} now=${NOW} locale="de" tags="nothing"></conf-deadlines>`,
      );
      expect(text(de.shadowRoot!.querySelector('[part="empty"]'))).to.equal(
        'Keine anstehenden Fristen mit nothing',
      );
      const zh = await board(
        html`<conf-deadlines src=${BOARD} now=${NOW} locale="zh"></conf-deadlines>`,
      );
      expect(text(zh.shadowRoot!.querySelector('summary'))).to.equal('订阅');
    });
  });

  describe('live', () => {
    it('drops a deadline at the second it passes, without a reload', async () => {
      clock = sinon.useFakeTimers({ now: Date.parse('2026-10-24T11:58:59Z'), toFake: [...FAKE] });
      const el = await board(html`<conf-deadlines src=${BOARD} locale="en-US"></conf-deadlines>`);
      expect(instants(el)[0]).to.equal('2026-10-24T11:59:00Z');
      expect(text(rows(el)[0]!.querySelector('[part="left"]'))).to.equal('less than a minute');
      clock.tick(999);
      await el.updateComplete;
      expect(instants(el)[0]).to.equal('2026-10-24T11:59:00Z');
      clock.tick(1);
      await el.updateComplete;
      expect(instants(el)[0]).to.equal('2026-10-28T00:00:00Z');
      expect(rows(el)[0]!.getAttribute('part')).to.equal('row next');
    });

    it('marks it passed instead within `past`, and drops it when the window ends', async () => {
      clock = sinon.useFakeTimers({ now: Date.parse('2026-10-24T11:58:59Z'), toFake: [...FAKE] });
      const el = await board(html`<conf-deadlines src=${BOARD} past="1"></conf-deadlines>`);
      clock.tick(1000);
      await el.updateComplete;
      expect(rows(el)[0]!.getAttribute('part')).to.equal('row past');
      expect(rows(el)[1]!.getAttribute('part')).to.equal('row next');
      clock.tick(86_400_000 - 1);
      await el.updateComplete;
      expect(instants(el)[0]).to.equal('2026-10-24T11:59:00Z');
      clock.tick(1);
      await el.updateComplete;
      expect(instants(el)[0]).to.equal('2026-10-28T00:00:00Z');
    });

    it('ticks by the minute from the shared ticker, and never by the second', async () => {
      // 11 h 58 min 30 s before the MLSys abstract (11:59:00Z): the minutes shown change
      // 1 ms after each whole minute before it (rounded down, as a countdown's).
      clock = sinon.useFakeTimers({ now: Date.parse('2026-10-24T00:00:30Z'), toFake: [...FAKE] });
      const el = await board(html`<conf-deadlines src=${BOARD} locale="en-US"></conf-deadlines>`);
      const left = () => text(rows(el)[0]!.querySelector('[part="left"]'));
      expect(left()).to.equal('11 hours, 58 minutes');
      expect(tickerStats().subscribers).to.equal(1);
      const before = tickerStats().callbacks;
      clock.tick(30_000); // 00:01:00.000: exactly 11 h 58 min left
      await el.updateComplete;
      expect(tickerStats().callbacks - before).to.equal(0);
      expect(left()).to.equal('11 hours, 58 minutes');
      clock.tick(1);
      await el.updateComplete;
      expect(left()).to.equal('11 hours, 57 minutes');
      clock.tick(10 * 60_000);
      await el.updateComplete;
      expect(left()).to.equal('11 hours, 47 minutes');
      expect(tickerStats().callbacks - before).to.equal(11);
      el.remove();
      expect(tickerStats().subscribers).to.equal(0);
    });

    it('draws a long board in batches, a task each, until every row is there', async () => {
      // 400 conferences, one deadline each, a minute apart from 2027-01-01T00:00Z on.
      const many = {
        collection: { name: 'Many' },
        conferences: Array.from({ length: 400 }, (_, index) => ({
          conference: { name: `C${index}`, timeZone: 'UTC' },
          dates: [
            {
              id: 'paper',
              label: 'Paper',
              at: new Date(Date.UTC(2027, 0, 1, 0, index)).toISOString().slice(0, 16),
            },
          ],
        })),
      };
      const el = await board(html`<conf-deadlines .data=${many} now=${NOW}></conf-deadlines>`);
      const first = rows(el).length;
      expect(first).to.be.within(1, 399);
      for (let wait = 0; wait < 100 && rows(el).length < 400; wait++)
        await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(rows(el)).to.have.length(400);
      expect(instants(el)[399]).to.equal('2027-01-01T06:39:00Z');
      expect(names(el).slice(0, 3)).to.deep.equal(['C0', 'C1', 'C2']);
    });

    it('does not tick with a frozen `now`', async () => {
      await board(html`<conf-deadlines src=${BOARD} now=${NOW}></conf-deadlines>`);
      expect(tickerStats().subscribers).to.equal(0);
    });
  });

  describe('sources', () => {
    it('takes a single conference file as a collection of one', async () => {
      const el = await board(
        html`<conf-deadlines src=${MLSYS} now=${NOW} kinds="all"></conf-deadlines>`,
      );
      expect(instants(el)).to.deep.equal([
        '2026-10-24T11:59:00Z',
        '2026-10-31T08:00:00Z',
        '2027-04-02T12:00:00Z',
      ]);
      expect(el.shadowRoot!.querySelector('[part="subscribe"]')).to.equal(null);
    });

    it('takes the data property and a <conf-data> ancestor', async () => {
      const raw = await (await fetch(BOARD)).json();
      // Inline only: the `data` property resolves `src` against the page.
      raw.conferences = raw.conferences.filter((entry: { src?: string }) => !entry.src);
      const el = await board(html`<conf-deadlines .data=${raw} now=${NOW}></conf-deadlines>`);
      expect(names(el)).to.deep.equal([
        'OSDI 2027',
        'LearnSys 2027',
        'EuroSys 2027',
        'OSDI 2027',
        'Later 2027',
      ]);
      const wrapper = await fixture<HTMLElement>(
        html`<conf-data src=${BOARD}><conf-deadlines now=${NOW}></conf-deadlines></conf-data>`,
      );
      const inner = await settled(wrapper.querySelector('conf-deadlines')!);
      expect(instants(inner)).to.deep.equal(ORDER.map(([, at]) => at));
    });

    it('fetches each referenced file once per page, shared with the other widgets', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <conf-deadlines src=${BOARD} now=${NOW}></conf-deadlines>
          <conf-deadlines src=${BOARD} now=${NOW} tags="ml"></conf-deadlines>
          <conf-countdown src=${MLSYS} now=${NOW}></conf-countdown>
        </div>`,
      );
      await Promise.all([...wrapper.children].map((child) => settled(child as ConfElement)));
      const url = new URL(MLSYS, location.href).href;
      expect(performance.getEntriesByName(url)).to.have.length(1);
    });

    it('is an error state only when the collection file itself fails', async () => {
      const el = await board(
        html`<conf-deadlines src="/test/fixtures/collection/none.json"
          ><p>fallback</p></conf-deadlines
        >`,
      );
      expect(el.state).to.equal('error');
      expect(text(el.shadowRoot!.querySelector('[part="error"]'))).to.contain('none.json');
      const invalid = await board(
        html`<conf-deadlines .data=${{ collection: {}, conferences: [] }}></conf-deadlines>`,
      );
      expect(invalid.state).to.equal('error');
      expect(text(invalid.shadowRoot!.querySelector('[part="error"]'))).to.contain(
        'collection.name: is required',
      );
    });

    it('is a clear error for the other widgets', async () => {
      const el = await settled(
        await fixture<ConfElement>(html`<conf-countdown src=${BOARD}></conf-countdown>`),
      );
      expect(el.state).to.equal('error');
      expect(text(el.shadowRoot!.querySelector('[part="error"]'))).to.contain(
        'a collection of conferences, which only <conf-deadlines> shows',
      );
      expect(error.called).to.be.true;
    });
  });

  describe('hostile data', () => {
    it('stays text, and unsafe URLs are not links', async () => {
      const el = await board(
        html`<conf-deadlines
          src="/test/fixtures/collection/hostile.json"
          now=${NOW}
          kinds="all"
        ></conf-deadlines>`,
      );
      const root = el.shadowRoot!;
      expect(root.querySelector('img, script, svg:not(.icon), b')).to.equal(null);
      expect(text(root.querySelector('[part="conference"]'))).to.equal(
        '<img src=x onerror=alert(1)>',
      );
      expect(root.querySelector('a[part="conference"]')).to.equal(null);
      expect(text(root.querySelector('[part="label"]'))).to.equal('<svg onload=alert(1)>');
      expect(text(root.querySelector('[part="about"]'))).to.equal('<script>alert(1)</script>');
      expect(root.querySelector('[part="subscribe"]')).to.equal(null);
      for (const link of root.querySelectorAll('a'))
        expect(link.getAttribute('href')).to.match(/^(https?:|data:text\/calendar)/);
    });
  });
});
