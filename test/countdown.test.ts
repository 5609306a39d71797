import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import sinon from 'sinon';
import { spaces } from './helpers/temporal.js';
import '../src/countdown/countdown.js';
import type { ConfCountdown } from '../src/countdown/countdown.js';
import type { ConfDeadlineEvent } from '../src/shared/events.js';
import { tickerStats } from '../src/shared/ticker.js';
import { calendarFile, settled } from './helpers/widgets.js';

// Every expected instant and duration below is worked out by hand from the data files
// (demo/*.json) and the zones' offsets on the day, not computed by the code under test.
//
// workshop-2017: "submission" 2017-10-20 AoE (UTC−12) passes 2017-10-21T12:00:00Z; the
//   other dates are events (deadline: false).
// mlsys-2022 deadlines (America/Los_Angeles unless AoE):
//   camera-ready             2022-03-18T13:00 PDT (UTC−7)  = 2022-03-18T20:00:00Z
//   travel-grant-application 2022-06-29 AoE, passes         2022-06-30T12:00:00Z
//   early-pricing-ends       2022-08-01T13:00 PDT           = 2022-08-01T20:00:00Z
//   sponsor-payment          2022-08-05T18:00 PDT           = 2022-08-06T01:00:00Z
//   refund                   2022-08-11T23:59 PDT           = 2022-08-12T06:59:00Z
//   slideslive-recordings    2022-08-14 AoE, passes         2022-08-15T12:00:00Z

const WORKSHOP = '/demo/workshop-2017.json';
const MLSYS = '/demo/mlsys-2022.json';
const FAKE = ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] as const;
const zone = __TEST_ENV__.timeZone;

let clock: sinon.SinonFakeTimers | undefined;

/** Fakes the clock at an instant; `afterEach` restores it. */
function clockAt(iso: string): sinon.SinonFakeTimers {
  clock = sinon.useFakeTimers({ now: Date.parse(iso), toFake: [...FAKE] });
  return clock;
}

async function countdown(template: ReturnType<typeof html>): Promise<ConfCountdown> {
  return settled(await fixture<ConfCountdown>(template));
}

