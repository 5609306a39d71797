// Hostile host pages (spec §3 "Styling"): the widgets sit in a 260 px sidebar of pages
// whose stylesheets fight them — a Bootstrap-like sheet, a Tailwind-preflight-like reset,
// `html { font-size: 62.5% }`, inherited `white-space: nowrap`, `line-height: 0.8`,
// `text-align: center`, `letter-spacing: 0.3em`, right-to-left text, an ad blocker's
// generic rules, a dark page, and all of them at once. The rules are written out in
// test/trust/hosts/*.css (the generic ones those frameworks ship; no dependency). In
// every case each widget must stay legible and usable:
// - no visible text rendered under 11 px (every text node's parent's computed size);
// - nothing sticks out of the sidebar (the widget's scrollWidth ≤ clientWidth + 1, and no
//   descendant box past its edges);
// - controls (Pause, calendar links, the submit link) at least 24 × 24 px;
// - the text starts at the start edge (not centred by the page), lines do not overlap.
// Screenshots of these pages: test/node/csp.test.mjs writes them, from Chromium, to
// .test-results/screenshots/*.png.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { ConfElement } from '../src/shared/conf-element.js';
import { WIDGETS, deepElements, deepTextNodes, settled, widget } from './trust/widgets.js';

/** Frozen before the MLSys camera-ready deadline: countdowns count, dates are next/past. */
const NOW = '2022-03-01T12:00:00Z';
const WIDTH = 260;

/** Every kind of text and control the widgets show, beyond the two seeds. */
const EVERYTHING = {
  conference: { name: 'Everything Conference 2031', shortName: 'EC 2031', timeZone: 'AoE' },
  dates: [
    { id: 'abstract', label: 'Abstract deadline', at: '2031-01-10', previously: ['2031-01-03'] },
    {
      id: 'paper',
      label: 'Paper deadline, a label long enough to wrap in a narrow sidebar',
      at: '2031-01-20T23:59',
      timeZone: 'Asia/Kolkata',
      note: 'Extended twice; no further extensions.',
      url: 'https://example.org/paper',
      previously: ['2031-01-06T23:59', '2031-01-13T23:59'],
    },
    { id: 'rebuttal', label: 'Rebuttal period', at: 'TBD' },
    { id: 'notification', label: 'Notification', at: '2031-03-01', deadline: false },
  ],
  committees: [
    {
      id: 'org',
      title: 'Organizing Committee',
      members: [
        {
          name: 'Ada Lovelace',
          role: 'General Chair',
          affiliation: 'Analytical Engines Ltd.',
          email: 'ada.lovelace.with.a.long.address@analytical-engines.example.org',
          url: 'https://example.org/ada',
          photo: '/test/fixtures/photo.svg',
        },
        { name: 'Grace Hopper', role: 'Program Chair', affiliation: 'Navy' },
        { name: 'Edsger Dijkstra' },
      ],
      links: [{ label: 'Program Committee', url: 'https://example.org/pc' }],
    },
  ],
  sponsors: {
    tiers: [
      {
        id: 'gold',
        label: 'Gold',
        sponsors: [
          { name: 'Acme', url: 'https://acme.example', logo: '/test/fixtures/logo.svg' },
          { name: 'A sponsor with a very long name and no logo', url: 'https://x.example' },
        ],
      },
    ],
    call: {
      label: 'Become a sponsor',
      url: 'https://example.org/sponsor',
      open: true,
      note: 'until March',
    },
  },
  topics: ['Compilers', 'A topic long enough to wrap over several lines of a narrow sidebar'],
  cfp: {
    title: 'Call for Papers',
    venue: 'Somewhere, 2031',
    summary: 'First paragraph.\n\nSecond paragraph.',
    deadlines: ['abstract', 'paper', 'rebuttal', 'notification'],
    submission: {
      pageLimit: 8,
      pageLimitNote: 'not including references',
      anonymous: true,
      format: 'PDF',
      styleUrl: 'https://example.org/style',
      submitUrl: 'https://example.org/submit',
    },
  },
};

interface Host {
  readonly name: string;
  /** Stylesheets of test/trust/hosts/ (also served to the pages of test/node/csp.test.mjs). */
  readonly sheets: readonly string[];
  readonly dir?: 'rtl';
}

