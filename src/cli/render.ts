import { checkInput } from './check.js';
import type { ReadOptions } from './input.js';
import { COLOR, PLAIN, textLines } from './report.js';
import { usage, type Io } from './cli.js';
import { isCollection } from '../data/collection.js';

export type RenderFormat = 'html' | 'dsd';

/** Elements that show no time: their snippet is true whenever it was made. */
const TIMELESS = new Set(['committee', 'sponsors', 'topics']);

export interface RenderCommandOptions {
  readonly element: string;
  readonly format: RenderFormat;
  /** An instant; default: now. */
  readonly now?: string;
  readonly locale?: string;
  readonly timeZone?: string;
  /** `--attr NAME=VALUE`, as given. */
  readonly attributes: readonly string[];
}

/**
 * `conf-widgets render FILE|URL --element NAME [--format html|dsd] …` (SPEC §6): one
 * element, rendered on the server from the same element code as in the browser — as
 * declarative shadow DOM (`dsd`) for pages that load the script too, or as plain HTML
 * (`html`) for hosts that strip scripts. An invalid file prints what `validate` prints,
 * and nothing is written.
 */
export async function renderCommand(
  input: string,
  options: RenderCommandOptions,
  read: ReadOptions,
  io: Io,
): Promise<number> {
  // The renderer installs a DOM shim and defines the elements: only for this command.
  const { RENDERABLE, attributesOf, renderDsd } = await import('../ssr/render.js');
  const { toStaticHtml, asOfFooter, withoutViewerTimes } = await import('../ssr/static-html.js');
  const { useSource } = await import('../data/load.js');
  const element = options.element.replace(/^conf-/, '');
  if (!(RENDERABLE as readonly string[]).includes(element))
    return usage(io, `--element ${options.element}: one of ${RENDERABLE.join(', ')}`);
  const name = element as (typeof RENDERABLE)[number];
  const nowMs = options.now === undefined ? Date.now() : Date.parse(options.now);
  if (Number.isNaN(nowMs))
    return usage(io, `--now ${options.now}: expected an instant, e.g. 2026-12-07T12:00:00Z`);
  const attributes: Record<string, string> = {};
  for (const pair of options.attributes) {
    const at = pair.indexOf('=');
    const attribute = at > 0 ? pair.slice(0, at) : pair;
    if (!attributesOf(name).includes(attribute))
      return usage(io, `--attr ${pair}: <conf-${name}> takes ${attributesOf(name).join(', ')}`);
    attributes[attribute] = at > 0 ? pair.slice(at + 1) : '';
  }
  if (options.locale) attributes.locale = options.locale;
  if (options.timeZone) attributes['time-zone'] = options.timeZone;

  const { report, source } = await checkInput(input, read);
  if (report.status !== 'valid' || !source) {
    io.err(`${textLines(report, io.color ? COLOR : PLAIN).join('\n')}\n`);
    io.err(`conf-widgets: ${report.input} is not valid; nothing rendered\n`);
    return report.status === 'unreadable' ? 2 : 1;
  }
  if (/^https?:/.test(input) && attributes.src === undefined) attributes.src = input;
  const json = source.json as Record<string, unknown>;
  const loaded = await useSource(json);
  const now = new Date(nowMs).toISOString();
  const conference = json.conference as Record<string, unknown> | undefined;
  // Without --time-zone the server knows no viewer: times show in the data's own zone.
  const timeZone =
    options.timeZone ??
    (!isCollection(source.json) && typeof conference?.timeZone === 'string'
      ? conference.timeZone
      : 'AoE');
  const rendered = await renderDsd(name, loaded, { now, timeZone, attributes });
  const dsd = options.timeZone ? rendered : withoutViewerTimes(rendered);
  const locale = options.locale ?? 'en';
  io.out(
    options.format === 'dsd'
      ? dsd
      : toStaticHtml(dsd, {
          lang: locale,
          // Only what shows times depends on the moment it was rendered for.
          footer: TIMELESS.has(name) ? '' : asOfFooter(nowMs, locale, timeZone),
        }),
  );
  return 0;
}
