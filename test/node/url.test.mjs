// Data files from http(s) URLs: fetched with a time limit, relative URLs inside them
// resolved against where they really are, HTTP and network errors as exit 2.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { ROOT, runCli } from './helpers/cli.mjs';

const seed = readFileSync(`${ROOT}demo/workshop-2017.json`);
const withRelativeLink = JSON.stringify({
  conference: { name: 'Relative Workshop', timeZone: 'UTC' },
  dates: [{ id: 'submission', label: 'Submission', at: '2024-01-10T12:00', url: 'cfp.html' }],
});

describe('validate and ics from a URL', () => {
  let server;
  let origin;
  before(async () => {
    server = createServer((request, response) => {
      switch (request.url) {
        case '/workshop-2017.json':
          response.writeHead(200, { 'content-type': 'application/json' }).end(seed);
          break;
        case '/old/data.json':
          response.writeHead(301, { location: '/2024/data.json' }).end();
          break;
        case '/2024/data.json':
          response.writeHead(200, { 'content-type': 'application/json' }).end(withRelativeLink);
          break;
        case '/page.html':
          response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Hi');
          break;
        case '/hang':
          break; // never answers
        case '/hang-body':
          response.writeHead(200, { 'content-type': 'application/json' });
          response.write('{"conference": '); // and never finishes
          break;
        default:
          response.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  test('a valid file: exit 0, its URL in --json', async () => {
    const url = `${origin}/workshop-2017.json`;
    const { code, stdout } = await runCli(['validate', '--json', url]);
    assert.equal(code, 0);
    const [file] = JSON.parse(stdout).files;
    assert.equal(file.input, url);
    assert.equal(file.url, url);
    assert.equal(file.status, 'valid');
  });

  test('after a redirect, relative URLs resolve against the final location', async () => {
    const { code, stdout, stderr } = await runCli(['ics', `${origin}/old/data.json`]);
    assert.equal(code, 0, stderr);
    assert.match(stdout, new RegExp(`\r\nURL:${origin}/2024/cfp\\.html\r\n`));
  });

  test('404: exit 2 with the status', async () => {
    const { code, stderr } = await runCli(['validate', `${origin}/missing.json`]);
    assert.equal(code, 2);
    assert.match(stderr, /could not load http:\/\/127\.0\.0\.1:\d+\/missing\.json: 404 Not Found/);
  });

  test('HTML instead of JSON: exit 2', async () => {
    const { code, stderr } = await runCli(['validate', `${origin}/page.html`]);
    assert.equal(code, 2);
    assert.match(stderr, /page\.html is not JSON/);
  });

  test('no answer within --timeout: exit 2', async () => {
    for (const path of ['/hang', '/hang-body']) {
      const started = Date.now();
      const { code, stderr } = await runCli(['validate', '--timeout', '0.3', `${origin}${path}`]);
      assert.equal(code, 2);
      assert.match(stderr, /no answer after 0\.3 s/);
      assert.ok(Date.now() - started < 5000);
    }
  });

  test('nobody listening: exit 2, a network error', async () => {
    // a port that was free a moment ago
    const spare = createServer();
    await new Promise((resolve) => spare.listen(0, '127.0.0.1', resolve));
    const { port } = spare.address();
    await new Promise((resolve) => spare.close(resolve));
    const url = `http://127.0.0.1:${port}/data.json`;
    const { code, stderr } = await runCli(['validate', url]);
    assert.equal(code, 2);
    assert.equal(
      stderr,
      `error    could not load ${url}: connect ECONNREFUSED 127.0.0.1:${port}\n`,
    );
  });
});
