import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dark, INVALID_DATA, MISSING, narrow, VIEWER, WORKSHOP, WORKSHOP_NOW } from './helpers.js';
import '../src/data-provider/data-provider.js';
import '../src/cfp/cfp.js';

interface Args {
  src?: string;
  data?: unknown;
  'heading-level'?: number;
  now?: string;
  locale?: string;
  'time-zone'?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/conf-cfp',
  component: 'conf-cfp',
  args: {
    src: WORKSHOP,
    'heading-level': 2,
    now: WORKSHOP_NOW.beforeSubmission,
    locale: VIEWER.locale,
    'time-zone': VIEWER.timeZone,
  },
  render: (args) =>
    html`<conf-cfp
      src=${ifDefined(args.src)}
      .data=${args.data}
      heading-level=${ifDefined(args['heading-level'])}
      now=${ifDefined(args.now)}
      locale=${ifDefined(args.locale)}
      time-zone=${ifDefined(args['time-zone'])}
    >
      <p>Call for papers: submissions due October 20, 2017 (AoE).</p>
    </conf-cfp>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Five days before the workshop's submission deadline: open, with a countdown. */
export const Open: Story = {};

/** After the submission deadline: closed, though the notification is still ahead. */
export const Closed: Story = { args: { now: WORKSHOP_NOW.afterSubmission } };

/** Long after: every date past. */
export const AllPast: Story = { args: { now: WORKSHOP_NOW.after } };

/** For a viewer in Los Angeles: the AoE deadline falls on the same day there. */
export const LosAngeles: Story = { args: { 'time-zone': 'America/Los_Angeles' } };

/** In a 240 px sidebar. */
export const Narrow: Story = { decorators: [narrow] };

/** On a dark page. */
export const Dark: Story = { decorators: [dark], tags: ['dark'] };

/** In German. */
export const German: Story = { args: { locale: 'de' } };

/** In Chinese, for a viewer in Shanghai. */
export const Chinese: Story = { args: { locale: 'zh', 'time-zone': 'Asia/Shanghai' } };

/** Inside a `<conf-data>` whose file is still loading. */
export const Loading: Story = {
  tags: ['state-loading'],
  render: () =>
    html`<conf-data>
      <conf-cfp><p>Call for papers: submissions due October 20, 2017 (AoE).</p></conf-cfp>
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
