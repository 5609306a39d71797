import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { loadData } from '../src/data/load.js';
import { all, text } from './helpers/widgets.js';
import '../src/sponsors/sponsors.js';
import type { ConfSponsors } from '../src/sponsors/sponsors.js';

async function sponsors(template: ReturnType<typeof html>): Promise<ConfSponsors> {
  const el = await fixture<ConfSponsors>(template);
  if (el.state !== 'ready') await oneEvent(el, 'conf-ready');
  await el.updateComplete;
  return el;
}

const GOOD_LOGO = '/test/fixtures/logo.svg';
const MISSING_LOGO = '/test/fixtures/missing.png';

const wall = {
  conference: { name: 'Test' },
  sponsors: {
    tiers: [
      {
        id: 'gold',
        label: 'Gold',
        sponsors: [
          { name: 'Acme Corp', url: 'https://acme.example/', logo: GOOD_LOGO },
          { name: 'Broken Logo Inc', url: 'https://broken.example/', logo: MISSING_LOGO },
          {
            name: 'Night Owl',
            url: 'https://owl.example/',
            logo: GOOD_LOGO,
            logoDark: '/test/fixtures/photo.svg',
          },
        ],
      },
      {
        id: 'silver',
        label: 'Silver',
        sponsors: [{ name: 'No Logo Ltd' }, { name: 'Plain Co', url: 'https://plain.example/' }],
      },
    ],
    call: {
      label: 'Become a Sponsor',
      url: 'https://example.org/sponsor',
      open: true,
      note: 'deadline in May',
    },
  },
};

const isVisibleBox = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
};

