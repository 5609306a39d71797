import { html, nothing, svg, type PropertyValues, type PropertyDeclarations } from 'lit';
import { countdownStyles } from './countdown.styles.js';
import { CALENDAR_URL, calendarListener } from '../calendar/link.js';
import type { DataFile } from '../data/file.js';
import { datesSection } from '../data/sections/dates.js';
import type { ConfDate, ConferenceHead } from '../data/types.js';
import { AoeNote } from '../shared/aoe.js';
import { ConfElement } from '../shared/conf-element.js';
import { defineElement } from '../shared/define.js';
import { ConfDeadlineEvent } from '../shared/events.js';
import { errorWords, wordsFor, type ErrorWords } from '../shared/messages.js';
import { countdownWords, timeWords, type TimeWords } from '../shared/words.js';
import { subscribeTicks, type Subscription, type TickRate } from '../shared/ticker.js';
import { durationParts, htmlDuration, type DurationParts } from '../time/duration.js';
import { showWhen, type ShownTime } from '../time/format.js';
import { beginsAt, passesAt, type When } from '../time/when.js';
import { viewerZone } from '../time/zone.js';

export type CountdownPrecision = 'seconds' | 'minutes' | 'days';

type Unit = keyof DurationParts;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;

/** What the countdown shows, worked out from the data and the time at each update. */
type View =
  | { readonly kind: 'missing'; readonly id: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'tbd'; readonly date: ConfDate }
  | { readonly kind: 'passed'; readonly date: ConfDate }
  | {
      readonly kind: 'counting';
      readonly date: ConfDate;
      /** Epoch ms it reaches zero. */
      readonly target: number;
      /** The units shown, largest first, and how often they change. */
      readonly units: readonly Unit[];
      readonly rate: TickRate;
      readonly parts: DurationParts;
    };

/**
 * Counts down to a deadline of a conference: its label, the days, hours, minutes and
 * seconds left, when it is (in the data's zone and the viewer's), a Pause button and an
 * "Add to calendar" link. Without `date` it counts down to the next deadline not yet
 * passed and moves on by itself when one passes.
 *
 * The ticking numbers are hidden from assistive technology and are not a live region:
 * a screen reader reads one visually hidden sentence instead ("Camera-ready deadline:
 * 6 days, 11 hours left") whose text changes only when the minute (or, further out, the
 * hour) changes, and is never announced by itself.
 *
 * All countdowns of a page tick from one shared timer (`src/shared/ticker.ts`), which
 * stops while the page is hidden, the element is off screen or removed, or the
 * countdown is paused; a frozen `now` does not tick at all.
 *
 * Colours come from the inherited text colour (or the tokens), so the widget is light
 * on a light page and dark on a dark one; it never imposes a scheme of its own.
 *
 * @summary Live countdown to a deadline.
 * @slot - Shown while loading and on error: the author's no-JS fallback.
 * @slot done - Replaces the text "This deadline has passed." / "No deadlines left.".
 * @csspart base - The whole countdown.
 * @csspart label - The deadline's label.
 * @csspart remaining - The ticking duration: a `<time>` whose `datetime` is an HTML duration.
 * @csspart unit - Each number and its unit word.
 * @csspart number - The number of each unit.
 * @csspart unit-word - The word of each unit ("days").
 * @csspart time - Each absolute time (`<time datetime>` with the exact instant).
 * @csspart extended - The "extended" line with the earlier date(s) struck through.
 * @csspart aoe-note - "AoE: Anywhere on Earth, UTC−12", when a time shown is in AoE.
 * @csspart tbd - "to be announced", for a date not yet set.
 * @csspart passed - The message shown when the date has passed or no deadline is left.
 * @csspart actions - The row of controls.
 * @csspart pause - The Pause/Resume button.
 * @csspart calendar - The "Add to calendar" link (.ics download).
 * @csspart error - The error message (data not loaded, or no such date).
 * @cssprop [--conf-countdown-accent=var(--conf-accent)] - Colour of the numbers.
 * @cssprop [--conf-countdown-number-size=2em] - Size of the numbers (larger when the widget is wide).
 * @fires conf-deadline - The deadline shown has just reached zero; `detail` has its `id` and `label`.
 * @fires conf-ready - The data has loaded and is shown.
 * @fires conf-error - The data could not be loaded or used.
 */
