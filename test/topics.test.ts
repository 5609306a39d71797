import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/topics/topics.js';
import { ConfTopics } from '../src/topics/topics.js';
import { defineElement } from '../src/shared/define.js';

async function topics(template: ReturnType<typeof html>): Promise<ConfTopics> {
  const el = await fixture<ConfTopics>(template);
  if (el.state !== 'ready') await oneEvent(el, 'conf-ready');
  return el;
}

describe('<conf-topics>', () => {
  afterEach(() => sinon.restore());

  it('lists every topic of the MLSys seed, in order, as list items with part="topic"', async () => {
    const el = await topics(html`<conf-topics src="/demo/mlsys-2022.json"></conf-topics>`);
    const items = [...el.shadowRoot!.querySelectorAll('li[part="topic"]')];
    expect(items).to.have.length(14);
    expect(items[0]!.textContent).to.equal('Efficient model training, inference, and serving');
    expect(items[13]!.textContent).to.equal('Systems for Machine Learning');
    expect(el.shadowRoot!.querySelector('ul')!.getAttribute('role')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lays out as columns or chips, keeping list semantics', async () => {
    const columns = await topics(
      html`<conf-topics src="/demo/mlsys-2022.json" layout="columns"></conf-topics>`,
    );
    expect(columns.shadowRoot!.querySelector('ul')!.classList.contains('columns')).to.equal(true);
    expect(getComputedStyle(columns.shadowRoot!.querySelector('ul')!).columnWidth).to.not.equal(
      'auto',
    );
    const chips = await topics(
      html`<conf-topics src="/demo/mlsys-2022.json" layout="chips"></conf-topics>`,
    );
    const list = chips.shadowRoot!.querySelector('ul')!;
    expect(list.getAttribute('role')).to.equal('list');
    expect(getComputedStyle(list).display).to.equal('flex');
    expect(getComputedStyle(list).listStyleType).to.equal('none');
    await expect(chips).to.be.accessible();
  });

  it('falls back to the list layout for an unknown layout', async () => {
    const el = await topics(
      html`<conf-topics src="/demo/mlsys-2022.json" layout="spiral"></conf-topics>`,
    );
    expect(el.shadowRoot!.querySelector('ul')!.className).to.equal('topics list');
  });

  it('renders markup in topics as text, and skips topics that are not text', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await topics(
      html`<conf-topics
        .data=${{ conference: { name: 'X' }, topics: ['<img src=x onerror="window.__pwned=1">', { html: '<b>' }, 'Compilers'] }}
      ></conf-topics>`,
    );
    const items = [...el.shadowRoot!.querySelectorAll('[part="topic"]')];
    expect(items.map((item) => item.textContent)).to.deep.equal([
      '<img src=x onerror="window.__pwned=1">',
      'Compilers',
    ]);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(warn.firstCall.args[0]).to.contain('topics[1]: expected text, got an object');
  });

  it('renders nothing for a file without topics', async () => {
    const el = await topics(
      html`<conf-topics .data=${{ conference: { name: 'X' } }}></conf-topics>`,
    );
    expect(el.shadowRoot!.querySelector('ul')).to.equal(null);
  });

  it('is accessible while loading and on error', async () => {
    sinon.stub(console, 'error');
    const loading = await fixture<ConfTopics>(
      html`<conf-topics><p>Topics are listed on the call.</p></conf-topics>`,
    );
    expect(loading.state).to.equal('loading');
    await expect(loading).to.be.accessible();
    const failed = await fixture<ConfTopics>(
      html`<conf-topics src="/test/fixtures/nowhere.json"></conf-topics>`,
    );
    await oneEvent(failed, 'conf-error');
    await expect(failed).to.be.accessible();
  });

  it('inherits the host font and colour, in em', async () => {
    const wrapper = await fixture(
      html`<div style="font: 20px/1.2 Georgia, serif; color: rgb(10, 20, 30)">
        <conf-topics src="/demo/mlsys-2022.json"></conf-topics>
      </div>`,
    );
    const el = wrapper.querySelector('conf-topics')!;
    if (el.state !== 'ready') await oneEvent(el, 'conf-ready');
    const item = el.shadowRoot!.querySelector('li')!;
    expect(getComputedStyle(item).fontFamily).to.contain('Georgia');
    expect(getComputedStyle(item).color).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(item).fontSize).to.equal('20px');
  });
});

describe('a second copy of the library', () => {
  afterEach(() => sinon.restore());

  it('a second file of the same build defining the same element says nothing', () => {
    // conf-widgets.js and topics.js share the core chunk (and this module) but each
    // carries its own copy of <conf-topics>: the same element, defined once.
    const warn = sinon.stub(console, 'warn');
    class OwnCopy extends ConfTopics {}
    expect(() => defineElement('conf-topics', OwnCopy)).not.to.throw();
    expect(customElements.get('conf-topics')).to.equal(ConfTopics);
    expect(warn.callCount).to.equal(0); // (first in this file: no earlier warning to hide one)
  });

  it('does not throw: the first definition wins, with one warning', () => {
    const warn = sinon.stub(console, 'warn');
    // Another copy (another version, or this build at another URL) has its own define
    // module: to this one, its tags are someone else's.
    class OtherCopy extends HTMLElement {}
    customElements.define('conf-topics-other-copy', OtherCopy);
    class SecondCopy extends HTMLElement {}
    class ThirdCopy extends HTMLElement {}
    expect(() => defineElement('conf-topics-other-copy', SecondCopy)).not.to.throw();
    expect(() => defineElement('conf-topics-other-copy', ThirdCopy)).not.to.throw();
    expect(customElements.get('conf-topics-other-copy')).to.equal(OtherCopy);
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.contain('<conf-topics-other-copy> is already defined');
  });
});
