import {
  html,
  nothing,
  svg,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { CALENDAR_URL, calendarListener } from '../calendar/link.js';
import type { ConfDate, ConferenceHead } from '../data/types.js';
import type { AoeNote } from '../shared/aoe.js';
import type { TimeWords } from '../shared/words.js';
import { showWhen } from '../time/format.js';
import { beginsAt, passesAt } from '../time/when.js';
import type { Zone } from '../time/zone.js';

/**
 * One important date as `<conf-dates>` and `<conf-cfp>` both show it, and the small
 * pieces of time logic they share: order, past/next, and the moment the list must be
 * drawn again.
 */

/** Everything an item needs besides the date itself. */
export interface DateItemContext {
  readonly conference: ConferenceHead;
  readonly locale: string;
  readonly viewer: Zone;
  readonly words: TimeWords;
  /** The current time, epoch ms. */
  readonly now: number;
  /** The id of the date to mark `next`, if any. */
  readonly nextId?: string | undefined;
  /** Marks up each "AoE" of the times, and notes that one was shown (src/shared/aoe.ts). */
  readonly aoe?: AoeNote;
}

/** Whether a date has passed at `now`: its deadline instant (or end of its day) is not after `now`. TBD never passes. */
export function hasPassed(date: ConfDate, now: number): boolean {
  const at = passesAt(date.when);
  return at !== undefined && at <= now;
}

/**
 * The instant a date sorts by: a deadline by the moment it passes (a date-only one at
 * the end of its day), an event by the moment it begins. TBD: undefined.
 */
function sortKey(date: ConfDate): number | undefined {
  return date.deadline ? passesAt(date.when) : beginsAt(date.when);
}

/** Dates in order of time, TBD last; dates at the same time keep their file order. */
export function inTimeOrder(dates: readonly ConfDate[]): ConfDate[] {
  // Array#sort is stable (ES2019), so equal keys keep file order.
  return [...dates].sort((a, b) => {
    const ka = sortKey(a);
    const kb = sortKey(b);
    if (ka === undefined || kb === undefined) return ka === kb ? 0 : ka === undefined ? 1 : -1;
    return ka - kb;
  });
}

/** The deadline (`deadline: true`, not TBD) that passes first after `now`; the earlier in `dates` on a tie. */
export function nextDeadline(dates: readonly ConfDate[], now: number): ConfDate | undefined {
  let best: ConfDate | undefined;
  let bestAt = Infinity;
  for (const date of dates) {
    const at = passesAt(date.when);
    if (date.deadline && at !== undefined && at > now && at < bestAt) {
      best = date;
      bestAt = at;
    }
  }
  return best;
}

/** The first instant after `now` at which one of `dates` passes: when past/next marks change. */
export function nextPassage(dates: readonly ConfDate[], now: number): number | undefined {
  let soonest: number | undefined;
  for (const date of dates) {
    const at = passesAt(date.when);
    if (at !== undefined && at > now && (soonest === undefined || at < soonest)) soonest = at;
  }
  return soonest;
}

// setTimeout fires at once for delays above 2^31 − 1 ms (about 24.8 days); a longer
// wait is done in steps, each re-rendering and scheduling the rest.
const MAX_DELAY = 2 ** 31 - 1;

/**
 * Re-renders its host exactly when the next date passes, so past/next marks follow
 * the clock without a ticker: one `setTimeout` to one boundary at a time, cleared
 * when the host disconnects. The host calls `schedule` after each render.
 */
export class PassageTimer implements ReactiveController {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #connected = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Re-render the host at `at` (epoch ms; `now` is the current time); undefined: never. Replaces any earlier request. */
  schedule(at: number | undefined, now: number): void {
    this.clear();
    // An update that runs after the host was detached schedules nothing: a timer would
    // keep the detached element alive (and re-render it) until it fires, for up to 24.8
    // days. Attached again, the host renders and schedules afresh.
    if (!this.#connected || at === undefined || !Number.isFinite(at)) return;
    const delay = Math.min(Math.max(at - now, 0), MAX_DELAY);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.host.requestUpdate();
    }, delay);
  }

  clear(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  hostConnected(): void {
    this.#connected = true;
    // Time went on while the host was detached: draw it afresh (which reschedules).
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.clear();
  }
}

const calendarIcon = svg`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <rect x="1.75" y="2.75" width="12.5" height="11.5" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.5" />
  <path d="M1.75 6.25h12.5M5 1v3.5M11 1v3.5" fill="none" stroke="currentColor" stroke-width="1.5" />
  <path d="M8 8v4.5M5.75 10.25h4.5" fill="none" stroke="currentColor" stroke-width="1.5" />
</svg>`;

/** The icon `<conf-dates>` and `<conf-cfp>` put on calendar links. */
export function renderCalendarIcon() {
  return calendarIcon;
}

/**
 * One date as a list item: label (linked when the date has a URL), status ("next",
 * "passed" — in words, not colour alone), the time in the data's zone and the
 * viewer's (with "+1 day" when the calendar day differs), earlier values struck
 * through when extended, the note, and a calendar link.
 */
export function renderDateItem(date: ConfDate, context: DateItemContext): TemplateResult {
  const { words, now } = context;
  const past = hasPassed(date, now);
  const next = !past && date.id === context.nextId;
  const status = past ? 'past' : next ? 'next' : undefined;
  const label = date.url ? html`<a href=${date.url}>${date.label}</a>` : date.label;
  return html`<li
    class="date ${status ?? ''}"
    part="date${status ? ` ${status}` : ''}"
    data-id=${date.id}
  >
    <div class="head">
      <span class="label" part="label">${label}</span>
      ${
        status
          ? html`<span class="status ${status}" part="status"
              >${past ? words.passed : words.next}</span
            >`
          : nothing
      }
      ${date.previously.length ? html`<span class="extended" part="extended">${words.extended}</span>` : nothing}
    </div>
    <div class="when">${renderWhen(date, context)}</div>
    ${date.note ? html`<p class="note" part="note">${date.note}</p>` : nothing}
    ${renderCalendarLink(date, context)}
  </li>`;
}

/**
 * When a date is: in the data's zone, in the viewer's (with "+1 day" when the calendar
 * day differs), earlier values struck through; "to be announced" for TBD. Also the
 * board's (src/deadlines/).
 */
export function renderWhen(
  date: ConfDate,
  { locale, viewer, words, aoe }: Pick<DateItemContext, 'locale' | 'viewer' | 'words' | 'aoe'>,
) {
  const options = { locale, viewer, deadline: date.deadline };
  const shown = showWhen(date.when, options);
  const mark = (text: string) => (aoe ? aoe.time(text) : text);
  if (!shown) return html`<span class="tbd" part="time">${words.toBeAnnounced}</span>`;
  const earlier = date.previously.flatMap((when) => {
    const old = showWhen(when, options);
    return old ? [old] : [];
  });
  return html`<time class="data-zone" part="time" datetime=${shown.datetime}
      >${mark(shown.inDataZone)}</time
    >
    ${
      shown.inViewerZone
        ? html`<span class="viewer-zone"
            ><time part="viewer-time" datetime=${shown.datetime}>${mark(shown.inViewerZone)}</time>
            <span class="your-time">${words.yourTime}</span>${
              shown.dayShift
                ? html` <span class="shift" part="day-shift"
                    >${words.dayShift(shown.dayShift)}</span
                  >`
                : nothing
            }</span
          >`
        : nothing
    }
    ${
      earlier.length
        ? html`<span class="previously" part="previously"
            ><span class="visually-hidden">${words.previously}: </span>${earlier.map(
              (old, index) =>
                html`${index ? ', ' : ''}<s
                    ><time datetime=${old.datetime}>${mark(old.inDataZone)}</time></s
                  >`,
            )}</span
          >`
        : nothing
    }`;
}

/** The .ics link of one date (none for TBD); also the board's. */
export function renderCalendarLink(
  date: ConfDate,
  { conference, words, now }: Pick<DateItemContext, 'conference' | 'words' | 'now'>,
) {
  if (date.when.kind === 'tbd') return nothing;
  const name = words.addDateToCalendar(date.label);
  const calendar = calendarListener(conference, date, now);
  return html`<a
    class="calendar"
    part="calendar-link"
    href=${CALENDAR_URL}
    download
    @click=${calendar}
    @contextmenu=${calendar}
    @focus=${calendar}
    @pointerenter=${calendar}
    aria-label=${name}
    title=${name}
    >${calendarIcon}</a
  >`;
}