export class ConfCountdown extends ConfElement {
  static override styles = [...ConfElement.styles, countdownStyles];
  static override sections = [datesSection];
  static override properties: PropertyDeclarations = {
    paused: { state: true, attribute: false },
    date: {},
    precision: {},
  };

  /** The countdown's words (English ones: only these groups are in its bundle). */
  protected override get words() {
    return wordsFor(this.resolvedLocale, errorWords, timeWords, countdownWords);
  }

  #subscription: Subscription | undefined;
  #rateKey = '';
  /** The view rendered last. */
  #view: View | undefined;
  /** Whether the update under way was asked for by the ticker (or by Resume). */
  #ticked = false;
  /** `${id}@${target}` of the last deadline `conf-deadline` was fired for. */
  #firedFor = '';
  #pendingDeadline: ConfDate | undefined;
  #pausedAt: number | undefined;

  /** Whether the user has paused the ticking (WCAG 2.2.2). */
  private paused = false;

  /** Id of the date to count down to; default: the next deadline not yet passed. */
  date?: string;

  /** Smallest unit shown: `seconds`, `minutes` or `days` (the last day then shows hours and minutes). */
  precision: CountdownPrecision = 'seconds';

  /**
   * Whether this countdown says what AoE is when it shows an AoE time; `<conf-cfp>`
   * says it once for itself and the countdown inside it.
   * @internal
   */
  explainsAoe = true;

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the document: tick again, from the right value at once.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe();
  }

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const previous = this.#view;
    this.#view = undefined; // set again by renderData when there is data to show
    // The deadline shown has reached zero since the last render: fire for it, but only
    // when time moved it on (a tick), never because a property was set.
    if (this.#ticked && previous?.kind === 'counting' && this.#now() >= previous.target) {
      const key = `${previous.date.id}@${previous.target}`;
      if (this.#firedFor !== key) {
        this.#firedFor = key;
        this.#pendingDeadline = previous.date;
      }
    }
    this.#ticked = false;
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#syncTicking();
    const passed = this.#pendingDeadline;
    if (passed) {
      this.#pendingDeadline = undefined;
      this.dispatchEvent(new ConfDeadlineEvent({ id: passed.id, label: passed.label }));
    }
  }

  /** Subscribes to the shared ticker exactly while there is something to tick. */
  #syncTicking(): void {
    const view = this.#view;
    const ticking =
      view?.kind === 'counting' && this.isConnected && !this.paused && !this.#frozen();
    if (!ticking) {
      this.#unsubscribe();
      return;
    }
    const key = `${view.rate.every}+${view.rate.offset ?? 0}`;
    if (!this.#subscription) this.#subscription = subscribeTicks(this, this.#onTick, view.rate);
    else if (key !== this.#rateKey) this.#subscription.setRate(view.rate);
    this.#rateKey = key;
  }

  #unsubscribe(): void {
    this.#subscription?.unsubscribe();
    this.#subscription = undefined;
    this.#rateKey = '';
  }

  /** Every tick recomputes from the clock at render time; nothing counts ticks. */
  readonly #onTick = (): void => {
    this.#ticked = true;
    this.requestUpdate();
  };

  #frozen(): boolean {
    return Boolean(this.now) && !Number.isNaN(Date.parse(this.now!));
  }

  /** The time shown: the clock (or frozen `now`), or the moment the user paused. */
  #now(): number {
    return this.#pausedAt ?? this.currentTime();
  }

  #togglePause(): void {
    if (this.paused) {
      this.#pausedAt = undefined;
      this.paused = false;
      // Whatever passed while paused is caught up now, as on a tick.
      this.#onTick();
    } else {
      this.#pausedAt = this.currentTime();
      this.paused = true;
    }
  }

  #precision(): CountdownPrecision {
    return this.precision === 'minutes' || this.precision === 'days' ? this.precision : 'seconds';
  }

  #viewOf(dates: readonly ConfDate[], now: number): View {
    if (this.date) {
      const date = dates.find((candidate) => candidate.id === this.date);
      if (!date) return { kind: 'missing', id: this.date };
      // An event (deadline: false) is counted down to its beginning, a deadline to its end.
      const target = date.deadline ? passesAt(date.when) : beginsAt(date.when);
      if (target === undefined) return { kind: 'tbd', date };
      return target <= now ? { kind: 'passed', date } : this.#counting(date, target, now);
    }
    let next: { date: ConfDate; target: number } | undefined;
    for (const date of dates) {
      const target = date.deadline ? passesAt(date.when) : undefined;
      if (target !== undefined && target > now && (!next || target < next.target))
        next = { date, target };
    }
    return next ? this.#counting(next.date, next.target, now) : { kind: 'none' };
  }

  #counting(date: ConfDate, target: number, now: number): View {
    const left = durationParts(target - now);
    const precision = this.#precision();
    let units: Unit[];
    let every: number;
    if (precision === 'days' && left.days > 0) {
      units = ['days'];
      every = DAY;
    } else if (precision === 'seconds') {
      units = ['days', 'hours', 'minutes', 'seconds'];
      every = SECOND;
    } else if (precision === 'minutes') {
      units = ['days', 'hours', 'minutes'];
      every = MINUTE;
    } else {
      // Days precision in the last day: "0 days" would read as passed.
      units = ['hours', 'minutes'];
      every = MINUTE;
    }
    const parts: DurationParts = {
      days: units.includes('days') ? left.days : 0,
      hours: units.includes('hours') ? left.hours : 0,
      minutes: units.includes('minutes') ? left.minutes : 0,
      seconds: units.includes('seconds') ? left.seconds : 0,
    };
    // When the shown value changes. Whole units are shown rounded down, so a value
    // changes 1 ms after `target - k * every` (at that instant exactly it still holds):
    // ticks come then, and the last one comes at `target` itself, when the deadline
    // passes. For a deadline on a whole second (all of them, in practice) this puts every
    // countdown of the page on the same phase, so they share one callback a second.
    const remaining = target - now;
    const offset = remaining < every ? target % every : (target + 1) % every;
    return { kind: 'counting', date, target, units, rate: { every, offset }, parts };
  }

  protected override renderData(file: DataFile) {
    const dates = file.read(datesSection);
    const view = this.#viewOf(dates, this.#now());
    this.#view = view;
    this.warnOnce(
      view.kind === 'missing'
        ? {
            key: view.id,
            message: `conf-countdown: no date "${view.id}" in the data file; known ids: ${dates.map((d) => d.id).join(', ') || 'none'}`,
          }
        : undefined,
    );
    switch (view.kind) {
      case 'missing':
        return html`<p class="error" part="error">${this.words.errorMissingDate(view.id)}</p>`;
      case 'none':
        return html`<div class="base none" part="base">
          ${this.#renderDone(this.words.noDeadlinesLeft)}
        </div>`;
      case 'tbd':
        return html`<div class="base tbd" part="base">
          <p class="label" part="label">${view.date.label}</p>
          <p class="tbd-text" part="tbd">${this.words.toBeAnnounced}</p>
        </div>`;
      case 'passed': {
        const aoe = new AoeNote(this.words);
        return html`<div class="base passed" part="base">
          <p class="label" part="label">${view.date.label}</p>
          ${this.#renderDone(this.words.deadlinePassed)} ${this.#renderWhen(view.date, aoe)}
          ${this.#aoeNote(aoe)}
        </div>`;
      }
      case 'counting':
        return this.#renderCounting(view, file.conference);
    }
  }

  #renderDone(text: string) {
    return html`<div class="message" part="passed"><slot name="done">${text}</slot></div>`;
  }

  #renderCounting(view: Extract<View, { kind: 'counting' }>, conference: ConferenceHead) {
    const { date, parts, units } = view;
    const words = this.words;
    const locale = this.resolvedLocale;
    const calendar = calendarListener(conference, date, this.#now());
    const aoe = new AoeNote(words);
    return html`<div class="base counting" part="base">
      <p class="label" part="label" aria-hidden="true">${date.label}</p>
      <p class="visually-hidden">${words.timeLeft(date.label, summary(view, locale, words))}</p>
      <time class="remaining" part="remaining" datetime=${htmlDuration(parts)} aria-hidden="true">
        ${units.map(
          (unit) =>
            html`<span class="unit" part="unit"
              ><span class="number" part="number">${formatNumber(parts[unit], locale)}</span>
              <span class="word" part="unit-word"
                >${unitWord(unit, parts[unit], locale, words)}</span
              ></span
            >`,
        )}
      </time>
      ${this.#renderWhen(date, aoe)} ${this.#renderExtended(date, aoe)} ${this.#aoeNote(aoe)}
      <div class="actions" part="actions">
        <button
          class="control pause"
          part="pause"
          type="button"
          aria-pressed=${this.paused ? 'true' : 'false'}
          @click=${this.#togglePause}
        >
          ${this.paused ? playIcon : pauseIcon}<span
            >${this.paused ? words.resume : words.pause}</span
          >
        </button>
        <a
          class="control calendar"
          part="calendar"
          href=${CALENDAR_URL}
          download
          @click=${calendar}
          @contextmenu=${calendar}
          @focus=${calendar}
          @pointerenter=${calendar}
          >${calendarIcon}<span>${words.addToCalendar}</span
          ><span class="visually-hidden">: ${date.label}</span></a
        >
      </div>
    </div>`;
  }

  /**
   * `showWhen`, remembered per date, locale and viewer zone: the absolute time does not
   * change from one tick to the next, so a hundred countdowns need not format it again
   * every second.
   */
  #show(when: When, deadline: boolean): ShownTime | undefined {
    const key = `${this.resolvedLocale}|${this.timeZone ?? ''}|${deadline}`;
    let byKey = shownTimes.get(when);
    if (!byKey) shownTimes.set(when, (byKey = new Map()));
    if (!byKey.has(key)) {
      byKey.set(
        key,
        showWhen(when, {
          locale: this.resolvedLocale,
          viewer: viewerZone(this.timeZone),
          deadline,
        }),
      );
    }
    return byKey.get(key);
  }

  #aoeNote(aoe: AoeNote) {
    return this.explainsAoe ? aoe.note() : nothing;
  }

  /** When the date is, in the data's zone and (where it differs) the viewer's. */
  #renderWhen(date: ConfDate, aoe: AoeNote) {
    const shown = this.#show(date.when, date.deadline);
    if (!shown) return nothing;
    const words = this.words;
    return html`<p class="when">
      <span class="in-data-zone"
        ><time part="time" datetime=${shown.datetime}>${aoe.time(shown.inDataZone)}</time></span
      >
      ${
        shown.inViewerZone
          ? html`<span class="in-viewer-zone"
              ><time part="time" datetime=${shown.datetime}>${aoe.time(shown.inViewerZone)}</time>
              <span class="your-time">${words.yourTime}</span>${
                shown.dayShift
                  ? html` <span class="day-shift">(${words.dayShift(shown.dayShift)})</span>`
                  : nothing
              }</span
            >`
          : nothing
      }
    </p>`;
  }

  /** "extended", and the earlier dates struck through. */
  #renderExtended(date: ConfDate, aoe: AoeNote) {
    const earlier = date.previously
      .map((when) => this.#show(when, date.deadline))
      .filter((shown) => shown !== undefined);
    if (earlier.length === 0) return nothing;
    return html`<p class="extended" part="extended">
      <span class="extended-mark">${this.words.extended}</span>
      <span class="visually-hidden">${this.words.previously}:</span>
      ${earlier.map((shown) => html`<del><time part="time" datetime=${shown.datetime}>${aoe.time(shown.inDataZone)}</time></del> `)}
    </p>`;
  }
}

