// `conf-widgets render` (SPEC §6) through the built CLI (dist/cli.js, as npm test builds
// it): the static snippet is plain semantic HTML that a filtered editor keeps — no
// script, style, template, custom element, style or on… attribute; classes `conf-…`
// without ad-blocker words; every time a <time datetime>; safe links only; "As of"
// once where the moment matters — and it goes through real sanitizers (sanitize-html
// set up as WordPress's post filter for authors and as Drupal's Basic HTML) with its
// text and links whole; the hostile corpus gives text, never markup; --format dsd gives
// the element with a declarative shadow root; an invalid file prints what validate
// prints and nothing is rendered.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parseFragment } from 'parse5';
import sanitizeHtml from 'sanitize-html';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'bin', 'conf-widgets.js');
const run = promisify(execFile);
const NOW = '2022-03-01T12:00:00Z';

/** Runs the CLI; resolves to { code, stdout, stderr } whatever the exit status. */
async function cli(...args) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      maxBuffer: 16 << 20,
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

const MLSYS = 'demo/mlsys-2022.json';
const WORKSHOP = 'demo/workshop-2017.json';
const CASES = [
  ['countdown', MLSYS, ['--attr', 'date=camera-ready']],
  ['dates', MLSYS, []],
  ['committee', WORKSHOP, []],
  ['sponsors', MLSYS, []],
  ['topics', MLSYS, []],
  ['cfp', WORKSHOP, ['--now', '2017-10-15T12:00:00Z']],
  ['deadlines', 'demo/lab-venues.json', ['--now', '2026-11-28T12:00:00Z']],
];
const SHOWS_TIMES = new Set(['countdown', 'dates', 'cfp', 'deadlines']);

/** Every element of a parse5 tree, depth first. */
function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) yield child;
    yield* elements(child.tagName === 'template' ? child.content : child);
  }
}
const attr = (el, name) => el.attrs.find((a) => a.name === name)?.value;
/** The text a reader sees, whitespace folded. */
function textOf(html) {
  const parts = [];
  const walk = (node) => {
    for (const child of node.childNodes ?? [])
      if (child.nodeName === '#text') parts.push(child.value);
      else walk(child);
  };
  walk(parseFragment(html));
  return parts.join('').replace(/\s+/g, ' ').trim();
}
const links = (html) =>
  [...elements(parseFragment(html))]
    .filter((el) => el.tagName === 'a')
    .map((el) => attr(el, 'href'));

/**
 * The tags of a post that our static snippet may use: what a blog's editor keeps (the
 * tags WordPress allows its authors, with <time>).
 */
const POST_TAGS = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'dd',
  'del',
  'details',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'i',
  'img',
  'ins',
  'li',
  'ol',
  'p',
  's',
  'section',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'time',
  'ul',
];

