#!/usr/bin/env node
// The `conf-widgets` command (package.json "bin"): runs dist/cli.js, the bundle that
// `npm run build:cli` makes from src/cli/. See `conf-widgets --help`.
//
// In a git clone nobody has built yet there is no dist/cli.js. Then, if esbuild and the
// build script are here (a clone after `npm install`), the bundle is built on the spot
// and the command runs — a first run costs a fraction of a second more, and nobody has
// to learn a build step to validate a file. Where they are not (an odd install), the
// command says how to build it and exits with status 2. An existing bundle is used as
// it is: after editing src/cli, run `npm run build:cli` (npm test does).

import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli.js', import.meta.url);

if (!existsSync(bundle)) {
  let buildCli;
  try {
    ({ buildCli } = await import('../scripts/build-cli.mjs'));
  } catch {
    process.stderr.write(
      'conf-widgets: dist/cli.js is missing and cannot be built here.\n' +
        'In the package directory, run: npm install && npm run build:cli\n',
    );
    process.exit(2);
  }
  process.stderr.write('conf-widgets: building dist/cli.js (npm run build:cli)…\n');
  await buildCli();
}

const { run } = await import(bundle.href);
await run();
