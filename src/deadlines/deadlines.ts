import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { deadlinesStyles } from './deadlines.styles.js';
import {
  readMembers,
  resultOf,
  type Member,
  type ReadCollection,
} from '../data/collection-load.js';
import type { DataFile } from '../data/file.js';
import type { Loaded } from '../data/load.js';
import { datesSection } from '../data/sections/dates.js';
import type { ConfDate } from '../data/types.js';
import {
  PassageTimer,
  renderCalendarIcon,
  renderCalendarLink,
  renderWhen,
} from '../dates/date-item.js';
import { AoeNote } from '../shared/aoe.js';
import { ConfElement, nextTask } from '../shared/conf-element.js';
import { defineElement } from '../shared/define.js';
import { errorWords, wordsFor } from '../shared/messages.js';
import { subscribeTicks, type Subscription } from '../shared/ticker.js';
import { deadlinesWords, timeWords } from '../shared/words.js';
import { durationParts, htmlDuration, type DurationParts } from '../time/duration.js';
import { dateTimeFormat, showWhen, type ShownTime } from '../time/format.js';
import { passesAt } from '../time/when.js';
import { AOE, viewerZone, type Zone } from '../time/zone.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Google Calendar's "From URL" page, where a feed URL is pasted. */
const GOOGLE_ADD_BY_URL = 'https://calendar.google.com/calendar/r/settings/addbyurl';

/** One deadline of one conference; the instant is worked out once per data, not per tick. */
interface Row {
  readonly member: Member;
  readonly date: ConfDate;
  /** When it passes (epoch ms); undefined for TBD. */
  readonly at: number | undefined;
}

type Words = ReturnType<typeof boardWords>;

interface Context {
  readonly locale: string;
  readonly viewer: Zone;
  readonly words: Words;
  readonly now: number;
}

/** A row's pieces that do not change by the minute. */
interface Fixed {
  readonly key: string;
  readonly name: string;
  readonly shown: ShownTime | undefined;
  readonly when: TemplateResult;
  /** Whether `when` names AoE: the board then explains it, once. */
  readonly namesAoe: boolean;
  readonly about: string;
  readonly calendar: TemplateResult | typeof nothing;
}

/** Rows drawn in the first render, and in each task after it, of a long board. */
const FIRST_BATCH = 60;
const BATCH = 150;
const boardWords = (locale: string) => wordsFor(locale, errorWords, timeWords, deadlinesWords);

/**
 * The board of upcoming deadlines across conferences, for lab pages and sidebars: one
 * row per deadline of a collection file (or of one conference data file), soonest
 * first and "to be announced" last, each with the conference (linked), the deadline,
 * the time left, when it is in the data's zone and the viewer's, its conference's
 * dates and place, and an "Add to calendar" link. A deadline leaves the board the
 * second it passes (or is marked passed, within `past` days), without a reload.
 *
 * Each row is one sentence for screen readers ("MLSys 2027, Paper deadline: 12 days,
 * 3 hours left, Thu, Oct 30, 8:00 PM AoE"); the visual pieces are hidden from them. No
 * live region: the board never talks by itself. The rows tick, by the minute at most
 * (the board shows no seconds), from the page's one shared timer; a deadline passing
 * redraws the board at that instant.
 *
 * A referenced file that cannot be loaded leaves the others shown, with a notice
 * naming it; only a collection file that itself fails is an error.
 *
 * @summary Upcoming deadlines across many conferences.
 * @slot - Shown while loading and on error: the author's no-JS fallback.
 * @csspart list - The list of deadlines.
 * @csspart row - Each deadline; also `next` on the first upcoming one and `past` on one that has passed.
 * @csspart conference - The conference's short name (a link to its site when it has one).
 * @csspart label - The deadline's label.
 * @csspart status - The "passed" mark.
 * @csspart extended - The "extended" mark of a deadline that was moved.
 * @csspart left - The time left: a `<time>` whose `datetime` is an HTML duration.
 * @csspart time - The time in the data's zone (or "to be announced").
 * @csspart viewer-time - The time in the viewer's zone.
 * @csspart day-shift - "+1 day" when the viewer's calendar day differs.
 * @csspart previously - Earlier, struck-through values of an extended deadline.
 * @csspart about - The conference's dates and place.
 * @csspart calendar-link - The .ics link of each deadline.
 * @csspart notice - A conference of the collection that could not be loaded.
 * @csspart empty - "No upcoming deadlines".
 * @csspart aoe-note - "AoE: Anywhere on Earth, UTC−12", when a time shown is in AoE.
 * @csspart subscribe - The "Subscribe" disclosure, when the collection has a feed.
 * @cssprop [--conf-deadlines-next-accent=var(--conf-accent)] - Colour of the next deadline's bar.
 * @fires conf-ready - The data has loaded and is shown.
 * @fires conf-error - The data could not be loaded or used; `detail` has `message`, `url`, `path`.
 */
