import { html, nothing } from 'lit';
import type { TimeWords } from './words.js';
import { AOE } from '../time/zone.js';

/**
 * "AoE" explained where it is shown (SPEC §2, Times): each "AoE" in a shown time is an
 * `<abbr>` whose title says what it is, and a widget that shows one says once, in
 * visible text, "AoE: Anywhere on Earth, UTC−12". One per render: `time()` for each
 * time text, then `note()` after them all — nothing when no time named AoE.
 */
export class AoeNote {
  #shown = false;

  constructor(private readonly words: Pick<TimeWords, 'aoe' | 'aoeNote'>) {}

  /** A time text (`showWhen`'s) with each "AoE" marked up. */
  time(text: string) {
    const pieces = text.split(AOE.name);
    if (pieces.length < 2) return text;
    this.#shown = true;
    return pieces.map((piece, index) =>
      index ? html`<abbr title=${this.words.aoe}>${AOE.name}</abbr>${piece}` : piece,
    );
  }

  /** The explanation, once any `time()` of this render named AoE. */
  note() {
    return this.#shown
      ? html`<p class="aoe-note" part="aoe-note">${this.time(this.words.aoeNote)}</p>`
      : nothing;
  }
}