defineElement('conf-countdown', ConfCountdown);

declare global {
  interface HTMLElementTagNameMap {
    'conf-countdown': ConfCountdown;
  }
}

// ---------------------------------------------------------------- words and numbers

type Words = ErrorWords & TimeWords & typeof countdownWords;

/** `Intl.DurationFormat` is not in TypeScript's lib yet, and not in every engine. */
interface DurationFormat {
  format(duration: Partial<DurationParts>): string;
  formatToParts?(duration: Partial<DurationParts>): { type: string; value: string }[];
}
type DurationFormatConstructor = new (
  locale: string,
  options: Record<string, string>,
) => DurationFormat;

const durationFormatConstructor = () =>
  (Intl as { DurationFormat?: DurationFormatConstructor }).DurationFormat;

const SINGULAR = { days: 'day', hours: 'hour', minutes: 'minute', seconds: 'second' } as const;

const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

function formatNumber(value: number, locale: string): string {
  return cached(`number|${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/**
 * The word for a unit and count: from `Intl.DurationFormat` where the engine has it
 * (every language, correct plurals), else from the catalogue (en/de/zh).
 */
function unitWord(unit: Unit, value: number, locale: string, words: Words): string {
  const DurationFormat = durationFormatConstructor();
  if (DurationFormat) {
    const word = cached(`unit-words|${locale}|${unit}|${value}`, () => {
      const format = new DurationFormat(locale, { style: 'long', [`${unit}Display`]: 'always' });
      return (format.formatToParts?.({ [unit]: value }) ?? [])
        .filter((part) => part.type === 'unit')
        .map((part) => part.value)
        .join('');
    });
    if (word) return word;
  }
  return words.unit(value, SINGULAR[unit]);
}

/**
 * The duration in the accessible summary, coarse on purpose: the two largest units
 * from days to minutes ("6 days, 11 hours"; "3 hours, 5 minutes"), seconds only in the
 * last minute. It is not a live region, so it is never announced by itself; keeping it
 * coarse means a screen reader that re-reads the page does not find it changed every
 * second either.
 */
function summary(view: Extract<View, { kind: 'counting' }>, locale: string, words: Words): string {
  const { parts, units } = view;
  const coarse = units.filter((unit) => unit !== 'seconds');
  const nonZero = coarse.filter((unit) => parts[unit] > 0);
  let shown: Unit[] = nonZero.slice(0, 2);
  if (shown.length === 0)
    shown = units.includes('seconds') ? ['seconds'] : [coarse[coarse.length - 1] ?? 'minutes'];
  const DurationFormat = durationFormatConstructor();
  if (DurationFormat) {
    const options: Record<string, string> = { style: 'long' };
    for (const unit of shown) options[`${unit}Display`] = 'always';
    const format = cached(
      `duration|${locale}|${shown.join()}`,
      () => new DurationFormat(locale, options),
    );
    return format.format(Object.fromEntries(shown.map((unit) => [unit, parts[unit]])));
  }
  const pieces = shown.map(
    (unit) => `${formatNumber(parts[unit], locale)} ${words.unit(parts[unit], SINGULAR[unit])}`,
  );
  return cached(
    `list|${locale}`,
    () => new Intl.ListFormat(locale, { type: 'unit', style: 'long' }),
  ).format(pieces);
}

const shownTimes = new WeakMap<When, Map<string, ShownTime | undefined>>();

// ---------------------------------------------------------------- icons (decorative)

const icon = (content: ReturnType<typeof svg>) =>
  html`<svg
    class="icon"
    viewBox="0 0 16 16"
    width="16"
    height="16"
    aria-hidden="true"
    focusable="false"
  >
    ${content}
  </svg>`;

const pauseIcon = icon(svg`<path fill="currentColor" d="M4 2.5h3v11H4zM9 2.5h3v11H9z" />`);
const playIcon = icon(svg`<path fill="currentColor" d="M4.5 2.2v11.6L13.5 8z" />`);
const calendarIcon = icon(
  svg`<path fill="currentColor" d="M5 1h1.5v1.5h3V1H11v1.5h2A1.5 1.5 0 0 1 14.5 4v9a1.5 1.5 0 0 1-1.5 1.5H3A1.5 1.5 0 0 1 1.5 13V4A1.5 1.5 0 0 1 3 2.5h2zM3 6.5V13h10V6.5zm1.5 1.5h2v2h-2z" />`,
);
