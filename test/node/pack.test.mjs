// The npm package as a user gets it: built afresh into a temporary directory (never
// into dist/, which other tests use meanwhile), packed with `npm pack`, installed from
// the tarball into an empty project that uses Lit itself; then every `exports` entry
// resolves, the npm modules import Lit by its bare name, the type declarations
// type-check from a consumer's file, a Vite app built from the installed package ships
// one Lit and every element works in Chromium, and the `conf-widgets` bin validates a
// seed file. Also: `npm pack` of the repository ships only what `files` names.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { launchChromium, serve, settledWidgets, watchPage } from '../../scripts/headless.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'node_modules', '.bin');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'conf-widgets-pack-'));
const staged = join(work, 'package'); // what `npm pack` packs: the repository's files + a fresh dist/
const consumer = join(work, 'consumer'); // an empty project that installs the tarball
const installed = join(consumer, 'node_modules', pkg.name);

const run = promisify(execFile);
/** Runs a command; on failure the error carries its output. */
async function sh(cmd, args, options = {}) {
  try {
    return await run(cmd, args, { maxBuffer: 32 * 1024 * 1024, ...options });
  } catch (error) {
    error.message += `\n${error.stdout ?? ''}\n${error.stderr ?? ''}`;
    throw error;
  }
}
const npm = (args, cwd) =>
  sh('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });

/** What a package may contain (npm adds package.json, README and LICENSE by itself). */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^dist\//,
  /^bin\//,
  /^conference\.schema\.json$/,
  /^custom-elements\.json$/,
];

let tarball;

