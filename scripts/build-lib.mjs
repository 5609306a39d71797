// Builds the library into dist/ (or `--outDir DIR`): the two builds of vite.config.ts —
// the script-tag files in DIR (every bundle, sharing one core chunk) and the npm modules
// in DIR/npm (bare `lit` imports, for bundlers).
//
//   node scripts/build-lib.mjs [--outDir DIR] [--logLevel LEVEL]

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The bundle names of vite.config.ts (`export const bundles = { … }`), in order. */
export function bundleNames() {
  const config = readFileSync(join(ROOT, 'vite.config.ts'), 'utf8');
  const body = /export const bundles\s*=\s*\{([^}]*)\}/.exec(config)?.[1] ?? '';
  const names = [...body.matchAll(/(?:^|[,{\s])['"]?([\w-]+)['"]?\s*:/g)].map((m) => m[1]);
  if (!names.length) throw new Error('vite.config.ts: no `export const bundles`');
  return names;
}

/** Runs `vite build` twice: the script-tag files (which empties `outDir`), then the npm modules. */
export function buildLibrary({ outDir = join(ROOT, 'dist'), logLevel = 'warn', stdio } = {}) {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  for (const [build, out] of [
    ['script', outDir],
    ['npm', join(outDir, 'npm')],
  ]) {
    const result = spawnSync(
      process.execPath,
      [vite, 'build', '--outDir', out, '--logLevel', logLevel],
      {
        cwd: ROOT,
        env: { ...process.env, CONF_WIDGETS_BUILD: build },
        encoding: 'utf8',
        stdio: stdio ?? ['ignore', 'pipe', 'pipe'],
      },
    );
    if (result.status !== 0)
      throw new Error(
        `vite build (${build}) failed:\n${result.stdout ?? ''}${result.stderr ?? ''}`,
      );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  buildLibrary({
    outDir: resolve(option('--outDir') ?? join(ROOT, 'dist')),
    logLevel: option('--logLevel') ?? 'warn',
    stdio: 'inherit',
  });
}
