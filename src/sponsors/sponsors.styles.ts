import { css } from 'lit';

/*
 * Tiles are all the same size within a row (grid), and a logo is drawn inside a box
 * of fixed height with `object-fit: contain`: whatever a logo's shape, and whenever
 * it loads, nothing around it moves. Narrow containers (sidebars) get smaller tiles,
 * so two fit side by side.
 */
export const sponsorsStyles = css`
  :host {
    --_logo-height: var(--conf-sponsors-logo-height, 3em);
    --_tile-width: var(--conf-sponsors-tile-width, 9em);
    --_tile-background: var(--conf-sponsors-tile-background, transparent);
    --_plate: var(--conf-sponsors-plate, #f4f4f5);
  }

  .tier + .tier {
    margin-block-start: calc(var(--_space) * 1.5);
  }

  .tier-title {
    margin: 0 0 calc(var(--_space) * 0.6);
    font-size: 1.1em;
    font-weight: 600;
    line-height: 1.25;
  }

  .wall {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_tile-width)), 1fr));
    gap: calc(var(--_space) * 0.75);
  }

  /*
   * A bare "::part(sponsor)" rule on the page reaches this part of every host (it
   * means "*::part(sponsor)"). Against author-level hiding rules of that kind,
   * "!important" here wins: for important declarations the shadow tree's own styles
   * beat the page's (CSS Cascade, "context"). The page can style the part in every
   * other way.
   */
  .tile {
    display: grid !important;
    min-inline-size: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_tile-background);
  }

  .face {
    display: grid;
    place-items: center;
    min-block-size: calc(var(--_logo-height) + 1.5em);
    padding: 0.75em;
    border-radius: inherit;
    color: inherit;
    text-align: center;
    text-decoration: none;
  }

  a.face:hover {
    background: var(--_surface);
  }

  a.face:hover .name {
    text-decoration: underline;
    text-decoration-color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  picture {
    display: contents;
  }

  img {
    display: block;
    inline-size: 100%;
    block-size: var(--_logo-height);
    object-fit: contain;
  }

  .name {
    font-weight: 600;
    line-height: 1.25;
  }

  .call {
    margin: calc(var(--_space) * 1.25) 0 0;
  }

  .call:first-child {
    margin-block-start: 0;
  }

  .call-link {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
    font-weight: 600;
  }

  .call-link::after {
    content: '→';
    content: '→' / '';
    margin-inline-start: 0.3em;
  }

  .note {
    color: var(--_muted);
  }

  @container (max-width: 24em) {
    .wall {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 6em), 1fr));
      gap: 0.5em;
    }

    .face {
      padding: 0.5em;
    }
  }

  @media (prefers-color-scheme: dark) {
    /* Logos drawn for light backgrounds, with no logoDark: a light plate keeps them legible. */
    .plate .face,
    .plate a.face:hover {
      background: var(--_plate);
    }
  }
`;
