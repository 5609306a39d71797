// Accessibility of every widget in every state, light and dark (spec §3, WCAG 2.2 AA):
// - axe (`expect(el).to.be.accessible()`) on each widget: ready on both seeds, loading,
//   error, past/next/passed/to be announced, nothing left, in a 260 px sidebar — on a
//   light page and on a dark one (body #111 on #eee: the widgets inherit the page's
//   colours); and with `prefers-color-scheme: dark` emulated. Emulation exists only
//   in Chromium here: @web/test-runner-commands' emulateMedia needs CDP (puppeteer's
//   Firefox runs over WebDriver BiDi, which has no media emulation; the WebKit
//   WebDriver launcher has none at all), so the emulated-dark and reduced-motion cases
//   run in Chromium and the dark host page in all three engines;
// - keyboard: every control (Pause, calendar links, links) reached with Tab, in order,
//   each visibly focused (:focus-visible with an outline or box shadow of some width);
// - prefers-reduced-motion: no animation or transition runs (Chromium, emulated), and in
//   every engine each widget's styles switch them off under that media query;
// - the countdown: no live region whose text changes with the seconds, and what a screen
//   reader reads changes at most once a minute.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { ConfElement } from '../src/shared/conf-element.js';
import {
  WIDGETS,
  deepActiveElement,
  deepElements,
  fresh,
  settled,
  widget,
  type WidgetTag,
} from './trust/widgets.js';

/** emulateMedia works through CDP only: Chromium (see the header). */
const canEmulate = /Chrome\//.test(navigator.userAgent) && !/Firefox\//.test(navigator.userAgent);

const MLSYS_BEFORE = '2022-03-01T12:00:00Z'; // camera-ready next, the portal opening past
const WORKSHOP_BEFORE = '2017-10-15T12:00:00Z'; // submission next
const ALL_PASSED = '2030-01-01T00:00:00Z';

