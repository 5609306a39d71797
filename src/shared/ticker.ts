/**
 * The one clock every countdown on the page ticks from.
 *
 * - One `setTimeout` for the whole page, armed for the earliest boundary any active
 *   subscriber needs and re-armed after each callback (never `setInterval`, whose
 *   callbacks drift and pile up in throttled background tabs). With every subscriber
 *   ticking by the second, that is `1000 - Date.now() % 1000`: aligned to the second
 *   boundary, one callback a second however many countdowns there are.
 * - Subscribers declare how often they change (`every`, and the `offset` of their
 *   boundaries, so a countdown by the minute to a deadline at hh:mm:30 changes at :30):
 *   countdowns by the minute or by the day cost no second ticks.
 * - A subscriber is active while its element is on screen (one shared
 *   IntersectionObserver) and the page is visible (`visibilitychange`). With no active
 *   subscriber there is no timer at all. When the page or an element comes back into
 *   view its subscriber is called at once, so the value is right immediately (background
 *   tabs throttle timers; an off-screen countdown has not been updated).
 * - Callbacks get no argument: they recompute from `Date.now()`, never count ticks.
 * - Unsubscribing the last subscriber removes the timer, the listener and the observer.
 *
 * The ticker lives on `globalThis` under a `Symbol.for` key, so two copies of the
 * library on a page (say `dist/countdown.js` and `dist/cfp.js`) still share one clock;
 * the version in the key keeps copies with a different interface apart.
 */

/** How often a subscriber changes: at `offset + k * every` (epoch ms). */
export interface TickRate {
  /** Milliseconds between changes: 1000 (seconds), 60 000 (minutes), 86 400 000 (days). */
  readonly every: number;
  /** Where the boundaries fall, in ms after each multiple of `every`; default 0. */
  readonly offset?: number;
}

export interface Subscription {
  /** Changes how often the subscriber is called. */
  setRate(rate: TickRate): void;
  /** Stops calling; the last unsubscribe removes the timer, listener and observer. */
  unsubscribe(): void;
}

/** What the ticker is doing right now: for tests and diagnostics. */
export interface TickerStats {
  /** Subscribers, on screen or not. */
  readonly subscribers: number;
  /** Subscribers on screen in a visible page: the ones the timer runs for. */
  readonly active: number;
  /** Whether a timer is armed. */
  readonly armed: boolean;
  /** Whether the `visibilitychange` listener is installed. */
  readonly listening: boolean;
  /** Whether the IntersectionObserver exists. */
  readonly observing: boolean;
  /** Timer callbacks since the page loaded. */
  readonly callbacks: number;
}

interface Subscriber {
  readonly element: Element;
  readonly callback: () => void;
  every: number;
  offset: number;
  /** Assumed until the observer says otherwise, so a new countdown ticks at once. */
  onScreen: boolean;
  /** Index of the last boundary the subscriber was called for (or created at). */
  last: number;
}

const MAX_DELAY = 2 ** 31 - 1;

const boundary = (now: number, { every, offset }: Subscriber) => Math.floor((now - offset) / every);

function normalise(rate: TickRate): { every: number; offset: number } {
  const every = Number.isFinite(rate.every) && rate.every >= 1 ? Math.round(rate.every) : 1000;
  const offset = Number.isFinite(rate.offset) ? Math.round(rate.offset!) % every : 0;
  return { every, offset: offset < 0 ? offset + every : offset };
}

class Ticker {
  readonly #subscribers = new Set<Subscriber>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #dueAt = 0;
  #observer: IntersectionObserver | undefined;
  #listening = false;
  #callbacks = 0;

