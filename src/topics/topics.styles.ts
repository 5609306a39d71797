import { css } from 'lit';

export const topicsStyles = css`
  :host {
    --_chip-background: var(--conf-topics-chip-background, var(--_surface));
  }

  .topics {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .topics li + li {
    margin-block-start: 0.25em;
  }

  .columns {
    columns: 16em auto;
    column-gap: calc(var(--_space) * 2);
  }

  .columns li {
    break-inside: avoid;
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    list-style: none;
    padding: 0;
  }

  .chips li + li {
    margin: 0;
  }

  .chips li {
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    background: var(--_chip-background);
  }
`;