/** A small file with a bit of everything: extended, TBD, photo, logo, email, links. */
const SMALL = {
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

interface State {
  readonly name: string;
  /** Attributes and data per widget; undefined: the widget is left out of this state. */
  readonly make: (tag: WidgetTag) => ConfElement | undefined;
  readonly width?: number;
}

const seed = (tag: WidgetTag) => (tag === 'conf-cfp' ? 'workshop-2017' : 'mlsys-2022');

const STATES: State[] = [
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
    make: (tag) => widget(tag, { now: '2031-01-12T00:00:00Z' }, SMALL),
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
async function render(state: State): Promise<ConfElement[]> {
  const page = await fixture<HTMLElement>(html`<main></main>`);
  if (state.width) page.style.width = `${state.width}px`;
  const widgets = WIDGETS.flatMap((tag) => state.make(tag) ?? []);
  page.append(...widgets);
  await Promise.all(widgets.map(settled));
  return widgets;
}

async function expectAccessible(widgets: ConfElement[]) {
  for (const el of widgets) await expect(el, el.localName).to.be.accessible();
}

const SCHEMES = [
  { name: 'light page', dark: false, emulate: false },
  { name: 'dark page (body #111, text #eee)', dark: true, emulate: false },
  { name: 'prefers-color-scheme: dark, dark page', dark: true, emulate: true },
].filter((scheme) => canEmulate || !scheme.emulate);

describe('accessibility: axe in every state, light and dark', function () {
  this.timeout(60_000);

  beforeEach(() => {
    sinon.stub(console, 'warn');
    sinon.stub(console, 'error');
  });
  afterEach(() => sinon.restore());

  for (const scheme of SCHEMES) {
    describe(scheme.name, () => {
      before(async () => {
        if (scheme.dark) {
          document.body.style.background = '#111';
          document.body.style.color = '#eee';
        }
        if (scheme.emulate) await emulateMedia({ colorScheme: 'dark' });
      });
      after(async () => {
        document.body.style.background = '';
        document.body.style.color = '';
        if (scheme.emulate) await emulateMedia({ colorScheme: 'light' });
      });

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
    });
  }
});

describe('accessibility: keyboard', function () {
  this.timeout(60_000);
  beforeEach(() => sinon.stub(console, 'warn'));
  afterEach(() => sinon.restore());

  it('every control is reached with Tab, in order, and visibly focused', async () => {
    const page = await fixture<HTMLElement>(
      html`<main>
        <button id="before">before</button>
        <div class="widgets"></div>
        <button id="after">after</button>
      </main>`,
    );
    const widgets = WIDGETS.map((tag) => widget(tag, { now: '2031-01-12T00:00:00Z' }, SMALL));
    page.querySelector('.widgets')!.append(...widgets);
    await Promise.all(widgets.map(settled));

    // Every control the widgets render, in document order (through shadow roots).
    const controls = deepElements(page.querySelector('.widgets')!).filter(
      (el) =>
        el.getRootNode() !== document &&
        (el.matches('button, a[href]') as boolean) &&
        (el as HTMLElement).offsetParent !== null,
    );
    expect(controls.length).to.be.greaterThan(10);
    const kinds = controls.map((el) => el.getAttribute('part') ?? el.localName);
    for (const part of [
      'pause',
      'calendar',
      'calendar-link',
      'email',
      'link',
      'call-link',
      'submit',
    ])
      expect(kinds, part).to.include(part);

    page.querySelector<HTMLButtonElement>('#before')!.focus();
    const reached: Element[] = [];
    for (let step = 0; step < controls.length + 5; step++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      if (!active || active.id === 'after') break;
      reached.push(active);
      const style = getComputedStyle(active);
      const outline = style.outlineStyle !== 'none' ? parseFloat(style.outlineWidth) : 0;
      const ring = style.boxShadow !== 'none' ? 1 : 0;
      const name = `${active.localName} ${active.getAttribute('part') ?? ''}`;
      expect(active.matches(':focus-visible'), `${name} :focus-visible`).to.equal(true);
      expect(outline + ring, `${name}: a visible focus ring`).to.be.greaterThan(0);
    }
    expect(reached.map((el) => el.getAttribute('part') ?? el.localName)).to.deep.equal(kinds);
    expect(reached).to.deep.equal(controls);
  });

  it('the Pause button works from the keyboard and says whether it is pressed', async () => {
    const el = widget('conf-countdown', {}, SMALL);
    const page = await fixture<HTMLElement>(html`<main></main>`);
    page.append(el);
    await settled(el);
    const pause = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="pause"]')!;
    expect(pause.getAttribute('aria-pressed')).to.equal('false');
    pause.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(pause.getAttribute('aria-pressed')).to.equal('true');
    expect(pause.textContent!.trim()).to.equal('Resume');
    await sendKeys({ press: ' ' }); // the space bar
    await el.updateComplete;
    expect(pause.getAttribute('aria-pressed')).to.equal('false');
    await expect(el).to.be.accessible();
  });
});

describe('accessibility: motion', function () {
  this.timeout(30_000);
  beforeEach(() => sinon.stub(console, 'warn'));
  afterEach(() => sinon.restore());

  it('each widget switches animations and transitions off under prefers-reduced-motion', async () => {
    const page = await fixture<HTMLElement>(html`<main></main>`);
    const widgets = WIDGETS.map((tag) => widget(tag, { now: '2031-01-12T00:00:00Z' }, SMALL));
    page.append(...widgets);
    await Promise.all(widgets.map(settled));
    for (const el of widgets) {
      const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
      const reduced = rules.filter(
        (rule): rule is CSSMediaRule =>
          rule instanceof CSSMediaRule &&
          /prefers-reduced-motion:\s*reduce/.test(rule.conditionText),
      );
      const stops = reduced.some((media) =>
        [...media.cssRules].some(
          (rule) =>
            rule instanceof CSSStyleRule &&
            rule.selectorText.split(',').some((selector) => selector.trim() === '*') &&
            rule.style.getPropertyPriority('transition-duration') === 'important' &&
            rule.style.getPropertyPriority('animation-name') === 'important',
        ),
      );
      expect(
        stops,
        `${el.localName}: * { transition: none !important; animation: none !important }`,
      ).to.equal(true);
    }
  });

  (canEmulate ? it : it.skip)(
    'with prefers-reduced-motion emulated, nothing moves (Chromium: emulation needs CDP)',
    async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const page = await fixture<HTMLElement>(html`<main></main>`);
        const widgets = WIDGETS.map((tag) => widget(tag, { now: '2031-01-12T00:00:00Z' }, SMALL));
        page.append(...widgets);
        await Promise.all(widgets.map(settled));
        // hover and press what has a transition
        for (const el of widgets) {
          for (const control of deepElements(el).filter((c) => c.matches('button, a[href]'))) {
            (control as HTMLElement).focus();
          }
          el.shadowRoot!.querySelector<HTMLButtonElement>('[part="pause"]')?.click();
          await el.updateComplete;
        }
        for (const el of widgets) {
          expect(el.shadowRoot!.getAnimations(), el.localName).to.deep.equal([]);
          for (const child of deepElements(el)) {
            const style = getComputedStyle(child);
            const moving = [style.transitionDuration, style.animationDuration].some((value) =>
              value.split(',').some((duration) => parseFloat(duration) > 0),
            );
            expect(moving, `${el.localName} <${child.localName}> moves`).to.equal(false);
          }
        }
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    },
  );
});