const part = (el: ConfCountdown, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: ConfCountdown, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const remaining = (el: ConfCountdown) => part(el, 'remaining')?.getAttribute('datetime');
const label = (el: ConfCountdown) => part(el, 'label')?.textContent?.trim();
const text = (el: ConfCountdown) => spaces(el.shadowRoot!.textContent ?? '')!.trim();
const units = (el: ConfCountdown) =>
  parts(el, 'unit').map((unit) => spaces(unit.textContent)!.trim());
const summary = (el: ConfCountdown) =>
  spaces(el.shadowRoot!.querySelector('.counting > .visually-hidden')?.textContent)?.trim();
const pauseButton = (el: ConfCountdown) => part(el, 'pause') as HTMLButtonElement;

/** Advances the fake clock and waits for the element to render what the ticks asked for. */
async function tick(el: ConfCountdown, ms: number): Promise<void> {
  clock!.tick(ms);
  await el.updateComplete;
}

/** `document.visibilityState` as a hidden or shown tab reports it. */
function setPageVisibility(state: 'hidden' | 'visible'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

async function frames(count = 1): Promise<void> {
  for (let index = 0; index < count; index++)
    await new Promise((resolve) => requestAnimationFrame(resolve));
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let frame = 0; frame < 120; frame++) {
    if (condition()) return;
    await frames();
  }
  throw new Error(`timed out waiting for ${what}`);
}

afterEach(() => {
  // Elements first, so they unsubscribe while the fake clock that armed the timer exists.
  fixtureCleanup();
  sinon.restore(); // the fake clock too
  clock = undefined;
  delete (document as { visibilityState?: unknown }).visibilityState;
});

describe('<conf-countdown>: the default deadline and the time left', () => {
  it('counts down to the workshop submission: 7 days 12 hours before the end of Oct 20 AoE', async () => {
    clockAt('2017-10-14T00:00:00Z');
    const el = await countdown(html`<conf-countdown src=${WORKSHOP}></conf-countdown>`);
    expect(el.state).to.equal('ready');
    expect(label(el)).to.equal('Submission deadline');
    expect(remaining(el)).to.equal('P7DT12H0M0S');
    expect(units(el)).to.deep.equal(['7 days', '12 hours', '0 minutes', '0 seconds']);
    expect(summary(el)).to.equal('Submission deadline: 7 days, 12 hours left');
  });

  it('shows the deadline in its zone and in the viewer zone, "+1 day" because AoE is behind every zone', async () => {
    clockAt('2017-10-14T00:00:00Z');
    const el = await countdown(html`<conf-countdown src=${WORKSHOP}></conf-countdown>`);
    const times = parts(el, 'time');
    expect(times.map((time) => time.getAttribute('datetime'))).to.deep.equal([
      '2017-10-21T12:00:00Z',
      '2017-10-21T12:00:00Z',
    ]);
    expect(spaces(times[0]!.textContent)).to.equal('Fri, Oct 20, 2017, end of day AoE');
    // 2017-10-21T12:00Z in the pinned zone: CEST (UTC+2), PDT (UTC−7), IST (UTC+5:30).
    const viewer = {
      'Europe/Berlin': 'Sat, Oct 21, 2:00 PM GMT+2',
      'America/Los_Angeles': 'Sat, Oct 21, 5:00 AM PDT',
      'Asia/Kolkata': 'Sat, Oct 21, 5:30 PM GMT+5:30',
    }[zone];
    expect(spaces(times[1]!.textContent)).to.equal(viewer);
    expect(spaces(times[1]!.parentElement!.textContent)!.trim()).to.equal(
      `${viewer} your time (+1 day)`,
    );
  });

  it('counts down to the MLSys camera-ready deadline, 13:00 in Los Angeles', async () => {
    clockAt('2022-03-01T00:00:00Z');
    const el = await countdown(html`<conf-countdown src=${MLSYS}></conf-countdown>`);
    expect(label(el)).to.equal('Camera-ready deadline');
    // Mar 1 00:00Z → Mar 18 20:00Z: 17 days 20 hours.
    expect(remaining(el)).to.equal('P17DT20H0M0S');
    const times = parts(el, 'time');
    expect(times[0]!.getAttribute('datetime')).to.equal('2022-03-18T20:00:00Z');
    expect(spaces(times[0]!.textContent)).to.equal('Fri, Mar 18, 2022, 1:00 PM PDT');
    const viewer = spaces(el.shadowRoot!.querySelector('.in-viewer-zone')?.textContent)?.trim();
    if (zone === 'Europe/Berlin') {
      // CET (UTC+1) until Mar 27: 21:00 the same day.
      expect(viewer).to.equal('Fri, Mar 18, 9:00 PM GMT+1 your time');
    } else if (zone === 'America/Los_Angeles') {
      // The viewer is in the data's zone: one time is enough.
      expect(viewer).to.equal(undefined);
      expect(times).to.have.length(1);
    } else {
      // IST (UTC+5:30): 01:30 the next day.
      expect(viewer).to.equal('Sat, Mar 19, 1:30 AM GMT+5:30 your time (+1 day)');
    }
  });

  it('picks the next deadline not yet passed, skipping events', async () => {
    const cases: [string, string, string][] = [
      ['2021-11-01T00:00:00Z', 'Camera-ready deadline', 'P137DT20H0M0S'], // before the sponsor portal (an event) opens
      ['2022-03-18T20:00:00Z', 'Student travel grant application deadline', 'P103DT16H0M0S'],
      ['2022-07-01T00:00:00Z', 'Early registration pricing ends', 'P31DT20H0M0S'],
      ['2022-08-06T00:59:59Z', 'Sponsor payment deadline', 'P0DT0H0M1S'],
      ['2022-08-12T00:00:00Z', 'Last chance for a refund on registration fees', 'P0DT6H59M0S'],
      ['2022-08-15T00:00:00Z', 'SlidesLive recordings due', 'P0DT12H0M0S'],
    ];
    for (const [now, expectedLabel, expectedRemaining] of cases) {
      clockAt(now);
      const el = await countdown(html`<conf-countdown src=${MLSYS}></conf-countdown>`);
      expect([now, label(el), remaining(el)]).to.deep.equal([
        now,
        expectedLabel,
        expectedRemaining,
      ]);
      fixtureCleanup();
      clock!.restore();
    }
  });

  it('shows "no deadlines left" after the last one, with the done slot replacing the words', async () => {
    clockAt('2022-08-15T12:00:00Z');
    const el = await countdown(html`<conf-countdown src=${MLSYS}></conf-countdown>`);
    expect(part(el, 'passed')?.textContent?.trim()).to.equal('No deadlines left.');
    expect(part(el, 'remaining')).to.equal(null);
    expect(clock!.countTimers()).to.equal(0);
    fixtureCleanup();
    const custom = await countdown(
      html`<conf-countdown src=${MLSYS}
        ><span slot="done">See you in Santa Clara!</span></conf-countdown
      >`,
    );
    const slot = part(custom, 'passed')!.querySelector('slot')!;
    expect(slot.assignedNodes().map((node) => node.textContent)).to.deep.equal([
      'See you in Santa Clara!',
    ]);
  });
});

describe('<conf-countdown>: a deadline passing', () => {
  it('fires conf-deadline once and moves on to the next deadline', async () => {
    clockAt('2022-03-18T19:59:59Z');
    const el = await countdown(html`<conf-countdown src=${MLSYS}></conf-countdown>`);
    const fired: ConfDeadlineEvent[] = [];
    el.addEventListener('conf-deadline', (event) => fired.push(event));
    expect(remaining(el)).to.equal('P0DT0H0M1S');
    await tick(el, 1000);
    expect(fired.map((event) => event.detail)).to.deep.equal([
      { id: 'camera-ready', label: 'Camera-ready deadline' },
    ]);
    expect(fired[0]).to.include({ bubbles: true, composed: true });
    // Mar 18 20:00Z → Jun 30 12:00Z: 4 h + 103 days (13 in March, 30, 31, 29 in June) + 12 h.
    expect(label(el)).to.equal('Student travel grant application deadline');
    expect(remaining(el)).to.equal('P103DT16H0M0S');
    await tick(el, 5000);
    expect(fired).to.have.length(1);
    expect(remaining(el)).to.equal('P103DT15H59M55S');
  });

  it('with date= shows the passed state and stops ticking', async () => {
    clockAt('2017-10-21T11:59:58Z');
    const el = await countdown(
      html`<conf-countdown src=${WORKSHOP} date="submission"></conf-countdown>`,
    );
    const fired = sinon.spy();
    el.addEventListener('conf-deadline', fired);
    await tick(el, 1000);
    expect(remaining(el)).to.equal('P0DT0H0M1S');
    await tick(el, 1000);
    expect(fired.callCount).to.equal(1);
    expect(fired.firstCall.args[0].detail).to.deep.equal({
      id: 'submission',
      label: 'Submission deadline',
    });
    expect(part(el, 'remaining')).to.equal(null);
    expect(label(el)).to.equal('Submission deadline');
    expect(part(el, 'passed')?.textContent?.trim()).to.equal('This deadline has passed.');
    expect(part(el, 'time')?.getAttribute('datetime')).to.equal('2017-10-21T12:00:00Z');
    expect(clock!.countTimers()).to.equal(0);
    await tick(el, 60_000);
    expect(fired.callCount).to.equal(1);
  });

  it('after the last deadline shows "no deadlines left"', async () => {
    clockAt('2017-10-21T11:59:59Z');
    const el = await countdown(html`<conf-countdown src=${WORKSHOP}></conf-countdown>`);
    const fired = sinon.spy();
    el.addEventListener('conf-deadline', fired);
    await tick(el, 1000);
    expect(fired.callCount).to.equal(1);
    expect(part(el, 'passed')?.textContent?.trim()).to.equal('No deadlines left.');
    expect(tickerStats().subscribers).to.equal(0);
  });

  it('does not fire for a deadline that had passed before it was shown', async () => {
    clockAt('2017-10-22T00:00:00Z');
    const el = await countdown(
      html`<conf-countdown src=${WORKSHOP} date="submission"></conf-countdown>`,
    );
    const fired = sinon.spy();
    el.addEventListener('conf-deadline', fired);
    await tick(el, 5000);
    expect(fired.callCount).to.equal(0);
    expect(part(el, 'passed')).to.not.equal(null);
  });

  it('counts down to an event (deadline: false) until it begins', async () => {
    // The workshop, 2017-12-08 in Los Angeles (PST, UTC−8), begins 2017-12-08T08:00:00Z.
    clockAt('2017-12-01T08:00:00Z');
    const el = await countdown(
      html`<conf-countdown src=${WORKSHOP} date="workshop"></conf-countdown>`,
    );
    expect(label(el)).to.equal('Workshop at NIPS 2017');
    expect(remaining(el)).to.equal('P7DT0H0M0S');
  });
});

describe('<conf-countdown>: precision, frozen time, zones and languages', () => {
  it('precision="minutes" shows days, hours and minutes and ticks once a minute', async () => {
    clockAt('2017-10-14T00:00:30Z');
    const el = await countdown(
      html`<conf-countdown src=${WORKSHOP} precision="minutes"></conf-countdown>`,
    );
    expect(remaining(el)).to.equal('P7DT11H59M0S');
    expect(units(el)).to.deep.equal(['7 days', '11 hours', '59 minutes']);
    const before = tickerStats().callbacks;
    await tick(el, 30_000); // 00:01:00.000: exactly 7 d 11 h 59 m left
    expect(remaining(el)).to.equal('P7DT11H59M0S');
    await tick(el, 1); // a millisecond later, less than 59 minutes
    expect(remaining(el)).to.equal('P7DT11H58M0S');
    await tick(el, 10 * 60_000);
    expect(remaining(el)).to.equal('P7DT11H48M0S');
    expect(tickerStats().callbacks - before).to.equal(11);
  });

  it('precision="days" shows days, then hours and minutes in the last day', async () => {
    clockAt('2017-10-14T00:00:00Z');
    const el = await countdown(
      html`<conf-countdown src=${WORKSHOP} precision="days"></conf-countdown>`,
    );
    expect(remaining(el)).to.equal('P7DT0H0M0S');
    expect(units(el)).to.deep.equal(['7 days']);
    const before = tickerStats().callbacks;
    await tick(el, 12 * 3600_000); // 12:00Z: exactly 7 days left
    expect(units(el)).to.deep.equal(['7 days']);
    await tick(el, 1);
    expect(units(el)).to.deep.equal(['6 days']);
    expect(tickerStats().callbacks - before).to.equal(1);
    await tick(el, 6 * 86_400_000); // Oct 20 12:00:00.001Z: less than a day
    expect(remaining(el)).to.equal('P0DT23H59M0S');
    expect(units(el)).to.deep.equal(['23 hours', '59 minutes']);
  });

  it('a frozen now does not tick', async () => {
    clockAt('2030-01-01T00:00:00Z');
    const el = await countdown(
      html`<conf-countdown src=${WORKSHOP} now="2017-10-14T00:00:00Z"></conf-countdown>`,
    );
    expect(remaining(el)).to.equal('P7DT12H0M0S');
    expect(clock!.countTimers()).to.equal(0);
    expect(tickerStats().subscribers).to.equal(0);
    await tick(el, 5000);
    expect(remaining(el)).to.equal('P7DT12H0M0S');
  });

  it('time-zone shows the viewer time in that zone, with the day shift', async () => {
    clockAt('2017-10-14T00:00:00Z');
    const tokyo = await countdown(
      html`<conf-countdown src=${WORKSHOP} time-zone="Asia/Tokyo"></conf-countdown>`,
    );
    expect(
      spaces(tokyo.shadowRoot!.querySelector('.in-viewer-zone')?.textContent)?.trim(),
    ).to.equal('Sat, Oct 21, 9:00 PM GMT+9 your time (+1 day)');
    fixtureCleanup();
    // Kiritimati, UTC+14: already Oct 22, two days after Oct 20.
    const kiritimati = await countdown(
      html`<conf-countdown src=${WORKSHOP} time-zone="Pacific/Kiritimati"></conf-countdown>`,
    );
    expect(spaces(kiritimati.shadowRoot!.querySelector('.in-viewer-zone')?.textContent))
      .to.contain('Sun, Oct 22, 2:00 AM')
      .and.contain('(+2 days)');
    fixtureCleanup();
    // UTC−12 is AoE's offset: no second time.
    const aoe = await countdown(
      html`<conf-countdown src=${WORKSHOP} time-zone="UTC-12"></conf-countdown>`,
    );
    expect(parts(aoe, 'time')).to.have.length(1);
  });

  it('speaks German', async () => {
    clockAt('2017-10-20T10:58:59Z'); // 1 day 1 hour 1 minute 1 second left
    const el = await countdown(
      html`<conf-countdown src=${WORKSHOP} locale="de" time-zone="Europe/Berlin"></conf-countdown>`,
    );
    expect(units(el)).to.deep.equal(['1 Tag', '1 Stunde', '1 Minute', '1 Sekunde']);
    expect(pauseButton(el).textContent!.trim()).to.equal('Anhalten');
    expect(summary(el)).to.equal('Submission deadline: noch 1 Tag, 1 Stunde');
    expect(text(el))
      .to.contain('Ende des Tages AoE')
      .and.contain('Ihre Zeit (+1 Tag)')
      .and.contain('Zum Kalender hinzufügen');
    await tick(el, 2000);
    expect(units(el)).to.deep.equal(['1 Tag', '1 Stunde', '0 Minuten', '59 Sekunden']);
  });

  it('speaks Chinese', async () => {
    clockAt('2017-10-14T00:00:00Z');
    const el = await countdown(
      html`<conf-countdown src=${WORKSHOP} locale="zh" time-zone="Asia/Shanghai"></conf-countdown>`,
    );
    const words = parts(el, 'unit-word').map((word) => word.textContent);
    expect(words.slice(0, 3)).to.deep.equal(['天', '小时', '分钟']);
    expect(words[3]).to.match(/^秒/); // 秒钟 from Intl, 秒 from the catalogue
    expect(pauseButton(el).textContent!.trim()).to.equal('暂停');
    expect(text(el)).to.contain('当天结束').and.contain('您的时间').and.contain('+1 天');
  });

  it('has the same words without Intl.DurationFormat (WebKit may lack it)', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(Intl, 'DurationFormat');
    Object.defineProperty(Intl, 'DurationFormat', {
      value: undefined,
      configurable: true,
      writable: true,
    });
    try {
      clockAt('2017-10-20T10:58:59Z'); // 1 day 1 hour 1 minute 1 second left
      const en = await countdown(html`<conf-countdown src=${WORKSHOP}></conf-countdown>`);
      expect(units(en)).to.deep.equal(['1 day', '1 hour', '1 minute', '1 second']);
      expect(summary(en)).to.equal('Submission deadline: 1 day, 1 hour left');
      await tick(en, 2000);
      expect(units(en)).to.deep.equal(['1 day', '1 hour', '0 minutes', '59 seconds']);
      fixtureCleanup();
      const de = await countdown(
        html`<conf-countdown src=${WORKSHOP} locale="de"></conf-countdown>`,
      );
      expect(units(de)).to.deep.equal(['1 Tag', '1 Stunde', '0 Minuten', '59 Sekunden']);
      fixtureCleanup();
      const zh = await countdown(
        html`<conf-countdown src=${WORKSHOP} locale="zh"></conf-countdown>`,
      );
      expect(parts(zh, 'unit-word').map((word) => word.textContent)).to.deep.equal([
        '天',
        '小时',
        '分钟',
        '秒',
      ]);
    } finally {
      if (descriptor) Object.defineProperty(Intl, 'DurationFormat', descriptor);
      else delete (Intl as { DurationFormat?: unknown }).DurationFormat;
    }
  });
});

