import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import {
  PassageTimer,
  hasPassed,
  inTimeOrder,
  nextDeadline,
  nextPassage,
  renderCalendarIcon,
  renderDateItem,
} from './date-item.js';
import { datesStyles } from './dates.styles.js';
import { CALENDAR_URL, calendarListener } from '../calendar/link.js';
import type { DataFile } from '../data/file.js';
import { datesSection } from '../data/sections/dates.js';
import { AoeNote } from '../shared/aoe.js';
import { ConfElement } from '../shared/conf-element.js';
import { errorWords, wordsFor } from '../shared/messages.js';
import { timeWords } from '../shared/words.js';
import { defineElement } from '../shared/define.js';
import { viewerZone } from '../time/zone.js';

/**
 * The important dates of a conference: every date in order of time, passed ones
 * marked, the next deadline highlighted, each in the data's zone and the viewer's,
 * each with a calendar (.ics) link, and one link for all. The marks follow the clock:
 * the list redraws itself when a date passes.
 * @summary The important-dates list.
 * @slot - Shown while loading and on error: the author's no-JS fallback.
 * @csspart list - The list of dates.
 * @csspart date - Each date; also `past` once it has passed and `next` on the next deadline.
 * @csspart label - The name of a date.
 * @csspart status - The "next" or "passed" mark.
 * @csspart extended - The "extended" mark of a date that was moved.
 * @csspart time - The time in the data's zone (or "to be announced").
 * @csspart viewer-time - The time in the viewer's zone.
 * @csspart day-shift - "+1 day" when the viewer's calendar day differs.
 * @csspart previously - Earlier, struck-through values of an extended date.
 * @csspart note - The note of a date.
 * @csspart calendar-link - The .ics link of each date.
 * @csspart calendar-all - The .ics link for every date shown.
 * @csspart empty - The message shown when no date is left to show.
 * @csspart aoe-note - "AoE: Anywhere on Earth, UTC−12", when a time shown is in AoE.
 * @cssprop [--conf-dates-next-accent=var(--conf-accent)] - Colour of the next deadline's bar and mark.
 * @fires conf-ready - The data has loaded and is shown.
 * @fires conf-error - The data could not be loaded or used.
 */
export class ConfDates extends ConfElement {
  static override styles = [...ConfElement.styles, ...datesStyles];
  static override sections = [datesSection];
  static override properties: PropertyDeclarations = {
    upcoming: { type: Boolean },
    deadlinesOnly: { type: Boolean, attribute: 'deadlines-only' },
  };

  /** The date list's words. */
  protected override get words() {
    return wordsFor(this.resolvedLocale, errorWords, timeWords);
  }

  private readonly passages = new PassageTimer(this);
  /** When the marks next change, found while rendering; scheduled after it. */
  private boundary: number | undefined;

  /** Hide dates that have passed. */
  upcoming = false;

  /** Show only deadlines (`deadline: true`), not events. */
  deadlinesOnly = false;

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.boundary = undefined;
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A frozen `now` never moves: no timer then (an unreadable `now` leaves the live clock).
    if (this.now && !Number.isNaN(Date.parse(this.now))) this.passages.clear();
    else this.passages.schedule(this.boundary, this.currentTime());
  }

  protected override renderData(file: DataFile) {
    const all = file.read(datesSection);
    const conference = file.conference;
    const now = this.currentTime();
    const words = this.words;
    const next = nextDeadline(all, now);
    let dates = inTimeOrder(all);
    if (this.deadlinesOnly) dates = dates.filter((date) => date.deadline);
    if (this.upcoming) dates = dates.filter((date) => !hasPassed(date, now));
    this.boundary = nextPassage(all, now);
    if (dates.length === 0) return html`<p class="empty" part="empty">${words.noDates}</p>`;
    const aoe = new AoeNote(words);
    const context = {
      conference,
      locale: this.resolvedLocale,
      viewer: viewerZone(this.timeZone),
      words,
      now,
      nextId: next?.id,
      aoe,
    };
    const datable = dates.filter((date) => date.when.kind !== 'tbd');
    const calendar = calendarListener(conference, datable, now);
    return html`<ol class="dates" part="list" role="list" aria-label=${words.importantDates}>
        ${dates.map((date) => renderDateItem(date, context))}
      </ol>
      ${aoe.note()}
      ${
        datable.length > 1
          ? html`<p class="all">
              <a
                class="calendar"
                part="calendar-all"
                href=${CALENDAR_URL}
                download
                @click=${calendar}
                @contextmenu=${calendar}
                @focus=${calendar}
                @pointerenter=${calendar}
                >${renderCalendarIcon()}<span>${words.addAllToCalendar}</span></a
              >
            </p>`
          : nothing
      }`;
  }
}

defineElement('conf-dates', ConfDates);

declare global {
  interface HTMLElementTagNameMap {
    'conf-dates': ConfDates;
  }
}
