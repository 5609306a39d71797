// The npm package as a user gets it: built afresh into a temporary directory (never
// into dist/, which other tests use meanwhile), packed with `npm pack`, installed from
// the tarball into an empty project; then every `exports` entry resolves, the type
// declarations type-check from a consumer's file, and the `conf-widgets` bin validates
// a seed file. Also: `npm pack` of the repository ships only what `files` names.

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
  // lit, temporal-polyfill, … come from npm's cache
  await npm(['install', '--prefer-offline', '--ignore-scripts', tarball], consumer);
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

test('every `exports` entry resolves to a file of the installed package', () => {
  const require = createRequire(join(consumer, 'package.json'));
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const specifier = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
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
