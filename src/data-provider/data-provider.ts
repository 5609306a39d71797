import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyDeclarations } from 'lit';
import { dataContext, type ProvidedData } from '../data/context.js';
import { loadSource, type DataError } from '../data/load.js';
import { defineElement } from '../shared/define.js';
import { ConfErrorEvent, ConfReadyEvent } from '../shared/events.js';

/**
 * Loads a conference data file once and gives it to every widget inside it, which
 * then needs no `src` of its own.
 * @summary Provides conference data to the widgets inside it.
 * @slot - The widgets (and any other content).
 * @fires conf-ready - The data file has loaded.
 * @fires conf-error - The data file could not be loaded or used; `detail` has `message`, `url`, `path`.
 */
export class ConfData extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;
  static override properties: PropertyDeclarations = {
    src: {},
    state: { reflect: true },
  };

  /** Counts loads; one that ends after a newer one has started is dropped. */
  #loads = 0;

  /** What the widgets inside get (the controller rather than the @provide decorator: less code). */
  readonly #provider = new ContextProvider(this, {
    context: dataContext,
    initialValue: { status: 'loading' } as ProvidedData,
  });

  /** URL of the data file, resolved against the page. */
  src?: string;

  /** `loading`, `ready` or `error`; reflected for styles and tests. */
  state: 'loading' | 'ready' | 'error' = 'loading';

  override connectedCallback(): void {
    super.connectedCallback();
    // The loader forgets a failed load: attached again after an error, try again.
    if (this.state === 'error' && this.src) {
      this.#provider.setValue({ status: 'loading' });
      this.state = 'loading';
      void this.#load(this.src);
    }
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('src')) {
      this.#provider.setValue({ status: 'loading' });
      this.state = 'loading';
      void this.#load(this.src);
    }
  }

  /** Loads the file at `src` and publishes the result to the context. */
  async #load(src: string | undefined): Promise<void> {
    const load = ++this.#loads;
    if (!src) return;
    try {
      const loaded = await loadSource(src);
      if (load !== this.#loads) return;
      this.#provider.setValue({ status: 'ready', loaded });
      this.state = 'ready';
      this.dispatchEvent(new ConfReadyEvent());
    } catch (error) {
      if (load !== this.#loads) return;
      const dataError = error as DataError;
      this.#provider.setValue({ status: 'error', error: dataError });
      this.state = 'error';
      this.dispatchEvent(
        new ConfErrorEvent({
          message: dataError.message,
          url: dataError.url,
          path: dataError.path,
        }),
      );
    }
  }

  override render() {
    return html`<slot></slot>`;
  }
}

defineElement('conf-data', ConfData);

declare global {
  interface HTMLElementTagNameMap {
    'conf-data': ConfData;
  }
}