  subscribe(element: Element, callback: () => void, rate: TickRate): Subscription {
    const subscriber: Subscriber = {
      element,
      callback,
      ...normalise(rate),
      onScreen: true,
      last: 0,
    };
    subscriber.last = boundary(Date.now(), subscriber);
    if (this.#subscribers.size === 0) this.#start();
    this.#subscribers.add(subscriber);
    this.#observer?.observe(element);
    this.#arm();
    return {
      setRate: (next) => {
        if (!this.#subscribers.has(subscriber)) return;
        Object.assign(subscriber, normalise(next));
        subscriber.last = boundary(Date.now(), subscriber);
        this.#arm();
      },
      unsubscribe: () => {
        if (!this.#subscribers.delete(subscriber)) return;
        if (![...this.#subscribers].some((other) => other.element === element))
          this.#observer?.unobserve(element);
        if (this.#subscribers.size === 0) this.#stop();
        else this.#arm();
      },
    };
  }

  stats(): TickerStats {
    return {
      subscribers: this.#subscribers.size,
      active: this.#active().length,
      armed: this.#timer !== undefined,
      listening: this.#listening,
      observing: this.#observer !== undefined,
      callbacks: this.#callbacks,
    };
  }

  #start(): void {
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#listening = true;
    if (typeof IntersectionObserver === 'function') {
      this.#observer = new IntersectionObserver(this.#onIntersection);
    }
  }

  #stop(): void {
    this.#disarm();
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#listening = false;
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  #pageVisible(): boolean {
    return document.visibilityState !== 'hidden';
  }

  #active(): Subscriber[] {
    if (!this.#pageVisible()) return [];
    return [...this.#subscribers].filter((subscriber) => subscriber.onScreen);
  }

  /** Arms the one timer for the earliest boundary an active subscriber needs; none when nothing is active. */
  #arm(): void {
    const active = this.#active();
    if (active.length === 0) {
      this.#disarm();
      return;
    }
    const now = Date.now();
    let dueAt = Infinity;
    for (const subscriber of active) {
      dueAt = Math.min(
        dueAt,
        (boundary(now, subscriber) + 1) * subscriber.every + subscriber.offset,
      );
    }
    // Adding a subscriber with the same rate keeps the timer already armed.
    if (this.#timer !== undefined && this.#dueAt === dueAt) return;
    this.#disarm();
    this.#dueAt = dueAt;
    // Delays above 2^31 − 1 ms fire at once; a capped timer comes early and re-arms.
    this.#timer = setTimeout(this.#onTimer, Math.min(Math.max(1, dueAt - now), MAX_DELAY));
  }

  #disarm(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  readonly #onTimer = (): void => {
    this.#timer = undefined;
    this.#callbacks++;
    const now = Date.now();
    for (const subscriber of this.#active()) {
      const index = boundary(now, subscriber);
      // A timer that fires a millisecond early (it happens) calls nobody and re-arms.
      if (index > subscriber.last) {
        subscriber.last = index;
        this.#call(subscriber);
      }
    }
    this.#arm();
  };

  readonly #onVisibility = (): void => {
    if (this.#pageVisible()) this.#refresh(this.#active());
    this.#arm();
  };

  readonly #onIntersection = (entries: IntersectionObserverEntry[]): void => {
    const cameIntoView: Subscriber[] = [];
    for (const entry of entries) {
      for (const subscriber of this.#subscribers) {
        if (subscriber.element !== entry.target || subscriber.onScreen === entry.isIntersecting)
          continue;
        subscriber.onScreen = entry.isIntersecting;
        if (entry.isIntersecting) cameIntoView.push(subscriber);
      }
    }
    if (this.#pageVisible()) this.#refresh(cameIntoView);
    this.#arm();
  };

  /** Calls subscribers at once: they were not updated while hidden. */
  #refresh(subscribers: readonly Subscriber[]): void {
    const now = Date.now();
    for (const subscriber of subscribers) {
      subscriber.last = boundary(now, subscriber);
      this.#call(subscriber);
    }
  }

  #call(subscriber: Subscriber): void {
    // One failing subscriber must not stop the clock for the others.
    if (!this.#subscribers.has(subscriber)) return;
    try {
      subscriber.callback();
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}

const TICKER_KEY = Symbol.for('conf-widgets.ticker@1');
const ticker: Ticker = ((globalThis as Record<symbol, unknown>)[TICKER_KEY] ??=
  new Ticker()) as Ticker;

/**
 * Calls `callback` at every boundary of `rate` while `element` is on screen and the
 * page is visible, and at once when either comes back. Unsubscribe when the element is
 * disconnected.
 */
export function subscribeTicks(
  element: Element,
  callback: () => void,
  rate: TickRate = { every: 1000 },
): Subscription {
  return ticker.subscribe(element, callback, rate);
}

/** What the shared ticker is doing: for tests and diagnostics. */
export function tickerStats(): TickerStats {
  return ticker.stats();
}