before(async () => {
  const started = Date.now();
  mkdirSync(staged, { recursive: true });
  for (const file of [
    'package.json',
    'README.md',
    'LICENSE',
    'conference.schema.json',
    'custom-elements.json',
  ]) {
    cpSync(join(ROOT, file), join(staged, file));
  }
  cpSync(join(ROOT, 'bin'), join(staged, 'bin'), { recursive: true });
  const dist = join(staged, 'dist');
  // `npm run build`, step by step, into the staged dist/
  const { buildLibrary } = await import('../../scripts/build-lib.mjs');
  buildLibrary({ outDir: dist, logLevel: 'error' });
  await sh(join(BIN, 'tsc'), ['-p', 'tsconfig.build.json', '--outDir', join(dist, 'types')], {
    cwd: ROOT,
  });
  await sh(process.execPath, [join(ROOT, 'scripts', 'editor-data.mjs'), dist], { cwd: ROOT });
  const { buildCli } = await import('../../scripts/build-cli.mjs');
  await buildCli({ outfile: join(dist, 'cli.js') });

  const { stdout } = await npm(
    ['pack', '--json', '--ignore-scripts', '--pack-destination', work],
    staged,
  );
  tarball = join(work, JSON.parse(stdout)[0].filename);

  mkdirSync(consumer);
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  // an app with Lit of its own; lit, temporal-polyfill, … come from npm's cache
  await npm(['install', '--prefer-offline', '--ignore-scripts', tarball, 'lit@^3.1.0'], consumer);
  console.log(`built, packed and installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

after(() => rmSync(work, { recursive: true, force: true }));

test('`npm pack` of the repository ships only dist/, bin/, the schema, the manifest, README and LICENSE', async () => {
  const { stdout } = await npm(['pack', '--dry-run', '--json', '--ignore-scripts'], ROOT);
  const files = JSON.parse(stdout)[0].files.map((f) => f.path);
  const stray = files.filter((path) => !ALLOWED.some((re) => re.test(path)));
  assert.deepEqual(stray, [], 'files outside the `files` list');
  for (const path of [
    'package.json',
    'README.md',
    'LICENSE',
    'conference.schema.json',
    'custom-elements.json',
  ]) {
    assert.ok(files.includes(path), `${path} is not in the package`);
  }
  assert.ok(files.includes('bin/conf-widgets.js'), 'the bin is not in the package');
});

test('the tarball holds the bundles, their lazy chunks, source maps, declarations and editor data', () => {
  for (const name of [
    'conf-widgets',
    'countdown',
    'dates',
    'committee',
    'sponsors',
    'topics',
    'cfp',
  ]) {
    assert.ok(existsSync(join(installed, 'dist', `${name}.js`)), `dist/${name}.js`);
    assert.ok(existsSync(join(installed, 'dist', `${name}.js.map`)), `dist/${name}.js.map`);
    assert.ok(existsSync(join(installed, 'dist', 'npm', `${name}.js`)), `dist/npm/${name}.js`);
  }
  for (const file of [
    'dist/types/index.d.ts',
    'dist/cli.js',
    'dist/vscode.html-custom-data.json',
    'dist/web-types.json',
    'custom-elements.json',
    'conference.schema.json',
    'LICENSE',
  ]) {
    assert.ok(existsSync(join(installed, file)), file);
  }
  const chunks = readdirSync(join(installed, 'dist', 'chunks')).filter((f) => f.endsWith('.js'));
  assert.ok(chunks.length > 0, 'lazy chunks');
  for (const chunk of chunks) {
    assert.ok(existsSync(join(installed, 'dist', 'chunks', `${chunk}.map`)), `${chunk}.map`);
  }
  assert.ok(
    chunks.some((chunk) => chunk.startsWith('temporal-polyfill')),
    'the Temporal polyfill is a chunk of its own',
  );
  assert.ok(!existsSync(join(installed, 'src')), 'no sources in the package');
});

test('the npm modules import lit, @lit/context and temporal-polyfill by their bare names, and carry none of them', () => {
  const npmDir = join(installed, 'dist', 'npm');
  const files = [
    ...readdirSync(npmDir).filter((f) => f.endsWith('.js')),
    ...readdirSync(join(npmDir, 'chunks'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => `chunks/${f}`),
  ];
  const code = files.map((f) => readFileSync(join(npmDir, f), 'utf8')).join('\n');
  const bare = new Set(
    [...code.matchAll(/(?:from\s*|import\s*\(?\s*)["']([^."'][^"']*)["']/g)].map(
      (m) => /^(?:@[^/]+\/)?[^/]+/.exec(m[1])[0], // the package: lit/directives/… → lit
    ),
  );
  assert.deepEqual([...bare].sort(), ['@lit/context', 'lit', 'temporal-polyfill']);
  assert.doesNotMatch(code, /litElementVersions/, 'no Lit inside');
  for (const name of ['dependencies']) {
    const installedPkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    assert.deepEqual(Object.keys(installedPkg[name]).sort(), [
      '@lit/context',
      'lit',
      'temporal-polyfill',
    ]);
  }
});

test('a Vite app that uses Lit itself and imports conf-widgets ships one Lit, and every element works (Chromium)', async () => {
  const app = join(consumer, 'app');
  mkdirSync(join(app, 'public'), { recursive: true });
  for (const file of ['mlsys-2022.json', 'workshop-2017.json'])
    cpSync(join(ROOT, 'demo', file), join(app, 'public', file));
  writeFileSync(
    join(app, 'main.js'),
    `import { LitElement, html } from 'lit';
import 'conf-widgets';
import { ConfCountdown } from 'conf-widgets/countdown';
import 'conf-widgets/dates';

class AppGreeting extends LitElement {
  render() {
    return html\`<p>The app's own Lit element</p>\`;
  }
}
customElements.define('app-greeting', AppGreeting);
globalThis.sameCountdown = customElements.get('conf-countdown') === ConfCountdown;
`,
  );
  const at = 'now="2022-03-01T00:00:00Z" time-zone="UTC"';
  writeFileSync(
    join(app, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>app</title>
<link rel="icon" href="data:,"><script type="module" src="./main.js"></script></head>
<body><app-greeting></app-greeting>
<conf-data src="mlsys-2022.json">
  <conf-countdown ${at}></conf-countdown><conf-dates ${at}></conf-dates>
  <conf-committee></conf-committee><conf-sponsors></conf-sponsors><conf-topics></conf-topics>
</conf-data>
<conf-cfp src="workshop-2017.json" now="2017-10-15T12:00:00Z" time-zone="UTC"></conf-cfp>
</body></html>`,
  );
  await sh(
    process.execPath,
    [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', app, '--logLevel', 'error'],
    { cwd: consumer },
  );
  const server = await serve(join(app, 'dist'));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const log = watchPage(page);
    await page.goto(`${server.url}/index.html`, { waitUntil: 'load' });
    const widgets = await settledWidgets(page);
    assert.deepEqual(
      widgets.map((w) => `${w.tag}: ${w.state}`),
      [
        'conf-countdown: ready',
        'conf-dates: ready',
        'conf-committee: ready',
        'conf-sponsors: ready',
        'conf-topics: ready',
        'conf-cfp: ready',
        'conf-countdown: ready', // the call for papers' own
      ],
    );
    assert.ok(widgets.every((w) => w.text));
    const seen = await page.evaluate(() => ({
      lits: globalThis.litElementVersions?.length,
      own: document.querySelector('app-greeting')?.shadowRoot?.textContent ?? '',
      sameCountdown: globalThis.sameCountdown,
    }));
    assert.equal(seen.lits, 1, 'globalThis.litElementVersions.length');
    assert.match(seen.own, /own Lit element/);
    assert.equal(seen.sameCountdown, true, 'conf-widgets/countdown and conf-widgets share code');
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('every `exports` entry resolves to a file of the installed package', () => {
  const require = createRequire(join(consumer, 'package.json'));
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const specifier =
      subpath === '.'
        ? pkg.name
        : `${pkg.name}/${subpath.slice(2).replace('*', 'conf-widgets.js')}`;
    const resolved = require.resolve(specifier);
    assert.ok(existsSync(resolved), `${specifier} → ${resolved}`);
    if (typeof target === 'object') {
      assert.ok(existsSync(join(installed, target.types)), `${specifier} types ${target.types}`);
    }
  }
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.ok(existsSync(join(installed, pkg['web-types'])), 'web-types');
});

test('the declarations type-check from a consumer, in bundler and node16 resolution', async () => {
  writeFileSync(
    join(consumer, 'use.ts'),
    `import { ConfCountdown, ConfErrorEvent, type ConferenceData } from 'conf-widgets';
import { ConfDates } from 'conf-widgets/dates';
import type { ConfTopics } from 'conf-widgets/topics';
import type { ConfCfp } from 'conf-widgets/cfp';
import type { ConfCommittee } from 'conf-widgets/committee';
import type { ConfSponsors } from 'conf-widgets/sponsors';
import type { ConfCountdown as Alone } from 'conf-widgets/countdown';

const countdown: ConfCountdown = document.createElement('conf-countdown');
countdown.precision = 'minutes';
const dates: ConfDates = document.createElement('conf-dates');
dates.upcoming = true;
countdown.addEventListener('conf-error', (event: ConfErrorEvent) => console.log(event.detail.message));
export type Used = [ConferenceData, ConfTopics, ConfCfp, ConfCommittee, ConfSponsors, Alone];
`,
  );
  for (const [module, moduleResolution] of [
    ['ESNext', 'Bundler'],
    ['Node16', 'Node16'],
  ]) {
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module,
          moduleResolution,
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['use.ts'],
      }),
    );
    await sh(join(BIN, 'tsc'), ['-p', 'tsconfig.json'], { cwd: consumer });
  }
});

test('`npx conf-widgets validate` runs from the installed package', async () => {
  const { stdout } = await sh(
    join(consumer, 'node_modules', '.bin', 'conf-widgets'),
    ['validate', join(ROOT, 'demo', 'mlsys-2022.json')],
    { cwd: consumer },
  );
  assert.match(stdout, /mlsys-2022\.json/);
  const ics = await sh(
    join(consumer, 'node_modules', '.bin', 'conf-widgets'),
    ['ics', join(ROOT, 'demo', 'workshop-2017.json')],
    { cwd: consumer },
  );
  assert.match(ics.stdout, /^BEGIN:VCALENDAR/);
});
