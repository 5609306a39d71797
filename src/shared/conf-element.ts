import { ContextConsumer } from '@lit/context';
import {
  html,
  LitElement,
  noChange,
  type nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { baseStyles } from './base.styles.js';
import { ConfErrorEvent, ConfReadyEvent } from './events.js';
import { errorWords, loadMessages, wordsFor, type ErrorWords } from './messages.js';
import { supportedLocale } from './locale.js';
import { dataContext, type ProvidedData } from '../data/context.js';
import type { DataFile, Section } from '../data/file.js';
import {
  loadSource,
  onlyFile,
  prepare,
  useSource,
  type DataError,
  type Loaded,
  type LoadedData,
} from '../data/load.js';

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

  /** The parts of the data file this widget shows; read (and checked) before its first render. */
  static sections: readonly Section<unknown>[] = [];
  // Reactive properties declared here and in each widget, not with the @property/@state
  // decorators of the house style: the same properties without the decorators' helper
  // code, which every bundle paid for (see BENCHMARKS.md). The fields below keep the
  // types and the documentation.
  static override properties: PropertyDeclarations = {
    provided: { state: true, attribute: false }, // `attribute: false` for the manifest analyzer
    src: {},
    data: { attribute: false },
    locale: {},
    timeZone: { attribute: 'time-zone' },
    now: {},
    state: { reflect: true },
  };

  /** The key of the problem `warnOnce` last said. */
  #warned?: string;

  // The data source's lifecycle: a few lines of our own rather than @lit/task (0.5 KiB
  // gzip in every bundle), with Task's behaviour — the newest source wins, the last data
  // stays on screen while a new source loads, an error clears it.
  /** `initial`: no source yet; `pending`: loading one; then `complete` or `error`. */
  #status: 'initial' | 'pending' | 'complete' | 'error' = 'initial';
  #loaded: Loaded | undefined;
  #error: DataError | undefined;
  /** Counts loads; one that ends after a newer one has started is dropped. */
  #loads = 0;
  /** What a shadow root declared in the page's HTML held, until this widget shows its own. */
  #serverNodes: ChildNode[] | undefined;

  /** Data from the nearest `<conf-data>`, when there is one. */
  protected provided?: ProvidedData;

  // The controller rather than the @consume decorator: the same, without the
  // decorator's code in every bundle.
  constructor() {
    super();
    new ContextConsumer(this, {
      context: dataContext,
      subscribe: true,
      callback: (value) => (this.provided = value),
    });
  }

  /** URL of the data file, resolved against the page. Not needed inside `<conf-data>`. */
  src?: string;

  /** An already-parsed data object (for frameworks); wins over `src`. */
  data?: unknown;

  /** BCP 47 language tag; default: the nearest `lang` attribute, then the browser's. */
  locale?: string;

  /** IANA time zone to show times in; default: the viewer's. */
  timeZone?: string;

  /** An instant (e.g. `2017-10-15T12:00:00Z`) to freeze the widget at, for previews; default: the live clock. */
  now?: string;

  /** `loading`, `ready` or `error`; reflected for styles and tests. */
  state: DataState = 'loading';

  /**
   * Data already read and prepared (`prepareData`) by the server renderer (src/ssr/),
   * which runs no asynchronous step: shown at once. Not reactive: it is set before the
   * one render a server makes.
   * @internal
   */
  serverData?: Loaded;

  // A shadow root declared in the page's HTML (`conf-widgets render --format dsd`) shows
  // the widget before any script. Its content stays until this widget has data of its
  // own (or an error) to show, and then gives way to it within one task: no blank
  // moment, no loading state in between (`update`, `render`).
  override createRenderRoot(): HTMLElement | DocumentFragment {
    const declared = this.shadowRoot ? [...this.shadowRoot.childNodes] : [];
    const root = super.createRenderRoot();
    if (declared.length) {
      this.#serverNodes = declared;
      // LitElement renders before the root's first child, here the server's: after them.
      this.renderOptions.renderBefore = null;
    }
    return root;
  }

  override update(changed: PropertyValues): void {
    if (this.#serverNodes && (this.#status === 'complete' || this.#status === 'error')) {
      for (const node of this.#serverNodes) node.remove();
      this.#serverNodes = undefined;
    }
    super.update(changed);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The loader forgets a failed load: attached again after an error, a widget with a
    // `src` of its own tries again (the data property or a <conf-data> would only give
    // the same answer; a <conf-data> retries itself).
    if (this.#status === 'error' && this.src && (this.data === undefined || this.data === null)) {
      this.state = 'loading';
      void this.#load();
    }
  }

  override willUpdate(changed: PropertyValues): void {
    if (this.serverData) {
      this.#loaded = this.serverData;
      this.#status = 'complete';
      this.state = 'ready';
      return;
    }
    // A new source is loading until `#load` settles it.
    if (changed.has('src') || changed.has('data') || changed.has('provided')) {
      this.state = 'loading';
      void this.#load();
    } else if (changed.has('locale') && this.hasUpdated) {
      // A new language after the first render: its words as soon as they are here.
      void loadMessages(this.resolvedLocale).then(() => this.requestUpdate());
    }
  }

  /**
   * Takes the data from the current source, and the words of the resolved locale with
   * it (the de/zh catalogues are chunks of their own, loaded while the data loads), so
   * the first render is complete and in the right language.
   */
  async #load(): Promise<void> {
    const load = ++this.#loads;
    const { src, data, provided } = this;
    const source =
      (data !== undefined && data !== null) ||
      Boolean(src) ||
      provided?.status === 'ready' ||
      provided?.status === 'error';
    if (!source) {
      this.#status = 'initial';
      return;
    }
    this.#status = 'pending';
    const words = loadMessages(this.resolvedLocale);
    let loaded: Loaded | undefined;
    let error: DataError | undefined;
    let reading = 0; // ms this widget spent reading sections no widget had read yet
    try {
      loaded = await this.resolveData(src, data, provided);
      const started = performance.now();
      if (await this.prepareData(loaded)) reading = performance.now() - started;
    } catch (thrown) {
      error = thrown as DataError;
    }
    await words;
    // Reading a big file's sections is work, rendering them more: when reading took over
    // a frame, the render gets a task of its own, so that neither blocks input for long
    // (2 000 committee members: BENCHMARKS.md). Small files render at once.
    if (reading > 16) await nextTask();
    if (load !== this.#loads) return;
    this.#loaded = error ? undefined : loaded;
    this.#error = error;
    this.#status = error ? 'error' : 'complete';
    this.requestUpdate();
    void this.settle(error ? 'error' : 'ready', error);
  }

  /**
   * Reads what the widget shows before its first render: the sections of `static
   * sections` (a collection file is an error). True when it read anything just now.
   * `<conf-deadlines>` reads a collection instead.
   */
  protected async prepareData(loaded: Loaded): Promise<boolean> {
    return prepare(onlyFile(loaded), (this.constructor as typeof ConfElement).sections);
  }

  private async resolveData(
    src: string | undefined,
    data: unknown,
    provided: ProvidedData | undefined,
  ): Promise<Loaded> {
    if (data !== undefined && data !== null) return useSource(data);
    if (src) return loadSource(src);
    if (provided?.status === 'ready') return provided.loaded;
    if (provided?.status === 'error') throw provided.error;
    throw new Error('conf-widgets: no data source'); // not reached: `#load` checks first
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

  /**
   * Says a problem of this widget's own attributes (an unknown `date`, `committee` or
   * `tier` id) once with `console.warn`, not on every render. Call it on every render:
   * with the problem, or with undefined once all is well again.
   */
  protected warnOnce(problem?: { readonly key: string; readonly message: string }): void {
    if (problem && problem.key !== this.#warned) console.warn(problem.message);
    this.#warned = problem?.key;
  }

  /** The current time: frozen by `now`, else `Date.now()` (so fake clocks drive it). */
  protected currentTime(): number {
    const frozen = this.now ? Date.parse(this.now) : NaN;
    return Number.isNaN(frozen) ? Date.now() : frozen;
  }

  /** The locale to format in: `locale`, else the nearest `lang` (across shadow roots), else the browser's. */
  protected get resolvedLocale(): string {
    return supportedLocale(
      this.locale || closestLang(this) || globalThis.navigator?.language || 'en',
    );
  }

  /** The widgets' own words in the resolved locale. */
  protected get words(): ErrorWords {
    return wordsFor(this.resolvedLocale, errorWords);
  }

  /** The loaded data, once there is some. */
  protected get loaded(): LoadedData | undefined {
    const loaded = this.#loaded;
    return loaded && 'file' in loaded ? loaded : undefined;
  }

  /** Renders the data; the sections in `static sections` are read, `file.read(…)` gives them. */
  protected abstract renderData(file: DataFile): TemplateResult | typeof nothing;

  /**
   * Reads `loaded` as this widget reads its data before a first render, for the server
   * renderer (src/ssr/), which then gives it as `serverData`.
   * @internal
   */
  prepareServerData(loaded: Loaded): Promise<boolean> {
    return this.prepareData(loaded);
  }

  /** Renders what `prepareData` prepared: by default the data file, with `renderData`. */
  protected renderLoaded(loaded: Loaded): TemplateResult | typeof nothing {
    return 'file' in loaded ? this.renderData(loaded.file) : html``;
  }

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
    if (this.#serverNodes) return noChange; // until there is something of our own
    const status = this.#status;
    if (status === 'error') return this.renderError(this.#error!);
    // pending: the data shown so far, if any, until the new source settles
    if (status !== 'initial' && this.#loaded) return this.renderLoaded(this.#loaded);
    return html`<slot></slot>`;
  }
}

/**
 * Resolves in a new task. A message rather than `setTimeout(0)`: no 4 ms clamp, and fake
 * clocks in tests (which stop timers) do not stop a widget from loading.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });
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
