/// <reference types="node" />
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkInput } from './check.js';
import { usage, type Io } from './cli.js';
import type { ReadOptions } from './input.js';
import { COLOR, PLAIN, textLines } from './report.js';
import { isCollection } from '../data/collection.js';
import { safeUrl } from '../data/url.js';
import {
  EMBEDDABLE,
  embedPage,
  iframeSnippet,
  oembedFile,
  oembedJson,
  pageFile,
  type EmbeddableName,
} from '../embed/pages.js';

/** Set by scripts/build-cli.mjs: src/embed/embed.ts, built for browsers. */
declare const __EMBED_SCRIPT__: string | undefined;

export interface EmbedCommandOptions {
  /** Where DIR will be published (absolute http(s) URL). */
  readonly baseUrl: string;
  readonly out: string;
  /** Elements to write pages for; default: every one the file has data for (a collection: deadlines). */
  readonly elements: readonly string[];
}

/**
 * `conf-widgets embed FILE --base-url URL --out DIR [--element NAME…]` (SPEC §6): the
 * folder to upload as it is — the script-tag files, the data file, and per element an
 * embed page with its oEmbed JSON — and the `<iframe>` snippet of each on stdout. An
 * invalid file prints what `validate` prints, and nothing is written.
 */
export async function embedCommand(
  input: string,
  options: EmbedCommandOptions,
  read: ReadOptions,
  io: Io,
): Promise<number> {
  const baseUrl = /^https?:\/\//i.test(options.baseUrl)
    ? options.baseUrl.replace(/\/?$/, '/')
    : undefined;
  if (!baseUrl) return usage(io, `--base-url ${options.baseUrl}: expected an http(s) URL`);
  const scripts = scriptFolder();
  if (!existsSync(join(scripts, 'conf-widgets.js')) || typeof __EMBED_SCRIPT__ !== 'string') {
    io.err(`conf-widgets: the script files are not built (${scripts}); run npm run build\n`);
    return 2;
  }
  const { report, source } = await checkInput(input, read);
  if (report.status !== 'valid' || !source) {
    io.err(`${textLines(report, io.color ? COLOR : PLAIN).join('\n')}\n`);
    io.err(`conf-widgets: ${report.input} is not valid; nothing written\n`);
    return report.status === 'unreadable' ? 2 : 1;
  }
  const json = source.json as Record<string, unknown>;
  const collection = isCollection(source.json);
  const available = collection
    ? ['deadlines']
    : Object.keys(EMBEDDABLE).filter((element) => shows(element as EmbeddableName, json));
  const elements = options.elements.length
    ? options.elements.map((name) => name.replace(/^conf-/, ''))
    : available;
  for (const name of elements)
    if (!available.includes(name))
      return usage(io, `--element ${name}: one of ${available.join(', ')} for this file`);

  const { attributesOf } = await import('../ssr/render.js');
  const head = (collection ? json.collection : json.conference) as Record<string, unknown>;
  const name = String(head.shortName ?? head.name);
  const homepage = typeof head.url === 'string' ? safeUrl(head.url) : undefined;
  const dataFile = /^[\w.-]+\.json$/.test(basename(input)) ? basename(input) : 'data.json';
  const out = resolve(io.cwd, options.out);

  await copyScripts(scripts, out);
  await writeFile(join(out, dataFile), `${JSON.stringify(json, null, 2)}\n`);
  if (collection) await copyEntries(json, input, io, out);
  await writeFile(join(out, 'embed.js'), __EMBED_SCRIPT__);
  for (const element of elements as EmbeddableName[]) {
    const page = {
      element,
      name,
      homepage: homepage && /^https?:/i.test(homepage) ? homepage : undefined,
      dataFile,
      baseUrl,
      options: attributesOf(element).filter((attribute) => !['src', 'now'].includes(attribute)),
    };
    await writeFile(join(out, pageFile(element)), embedPage(page));
    await writeFile(
      join(out, oembedFile(element)),
      `${JSON.stringify(oembedJson(page), null, 2)}\n`,
    );
    io.out(`<!-- ${element}: ${baseUrl}${pageFile(element)} -->\n${iframeSnippet(page)}\n\n`);
  }
  io.err(
    `${options.out}: ${elements.length} embed page${elements.length === 1 ? '' : 's'}, upload it to ${baseUrl}\n`,
  );
  return 0;
}

const some = (value: unknown) => Array.isArray(value) && value.length > 0;

/**
 * Whether a (valid) data file has anything for the element to show: a page for a part
 * the file lacks would be an empty frame (and <conf-cfp> warns in it).
 */
function shows(element: EmbeddableName, json: Record<string, unknown>): boolean {
  const sponsors = json.sponsors as { tiers?: unknown; call?: unknown } | undefined;
  switch (element) {
    case 'committee':
      return some(json.committees);
    case 'sponsors':
      return some(sponsors?.tiers) || typeof sponsors?.call === 'object';
    case 'topics':
      return some(json.topics);
    case 'cfp':
      return typeof json.cfp === 'object' && json.cfp !== null;
    default:
      return some(json.dates);
  }
}

/**
 * A collection's conference files named by relative URL, copied to the same place in the
 * folder: the board reads them beside the collection. Absolute URLs stay where they are
 * (their host must allow other origins); a file outside the folder's reach is not
 * copied, with a warning.
 */
async function copyEntries(
  json: Record<string, unknown>,
  input: string,
  io: Io,
  out: string,
): Promise<void> {
  const entries = Array.isArray(json.conferences) ? (json.conferences as unknown[]) : [];
  const from = dirname(resolve(io.cwd, input));
  for (const entry of entries) {
    const src = (entry as { src?: unknown } | null)?.src;
    if (typeof src !== 'string' || /^[a-z][\w+.-]*:|^\/\//i.test(src)) continue;
    const path = decodeURIComponent(src.replace(/[?#].*$/s, ''));
    const target = resolve(out, path);
    if (/^[a-z][\w+.-]*:/i.test(input) || path.startsWith('/') || !target.startsWith(out + sep)) {
      io.err(`conf-widgets: ${src}: not copied into ${out}; the board will not find it there\n`);
      continue;
    }
    await mkdir(dirname(target), { recursive: true });
    await copyFile(resolve(from, path), target);
  }
}

/** The script-tag files beside this CLI bundle (dist/cli.js → dist/). */
function scriptFolder(): string {
  return dirname(fileURLToPath(import.meta.url));
}

/** conf-widgets.js and its chunks (source maps too): what an embed page loads. */
async function copyScripts(from: string, to: string): Promise<void> {
  await mkdir(join(to, 'chunks'), { recursive: true });
  for (const file of ['conf-widgets.js', 'conf-widgets.js.map'])
    if (existsSync(join(from, file))) await copyFile(join(from, file), join(to, file));
  for (const file of await readdir(join(from, 'chunks')))
    await copyFile(join(from, 'chunks', file), join(to, 'chunks', file));
}
