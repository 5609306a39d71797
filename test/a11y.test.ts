// Accessibility of every widget in every state, light and dark (spec §3, WCAG 2.2 AA):
// - axe (`expect(el).to.be.accessible()`) on each widget: ready on both seeds, loading,
//   error, past/next/passed/to be announced, nothing left, in a 260 px sidebar
//   (test/helpers/a11y.ts) — on a light page and on a dark one (body #111 on #eee: the
//   widgets inherit the page's colours). With the browser's own dark scheme, and with
//   reduced motion, in test/preferences/ (a pass whose browsers start with them set);
// - keyboard: every control (Pause, calendar links, links) reached with Tab, in order,
//   each visibly focused (:focus-visible with an outline or box shadow of some width);
// - prefers-reduced-motion: each widget's styles switch animations and transitions off
//   under that media query (that nothing then moves: test/preferences/);
// - the countdown: no live region whose text changes with the seconds, and what a screen
//   reader reads changes at most once a minute.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { ConfElement } from '../src/shared/conf-element.js';
import { itPassesAxeInEveryState, renderSmall, SMALL, SMALL_NOW } from './helpers/a11y.js';
import { WIDGETS, deepActiveElement, deepElements, settled, widget } from './trust/widgets.js';

const SCHEMES = [
  { name: 'light page', dark: false },
  { name: 'dark page (body #111, text #eee)', dark: true },
];

describe('accessibility: axe in every state, light and dark', function () {
  this.timeout(60_000);

  beforeEach(() => {
    sinon.stub(console, 'warn');
    sinon.stub(console, 'error');
  });
  afterEach(() => sinon.restore());

  for (const scheme of SCHEMES) {
    describe(scheme.name, () => itPassesAxeInEveryState({ darkPage: scheme.dark }));
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
    const widgets = WIDGETS.map((tag) => widget(tag, { now: SMALL_NOW }, SMALL));
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
    const widgets = await renderSmall();
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
