import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/cfp/cfp.js';
import '../src/data-provider/data-provider.js';
import type { ConfCfp } from '../src/cfp/cfp.js';
import type { ConfCountdown } from '../src/countdown/countdown.js';
import { calendarFile, settled } from './helpers/widgets.js';

// Every expected instant and wall time below is worked out by hand from the zone's
// offset on that day (tzdb), never computed by the code under test. The workshop's
// submission deadline is "2017-10-20" AoE: it passes at 2017-10-21T12:00:00Z.

const FAKE = ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] as const;
const STYLE_URL = 'https://nips.cc/Conferences/2017/PaperInformation/StyleFiles';
const SUBMIT_URL = 'https://cmt.example.org/ML-Systems-2017/submit';

let mlsys: Record<string, unknown>;
let workshop: Record<string, unknown>;

before(async () => {
  [mlsys, workshop] = await Promise.all(
    ['/demo/mlsys-2022.json', '/demo/workshop-2017.json'].map(async (file) =>
      (await fetch(file)).json(),
    ),
  );
});

afterEach(() => sinon.restore());

/** The workshop file with a submit link. */
function withSubmitUrl(): unknown {
  const copy = structuredClone(workshop) as { cfp: { submission: Record<string, unknown> } };
  copy.cfp.submission.submitUrl = SUBMIT_URL;
  return copy;
}

