import { css } from 'lit';

/*
 * Column counts follow the element's own width (the host is an inline-size
 * container): role tiles and member cards 1 → 2 → 3 → 4 columns at 30, 46 and 64 em;
 * names-only lists 1 → 2 → 3 → 4 text columns at 18, 32 and 48 em. A 240 px sidebar
 * gets one column of everything.
 */
export const committeeStyles = css`
  :host {
    --_photo-size: var(--conf-committee-photo-size, 2.75em);
    --_role-color: var(--conf-committee-role-color, var(--_muted));
    --_title-size: var(--conf-committee-title-size, 1.25em);
    --_gap: var(--conf-committee-gap, var(--_space));
  }

  .committee + .committee {
    margin-block-start: calc(var(--_space) * 2);
  }

  .title {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: var(--_title-size);
    font-weight: 600;
    line-height: 1.25;
  }

  .groups {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap) calc(var(--_gap) * 1.5);
    align-items: start;
  }

  .plain {
    grid-column: 1 / -1;
  }

  .role {
    margin: 0 0 0.35em;
    color: var(--_role-color);
    font-size: 0.875em;
    font-weight: 600;
    line-height: 1.3;
  }

  /* Cards: members with an affiliation, email or photo. */
  .cards {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.6em var(--_gap);
  }

  /* Inside a role tile the tile is the column: one card under another. */
  .group:not(.plain) .cards {
    grid-template-columns: minmax(0, 1fr);
  }

  /*
   * Long committees (program committees of hundreds, class long: committee.ts says
   * when): the browser skips the style and layout of cards off screen until they come
   * near (content-visibility), so 2 000 members lay out in a fraction of the time. It
   * also clips each card's painting to its box; the clip margin keeps the links' focus
   * rings (2px outline, 2px offset) whole — where a browser lacks it (WebKit), cards are
   * laid out as usual.
   */
  @supports (overflow-clip-margin: 4px) {
    .cards.long .member {
      content-visibility: auto;
      contain-intrinsic-block-size: auto 3em;
      overflow-clip-margin: 4px;
    }
  }

  .member {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-inline-size: 0;
  }

  .who {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }

  .cards .name {
    font-weight: 600;
  }

  .affiliation {
    color: var(--_muted);
  }

  .email {
    inline-size: fit-content;
    max-inline-size: 100%;
  }

  /* Names only (the steering committee): a compact list in text columns. */
  .names {
    display: block;
    columns: 1;
    column-gap: calc(var(--_gap) * 1.5);
  }

  .names .member {
    break-inside: avoid;
    padding-block: 0.1em;
  }

  .avatar {
    display: grid;
    flex: none;
    place-items: center;
    inline-size: var(--_photo-size);
    block-size: var(--_photo-size);
    overflow: hidden;
    border-radius: 50%;
    background: var(--_surface);
    box-shadow: inset 0 0 0 1px var(--_border);
  }

  .avatar img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }

  .initials {
    font-size: calc(var(--_photo-size) * 0.36);
    font-weight: 600;
    line-height: 1;
    letter-spacing: 0.02em;
  }

  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin-block-start: var(--_gap);
  }

  .links a,
  .links span,
  .email {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
  }

  .links a::after {
    content: '→';
    content: '→' / '';
    margin-inline-start: 0.3em;
    text-decoration: none;
  }

  @container (min-width: 18em) {
    .plain .names {
      columns: 2;
    }
  }

  @container (min-width: 30em) {
    .groups,
    .cards {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  @container (min-width: 32em) {
    .plain .names {
      columns: 3;
    }
  }

  @container (min-width: 46em) {
    .groups,
    .cards {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  @container (min-width: 48em) {
    .plain .names {
      columns: 4;
    }
  }

  @container (min-width: 64em) {
    .groups,
    .cards {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
`;
