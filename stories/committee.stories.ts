import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  dark,
  ILLUSTRATED,
  INVALID_DATA,
  MISSING,
  MLSYS,
  narrow,
  VIEWER,
  WORKSHOP,
} from './helpers.js';
import '../src/data-provider/data-provider.js';
import '../src/committee/committee.js';

interface Args {
  src?: string;
  data?: unknown;
  committee?: string;
  'heading-level'?: number;
  locale?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/conf-committee',
  component: 'conf-committee',
  args: { src: MLSYS, 'heading-level': 2, locale: VIEWER.locale },
  render: (args) =>
    html`<conf-committee
      src=${ifDefined(args.src)}
      .data=${args.data}
      committee=${ifDefined(args.committee)}
      heading-level=${ifDefined(args['heading-level'])}
      locale=${ifDefined(args.locale)}
    >
      <p>Organizing Committee: Diana Marculescu (General Chair), …</p>
    </conf-committee>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Every MLSys 2022 committee, each under its title. */
export const AllCommittees: Story = {};

/** The organizing committee: members grouped by role. */
export const Organizing: Story = { args: { committee: 'organizing' } };

/** The board: roles first, then members without one. */
export const Board: Story = { args: { committee: 'board', 'heading-level': 3 } };

/** The workshop's committee: affiliations and email links. */
export const WorkshopWithEmails: Story = { name: 'Workshop, with emails', args: { src: WORKSHOP } };

/** Photos, a link, a photo that fails (initials instead) and a name that looks like markup. */
export const Photos: Story = {
  args: { src: undefined, data: ILLUSTRATED },
  tags: ['missing-image'],
};

/** A committee id the data does not have. */
export const UnknownCommittee: Story = { args: { committee: 'program' } };

/** In a 240 px sidebar. */
export const Narrow: Story = { args: { committee: 'organizing' }, decorators: [narrow] };

/** On a dark page. */
export const Dark: Story = { args: { src: WORKSHOP }, decorators: [dark], tags: ['dark'] };

/** In German (the email links' names). */
export const German: Story = { args: { src: WORKSHOP, locale: 'de' } };

/** In Chinese. */
export const Chinese: Story = { args: { src: WORKSHOP, locale: 'zh' } };

/** Inside a `<conf-data>` whose file is still loading. */
export const Loading: Story = {
  tags: ['state-loading'],
  render: () =>
    html`<conf-data>
      <conf-committee
        ><p>Organizing Committee: Diana Marculescu (General Chair), …</p></conf-committee
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
