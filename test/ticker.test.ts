import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { subscribeTicks, tickerStats, type Subscription } from '../src/shared/ticker.js';

const FAKE = ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] as const;

/** Waits for real animation frames (not faked), for IntersectionObserver to report. */
async function frames(count = 3): Promise<void> {
  for (let index = 0; index < count; index++)
    await new Promise((resolve) => requestAnimationFrame(resolve));
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let frame = 0; frame < 120; frame++) {
    if (condition()) return;
    await frames(1);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** `document.visibilityState` as a hidden or shown tab reports it. */
function setPageVisibility(state: 'hidden' | 'visible'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

function restorePageVisibility(): void {
  delete (document as { visibilityState?: unknown }).visibilityState;
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('shared ticker', () => {
  let clock: sinon.SinonFakeTimers;
  let elements: HTMLElement[];
  let subscriptions: Subscription[];

  function element(onScreen = true): HTMLElement {
    const div = document.createElement('div');
    div.textContent = 'tick';
    // Test-only inline styles: far below the fold when off screen.
    div.style.cssText = onScreen
      ? 'height: 10px'
      : 'position: absolute; top: 10000px; height: 10px';
    document.body.append(div);
    elements.push(div);
    return div;
  }

  function subscribe(
    target: Element,
    callback: () => void,
    every = 1000,
    offset = 0,
  ): Subscription {
    const subscription = subscribeTicks(target, callback, { every, offset });
    subscriptions.push(subscription);
    return subscription;
  }

  beforeEach(() => {
    elements = [];
    subscriptions = [];
    // 2017-10-14T00:00:00.300Z: 700 ms before the next second.
    clock = sinon.useFakeTimers({ now: Date.UTC(2017, 9, 14, 0, 0, 0, 300), toFake: [...FAKE] });
  });

  afterEach(() => {
    subscriptions.forEach((subscription) => subscription.unsubscribe());
    elements.forEach((div) => div.remove());
    restorePageVisibility();
    clock.restore();
  });

  it('runs nothing while nobody subscribes', () => {
    expect(tickerStats()).to.include({
      subscribers: 0,
      active: 0,
      armed: false,
      listening: false,
      observing: false,
    });
    expect(clock.countTimers()).to.equal(0);
  });

  it('fires on the next second boundary, then every second', () => {
    const setTimeoutSpy = sinon.spy(window, 'setTimeout');
    const calls: number[] = [];
    subscribe(element(), () => calls.push(Date.now()));
    expect(setTimeoutSpy.firstCall.args[1]).to.equal(700); // 1000 - Date.now() % 1000
    setTimeoutSpy.restore();
    clock.tick(699);
    expect(calls).to.deep.equal([]);
    clock.tick(1);
    clock.tick(2000);
    expect(calls.map((time) => new Date(time).toISOString())).to.deep.equal([
      '2017-10-14T00:00:01.000Z',
      '2017-10-14T00:00:02.000Z',
      '2017-10-14T00:00:03.000Z',
    ]);
  });

  it('keeps one timer for a hundred subscribers: one callback a second', () => {
    const counts = new Array<number>(100).fill(0);
    for (let index = 0; index < 100; index++) subscribe(element(), () => counts[index]!++);
    expect(clock.countTimers()).to.equal(1);
    const before = tickerStats().callbacks;
    clock.tick(10_000);
    expect(tickerStats().callbacks - before).to.be.at.most(10);
    expect(clock.countTimers()).to.equal(1);
    expect(counts.every((count) => count === 10)).to.equal(true);
  });

  it('ticks by the minute or the day for coarse subscribers, on their own phase', () => {
    const minutes: string[] = [];
    const days: string[] = [];
    subscribe(element(), () => minutes.push(new Date().toISOString()), 60_000, 30_000);
    subscribe(element(), () => days.push(new Date().toISOString()), 86_400_000, 43_200_000);
    const before = tickerStats().callbacks;
    clock.tick(24 * 3600_000);
    // 1440 minute boundaries (at :30 s) and one day boundary (12:00:00Z): 1441 callbacks.
    expect(minutes.length).to.equal(1440);
    expect(minutes[0]).to.equal('2017-10-14T00:00:30.000Z');
    expect(days).to.deep.equal(['2017-10-14T12:00:00.000Z']);
    expect(tickerStats().callbacks - before).to.equal(1441);
  });

  it('changes the rate of a subscriber', () => {
    const calls: string[] = [];
    const subscription = subscribe(element(), () => calls.push(new Date().toISOString()), 60_000);
    subscription.setRate({ every: 1000 });
    clock.tick(2000);
    expect(calls).to.deep.equal(['2017-10-14T00:00:01.000Z', '2017-10-14T00:00:02.000Z']);
  });

  it('stops while the page is hidden and updates at once when it is shown again', () => {
    let calls = 0;
    subscribe(element(), () => calls++);
    setPageVisibility('hidden');
    expect(clock.countTimers()).to.equal(0);
    expect(tickerStats()).to.include({ active: 0, armed: false, subscribers: 1 });
    const before = tickerStats().callbacks;
    clock.tick(60_000);
    expect(calls).to.equal(0);
    expect(tickerStats().callbacks).to.equal(before);
    setPageVisibility('visible');
    expect(calls).to.equal(1); // immediately, not a second later
    expect(clock.countTimers()).to.equal(1);
    clock.tick(1000);
    expect(calls).to.equal(2);
  });

  it('stops when every subscriber is off screen and updates one at once when it scrolls into view', async () => {
    let calls = 0;
    const far = element(false);
    subscribe(far, () => calls++);
    // New subscribers are assumed on screen until the observer reports.
    expect(tickerStats().active).to.equal(1);
    await until(() => tickerStats().active === 0, 'the observer to report the element off screen');
    expect(clock.countTimers()).to.equal(0);
    clock.tick(5000);
    expect(calls).to.equal(0);
    far.style.top = '0';
    await until(() => tickerStats().active === 1, 'the observer to report the element on screen');
    expect(calls).to.equal(1);
    expect(clock.countTimers()).to.equal(1);
  });

  it('removes its timer, listener and observer with the last subscriber', () => {
    const addListener = sinon.spy(document, 'addEventListener');
    const removeListener = sinon.spy(document, 'removeEventListener');
    try {
      for (let cycle = 0; cycle < 1000; cycle++) {
        const subscription = subscribeTicks(document.body, () => {});
        subscription.unsubscribe();
        subscription.unsubscribe(); // twice is harmless
      }
      expect(tickerStats()).to.include({
        subscribers: 0,
        armed: false,
        listening: false,
        observing: false,
      });
      expect(clock.countTimers()).to.equal(0);
      const visibility = (spy: sinon.SinonSpy) =>
        spy.getCalls().filter((call) => call.args[0] === 'visibilitychange').length;
      expect(visibility(addListener)).to.equal(1000);
      expect(visibility(removeListener)).to.equal(1000);
    } finally {
      addListener.restore();
      removeListener.restore();
    }
  });

  it('calls nobody after unsubscribing, and keeps ticking for the others', () => {
    let first = 0;
    let second = 0;
    const subscription = subscribe(element(), () => first++);
    subscribe(element(), () => second++);
    clock.tick(1000);
    subscription.unsubscribe();
    clock.tick(3000);
    expect([first, second]).to.deep.equal([1, 4]);
  });

  it('does not fire early: a timer that comes a millisecond soon calls nobody and re-arms', () => {
    const calls: number[] = [];
    subscribe(element(), () => calls.push(Date.now()));
    // Jump the wall clock back 1 ms while the timer is pending, as clock adjustments do.
    clock.tick(500);
    clock.setSystemTime(Date.now() - 1);
    clock.tick(200);
    expect(calls).to.deep.equal([]);
    clock.tick(1);
    expect(calls.map((time) => time % 1000)).to.deep.equal([0]);
  });
});
