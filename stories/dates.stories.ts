import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  dark,
  INVALID_DATA,
  MISSING,
  MLSYS,
  MLSYS_NOW,
  narrow,
  VIEWER,
  WORKSHOP,
  WORKSHOP_NOW,
} from './helpers.js';
import '../src/data-provider/data-provider.js';
import '../src/dates/dates.js';

interface Args {
  src?: string;
  data?: unknown;
  upcoming?: boolean;
  'deadlines-only'?: boolean;
  now?: string;
  locale?: string;
  'time-zone'?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/conf-dates',
  component: 'conf-dates',
  args: {
    src: MLSYS,
    upcoming: false,
    'deadlines-only': false,
    now: MLSYS_NOW.summer,
    locale: VIEWER.locale,
    'time-zone': VIEWER.timeZone,
  },
  render: (args) =>
    html`<conf-dates
      src=${ifDefined(args.src)}
      .data=${args.data}
      ?upcoming=${args.upcoming}
      ?deadlines-only=${args['deadlines-only']}
      now=${ifDefined(args.now)}
      locale=${ifDefined(args.locale)}
      time-zone=${ifDefined(args['time-zone'])}
    >
      <p>See <a href="https://mlsys.org/Conferences/2022/Dates">all dates</a>.</p>
    </conf-dates>`,
};
export default meta;

type Story = StoryObj<Args>;

/** MLSys 2022 in July: past dates marked, the next deadline highlighted. */
export const AllDates: Story = {};

/** Only what is still ahead. */
export const Upcoming: Story = { args: { upcoming: true } };

/** Only deadlines (no events). */
export const DeadlinesOnly: Story = { args: { 'deadlines-only': true } };

/** Early in the year: nothing has passed yet but the sponsor portal. */
export const BeforeCameraReady: Story = { args: { now: MLSYS_NOW.beforeCameraReady } };

/** The workshop: date-only AoE deadlines and an event in Los Angeles. */
export const Workshop: Story = { args: { src: WORKSHOP, now: WORKSHOP_NOW.beforeSubmission } };

/** The workshop for a viewer in Kolkata (UTC+5:30): "+1 day" on the AoE dates. */
export const WorkshopKolkata: Story = {
  name: 'Workshop, viewer in Kolkata',
  args: { src: WORKSHOP, now: WORKSHOP_NOW.beforeSubmission, 'time-zone': 'Asia/Kolkata' },
};

/** After the conference: every date past. */
export const AllPast: Story = { args: { now: MLSYS_NOW.after } };

/** Upcoming only, after the conference: nothing left to show. */
export const NoneLeft: Story = { args: { now: MLSYS_NOW.after, upcoming: true } };

/** In a 240 px sidebar. */
export const Narrow: Story = { args: { 'deadlines-only': true }, decorators: [narrow] };

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
      <conf-dates><p>Camera-ready deadline: March 18, 2022.</p></conf-dates>
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
