import { css } from 'lit';
import { dateItemStyles } from '../dates/date-item.styles.js';

/**
 * The board of deadlines. It reuses the date items' sheet for the pieces it shares with
 * them (times, "+1 day", struck-through earlier dates, the calendar link, the marks).
 * Narrow (a 240 px sidebar): each row stacked — conference and deadline, time left,
 * when, where. From 36em of container width: the time left in a column of its own, the
 * calendar link at the end.
 */
export const deadlinesStyles = [
  dateItemStyles,
  css`
    :host {
      --_next-accent: var(--conf-deadlines-next-accent, var(--_accent));
    }

    .rows {
      display: grid;
    }

    .row {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas:
        'head calendar'
        'left calendar'
        'when when'
        'about about';
      column-gap: calc(var(--_space) * 0.5);
      row-gap: 0.125em;
      align-items: start;
      padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.625);
      border-inline-start: 0.25em solid transparent;
      /* A long board: rows off screen are not laid out or painted until scrolled to. */
      content-visibility: auto;
      contain-intrinsic-size: auto 7em;
    }

    .row + .row {
      border-top: 1px solid var(--_border);
    }

    .row p {
      margin: 0;
    }

    .head {
      grid-area: head;
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.125em 0.5em;
    }

    .conference {
      font-weight: 700;
    }

    .left {
      grid-area: left;
      font-variant-numeric: tabular-nums;
      font-weight: 600;
    }

    .about {
      grid-area: about;
      color: var(--_muted);
      font-size: 0.9em;
    }

    .row.next {
      border-inline-start-color: var(--_next-accent);
      background: var(--_surface);
    }

    .row.past .conference,
    .row.past .label,
    .row.past .data-zone {
      color: var(--_muted);
    }

    .notice {
      margin-block-end: 0.5em;
    }

    .empty {
      margin: 0;
      color: var(--_muted);
    }

    .subscribe {
      margin-block-start: 0.75em;
    }

    .subscribe summary {
      display: inline-flex;
      align-items: center;
      gap: 0.375em;
      min-block-size: max(2em, 24px);
      padding: 0 0.625em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      cursor: pointer;
    }

    .subscribe summary:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }

    .subscribe ul {
      display: grid;
      gap: 0.5em;
      margin-block: 0.75em 0.5em;
    }

    .hint {
      color: var(--_muted);
      font-size: 0.9em;
      margin: 0;
    }

    .copy input {
      display: block;
      inline-size: 100%;
      min-block-size: max(2em, 24px);
      padding: 0 0.5em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      font: inherit;
      color: inherit;
      background: transparent;
    }

    @container (min-width: 36em) {
      .row {
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr) auto;
        grid-template-areas:
          'head left calendar'
          'when when calendar'
          'about about calendar';
        column-gap: var(--_space);
      }

      .left {
        text-align: end;
      }
    }

    @media (forced-colors: active) {
      .row.next {
        border-inline-start-color: Highlight;
      }
    }
  `,
];
