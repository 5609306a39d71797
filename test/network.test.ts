// Network faults (spec §2 "Bad data", §3 states), served by the test server's /__fault/…
// endpoints (test/trust/faults.mjs): 404, 500, an HTML page where JSON was expected, JSON
// served as text/plain (accepted: GitHub raw serves JSON like that), a response that never
// comes (abandoned after 15 s — the loader's timer driven by a fake clock), a slow one,
// and a cross-origin file without CORS headers. Each failure must give a clear error
// state that names the URL, keep the author's light-DOM fallback, leave the other
// widgets on the page alone, and be retried when the element is attached again or its
// `src` changes.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import { FETCH_TIMEOUT_MS } from '../src/data/load.js';
import type { ConfElement } from '../src/shared/conf-element.js';
import { WIDGETS, fresh, settled, widget, type WidgetTag } from './trust/widgets.js';

const NOW = '2017-10-15T12:00:00Z';
const absolute = (url: string) => new URL(url, location.href).href;
const id = () => Math.random().toString(36).slice(2);

interface Setup {
  readonly el: ConfElement;
  readonly bystander: ConfElement;
}

/** A widget on `src` with a fallback paragraph, beside a bystander on a good file. */
async function setUp(src: string, tag: WidgetTag = 'conf-dates'): Promise<Setup> {
  const container = await fixture<HTMLElement>(
    html`<div>
      <conf-topics class="bystander" src="/demo/mlsys-2022.json"></conf-topics>
    </div>`,
  );
  const el = widget(tag, { src, now: NOW });
  el.append(Object.assign(document.createElement('p'), { textContent: 'Dates: see the CFP.' }));
  container.append(el);
  return { el, bystander: container.querySelector<ConfElement>('.bystander')! };
}

/** The error state: message naming the URL (and `detail`), fallback slotted, bystander fine. */
async function expectError({ el, bystander }: Setup, url: string, words: RegExp) {
  expect(el.state).to.equal('error');
  const message = el.shadowRoot!.querySelector('[part="error"]')!.textContent!;
  expect(message).to.include(absolute(url));
  expect(message).to.match(words);
  const slot = el.shadowRoot!.querySelector('slot')!;
  expect(slot.assignedElements().map((p) => p.textContent)).to.deep.equal(['Dates: see the CFP.']);
  await settled(bystander);
  expect(bystander.state).to.equal('ready');
  expect(bystander.shadowRoot!.querySelectorAll('[part="topic"]')).to.have.length(14);
}