describe('<conf-countdown>: pause', () => {
  it('toggles aria-pressed and its name, stops ticking, and resumes with the right value', async () => {
    clockAt('2017-10-14T00:00:00Z');
    const el = await countdown(html`<conf-countdown src=${WORKSHOP}></conf-countdown>`);
    const button = pauseButton(el);
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(button.textContent!.trim()).to.equal('Pause');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('Resume');
    expect(clock!.countTimers()).to.equal(0);
    await tick(el, 5000);
    expect(remaining(el)).to.equal('P7DT12H0M0S');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(remaining(el)).to.equal('P7DT11H59M55S'); // at once, not at the next tick
    await tick(el, 1000);
    expect(remaining(el)).to.equal('P7DT11H59M54S');
  });

  // Keyboard use of Pause (Enter and Space, aria-pressed) is tested in every engine in
  // test/a11y.test.ts, with real timers: under this file's fake clock, Firefox's
  // WebDriver BiDi key input was seen to drop a key press.

  it('fires conf-deadline on resume when the deadline passed while paused', async () => {
    clockAt('2017-10-21T11:59:50Z');
    const el = await countdown(html`<conf-countdown src=${WORKSHOP}></conf-countdown>`);
    const fired = sinon.spy();
    el.addEventListener('conf-deadline', fired);
    pauseButton(el).click();
    await tick(el, 60_000);
    expect(fired.callCount).to.equal(0);
    expect(remaining(el)).to.equal('P0DT0H0M10S');
    pauseButton(el).click();
    await el.updateComplete;
    expect(fired.callCount).to.equal(1);
    expect(part(el, 'passed')?.textContent?.trim()).to.equal('No deadlines left.');
  });
});

