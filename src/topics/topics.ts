import { html, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { topicsStyles } from './topics.styles.js';
import type { DataFile } from '../data/file.js';
import { topicsSection } from '../data/sections/topics.js';
import { ConfElement } from '../shared/conf-element.js';
import { defineElement } from '../shared/define.js';

export type TopicsLayout = 'list' | 'columns' | 'chips';

/**
 * The topics of a conference or call for papers.
 * @summary The list of topics.
 * @slot - Shown while loading and on error: the author's no-JS fallback.
 * @csspart list - The list of topics.
 * @csspart topic - Each topic.
 * @cssprop --conf-topics-chip-background - Background of each topic in the `chips` layout.
 * @fires conf-ready - The data has loaded and is shown.
 * @fires conf-error - The data could not be loaded or used.
 */
export class ConfTopics extends ConfElement {
  static override styles = [...ConfElement.styles, topicsStyles];
  static override sections = [topicsSection];
  static override properties: PropertyDeclarations = {
    layout: {},
  };

  /** `list` (bullets), `columns` (bullets in as many columns as fit) or `chips`. */
  layout: TopicsLayout = 'list';

  protected override renderData(file: DataFile) {
    const topics = file.read(topicsSection);
    if (topics.length === 0) return nothing;
    const layout = ['columns', 'chips'].includes(this.layout) ? this.layout : 'list';
    // `role="list"`: WebKit drops list semantics where list-style is none (chips).
    return html`<ul
      class="topics ${layout}"
      part="list"
      role=${ifDefined(layout === 'chips' ? 'list' : undefined)}
    >
      ${topics.map((topic) => html`<li part="topic">${topic}</li>`)}
    </ul>`;
  }
}

defineElement('conf-topics', ConfTopics);

declare global {
  interface HTMLElementTagNameMap {
    'conf-topics': ConfTopics;
  }
}
