import { css } from 'lit';

/**
 * The sheet every widget starts from. Public tokens (`--conf-*`) are read once here
 * into private ones (`--_*`) that the elements style with, so a page can theme from
 * `:root` or any ancestor. Font and text colour are inherited from the host page and
 * never set; `font-family` takes `--conf-font` only when the page gives one (an
 * undefined variable leaves the inherited value). Inherited text properties that
 * would break the layout (`white-space: nowrap`, centred text, wide tracking) are
 * reset, and no text gets smaller than legible on pages with a tiny root size.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--conf-accent, currentColor);
    --_radius: var(--conf-radius, 0.375em);
    --_space: var(--conf-space, 1em);
    --_muted: var(--conf-muted-color, color-mix(in srgb, currentColor 72%, transparent));
    --_surface: var(--conf-surface, color-mix(in srgb, currentColor 5%, transparent));
    --_border: var(--conf-border-color, color-mix(in srgb, currentColor 22%, transparent));
    --_focus: var(--conf-focus-color, Highlight);

    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    font-family: var(--conf-font);
    font-size: max(1em, 13px);
    line-height: var(--conf-line-height, 1.5);
    white-space: normal;
    text-align: start;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    overflow-wrap: anywhere;
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  a {
    color: inherit;
    text-decoration-color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  ul[role='list'],
  ol[role='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  /* A widget's word about its own attributes, e.g. an unknown committee or tier id. */
  .notice {
    margin: 0;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .error {
    margin: 0 0 0.5em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-inline-start: 0.25em solid var(--conf-error-color, #b3261e);
    border-radius: var(--_radius);
  }

  @media (prefers-color-scheme: dark) {
    .error {
      border-inline-start-color: var(--conf-error-color, #f2b8b5);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