describe('<conf-countdown>: the shared ticker', () => {
  it('ticks a hundred countdowns with one timer: at most two callbacks a second', async () => {
    clockAt('2017-10-14T00:00:00Z');
    const container = await fixture<HTMLElement>(
      html`<div>
        ${Array.from({ length: 100 }, () => html`<conf-countdown src=${WORKSHOP}></conf-countdown>`)}
      </div>`,
    );
    const elements = [...container.querySelectorAll('conf-countdown')];
    await Promise.all(elements.map(settled));
    expect(clock!.countTimers()).to.equal(1);
    const before = tickerStats().callbacks;
    clock!.tick(10_000);
    expect(tickerStats().callbacks - before).to.be.at.most(20);
    await elements[0]!.updateComplete;
    expect(remaining(elements[0]!)).to.equal('P7DT11H59M50S');
    expect(clock!.countTimers()).to.equal(1);
  });

  it('aligns its ticks with the second the shown value changes', async () => {
    clockAt('2017-10-14T00:00:00.400Z');
    const setTimeoutSpy = sinon.spy(window, 'setTimeout');
    const el = await countdown(html`<conf-countdown src=${WORKSHOP}></conf-countdown>`);
    // 7 d 11 h 59 m 59.6 s left: the value changes when 59.000 s are left (and 1 ms
    // later shows 58 s), so the tick comes at 00:00:01.001 — 601 ms on.
    expect(remaining(el)).to.equal('P7DT11H59M59S');
    const delays = setTimeoutSpy.getCalls().map((call) => call.args[1]);
    expect(delays).to.include(601);
    await tick(el, 600);
    expect(remaining(el)).to.equal('P7DT11H59M59S');
    await tick(el, 1);
    expect(remaining(el)).to.equal('P7DT11H59M58S');
  });

  it('does not tick while the page is hidden, and is right at once when it is shown', async () => {
    clockAt('2017-10-14T00:00:00Z');
    const el = await countdown(html`<conf-countdown src=${WORKSHOP}></conf-countdown>`);
    setPageVisibility('hidden');
    expect(clock!.countTimers()).to.equal(0);
    await tick(el, 3600_000);
    expect(remaining(el)).to.equal('P7DT12H0M0S');
    setPageVisibility('visible');
    await el.updateComplete;
    expect(remaining(el)).to.equal('P7DT11H0M0S');
    expect(clock!.countTimers()).to.equal(1);
  });

  it('does not tick off screen, and is right at once when scrolled into view', async () => {
    clockAt('2017-10-14T00:00:00Z');
    const wrapper = await fixture<HTMLElement>(
      html`<div style="position: absolute; top: 20000px">
        <conf-countdown src=${WORKSHOP}></conf-countdown>
      </div>`,
    );
    const el = await settled(wrapper.querySelector('conf-countdown')!);
    await until(() => tickerStats().active === 0, 'the countdown to be reported off screen');
    expect(clock!.countTimers()).to.equal(0);
    clock!.tick(60_000);
    await el.updateComplete;
    expect(remaining(el)).to.equal('P7DT12H0M0S');
    wrapper.style.top = '0';
    await until(() => remaining(el) === 'P7DT11H59M0S', 'the countdown to update when on screen');
    expect(clock!.countTimers()).to.equal(1);
  });

  it('leaves no timer, listener or observer after 1000 connections and disconnections', async () => {
    clockAt('2017-10-14T00:00:00Z');
    const el = await countdown(html`<conf-countdown src=${WORKSHOP}></conf-countdown>`);
    const parent = el.parentElement!;
    for (let cycle = 0; cycle < 1000; cycle++) {
      el.remove();
      parent.append(el);
      await el.updateComplete;
    }
    expect(tickerStats()).to.include({ subscribers: 1, armed: true });
    el.remove();
    expect(tickerStats()).to.include({
      subscribers: 0,
      armed: false,
      listening: false,
      observing: false,
    });
    expect(clock!.countTimers()).to.equal(0);
  });
});

