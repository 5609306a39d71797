// bin/conf-widgets.js in a checkout without dist/cli.js: it builds the bundle on the
// spot when esbuild and scripts/build-cli.mjs are there, and otherwise says how to.
import assert from 'node:assert/strict';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT, runCli } from './helpers/cli.mjs';

describe('bin/conf-widgets.js without dist/cli.js', () => {
  let dir;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'conf-widgets-bin-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** A fresh "clone": bin/ and scripts/ copied, the rest linked, no dist/. */
  function checkout(name, { withBuild }) {
    const root = join(dir, name);
    mkdirSync(join(root, 'bin'), { recursive: true });
    copyFileSync(join(ROOT, 'bin/conf-widgets.js'), join(root, 'bin/conf-widgets.js'));
    if (withBuild) {
      mkdirSync(join(root, 'scripts'));
      copyFileSync(join(ROOT, 'scripts/build-cli.mjs'), join(root, 'scripts/build-cli.mjs'));
      for (const file of ['package.json', 'tsconfig.json']) {
        copyFileSync(join(ROOT, file), join(root, file));
      }
      for (const link of ['src', 'node_modules']) symlinkSync(join(ROOT, link), join(root, link));
    }
    return root;
  }

  test('builds it, says so on stderr, and runs the command', async () => {
    const root = checkout('clone', { withBuild: true });
    const bin = join(root, 'bin/conf-widgets.js');
    const first = await runCli(['validate', 'demo/workshop-2017.json'], { bin });
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /building dist\/cli\.js/);
    assert.deepEqual(first.lines, ['demo/workshop-2017.json: valid (3 dates, 1 committee)']);
    assert.ok(existsSync(join(root, 'dist/cli.js')));

    const second = await runCli(['--version'], { bin });
    assert.equal(second.code, 0);
    assert.equal(second.stderr, '', 'built once, then used as it is');
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.equal(second.stdout, `${version}\n`);
  });

  test('cannot build it: says how, exit 2', async () => {
    const root = checkout('bare', { withBuild: false });
    const { code, stdout, stderr } = await runCli(['--help'], {
      bin: join(root, 'bin/conf-widgets.js'),
    });
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /dist\/cli\.js is missing/);
    assert.match(stderr, /npm run build:cli/);
  });
});
