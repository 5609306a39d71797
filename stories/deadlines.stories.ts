import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dark, INVALID_DATA, MISSING, narrow, VIEWER } from './helpers.js';
import '../src/data-provider/data-provider.js';
import '../src/deadlines/deadlines.js';

/** The lab page's collection: its venues imported from the ccfddl tracker (demo/lab-venues.md). */
const LAB = 'demo/lab-venues.json';

/** Moments of the lab's venues (AoE, UTC−4, UTC, Pacific time). */
const LAB_NOW = {
  /** ASPLOS, NSDI, EuroSys, ICLR and VLDB deadlines in the weeks ahead; VLDB's passed four days ago. */
  september: '2026-09-05T08:00:00Z',
  /** OSDI 2027 three days ahead, VLDB's monthly rounds after it. */
  november: '2026-11-28T08:00:00Z',
} as const;

/** A collection with rounds still to be announced: listed last, never counted down. */
const TO_BE_ANNOUNCED = {
  collection: { name: 'Venues with dates to come' },
  conferences: [
    {
      conference: {
        name: 'Workshop on Learned Systems',
        shortName: 'LearnSys 2027',
        timeZone: 'AoE',
        start: '2027-03-02',
        venue: 'Online',
      },
      dates: [
        { id: 'paper', label: 'Paper deadline', kind: 'paper', at: 'TBD' },
        { id: 'abstract', label: 'Abstract deadline', kind: 'abstract', at: '2026-10-02' },
      ],
    },
    {
      conference: { name: 'A Later Conference', shortName: 'Later 2027', timeZone: 'UTC' },
      dates: [{ id: 'paper', label: 'Paper deadline', kind: 'paper', at: 'TBD' }],
    },
  ],
};

/** A deadline moved twice: the board marks it extended and strikes the earlier values. */
const EXTENDED = {
  collection: { name: 'Extended deadlines' },
  conferences: [
    {
      conference: {
        name: 'Symposium on Example Systems',
        shortName: 'SES 2027',
        url: 'https://example.org/ses27',
        timeZone: 'America/New_York',
        start: '2027-05-10',
        end: '2027-05-12',
        venue: 'Boston, MA',
      },
      dates: [
        {
          id: 'paper',
          label: 'Paper deadline',
          kind: 'paper',
          at: '2026-09-18T23:59',
          previously: ['2026-09-04T23:59', '2026-09-11T23:59'],
        },
      ],
    },
    {
      conference: { name: 'Workshop on Quiet Systems', shortName: 'Quiet 2027', timeZone: 'AoE' },
      dates: [{ id: 'paper', label: 'Paper deadline', kind: 'paper', at: '2026-09-25' }],
    },
  ],
};

/** A collection whose one referenced file is not there: the rest is shown, with a notice. */
const ONE_MISSING = {
  collection: { name: 'Our venues, one file missing' },
  conferences: [{ src: 'demo/osdi-2027.json' }, { src: 'demo/no-such-venue.json' }],
};

interface Args {
  src?: string;
  data?: unknown;
  tags?: string;
  kinds?: string;
  limit?: number;
  past?: number;
  now?: string;
  locale?: string;
  'time-zone'?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/conf-deadlines',
  component: 'conf-deadlines',
  args: {
    src: LAB,
    past: 7,
    now: LAB_NOW.september,
    locale: VIEWER.locale,
    'time-zone': VIEWER.timeZone,
  },
  render: (args) =>
    html`<conf-deadlines
      src=${ifDefined(args.src)}
      .data=${args.data}
      tags=${ifDefined(args.tags)}
      kinds=${ifDefined(args.kinds)}
      limit=${ifDefined(args.limit)}
      past=${ifDefined(args.past)}
      now=${ifDefined(args.now)}
      locale=${ifDefined(args.locale)}
      time-zone=${ifDefined(args['time-zone'])}
    >
      <p>Our venues' deadlines: <a href="demo/lab-venues.json">lab-venues.json</a>.</p>
    </conf-deadlines>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The lab's twelve venues in September 2026: sorted by instant across zones, one passed, the feed. */
export const ManyVenues: Story = {};

/** Only the venues tagged `nw` or `ds` (networking, distributed systems). */
export const FilteredByTags: Story = { name: 'Filtered: tags', args: { tags: 'nw ds' } };

/** Only abstract deadlines, at most four. */
export const FilteredByKinds: Story = {
  name: 'Filtered: kinds and limit',
  args: { kinds: 'abstract', limit: 4 },
};

/** No venue with the tag: "No upcoming deadlines", naming it. */
export const Empty: Story = { args: { tags: 'quantum' } };

/** Rounds to be announced: listed last, with no time left. */
export const ToBeAnnounced: Story = {
  name: 'To be announced',
  args: { src: undefined, data: TO_BE_ANNOUNCED },
};

/** An extended deadline: marked, its earlier values struck through. */
export const Extended: Story = { args: { src: undefined, data: EXTENDED } };

/** One referenced file is missing: the others are shown, with a notice naming it. */
export const OneFileMissing: Story = {
  name: 'One referenced file missing',
  args: { src: undefined, data: ONE_MISSING, now: LAB_NOW.november },
  // the browser's 404 for the missing file is expected (the tag's filter in the test)
  tags: ['missing-image'],
};

/** In a 240 px sidebar: the next five. */
export const Narrow: Story = { args: { limit: 5 }, decorators: [narrow] };

/** On a dark page. */
export const Dark: Story = { args: { limit: 5 }, decorators: [dark], tags: ['dark'] };

/** In German, for a viewer in Berlin. */
export const German: Story = { args: { locale: 'de', limit: 5 } };

/** In Chinese, for a viewer in Shanghai. */
export const Chinese: Story = { args: { locale: 'zh', 'time-zone': 'Asia/Shanghai', limit: 5 } };

/** Inside a `<conf-data>` whose file is still loading. */
export const Loading: Story = {
  tags: ['state-loading'],
  render: () =>
    html`<conf-data>
      <conf-deadlines><p>Our venues' deadlines are on the lab's wiki.</p></conf-deadlines>
    </conf-data>`,
};

/** The collection file is not there. */
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