describe('<conf-countdown>: data it cannot count down to', () => {
  const data = (dates: unknown[]) => ({
    conference: { name: 'Test Conference', timeZone: 'UTC' },
    dates,
  });

  it('skips a date with an invalid "at", warning with its path, and counts down to the rest', async () => {
    const warn = sinon.stub(console, 'warn');
    clockAt('2017-10-14T00:00:00Z');
    const el = await countdown(
      html`<conf-countdown
        .data=${data([
          { id: 'bad', label: 'Bad', at: '2017-13-01' },
          { id: 'good', label: 'Good', at: '2017-10-20T12:00' },
        ])}
      ></conf-countdown>`,
    );
    expect(warn.calledWithMatch(sinon.match('dates[0].at'))).to.equal(true);
    expect(label(el)).to.equal('Good');
    expect(remaining(el)).to.equal('P6DT12H0M0S');
  });

  it('says so, and warns, when date= names no date', async () => {
    const warn = sinon.stub(console, 'warn');
    clockAt('2017-10-14T00:00:00Z');
    const el = await countdown(
      html`<conf-countdown src=${WORKSHOP} date="no-such-date"></conf-countdown>`,
    );
    expect(part(el, 'error')?.textContent).to.equal('No date "no-such-date" in the data file.');
    expect(warn.calledWithMatch(sinon.match('no-such-date'))).to.equal(true);
    expect(el.state).to.equal('ready');
    expect(clock!.countTimers()).to.equal(0);
    await restoreClockForAxe();
    await expect(el).to.be.accessible();
  });

  it('never counts down to a date to be announced', async () => {
    clockAt('2017-10-14T00:00:00Z');
    const dates = data([{ id: 'camera', label: 'Camera-ready deadline', at: 'TBD' }]);
    const named = await countdown(
      html`<conf-countdown .data=${dates} date="camera"></conf-countdown>`,
    );
    expect(label(named)).to.equal('Camera-ready deadline');
    expect(part(named, 'tbd')?.textContent).to.equal('to be announced');
    expect(part(named, 'remaining')).to.equal(null);
    expect(clock!.countTimers()).to.equal(0);
    fixtureCleanup();
    const byDefault = await countdown(html`<conf-countdown .data=${dates}></conf-countdown>`);
    expect(part(byDefault, 'passed')?.textContent?.trim()).to.equal('No deadlines left.');
  });

  it('shows an extended deadline with the earlier date struck through', async () => {
    clockAt('2017-10-14T00:00:00Z');
    const el = await countdown(
      html`<conf-countdown
        .data=${data([{ id: 'paper', label: 'Paper deadline', at: '2017-10-20', timeZone: 'AoE', previously: ['2017-10-13'] }])}
      ></conf-countdown>`,
    );
    const extended = part(el, 'extended')!;
    expect(spaces(extended.textContent)!.trim()).to.equal(
      'extended previously: Fri, Oct 13, 2017, end of day AoE',
    );
    const struck = extended.querySelector('del > time')!;
    expect(struck.getAttribute('datetime')).to.equal('2017-10-14T12:00:00Z');
  });
});

