import { css } from 'lit';
import { dateItemStyles } from './date-item.styles.js';

export const datesStyles = [
  dateItemStyles,
  css`
    .all {
      margin: calc(var(--_space) * 0.5) 0 0;
    }

    .all .calendar {
      padding: 0.25em 0.75em;
    }

    .empty {
      margin: 0;
      color: var(--_muted);
    }
  `,
];