describe('<conf-sponsors>', function () {
  // axe-core checks of a whole committee or wall take 2–4 s in WebKitGTK on this 2-core
  // machine (much less elsewhere): more than mocha's 5 s once the machine is busy.
  this.timeout(15_000);

  // The first load of a seed also loads Temporal (the polyfill in WebKit), which on a
  // busy machine can take longer than one test's timeout: do it once, up front.
  before(async function () {
    this.timeout(30_000);
    const warn = sinon.stub(console, 'warn');
    try {
      await Promise.all(['/demo/mlsys-2022.json'].map((url) => loadData(url)));
    } finally {
      warn.restore();
    }
  });

  afterEach(() => sinon.restore());

  describe('the MLSys seed', () => {
    it('shows the NSF tier: a heading, the sponsor by name (no logo), linked with rel="sponsored noopener"', async () => {
      const el = await sponsors(html`<conf-sponsors src="/demo/mlsys-2022.json"></conf-sponsors>`);
      const tiers = all(el.shadowRoot!, '[part="tier"]');
      expect(tiers).to.have.length(1);
      const title = tiers[0]!.querySelector('[part="tier-title"]')!;
      expect(title.localName).to.equal('h2');
      expect(text(title)).to.equal('Student travel awards');
      const items = all(tiers[0]!, '[part="sponsor"]');
      expect(items).to.have.length(1);
      expect(items[0]!.localName).to.equal('li');
      expect(tiers[0]!.querySelector('ul')!.getAttribute('role')).to.equal('list');
      const link = items[0]!.querySelector('a')!;
      expect(link.href).to.equal('https://www.nsf.gov/');
      expect(link.getAttribute('rel')).to.equal('sponsored noopener');
      expect(link.hasAttribute('target')).to.equal(false);
      expect(text(link.querySelector('[part="name"]'))).to.equal(
        'National Science Foundation (NSF)',
      );
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows the closed call with its note and no link', async () => {
      const el = await sponsors(html`<conf-sponsors src="/demo/mlsys-2022.json"></conf-sponsors>`);
      const call = el.shadowRoot!.querySelector('[part="call"]')!;
      expect(text(call)).to.equal('Become a 2024 Sponsor (not currently taking applications)');
      expect(call.querySelector('a')).to.equal(null);
      expect(text(call.querySelector('[part="note"]'))).to.equal(
        '(not currently taking applications)',
      );
      const tier = el.shadowRoot!.querySelector('[part="tier"]')!;
      expect(tier.compareDocumentPosition(call) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    });
  });

  describe('logos', () => {
    it('shows a good logo, lazily, with alt = the sponsor name, linked', async () => {
      const el = await sponsors(html`<conf-sponsors .data=${wall}></conf-sponsors>`);
      const acme = all(el.shadowRoot!, '[part="sponsor"]')[0]!;
      const img = acme.querySelector('img')!;
      expect(img.getAttribute('alt')).to.equal('Acme Corp');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('decoding')).to.equal('async');
      expect(img.getAttribute('part')).to.equal('logo');
      await waitUntil(() => img.complete && img.naturalWidth > 0, 'the logo loads', {
        timeout: 4000,
      });
      expect(isVisibleBox(img)).to.equal(true);
      const link = acme.querySelector('a')!;
      expect(link.href).to.equal('https://acme.example/');
      expect(link.getAttribute('rel')).to.equal('sponsored noopener');
      expect(
        acme.classList.contains('plate'),
        'a logo without logoDark sits on a plate in dark mode',
      ).to.equal(true);
    });

    it('falls back to the name as text when a logo 404s: no broken image remains', async () => {
      const el = await sponsors(html`<conf-sponsors .data=${wall}></conf-sponsors>`);
      const broken = all(el.shadowRoot!, '[part="sponsor"]')[1]!;
      await waitUntil(() => broken.querySelector('img') === null, 'the failed logo is replaced', {
        timeout: 4000,
      });
      expect(text(broken.querySelector('[part="name"]'))).to.equal('Broken Logo Inc');
      expect(isVisibleBox(broken.querySelector('[part="name"]')!)).to.equal(true);
      expect(broken.querySelector('a')!.href).to.equal('https://broken.example/');
      expect(broken.classList.contains('plate')).to.equal(false);
      // No image anywhere is left in a broken state.
      const images = all(el.shadowRoot!, 'img') as HTMLImageElement[];
      await waitUntil(() => images.every((img) => img.complete), 'the other logos settle', {
        timeout: 4000,
      });
      for (const img of images) expect(img.naturalWidth, img.src).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('uses logoDark under prefers-color-scheme: dark', async () => {
      const el = await sponsors(html`<conf-sponsors .data=${wall}></conf-sponsors>`);
      const owl = all(el.shadowRoot!, '[part="sponsor"]')[2]!;
      const source = owl.querySelector('picture > source')!;
      expect(source.getAttribute('media')).to.equal('(prefers-color-scheme: dark)');
      expect(source.getAttribute('srcset')).to.equal(
        new URL('/test/fixtures/photo.svg', location.href).href,
      );
      expect(owl.querySelector('picture > img')!.getAttribute('src')).to.equal(
        new URL(GOOD_LOGO, location.href).href,
      );
      expect(owl.classList.contains('plate')).to.equal(false);
    });

    it('shows a sponsor without a logo by name, linked or not', async () => {
      const el = await sponsors(html`<conf-sponsors .data=${wall}></conf-sponsors>`);
      const [noLogo, plain] = all(el.shadowRoot!, '[part="tier"]')[1]!.querySelectorAll(
        '[part="sponsor"]',
      );
      expect(text(noLogo!.querySelector('[part="name"]'))).to.equal('No Logo Ltd');
      expect(noLogo!.querySelector('a')).to.equal(null);
      expect(plain!.querySelector('a')!.href).to.equal('https://plain.example/');
    });

    it('keeps every tile the same size whatever the logo', async () => {
      const el = await sponsors(
        html`<conf-sponsors .data=${wall} style="width: 40em"></conf-sponsors>`,
      );
      const tiles = all(el.shadowRoot!, '[part="tier"]')[0]!.querySelectorAll('[part="sponsor"]');
      await waitUntil(
        () => tiles[1]!.querySelector('img') === null,
        'the failed logo is replaced',
        { timeout: 4000 },
      );
      const boxes = [...tiles].map((tile) => tile.getBoundingClientRect());
      for (const box of boxes) {
        expect(box.width).to.be.closeTo(boxes[0]!.width, 1);
        expect(box.height).to.be.closeTo(boxes[0]!.height, 1);
      }
    });
  });

  describe('call and tiers', () => {
    it('shows an open call as a link, with its note', async () => {
      const el = await sponsors(html`<conf-sponsors .data=${wall}></conf-sponsors>`);
      const call = el.shadowRoot!.querySelector('[part="call"]')!;
      const link = call.querySelector<HTMLAnchorElement>('a[part="call-link"]')!;
      expect(link.href).to.equal('https://example.org/sponsor');
      expect(text(link)).to.equal('Become a Sponsor');
      expect(text(call)).to.equal('Become a Sponsor (deadline in May)');
    });

    it('marks a closed call without a note as closed', async () => {
      const el = await sponsors(
        html`<conf-sponsors
          .data=${{ conference: { name: 'T' }, sponsors: { call: { label: 'Sponsor us', url: 'https://x.example/', open: false } } }}
        ></conf-sponsors>`,
      );
      const call = el.shadowRoot!.querySelector('[part="call"]')!;
      expect(text(call)).to.equal('Sponsor us (closed)');
      expect(call.querySelector('a')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows only the tier named by tier=, without the call', async () => {
      const el = await sponsors(html`<conf-sponsors .data=${wall} tier="silver"></conf-sponsors>`);
      const tiers = all(el.shadowRoot!, '[part="tier"]');
      expect(tiers.map((tier) => text(tier.querySelector('[part="tier-title"]')))).to.deep.equal([
        'Silver',
      ]);
      expect(all(el.shadowRoot!, '[part="sponsor"]')).to.have.length(2);
      expect(el.shadowRoot!.querySelector('[part="call"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows all tiers in file order by default, at heading-level', async () => {
      const el = await sponsors(
        html`<conf-sponsors .data=${wall} heading-level="3"></conf-sponsors>`,
      );
      const titles = all(el.shadowRoot!, '[part="tier-title"]');
      expect(titles.map(text)).to.deep.equal(['Gold', 'Silver']);
      expect(titles.map((title) => title.localName)).to.deep.equal(['h3', 'h3']);
    });

    it('says so, and warns once, for an unknown tier', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await sponsors(
        html`<conf-sponsors .data=${wall} tier="platinum"></conf-sponsors>`,
      );
      expect(text(el.shadowRoot!.querySelector('[part="notice"]'))).to.equal(
        'No sponsor tier "platinum" in the data file.',
      );
      el.headingLevel = 4;
      await el.updateComplete;
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('tier="platinum"');
      await expect(el).to.be.accessible();
    });

    it('renders nothing without tiers or call', async () => {
      const el = await sponsors(
        html`<conf-sponsors .data=${{ conference: { name: 'X' } }}></conf-sponsors>`,
      );
      expect(el.shadowRoot!.querySelector('[part="tier"], [part="call"]')).to.equal(null);
    });
  });

  describe('ad blockers', () => {
    // Generic EasyList-style element hiding rules, as a page with an ad blocker gets them.
    const RULES = `
      [class*="sponsor"], [id*="sponsor"], [class*="Sponsor"], .sponsor, .sponsors, .sponsor-inner,
      .ad, .ads, .advert, .banner, [class*="banner"], [id*="banner"], [class^="ad-"], [id^="ad-"],
      [part~="sponsor"], [part~="logo"], a[rel~="sponsored"], img[alt*="Sponsor"],
      ul[role="list"] > li, picture, img { display: none !important; }
    `;
    let style: HTMLStyleElement;

    beforeEach(() => {
      style = document.createElement('style');
      style.textContent = RULES;
      document.head.append(style);
    });

    afterEach(() => style.remove());

    it('stays visible on a page with generic hiding rules', async () => {
      // The rules work on the page itself: a light-DOM element named like ours is hidden…
      const bait = await fixture(html`<div class="sponsor-inner">bait</div>`);
      expect(getComputedStyle(bait).display).to.equal('none');
      // …but not the wall.
      const el = await sponsors(html`<conf-sponsors .data=${wall}></conf-sponsors>`);
      expect(isVisibleBox(el)).to.equal(true);
      const tiles = all(el.shadowRoot!, '[part="sponsor"]');
      expect(tiles).to.have.length(5);
      for (const tile of tiles) expect(isVisibleBox(tile)).to.equal(true);
      const logo = tiles[0]!.querySelector('img')!;
      await waitUntil(() => logo.complete && logo.naturalWidth > 0, 'the logo loads', {
        timeout: 4000,
      });
      expect(isVisibleBox(logo)).to.equal(true);
      expect(isVisibleBox(el.shadowRoot!.querySelector('[part="call"]')!)).to.equal(true);
    });

    it('puts no sponsor/ad/banner words where page CSS can reach', async () => {
      const el = await sponsors(html`<conf-sponsors src="/demo/mlsys-2022.json"></conf-sponsors>`);
      expect(el.childNodes, 'no light DOM of our own').to.have.length(0);
      for (const { name, value } of el.attributes) {
        if (name === 'src') continue; // the page's own choice
        expect(`${name}=${value}`).to.not.match(/sponsor|\bads?\b|banner/i);
      }
      expect(el.id).to.equal('');
      expect(el.className).to.equal('');
    });

    it('is not hidden by ::part() hiding rules either', async () => {
      // A rule naming another element does not reach our parts; a bare ::part(sponsor)
      // (that is, *::part(sponsor)) would, and the tile's own !important display wins
      // over a page's !important (for important declarations the shadow tree wins).
      style.textContent = `
        .sponsor-inner::part(sponsor), div::part(sponsor), .ad::part(logo),
        ::part(sponsor), *::part(sponsor) { display: none !important; }`;
      const el = await sponsors(html`<conf-sponsors .data=${wall}></conf-sponsors>`);
      for (const tile of all(el.shadowRoot!, '[part="sponsor"]'))
        expect(isVisibleBox(tile)).to.equal(true);
      // The parts are there for the page's own styling.
      style.textContent = `conf-sponsors::part(sponsor) { outline: 3px solid rgb(255, 0, 0); }`;
      expect(
        getComputedStyle(el.shadowRoot!.querySelector('[part="sponsor"]')!).outlineColor,
      ).to.equal('rgb(255, 0, 0)');
    });
  });

  describe('bad data', () => {
    it('does not link javascript: URLs and renders markup in names as text', async () => {
      sinon.stub(console, 'warn');
      const evil = '<img src=x onerror="window.__pwnedSponsors=1">';
      const el = await sponsors(
        html`<conf-sponsors
          .data=${{
            conference: { name: 'T' },
            sponsors: {
              tiers: [
                {
                  id: 't',
                  label: '<b>Tier</b>',
                  sponsors: [
                    { name: evil, url: 'javascript:alert(1)' },
                    {
                      name: 'Data Logo',
                      url: 'https://ok.example/',
                      logo: 'data:image/svg+xml,<svg/>',
                    },
                  ],
                },
              ],
              call: { label: '<i>Call</i>', url: 'javascript:alert(1)', open: true },
            },
          }}
        ></conf-sponsors>`,
      );
      const root = el.shadowRoot!;
      const [first, second] = all(root, '[part="sponsor"]');
      expect(text(first!.querySelector('[part="name"]'))).to.equal(evil);
      expect(first!.querySelector('a')).to.equal(null);
      expect(text(second!.querySelector('[part="name"]'))).to.equal('Data Logo');
      expect(root.querySelector('img, b, i')).to.equal(null);
      expect(text(root.querySelector('[part="tier-title"]'))).to.equal('<b>Tier</b>');
      expect(text(root.querySelector('[part="call"]'))).to.equal('<i>Call</i>');
      expect(root.querySelector('[part="call"] a')).to.equal(null);
      expect((window as { __pwnedSponsors?: number }).__pwnedSponsors).to.equal(undefined);
    });

    it('skips a sponsor without a name, with a warning naming its path', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await sponsors(
        html`<conf-sponsors
          .data=${{ conference: { name: 'T' }, sponsors: { tiers: [{ id: 't', label: 'T', sponsors: [{ name: 'A' }, { url: 'https://b.example/' }] }] } }}
        ></conf-sponsors>`,
      );
      expect(all(el.shadowRoot!, '[part="sponsor"]').map(text)).to.deep.equal(['A']);
      expect(
        warn.args.some((args) => String(args[0]).includes('sponsors.tiers[0].sponsors[1].name')),
      ).to.equal(true);
    });
  });

  describe('states', () => {
    it('is accessible while loading and on error', async () => {
      sinon.stub(console, 'error');
      const loading = await fixture<ConfSponsors>(
        html`<conf-sponsors><p>Our sponsors are listed on the site.</p></conf-sponsors>`,
      );
      expect(loading.state).to.equal('loading');
      await expect(loading).to.be.accessible();
      const failed = await fixture<ConfSponsors>(
        html`<conf-sponsors src="/test/fixtures/nowhere.json"></conf-sponsors>`,
      );
      await oneEvent(failed, 'conf-error');
      await failed.updateComplete;
      expect(failed.state).to.equal('error');
      await expect(failed).to.be.accessible();
    });
  });
});
