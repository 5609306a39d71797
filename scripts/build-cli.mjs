#!/usr/bin/env node
// `npm run build:cli`: bundles the command-line tool, src/cli/cli.ts, into dist/cli.js —
// one ES module for Node ≥ 20 with everything inside (temporal-polyfill; Node
// 20 has no Temporal, so src/time/temporal.ts's dynamic import of the polyfill is
// bundled in and resolves at once; yaml; the elements with Lit's Node build and
// @lit-labs/ssr, for `render`; the embed pages' script as text, for `embed`).
// bin/conf-widgets.js runs it.
//
// The file is written to a temporary name and renamed into place, so a conf-widgets
// process starting meanwhile never imports half a file.

import { build } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI_OUT = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** Builds dist/cli.js; resolves to its size in bytes. */
export async function buildCli({ outfile = CLI_OUT } = {}) {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  // The embed pages' script (src/embed/embed.ts), for browsers: `conf-widgets embed` writes it.
  const embed = await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/embed/embed.ts'],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/cli/cli.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: 'tsconfig.json',
    define: {
      __CONF_WIDGETS_VERSION__: JSON.stringify(version),
      __EMBED_SCRIPT__: JSON.stringify(embed.outputFiles[0].text),
    },
    // readable stack traces beat a few kilobytes in a command-line tool
    minify: false,
    legalComments: 'inline',
    // CommonJS dependencies (yaml's Node build) require Node's own modules ("process"):
    // give the ES module a real `require` for them.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].contents;
  mkdirSync(dirname(outfile), { recursive: true });
  const temporary = `${outfile}.${process.pid}.tmp`;
  writeFileSync(temporary, code);
  renameSync(temporary, outfile);
  return code.length;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  const bytes = await buildCli();
  console.log(`dist/cli.js: ${(bytes / 1024).toFixed(0)} KB in ${Date.now() - started} ms`);
}
