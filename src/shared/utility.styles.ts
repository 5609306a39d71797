import { css } from 'lit';

/**
 * Rules more than one widget uses (the countdown, and the date items of `<conf-dates>`
 * and `<conf-cfp>`), not every widget, so not in the base sheet.
 */
export const utilityStyles = css`
  /* Text for screen readers only: off screen, never display: none. */
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* "AoE: Anywhere on Earth, UTC−12", once under the times (src/shared/aoe.ts). */
  .aoe-note {
    margin: 0.5em 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }

  /* A decorative inline icon, the size of the text. */
  .icon {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
  }
`;