export class ConfDeadlines extends ConfElement {
  static override styles = [...ConfElement.styles, ...deadlinesStyles];
  static override sections = [datesSection];
  static override properties: PropertyDeclarations = {
    tags: {},
    kinds: {},
    limit: { type: Number },
    past: { type: Number },
  };

  readonly #passages = new PassageTimer(this);
  #subscription: Subscription | undefined;
  #rate = '';
  /** When the rows next change by themselves, found while rendering; acted on after it. */
  #boundary: number | undefined;
  /** The next upcoming instant shown, whose phase the minute ticks follow; undefined: no ticks. */
  #ticking: number | undefined;
  /** The rows of the last data and filters: the sort is done once, not per tick. */
  #rows: { read: ReadCollection; key: string; rows: readonly Row[] } | undefined;
  /** Per date: what does not change from tick to tick (formatted times, the calendar link). */
  readonly #fixed = new WeakMap<ConfDate, Fixed>();
  /**
   * How many rows are drawn: a long board is drawn in batches, a task each, so that no
   * task blocks the page for long (the whole ccfddl import has over a thousand rows).
   */
  #drawn = FIRST_BATCH;
  /** The rows of the last render, to tell whether the batches start again. */
  #drawnFor: readonly Row[] | undefined;
  /** Whether the rows of the last render were cut short by `#drawn`. */
  #more = false;
  /** Whether a batch is on its way. */
  #drawing = false;

  /** Space-separated tags: only conferences with any of them (default: all). */
  tags?: string;

  /** Space-separated date kinds (default `abstract paper`); `all`: every deadline. */
  kinds?: string;

  /** At most this many rows (default: all). */
  limit?: number;

  /** Also show deadlines passed in the last this many days, marked passed (default 0). */
  past = 0;

