// Server rendering for the browser tests (test/dsd.test.ts): a Koa middleware that
// web-test-runner.config.mjs puts in front of its static server. It answers
//
//   GET /__render?file=demo/mlsys-2022.json&element=dates&format=dsd&now=…&time-zone=…&locale=…&attr=src=…
//
// with what `conf-widgets render` prints for those arguments (the CLI built once, into
// .test-results/, from the sources under test), so a test can put the server's markup
// in a page and check what a visitor sees before and after the script.

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { buildCli } from '../../scripts/build-cli.mjs';
import { ROOT } from '../../scripts/browsers.mjs';

const run = promisify(execFile);
const CLI = join(ROOT, '.test-results', 'render-cli.js');
const OPTIONS = ['element', 'format', 'now', 'time-zone', 'locale'];
/** Runs the built CLI (as bin/conf-widgets.js does) with the arguments after it. */
const RUN_CLI = `const { run } = await import(${JSON.stringify(pathToFileURL(CLI).href)}); await run(process.argv.slice(1));`;

export function renderMiddleware() {
  let built;
  const answers = new Map();
  return async function render(ctx, next) {
    if (ctx.path !== '/__render') return next();
    built ??= buildCli({ outfile: CLI });
    await built;
    const args = ['render', join(ROOT, String(ctx.query.file))];
    for (const option of OPTIONS)
      if (typeof ctx.query[option] === 'string') args.push(`--${option}`, ctx.query[option]);
    for (const attr of [ctx.query.attr ?? []].flat()) args.push('--attr', attr);
    const key = JSON.stringify(args);
    if (!answers.has(key))
      answers.set(
        key,
        run(process.execPath, ['--input-type=module', '-e', RUN_CLI, ...args], {
          cwd: ROOT,
          maxBuffer: 16 << 20,
        }).then(
          ({ stdout }) => ({ status: 200, body: stdout }),
          (error) => ({ status: 500, body: `${error.stderr ?? error.message}` }),
        ),
      );
    const { status, body } = await answers.get(key);
    ctx.status = status;
    ctx.type = status === 200 ? 'text/html' : 'text/plain';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = body;
  };
}
