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
import '../src/countdown/countdown.js';

interface Args {
  src?: string;
  data?: unknown;
  date?: string;
  precision?: 'seconds' | 'minutes' | 'days';
  now?: string;
  locale?: string;
  'time-zone'?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/conf-countdown',
  component: 'conf-countdown',
  args: {
    src: MLSYS,
    precision: 'seconds',
    now: MLSYS_NOW.cameraReadyWeek,
    locale: VIEWER.locale,
    'time-zone': VIEWER.timeZone,
  },
  render: (args) =>
    html`<conf-countdown
      src=${ifDefined(args.src)}
      .data=${args.data}
      date=${ifDefined(args.date)}
      precision=${ifDefined(args.precision)}
      now=${ifDefined(args.now)}
      locale=${ifDefined(args.locale)}
      time-zone=${ifDefined(args['time-zone'])}
    >
      <p>Camera-ready deadline: March 18, 2022, 1:00 PM PDT.</p>
    </conf-countdown>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Six days before the MLSys 2022 camera-ready deadline (a wall-clock time in Los Angeles). */
export const NextDeadline: Story = {};

/** A month ahead, counted in minutes. */
export const Minutes: Story = {
  args: { precision: 'minutes', now: MLSYS_NOW.beforeCameraReady },
};

/** Counted in days. */
export const Days: Story = { args: { precision: 'days', now: MLSYS_NOW.beforeCameraReady } };

/** A date picked by id, rather than the next deadline. */
export const PickedDate: Story = { args: { date: 'early-pricing-ends', now: MLSYS_NOW.summer } };

/** The workshop's date-only deadline in AoE: it ends a day later in Berlin ("+1 day"). */
export const AnywhereOnEarth: Story = {
  name: 'Anywhere on Earth (workshop)',
  args: { src: WORKSHOP, now: WORKSHOP_NOW.beforeSubmission },
};

/** The same, for a viewer in India. */
export const AnywhereOnEarthKolkata: Story = {
  name: 'Anywhere on Earth, viewer in Kolkata',
  args: { src: WORKSHOP, now: WORKSHOP_NOW.beforeSubmission, 'time-zone': 'Asia/Kolkata' },
};

/** A date picked by id that has passed. */
export const PastDeadline: Story = { args: { date: 'camera-ready', now: MLSYS_NOW.summer } };

/** After the last deadline. */
export const NoDeadlinesLeft: Story = { args: { now: MLSYS_NOW.after } };

/** The author's own words when it is over (`slot="done"`). */
export const DoneSlot: Story = {
  name: 'Done, with the author’s words',
  args: { now: MLSYS_NOW.after },
  render: (args) =>
    html`<conf-countdown
      src=${ifDefined(args.src)}
      now=${ifDefined(args.now)}
      locale=${ifDefined(args.locale)}
      time-zone=${ifDefined(args['time-zone'])}
    >
      <span slot="done">See you next year at <a href="https://mlsys.org/">MLSys</a>!</span>
    </conf-countdown>`,
};

/** In a 240 px sidebar. */
export const Narrow: Story = { decorators: [narrow] };

/** On a dark page. */
export const Dark: Story = { decorators: [dark], tags: ['dark'] };

/** In German. */
export const German: Story = { args: { locale: 'de' } };

/** In Chinese, for a viewer in Shanghai. */
export const Chinese: Story = { args: { locale: 'zh', 'time-zone': 'Asia/Shanghai' } };

/** Inside a `<conf-data>` whose file is still loading: the author's fallback shows. */
export const Loading: Story = {
  tags: ['state-loading'],
  render: () =>
    html`<conf-data>
      <conf-countdown><p>Camera-ready deadline: March 18, 2022, 1:00 PM PDT.</p></conf-countdown>
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

/** The error in Chinese. */
export const ErrorChinese: Story = {
  name: 'Error, in Chinese',
  args: { src: MISSING, locale: 'zh' },
  tags: ['state-error'],
};