// WordPress's post filter for authors without unfiltered_html (wp-includes/kses.php,
// $allowedposttags and the global attributes every tag gets): the tags our snippet can
// contain, with their attributes. Not there: <time> — WordPress drops the tag (its text
// stays), so on WordPress the instants live in the words only.
const WORDPRESS_GLOBAL = [
  'class',
  'id',
  'title',
  'lang',
  'dir',
  'role',
  'style',
  'aria-*',
  'data-*',
];
const WORDPRESS = {
  allowedTags: POST_TAGS.filter((tag) => tag !== 'time'),
  allowedAttributes: {
    '*': WORDPRESS_GLOBAL,
    a: ['href', 'rel', 'target', 'name', 'download'],
    img: ['alt', 'src', 'width', 'height'],
    del: ['datetime'],
    ins: ['datetime'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
};
// Drupal's "Basic HTML" text format as installed (standard profile): no class, no div,
// span, time or abbr — their text stays.
const DRUPAL_BASIC = {
  allowedTags: [
    'a',
    'em',
    'strong',
    'cite',
    'blockquote',
    'code',
    'ul',
    'ol',
    'li',
    'dl',
    'dt',
    'dd',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'p',
    'br',
    'img',
  ],
  allowedAttributes: {
    a: ['href', 'hreflang'],
    img: ['src', 'alt', 'width', 'height'],
    ol: ['start', 'type'],
    ul: ['type'],
    blockquote: ['cite'],
    h2: ['id'],
    h3: ['id'],
    h4: ['id'],
    h5: ['id'],
    h6: ['id'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
};

describe('render --format html', () => {
  for (const [element, file, args] of CASES) {
    test(`<conf-${element}>: plain semantic HTML, classes conf-…, times with datetime, safe links`, async () => {
      const { code, stdout, stderr } = await cli(
        'render',
        file,
        '--element',
        element,
        '--now',
        NOW,
        ...args,
      );
      assert.equal(code, 0, stderr);
      const tree = parseFragment(stdout);
      const all = [...elements(tree)];
      assert.ok(all.length > 3, stdout);
      for (const el of all) {
        assert.ok(
          !['script', 'style', 'template', 'iframe', 'button', 'slot', 'svg'].includes(el.tagName),
          `<${el.tagName}>`,
        );
        assert.ok(!el.tagName.includes('-'), `custom element <${el.tagName}>`);
        for (const { name, value } of el.attrs) {
          assert.ok(!/^on|^style$|^part$|^aria-hidden$/.test(name), `<${el.tagName} ${name}>`);
          if (name === 'class')
            for (const word of value.split(' ')) {
              assert.match(word, /^conf-[a-z0-9-]+$/, `class ${word}`);
              assert.doesNotMatch(
                word,
                /sponsor|(^|-)ads?(-|$)|banner/,
                `ad-blocker word: ${word}`,
              );
            }
        }
        if (el.tagName === 'a')
          assert.match(attr(el, 'href'), /^(https?:|mailto:|\/|[^:]*$)/, 'a safe link');
        if (el.tagName === 'time')
          assert.match(
            attr(el, 'datetime'),
            /^(\d{4}-\d{2}-\d{2}(T[\d:]+(\.\d+)?(Z|[+-]\d{2}:\d{2}))?|P(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?)$/,
            attr(el, 'datetime'),
          );
      }
      assert.equal(all[0].tagName, 'div');
      assert.match(attr(all[0], 'class'), new RegExp(`^conf-widget conf-`));
      const asOf = (stdout.match(/As of /g) ?? []).length;
      assert.equal(
        asOf,
        SHOWS_TIMES.has(element) ? 1 : 0,
        'As of …, once where the moment matters',
      );
      if (SHOWS_TIMES.has(element))
        assert.ok(
          all.some((el) => el.tagName === 'time'),
          'times',
        );
    });

    test(`<conf-${element}>: WordPress's author filter and Drupal's Basic HTML keep its text and links`, async () => {
      const { stdout } = await cli('render', file, '--element', element, '--now', NOW, ...args);
      const wordpress = sanitizeHtml(stdout, WORDPRESS);
      assert.equal(textOf(wordpress), textOf(stdout));
      assert.deepEqual(links(wordpress), links(stdout));
      // Everything but <time> stays as it is, classes too.
      const untimed = stdout.replace(/<time[^>]*>|<\/time>/g, '');
      const normalize = (html) =>
        sanitizeHtml(html, {
          allowedTags: false,
          allowedAttributes: false,
          allowVulnerableTags: true, // only re-serializes our own output
        });
      assert.equal(normalize(wordpress), normalize(untimed));
      const drupal = sanitizeHtml(stdout, DRUPAL_BASIC);
      assert.equal(textOf(drupal), textOf(stdout));
      assert.deepEqual(links(drupal), links(stdout));
    });
  }

  test('the hostile corpus renders as text, never markup', async () => {
    const dir = join(ROOT, 'test', 'hostile');
    let rendered = 0;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      for (const [element] of CASES.filter(([e]) => e !== 'deadlines')) {
        const { code, stdout } = await cli(
          'render',
          join(dir, name),
          '--element',
          element,
          '--now',
          NOW,
        );
        if (code !== 0) continue; // an invalid file: nothing rendered (tested below)
        rendered++;
        const all = [...elements(parseFragment(stdout))];
        for (const el of all) {
          assert.ok(POST_TAGS.includes(el.tagName), `${name} ${element}: <${el.tagName}>`);
          for (const { name: attribute, value } of el.attrs) {
            assert.ok(
              [
                'class',
                'href',
                'src',
                'alt',
                'title',
                'datetime',
                'lang',
                'dir',
                'width',
                'height',
              ].includes(attribute),
              `${name} ${element}: ${attribute}`,
            );
            if (attribute === 'href' || attribute === 'src')
              // what a URL parser strips first: C0 controls and spaces (not U+00A0)
              assert.doesNotMatch(
                // eslint-disable-next-line no-control-regex
                value.replace(/^[\u0000-\u0020]+/, ''),
                /^(javascript|data|vbscript):/i,
                `${name} ${element}: ${value}`,
              );
          }
        }
      }
    }
    assert.ok(rendered > 5, `rendered ${rendered} hostile snippets`);
    const markup = await cli(
      'render',
      join(dir, 'markup.json'),
      '--element',
      'topics',
      '--now',
      NOW,
    );
    assert.equal(markup.code, 0, markup.stderr);
    assert.match(markup.stdout, /&lt;img src=x onerror/, 'markup in a topic is shown as text');
  });
});

describe('render --format dsd', () => {
  test('the element with its shadow root as declarative shadow DOM, its attributes, no moment frozen', async () => {
    const { code, stdout, stderr } = await cli(
      'render',
      MLSYS,
      '--element',
      'countdown',
      '--format',
      'dsd',
      '--now',
      NOW,
      '--attr',
      'date=camera-ready',
      '--attr',
      'src=/data/mlsys-2022.json',
      '--locale',
      'de',
      '--time-zone',
      'Europe/Berlin',
    );
    assert.equal(code, 0, stderr);
    const [host] = elements(parseFragment(stdout));
    assert.equal(host.tagName, 'conf-countdown');
    assert.equal(attr(host, 'date'), 'camera-ready');
    assert.equal(attr(host, 'src'), '/data/mlsys-2022.json');
    assert.equal(attr(host, 'locale'), 'de');
    assert.equal(attr(host, 'time-zone'), 'Europe/Berlin');
    assert.equal(attr(host, 'now'), undefined, 'the live element keeps its own clock');
    const template = host.childNodes.find((node) => node.tagName === 'template');
    assert.equal(attr(template, 'shadowrootmode'), 'open');
    const inside = [...elements(template.content)];
    assert.ok(
      inside.some((el) => el.tagName === 'style'),
      'its styles',
    );
    assert.ok(
      inside.some((el) => attr(el, 'part') === 'remaining'),
      'the remaining time',
    );
    assert.match(stdout, /Tage/, 'in German');
    assert.doesNotMatch(
      stdout,
      /<!--\/?lit-/,
      "no Lit markers: the live element takes over, it doesn't hydrate",
    );
  });

  test('a URL given as the file becomes the src of the element', async () => {
    const server = createServer((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(readFileSync(join(ROOT, MLSYS)));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${server.address().port}/mlsys-2022.json`;
      const { code, stdout, stderr } = await cli(
        'render',
        url,
        '--element',
        'topics',
        '--format',
        'dsd',
      );
      assert.equal(code, 0, stderr);
      const [host] = elements(parseFragment(stdout));
      assert.equal(attr(host, 'src'), url);
    } finally {
      server.close();
    }
  });

  test('an unreadable URL: nothing rendered, exit 2', async () => {
    const { code, stdout, stderr } = await cli(
      'render',
      'http://127.0.0.1:9/none.json',
      '--element',
      'dates',
      '--timeout',
      '1',
    );
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /127\.0\.0\.1:9/);
  });
});

describe('render on a bad input', () => {
  test('an invalid file prints what validate prints, renders nothing, exits 1', async () => {
    const file = 'test/fixtures/invalid.json';
    const validate = await cli('validate', file);
    const render = await cli('render', file, '--element', 'dates');
    assert.equal(validate.code, 1);
    assert.equal(render.code, 1);
    assert.equal(render.stdout, '');
    const report = (validate.stdout + validate.stderr).trim();
    assert.ok(report.length > 0);
    assert.ok(render.stderr.includes(report), `${render.stderr}\n---\n${report}`);
    assert.match(render.stderr, /nothing rendered/);
  });

  test('a wrong command line: unknown element, attribute or format', async () => {
    for (const args of [
      ['--element', 'calendar'],
      ['--element', 'dates', '--attr', 'onclick=alert(1)'],
      ['--element', 'dates', '--format', 'pdf'],
      ['--element', 'dates', '--now', 'yesterday'],
    ]) {
      const { code, stdout, stderr } = await cli('render', MLSYS, ...args);
      assert.equal(code, 2, `${args.join(' ')}: ${stderr}`);
      assert.equal(stdout, '');
    }
  });
});