const $ = (el: ConfCfp, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: ConfCfp, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const items = (el: ConfCfp) => $$(el, 'li[part~="date"]');
const item = (el: ConfCfp, id: string) => $(el, `li[data-id="${id}"]`)!;
const withPart = (el: ConfCfp, part: string) =>
  items(el)
    .filter((li) => li.part.contains(part))
    .map((li) => li.dataset.id);
/** Intl output differs in its spaces across engines (U+202F before "PM"): compare with single spaces. */
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const countdownOf = (el: ConfCfp) => $(el, 'conf-countdown') as ConfCountdown | null;

describe('<conf-cfp>', () => {
  describe('the workshop call, a week before the deadline', () => {
    const now = '2017-10-14T00:00:00Z';

    it('shows title, venue and summary paragraphs as text', async () => {
      const el = await settled(
        await fixture<ConfCfp>(
          html`<conf-cfp .data=${workshop} locale="en-US" now=${now}></conf-cfp>`,
        ),
      );
      const title = $(el, '[part="title"]')!;
      expect(title.localName).to.equal('h2');
      expect(text(title)).to.equal('Call for Papers');
      expect(text($(el, '[part="venue"]'))).to.equal(
        'Held with NIPS 2017, December 8, 2017, Long Beach, California',
      );
      const paragraphs = $$(el, '[part="summary"] p');
      // The seed's call is one paragraph (the workshop's description is page prose).
      expect(paragraphs).to.have.length(1);
      expect(text(paragraphs[0])).to.match(/^We invite participation in the ML Systems Workshop/);
    });

    it('lists its deadlines in the order of the call, the next one marked', async () => {
      const el = await settled(
        await fixture<ConfCfp>(
          html`<conf-cfp .data=${workshop} locale="en-US" now=${now}></conf-cfp>`,
        ),
      );
      expect(items(el).map((li) => li.dataset.id)).to.deep.equal(['submission', 'notification']);
      expect(item(el, 'submission').getAttribute('part')).to.equal('date next');
      expect(item(el, 'notification').getAttribute('part')).to.equal('date');
      const submission = item(el, 'submission').querySelector('time[part="time"]')!;
      expect(submission.getAttribute('datetime')).to.equal('2017-10-21T12:00:00Z');
      expect(text(submission)).to.equal('Fri, Oct 20, 2017, end of day AoE');
      // An event on a calendar day: the day itself.
      expect(
        item(el, 'notification').querySelector('time[part="time"]')!.getAttribute('datetime'),
      ).to.equal('2017-11-01');
      expect($(el, 'ol[part="list"]')!.getAttribute('role')).to.equal('list');
    });

    it('counts down to the submission deadline, with the data it already has', async () => {
      const fetchSpy = sinon.spy(window, 'fetch');
      let ready = 0;
      const el = await fixture<ConfCfp>(
        html`<conf-cfp
          src="/demo/workshop-2017.json?cfp-countdown"
          locale="en-US"
          now=${now}
          @conf-ready=${() => ready++}
        ></conf-cfp>`,
      );
      await settled(el);
      const countdown = countdownOf(el)!;
      expect(countdown, 'countdown').to.exist;
      expect(countdown.getAttribute('date')).to.equal('submission');
      expect(countdown.getAttribute('now')).to.equal(now);
      await settled(countdown);
      expect(countdown.state).to.equal('ready');
      // 2017-10-14T00:00Z to 2017-10-21T12:00Z: 7 days 12 hours.
      const remaining = countdown.shadowRoot!.querySelector('[part="remaining"]')!;
      expect(remaining.getAttribute('datetime')).to.equal('P7DT12H0M0S');
      // One fetch of the file for both elements, and one conf-ready, the call's own.
      expect(
        fetchSpy.getCalls().filter((call) => String(call.args[0]).includes('cfp-countdown')),
      ).to.have.length(1);
      await countdown.updateComplete;
      expect(ready).to.equal(1);
    });

    it('passes a `data` object on to its countdown already checked: no second validation', async () => {
      const warn = sinon.stub(console, 'warn');
      const data = structuredClone(workshop) as { dates: unknown[] };
      data.dates.push({ id: 'broken', label: 'Broken', at: 'soon' });
      const el = await settled(
        await fixture<ConfCfp>(html`<conf-cfp .data=${data} locale="en-US" now=${now}></conf-cfp>`),
      );
      const countdown = await settled(countdownOf(el)!);
      expect(countdown.state).to.equal('ready');
      expect(
        countdown.shadowRoot!.querySelector('[part="remaining"]')!.getAttribute('datetime'),
      ).to.equal('P7DT12H0M0S');
      expect(
        warn.getCalls().filter((call) => String(call.args[0]).includes('dates[3].at')),
      ).to.have.length(1);
    });

    it('inside <conf-data>, passes the provided data on to its countdown', async () => {
      const wrapper = await fixture(
        html`<conf-data src="/demo/workshop-2017.json">
          <conf-cfp locale="en-US" now=${now}></conf-cfp>
        </conf-data>`,
      );
      const el = await settled(wrapper.querySelector('conf-cfp')!);
      expect(el.state).to.equal('ready');
      const countdown = await settled(countdownOf(el)!);
      expect(countdown.state).to.equal('ready');
      expect(
        countdown.shadowRoot!.querySelector('[part="remaining"]')!.getAttribute('datetime'),
      ).to.equal('P7DT12H0M0S');
    });

    it('gives the submission details and the style files link', async () => {
      const el = await settled(
        await fixture<ConfCfp>(
          html`<conf-cfp .data=${workshop} locale="en-US" now=${now}></conf-cfp>`,
        ),
      );
      const details = $$(el, '[part="details"] li').map((li) => text(li));
      expect(details).to.deep.equal([
        'Up to 6 pages (not including references)',
        'Submissions do not have to be anonymized.',
        'Format: PDF',
        'Style files',
      ]);
      expect($(el, '[part="details"] a')!.getAttribute('href')).to.equal(STYLE_URL);
      expect($$(el, '[part="section-title"]').map((heading) => text(heading))).to.deep.equal([
        'Important dates',
        'Submission details',
      ]);
      // The file has no submit link: none shown, nothing broken, not closed either.
      expect($(el, '[part="submit"]')).to.equal(null);
      expect($(el, '[part="closed"]')).to.equal(null);
    });

    it('shows the deadline in the viewer zone with "+1 day"', async () => {
      const el = await settled(
        await fixture<ConfCfp>(
          html`<conf-cfp .data=${workshop} locale="en-US" now=${now}></conf-cfp>`,
        ),
      );
      const viewer = text(item(el, 'submission').querySelector('[part="viewer-time"]'));
      // 2017-10-21T12:00Z: 14:00 CEST (Berlin's DST ends Oct 29), 05:00 PDT, 17:30 IST.
      const expected: Record<string, RegExp> = {
        'Europe/Berlin': /^Sat, Oct 21, 2:00 PM (GMT\+2|CEST)$/,
        'America/Los_Angeles': /^Sat, Oct 21, 5:00 AM (GMT-7|PDT)$/,
        'Asia/Kolkata': /^Sat, Oct 21, 5:30 PM (GMT\+5:30|IST)$/,
      };
      expect(viewer).to.match(expected[__TEST_ENV__.timeZone]!);
      expect(text(item(el, 'submission').querySelector('[part="day-shift"]'))).to.equal('+1 day');
      expect(item(el, 'notification').querySelector('[part="viewer-time"]')).to.equal(null);

      const tokyo = await settled(
        await fixture<ConfCfp>(
          html`<conf-cfp
            .data=${workshop}
            locale="en-US"
            now=${now}
            time-zone="Asia/Tokyo"
          ></conf-cfp>`,
        ),
      );
      // 12:00Z + 9 h = 21:00 on Oct 21.
      expect(text(item(tokyo, 'submission').querySelector('[part="viewer-time"]'))).to.match(
        /^Sat, Oct 21, 9:00 PM (GMT\+9|JST)$/,
      );
      expect(text(item(tokyo, 'submission').querySelector('[part="day-shift"]'))).to.equal(
        '+1 day',
      );
      expect(countdownOf(tokyo)!.getAttribute('time-zone')).to.equal('Asia/Tokyo');
    });

    it('offers the deadline as an .ics all-day event', async () => {
      const el = await settled(
        await fixture<ConfCfp>(
          html`<conf-cfp .data=${workshop} locale="en-US" now=${now}></conf-cfp>`,
        ),
      );
      const link = item(el, 'submission').querySelector('a[part="calendar-link"]')!;
      expect(link.getAttribute('aria-label')).to.equal('Add Submission deadline to calendar');
      const ics = await calendarFile(link);
      expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(1);
      expect(ics.split('\r\n').filter((line) => line.startsWith('DTSTART'))).to.deep.equal([
        'DTSTART;VALUE=DATE:20171020',
      ]);
    });
  });

  describe('after the submission deadline', () => {
    it('is closed once the last deadline has passed; the notification (an event) does not keep it open', async () => {
      const el = await settled(
        await fixture<ConfCfp>(
          html`<conf-cfp
            .data=${withSubmitUrl()}
            locale="en-US"
            now="2017-10-21T12:00:00Z"
          ></conf-cfp>`,
        ),
      );
      expect(text($(el, '[part="closed"]'))).to.equal('Submissions are closed.');
      expect($(el, '[part="submit"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector(`a[href="${SUBMIT_URL}"]`)).to.equal(null);
      expect(item(el, 'submission').getAttribute('part')).to.equal('date past');
      expect(item(el, 'notification').getAttribute('part')).to.equal('date');
      // No deadline left to count down to.
      expect(countdownOf(el)).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('has a live submit link until the deadline, and closes at its instant (fake clock)', async () => {
      const clock = sinon.useFakeTimers({
        now: Date.UTC(2017, 9, 21, 11, 59, 59),
        toFake: [...FAKE],
      });
      const el = await settled(
        await fixture<ConfCfp>(html`<conf-cfp .data=${withSubmitUrl()} locale="en-US"></conf-cfp>`),
      );
      const submit = $(el, 'a[part="submit"]')!;
      expect(submit.getAttribute('href')).to.equal(SUBMIT_URL);
      expect(text(submit)).to.equal('Submit a paper');
      expect($(el, '[part="closed"]')).to.equal(null);
      expect(withPart(el, 'next')).to.deep.equal(['submission']);
      await clock.tickAsync(1000);
      await el.updateComplete;
      expect(Date.now()).to.equal(Date.UTC(2017, 9, 21, 12, 0, 0));
      expect($(el, 'a[part="submit"]')).to.equal(null);
      expect(text($(el, '[part="closed"]'))).to.equal('Submissions are closed.');
      expect(withPart(el, 'past')).to.deep.equal(['submission']);
      expect(countdownOf(el)).to.equal(null);
    });

    it('stays open while a deadline of the call is still to be announced', async () => {
      const data = {
        conference: { name: 'Open', timeZone: 'UTC' },
        dates: [
          { id: 'abstract', label: 'Abstract deadline', at: '2017-10-01' },
          { id: 'paper', label: 'Paper deadline', at: 'TBD' },
        ],
        cfp: { deadlines: ['abstract', 'paper'], submission: { submitUrl: SUBMIT_URL } },
      };
      const el = await settled(
        await fixture<ConfCfp>(
          html`<conf-cfp .data=${data} locale="en-US" now="2017-10-14T00:00:00Z"></conf-cfp>`,
        ),
      );
      expect($(el, '[part="closed"]')).to.equal(null);
      expect($(el, 'a[part="submit"]')!.getAttribute('href')).to.equal(SUBMIT_URL);
      expect(countdownOf(el)).to.equal(null); // nothing dated to count down to
      expect(text(item(el, 'paper').querySelector('[part="time"]'))).to.equal('to be announced');
      // No title in the file: the default one.
      expect(text($(el, '[part="title"]'))).to.equal('Call for papers');
    });
  });

  describe('options and odd data', () => {
    it('puts its headings at `heading-level`', async () => {
      const el = await settled(
        await fixture<ConfCfp>(
          html`<conf-cfp
            .data=${workshop}
            heading-level="3"
            now="2017-10-14T00:00:00Z"
          ></conf-cfp>`,
        ),
      );
      expect($(el, '[part="title"]')!.localName).to.equal('h3');
      expect($$(el, '[part="section-title"]').map((heading) => heading.localName)).to.deep.equal([
        'h4',
        'h4',
      ]);
      el.headingLevel = 9; // out of range: the default
      await el.updateComplete;
      expect($(el, '[part="title"]')!.localName).to.equal('h2');
    });

    it('renders nothing for a file without a call, and says so once', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await settled(await fixture<ConfCfp>(html`<conf-cfp .data=${mlsys}></conf-cfp>`));
      expect(el.state).to.equal('ready');
      expect(el.shadowRoot!.children).to.have.length(0);
      expect(
        warn.getCalls().filter((call) => String(call.args[0]).includes('no "cfp"')),
      ).to.have.length(1);
      el.requestUpdate();
      await el.updateComplete;
      expect(
        warn.getCalls().filter((call) => String(call.args[0]).includes('no "cfp"')),
      ).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('renders markup in the call as text, and drops unsafe links', async () => {
      const warn = sinon.stub(console, 'warn');
      const data = {
        conference: { name: 'Markup' },
        dates: [
          {
            id: 'paper',
            label: '<b>Paper</b> deadline',
            at: '2030-01-01',
            url: 'javascript:window.__pwned=1',
          },
        ],
        cfp: {
          title: '<img src=x onerror="window.__pwned=1">',
          summary: 'First <script>window.__pwned=1</script> paragraph.\n\n<em>Second</em>',
          deadlines: ['paper'],
          submission: {
            styleUrl: 'javascript:window.__pwned=1',
            submitUrl: 'data:text/html,<script>1</script>',
          },
        },
      };
      const el = await settled(
        await fixture<ConfCfp>(
          html`<conf-cfp .data=${data} now="2020-01-01T00:00:00Z"></conf-cfp>`,
        ),
      );
      expect(warn.called).to.equal(true);
      expect(text($(el, '[part="title"]'))).to.equal('<img src=x onerror="window.__pwned=1">');
      expect($$(el, '[part="summary"] p').map((p) => text(p))).to.deep.equal([
        'First <script>window.__pwned=1</script> paragraph.',
        '<em>Second</em>',
      ]);
      expect(el.shadowRoot!.querySelector('img, script, em, b')).to.equal(null);
      expect(item(el, 'paper').querySelector('[part="label"] a')).to.equal(null);
      expect(text(item(el, 'paper').querySelector('[part="label"]'))).to.equal(
        '<b>Paper</b> deadline',
      );
      expect($(el, '[part="submit"]')).to.equal(null);
      expect($(el, '[part="details"]')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('speaks German', async () => {
      const el = await settled(
        await fixture<ConfCfp>(
          html`<conf-cfp .data=${workshop} locale="de" now="2017-10-22T00:00:00Z"></conf-cfp>`,
        ),
      );
      expect(text($(el, '[part="closed"]'))).to.equal('Die Einreichung ist geschlossen.');
      expect(text($(el, '[part="details"] li'))).to.equal(
        'Bis zu 6 Seiten (not including references)',
      );
    });
  });

  describe('accessibility', () => {
    it('is accessible when ready, open and closed', async () => {
      for (const now of ['2017-10-14T00:00:00Z', '2017-10-22T00:00:00Z']) {
        const el = await settled(
          await fixture<ConfCfp>(html`<conf-cfp .data=${withSubmitUrl()} now=${now}></conf-cfp>`),
        );
        const countdown = countdownOf(el);
        if (countdown) await settled(countdown);
        await expect(el).to.be.accessible();
      }
    });

    it('is accessible while loading, showing its fallback', async () => {
      const el = await fixture<ConfCfp>(
        html`<conf-cfp><p>Call for papers: see the workshop page.</p></conf-cfp>`,
      );
      expect(el.state).to.equal('loading');
      await expect(el).to.be.accessible();
    });

    it('is accessible in its error state', async () => {
      sinon.stub(console, 'error');
      const el = await settled(
        await fixture<ConfCfp>(html`<conf-cfp .data=${{ conference: {} }}><p>Call</p></conf-cfp>`),
      );
      expect(el.state).to.equal('error');
      await expect(el).to.be.accessible();
    });

    it('lets the keyboard reach the calendar links and the submit link', async () => {
      const wrapper = await fixture(
        html`<div>
          <button>before</button>
          <conf-cfp .data=${withSubmitUrl()} now="2017-10-14T00:00:00Z"></conf-cfp>
        </div>`,
      );
      const el = await settled(wrapper.querySelector('conf-cfp')!);
      await settled(countdownOf(el)!);
      wrapper.querySelector('button')!.focus();
      const reached: string[] = [];
      for (let step = 0; step < 12; step++) {
        await sendKeys({ press: 'Tab' });
        let active: Element | null = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        if (!active || active === document.body) break;
        reached.push(active.getAttribute('aria-label') ?? text(active) ?? '');
        // The last stop: tabbing on would leave the page for the browser's own controls,
        // and Firefox then sends no keys to the next test file's page.
        if (reached.includes('Submit a paper')) break;
      }
      expect(reached).to.include('Add Submission deadline to calendar');
      expect(reached).to.include('Add Author notification to calendar');
      expect(reached).to.include('Style files');
      expect(reached).to.include('Submit a paper');
    });
  });
});
