// The states every widget is checked in with axe (test/a11y.test.ts on light and dark
// pages; test/preferences/ with the browser's dark scheme): one place, so both passes
// check the same states.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { ConfElement } from '../../src/shared/conf-element.js';
import { WIDGETS, fresh, settled, widget, type WidgetTag } from '../trust/widgets.js';

const MLSYS_BEFORE = '2022-03-01T12:00:00Z'; // camera-ready next, the portal opening past
const WORKSHOP_BEFORE = '2017-10-15T12:00:00Z'; // submission next
const ALL_PASSED = '2030-01-01T00:00:00Z';

/** A small file with a bit of everything: extended, TBD, photo, logo, email, links. */
export const SMALL = {
  conference: { name: 'Small Conference', shortName: 'SC 2031', timeZone: 'Europe/Berlin' },
  dates: [
    { id: 'abstract', label: 'Abstract deadline', at: '2031-01-10', previously: ['2031-01-03'] },
    { id: 'paper', label: 'Paper deadline', at: '2031-01-20T23:59', url: 'https://example.org/p' },
    { id: 'rebuttal', label: 'Rebuttal', at: 'TBD' },
  ],
  committees: [
    {
      id: 'org',
      title: 'Organizers',
      members: [
        {
          name: 'Ada Lovelace',
          role: 'Chair',
          affiliation: 'Engines Ltd.',
          email: 'ada@example.org',
          url: 'https://example.org/ada',
          photo: '/test/fixtures/photo.svg',
        },
      ],
      links: [{ label: 'Program committee', url: 'https://example.org/pc' }],
    },
  ],
  sponsors: {
    tiers: [
      {
        id: 'gold',
        label: 'Gold',
        sponsors: [{ name: 'Acme', url: 'https://acme.example', logo: '/test/fixtures/logo.svg' }],
      },
    ],
    call: { label: 'Become a sponsor', url: 'https://example.org/sponsor', open: true },
  },
  topics: ['Compilers'],
  cfp: {
    deadlines: ['abstract', 'paper', 'rebuttal'],
    submission: { styleUrl: 'https://example.org/style', submitUrl: 'https://example.org/submit' },
  },
};

/** A moment when SMALL has a past date, a next one, an extended one and one to be announced. */
export const SMALL_NOW = '2031-01-12T00:00:00Z';

export interface State {
  readonly name: string;
  /** Attributes and data per widget; undefined: the widget is left out of this state. */
  readonly make: (tag: WidgetTag) => ConfElement | undefined;
  readonly width?: number;
}

const seed = (tag: WidgetTag) => (tag === 'conf-cfp' ? 'workshop-2017' : 'mlsys-2022');

export const STATES: State[] = [
  {
    name: 'ready, MLSys 2022 seed',
    make: (tag) => widget(tag, { src: '/demo/mlsys-2022.json', now: MLSYS_BEFORE }),
  },
  {
    name: 'ready, 2017 workshop seed',
    make: (tag) => widget(tag, { src: '/demo/workshop-2017.json', now: WORKSHOP_BEFORE }),
  },
  {
    name: 'past and next, extended, to be announced, photos and logos',
    make: (tag) => widget(tag, { now: SMALL_NOW }, SMALL),
  },
  {
    name: 'a passed deadline, and no deadlines left',
    make: (tag) =>
      widget(
        tag,
        tag === 'conf-countdown'
          ? { src: '/demo/mlsys-2022.json', now: ALL_PASSED, date: 'camera-ready' }
          : { src: `/demo/${seed(tag)}.json`, now: ALL_PASSED },
      ),
  },
  {
    name: 'nothing left to show (upcoming only, no deadlines left)',
    make: (tag) =>
      tag === 'conf-dates' || tag === 'conf-countdown'
        ? widget(tag, { src: '/demo/mlsys-2022.json', now: ALL_PASSED, upcoming: '' })
        : undefined,
  },
  {
    name: 'error',
    make: (tag) => {
      const el = widget(tag, { src: fresh('/__fault/500') });
      el.append(Object.assign(document.createElement('p'), { textContent: 'See the CFP page.' }));
      return el;
    },
  },
  {
    name: 'narrow, 260 px',
    width: 260,
    make: (tag) => widget(tag, { src: `/demo/${seed(tag)}.json`, now: MLSYS_BEFORE }),
  },
];

/** All widgets of a state on one page (in a sidebar when the state has a width). */
export async function render(state: State): Promise<ConfElement[]> {
  const page = await fixture<HTMLElement>(html`<main></main>`);
  if (state.width) page.style.width = `${state.width}px`;
  const widgets = WIDGETS.flatMap((tag) => state.make(tag) ?? []);
  page.append(...widgets);
  await Promise.all(widgets.map(settled));
  return widgets;
}

/** Every widget with SMALL at SMALL_NOW, on one page, settled. */
export function renderSmall(): Promise<ConfElement[]> {
  return render({ name: 'small', make: (tag) => widget(tag, { now: SMALL_NOW }, SMALL) });
}

export async function expectAccessible(widgets: ConfElement[]) {
  for (const el of widgets) await expect(el, el.localName).to.be.accessible();
}

/**
 * One test per state, and one for the loading state: every widget in it passes axe —
 * on a dark page (body #111, text #eee; the widgets inherit the page's colours) with
 * `darkPage`.
 */
export function itPassesAxeInEveryState({ darkPage = false } = {}): void {
  if (darkPage) {
    before(() => {
      document.body.style.background = '#111';
      document.body.style.color = '#eee';
    });
    after(() => {
      document.body.style.background = '';
      document.body.style.color = '';
    });
  }

  for (const state of STATES) {
    it(state.name, async () => {
      const widgets = await render(state);
      const expected = state.name === 'error' ? 'error' : 'ready';
      for (const el of widgets) expect(el.state, el.localName).to.equal(expected);
      await expectAccessible(widgets);
    });
  }

  it('loading, with the author’s fallback', async () => {
    // The fetch is held open, then answered: the loading state as long as needed.
    let answer!: (response: Response) => void;
    const held = new Promise<Response>((resolve) => (answer = resolve));
    const realFetch = window.fetch.bind(window);
    sinon.stub(window, 'fetch').callsFake(() => held);
    const page = await fixture<HTMLElement>(html`<main></main>`);
    const src = fresh('/demo/mlsys-2022.json');
    const widgets = WIDGETS.map((tag) => {
      const el = widget(tag, { src });
      el.append(Object.assign(document.createElement('p'), { textContent: 'Loading…' }));
      return el;
    });
    page.append(...widgets);
    await Promise.all(widgets.map((el) => el.updateComplete));
    for (const el of widgets) expect(el.state).to.equal('loading');
    await expectAccessible(widgets);
    answer(await realFetch('/demo/mlsys-2022.json'));
    await Promise.all(widgets.map(settled));
  });
}
