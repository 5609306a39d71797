// Runs the real command, `node bin/conf-widgets.js …`, as a user's shell would.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../../bin/conf-widgets.js', import.meta.url));

/** A file of test/fixtures/cli/, relative to the repository root (the cwd of every run). */
export const fixture = (name) => `test/fixtures/cli/${name}`;

/**
 * Resolves { code, stdout, stderr, lines } — `lines`: stdout split into lines. The
 * environment is the test's own without colour settings, so output is plain unless a
 * test asks otherwise; `input` is piped to standard input.
 */
export function runCli(args, { env = {}, input, cwd = ROOT, bin = BIN } = {}) {
  return new Promise((resolve, reject) => {
    const base = { ...process.env };
    delete base.FORCE_COLOR;
    delete base.NO_COLOR;
    delete base.SOURCE_DATE_EPOCH;
    const child = spawn(process.execPath, [bin, ...args], {
      cwd,
      env: { ...base, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr, lines: stdout.split('\n').filter((line) => line !== '') });
    });
    child.stdin.end(input ?? '');
  });
}

/** `validate --json` of some files: the parsed document and the exit status. */
export async function validateJson(...files) {
  const result = await runCli(['validate', '--json', ...files]);
  return { ...result, report: JSON.parse(result.stdout) };
}
