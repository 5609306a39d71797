import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { sponsorsStyles } from './sponsors.styles.js';
import type { DataFile } from '../data/file.js';
import { sponsorsSection } from '../data/sections/sponsors.js';
import type { Sponsor, SponsorCall, SponsorTier } from '../data/types.js';
import { ConfElement } from '../shared/conf-element.js';
import { errorWords, wordsFor } from '../shared/messages.js';
import { sponsorsWords } from '../shared/words.js';
import { defineElement } from '../shared/define.js';
import { ImageFallback } from '../shared/fallback-image.js';
import { heading, headingLevel } from '../shared/heading.js';

/**
 * The sponsor wall: each tier in file order under its heading, its sponsors' logos
 * in a grid of same-sized tiles (so nothing shifts as logos load), each linked to the
 * sponsor's site in the same tab with `rel="sponsored noopener"`. Logos are
 * lazy-loaded `<img alt="Sponsor name">`; `logoDark` (used only together with `logo`)
 * replaces the logo under `prefers-color-scheme: dark`, and a logo without one sits
 * on a light plate in dark mode so dark artwork stays readable. A sponsor without a
 * logo, or whose logo fails to load, is shown by name as text — never a broken
 * image. After the tiers (not with `tier`, which shows one tier alone) comes the
 * sponsorship call: a link while it is open, its label and note without a link once
 * it is closed ("Become a 2024 Sponsor (not currently taking applications)").
 *
 * Ad blockers: their generic rules hide elements whose class or id holds words such
 * as "sponsor" or "ad". Such rules cannot reach into a shadow root, and this element
 * puts nothing in the light DOM and no class or id on itself; the names inside its
 * shadow root and its parts are therefore free to say what they are.
 *
 * @summary Sponsor wall by tier, logos linked, and the sponsorship call.
 * @slot - Shown while loading and on error: the author's no-JS fallback.
 * @csspart tier - Each tier: its heading and wall.
 * @csspart tier-title - A tier's heading (an `<h2>`, or the `heading-level`).
 * @csspart wall - A tier's list of sponsors.
 * @csspart sponsor - Each sponsor's tile.
 * @csspart logo - A sponsor's logo image.
 * @csspart name - A sponsor's name, shown instead of a missing or failed logo.
 * @csspart call - The sponsorship call.
 * @csspart call-link - The call's link, while the call is open.
 * @csspart note - The call's note, or "closed".
 * @csspart notice - The message shown when `tier` names no tier in the data.
 * @cssprop [--conf-sponsors-logo-height=3em] - Height of the logos.
 * @cssprop [--conf-sponsors-tile-width=9em] - Smallest width of a tile; the wall fits as many as the width allows.
 * @cssprop [--conf-sponsors-tile-background=transparent] - Background of the tiles.
 * @cssprop [--conf-sponsors-plate=#f4f4f5] - Dark mode: the light plate behind logos that have no `logoDark`.
 * @fires conf-ready - The data has loaded and is shown.
 * @fires conf-error - The data could not be loaded or used.
 */
export class ConfSponsors extends ConfElement {
  static override styles = [...ConfElement.styles, sponsorsStyles];
  static override sections = [sponsorsSection];
  static override properties: PropertyDeclarations = {
    tier: {},
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** The sponsor wall's words. */
  protected override get words() {
    return wordsFor(this.resolvedLocale, errorWords, sponsorsWords);
  }

  private readonly images = new ImageFallback(this);

  /** A tier `id` to show only that tier (without the call); default: all tiers and the call. */
  tier?: string;

  /** Level of the tier headings (1–6, default 2). */
  headingLevel = 2;

  private renderTier(tier: SponsorTier, level: number): TemplateResult {
    return html`<section class="tier" part="tier">
      ${heading(level, tier.label, { part: 'tier-title' })}
      ${
        tier.sponsors.length > 0
          ? html`<ul class="wall" part="wall" role="list">
              ${tier.sponsors.map((sponsor) => this.renderSponsor(sponsor))}
            </ul>`
          : nothing
      }
    </section>`;
  }

  private renderSponsor(sponsor: Sponsor): TemplateResult {
    const logo = this.images.usable(sponsor.logo) ? sponsor.logo : undefined;
    const face = logo
      ? html`<picture>
          ${sponsor.logoDark ? html`<source media="(prefers-color-scheme: dark)" srcset=${sponsor.logoDark} />` : nothing}
          <img
            part="logo"
            src=${logo}
            alt=${sponsor.name}
            loading="lazy"
            decoding="async"
            @error=${this.images.onError}
          />
        </picture>`
      : html`<span class="name" part="name">${sponsor.name}</span>`;
    const plate = logo && !sponsor.logoDark ? 'plate' : '';
    return html`<li class="tile ${plate}" part="sponsor">
      ${sponsor.url ? html`<a class="face" href=${sponsor.url} rel="sponsored noopener">${face}</a>` : html`<span class="face">${face}</span>`}
    </li>`;
  }

  private renderCall(call: SponsorCall): TemplateResult {
    if (call.open && call.url) {
      return html`<p class="call" part="call">
        <a class="call-link" part="call-link" href=${call.url}>${call.label}</a>
        ${call.note ? html`<span class="note" part="note">(${call.note})</span>` : nothing}
      </p>`;
    }
    const note = call.open ? call.note : (call.note ?? this.words.sponsorsClosed);
    return html`<p class="call ${call.open ? '' : 'closed'}" part="call">
      <span class="call-label">${call.label}</span>
      ${note ? html`<span class="note" part="note">(${note})</span>` : nothing}
    </p>`;
  }

  protected override renderData(file: DataFile) {
    const level = headingLevel(this.headingLevel);
    const { tiers, call } = file.read(sponsorsSection);
    if (this.tier) {
      const tier = tiers.find((candidate) => candidate.id === this.tier);
      if (!tier) {
        this.warnOnce({
          key: this.tier,
          message: `conf-widgets: <conf-sponsors tier="${this.tier}">: no sponsor tier with that id in the data file.`,
        });
        return html`<p class="notice" part="notice">${this.words.noSponsorTier(this.tier)}</p>`;
      }
      this.warnOnce();
      return this.renderTier(tier, level);
    }
    this.warnOnce();
    if (tiers.length === 0 && !call) return nothing;
    return html`${tiers.map((tier) => this.renderTier(tier, level))}
    ${call ? this.renderCall(call) : nothing}`;
  }
}

defineElement('conf-sponsors', ConfSponsors);

declare global {
  interface HTMLElementTagNameMap {
    'conf-sponsors': ConfSponsors;
  }
}
