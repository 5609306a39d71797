import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dark, INVALID_DATA, MISSING, MLSYS, narrow, VIEWER } from './helpers.js';
import '../src/data-provider/data-provider.js';
import '../src/topics/topics.js';

interface Args {
  src?: string;
  data?: unknown;
  layout?: 'list' | 'columns' | 'chips';
  locale?: string;
  'time-zone'?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/conf-topics',
  component: 'conf-topics',
  args: { src: MLSYS, layout: 'list', locale: VIEWER.locale, 'time-zone': VIEWER.timeZone },
  render: (args) =>
    html`<conf-topics
      src=${ifDefined(args.src)}
      .data=${args.data}
      layout=${ifDefined(args.layout)}
      locale=${ifDefined(args.locale)}
      time-zone=${ifDefined(args['time-zone'])}
    >
      <p>The topics are listed on the <a href="https://mlsys.org/">MLSys site</a>.</p>
    </conf-topics>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The MLSys 2022 topics as a bulleted list. */
export const List: Story = {};

/** As many columns as fit. */
export const Columns: Story = { args: { layout: 'columns' } };

/** As chips. */
export const Chips: Story = { args: { layout: 'chips' } };

/** Chips in a 240 px sidebar. */
export const Narrow: Story = { args: { layout: 'chips' }, decorators: [narrow] };

/** On a dark page: the widget takes the page's text colour. */
export const Dark: Story = { args: { layout: 'chips' }, decorators: [dark], tags: ['dark'] };

/** Inside a `<conf-data>` whose file is still loading: the author's fallback shows. */
export const Loading: Story = {
  tags: ['state-loading'],
  render: () =>
    html`<conf-data>
      <conf-topics>
        <p>The topics are listed on the <a href="https://mlsys.org/">MLSys site</a>.</p>
      </conf-topics>
    </conf-data>`,
};

/** The data file is not there: the error names the URL, and the fallback stays. */
export const ErrorNotFound: Story = {
  name: 'Error: file not found',
  args: { src: MISSING },
  tags: ['state-error'],
};

/** The data is invalid: the error names the JSON path. */
export const ErrorInvalid: Story = {
  name: 'Error: invalid data',
  args: { src: undefined, data: INVALID_DATA },
  tags: ['state-error'],
};

/** The error message in German. */
export const ErrorGerman: Story = {
  name: 'Error, in German',
  args: { src: MISSING, locale: 'de' },
  tags: ['state-error'],
};
