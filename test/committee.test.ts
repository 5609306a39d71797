import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { loadData } from '../src/data/load.js';
import { all, text } from './helpers/widgets.js';
import { groupByRole, type ConfCommittee } from '../src/committee/committee.js';

async function committee(template: ReturnType<typeof html>): Promise<ConfCommittee> {
  const el = await fixture<ConfCommittee>(template);
  if (el.state !== 'ready') await oneEvent(el, 'conf-ready');
  await el.updateComplete;
  return el;
}

const names = (root: ParentNode) => all(root, '[part="member"] .name').map(text);

const people = (members: object[]) => ({
  conference: { name: 'Test' },
  committees: [{ id: 'pc', title: 'Program Committee', members }],
});

describe('<conf-committee>', function () {
  // axe-core checks of a whole committee or wall take 2–4 s in WebKitGTK on this 2-core
  // machine (much less elsewhere): more than mocha's 5 s once the machine is busy.
  this.timeout(15_000);

  // The first load of a seed also loads Temporal (the polyfill in WebKit), which on a
  // busy machine can take longer than one test's timeout: do it once, up front.
  before(async function () {
    this.timeout(30_000);
    await Promise.all(
      ['/demo/mlsys-2022.json', '/demo/workshop-2017.json'].map((url) => loadData(url)),
    );
  });

  afterEach(() => sinon.restore());

  describe('the MLSys seed', () => {
    it('shows every committee under its title, in file order, with headings in order', async () => {
      const el = await committee(
        html`<conf-committee src="/demo/mlsys-2022.json"></conf-committee>`,
      );
      const sections = all(el.shadowRoot!, '[part="committee"]');
      expect(
        sections.map((section) => text(section.querySelector('[part="title"]'))),
      ).to.deep.equal(['Organizing Committee', 'Board', 'Steering Committee']);
      expect(all(el.shadowRoot!, '[part="title"]').map((h) => h.localName)).to.deep.equal([
        'h2',
        'h2',
        'h2',
      ]);
      expect(new Set(all(el.shadowRoot!, '[part="role"]').map((h) => h.localName))).to.deep.equal(
        new Set(['h3']),
      );
      await expect(el).to.be.accessible();
    });

    it('groups the organizing committee by role, in file order, 11 members', async () => {
      const el = await committee(
        html`<conf-committee src="/demo/mlsys-2022.json"></conf-committee>`,
      );
      const organizing = el.shadowRoot!.querySelector('[part="committee"]')!;
      expect(all(organizing, '[part="member"]')).to.have.length(11);
      expect(all(organizing, '[part="role"]').map(text)).to.deep.equal([
        'General Chair',
        'Program Chair',
        'Workshop and Tutorial Chair',
        'Workflow Chair',
        'Sponsor Chair',
        'Publications Chair',
        'Artifact Evaluation Chair',
        'Panel and Young Professional Activities Chair',
      ]);
      const program = all(organizing, '[part="group"]')[1]!;
      expect(text(program.querySelector('[part="role"]'))).to.equal('Program Chair');
      expect(names(program)).to.deep.equal(['Yuejie Chi', 'Carole-Jean Wu']);
      expect(all(program, '[part="affiliation"]').map(text)).to.deep.equal(['CMU', 'Facebook']);
      expect(text(all(organizing, '[part="member"]')[7]!.querySelector('.name'))).to.equal(
        'Jakub Konečný',
      );
      // No photos in this committee: no avatars at all.
      expect(organizing.querySelector('[part="avatar"]')).to.equal(null);
    });

    it('shows the committee links after its members', async () => {
      const el = await committee(
        html`<conf-committee src="/demo/mlsys-2022.json"></conf-committee>`,
      );
      const organizing = el.shadowRoot!.querySelector('[part="committee"]')!;
      const links = all(organizing, 'a[part="link"]') as HTMLAnchorElement[];
      expect(links.map((link) => [text(link), link.href])).to.deep.equal([
        ['Contact the organizers', 'https://mlsys.org/Help/Contact'],
        ['Program Committee', 'https://mlsys.org/Conferences/2022/ProgramCommittee'],
      ]);
      const lastMember = all(organizing, '[part="member"]').at(-1)!;
      expect(
        lastMember.compareDocumentPosition(links[0]!) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).to.not.equal(0);
      expect(organizing.querySelector('[part="links"]')!.getAttribute('role')).to.equal('list');
    });

    it('shows the board: three roles, then six plain members', async () => {
      const el = await committee(
        html`<conf-committee src="/demo/mlsys-2022.json" committee="board"></conf-committee>`,
      );
      const groups = all(el.shadowRoot!, '[part~="group"]');
      expect(groups).to.have.length(4);
      expect(
        groups
          .slice(0, 3)
          .map((group) => [text(group.querySelector('[part="role"]')), ...names(group)]),
      ).to.deep.equal([
        ['President', 'Ameet Talwalkar'],
        ['Secretary', 'Virginia Smith'],
        ['Treasurer', 'Inderjit Dhillon'],
      ]);
      const plain = groups[3]!;
      expect(plain.getAttribute('part')).to.equal('group plain');
      expect(plain.querySelector('[part="role"]')).to.equal(null);
      expect(names(plain)).to.deep.equal([
        'Matei Zaharia',
        'Dimitris Papailiopoulos',
        'Vivienne Sze',
        'Alex Dimakis',
        'Alex Smola',
        'Ion Stoica',
      ]);
      // The plain list is named by the committee title, not read as part of "Treasurer".
      const list = plain.querySelector('ul')!;
      expect(
        el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)!.textContent,
      ).to.equal('Board');
      await expect(el).to.be.accessible();
    });

    it('shows the steering committee alone with committee="steering": nine names in a compact list', async () => {
      const el = await committee(
        html`<conf-committee
          src="/demo/mlsys-2022.json"
          committee="steering"
          style="width: 50em"
        ></conf-committee>`,
      );
      expect(all(el.shadowRoot!, '[part="committee"]')).to.have.length(1);
      expect(text(el.shadowRoot!.querySelector('[part="title"]'))).to.equal('Steering Committee');
      expect(el.shadowRoot!.querySelector('[part="role"]')).to.equal(null);
      expect(names(el.shadowRoot!)).to.deep.equal([
        'Jennifer Chayes',
        'Bill Dally',
        'Jeff Dean',
        'Michael I. Jordan',
        'Yann LeCun',
        'Fei-Fei Li',
        'Alex Smola',
        'Dawn Song',
        'Eric Xing',
      ]);
      const list = el.shadowRoot!.querySelector('ul.members')!;
      expect(list.classList.contains('names')).to.equal(true);
      expect(list.getAttribute('role')).to.equal('list');
      expect(getComputedStyle(list).listStyleType).to.equal('none');
      expect(getComputedStyle(list).columnCount).to.equal('4');
      await expect(el).to.be.accessible();
    });
  });

  describe('the workshop seed', () => {
    it('shows 8 members with affiliations and mailto links that name the person', async () => {
      const el = await committee(
        html`<conf-committee src="/demo/workshop-2017.json"></conf-committee>`,
      );
      const members = all(el.shadowRoot!, '[part="member"]');
      expect(members).to.have.length(8);
      expect(text(members[0]!.querySelector('[part="name"]'))).to.equal('Sarah Bird');
      expect(text(members[0]!.querySelector('[part="affiliation"]'))).to.equal('Facebook Research');
      expect(text(members[2]!.querySelector('[part="affiliation"]'))).to.equal(
        'CMU and Vector Institute',
      );
      const emails = all(el.shadowRoot!, 'a[part="email"]') as HTMLAnchorElement[];
      expect(emails).to.have.length(8);
      expect(emails[0]!.getAttribute('href')).to.equal('mailto:slbird@fb.com');
      expect(text(emails[0]!)).to.equal('slbird@fb.com');
      const name = emails[0]!.getAttribute('aria-label')!;
      expect(name).to.contain('Email Sarah Bird');
      expect(name, 'the visible text is part of the accessible name').to.contain('slbird@fb.com');
      expect(emails[7]!.getAttribute('href')).to.equal('mailto:sidsen@microsoft.com');
      expect(el.shadowRoot!.querySelector('[part="links"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('lays the cards out in columns by the element width: one in a 240 px sidebar, more on a wide page', async () => {
      const wrapper = await fixture(
        html`<div>
          <conf-committee src="/demo/workshop-2017.json" style="width: 240px"></conf-committee>
          <conf-committee
            src="/demo/workshop-2017.json"
            style="width: 1100px; font-size: 16px"
          ></conf-committee>
        </div>`,
      );
      const [narrow, wide] = all(wrapper, 'conf-committee') as ConfCommittee[];
      for (const el of [narrow!, wide!]) if (el.state !== 'ready') await oneEvent(el, 'conf-ready');
      await narrow!.updateComplete;
      await wide!.updateComplete;
      const columns = (el: ConfCommittee) =>
        getComputedStyle(el.shadowRoot!.querySelector('.cards')!).gridTemplateColumns.split(' ')
          .length;
      expect(columns(narrow!)).to.equal(1);
      expect(columns(wide!)).to.equal(4);
      // Nothing overflows the sidebar.
      const sidebar = narrow!.shadowRoot!.querySelector('.groups')!;
      expect(sidebar.scrollWidth).to.be.at.most(sidebar.clientWidth + 1);
    });
  });

  describe('options', () => {
    it('sets the heading levels with heading-level (roles one below)', async () => {
      const el = await committee(
        html`<conf-committee
          src="/demo/mlsys-2022.json"
          committee="organizing"
          heading-level="3"
        ></conf-committee>`,
      );
      expect(el.shadowRoot!.querySelector('[part="title"]')!.localName).to.equal('h3');
      expect(el.shadowRoot!.querySelector('[part="role"]')!.localName).to.equal('h4');
      el.headingLevel = 42;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="title"]')!.localName).to.equal('h2');
    });

    it('says so, and warns once, for an unknown committee id', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await committee(
        html`<conf-committee src="/demo/mlsys-2022.json" committee="nope"></conf-committee>`,
      );
      expect(text(el.shadowRoot!.querySelector('[part="notice"]'))).to.equal(
        'No committee "nope" in the data file.',
      );
      expect(el.shadowRoot!.querySelector('[part="member"]')).to.equal(null);
      el.headingLevel = 3;
      await el.updateComplete;
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('committee="nope"');
      await expect(el).to.be.accessible();
      el.committee = 'board';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
      expect(all(el.shadowRoot!, '[part="member"]')).to.have.length(9);
    });

    it('speaks German with locale="de"', async () => {
      const el = await committee(
        html`<conf-committee src="/demo/workshop-2017.json" locale="de"></conf-committee>`,
      );
      expect(el.shadowRoot!.querySelector('a[part="email"]')!.getAttribute('aria-label')).to.equal(
        'E-Mail an Sarah Bird: slbird@fb.com',
      );
    });

    it('links a name to the member url', async () => {
      const el = await committee(
        html`<conf-committee
          .data=${people([{ name: 'Ada Lovelace', url: 'https://example.org/ada' }])}
        ></conf-committee>`,
      );
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="name"] a')!;
      expect(link.href).to.equal('https://example.org/ada');
      expect(text(link)).to.equal('Ada Lovelace');
    });
  });

  describe('photos', () => {
    const withPhotos = people([
      { name: 'Grace Hopper', role: 'Chair', photo: '/test/fixtures/photo.svg' },
      { name: 'Jakub Konečný', role: 'Chair', photo: '/test/fixtures/missing.png' },
      { name: 'Ada Lovelace', affiliation: 'Analytical Engines' },
    ]);

    it('shows a photo lazily, decoratively, at a fixed size; initials when it is missing or fails', async () => {
      const el = await committee(html`<conf-committee .data=${withPhotos}></conf-committee>`);
      const avatars = all(el.shadowRoot!, '[part="avatar"]');
      expect(avatars, 'every member of a committee with photos gets an avatar').to.have.length(3);
      const photo = avatars[0]!.querySelector('img')!;
      expect(photo.getAttribute('alt')).to.equal('');
      expect(photo.getAttribute('loading')).to.equal('lazy');
      expect(photo.getAttribute('decoding')).to.equal('async');
      expect(text(avatars[2]!.querySelector('[part="initials"]'))).to.equal('AL');
      expect(avatars[2]!.querySelector('[part="initials"]')!.getAttribute('aria-hidden')).to.equal(
        'true',
      );

      // The photo that 404s: after its error event, initials and no image.
      await waitUntil(
        () => avatars[1]!.querySelector('img') === null,
        'the failed photo is replaced',
        { timeout: 4000 },
      );
      expect(text(avatars[1]!.querySelector('[part="initials"]'))).to.equal('JK');
      await waitUntil(() => photo.complete && photo.naturalWidth > 0, 'the good photo loads', {
        timeout: 4000,
      });
      expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(1);

      const sizes = avatars.map((avatar) => avatar.getBoundingClientRect());
      expect(sizes[0]!.width).to.be.greaterThan(0);
      for (const size of sizes) {
        expect(size.width).to.equal(sizes[0]!.width);
        expect(size.height).to.equal(sizes[0]!.width);
      }
      await expect(el).to.be.accessible();
    });
  });

  describe('bad data', () => {
    it('skips a member without a name, with a warning naming its path', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await committee(
        html`<conf-committee
          .data=${people([{ name: 'A One' }, { name: 'B Two' }, { name: 'C Three' }, { role: 'Chair' }, { name: 'E Five' }])}
        ></conf-committee>`,
      );
      expect(names(el.shadowRoot!)).to.deep.equal(['A One', 'B Two', 'C Three', 'E Five']);
      expect(
        warn.args
          .map((args) => String(args[0]))
          .some((message) => message.includes('committees[0].members[3].name')),
      ).to.equal(true);
    });

    it('does not link javascript: URLs and renders markup in names as text', async () => {
      sinon.stub(console, 'warn');
      const evil = '<img src=x onerror="window.__pwnedCommittee=1">';
      const el = await committee(
        html`<conf-committee
          .data=${{
            conference: { name: 'Test' },
            committees: [
              {
                id: 'x',
                title: '<b>Title</b>',
                members: [
                  { name: evil, role: '<i>Chair</i>', affiliation: '<script>alert(1)</script>' },
                  { name: 'Mallory', url: 'javascript:alert(1)' },
                  { name: 'Eve', url: ' JaVaScRiPt:alert(1)' },
                ],
                links: [{ label: 'Bad link', url: 'javascript:alert(1)' }],
              },
            ],
          }}
        ></conf-committee>`,
      );
      const root = el.shadowRoot!;
      expect(names(root)).to.deep.equal([evil, 'Mallory', 'Eve']);
      expect(text(root.querySelector('[part="title"]'))).to.equal('<b>Title</b>');
      expect(text(root.querySelector('[part="role"]'))).to.equal('<i>Chair</i>');
      expect(root.querySelector('img, b, i, script')).to.equal(null);
      expect(root.querySelectorAll('a')).to.have.length(0);
      expect(text(root.querySelector('[part="link"]'))).to.equal('Bad link');
      expect((window as { __pwnedCommittee?: number }).__pwnedCommittee).to.equal(undefined);
    });

    it('renders nothing for a file without committees', async () => {
      const el = await committee(
        html`<conf-committee .data=${{ conference: { name: 'X' } }}></conf-committee>`,
      );
      expect(el.shadowRoot!.querySelector('[part="committee"]')).to.equal(null);
    });
  });

  describe('states', () => {
    it('is accessible while loading and on error', async () => {
      sinon.stub(console, 'error');
      const loading = await fixture<ConfCommittee>(
        html`<conf-committee
          ><p>The committee is listed on the conference site.</p></conf-committee
        >`,
      );
      expect(loading.state).to.equal('loading');
      await expect(loading).to.be.accessible();
      const failed = await fixture<ConfCommittee>(
        html`<conf-committee src="/test/fixtures/nowhere.json"></conf-committee>`,
      );
      await oneEvent(failed, 'conf-error');
      await failed.updateComplete;
      expect(failed.state).to.equal('error');
      expect(text(failed.shadowRoot!.querySelector('[part="error"]'))).to.contain('nowhere.json');
      await expect(failed).to.be.accessible();
    });
  });
});

describe('groupByRole', () => {
  it('keeps file order: a group stands where its first member stands; roles match ignoring case', () => {
    const groups = groupByRole([
      { name: 'a', role: 'Chair' },
      { name: 'b' },
      { name: 'c', role: 'Treasurer' },
      { name: 'd', role: 'chair' },
      { name: 'e' },
    ]);
    expect(
      groups.map((group) => [group.role, group.members.map((member) => member.name)]),
    ).to.deep.equal([
      ['Chair', ['a', 'd']],
      [undefined, ['b', 'e']],
      ['Treasurer', ['c']],
    ]);
  });
});
