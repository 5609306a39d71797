/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FETCH_TIMEOUT_MS } from '../data/load.js';

/**
 * Reads a data file for the command-line tool: a path, a file: URL, an http(s) URL or
 * `-` (standard input). `src/data/load.ts` is the browser's way (relative to
 * `document.baseURI`, one cache per page); this is Node's, with the same 15 s limit.
 */

/** A parsed data file and where relative URLs inside it resolve from. */
export interface Source {
  /** The input as the user wrote it, for messages. */
  readonly label: string;
  readonly json: unknown;
  /** Absolute URL of the file (file: or http(s):); undefined for standard input. */
  readonly baseUrl?: string;
}

export type InputErrorReason = 'not-found' | 'unreadable' | 'network' | 'timeout' | 'http' | 'json';

/** The input could not be read or is not JSON: exit status 2. */
export class InputError extends Error {
  override readonly name = 'InputError';

  constructor(
    readonly reason: InputErrorReason,
    message: string,
  ) {
    super(message);
  }
}

export interface ReadOptions {
  /** Milliseconds to wait for a URL, body included. */
  readonly timeoutMs?: number;
  /** Directory relative paths start from. */
  readonly cwd?: string;
  /** Reads all of standard input (for `-`). */
  readonly stdin?: () => Promise<string>;
}

export async function readSource(input: string, options: ReadOptions = {}): Promise<Source> {
  if (input === '-') {
    const text = await (options.stdin ?? readStdin)();
    return { label: 'standard input', json: parseJson(text, 'standard input') };
  }
  if (/^https?:\/\//i.test(input)) {
    const { text, url } = await fetchText(input, options.timeoutMs ?? FETCH_TIMEOUT_MS);
    return { label: input, json: parseJson(text, input), baseUrl: url };
  }
  let path: string;
  if (/^file:/i.test(input)) {
    try {
      path = fileURLToPath(input);
    } catch (error) {
      throw new InputError('unreadable', `${input}: ${errorText(error)}`);
    }
  } else if (/^[a-z][a-z0-9+.-]+:/i.test(input) && !/^[a-z]:[\\/]/i.test(input)) {
    throw new InputError('unreadable', `${input}: only files, file: and http(s): URLs can be read`);
  } else {
    path = resolve(options.cwd ?? process.cwd(), input);
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(...fileError(input, error));
  }
  return { label: input, json: parseJson(text, input), baseUrl: pathToFileURL(path).href };
}

function fileError(input: string, error: unknown): [InputErrorReason, string] {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return ['not-found', `${input}: no such file`];
    case 'EISDIR':
      return ['unreadable', `${input}: is a directory, not a file`];
    case 'EACCES':
    case 'EPERM':
      return ['unreadable', `${input}: permission denied`];
    default:
      return ['unreadable', `${input}: ${errorText(error)}`];
  }
}

async function fetchText(input: string, timeoutMs: number): Promise<{ text: string; url: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(input, {
      signal: controller.signal,
      headers: { accept: 'application/json' },
    });
    if (!response.ok) {
      await response.body?.cancel();
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw new InputError('http', `could not load ${input}: ${status}`);
    }
    // The body counts against the same limit: a server that sends headers and then
    // nothing is abandoned too.
    const text = await response.text();
    // After redirects, relative URLs in the file resolve against where it really is.
    return { text, url: response.url || input };
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (controller.signal.aborted) {
      throw new InputError(
        'timeout',
        `could not load ${input}: no answer after ${seconds(timeoutMs)}`,
      );
    }
    const cause = (error as { cause?: unknown }).cause;
    throw new InputError('network', `could not load ${input}: ${errorText(cause ?? error)}`);
  } finally {
    clearTimeout(timer);
  }
}

/** JSON.parse with a message that says where: "line 3, column 12". */
export function parseJson(text: string, label: string): unknown {
  const body = text.replace(/^\uFEFF/, ''); // a byte-order mark some editors write
  if (!body.trim()) throw new InputError('json', `${label} is empty, not JSON`);
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    const where = position ? ` (${lineAndColumn(body, Number(position[1]))})` : '';
    const reason = message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/\n/g, ' ');
    throw new InputError('json', `${label} is not JSON: ${reason}${where}`);
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
