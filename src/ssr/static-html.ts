import { parseFragment, serialize } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { safeUrl } from '../data/url.js';
import { wordsFor } from '../shared/messages.js';
import { escapeHtml } from '../shared/text.js';
import { staticWords } from '../shared/words.js';
import { formatMoment } from '../time/format.js';
import { isoInstant } from '../time/when.js';
import { parseZone, UTC } from '../time/zone.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * The static snippet of `conf-widgets render --format html` (SPEC §6), made from the
 * server-rendered element (render.ts), so what it says is written once, in the element:
 * its shadow root becomes plain semantic HTML that survives the filters of content
 * management systems (WordPress without `unfiltered_html`, Drupal's Basic HTML, Hugo):
 * no script, style, template, custom element, `style` or `on…` attribute; classes
 * `conf-<part>` and `conf-<class>` for the page's own CSS. What only works live goes:
 * controls (Pause), "Add to calendar" (a file written on use), text for screen readers
 * only (without our styles it would show twice), the author's fallback.
 */
export function toStaticHtml(
  dsd: string,
  extra: { readonly lang: string; readonly footer: string },
): string {
  const fragment = parseFragment(dsd);
  const widget = fragment.childNodes.find(isElement);
  if (!widget) throw new Error('conf-widgets: nothing rendered');
  const body = transformChildren(shadowChildren(widget));
  return `<div class="conf-widget ${classOf(widget.tagName)}" lang="${escapeHtml(extra.lang)}">\n${body}${extra.footer}</div>\n`;
}

/** The classes of a time "in your zone" beside the data's: countdown, date items. */
const VIEWER_TIME = new Set(['in-viewer-zone', 'viewer-zone']);

/**
 * The server-rendered markup without the times "in your zone": rendered without
 * `--time-zone`, the server does not know the reader's zone, and a time in its own
 * zone labelled "your time" would mislead. The data's own zone is always shown.
 */
export function withoutViewerTimes(markup: string): string {
  const fragment = parseFragment(markup);
  const prune = (node: Node): void => {
    const children =
      isElement(node) && node.tagName === 'template'
        ? (node as DefaultTreeAdapterMap['template']).content.childNodes
        : 'childNodes' in node
          ? node.childNodes
          : [];
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      if (
        isElement(child) &&
        (attribute(child, 'class') ?? '').split(/\s+/).some((c) => VIEWER_TIME.has(c))
      )
        children.splice(i, 1);
      else prune(child);
    }
  };
  prune(fragment);
  return serialize(fragment);
}

/** The tags kept as they are; any other element gives way to its content. */
const KEPT = new Set([
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'dd',
  'del',
  'details',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'i',
  'img',
  'ins',
  'li',
  'ol',
  'p',
  's',
  'section',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'time',
  'ul',
]);
/** Elements left out with everything in them. */
const DROPPED = new Set(['style', 'slot', 'button', 'svg', 'script', 'template', 'input']);
/** The attributes kept, by tag; `class` is rewritten, `lang` and `dir` kept everywhere. */
const ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  abbr: ['title'],
  time: ['datetime'],
  img: ['src', 'alt', 'width', 'height'],
};
const BLOCK = /^(?:div|p|ul|ol|li|dl|dt|dd|h[1-6]|section|figure|details|summary|blockquote)$/;

const isElement = (node: Node): node is Element => 'tagName' in node;

/** A custom element's rendered children: its declarative shadow root. */
function shadowChildren(element: Element): Node[] {
  const template = element.childNodes.find(
    (node): node is DefaultTreeAdapterMap['template'] =>
      isElement(node) && node.tagName === 'template' && hasAttribute(node, 'shadowrootmode'),
  );
  return template ? template.content.childNodes : [];
}

const attribute = (element: Element, name: string) =>
  element.attrs.find((a) => a.name === name)?.value;
const hasAttribute = (element: Element, name: string) => attribute(element, name) !== undefined;

function transformChildren(nodes: readonly Node[]): string {
  return nodes.map(transform).join('');
}

function transform(node: Node): string {
  if (node.nodeName === '#text')
    return escapeHtml((node as { value: string }).value.replace(/\s+/g, ' '));
  if (!isElement(node)) return ''; // comments
  const tag = node.tagName;
  if (DROPPED.has(tag) || hasAttribute(node, 'hidden')) return '';
  const classes = (attribute(node, 'class') ?? '').split(/\s+/);
  if (classes.includes('visually-hidden')) return '';
  if (tag.includes('-'))
    return `<div class="${classOf(tag)}">\n${transformChildren(shadowChildren(node))}</div>\n`;
  if (tag === 'a' && hasAttribute(node, 'download')) return ''; // "Add to calendar": written on use
  if (tag === 'a' && !safeUrl(attribute(node, 'href') ?? ''))
    return transformChildren(node.childNodes);
  if (tag === 'img' && !safeUrl(attribute(node, 'src') ?? '')) return '';
  if (!KEPT.has(tag)) return transformChildren(node.childNodes);
  const words = [...(attribute(node, 'part') ?? '').split(/\s+/), ...classes]
    .filter(Boolean)
    .map(classOf);
  let attributes = words.length ? ` class="${[...new Set(words)].join(' ')}"` : '';
  for (const name of ['lang', 'dir', ...(ATTRIBUTES[tag] ?? [])]) {
    const value = attribute(node, name);
    if (value !== undefined) attributes += ` ${name}="${escapeHtml(value)}"`;
  }
  if (tag === 'img' || tag === 'br') return `<${tag}${attributes}>`;
  const inner = transformChildren(node.childNodes).replace(/^ +| +$/g, '');
  if (!inner.trim()) return ''; // what it held only worked live
  return `<${tag}${attributes}>${inner}</${tag}>${BLOCK.test(tag) ? '\n' : ''}`;
}

/**
 * A class for the page's CSS: `conf-` and the word (`conf-countdown`, `conf-date`,
 * `conf-past`). Words that ad blockers hide by (`sponsor`, `ad`, `banner`: EasyList's
 * generic rules) become others, as they never appear where page CSS reaches.
 */
export function classOf(word: string): string {
  const neutral = word
    .replace(/^conf-/, '')
    .replace(/sponsor/g, 'supporter')
    .replace(/(^|-)ads?(?=-|$)/g, '$1notice')
    .replace(/banner/g, 'heading');
  return `conf-${neutral}`;
}

/**
 * The line that says when a static snippet was true: "As of Mon, Dec 7, 2026, 12:00 PM
 * AoE." — everything that depends on the moment (time left, passed, next) was computed
 * for it.
 */
export function asOfFooter(epochMs: number, locale: string, zoneText: string): string {
  const zone = parseZone(zoneText) ?? UTC;
  const moment = formatMoment(zone, epochMs, locale);
  const words = wordsFor(locale, staticWords);
  const time = `<time datetime="${isoInstant(epochMs)}">${escapeHtml(moment)}</time>`;
  const line = escapeHtml(words.asOf('\u0000')).replace('\u0000', time);
  return `<p class="conf-as-of"><small>${line}</small></p>\n`;
}
