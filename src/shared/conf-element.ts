import { consume } from '@lit/context';
import { Task, initialState } from '@lit/task';
import { html, LitElement, type nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { baseStyles } from './base.styles.js';
import { ConfErrorEvent, ConfReadyEvent } from './events.js';
import { messagesFor, type Messages } from './messages.js';
import { dataContext, type ProvidedData } from '../data/context.js';
import { loadData, useData, type DataError, type LoadedData } from '../data/load.js';
import type { ConferenceData } from '../data/types.js';
import { supportedLocale } from '../time/format.js';
import { viewerZone, type Zone } from '../time/zone.js';

export type DataState = 'loading' | 'ready' | 'error';

/**
 * What every widget shares, and nothing more: where the data comes from (`data`,
 * `src`, or the nearest `<conf-data>`), the `state` it is in, the light-DOM fallback
 * while loading and on error, `conf-ready`/`conf-error`, and the viewer's locale,
 * zone and clock. Subclasses implement `renderData()`.
 *
 * @slot - Shown while loading and on error: the author's no-JS fallback.
 * @csspart error - The error message.
 * @cssprop [--conf-accent=currentColor] - Accent colour.
 * @cssprop [--conf-radius=0.375em] - Corner radius.
 * @cssprop [--conf-space=1em] - Base spacing.
 * @cssprop --conf-font - Font family; inherited from the page when unset.
 * @cssprop [--conf-line-height=1.5] - Line height.
 * @cssprop --conf-muted-color - Colour of secondary text (default: the text colour at 72%).
 * @cssprop --conf-surface - Background of cards and highlights (default: the text colour at 5%).
 * @cssprop --conf-border-color - Colour of borders (default: the text colour at 22%).
 * @cssprop [--conf-focus-color=Highlight] - Focus ring colour.
 * @cssprop [--conf-error-color=#b3261e] - Accent of the error message.
 * @fires conf-ready - The data has loaded and is shown.
 * @fires conf-error - The data could not be loaded or used; `detail` has `message`, `url`, `path`.
 */
export abstract class ConfElement extends LitElement {
  static override styles = [baseStyles];

  private readonly dataTask = new Task(this, {
    task: ([src, data, provided]) => this.resolveData(src, data, provided),
    args: () => [this.src, this.data, this.provided] as const,
    onComplete: () => this.settle('ready'),
    onError: (error) => this.settle('error', error as DataError),
  });

  /** Data from the nearest `<conf-data>`, when there is one. */
  @consume({ context: dataContext, subscribe: true })
  @state()
  protected provided?: ProvidedData;

  /** URL of the data file, resolved against the page. Not needed inside `<conf-data>`. */
  @property() src?: string;

  /** An already-parsed data object (for frameworks); wins over `src`. */
  @property({ attribute: false }) data?: unknown;

  /** BCP 47 language tag; default: the nearest `lang` attribute, then the browser's. */
  @property() locale?: string;

  /** IANA time zone to show times in; default: the viewer's. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** An instant (e.g. `2017-10-15T12:00:00Z`) to freeze the widget at, for previews; default: the live clock. */
  @property() now?: string;

  /** `loading`, `ready` or `error`; reflected for styles and tests. */
  @property({ reflect: true }) state: DataState = 'loading';

  override willUpdate(changed: PropertyValues): void {
    // A new source is loading until the task settles it (`settle`).
    if (changed.has('src') || changed.has('data') || changed.has('provided'))
      this.state = 'loading';
  }

  private async resolveData(
    src: string | undefined,
    data: unknown,
    provided: ProvidedData | undefined,
  ) {
    if (data !== undefined && data !== null) return useData(data);
    if (src) return loadData(src);
    if (provided?.status === 'ready') return provided.loaded;
    if (provided?.status === 'error') throw provided.error;
    return initialState;
  }

  private async settle(state: DataState, error?: DataError): Promise<void> {
    this.state = state;
    await this.updateComplete;
    this.dispatchEvent(
      error
        ? new ConfErrorEvent({ message: error.message, url: error.url, path: error.path })
        : new ConfReadyEvent(),
    );
  }

  /** The current time: frozen by `now`, else `Date.now()` (so fake clocks drive it). */
  protected currentTime(): number {
    const frozen = this.now ? Date.parse(this.now) : NaN;
    return Number.isNaN(frozen) ? Date.now() : frozen;
  }

  /** The locale to format in: `locale`, else the nearest `lang` (across shadow roots), else the browser's. */
  protected get resolvedLocale(): string {
    return supportedLocale(this.locale || closestLang(this) || navigator.language);
  }

  /** The widgets' own words in the resolved locale. */
  protected get words(): Messages {
    return messagesFor(this.resolvedLocale);
  }

  /** The zone times are shown in for the viewer. */
  protected get viewer(): Zone {
    return viewerZone(this.timeZone);
  }

  /** The loaded data, once there is some. */
  protected get loaded(): LoadedData | undefined {
    return this.dataTask.value;
  }

  protected abstract renderData(data: ConferenceData): TemplateResult | typeof nothing;

  private renderError(error: DataError): TemplateResult {
    return html`<p class="error" part="error">${this.errorText(error)}</p>
      <slot></slot>`;
  }

  private errorText(error: Partial<DataError>): string {
    const words = this.words;
    const where = error.url ?? words.theData;
    switch (error.reason) {
      case 'timeout':
        return words.errorTimeout(where);
      case 'http':
        return words.errorHttp(where, error.status ?? '');
      case 'json':
        return words.errorJson(where);
      case 'invalid':
        return words.errorInvalid(where, error.problem ?? '');
      default:
        return words.errorNetwork(where);
    }
  }

  override render() {
    return this.dataTask.render({
      initial: () => html`<slot></slot>`,
      pending: () =>
        this.dataTask.value ? this.renderData(this.dataTask.value.data) : html`<slot></slot>`,
      complete: (loaded) => this.renderData(loaded.data),
      error: (error) => this.renderError(error as DataError),
    });
  }
}

function closestLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang'))
      return node.getAttribute('lang') ?? undefined;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}
