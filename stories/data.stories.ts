import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MISSING, MLSYS, MLSYS_NOW, VIEWER } from './helpers.js';
import '../src/index.js';

interface Args {
  src?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/conf-data',
  component: 'conf-data',
  args: { src: MLSYS },
  render: ({ src }) =>
    html`<conf-data src=${src ?? ''} lang=${VIEWER.locale}>
      <conf-countdown now=${MLSYS_NOW.cameraReadyWeek} time-zone=${VIEWER.timeZone}>
        <p>Camera-ready deadline: March 18, 2022.</p>
      </conf-countdown>
      <conf-dates
        deadlines-only
        upcoming
        now=${MLSYS_NOW.cameraReadyWeek}
        time-zone=${VIEWER.timeZone}
      >
        <p>See the MLSys site for the dates.</p>
      </conf-dates>
      <conf-topics layout="chips"><p>See the MLSys site for the topics.</p></conf-topics>
    </conf-data>`,
};
export default meta;

type Story = StoryObj<Args>;

/** One data file, fetched once, for every widget inside. */
export const SharedData: Story = {};

/** The file is not there: every widget inside shows the error. */
export const ErrorNotFound: Story = {
  name: 'Error: file not found',
  args: { src: MISSING },
  tags: ['state-error'],
};