const HOSTS: Host[] = [
  { name: 'a Bootstrap-like stylesheet', sheets: ['bootstrap'] },
  { name: 'a Tailwind-preflight-like reset', sheets: ['tailwind-preflight'] },
  { name: 'html { font-size: 62.5% }', sheets: ['tiny-root'] },
  { name: 'inherited white-space: nowrap', sheets: ['nowrap'] },
  { name: 'inherited line-height: 0.8', sheets: ['line-height'] },
  { name: 'inherited text-align: center', sheets: ['center'] },
  { name: 'inherited letter-spacing: 0.3em', sheets: ['letter-spacing'] },
  { name: 'right-to-left (dir="rtl")', sheets: [], dir: 'rtl' },
  { name: "an ad blocker's generic rules", sheets: ['ad-blocker'] },
  { name: 'a dark page', sheets: ['dark'] },
  {
    name: 'all of them at once, right to left',
    sheets: [
      'bootstrap',
      'tailwind-preflight',
      'tiny-root',
      'nowrap',
      'line-height',
      'center',
      'letter-spacing',
      'ad-blocker',
      'dark',
    ],
    dir: 'rtl',
  },
];

const css = async (name: string) => (await fetch(`/test/trust/hosts/${name}.css`)).text();

/** Text too small to read: visible text nodes whose parent renders under 11 px. */
function tinyText(el: Element): string[] {
  const problems: string[] = [];
  for (const node of deepTextNodes(el)) {
    const parent = node.parentElement!;
    const box = parent.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue; // visually hidden, for screen readers
    const size = parseFloat(getComputedStyle(parent).fontSize);
    if (size < 11) problems.push(`${size}px: ${node.textContent!.trim().slice(0, 30)}`);
  }
  return problems;
}

