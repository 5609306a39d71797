import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/countdown/countdown.js';
import '../src/deadlines/deadlines.js';
import type { ConfCountdown } from '../src/countdown/countdown.js';
import type { ConfDeadlines } from '../src/deadlines/deadlines.js';
import { all, settled, text } from './helpers/widgets.js';

// Spec §5: a file a collection names that fails leaves the others shown, with a notice
// naming it and a console.warn — a warning, not an error (the lab page and the story
// "One referenced file missing" must log no error). A widget's own `src` that fails is
// still an error, logged as one.

let warn: sinon.SinonStub;
let error: sinon.SinonStub;

beforeEach(() => {
  warn = sinon.stub(console, 'warn');
  error = sinon.stub(console, 'error');
});

afterEach(() => {
  fixtureCleanup();
  sinon.restore();
});

const absolute = (path: string) => new URL(path, location.href).href;

describe('a collection whose referenced files fail', () => {
  it('warns of each with its path in the collection, shows a notice for each, logs no error', async () => {
    // URLs of their own (`?case=`): each file is fetched, and its failure said, once per page.
    const missing = '/test/fixtures/no-such-file.json?case=quiet-missing';
    const invalid = '/test/fixtures/invalid.json?case=quiet-invalid';
    const notJson = '/test/fixtures/not-json.json?case=quiet-json';
    const collection = {
      collection: { name: 'Three of four fail' },
      conferences: [
        { src: '/test/fixtures/collection/mlsys-2027.json' },
        { src: missing },
        { src: invalid },
        { src: notJson },
      ],
    };
    const el = await settled(
      await fixture<ConfDeadlines>(
        html`<conf-deadlines .data=${collection} now="2026-10-20T00:00:00Z"></conf-deadlines>`,
      ),
    );
    expect(el.state).to.equal('ready');
    // MLSys 2027's abstract and paper deadlines (the default kinds)
    expect(all(el.shadowRoot!, 'li[part~="row"]')).to.have.length(2);
    expect(all(el.shadowRoot!, '[part="notice"]').map(text)).to.deep.equal(
      [missing, invalid, notJson].map(
        (path) => `Could not load ${absolute(path)}; its deadlines are not shown.`,
      ),
    );
    expect(error.getCalls().map((call) => String(call.args[0]))).to.deep.equal([]);
    const warnings = warn.getCalls().map((call) => String(call.args[0]));
    for (const [index, path] of [
      [1, missing],
      [2, invalid],
      [3, notJson],
    ] as const) {
      expect(
        warnings.filter(
          (w) => w.includes(`conferences[${index}].src`) && w.includes(absolute(path)),
        ),
        `one warning for conferences[${index}]`,
      ).to.have.length(1);
    }
  });

  it("still logs a widget's own src that fails as an error", async () => {
    const missing = '/test/fixtures/no-such-file.json?case=loud-missing';
    const el = await settled(
      await fixture<ConfCountdown>(html`<conf-countdown src=${missing}></conf-countdown>`),
    );
    expect(el.state).to.equal('error');
    const errors = error.getCalls().map((call) => String(call.args[0]));
    expect(errors.filter((e) => e.includes(absolute(missing)))).to.have.length(1);
  });
});
