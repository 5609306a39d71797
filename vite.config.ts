import { defineConfig, parseAst, type Plugin } from 'vite';

/** One bundle per element (each also defines <conf-data>), and one with everything. */
export const bundles = {
  'conf-widgets': 'src/index.ts',
  countdown: 'src/bundles/countdown.ts',
  dates: 'src/bundles/dates.ts',
  committee: 'src/bundles/committee.ts',
  sponsors: 'src/bundles/sponsors.ts',
  topics: 'src/bundles/topics.ts',
  cfp: 'src/bundles/cfp.ts',
} as const;

export type BundleName = keyof typeof bundles;

// Library build: ES modules a lab page loads with one <script type="module"> tag.
// Each bundle is built on its own (scripts/build-lib.mjs runs this config once per
// bundle, naming it in CONF_WIDGETS_BUNDLE), so each is one file with everything it
// needs: a page pays for one request and one gzip stream, not a bundle plus shared
// chunks (one file compresses 1–6 KiB smaller). Only what a page may never need is a
// chunk of its own, loaded on demand: the Temporal polyfill (only where the browser
// has no Temporal), the de/zh words and the .ics writer (src/calendar/link.ts). Each
// of them imports nothing (test/node/bundles.test.mjs checks): a chunk importing from
// its bundle would load a second copy of it on a page that loaded the bundle under
// another URL. Lit resolves to its production build (no
// "development" export condition here). The plugins below take out what a browser
// never needs (template indentation, CSS comments, the JSON Schema's descriptions).
// Weight budgets: `npm run size`.
const bundle = (process.env.CONF_WIDGETS_BUNDLE ?? 'conf-widgets') as BundleName;
if (!(bundle in bundles)) throw new Error(`CONF_WIDGETS_BUNDLE: no bundle ${bundle}`);

