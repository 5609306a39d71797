import { css } from 'lit';
import { utilityStyles } from '../shared/utility.styles.js';

/**
 * Styles of a date list and its items (`renderDateItem`), shared by `<conf-dates>` and
 * `<conf-cfp>`. Narrow (a 240 px sidebar): each date stacked, label over time. From
 * 34em of container width: label | time | calendar link in aligned columns.
 */
export const dateItemStyles = css`
  ${utilityStyles}

  :host {
    --_next-accent: var(--conf-dates-next-accent, var(--_accent));
  }

  .dates {
    display: grid;
    gap: calc(var(--_space) * 0.25);
  }

  .date {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas:
      'head calendar'
      'when calendar'
      'note note';
    column-gap: calc(var(--_space) * 0.5);
    row-gap: 0.125em;
    align-items: start;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.625);
    border-inline-start: 0.25em solid transparent;
    border-radius: var(--_radius);
  }

  .date + .date {
    border-top: 1px solid var(--_border);
    border-start-start-radius: 0;
    border-start-end-radius: 0;
  }

  .head {
    grid-area: head;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.5em;
  }

  .label {
    font-weight: 600;
  }

  .when {
    grid-area: when;
    display: flex;
    flex-direction: column;
    font-variant-numeric: tabular-nums;
  }

  .viewer-zone,
  .previously,
  .note {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .your-time {
    white-space: nowrap;
  }

  .shift,
  .status,
  .extended {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: 0.75em;
    /* never under 11 px, on pages with a tiny root size (html { font-size: 62.5% }) */
    font-size: max(0.8em, 11px);
    font-weight: 600;
    line-height: 1.4;
    white-space: nowrap;
  }

  .shift {
    /* its own direction, from its words: "+1 day" on a right-to-left page is not "day 1+" */
    unicode-bidi: plaintext;
    border-color: var(--_border);
    color: inherit;
    font-weight: 600;
  }

  .status.next {
    border-color: var(--_next-accent);
    background: var(--_surface);
  }

  .status.past,
  .extended {
    border-color: var(--_border);
    color: var(--_muted);
    font-weight: 500;
  }

  .tbd {
    font-style: italic;
    color: var(--_muted);
  }

  .previously s {
    text-decoration-thickness: 1px;
  }

  .note {
    grid-area: note;
    margin: 0.125em 0 0;
  }

  /* The next deadline: a bar and a tint (and the word "next", not colour alone). */
  .date.next {
    border-inline-start-color: var(--_next-accent);
    background: var(--_surface);
  }

  .date.next .label {
    font-weight: 700;
  }

  /* Passed dates recede (and say "passed"). */
  /* Only text not already muted: --_muted mixes currentColor, so nesting it would fade twice. */
  .date.past .label,
  .date.past .data-zone {
    color: var(--_muted);
  }

  .date.past .label {
    font-weight: 500;
  }

  .calendar {
    grid-area: calendar;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.375em;
    /* WCAG 2.5.8: at least 24 × 24 CSS px, whatever the page's font size. */
    min-inline-size: max(2em, 24px);
    min-block-size: max(2em, 24px);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: inherit;
    text-decoration: none;
  }

  .calendar:hover {
    background: var(--_surface);
    border-color: currentColor;
  }

  @container (min-width: 34em) {
    .date {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto;
      grid-template-areas:
        'head when calendar'
        'note note calendar';
      column-gap: var(--_space);
    }
  }

  @media (forced-colors: active) {
    .date.next {
      border-inline-start-color: Highlight;
    }
  }
`;
