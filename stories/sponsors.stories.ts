import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dark, ILLUSTRATED, INVALID_DATA, MISSING, MLSYS, narrow, VIEWER } from './helpers.js';
import '../src/data-provider/data-provider.js';
import '../src/sponsors/sponsors.js';

interface Args {
  src?: string;
  data?: unknown;
  tier?: string;
  'heading-level'?: number;
  locale?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/conf-sponsors',
  component: 'conf-sponsors',
  args: { src: MLSYS, 'heading-level': 2, locale: VIEWER.locale },
  render: (args) =>
    html`<conf-sponsors
      src=${ifDefined(args.src)}
      .data=${args.data}
      tier=${ifDefined(args.tier)}
      heading-level=${ifDefined(args['heading-level'])}
      locale=${ifDefined(args.locale)}
    >
      <p>Student travel awards: National Science Foundation (NSF).</p>
    </conf-sponsors>`,
};
export default meta;

type Story = StoryObj<Args>;

/** MLSys 2022: one tier without logos, and the closed sponsorship call. */
export const Mlsys: Story = { name: 'MLSys 2022' };

/** Logos by tier, a sponsor without a logo, a logo that fails (its name instead), an open call. */
export const Logos: Story = {
  args: { src: undefined, data: ILLUSTRATED },
  tags: ['missing-image'],
};

/** One tier alone (no call). */
export const OneTier: Story = { args: { src: undefined, data: ILLUSTRATED, tier: 'gold' } };

/** A tier id the data does not have. */
export const UnknownTier: Story = { args: { tier: 'platinum' } };

/** In a 240 px sidebar. */
export const Narrow: Story = {
  args: { src: undefined, data: ILLUSTRATED, tier: 'gold' },
  decorators: [narrow],
};

/** On a dark page: logos without a dark version sit on a light plate. */
export const Dark: Story = {
  args: { src: undefined, data: ILLUSTRATED, tier: 'gold' },
  decorators: [dark],
  tags: ['dark'],
};

/** In German. */
export const German: Story = { args: { locale: 'de' } };

/** In Chinese. */
export const Chinese: Story = { args: { locale: 'zh' } };

/** Inside a `<conf-data>` whose file is still loading. */
export const Loading: Story = {
  tags: ['state-loading'],
  render: () =>
    html`<conf-data>
      <conf-sponsors
        ><p>Student travel awards: National Science Foundation (NSF).</p></conf-sponsors
      >
    </conf-data>`,
};

/** The data file is not there. */
export const ErrorNotFound: Story = {
  name: 'Error: file not found',
  args: { src: MISSING },
  tags: ['state-error'],
};

/** The data is invalid. */
export const ErrorInvalid: Story = {
  name: 'Error: invalid data',
  args: { src: undefined, data: INVALID_DATA },
  tags: ['state-error'],
};