  protected override get words(): Words {
    return boardWords(this.resolvedLocale);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#subscription?.unsubscribe();
    this.#subscription = undefined;
    this.#rate = '';
  }

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#boundary = undefined;
    this.#ticking = undefined;
    this.#more = false;
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#drawMore();
    const frozen = Boolean(this.now) && !Number.isNaN(Date.parse(this.now!));
    if (frozen) this.#passages.clear();
    else this.#passages.schedule(this.#boundary, this.currentTime());
    // Minute ticks while an upcoming deadline is shown, on its phase (deadlines fall on
    // whole minutes, in practice all of them: one tick a minute serves every row).
    const next = frozen || !this.isConnected ? undefined : this.#ticking;
    if (next === undefined) {
      this.#subscription?.unsubscribe();
      this.#subscription = undefined;
      this.#rate = '';
      return;
    }
    const rate = { every: MINUTE, offset: (next + 1) % MINUTE };
    const key = String(rate.offset);
    if (!this.#subscription)
      this.#subscription = subscribeTicks(this, () => this.requestUpdate(), rate);
    else if (key !== this.#rate) this.#subscription.setRate(rate);
    this.#rate = key;
  }

  /** Draws the next batch of a long board in a task of its own. */
  #drawMore(): void {
    if (!this.#more || this.#drawing) return;
    this.#drawing = true;
    void nextTask().then(() => {
      this.#drawing = false;
      this.#drawn += BATCH;
      this.requestUpdate();
    });
  }

  protected override async prepareData(loaded: Loaded): Promise<boolean> {
    await readMembers(loaded);
    return true;
  }

  protected override renderData(file: DataFile) {
    return this.renderLoaded({ file });
  }

  protected override renderLoaded(loaded: Loaded): TemplateResult {
    const read = resultOf(loaded);
    if (!read) return html`<slot></slot>`; // not reached: prepared before the first render
    const words = this.words;
    const now = this.currentTime();
    const rows = this.#rowsOf(read);
    const pastMs = Math.max(0, Number(this.past) || 0) * DAY;
    const limit = this.limit === undefined || this.limit === null ? Infinity : Number(this.limit);
    // Rows are sorted: find the first one not passed before the `past` window.
    const from = now - pastMs;
    let low = 0;
    let high = rows.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const at = rows[middle]!.at;
      if (at !== undefined && at <= from) low = middle + 1;
      else high = middle;
    }
    if (rows !== this.#drawnFor) {
      this.#drawn = FIRST_BATCH;
      this.#drawnFor = rows;
    }
    const wanted = rows.slice(low, low + (limit >= 0 ? limit : Infinity));
    const shown = wanted.length > this.#drawn ? wanted.slice(0, this.#drawn) : wanted;
    this.#more = shown.length < wanted.length;
    const next = shown.find((row) => row.at !== undefined && row.at > now);
    // The board changes by itself when a deadline passes, or a passed one leaves the window.
    const firstPast = shown[0] && shown[0].at !== undefined && shown[0].at <= now;
    this.#boundary = Math.min(next?.at ?? Infinity, firstPast ? shown[0]!.at! + pastMs : Infinity);
    if (!Number.isFinite(this.#boundary)) this.#boundary = undefined;
    this.#ticking = next?.at;
    const locale = this.resolvedLocale;
    const viewer = viewerZone(this.timeZone);
    const context: Context = { locale, viewer, words, now };
    const items = shown.map((row) => this.#renderRow(row, row === next, context));
    // One visible "AoE: Anywhere on Earth, UTC−12" when a row shown names AoE.
    const aoe = new AoeNote(words);
    if (shown.some((row) => this.#fixedOf(row, context).namesAoe)) aoe.time(AOE.name);
    const notices = read.failures.map(
      (failure) => html`<p class="notice" part="notice">${words.notLoaded(failure.where)}</p>`,
    );
    return html`${notices}
    ${
      shown.length
        ? html`<ol
            class="rows"
            part="list"
            role="list"
            aria-label=${read.info?.name ?? words.upcomingDeadlines}
          >
            ${items}
          </ol>`
        : html`<p class="empty" part="empty">${this.#emptyText(words, locale)}</p>`
    }
    ${aoe.note()} ${this.#renderSubscribe(read, words)}`;
  }

  /** The rows the filters keep, sorted by instant, TBD last; worked out once per data and filters. */
  #rowsOf(read: ReadCollection): readonly Row[] {
    const key = `${this.tags ?? ''}|${this.kinds ?? ''}`;
    if (this.#rows?.read === read && this.#rows.key === key) return this.#rows.rows;
    const tags = wordList(this.tags);
    const kinds = new Set(wordList(this.kinds ?? 'abstract paper'));
    const every = kinds.has('all');
    const rows: Row[] = [];
    for (const member of read.members) {
      if (tags.length && !tags.some((tag) => member.tags.has(tag))) continue;
      // A conference whose dates carry no kinds: its deadlines count as they are.
      const kinded = member.dates.some((date) => date.kind !== undefined);
      for (const date of member.dates) {
        if (!date.deadline) continue;
        if (kinded && !every && !(date.kind !== undefined && kinds.has(date.kind))) continue;
        rows.push({ member, date, at: passesAt(date.when) });
      }
    }
    // Array#sort is stable: equal instants keep the collection's order.
    rows.sort((a, b) =>
      a.at === undefined || b.at === undefined
        ? a.at === b.at
          ? 0
          : a.at === undefined
            ? 1
            : -1
        : a.at - b.at,
    );
    this.#rows = { read, key, rows };
    return rows;
  }

  #emptyText(words: Words, locale: string): string {
    const tags = wordList(this.tags);
    if (!tags.length) return words.noUpcoming;
    const list = new Intl.ListFormat(locale, { type: 'disjunction' }).format(tags);
    return words.noUpcomingTagged(list);
  }

  /**
   * What a row shows that does not change from one tick to the next, worked out once per
   * date, locale and zone: a thousand rows are not formatted again every minute.
   */
  #fixedOf(row: Row, context: Context): Fixed {
    const { date, member } = row;
    const { locale, viewer, words, now } = context;
    const key = `${locale}|${viewer.name}`;
    let fixed = this.#fixed.get(date);
    if (fixed?.key === key) return fixed;
    const conference = member.conference;
    const name = conference.shortName ?? conference.name;
    const shown = showWhen(date.when, { locale, viewer, deadline: true });
    const aoe = new AoeNote(words);
    // The calendar link names the conference too: a board has many "Paper deadline"s.
    const linkWords = {
      ...words,
      addDateToCalendar: (label: string) => words.addDateToCalendar(`${name} ${label}`),
    };
    fixed = {
      key,
      name,
      shown,
      when: renderWhen(date, { ...context, aoe }),
      namesAoe: aoe.note() !== nothing,
      about: aboutText(conference.start, conference.end, conference.venue, locale),
      calendar: renderCalendarLink(date, { conference, words: linkWords, now }),
    };
    this.#fixed.set(date, fixed);
    return fixed;
  }

  #renderRow(row: Row, isNext: boolean, context: Context) {
    const { date, member, at } = row;
    const { locale, words, now } = context;
    const conference = member.conference;
    const { name, shown, when, about, calendar } = this.#fixedOf(row, context);
    const passed = at !== undefined && at <= now;
    const status = passed ? 'past' : isNext ? 'next' : '';
    const left =
      at === undefined || passed ? undefined : timeLeft(at - now, locale, words.underAMinute);
    const extended = date.previously.length > 0;
    const state = passed ? words.passed : left ? words.left(left.text) : words.toBeAnnounced;
    const sentence = words.row(
      name,
      date.label,
      [
        state,
        shown?.inDataZone,
        shown?.inViewerZone && `${shown.inViewerZone} ${words.yourTime}`,
        extended ? words.extended : undefined,
      ]
        .filter(Boolean)
        .join(', '),
    );
    return html`<li class="row ${status}" part=${status ? `row ${status}` : 'row'}>
      <p class="head">
        ${
          conference.url
            ? html`<a class="conference" part="conference" href=${conference.url}>${name}</a>`
            : html`<span class="conference" part="conference">${name}</span>`
        }<span class="visually-hidden"
          >${sentence.startsWith(name) ? sentence.slice(name.length) : sentence}</span
        ><span class="label" part="label" aria-hidden="true">${date.label}</span>
        ${
          passed
            ? html`<span class="status past" part="status" aria-hidden="true"
                >${words.passed}</span
              >`
            : nothing
        }
        ${
          extended
            ? html`<span class="extended" part="extended" aria-hidden="true"
                >${words.extended}</span
              >`
            : nothing
        }
      </p>
      ${
        left
          ? html`<p class="left" aria-hidden="true">
              <time part="left" datetime=${left.datetime}>${left.text}</time>
            </p>`
          : nothing
      }
      <div class="when" aria-hidden="true">${when}</div>
      ${about ? html`<p class="about" part="about">${about}</p>` : nothing} ${calendar}
    </li>`;
  }

  #renderSubscribe(read: ReadCollection, words: Words) {
    const feed = read.info?.feed;
    if (!feed || !/^https?:\/\//i.test(feed)) return nothing;
    const webcal = feed.replace(/^https?:/i, 'webcal:');
    return html`<details class="subscribe" part="subscribe">
      <summary>${renderCalendarIcon()}<span>${words.subscribe}</span></summary>
      <ul role="list">
        <li>
          <a href=${webcal}>${words.subscribeInApp}</a>
          <span class="hint">(${words.subscribeInAppHint})</span>
        </li>
        <li>
          <label class="copy"
            >${words.feedUrl} <input type="url" readonly .value=${feed} @focus=${selectAll}
          /></label>
        </li>
        <li>
          <a href=${GOOGLE_ADD_BY_URL} target="_blank" rel="noopener noreferrer"
            >${words.googleAddByUrl}</a
          >
        </li>
      </ul>
      <p class="hint">${words.refreshNote}</p>
    </details>`;
  }
}

/** The feed URL, selected as it gets the focus: ready to copy. */
const selectAll = (event: Event) => (event.currentTarget as HTMLInputElement).select();

defineElement('conf-deadlines', ConfDeadlines);

declare global {
  interface HTMLElementTagNameMap {
    'conf-deadlines': ConfDeadlines;
  }
}

/** Space-separated words of an attribute, lowercase. */
function wordList(value: string | undefined | null): string[] {
  return (value ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

/**
 * The time left, as the board shows it: days and hours; hours and minutes in the last
 * day (rounded down, as a countdown does); units that are zero left out, and "less than a
 * minute" in the last one.
 */
function timeLeft(
  ms: number,
  locale: string,
  underAMinute: string,
): { text: string; datetime: string } {
  const parts = durationParts(ms);
  const units: (keyof DurationParts)[] = ms >= DAY ? ['days', 'hours'] : ['hours', 'minutes'];
  const shown: DurationParts = {
    days: units.includes('days') ? parts.days : 0,
    hours: parts.hours,
    minutes: units.includes('minutes') ? parts.minutes : 0,
    seconds: 0,
  };
  const nonZero = units.filter((unit) => shown[unit] > 0);
  if (nonZero.length === 0) return { text: underAMinute, datetime: htmlDuration(shown) };
  const pieces = nonZero.map((unit) => {
    const key = `${locale}|${unit}`;
    let format = numberFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: unit.slice(0, -1),
        unitDisplay: 'long',
      });
      numberFormats.set(key, format);
    }
    return format.format(shown[unit]);
  });
  let list = listFormats.get(locale);
  if (!list) {
    list = new Intl.ListFormat(locale, { type: 'unit', style: 'long' });
    listFormats.set(locale, list);
  }
  return { text: list.format(pieces), datetime: htmlDuration(shown) };
}

/** "Aug 29 – Sep 1, 2027 · Santa Clara": the conference's days (calendar dates, no zone) and place. */
function aboutText(
  start: string | undefined,
  end: string | undefined,
  venue: string | undefined,
  locale: string,
): string {
  const format = dateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const first = start ? Date.parse(start) : undefined;
  const last = end ? Date.parse(end) : first;
  const days =
    first === undefined
      ? undefined
      : last !== undefined && last > first
        ? format.formatRange(first, last)
        : format.format(first);
  return [days, venue].filter(Boolean).join(' · ');
}
