#!/usr/bin/env node
// Writes demo/embed/: the embed folder demo/filtered-host.html frames, made by
// `conf-widgets embed` (SPEC §6) from demo/mlsys-2022.json for the topics, as a site
// would publish it — except the script files: instead of a copy of the built bundle and
// its chunks, demo/embed/conf-widgets.js imports ../../dist/conf-widgets.js, which
// `npm start` answers from the sources and a static server from the build.
//
//   npm run build && node scripts/demo-embed.mjs
//
// test/node/embed.test.mjs runs it with the CLI it builds and compares the files.

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where `npm start` serves the folder (vite.demo.config.ts). */
export const DEMO_EMBED_BASE = 'http://127.0.0.1:5173/demo/embed/';

export const DEMO_EMBED_SHIM =
  '// The embed pages load conf-widgets.js beside them; in the demo, the one of dist/.\n' +
  "import '../../dist/conf-widgets.js';\n";

/**
 * Runs `embed` (with `cli`, a script that runs dist/cli.js) into a temporary folder and
 * copies what the demo keeps into `out`. Resolves to the snippets `embed` printed.
 */
export function makeDemoEmbed({
  out = join(ROOT, 'demo', 'embed'),
  cli = join(ROOT, 'bin', 'conf-widgets.js'),
} = {}) {
  const made = mkdtempSync(join(tmpdir(), 'conf-widgets-demo-embed-'));
  try {
    const run = spawnSync(
      process.execPath,
      [cli, 'embed', 'demo/mlsys-2022.json', '--base-url', DEMO_EMBED_BASE, '--out', made].concat([
        '--element',
        'topics',
      ]),
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    if (run.status !== 0) throw new Error(`conf-widgets embed failed:\n${run.stderr}`);
    mkdirSync(out, { recursive: true });
    for (const file of readdirSync(made))
      if (/\.html$|\.oembed\.json$|^embed\.js$|^mlsys-2022\.json$/.test(file))
        copyFileSync(join(made, file), join(out, file));
    writeFileSync(join(out, 'conf-widgets.js'), DEMO_EMBED_SHIM);
    return run.stdout;
  } finally {
    rmSync(made, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(makeDemoEmbed());
}