describe('accessibility: the countdown and screen readers', function () {
  this.timeout(30_000);
  afterEach(() => sinon.restore());

  const live = (el: Element) =>
    deepElements(el).filter(
      (child) =>
        (child.hasAttribute('aria-live') && child.getAttribute('aria-live') !== 'off') ||
        /^(status|timer|alert|log|marquee|progressbar)$/.test(child.getAttribute('role') ?? ''),
    );

  /** The text a screen reader reads: text nodes outside aria-hidden subtrees. */
  const readable = (el: Element) => {
    const parts: string[] = [];
    const walk = (node: Node) => {
      if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return;
      if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
      if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim())
        parts.push(node.textContent!.trim());
      for (const child of node.childNodes) walk(child);
    };
    walk(el.shadowRoot!);
    return parts.join(' ');
  };

  for (const tag of ['conf-countdown', 'conf-cfp'] as const) {
    it(`<${tag}>: no live region changes with the seconds; the read text at most each minute`, async () => {
      // 12:00:10 UTC: ten seconds into a minute, three seconds of ticking stay in it.
      const clock = sinon.useFakeTimers({
        now: Date.parse('2017-10-15T12:00:10Z'),
        toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
      });
      const el = widget(tag, { src: '/demo/workshop-2017.json' });
      const page = await fixture<HTMLElement>(html`<main></main>`);
      page.append(el);
      await settled(el);
      const countdown =
        tag === 'conf-countdown'
          ? el
          : el.shadowRoot!.querySelector<ConfElement>('conf-countdown')!;
      const numbers = () => countdown.shadowRoot!.querySelector('[part="remaining"]')!.textContent;
      const before = {
        live: live(el).map((r) => r.textContent),
        read: readable(el),
        numbers: numbers(),
      };
      for (let second = 1; second <= 3; second++) {
        await clock.tickAsync(1000);
        await countdown.updateComplete;
        expect(numbers(), 'the numbers tick').not.to.equal(before.numbers);
        expect(
          live(el).map((r) => r.textContent),
          'live regions',
        ).to.deep.equal(before.live);
        expect(readable(el), 'what a screen reader reads').to.equal(before.read);
      }
      // the ticking numbers themselves are hidden from assistive technology
      expect(
        countdown.shadowRoot!.querySelector('[part="remaining"]')!.closest('[aria-hidden="true"]'),
      ).to.exist;
      clock.restore();
    });
  }
});
