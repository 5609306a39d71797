#!/usr/bin/env node
// `npm run schema`: writes conference.schema.json, the JSON Schema of a data file,
// from the schemas in src/data/schema.ts (through src/cli/json-schema.ts) — one source
// of truth for the runtime validator and the
// editors. The output depends on nothing but that source: run it twice, get the same
// bytes.
//
//   npm run schema              write conference.schema.json
//   npm run schema -- --check   exit 1 when the committed file is not what the source gives
//
// esbuild bundles the TypeScript source into memory and Node imports it from a data:
// URL: no temporary files, nothing left in dist/.

import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = fileURLToPath(new URL('../conference.schema.json', import.meta.url));

/** The schema as the file holds it: 2-space JSON with a final newline. */
export async function schemaText() {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/cli/json-schema.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: 'tsconfig.json',
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  const module = await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  );
  return `${JSON.stringify(module.conferenceJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  const text = await schemaText();
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    // no file yet
  }
  if (check) {
    if (current === text) {
      console.log('conference.schema.json is up to date');
    } else {
      console.error('conference.schema.json is stale: run `npm run schema` and commit it');
      process.exitCode = 1;
    }
  } else if (current === text) {
    console.log('conference.schema.json: unchanged');
  } else {
    writeFileSync(OUT, text);
    console.log('conference.schema.json: written');
  }
}
