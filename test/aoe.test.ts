// AoE explained where it is shown (SPEC §2, Times): a widget that shows an AoE time says
// once, in visible text, what AoE is, and every "AoE" it shows is an
// <abbr title="Anywhere on Earth (UTC−12)">; a widget that shows no AoE time says nothing.
// Every case names its viewer zone, so the browser's own zone does not matter.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/cfp/cfp.js';
import '../src/countdown/countdown.js';
import '../src/dates/dates.js';
import type { ConfElement } from '../src/shared/conf-element.js';
import { settled, text } from './helpers/widgets.js';

const TITLE = 'Anywhere on Earth (UTC−12)';
const NOTE = 'AoE: Anywhere on Earth, UTC−12';
const NOW = '2031-01-05T00:00:00Z';

/** AoE deadlines, one extended, one a whole day; an AoE event on a calendar day; one in Berlin. */
const AOE_FILE = {
  conference: { name: 'AoE Workshop', timeZone: 'AoE' },
  dates: [
    { id: 'abstract', label: 'Abstract', at: '2031-01-10', previously: ['2031-01-08'] },
    { id: 'paper', label: 'Paper', at: '2031-01-20T23:59' },
    { id: 'workshop', label: 'Workshop', at: '2031-03-01', deadline: false },
  ],
  cfp: { deadlines: ['abstract', 'paper'] },
};

/** No AoE anywhere: Berlin times, and the AoE event is a calendar day without a zone. */
const BERLIN_FILE = {
  conference: { name: 'Berlin Conference', timeZone: 'Europe/Berlin' },
  dates: [
    { id: 'paper', label: 'Paper', at: '2031-01-20T12:00' },
    { id: 'day', label: 'Day', at: '2031-03-01', deadline: false, timeZone: 'AoE' },
  ],
  cfp: { deadlines: ['paper', 'day'] },
};

type Tag = 'conf-countdown' | 'conf-dates' | 'conf-cfp';
const TAGS: Tag[] = ['conf-countdown', 'conf-dates', 'conf-cfp'];

async function show(
  tag: Tag,
  data: unknown,
  { timeZone = 'Europe/Berlin', locale = 'en-US' } = {},
): Promise<ConfElement> {
  const el = document.createElement(tag) as ConfElement;
  el.setAttribute('now', NOW);
  el.setAttribute('time-zone', timeZone);
  el.setAttribute('locale', locale);
  el.data = data;
  const host = await fixture<HTMLElement>(html`<div></div>`);
  host.append(el);
  return settled(el);
}

/** Every shadow root of the widget: its own and those of the widgets inside it (cfp's countdown). */
function roots(el: Element): ShadowRoot[] {
  const own = el.shadowRoot!;
  return [
    own,
    ...[...own.querySelectorAll('*')].flatMap((inner) => (inner.shadowRoot ? roots(inner) : [])),
  ];
}

const inAll = (el: Element, selector: string) =>
  roots(el).flatMap((root) => [...root.querySelectorAll<HTMLElement>(selector)]);

/** Text nodes that say "AoE" outside an <abbr>: there must be none. */
function bareAoe(el: Element): string[] {
  const bare: string[] = [];
  for (const root of roots(el)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent?.closest('style')) continue;
      if (node.textContent!.includes('AoE') && parent?.localName !== 'abbr')
        bare.push(node.textContent!);
    }
  }
  return bare;
}

describe('AoE, explained where it is shown', () => {
  for (const tag of TAGS) {
    it(`<${tag.slice(5)}>: one visible explanation, and every "AoE" an abbr with its meaning`, async () => {
      const el = await show(tag, AOE_FILE);
      expect(el.state).to.equal('ready');
      const notes = inAll(el, '[part="aoe-note"]');
      expect(notes, 'one note').to.have.length(1);
      expect(text(notes[0])).to.equal(NOTE);
      expect(notes[0]!.checkVisibility(), 'visible').to.equal(true);
      const abbrs = inAll(el, 'abbr');
      // the note's own "AoE", and at least the deadline's time in the data zone
      expect(abbrs.length).to.be.at.least(2);
      for (const abbr of abbrs) {
        expect(abbr.textContent).to.equal('AoE');
        expect(abbr.title).to.equal(TITLE);
      }
      expect(bareAoe(el), 'an "AoE" outside an abbr').to.deep.equal([]);
      // the times still read as before: the abbr is inside the <time>
      const times = inAll(el, 'time[datetime="2031-01-11T12:00:00Z"]');
      expect(times.map(text)).to.include('Fri, Jan 10, 2031, end of day AoE');
      await expect(el).to.be.accessible();
    });

    it(`<${tag.slice(5)}>: no AoE time shown, no explanation and no abbr`, async () => {
      const el = await show(tag, BERLIN_FILE);
      expect(el.state).to.equal('ready');
      expect(inAll(el, '[part="aoe-note"]')).to.have.length(0);
      expect(inAll(el, 'abbr')).to.have.length(0);
      expect(
        roots(el)
          .map((root) => root.textContent)
          .join(' '),
      ).not.to.include('AoE');
    });

    it(`<${tag.slice(5)}>: an AoE viewer zone is explained too`, async () => {
      const el = await show(tag, BERLIN_FILE, { timeZone: 'AoE' });
      expect(inAll(el, '[part="aoe-note"]')).to.have.length(1);
      // Jan 20, 12:00 CET is 11:00 UTC, Jan 19, 23:00 at UTC−12: the day before.
      const viewer = inAll(el, 'time[datetime="2031-01-20T11:00:00Z"]').map(text);
      expect(viewer.some((shown) => /^Sun, Jan 19, 11:00 PM AoE$/.test(shown))).to.equal(true);
      expect(bareAoe(el)).to.deep.equal([]);
    });
  }

  it('German and Chinese words, the abbr title too', async () => {
    for (const [locale, note, title] of [
      [
        'de',
        'AoE: Anywhere on Earth, überall auf der Erde – UTC−12',
        'Anywhere on Earth, überall auf der Erde (UTC−12)',
      ],
      [
        'zh',
        'AoE：Anywhere on Earth，地球上任何地方，UTC−12',
        'Anywhere on Earth，地球上任何地方（UTC−12）',
      ],
    ]) {
      const el = await show('conf-dates', AOE_FILE, { locale: locale! });
      expect(text(inAll(el, '[part="aoe-note"]')[0]), locale).to.equal(note);
      for (const abbr of inAll(el, 'abbr')) expect(abbr.title, locale).to.equal(title);
    }
  });

  it('<conf-countdown> past its deadline still explains the AoE time it shows', async () => {
    const el = document.createElement('conf-countdown');
    el.setAttribute('now', '2031-02-01T00:00:00Z');
    el.setAttribute('date', 'paper');
    el.setAttribute('time-zone', 'UTC');
    el.data = AOE_FILE;
    (await fixture<HTMLElement>(html`<div></div>`)).append(el);
    await settled(el);
    expect(el.shadowRoot!.querySelector('.passed')).to.exist;
    expect(text(el.shadowRoot!.querySelector('[part="aoe-note"]'))).to.equal(NOTE);
    expect(bareAoe(el)).to.deep.equal([]);
  });
});
