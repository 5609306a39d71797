// Shared by the trust tests (test/hostile*, hosts*, network*, leaks*, a11y*): every
// widget, and the checks that look through their shadow roots.
import '../../src/cfp/cfp.js';
import '../../src/committee/committee.js';
import '../../src/countdown/countdown.js';
import '../../src/data-provider/data-provider.js';
import '../../src/dates/dates.js';
import '../../src/sponsors/sponsors.js';
import '../../src/topics/topics.js';
import type { ConfElement } from '../../src/shared/conf-element.js';

/** Every data widget (not `<conf-data>`, which renders nothing itself). */
export const WIDGETS = [
  'conf-countdown',
  'conf-dates',
  'conf-committee',
  'conf-sponsors',
  'conf-topics',
  'conf-cfp',
] as const;
export type WidgetTag = (typeof WIDGETS)[number];

/** A URL no other test has loaded: the data cache is per page. */
export const fresh = (path: string) =>
  `${path}${path.includes('?') ? '&' : '?'}case=${Math.random().toString(36).slice(2)}`;

/** Creates a widget with `attributes` (and the `data` property when given), not yet attached. */
export function widget(
  tag: WidgetTag,
  attributes: Record<string, string> = {},
  data?: unknown,
): ConfElement {
  const el = document.createElement(tag) as ConfElement;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (data !== undefined) el.data = data;
  return el;
}

export { settled } from '../helpers/widgets.js';

/** Every element below `root`, through open shadow roots (nested widgets included). */
export function deepElements(root: Node): Element[] {
  const out: Element[] = [];
  const visit = (node: Node) => {
    for (const child of node.childNodes) {
      if (child instanceof Element) {
        out.push(child);
        if (child.shadowRoot) visit(child.shadowRoot);
      }
      visit(child);
    }
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  else visit(root);
  return out;
}

/** Every non-blank text node rendered in the shadow roots below `root`. */
export function deepTextNodes(root: Element): Text[] {
  const texts: Text[] = [];
  for (const shadowHost of [root, ...deepElements(root)]) {
    const shadow = shadowHost.shadowRoot;
    if (!shadow) continue;
    const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent!.trim()) texts.push(node as Text);
    }
  }
  return texts;
}

/** The text a reader sees: the shadow roots' text nodes, joined. */
export const deepText = (root: Element) =>
  deepTextNodes(root)
    .map((node) => node.textContent)
    .join(' ');

/** The element that has focus, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Elements the widgets do not create themselves. What they do create: their templates'
 * tags; `svg` only as their own decorative icons (`.icon`); `img` only as a member's
 * photo or a sponsor's logo; `abbr` only as "AoE" explained (src/shared/aoe.ts). Nothing
 * may carry an event-handler attribute (`on…`) or an inline `style` attribute (strict CSP).
 */
const OWN_TAGS = new Set([
  'a',
  'abbr',
  'button',
  'del',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'img',
  'li',
  'ol',
  'p',
  'path',
  'picture',
  'rect',
  's',
  'section',
  'slot',
  'source',
  'span',
  'svg',
  'time',
  'ul',
  // the widget <conf-cfp> nests
  'conf-countdown',
]);

export function foreignElements(root: Element, elements = deepElements(root)): string[] {
  const problems: string[] = [];
  for (const el of elements) {
    const tag = el.localName;
    // light-DOM children are the author's fallback, not the widget's
    if (el.getRootNode() === document) continue;
    if (!OWN_TAGS.has(tag)) problems.push(`<${tag}> from the data`);
    if (tag === 'svg' && !el.classList.contains('icon')) problems.push('<svg> that is no icon');
    if (tag === 'img' && !/\b(photo|logo)\b/.test(el.getAttribute('part') ?? ''))
      problems.push('<img> that is neither photo nor logo');
    if (tag === 'abbr' && (el.textContent !== 'AoE' || el.childElementCount))
      problems.push(`<abbr> that is not "AoE": ${el.textContent!.slice(0, 40)}`);
    for (const attribute of el.getAttributeNames()) {
      if (/^on/i.test(attribute)) problems.push(`<${tag} ${attribute}>`);
      if (attribute === 'style') problems.push(`<${tag} style> (breaks a strict CSP)`);
    }
  }
  return problems;
}

// Spec §2: "Only http:, https:, mailto: and relative URLs become links or images" — the
// same list for both (a mailto: image is inert: it fails and falls back to text).
const SAFE_LINK = new Set(['http:', 'https:', 'mailto:']);
const SAFE_IMAGE = SAFE_LINK;

/**
 * Link and image URLs in the shadow roots whose resolved scheme is unsafe: anything but
 * http(s) and mailto. The widgets' own calendar downloads are `data:text/calendar` links
 * marked with a `calendar` part.
 */
/**
 * The URLs of a srcset as the HTML parser reads them: a URL is a run of non-space
 * characters (commas inside it belong to it; trailing commas end the candidate), and
 * its descriptors run to the next comma. Splitting on every comma would cut
 * `https://cdn.example/w_200,h_80/logo.png` in two.
 */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let at = 0;
  while (at < srcset.length) {
    while (at < srcset.length && /[\s,]/.test(srcset[at]!)) at++;
    const start = at;
    while (at < srcset.length && !/\s/.test(srcset[at]!)) at++;
    const url = srcset.slice(start, at);
    const bare = url.replace(/,+$/, '');
    if (bare === url) while (at < srcset.length && srcset[at] !== ',') at++; // descriptors
    if (bare) urls.push(bare);
  }
  return urls;
}

export function unsafeUrls(root: Element, elements = deepElements(root)): string[] {
  const problems: string[] = [];
  for (const el of elements) {
    if (el.getRootNode() === document) continue;
    if (el instanceof HTMLAnchorElement && el.hasAttribute('href')) {
      const protocol = new URL(el.href).protocol;
      const calendar = /calendar/.test(el.getAttribute('part') ?? '');
      if (calendar) {
        if (!el.href.startsWith('data:text/calendar;charset=utf-8,'))
          problems.push(`calendar link ${el.href.slice(0, 80)}`);
      } else if (!SAFE_LINK.has(protocol)) problems.push(`<a href="${el.href.slice(0, 80)}">`);
    }
    if (el instanceof HTMLImageElement && el.hasAttribute('src')) {
      if (!SAFE_IMAGE.has(new URL(el.src).protocol))
        problems.push(`<img src="${el.src.slice(0, 80)}">`);
    }
    if (el.hasAttribute('srcset')) {
      for (const url of srcsetUrls(el.getAttribute('srcset')!)) {
        let protocol: string;
        try {
          protocol = new URL(url, document.baseURI).protocol;
        } catch {
          protocol = 'unparseable';
        }
        if (!SAFE_IMAGE.has(protocol)) problems.push(`srcset ${url.slice(0, 80)}`);
      }
    }
    for (const name of ['action', 'formaction', 'xlink:href', 'background', 'poster']) {
      if (el.hasAttribute(name)) problems.push(`<${el.localName} ${name}>`);
    }
    if (el.localName !== 'a' && el.localName !== 'img' && el.hasAttribute('href'))
      problems.push(`<${el.localName} href>`);
  }
  return problems;
}

/** Collects uncaught errors and unhandled rejections until `stop()`. */
export function trapErrors() {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

declare global {
  interface Window {
    __pwned?: unknown;
  }
}
