import { provide } from '@lit/context';
import { Task, initialState } from '@lit/task';
import { css, html, LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { dataContext, type ProvidedData } from '../data/context.js';
import { loadData, type DataError } from '../data/load.js';
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

  // Runs whenever `src` changes; its callbacks publish the result to the context.
  protected readonly loadTask = new Task(this, {
    task: ([src]) => (src ? loadData(src) : initialState),
    args: () => [this.src] as const,
    onComplete: (loaded) => {
      this.provided = { status: 'ready', loaded };
      this.state = 'ready';
      this.dispatchEvent(new ConfReadyEvent());
    },
    onError: (error) => {
      const dataError = error as DataError;
      this.provided = { status: 'error', error: dataError };
      this.state = 'error';
      this.dispatchEvent(
        new ConfErrorEvent({
          message: dataError.message,
          url: dataError.url,
          path: dataError.path,
        }),
      );
    },
  });

  @provide({ context: dataContext })
  @state()
  protected provided: ProvidedData = { status: 'loading' };

  /** URL of the data file, resolved against the page. */
  @property() src?: string;

  /** `loading`, `ready` or `error`; reflected for styles and tests. */
  @property({ reflect: true }) state: 'loading' | 'ready' | 'error' = 'loading';

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('src')) {
      this.provided = { status: 'loading' };
      this.state = 'loading';
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