describe('network faults', function () {
  this.timeout(20_000);

  let consoleError: sinon.SinonStub;
  beforeEach(() => {
    consoleError = sinon.stub(console, 'error');
    sinon.stub(console, 'warn');
  });
  afterEach(() => sinon.restore());

  it('404: an error naming the URL and the status', async () => {
    const src = fresh('/__fault/404');
    const setup = await setUp(src);
    const event = await oneEvent(setup.el, 'conf-error');
    expect(event.detail.url).to.equal(absolute(src));
    await expectError(setup, src, /404/);
    expect(consoleError.calledOnce).to.equal(true);
  });

  it('500: an error naming the URL and the status, in every widget', async () => {
    const src = fresh('/__fault/500');
    const container = await fixture<HTMLElement>(
      html`<div>
        <conf-topics class="bystander" src="/demo/mlsys-2022.json"></conf-topics>
      </div>`,
    );
    const widgets = WIDGETS.map((tag) => widget(tag, { src, now: NOW }));
    for (const el of widgets) {
      el.append(Object.assign(document.createElement('p'), { textContent: 'Dates: see the CFP.' }));
      container.append(el);
    }
    await Promise.all(widgets.map(settled));
    const bystander = container.querySelector<ConfElement>('.bystander')!;
    for (const el of widgets)
      await expectError({ el, bystander }, src, /500 Internal Server Error/);
    // one fetch, one message in the console, however many widgets
    expect(consoleError.calledOnce).to.equal(true);
  });

  it('an HTML page where JSON was expected: "not JSON"', async () => {
    const src = fresh('/__fault/html');
    const setup = await setUp(src);
    await oneEvent(setup.el, 'conf-error');
    await expectError(setup, src, /not JSON/);
  });

  it('valid JSON served as text/plain is accepted (GitHub raw does that)', async () => {
    const { el } = await setUp(fresh('/__fault/text-json'));
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.querySelectorAll('[part~="date"]')).to.have.length(3);
    expect(consoleError.called).to.equal(false);
  });

  it('a response that never comes: abandoned after 15 s with a timeout error', async () => {
    // Only the loader's timer is faked (fetch and Lit's microtasks run for real).
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const src = fresh('/__fault/never');
    const setup = await setUp(src);
    await settled(setup.bystander);
    await clock.tickAsync(FETCH_TIMEOUT_MS - 1000);
    expect(setup.el.state).to.equal('loading');
    expect(setup.el.shadowRoot!.querySelector('slot')).to.exist;
    const failed = oneEvent(setup.el, 'conf-error');
    await clock.tickAsync(1000);
    const event = await failed;
    expect(event.detail.message).to.include('15 s');
    clock.restore();
    await expectError(setup, src, /no answer in time/);
  });

  it('a slow response: loading with the fallback shown, then ready', async () => {
    const src = fresh('/__fault/slow?ms=1000');
    const setup = await setUp(src);
    await setup.el.updateComplete;
    expect(setup.el.state).to.equal('loading');
    expect(setup.el.getAttribute('state')).to.equal('loading');
    const slot = setup.el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()).to.have.length(1);
    const started = performance.now();
    await oneEvent(setup.el, 'conf-ready');
    expect(performance.now() - started).to.be.greaterThan(500);
    expect(setup.el.shadowRoot!.querySelectorAll('[part~="date"]')).to.have.length(3);
    expect(setup.el.shadowRoot!.querySelector('slot')).to.equal(null);
  });

  it('a cross-origin file without CORS headers: refused, and said so', async () => {
    // The page is on one of localhost / 127.0.0.1; the same server under the other name
    // is another origin, and the fault endpoints send no Access-Control-Allow-Origin.
    const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const key = id();
    const src = `http://${other}:${location.port}/__fault/text-json?id=${key}`;
    const setup = await setUp(src);
    const event = await oneEvent(setup.el, 'conf-error');
    expect(event.detail.url).to.equal(src);
    await expectError(setup, src, /Could not load/);
    // The request reached the server: the browser refused the answer (CORS), the
    // server did not fail.
    expect(await (await fetch(`/__fault/seen?id=${key}`)).json()).to.equal(true);
  });

  it('retries when the element is attached again after a failure', async () => {
    const src = `/__fault/flaky?id=${id()}`; // 500 the first time, then the file
    const setup = await setUp(src);
    await oneEvent(setup.el, 'conf-error');
    await expectError(setup, src, /500/);
    const parent = setup.el.parentElement!;
    setup.el.remove();
    parent.append(setup.el);
    await settled(setup.el);
    expect(setup.el.state).to.equal('ready');
    expect(setup.el.shadowRoot!.querySelectorAll('[part~="date"]')).to.have.length(3);
  });

  it('retries when src changes after a failure', async () => {
    const setup = await setUp(fresh('/__fault/500'));
    await oneEvent(setup.el, 'conf-error');
    setup.el.src = fresh('/__fault/text-json');
    await oneEvent(setup.el, 'conf-ready');
    expect(setup.el.state).to.equal('ready');
  });

  it('a ready widget attached again does not fetch again', async () => {
    const { el } = await setUp(fresh('/__fault/text-json'));
    await settled(el);
    const fetchSpy = sinon.spy(window, 'fetch');
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(fetchSpy.called).to.equal(false);
  });

  it('<conf-data> that fails: its widgets show the error, and it retries when attached again', async () => {
    const src = `/__fault/flaky?id=${id()}`;
    const container = await fixture<HTMLElement>(
      html`<div>
        <conf-data src=${src}>
          <conf-dates now=${NOW}><p>Fallback</p></conf-dates>
          <conf-topics></conf-topics>
        </conf-data>
      </div>`,
    );
    const provider = container.querySelector('conf-data')!;
    const dates = container.querySelector<ConfElement>('conf-dates')!;
    // (the 500 may have come while the fixture waited for a frame)
    if (provider.state !== 'error') await oneEvent(provider, 'conf-error');
    await settled(dates);
    expect(dates.state).to.equal('error');
    expect(dates.shadowRoot!.querySelector('[part="error"]')!.textContent).to.include(
      absolute(src),
    );
    provider.remove();
    container.append(provider);
    await oneEvent(provider, 'conf-ready');
    await settled(dates);
    expect(dates.state).to.equal('ready');
    expect(dates.shadowRoot!.querySelectorAll('[part~="date"]')).to.have.length(3);
  });
});
