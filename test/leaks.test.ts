// No leaks: every widget attached and detached 1 000 times (half the cycles letting it
// render while attached, half detaching it before its update runs) leaves nothing
// behind — no timer (sinon's fake clock counts them), no listener on window or document
// (add/remove wrapped and balanced), no IntersectionObserver, ResizeObserver or
// MutationObserver left undisconnected, and the shared ticker idle.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { ConfElement } from '../src/shared/conf-element.js';
import { tickerStats } from '../src/shared/ticker.js';
import { WIDGETS, settled, widget } from './trust/widgets.js';

const CYCLES = 1000;

/** A file with something for every widget, its deadlines far ahead: countdowns tick. */
const DATA = {
  conference: { name: 'Leak test', timeZone: 'UTC' },
  dates: [
    { id: 'submission', label: 'Submission', at: '2099-03-01T12:00' },
    { id: 'notification', label: 'Notification', at: '2099-04-01', deadline: false },
    { id: 'camera', label: 'Camera-ready', at: '2099-05-01' },
  ],
  committees: [
    {
      id: 'c',
      title: 'Organizers',
      members: [{ name: 'Ada Lovelace', photo: '/test/fixtures/photo.svg', email: 'ada@x.org' }],
    },
  ],
  sponsors: {
    tiers: [
      {
        id: 'g',
        label: 'Gold',
        sponsors: [{ name: 'Acme', logo: '/test/fixtures/logo.svg', url: 'https://acme.org' }],
      },
    ],
  },
  topics: ['Compilers'],
  cfp: { deadlines: ['submission', 'notification', 'camera'] },
};

type Options = boolean | AddEventListenerOptions | EventListenerOptions | undefined;

/** Live registrations of listeners on window and document. */
function watchListeners() {
  const live = new Set<string>();
  const ids = new WeakMap<object, number>();
  let next = 0;
  const keyOf = (target: string, type: string, listener: object, options: Options) => {
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    if (!ids.has(listener)) ids.set(listener, next++);
    return `${target}|${type}|${ids.get(listener)}|${capture}`;
  };
  for (const [name, target] of [
    ['window', window as EventTarget],
    ['document', document as EventTarget],
  ] as const) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    // adding the same listener twice registers it once: a set
    sinon.replace(
      target,
      'addEventListener',
      function (
        this: EventTarget,
        type: string,
        listener: EventListenerOrEventListenerObject | null,
        options?: Options,
      ) {
        if (listener) live.add(keyOf(name, type, listener, options));
        return add.call(this, type, listener, options);
      },
    );
    sinon.replace(
      target,
      'removeEventListener',
      function (
        this: EventTarget,
        type: string,
        listener: EventListenerOrEventListenerObject | null,
        options?: Options,
      ) {
        if (listener) live.delete(keyOf(name, type, listener, options));
        return remove.call(this, type, listener, options);
      },
    );
  }
  return { count: () => live.size, keys: () => [...live] };
}

type ObserverClass = new (callback: never, options?: never) => { disconnect(): void };

/** Observers created and not yet disconnected. */
function watchObservers() {
  const live = new Set<object>();
  for (const kind of ['IntersectionObserver', 'ResizeObserver', 'MutationObserver'] as const) {
    const Original = window[kind] as unknown as ObserverClass;
    class Counted extends Original {
      constructor(callback: never, options?: never) {
        super(callback, options);
        live.add(this);
      }
      override disconnect() {
        live.delete(this);
        super.disconnect();
      }
    }
    sinon.replace(window, kind, Counted as unknown as (typeof window)[typeof kind]);
  }
  return { count: () => live.size };
}

describe('no leaks', function () {
  this.timeout(60_000);
  afterEach(() => sinon.restore());

  for (const tag of WIDGETS) {
    it(`<${tag}>: ${CYCLES} attach/detach cycles leave no timer, listener or observer`, async () => {
      const container = await fixture<HTMLElement>(html`<div></div>`);
      const listeners = watchListeners();
      const observers = watchObservers();
      const clock = sinon.useFakeTimers({
        toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
      });
      const listenersBefore = listeners.count();
      const el: ConfElement = widget(tag, {}, structuredClone(DATA));
      container.append(el);
      await settled(el);
      expect(el.state).to.equal('ready');
      if (tag === 'conf-countdown' || tag === 'conf-cfp') {
        // the instrumentation sees what a ticking countdown holds
        expect(clock.countTimers(), 'timers while ticking').to.be.greaterThan(0);
        expect(observers.count(), 'observers while ticking').to.equal(1);
        expect(listeners.count(), 'listeners while ticking').to.be.greaterThan(listenersBefore);
      }
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        el.remove();
        if (cycle % 2) await el.updateComplete; // detached after rendering …
        container.append(el);
        if (cycle % 2 === 0) await el.updateComplete; // … and before its update ran
      }
      el.remove();
      await el.updateComplete;
      await Promise.resolve();
      expect(clock.countTimers(), 'timers left').to.equal(0);
      expect(listeners.keys(), 'listeners left').to.have.length(listenersBefore);
      expect(observers.count(), 'observers left').to.equal(0);
      expect(tickerStats()).to.include({
        subscribers: 0,
        armed: false,
        listening: false,
        observing: false,
      });
      // and it still works when attached again
      container.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).not.to.equal('');
      el.remove();
      await el.updateComplete;
      expect(clock.countTimers(), 'timers left at the end').to.equal(0);
      clock.restore();
    });
  }

  it('200 widgets created and dropped: nothing left behind', async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const listeners = watchListeners();
    const observers = watchObservers();
    const clock = sinon.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
    });
    const listenersBefore = listeners.count();
    for (let round = 0; round < 200 / WIDGETS.length; round++) {
      const widgets = WIDGETS.map((tag) => widget(tag, {}, DATA));
      container.append(...widgets);
      if (round % 2) await Promise.all(widgets.map((el) => el.updateComplete));
      container.replaceChildren();
      await Promise.all(widgets.map((el) => el.updateComplete));
    }
    await Promise.resolve();
    expect(clock.countTimers(), 'timers left').to.equal(0);
    expect(listeners.count(), 'listeners left').to.equal(listenersBefore);
    expect(observers.count(), 'observers left').to.equal(0);
    expect(tickerStats().subscribers).to.equal(0);
    clock.restore();
  });
});
