import { ContextProvider } from '@lit/context';
import { html, isServer, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { cfpStyles } from './cfp.styles.js';
import '../countdown/countdown.js';
import { dataContext, type ProvidedData } from '../data/context.js';
import type { LoadedData } from '../data/load.js';
import type { DataFile } from '../data/file.js';
import { cfpSection } from '../data/sections/cfp.js';
import { datesSection } from '../data/sections/dates.js';
import type { Cfp, Submission } from '../data/types.js';
import {
  PassageTimer,
  hasPassed,
  nextDeadline,
  nextPassage,
  renderDateItem,
} from '../dates/date-item.js';
import { AoeNote } from '../shared/aoe.js';
import { ConfElement } from '../shared/conf-element.js';
import { errorWords, wordsFor } from '../shared/messages.js';
import { cfpWords, timeWords } from '../shared/words.js';
import { defineElement } from '../shared/define.js';
import { heading, headingLevel } from '../shared/heading.js';
import { viewerZone } from '../time/zone.js';

/** Data objects already warned about (no `cfp`): one warning per file, however many widgets. */
const warnedNoCfp = new WeakSet<DataFile>();

/**
 * A call for papers: title, venue, summary, its deadlines (with a countdown to the
 * next one not yet passed), the submission details and the submit link — marked
 * closed once the last of its deadlines has passed (events such as an author
 * notification do not keep it open). A data file without `cfp` renders nothing (and
 * says so once with `console.warn`).
 * @summary The call for papers.
 * @slot - Shown while loading and on error: the author's no-JS fallback.
 * @csspart base - The whole call.
 * @csspart title - The heading (an `h2` unless `heading-level` says otherwise).
 * @csspart venue - Where and with what the event is held.
 * @csspart summary - The summary paragraphs.
 * @csspart section-title - The headings of the dates and the submission details (one level below the title).
 * @csspart countdown - The `<conf-countdown>` to the next deadline (an element of its own, themed by its `--conf-*` properties).
 * @csspart list - The list of deadlines.
 * @csspart date - Each deadline; also `past` once it has passed and `next` on the next one.
 * @csspart label - The name of a date.
 * @csspart status - The "next" or "passed" mark.
 * @csspart time - The time in the data's zone (or "to be announced").
 * @csspart viewer-time - The time in the viewer's zone.
 * @csspart day-shift - "+1 day" when the viewer's calendar day differs.
 * @csspart calendar-link - The .ics link of each date.
 * @csspart details - The list of submission details.
 * @csspart submit - The submit link, while submissions are open.
 * @csspart closed - The "submissions are closed" notice.
 * @csspart aoe-note - "AoE: Anywhere on Earth, UTC−12", when a time shown is in AoE.
 * @cssprop [--conf-dates-next-accent=var(--conf-accent)] - Colour of the next deadline's bar and mark.
 * @fires conf-ready - The data has loaded and is shown.
 * @fires conf-error - The data could not be loaded or used.
 */
export class ConfCfp extends ConfElement {
  static override styles = [...ConfElement.styles, ...cfpStyles];
  static override sections = [datesSection, cfpSection];
  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The call's words. */
  protected override get words() {
    return wordsFor(this.resolvedLocale, errorWords, timeWords, cfpWords);
  }

  private readonly passages = new PassageTimer(this);
  /** When the marks or the open/closed state next change, found while rendering; scheduled after it. */
  private boundary: number | undefined;
  /**
   * The inner `<conf-countdown>` takes its data from here, through the same context
   * `<conf-data>` uses: the data this element has already loaded and validated, so
   * there is no second load, validation or warning, whether it came from `src`,
   * `data` or a `<conf-data>` ancestor. Until then it passes on what an ancestor
   * provides, so nothing below this element loses its `<conf-data>`.
   */
  private readonly countdownData = new ContextProvider(this, { context: dataContext });
  private providedFor: LoadedData | undefined;

  /** Level of the title heading, 1–6 (the section headings are one below it); fit it to the page's outline. */
  headingLevel = 2;

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.boundary = undefined;
    const loaded = this.loaded;
    if (loaded && loaded !== this.providedFor) {
      this.providedFor = loaded;
      this.countdownData.setValue({ status: 'ready', loaded } satisfies ProvidedData);
    } else if (!loaded) {
      this.countdownData.setValue(this.provided);
    }
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A frozen `now` never moves: no timer then (an unreadable `now` leaves the live clock).
    if (this.now && !Number.isNaN(Date.parse(this.now))) this.passages.clear();
    else this.passages.schedule(this.boundary, this.currentTime());
  }

  protected override renderData(file: DataFile) {
    const cfp = file.read(cfpSection);
    if (!cfp) {
      if (!warnedNoCfp.has(file)) {
        warnedNoCfp.add(file);
        console.warn(
          `conf-widgets: <conf-cfp>: the data file of "${file.conference.name}" has no "cfp"; nothing to show.`,
        );
      }
      return nothing;
    }
    const now = this.currentTime();
    const words = this.words;
    const level = headingLevel(this.headingLevel);
    const sub = Math.min(level + 1, 6);
    const all = file.read(datesSection);
    const dates = cfp.deadlines.flatMap((id) => all.find((date) => date.id === id) ?? []);
    const next = nextDeadline(dates, now);
    this.boundary = nextPassage(dates, now);
    const deadlines = dates.filter((date) => date.deadline);
    // Closed once every deadline of the call has passed; a TBD deadline keeps it open.
    const closed = deadlines.length > 0 && deadlines.every((date) => hasPassed(date, now));
    // One note for the list and the countdown above it, which shows one of its dates.
    const aoe = new AoeNote(words);
    const context = {
      conference: file.conference,
      locale: this.resolvedLocale,
      viewer: viewerZone(this.timeZone),
      words,
      now,
      nextId: next?.id,
      aoe,
    };
    return html`<div class="cfp" part="base">
      ${heading(level, cfp.title ?? words.callForPapers, { part: 'title' })}
      ${cfp.venue ? html`<p class="venue" part="venue">${cfp.venue}</p>` : nothing}
      ${this.renderSummary(cfp)}
      ${
        dates.length
          ? html`<section class="deadlines">
              ${heading(sub, words.importantDates, { part: 'section-title' })}
              ${
                next
                  ? html`<conf-countdown
                      part="countdown"
                      date=${next.id}
                      locale=${this.resolvedLocale}
                      time-zone=${ifDefined(this.timeZone)}
                      now=${ifDefined(this.now)}
                      .explainsAoe=${false}
                      .serverData=${isServer ? this.loaded : undefined}
                      @conf-ready=${stopHere}
                      @conf-error=${stopHere}
                    ></conf-countdown>`
                  : nothing
              }
              <ol class="dates" part="list" role="list">
                ${dates.map((date) => renderDateItem(date, context))}
              </ol>
              ${aoe.note()}
            </section>`
          : nothing
      }
      ${this.renderSubmission(cfp.submission, closed, sub)}
    </div>`;
  }

  private renderSummary(cfp: Cfp) {
    const paragraphs = (cfp.summary ?? '')
      .split(/\r?\n[ \t]*\r?\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean);
    if (!paragraphs.length) return nothing;
    return html`<div class="summary" part="summary">
      ${paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
    </div>`;
  }

  private renderSubmission(submission: Submission | undefined, closed: boolean, level: number) {
    const words = this.words;
    const details = [
      submission?.pageLimit !== undefined
        ? words.pageLimit(
            new Intl.NumberFormat(this.resolvedLocale).format(submission.pageLimit),
            submission.pageLimitNote,
          )
        : undefined,
      submission?.anonymous === undefined
        ? undefined
        : submission.anonymous
          ? words.anonymous
          : words.notAnonymous,
      submission?.format ? words.format(submission.format) : undefined,
    ].filter((detail): detail is string => Boolean(detail));
    const styleUrl = submission?.styleUrl;
    const submitUrl = submission?.submitUrl;
    if (!details.length && !styleUrl && !submitUrl && !closed) return nothing;
    return html`<section class="submission">
      ${heading(level, words.submissionDetails, { part: 'section-title' })}
      ${
        details.length || styleUrl
          ? html`<ul class="details" part="details" role="list">
              ${details.map((detail) => html`<li>${detail}</li>`)}
              ${styleUrl ? html`<li><a href=${styleUrl}>${words.styleFiles}</a></li>` : nothing}
            </ul>`
          : nothing
      }
      ${
        closed
          ? html`<p class="closed" part="closed">${words.submissionsClosed}</p>`
          : submitUrl
            ? html`<p class="submit-row">
                <a class="submit" part="submit" href=${submitUrl}>${words.submit}</a>
              </p>`
            : nothing
      }
    </section>`;
  }
}

/** The inner countdown's own ready/error events stay inside: the page hears this element's. */
function stopHere(event: Event): void {
  event.stopPropagation();
}

defineElement('conf-cfp', ConfCfp);

declare global {
  interface HTMLElementTagNameMap {
    'conf-cfp': ConfCfp;
  }
}