/** axe-core schedules its work with setTimeout: it needs the real clock. */
async function restoreClockForAxe(): Promise<void> {
  clock?.restore();
  clock = undefined;
}

describe('<conf-countdown>: markup, controls and accessibility', () => {
  it('links an .ics file for the date shown, named for it', async () => {
    clockAt('2017-10-14T00:00:00Z');
    const el = await countdown(html`<conf-countdown src=${WORKSHOP}></conf-countdown>`);
    const link = part(el, 'calendar') as HTMLAnchorElement;
    const ics = await calendarFile(link);
    expect(link.getAttribute('download')).to.equal('ml-systems-workshop-nips-2017-submission.ics');
    expect(ics).to.contain('\r\nDTSTART;VALUE=DATE:20171020\r\nDTEND;VALUE=DATE:20171021\r\n');
    expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(1);
    expect(spaces(link.textContent)!.trim()).to.equal('Add to calendar: Submission deadline');
  });

  it('keeps its controls at least 24 × 24 px, even in tiny text', async () => {
    clockAt('2017-10-14T00:00:00Z');
    const wrapper = await fixture<HTMLElement>(
      html`<div style="font-size: 6px; width: 240px">
        <conf-countdown src=${WORKSHOP}></conf-countdown>
      </div>`,
    );
    const el = await settled(wrapper.querySelector('conf-countdown')!);
    for (const name of ['pause', 'calendar']) {
      const box = part(el, name)!.getBoundingClientRect();
      expect(box.width, name).to.be.at.least(24);
      expect(box.height, name).to.be.at.least(24);
    }
  });

  it('stacks in a 240 px sidebar and goes inline at full width', async () => {
    clockAt('2017-10-14T00:00:00Z');
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 240px"><conf-countdown src=${WORKSHOP}></conf-countdown></div>`,
    );
    const el = await settled(wrapper.querySelector('conf-countdown')!);
    const unit = () => getComputedStyle(part(el, 'unit')!);
    expect(unit().flexDirection).to.equal('column');
    const numbers = parts(el, 'number').map((number) => number.getBoundingClientRect());
    // All four units on one line, inside the sidebar.
    expect(new Set(numbers.map((box) => Math.round(box.top))).size).to.equal(1);
    expect(Math.max(...numbers.map((box) => box.right))).to.be.at.most(
      wrapper.getBoundingClientRect().right + 0.5,
    );
    expect(getComputedStyle(parts(el, 'number')[0]!).fontVariantNumeric).to.contain('tabular-nums');
    wrapper.style.width = '800px';
    await frames(2);
    expect(unit().flexDirection).to.equal('row');
  });

  it('hides the ticking numbers from assistive technology and has no live region', async () => {
    clockAt('2017-10-14T00:00:01Z');
    const el = await countdown(html`<conf-countdown src=${WORKSHOP}></conf-countdown>`);
    expect(part(el, 'remaining')!.getAttribute('aria-hidden')).to.equal('true');
    expect(
      el.shadowRoot!.querySelector('[aria-live], [role="status"], [role="timer"], [role="alert"]'),
    ).to.equal(null);
    // The summary names the two largest units: it changes with the hour here, not the second.
    expect(summary(el)).to.equal('Submission deadline: 7 days, 11 hours left');
    await tick(el, 30_000);
    expect(remaining(el)).to.equal('P7DT11H59M29S');
    expect(summary(el)).to.equal('Submission deadline: 7 days, 11 hours left');
  });

  it('is accessible while counting, frozen at a moment', async () => {
    const el = await countdown(
      html`<conf-countdown src=${MLSYS} now="2022-03-01T00:00:00Z"></conf-countdown>`,
    );
    await expect(el).to.be.accessible();
  });

  it('is accessible when the date has passed', async () => {
    const el = await countdown(
      html`<conf-countdown
        src=${WORKSHOP}
        date="submission"
        now="2017-11-01T00:00:00Z"
      ></conf-countdown>`,
    );
    expect(part(el, 'passed')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is accessible with no deadlines left', async () => {
    const el = await countdown(
      html`<conf-countdown src=${WORKSHOP} now="2017-11-01T00:00:00Z"></conf-countdown>`,
    );
    expect(part(el, 'passed')?.textContent?.trim()).to.equal('No deadlines left.');
    await expect(el).to.be.accessible();
  });

  it('is accessible while loading, showing its fallback', async () => {
    let answer!: (response: Response) => void;
    const fetchStub = sinon
      .stub(window, 'fetch')
      .returns(new Promise<Response>((resolve) => (answer = resolve)));
    const el = await fixture<ConfCountdown>(
      html`<conf-countdown src="/demo/slow-loading.json"
        ><a href="https://learningsys.org/nips17/">Deadlines</a></conf-countdown
      >`,
    );
    expect(el.state).to.equal('loading');
    await expect(el).to.be.accessible();
    sinon.stub(console, 'error');
    answer(new Response('{}', { status: 404 }));
    await settled(el);
    fetchStub.restore();
  });

  it('is accessible in the error state', async () => {
    const error = sinon.stub(console, 'error');
    const el = await countdown(
      html`<conf-countdown .data=${{ dates: [] }}><p>Deadlines: see the call.</p></conf-countdown>`,
    );
    expect(el.state).to.equal('error');
    expect(error.called).to.equal(true);
    expect(part(el, 'error')?.textContent).to.contain('conference');
    await expect(el).to.be.accessible();
  });
});
