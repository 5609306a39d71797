/**
 * The script of an embed page (`conf-widgets embed` writes DIR/embed.js from this
 * file, and an embed page DIR/<element>.html per element; src/embed/pages.ts): the page
 * shows one widget full width, in an iframe on someone else's page.
 *
 * - Options come from the page's query — `locale`, `time-zone` and the element's own
 *   attributes, named in the widget's `data-embed-options` by the page's writer — and
 *   nothing else: never `src`, so no one can make the page show a data file of theirs
 *   under the name of the site that hosts it.
 * - The page reports its height to the parent on every change: our own message,
 *   `{ type: 'conf-widgets:height', height }`, and — when WordPress embedded it, adding
 *   `#?secret=…` to its URL — WordPress's, `{ message: 'height', value, secret }`, which
 *   WordPress's own embed script uses to size the iframe. WordPress hides the iframe
 *   behind its link until that message comes, and says `{ message: 'ready', secret }`
 *   once its script has loaded, which may be after the frame first spoke: the page
 *   answers with its height again.
 *
 * It imports nothing: the page loads it beside the script-tag file.
 */

const widget = document.querySelector<HTMLElement>('[data-embed-options]');
if (widget) {
  const options = new Set(widget.dataset.embedOptions!.split(' '));
  options.delete('src');
  for (const [name, value] of new URLSearchParams(location.search))
    if (options.has(name)) widget.setAttribute(name, value);
  // The page speaks the widget's language (WCAG 3.1.1): `lang` from a well-formed `locale`.
  const locale = widget.getAttribute('locale');
  try {
    if (locale) document.documentElement.lang = Intl.getCanonicalLocales(locale)[0]!;
  } catch {
    // not a language tag: the widget falls back on its own, the page stays as written
  }
}

const secret = /[#&?]secret=([\w-]+)/.exec(location.hash)?.[1];
let reported = 0;

function reportHeight(again = false): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if ((height === reported && !again) || window.parent === window) return;
  reported = height;
  window.parent.postMessage({ type: 'conf-widgets:height', height }, '*');
  if (secret) window.parent.postMessage({ message: 'height', value: height, secret }, '*');
}

new ResizeObserver(() => reportHeight()).observe(document.documentElement);

addEventListener('message', ({ source, data }: MessageEvent<unknown>) => {
  const { message, secret: theirs } = (data ?? {}) as { message?: unknown; secret?: unknown };
  if (source === window.parent && secret && message === 'ready' && theirs === secret)
    reportHeight(true);
});
