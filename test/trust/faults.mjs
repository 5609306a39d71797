// Network faults for the browser tests (test/network.test.ts): a Koa middleware that
// web-test-runner.config.mjs puts in front of its static server. Each endpoint answers
// GET /__fault/<kind> the way a broken or slow server would; anything else passes on.
//
//   /__fault/500          500 Internal Server Error (text/plain)
//   /__fault/html         200 text/html: a login or error page where JSON was expected
//   /__fault/text-json    200 text/plain with valid JSON (GitHub raw serves JSON like this)
//   /__fault/slow?ms=N    valid JSON after N ms (default 1000, at most 10 000)
//   /__fault/never        holds the request open until the client gives up (or 60 s pass)
//   /__fault/flaky?id=X   500 on the first request for X, valid JSON on every later one
//   /__fault/seen?id=X    "true" or "false": whether any request carried ?id=X
//
// Every endpoint records its `id` query parameter, so a test can tell a request the
// browser refused to read (CORS) from one that never reached the server.

import { readFileSync } from 'node:fs';

const DATA = new URL('../../demo/workshop-2017.json', import.meta.url);

export function faultMiddleware() {
  /** `id`s seen, and how many requests each made. */
  const seen = new Map();
  const json = () => readFileSync(DATA, 'utf8');

  return async function fault(ctx, next) {
    const kind = /^\/__fault\/([a-z0-9-]+)$/.exec(ctx.path)?.[1];
    if (!kind) return next();
    const id = typeof ctx.query.id === 'string' ? ctx.query.id : undefined;
    const count = id === undefined ? 1 : (seen.get(id) ?? 0) + 1;
    if (id !== undefined && kind !== 'seen') seen.set(id, count);
    ctx.set('Cache-Control', 'no-store');

    switch (kind) {
      case '500':
        ctx.status = 500;
        ctx.type = 'text/plain';
        ctx.body = 'Internal Server Error';
        return;
      case 'html':
        ctx.status = 200;
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><title>Sign in</title><h1>Please sign in</h1>';
        return;
      case 'text-json':
        ctx.status = 200;
        ctx.type = 'text/plain';
        ctx.body = json();
        return;
      case 'slow': {
        const ms = Math.min(Number(ctx.query.ms) || 1000, 10_000);
        await new Promise((resolve) => setTimeout(resolve, ms));
        ctx.status = 200;
        ctx.type = 'application/json';
        ctx.body = json();
        return;
      }
      case 'never':
        await new Promise((resolve) => {
          const timer = setTimeout(resolve, 60_000);
          ctx.req.once('close', () => {
            clearTimeout(timer);
            resolve();
          });
        });
        ctx.status = 504;
        ctx.body = '';
        return;
      case 'flaky':
        ctx.status = count === 1 ? 500 : 200;
        ctx.type = count === 1 ? 'text/plain' : 'application/json';
        ctx.body = count === 1 ? 'Internal Server Error' : json();
        return;
      case 'seen':
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(seen.has(String(ctx.query.id)));
        return;
      default:
        ctx.status = 404;
        ctx.body = `no fault named ${kind}`;
    }
  };
}
