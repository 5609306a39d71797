// Checks the test harness itself (web-test-runner.config.mjs), in every engine and every
// pinned zone: the zone is the one the run pinned, legacy Lit decorators work, the
// @open-wc/testing fixture and accessibility check work, sinon's fake clock drives Date.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import sinon from 'sinon';

declare global {
  /** Set on every test page by web-test-runner.config.mjs (testRunnerHtml). */
  var __TEST_ENV__: {
    /** IANA zone every browser process of this run was started in (TZ). */
    readonly timeZone: string;
    /** Every name an engine may report for that zone (Asia/Kolkata: also Asia/Calcutta). */
    readonly timeZoneNames: readonly string[];
    /** 'prod': Lit's production build; 'dev': the `development` export condition. */
    readonly litMode: 'prod' | 'dev';
    /** Name of the test pass (its counts go to .test-results/<pass>.json). */
    readonly pass: string;
  };
  interface HTMLElementTagNameMap {
    'harness-greeting': HarnessGreeting;
  }
}

@customElement('harness-greeting')
class HarnessGreeting extends LitElement {
  @property() name = 'World';
  @property({ type: Number, reflect: true }) count = 0;

  override render() {
    return html`<p>Hello, <b>${this.name}</b>! (${this.count})</p>`;
  }
}

/**
 * UTC offsets as `Date#getTimezoneOffset()` reports them (minutes, positive west of
 * UTC) in the zones the runs pin, in winter and in summer.
 */
const OFFSETS: Record<string, { january: number; july: number }> = {
  'Europe/Berlin': { january: -60, july: -120 },
  'America/Los_Angeles': { january: 480, july: 420 },
  'Asia/Kolkata': { january: -330, july: -330 },
  UTC: { january: 0, july: 0 },
};

const engine = navigator.userAgent;

describe('test harness', () => {
  describe('pinned time zone', () => {
    it('exposes the pinned zone as __TEST_ENV__.timeZone', () => {
      expect(globalThis.__TEST_ENV__, 'globalThis.__TEST_ENV__').to.be.an('object');
      expect(__TEST_ENV__.timeZone).to.be.a('string').and.not.be.empty;
      expect(__TEST_ENV__.timeZoneNames[0]).to.equal(__TEST_ENV__.timeZone);
      expect(Object.isFrozen(__TEST_ENV__)).to.equal(true);
    });

    it("is the browser's own zone (Intl)", () => {
      expect(__TEST_ENV__.timeZoneNames, engine).to.include(
        Intl.DateTimeFormat().resolvedOptions().timeZone,
      );
    });

    it('is the zone Date uses (getTimezoneOffset, with and without DST)', () => {
      const expected = OFFSETS[__TEST_ENV__.timeZone];
      expect(expected, `no offsets listed for ${__TEST_ENV__.timeZone}`).to.exist;
      expect(new Date(Date.UTC(2024, 0, 15, 12)).getTimezoneOffset(), engine).to.equal(
        expected!.january,
      );
      expect(new Date(Date.UTC(2024, 6, 15, 12)).getTimezoneOffset(), engine).to.equal(
        expected!.july,
      );
      const now = new Date().getTimezoneOffset();
      expect([expected!.january, expected!.july]).to.include(now);
    });

    it('formats local wall-clock time in that zone', () => {
      const instant = new Date(Date.UTC(2024, 0, 15, 12, 0));
      const local = instant.getHours() * 60 + instant.getMinutes();
      expect(local).to.equal(12 * 60 - OFFSETS[__TEST_ENV__.timeZone]!.january);
    });
  });

  it('pins the UI language to en-US', () => {
    expect(navigator.language, engine).to.equal('en-US');
    expect(new Intl.NumberFormat().format(1234.5)).to.equal('1,234.5');
  });

  describe('Lit', () => {
    it(`runs the Lit build the pass asked for (${globalThis.__TEST_ENV__?.litMode})`, () => {
      // Lit's development build defines globalThis.litIssuedWarnings; production does not.
      expect('litIssuedWarnings' in globalThis).to.equal(__TEST_ENV__.litMode === 'dev');
    });

    it('renders an element with decorated reactive properties in a shadow root', async () => {
      const el = await fixture<HarnessGreeting>(
        html`<harness-greeting name="Ada"></harness-greeting>`,
      );
      expect(el).to.be.instanceOf(HarnessGreeting);
      expect(HarnessGreeting.elementProperties.has('name')).to.equal(true);
      expect(el.shadowRoot).to.exist;
      expect(el.name).to.equal('Ada');
      expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Hello, Ada! (0)');
      expect(el).shadowDom.to.equal('<p>Hello, <b>Ada</b>! (0)</p>');

      el.name = 'Grace';
      el.count = 2;
      await el.updateComplete;
      expect(el.shadowRoot!.textContent!.trim()).to.equal('Hello, Grace! (2)');
      expect(el.getAttribute('count')).to.equal('2');

      el.setAttribute('name', 'Linus');
      await el.updateComplete;
      expect(el.name).to.equal('Linus');
      expect(el.shadowRoot!.querySelector('b')!.textContent).to.equal('Linus');
    });
  });

  describe('@open-wc/testing', () => {
    it('checks accessibility with axe', async () => {
      const el = await fixture<HarnessGreeting>(
        html`<harness-greeting name="Ada"></harness-greeting>`,
      );
      await expect(el).to.be.accessible();
    });

    it('reports an accessibility violation', async () => {
      const el = await fixture(html`<button></button>`);
      await expect(el).not.to.be.accessible();
    });
  });

  describe('sinon fake timers', () => {
    let clock: sinon.SinonFakeTimers | undefined;
    afterEach(() => {
      clock?.restore();
      clock = undefined;
    });

    it('drive Date.now(), new Date() and setTimeout', () => {
      const start = Date.UTC(2025, 0, 31, 22, 59, 30);
      clock = sinon.useFakeTimers({ now: start, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      expect(Date.now()).to.equal(start);
      expect(new Date().toISOString()).to.equal('2025-01-31T22:59:30.000Z');

      const fired: number[] = [];
      setTimeout(() => fired.push(Date.now()), 45_000);
      clock.tick(44_999);
      expect(fired).to.deep.equal([]);
      clock.tick(1);
      expect(fired).to.deep.equal([start + 45_000]);
      expect(Date.now()).to.equal(start + 45_000);
    });

    it('keep the pinned zone: local time follows the fake clock', () => {
      // 2025-01-15 12:00 UTC and half a year later
      clock = sinon.useFakeTimers({ now: Date.UTC(2025, 0, 15, 12), toFake: ['Date'] });
      const offsets = OFFSETS[__TEST_ENV__.timeZone]!;
      expect(new Date().getTimezoneOffset()).to.equal(offsets.january);
      clock.setSystemTime(Date.UTC(2025, 6, 15, 12));
      expect(new Date().getTimezoneOffset()).to.equal(offsets.july);
    });
  });
});