export default defineConfig({
  plugins: [minifyTemplates(), dropSchemaDescriptions()],
  build: {
    target: 'es2022',
    sourcemap: true,
    emptyOutDir: bundle === 'conf-widgets',
    lib: {
      entry: { [bundle]: bundles[bundle] },
      formats: ['es'],
      fileName: (_format, entryName) => `${entryName}.js`,
    },
    rolldownOptions: {
      output: {
        minify: true,
        // No comments, not even /* @__PURE__ */ annotations (0.2 KiB gzip a bundle): they
        // help only a bundler re-bundling these files, and a page runs all of the code
        // anyway, as the elements define themselves.
        comments: false,
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});

// ---------------------------------------------------------------- the plugins

type Node = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Calls `visit` on every node of an ESTree AST. */
function walk(node: unknown, visit: (node: Node) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  visit(node as Node);
  for (const key in node) if (key !== 'parent') walk((node as Node)[key], visit);
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function applyEdits(code: string, edits: Edit[]): string {
  let out = code;
  for (const edit of [...edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** Whether a build is the library build (Storybook drops `build`, so its builds are not). */
const isLibrary = (config: { build: { lib: unknown } }) => Boolean(config.build.lib);

/**
 * CSS of one static piece of a css`` template, minified: comments out, whitespace only
 * where CSS needs it. Quoted strings are kept as they are; a space next to an
 * interpolation stays (it may separate two values).
 */
export function minifyCss(raw: string, first = true, last = true): string {
  const collapsed = raw.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\s+/g, ' ');
  let out = collapsed
    .split(/('[^'\n]*'|"[^"\n]*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}')
            .replace(/(^|[\s:,(])0\.(\d)/g, '$1.$2'),
    )
    .join('');
  if (first) out = out.replace(/^ /, '');
  if (last) out = out.replace(/ $/, '');
  return out;
}

/**
 * HTML of one static piece of an html``/svg`` template: a run of whitespace holding a
 * line break becomes one line break. Only indentation goes: where the source had a
 * line break the browser still sees whitespace (between inline elements it renders as
 * one space, as before), and none of our templates is preformatted.
 */
export function minifyHtml(raw: string): string {
  return raw.replace(/[ \t]*\n\s*/g, '\n');
}

/**
 * Minifies the static text of Lit's css``, html`` and svg`` templates in src/ (the
 * bundler's minifier leaves template literals alone). Line breaks taken out of a css``
 * template are put back after it, in the code, so every line keeps its number for the
 * source maps. Pieces with a backslash are left as they are.
 */
function minifyTemplates(): Plugin {
  let active = false;
  return {
    name: 'conf-widgets:minify-templates',
    apply: 'build',
    configResolved(config) {
      active = isLibrary(config);
    },
    transform(code, id) {
      if (!active || !/\/src\/.*\.ts$/.test(id) || !/\b(?:css|html|svg)`/.test(code)) return null;
      const edits: Edit[] = [];
      walk(parseAst(code, { lang: 'ts' }), (node) => {
        if (
          node.type !== 'TaggedTemplateExpression' ||
          node.tag?.type !== 'Identifier' ||
          !['css', 'html', 'svg'].includes(node.tag.name)
        )
          return;
        const quasis = node.quasi.quasis as { start: number; value: { raw: string } }[];
        let linesOut = 0;
        quasis.forEach((quasi, i) => {
          const raw = quasi.value.raw;
          const start = quasi.start + 1; // after the backtick or the `}`
          if (raw.includes('\\') || code.slice(start, start + raw.length) !== raw) return;
          const text =
            node.tag.name === 'css'
              ? minifyCss(raw, i === 0, i === quasis.length - 1)
              : minifyHtml(raw);
          linesOut += raw.split('\n').length - text.split('\n').length;
          if (text !== raw) edits.push({ start, end: start + raw.length, text });
        });
        if (linesOut > 0)
          edits.push({ start: node.end, end: node.end, text: '\n'.repeat(linesOut) });
      });
      return edits.length ? { code: applyEdits(code, edits), map: null } : null;
    },
  };
}

/**
 * The library build leaves out the text of the data file's schema descriptions
 * (src/data/schema.ts): only conference.schema.json and editors read them, and the
 * JSON Schema is generated from the source (scripts/build-schema.mjs), never from this
 * build. What becomes '': the value of every `description:` and `title:` property
 * written as a string or template literal, and the string argument of the file's own
 * helpers whose parameter is `description` (`text('Full name.')`). Validation messages
 * are not touched.
 */
function dropSchemaDescriptions(): Plugin {
  let active = false;
  return {
    name: 'conf-widgets:drop-schema-descriptions',
    apply: 'build',
    configResolved(config) {
      active = isLibrary(config);
    },
    transform(code, id) {
      if (!active || !/\/src\/data\/schema\.ts$/.test(id)) return null;
      const ast = parseAst(code, { lang: 'ts' });
      const isText = (node: Node | undefined) =>
        (node?.type === 'Literal' && typeof node.value === 'string') ||
        node?.type === 'TemplateLiteral';
      // helpers: `const text = (description: string) => …`
      const helpers = new Set<string>();
      walk(ast, (node) => {
        const param = node.init?.params?.[0];
        if (
          node.type === 'VariableDeclarator' &&
          node.init.type === 'ArrowFunctionExpression' &&
          node.id.type === 'Identifier' &&
          param?.type === 'Identifier' &&
          param.name === 'description'
        )
          helpers.add(node.id.name);
      });
      const edits: Edit[] = [];
      const blank = (node: Node) => edits.push({ start: node.start, end: node.end, text: "''" });
      walk(ast, (node) => {
        if (
          node.type === 'Property' &&
          ['description', 'title'].includes(node.key?.name) &&
          isText(node.value)
        )
          blank(node.value);
        else if (
          node.type === 'CallExpression' &&
          node.callee.type === 'Identifier' &&
          helpers.has(node.callee.name) &&
          isText(node.arguments[0])
        )
          blank(node.arguments[0]);
      });
      return edits.length ? { code: applyEdits(code, edits), map: null } : null;
    },
  };
}
