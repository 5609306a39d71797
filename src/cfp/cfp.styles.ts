import { css } from 'lit';
import { dateItemStyles } from '../dates/date-item.styles.js';

export const cfpStyles = [
  dateItemStyles,
  css`
    .cfp {
      display: flex;
      flex-direction: column;
      gap: var(--_space);
    }

    .cfp > *,
    section > * {
      margin: 0;
    }

    .title {
      font-size: 1.5em;
      line-height: 1.25;
    }

    .venue {
      color: var(--_muted);
      font-weight: 600;
    }

    .summary p {
      margin: 0;
      max-inline-size: 70ch;
    }

    .summary p + p {
      margin-block-start: 0.75em;
    }

    section {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 0.5);
    }

    .section-title {
      font-size: 1.125em;
      line-height: 1.3;
    }

    conf-countdown {
      padding: calc(var(--_space) * 0.75);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }

    .details {
      display: grid;
      gap: 0.25em;
    }

    .details li {
      padding-inline-start: 1em;
      position: relative;
    }

    /* A bullet drawn by CSS: list-style is none (role="list" keeps the semantics). */
    .details li::before {
      content: '';
      position: absolute;
      inset-inline-start: 0.2em;
      inset-block-start: 0.65em;
      inline-size: 0.35em;
      block-size: 0.35em;
      border-radius: 50%;
      background: currentColor;
    }

    .submit {
      display: inline-flex;
      align-items: center;
      min-block-size: max(2.25em, 24px);
      min-inline-size: 24px;
      padding: 0.25em 1em;
      border: 2px solid var(--_accent);
      border-radius: var(--_radius);
      font-weight: 600;
      text-decoration: none;
    }

    .submit:hover {
      background: var(--_surface);
    }

    .closed {
      padding: 0.5em 0.75em;
      border: 1px solid var(--_border);
      border-inline-start: 0.25em solid var(--_muted);
      border-radius: var(--_radius);
      font-weight: 600;
    }
  `,
];
