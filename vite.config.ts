import { readFileSync } from 'node:fs';
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
  deadlines: 'src/bundles/deadlines.ts',
} as const;

export type BundleName = keyof typeof bundles;

/** What the npm modules import by name, never inline: an app's bundler resolves these. */
const bareDependencies =
  /^(?:lit|lit-html|lit-element|@lit\/reactive-element|@lit\/context|temporal-polyfill)(?:\/|$)/;

/**
 * The shared core of the script-tag files: what every element needs — Lit and
 * @lit/context, the base element, loading and checking a data file, <conf-data>, the
 * words every widget says (errors) and the loader of the others. One chunk,
 * dist/chunks/core-[hash].js, which every script-tag file imports.
 */
const CORE =
  /\/node_modules\/(?:lit|lit-html|lit-element|@lit\/reactive-element|@lit\/context)\/|\/src\/(?:shared\/(?:conf-element|define|events|base\.styles|locale|text|messages)|data\/(?:load|file|reader|check|context|url|types)|data-provider\/data-provider)\.ts$/;
const isCore = (id: string) => CORE.test(id);

// Two builds of the same sources (scripts/build-lib.mjs runs both, naming one in
// CONF_WIDGETS_BUILD):
//
// `script` → dist/: the script-tag files, ES modules a page loads with one
//   <script type="module"> tag, needing nothing but their sibling chunks. All of them
//   are built at once and import one shared core chunk (CORE above): a page that loads
//   countdown.js and later dates.js — or conf-widgets.js — runs Lit, the data layer and
//   the base element once (one Trusted Types policy, one data cache, one ticker).
//   Everything else each file carries itself (`ownCopies` below): its elements, their
//   time and calendar code. That is the cheaper trade: a file of its own compresses as
//   one gzip stream (shared chunks per element cost conf-widgets.js 13 files and
//   +6.5 KiB gzip, measured: BENCHMARKS.md), while the code two files on one page both
//   carry is an element or two, and an element defined twice by one build is silent
//   (src/shared/define.ts). What a page may never need is a chunk loaded on demand:
//   the Temporal polyfill (only where the browser has none), the de/zh words, the .ics
//   writer. No chunk imports an entry file (test/node/bundles.test.mjs checks): a file
//   loaded again under another URL (`countdown.js?v=2`, a CDN redirect) runs its own
//   lines again, its chunks — imported by URLs without the query — once. Lit resolves
//   to its production build (no "development" export condition here).
//
// `npm` → dist/npm/: the same entries as ES modules for bundlers, importing lit,
//   @lit/context and temporal-polyfill by their bare names, so an app that uses Lit
//   itself ends up with one copy. Shared code is in shared chunks (a bundler re-bundles
//   them anyway), nothing is minified (the app's bundler minifies).
//
// The plugins below take out what a browser never needs (template indentation, CSS
// comments, the JSON Schema's descriptions) in both. Weight budgets: `npm run size`.
const build = (process.env.CONF_WIDGETS_BUILD ?? 'script') as 'script' | 'npm';
if (build !== 'script' && build !== 'npm')
  throw new Error(`CONF_WIDGETS_BUILD: no build ${String(build)}`);

export default defineConfig({
  plugins: [
    ...(build === 'script' ? [ownCopies()] : []),
    minifyTemplates(),
    dropSchemaDescriptions(),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    emptyOutDir: build === 'script',
    ...(build === 'npm' && { outDir: 'dist/npm' }),
    lib: {
      entry: bundles,
      formats: ['es'],
      fileName: (_format, entryName) => `${entryName}.js`,
    },
    rolldownOptions: {
      ...(build === 'npm' && { external: (id: string) => bareDependencies.test(id) }),
      output: {
        minify: build === 'script',
        // No comments, not even /* @__PURE__ */ annotations (0.2 KiB gzip a bundle): they
        // help only a bundler re-bundling these files, and a page runs all of the code
        // anyway, as the elements define themselves. The npm modules keep them.
        comments: build === 'npm',
        chunkFileNames: 'chunks/[name]-[hash].js',
        ...(build === 'script' && {
          codeSplitting: { groups: [{ name: 'core', test: (id: string) => isCore(id) }] },
        }),
      },
    },
  },
});

// ---------------------------------------------------------------- the plugins

/** The query that marks a module as one entry's own copy: `src/time/when.ts?own=countdown`. */
const OWN = '?own=';

/**
 * Gives each script-tag file its own copy of every module of src/ outside the core:
 * a module imported (statically) by an entry, or by a module that is an entry's own
 * copy, is resolved to `<file>?own=<entry>`. The bundler sees one module per entry, so
 * each entry file holds its own code in one piece, and the core's modules — resolved
 * as they are — stay one shared chunk. Dynamic imports (the lazy chunks) are left as
 * they are: one chunk for every entry.
 */
function ownCopies(): Plugin {
  const entries = new Map(
    Object.entries(bundles).map(([name, file]) => [`/${file}`, name] as const),
  );
  const ownerOf = (id: string): string | undefined => {
    const at = id.indexOf(OWN);
    if (at >= 0) return id.slice(at + OWN.length);
    for (const [file, name] of entries) if (id.endsWith(file)) return name;
    return undefined;
  };
  let active = false;
  return {
    name: 'conf-widgets:own-copies',
    enforce: 'pre',
    apply: 'build',
    configResolved(config) {
      active = isLibrary(config);
    },
    async resolveId(source, importer, options) {
      const owner = active && importer && !options.isEntry ? ownerOf(importer) : undefined;
      if (!owner || options.kind === 'dynamic-import') return null;
      const resolved = await this.resolve(source, importer.split(OWN)[0], {
        ...options,
        skipSelf: true,
      });
      if (!resolved || resolved.external || !resolved.id.includes('/src/') || isCore(resolved.id))
        return resolved;
      return { ...resolved, id: `${resolved.id}${OWN}${owner}` };
    },
    load(id) {
      return id.includes(OWN) ? readFileSync(id.split(OWN)[0], 'utf8') : null;
    },
  };
}

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
      if (!active || !/\/src\/.*\.ts$/.test(id.split('?')[0]) || !/\b(?:css|html|svg)`/.test(code))
        return null;
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
      if (!active || !/\/src\/data\/schema\.ts$/.test(id.split('?')[0])) return null;
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
