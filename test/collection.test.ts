import { expect } from '@open-wc/testing';
import { isCollection, problemsAt, readCollection } from '../src/data/collection.js';
import { parseConference } from '../src/data/normalize.js';

// The collection file's reader (src/data/collection.ts): what the board, `validate` and
// `ics` all start from.

const BASE = 'https://lab.example.org/lists/deadlines.json';

const paths = (problems: readonly { path: string; severity: string }[]) =>
  problems.map((problem) => `${problem.severity} ${problem.path}`);

describe('collection files', () => {
  it('are told from data files by their `collection` key', () => {
    expect(isCollection({ collection: { name: 'x' }, conferences: [] })).to.be.true;
    expect(isCollection({ conference: { name: 'x' } })).to.be.false;
    expect(isCollection(Object.create({ collection: {} }))).to.be.false; // own keys only
    expect(isCollection([{ collection: {} }])).to.be.false;
    expect(isCollection(null)).to.be.false;
  });

  it('read the header, and each entry by URL (resolved against the file) or inline', () => {
    const { collection, problems } = readCollection(
      {
        collection: {
          name: ' Deadlines we track ',
          url: 'https://lab.example.org/',
          feed: 'deadlines.ics',
          source: 'ccfddl/ccf-deadlines, MIT',
          updated: '2026-12-01',
        },
        conferences: [
          { src: 'mlsys-2027.json', tags: ['Systems'] },
          { src: 'https://other.example/osdi.json' },
          { conference: { name: 'Inline', tags: ['ml'] }, tags: ['extra'], dates: [] },
        ],
      },
      BASE,
    );
    expect(problems).to.deep.equal([]);
    expect(collection!.info).to.deep.equal({
      name: 'Deadlines we track',
      url: 'https://lab.example.org/',
      feed: 'https://lab.example.org/lists/deadlines.ics',
      source: 'ccfddl/ccf-deadlines, MIT',
      updated: '2026-12-01',
    });
    const [first, second, third] = collection!.entries;
    expect(first).to.deep.include({
      kind: 'src',
      path: 'conferences[0]',
      src: 'mlsys-2027.json',
      url: 'https://lab.example.org/lists/mlsys-2027.json',
      tags: ['systems'],
    });
    expect(second).to.deep.include({ url: 'https://other.example/osdi.json', tags: [] });
    expect(third).to.deep.include({ kind: 'inline', path: 'conferences[2]', tags: ['extra'] });
  });

  it('keep relative URLs as written when the file has no http(s) URL (the command line resolves them)', () => {
    const { collection } = readCollection({
      collection: { name: 'x', feed: 'feed.ics' },
      conferences: [{ src: 'a/b.json' }],
    });
    expect(collection!.info.feed).to.equal('feed.ics');
    expect(collection!.entries[0]).to.deep.include({ src: 'a/b.json', url: undefined });
  });

  it('skip a bad entry with a warning at its JSON path; the rest stands', () => {
    const { collection, problems } = readCollection(
      {
        collection: { name: 'x', feed: 'javascript:alert(1)' },
        conferences: [
          'mlsys.json',
          { src: 'javascript:alert(1)' },
          { src: 'mailto:someone@example.org' },
          { src: 42 },
          { title: 'neither' },
          { src: 'ok.json' },
        ],
      },
      BASE,
    );
    expect(collection!.entries.map((entry) => entry.path)).to.deep.equal(['conferences[5]']);
    expect(collection!.info.feed).to.equal(undefined);
    expect(paths(problems)).to.deep.equal([
      'warning collection.feed',
      'warning conferences[0]',
      'warning conferences[1].src',
      'warning conferences[2].src',
      'warning conferences[3].src',
      'warning conferences[4]',
    ]);
  });

  it('are unusable without a name or a list of conferences (errors)', () => {
    expect(paths(readCollection({ collection: {}, conferences: [] }).problems)).to.deep.equal([
      'error collection.name',
    ]);
    expect(paths(readCollection({ collection: { name: 'x' } }).problems)).to.deep.equal([
      'error conferences',
    ]);
    expect(
      readCollection({ collection: { name: 'x' }, conferences: {} }).problems[0]!.message,
    ).to.equal('expected a list, got an object');
    expect(readCollection({ collection: 'x', conferences: [] }).collection).to.equal(undefined);
    expect(readCollection([]).problems[0]!.severity).to.equal('error');
  });

  it("put an inline conference's problems at their path in the collection", async () => {
    const entry = {
      conference: { name: 'Inline', timeZone: 'AoE' },
      dates: [{ id: 'a', label: 'A', at: '2022-13-01' }],
    };
    const { problems } = await parseConference(entry);
    expect(problemsAt('conferences[3]', problems).map((problem) => problem.path)).to.deep.equal([
      'conferences[3].dates[0].at',
    ]);
    expect(
      problemsAt('conferences[3]', [{ path: '', message: 'm', severity: 'error' }]),
    ).to.deep.equal([{ path: 'conferences[3]', message: 'm', severity: 'error' }]);
  });
});
