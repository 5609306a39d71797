import { css } from 'lit';
import { utilityStyles } from '../shared/utility.styles.js';

/**
 * Narrow (a 240 px sidebar): everything stacked, the units side by side with the word
 * under each number. Wide (from 34em): the units inline, number then word, with the
 * controls beside them. Colours derive from the inherited text colour and the tokens.
 */
export const countdownStyles = css`
  ${utilityStyles}

  :host {
    --_accent: var(--conf-countdown-accent, var(--conf-accent, currentColor));
    --_number-size: var(--conf-countdown-number-size, 2em);
  }

  .base {
    position: relative;
    display: grid;
    gap: calc(var(--_space) * 0.5);
    grid-template-columns: minmax(0, 1fr);
  }

  p {
    margin: 0;
  }

  .label {
    font-weight: 600;
  }

  .remaining {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.875em;
  }

  .unit {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    min-inline-size: 0;
  }

  .number {
    font-size: var(--_number-size);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
    color: var(--_accent);
  }

  .word {
    /* never under 11 px, on pages with a tiny root size (html { font-size: 62.5% }) */
    font-size: max(0.8125em, 11px);
    color: var(--_muted);
    overflow-wrap: normal;
  }

  .when,
  .extended,
  .tbd-text {
    font-size: 0.875em;
    color: var(--_muted);
  }

  .in-data-zone,
  .in-viewer-zone {
    display: block;
  }

  /* Kept together, and an atomic inline: WebKit does not break the line before an
     inline nowrap span, which then overflows a 260 px sidebar. */
  .your-time,
  .day-shift {
    display: inline-block;
    white-space: nowrap;
  }

  .day-shift {
    font-weight: 600;
    /* its own direction, from its words: "(+1 day)" on a right-to-left page is not "(day 1+)" */
    unicode-bidi: plaintext;
  }

  .extended-mark {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: max(0.875em, 11px);
    font-weight: 600;
  }

  del {
    text-decoration-thickness: 0.1em;
  }

  .message {
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.25em;
  }

  .control {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.375em;
    /* WCAG 2.5.8: at least 24 × 24 CSS px, whatever the page's font size. */
    min-block-size: max(2.25em, 24px);
    min-inline-size: max(2.25em, 24px);
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
    font-size: max(0.875em, 12px);
    line-height: 1.2;
    text-decoration: none;
    cursor: pointer;
    transition: background-color 0.15s ease;
  }

  .control:hover {
    background: color-mix(in srgb, currentColor 10%, transparent);
  }

  .pause[aria-pressed='true'] {
    border-color: currentColor;
  }

  /* A very narrow sidebar: smaller numbers so four units still fit on one line. */
  @container (max-width: 17em) {
    .number {
      font-size: calc(var(--_number-size) * 0.85);
    }
    .word {
      font-size: max(0.75em, 11px);
    }
  }

  /* Sidebars: equal columns, the word under each number. */
  @container (max-width: 27.99em) {
    .remaining {
      display: grid;
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
      gap: 0.5em;
    }
  }

  /* Wider: the units inline, number then word. */
  @container (min-width: 28em) {
    .remaining {
      gap: 0.25em 1.25em;
    }
    .unit {
      flex-direction: row;
      align-items: baseline;
      gap: 0.3em;
    }
    .number {
      font-size: calc(var(--_number-size) * 1.25);
    }
    .word {
      font-size: 0.9375em;
    }
    .in-data-zone,
    .in-viewer-zone {
      display: inline;
    }
    .in-data-zone + .in-viewer-zone::before {
      content: ' · ';
      content: ' · ' / '';
    }
  }

  /* Full width: the controls in a column beside the label and the numbers. */
  @container (min-width: 44em) {
    .counting {
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas:
        'label actions'
        'remaining actions'
        'when actions'
        'extended actions';
      column-gap: calc(var(--_space) * 1.5);
    }
    .counting .label {
      grid-area: label;
    }
    .counting .remaining {
      grid-area: remaining;
    }
    .counting .when {
      grid-area: when;
    }
    .counting .extended {
      grid-area: extended;
    }
    .counting .actions {
      grid-area: actions;
      flex-direction: column;
      align-items: stretch;
      align-self: center;
      margin: 0;
    }
  }
`;