/** Boxes that stick out of the widget's sides. */
function overflowing(el: Element): string[] {
  const host = el.getBoundingClientRect();
  const problems: string[] = [];
  if (el.scrollWidth > el.clientWidth + 1)
    problems.push(`scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
  for (const child of deepElements(el)) {
    if (child.getRootNode() === document) continue; // the author's fallback
    const box = child.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue; // visually hidden
    if (box.left < host.left - 1 || box.right > host.right + 1)
      problems.push(
        `<${child.localName} class="${child.getAttribute('class') ?? ''}"> ${Math.round(box.left - host.left)}…${Math.round(box.right - host.left)}`,
      );
  }
  return problems;
}

/** Controls smaller than 24 × 24 CSS px (WCAG 2.5.8). */
function smallControls(el: Element): string[] {
  return deepElements(el)
    .filter((child) =>
      child.matches(
        'button, [part~="calendar"], [part~="calendar-link"], [part~="calendar-all"], [part~="submit"]',
      ),
    )
    .flatMap((control) => {
      const box = control.getBoundingClientRect();
      return box.width < 24 || box.height < 24
        ? [`${control.getAttribute('part')}: ${box.width.toFixed(1)} × ${box.height.toFixed(1)}`]
        : [];
    });
}

/** Lines of text that overlap the line above (line-height: 0.8 inherited). */
function overlappingLines(el: Element): string[] {
  const problems: string[] = [];
  for (const node of deepTextNodes(el)) {
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((rect) => rect.width > 1 && rect.height > 1);
    for (let index = 1; index < rects.length; index++) {
      const above = rects[index - 1]!;
      const line = rects[index]!;
      if (line.top > above.top + 1 && line.top < above.bottom - 2)
        problems.push(`${node.textContent!.trim().slice(0, 30)}: lines overlap`);
    }
  }
  return problems;
}

/**
 * Day-shift marks ("+1 day") read in the order of their words, also on a right-to-left
 * page: the "+" is left of the "1" and the "1" left of "day".
 */
function reorderedMarks(el: Element): string[] {
  const problems: string[] = [];
  for (const mark of deepElements(el).filter((child) => child.matches('.shift, .day-shift'))) {
    // every character of the mark with its text node, whatever Lit split it into
    const chars: { node: Text; offset: number }[] = [];
    const walker = document.createTreeWalker(mark, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null)
      for (let offset = 0; offset < node.length; offset++) chars.push({ node, offset });
    const content = chars.map(({ node, offset }) => node.data[offset]).join('');
    if (!/\+1 day/.test(content)) continue;
    const left = (index: number) => {
      const range = document.createRange();
      range.setStart(chars[index]!.node, chars[index]!.offset);
      range.setEnd(chars[index]!.node, chars[index]!.offset + 1);
      return range.getBoundingClientRect().left;
    };
    const plus = content.indexOf('+');
    const day = content.indexOf('day');
    if (!(left(plus) < left(plus + 1) && left(plus + 1) < left(day)))
      problems.push(`"${content.trim()}" shown reordered`);
  }
  return problems;
}

describe('hostile host pages, 260 px sidebar', function () {
  this.timeout(30_000);

  let style: HTMLStyleElement;
  beforeEach(() => {
    sinon.stub(console, 'warn');
    style = document.createElement('style');
    document.head.append(style);
  });
  afterEach(() => {
    style.remove();
    document.documentElement.removeAttribute('dir');
    sinon.restore();
  });

  for (const host of HOSTS) {
    it(`every widget stays legible and inside its sidebar: ${host.name}`, async () => {
      style.textContent = (await Promise.all(host.sheets.map(css))).join('\n');
      if (host.dir) document.documentElement.dir = host.dir;
      const page = await fixture<HTMLElement>(html`<main class="content"></main>`);
      const widgets: ConfElement[] = [];
      const add = (el: ConfElement) => {
        const sidebar = document.createElement('aside');
        sidebar.className = 'sidebar col-md-3';
        sidebar.style.width = `${WIDTH}px`;
        sidebar.append(el);
        page.append(sidebar);
        widgets.push(el);
      };
      for (const tag of WIDGETS) {
        // both seeds (as they were before their deadlines), and a file with everything
        const seed = tag === 'conf-cfp' ? 'workshop-2017' : 'mlsys-2022';
        const now = tag === 'conf-cfp' ? '2017-10-15T12:00:00Z' : NOW;
        add(widget(tag, { src: `/demo/${seed}.json`, now }));
        add(widget(tag, { now: '2031-01-12T00:00:00Z' }, EVERYTHING));
      }
      add(widget('conf-topics', { layout: 'chips' }, EVERYTHING));
      add(widget('conf-topics', { layout: 'columns' }, EVERYTHING));
      await Promise.all(widgets.map(settled));
      for (const el of widgets) {
        const name = el.localName;
        expect(el.state, name).to.equal('ready');
        expect(el.getBoundingClientRect().width, `${name} width`).to.be.closeTo(WIDTH, 1);
        expect(el.getBoundingClientRect().height, `${name} is shown`).to.be.greaterThan(20);
        expect(tinyText(el), `${name}: text under 11 px`).to.deep.equal([]);
        expect(overflowing(el), `${name}: outside the sidebar`).to.deep.equal([]);
        expect(smallControls(el), `${name}: controls under 24 × 24 px`).to.deep.equal([]);
        expect(overlappingLines(el), `${name}: overlapping lines`).to.deep.equal([]);
        expect(reorderedMarks(el), `${name}: marks reordered`).to.deep.equal([]);
        // the page's alignment does not reach in: text starts at the start edge
        const align = getComputedStyle(el).textAlign;
        expect(['start', host.dir === 'rtl' ? 'right' : 'left'], `${name} text-align`).to.include(
          align,
        );
        expect(getComputedStyle(el).direction).to.equal(host.dir ?? 'ltr');
        // nothing the page's rules could match: no class or id on the host
        expect(el.getAttribute('class'), `${name} class`).to.equal(null);
        expect(el.id, `${name} id`).to.equal('');
      }
      // the sponsor wall is visible even under ad-blocking rules
      const sponsors = widgets.find((el) => el.localName === 'conf-sponsors')!;
      expect(getComputedStyle(sponsors).display).not.to.equal('none');
      const tile = sponsors.shadowRoot!.querySelector('[part="sponsor"]')!;
      expect(tile.getBoundingClientRect().height).to.be.greaterThan(10);
    });
  }
});
