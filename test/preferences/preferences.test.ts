// The widgets under the user's own preferences, in every engine: this file runs in a pass
// of its own (`preferences` in scripts/test.mjs) whose browsers start with
// `prefers-reduced-motion: reduce` and `prefers-color-scheme: dark` set, as an operating
// system sets them (scripts/browsers.mjs: a Chromium flag, Firefox prefs, GTK settings
// for WebKitGTK) — no engine but Chromium can emulate them per page here.
// - nothing moves: no animation, no transition, whatever is focused or pressed;
// - with the dark scheme on a dark page, axe finds nothing in any state.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { itPassesAxeInEveryState, renderSmall } from '../helpers/a11y.js';
import { deepElements } from '../trust/widgets.js';

describe('the browser starts with the preferences set', () => {
  it('reduced motion and a dark scheme', () => {
    // Without them every test below would prove nothing.
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'reduced motion').to.equal(true);
    expect(matchMedia('(prefers-color-scheme: dark)').matches, 'dark scheme').to.equal(true);
  });
});

describe('prefers-reduced-motion: reduce', function () {
  this.timeout(30_000);
  beforeEach(() => sinon.stub(console, 'warn'));
  afterEach(() => sinon.restore());

  it('nothing moves, whatever is focused or pressed', async () => {
    const widgets = await renderSmall();
    // focus and press what has a transition
    for (const el of widgets) {
      for (const control of deepElements(el).filter((c) => c.matches('button, a[href]')))
        (control as HTMLElement).focus();
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
  });
});

describe('prefers-color-scheme: dark, on a dark page: axe in every state', function () {
  this.timeout(60_000);
  beforeEach(() => {
    sinon.stub(console, 'warn');
    sinon.stub(console, 'error');
  });
  afterEach(() => sinon.restore());

  itPassesAxeInEveryState({ darkPage: true });
});
