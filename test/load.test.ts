import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { DataError, FETCH_TIMEOUT_MS, loadData, prepare } from '../src/data/load.js';
import { topicsSection } from '../src/data/sections/topics.js';
import { loadTemporal } from '../src/time/temporal.js';
import '../src/data-provider/data-provider.js';
import '../src/topics/topics.js';
import type { ConfTopics } from '../src/topics/topics.js';

/** A URL no other test has loaded: the cache is per page. */
const fresh = (path: string) => `${path}?case=${Math.random().toString(36).slice(2)}`;

describe('loading data files', () => {
  let consoleError: sinon.SinonStub;
  let consoleWarn: sinon.SinonStub;
  beforeEach(() => {
    consoleError = sinon.stub(console, 'error');
    consoleWarn = sinon.stub(console, 'warn');
  });
  afterEach(() => sinon.restore());

  it('fetches each absolute URL once, however many ask, and resolves it against the page', async () => {
    const fetchSpy = sinon.spy(window, 'fetch');
    const url = fresh('/demo/workshop-2017.json');
    const [a, b, c] = await Promise.all([
      loadData(url),
      loadData(url),
      loadData(new URL(url, location.href).href),
    ]);
    expect(fetchSpy.callCount).to.equal(1);
    expect(a).to.equal(b);
    expect(b).to.equal(c);
    expect(a.url).to.equal(new URL(url, location.href).href);
    expect(a.file.conference.name).to.equal('ML Systems Workshop');
  });

  it('says 404 and names the URL, and forgets the failure so a later load retries', async () => {
    const fetchSpy = sinon.spy(window, 'fetch');
    const url = fresh('/test/fixtures/nowhere.json');
    const error: DataError = await loadData(url).then(
      () => expect.fail('loaded'),
      (e: DataError) => e,
    );
    expect(error.reason).to.equal('http');
    expect(error.status).to.match(/^404/);
    expect(error.message).to.contain(new URL(url, location.href).href);
    expect(consoleError.calledOnce).to.equal(true);
    await loadData(url).catch(() => undefined);
    expect(fetchSpy.callCount).to.equal(2);
  });

  it('says when a file is not JSON', async () => {
    const error = await loadData(fresh('/test/fixtures/not-json.json')).catch((e: DataError) => e);
    expect(error).to.be.instanceOf(DataError);
    expect((error as DataError).reason).to.equal('json');
  });

  it('names the JSON path of invalid data', async () => {
    const error = (await loadData(fresh('/test/fixtures/invalid.json')).catch(
      (e: DataError) => e,
    )) as DataError;
    expect(error.reason).to.equal('invalid');
    expect(error.path).to.equal('conference.name');
    expect(error.message).to.contain('conference.name: is required');
  });

  it('says network error when the server cannot be reached', async () => {
    // Port 9 (discard) is closed on the loopback interface.
    const error = (await loadData('http://127.0.0.1:9/data.json').catch(
      (e: DataError) => e,
    )) as DataError;
    expect(error.reason).to.equal('network');
    expect(error.url).to.equal('http://127.0.0.1:9/data.json');
  });

  it('abandons a fetch that hangs for 15 s', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // Unit test: a server that never answers, as a fetch that waits for its abort.
    sinon.stub(window, 'fetch').callsFake(
      (_input, init) =>
        new Promise((_resolve, reject) => {
          init!.signal!.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    const pending = loadData(fresh('/test/fixtures/hangs.json')).catch((e: DataError) => e);
    await clock.tickAsync(FETCH_TIMEOUT_MS - 1);
    let settled = false;
    void pending.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).to.equal(false);
    await clock.tickAsync(1);
    const error = (await pending) as DataError;
    expect(error.reason).to.equal('timeout');
    expect(error.message).to.contain('15 s');
  });

  it('logs the skipped items of a section once per file, when a widget first reads it, naming their paths', async () => {
    const url = fresh('/test/fixtures/tiny.json');
    const loaded = await loadData(url);
    expect(consoleWarn.callCount, 'no section read yet').to.equal(0);
    loaded.file.read(topicsSection);
    loaded.file.read(topicsSection);
    (await loadData(url)).file.read(topicsSection);
    expect(consoleWarn.callCount).to.equal(1);
    expect(consoleWarn.firstCall.args[0]).to.contain('topics[2]: expected text, got a number 7');
  });
});

describe('sections of a data file', () => {
  beforeEach(() => sinon.stub(console, 'error'));
  afterEach(() => sinon.restore());

  it('reads each section once, and a bug while reading one is an invalid-data error, not an exception', async () => {
    const loaded = await loadData(fresh('/test/fixtures/tiny.json'));
    let reads = 0;
    const counted = { name: 'counted', read: () => ++reads };
    expect(await prepare(loaded, [counted, counted]), 'read just now').to.equal(true);
    expect(await prepare(loaded, [counted]), 'read before').to.equal(false);
    expect(loaded.file.read(counted)).to.equal(1);
    const broken = {
      name: 'broken',
      read: () => {
        throw new TypeError('a bug');
      },
    };
    const error = (await prepare(loaded, [broken]).catch((e: unknown) => e)) as DataError;
    expect(error).to.be.instanceOf(DataError);
    expect(error.reason).to.equal('invalid');
    expect(error.message).to.contain('a bug');
  });

  it('a section with times is not read before Temporal is there', async () => {
    const loaded = await loadData(fresh('/test/fixtures/tiny.json'));
    const timed = { name: 'timed', loadTemporal, read: () => 'read' };
    expect(loaded.file.temporal).to.equal(undefined); // a fresh file: no section read yet
    expect(() => loaded.file.read(timed)).to.throw(/Temporal/);
    await prepare(loaded, [timed]);
    expect(typeof loaded.file.temporal?.PlainDate).to.equal('function');
    expect(loaded.file.read(timed)).to.equal('read');
  });
});

describe('widgets and their data', () => {
  let consoleError: sinon.SinonStub;
  beforeEach(() => {
    consoleError = sinon.stub(console, 'error');
    sinon.stub(console, 'warn');
  });
  afterEach(() => sinon.restore());

  it('after reading its sections for over a frame, a widget renders in a task of its own', async () => {
    // Reading is made to look slow (each clock reading 20 ms on), and the message the
    // widget waits for is held back: until it is let go, the widget has not rendered.
    let clock = 0;
    sinon.stub(performance, 'now').callsFake(() => (clock += 20));
    const held: (() => void)[] = [];
    class HeldChannel {
      readonly port1: { onmessage: (() => void) | null } = { onmessage: null };
      readonly port2 = { postMessage: () => held.push(() => this.port1.onmessage?.()) };
    }
    sinon.stub(window, 'MessageChannel').value(HeldChannel);
    const el = document.createElement('conf-topics');
    el.data = { conference: { name: 'Slow' }, topics: ['Compilers'] };
    const ready = oneEvent(el, 'conf-ready');
    document.body.append(el);
    try {
      await waitUntil(() => held.length === 1, 'the widget waits for a message');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(el.state, 'not rendered before the next task').to.equal('loading');
      held[0]!();
      await ready;
      expect(el.shadowRoot!.querySelector('[part="topic"]')!.textContent).to.equal('Compilers');
    } finally {
      el.remove();
    }
  });

  it('a file read quickly renders at once, without waiting for a task', async () => {
    let clock = 0;
    sinon.stub(performance, 'now').callsFake(() => (clock += 1));
    const posted = sinon.spy();
    sinon.stub(window, 'MessageChannel').value(
      class {
        readonly port1 = { onmessage: null };
        readonly port2 = { postMessage: posted };
      },
    );
    const el = document.createElement('conf-topics');
    el.data = { conference: { name: 'Quick' }, topics: ['Compilers'] };
    const ready = oneEvent(el, 'conf-ready');
    document.body.append(el);
    try {
      await ready;
      expect(posted.called, 'no message waited for').to.equal(false);
    } finally {
      el.remove();
    }
  });

  it('shows the light-DOM fallback while loading, then the data, and fires conf-ready', async () => {
    const el = await fixture<ConfTopics>(
      html`<conf-topics src=${fresh('/test/fixtures/tiny.json')}
        ><p>Topics: compilers.</p></conf-topics
      >`,
    );
    expect(el.getAttribute('state')).to.equal('loading');
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    await oneEvent(el, 'conf-ready');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[part="topic"]')).to.have.length(2);
  });

  it('shows an error naming the URL, keeps the fallback, and fires conf-error with details', async () => {
    const src = fresh('/test/fixtures/invalid.json');
    const el = await fixture<ConfTopics>(
      html`<conf-topics src=${src}><p>Fallback text</p></conf-topics>`,
    );
    const event = await oneEvent(el, 'conf-error');
    expect(event.detail.path).to.equal('conference.name');
    expect(event.detail.url).to.equal(new URL(src, location.href).href);
    expect(el.getAttribute('state')).to.equal('error');
    const message = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(message.textContent).to.contain(new URL(src, location.href).href);
    expect(message.textContent).to.contain('conference.name');
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    expect(consoleError.calledOnce).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('retries when src changes after an error', async () => {
    const el = await fixture<ConfTopics>(
      html`<conf-topics src=${fresh('/test/fixtures/nowhere.json')}></conf-topics>`,
    );
    await oneEvent(el, 'conf-error');
    el.src = fresh('/test/fixtures/tiny.json');
    await oneEvent(el, 'conf-ready');
    expect(el.state).to.equal('ready');
  });

  it('takes the data property over src, validated the same way', async () => {
    const el = await fixture<ConfTopics>(
      html`<conf-topics src="/test/fixtures/nowhere.json"></conf-topics>`,
    );
    el.data = { conference: { name: 'Inline' }, topics: ['From a framework'] };
    await waitUntil(() => el.state === 'ready');
    expect(el.shadowRoot!.querySelector('[part="topic"]')!.textContent).to.equal(
      'From a framework',
    );
  });

  it('gives every widget inside <conf-data> its data, from one fetch', async () => {
    const fetchSpy = sinon.spy(window, 'fetch');
    const src = fresh('/demo/mlsys-2022.json');
    const provider = await fixture(
      html`<conf-data src=${src}>
        <section><conf-topics></conf-topics></section>
        <conf-topics layout="chips"></conf-topics>
      </conf-data>`,
    );
    const widgets = [...provider.querySelectorAll('conf-topics')];
    await waitUntil(() => widgets.every((widget) => widget.state === 'ready'));
    expect(fetchSpy.callCount).to.equal(1);
    expect(provider.getAttribute('state')).to.equal('ready');
    for (const widget of widgets)
      expect(widget.shadowRoot!.querySelectorAll('[part="topic"]')).to.have.length(14);
  });

  it('passes an error of <conf-data> on to its widgets', async () => {
    const provider = await fixture(
      html`<conf-data src=${fresh('/test/fixtures/not-json.json')}>
        <conf-topics><p>No topics</p></conf-topics>
      </conf-data>`,
    );
    const widget = provider.querySelector('conf-topics')!;
    await waitUntil(() => widget.state === 'error');
    expect(provider.getAttribute('state')).to.equal('error');
    expect(widget.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(
      'not a valid data file',
    );
  });
});
