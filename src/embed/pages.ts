import { escapeHtml } from '../shared/text.js';

/**
 * What `conf-widgets embed` writes for each element: the embed page, its oEmbed JSON and
 * the `<iframe>` snippet (SPEC §6). Pure functions of their options; the command
 * (src/cli/embed.ts) reads the data file and writes the files.
 */

/** The elements an embed page can show, with the words of its title and its first height. */
export const EMBEDDABLE = {
  countdown: { title: 'countdown', height: 260 },
  dates: { title: 'important dates', height: 520 },
  committee: { title: 'committee', height: 640 },
  sponsors: { title: 'sponsors', height: 420 },
  topics: { title: 'topics', height: 380 },
  cfp: { title: 'call for papers', height: 760 },
  deadlines: { title: 'deadlines', height: 560 },
} as const;

export type EmbeddableName = keyof typeof EMBEDDABLE;

/**
 * Who may run the embed page: scripts, new tabs for its links, and downloads for "Add to
 * calendar" (Chromium blocks a sandboxed frame's download without `allow-downloads`);
 * nothing of the parent's. The page works without the last one too (WordPress's oEmbed
 * gives `allow-scripts` alone), only its calendar links do not.
 */
export const SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads';

const WIDTH = 600;

export interface EmbedOptions {
  readonly element: EmbeddableName;
  /** The conference's or collection's name: the page's title and the fallback link's text. */
  readonly name: string;
  /** Its home page (a safe URL), for the no-JS fallback, if there is one. */
  readonly homepage?: string;
  /** The data file's name in the folder, e.g. `mlsys-2022.json`. */
  readonly dataFile: string;
  /** Where the folder is published, ending in `/`. */
  readonly baseUrl: string;
  /** The attributes the page's query may set (`locale`, `time-zone`, the element's own). */
  readonly options: readonly string[];
}

export const pageFile = (element: EmbeddableName) => `${element}.html`;
export const oembedFile = (element: EmbeddableName) => `${element}.oembed.json`;

export function pageTitle({ element, name }: Pick<EmbedOptions, 'element' | 'name'>): string {
  return `${name}: ${EMBEDDABLE[element].title}`;
}

/** The embed page, DIR/<element>.html. */
export function embedPage(options: EmbedOptions): string {
  const { element, dataFile, baseUrl, homepage } = options;
  const title = escapeHtml(pageTitle(options));
  const fallback = homepage
    ? `<a href="${escapeHtml(homepage)}">${escapeHtml(options.name)}</a>`
    : escapeHtml(options.name);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<base target="_blank">
<link rel="alternate" type="application/json+oembed" href="${escapeHtml(baseUrl + oembedFile(element))}" title="${title}">
<style>body { margin: 0; padding: 0.5em; font: 1em/1.5 system-ui, sans-serif; }</style>
<script type="module" src="conf-widgets.js"></script>
<script type="module" src="embed.js"></script>
</head>
<body>
<main>
<conf-${element} src="${escapeHtml(dataFile)}" data-embed-options="${escapeHtml(options.options.join(' '))}"><p>${fallback}</p></conf-${element}>
</main>
</body>
</html>
`;
}

/**
 * The `<iframe>` (and the link for readers that show no frames) to paste, or for oEmbed.
 * The `<blockquote>` is bare and first: WordPress keeps it as the fallback it shows until
 * the frame reports its height only when it matches `<blockquote>` exactly
 * (wp_filter_oembed_result); with a class it dropped the link and showed the frame alone.
 */
export function iframeSnippet(options: EmbedOptions): string {
  const url = escapeHtml(options.baseUrl + pageFile(options.element));
  const title = escapeHtml(pageTitle(options));
  const height = EMBEDDABLE[options.element].height;
  return (
    `<blockquote><a href="${url}">${title}</a></blockquote>` +
    `<iframe class="conf-widgets-embed" src="${url}" title="${title}" width="${WIDTH}" height="${height}" sandbox="${SANDBOX}" loading="lazy"></iframe>`
  );
}

/** The oEmbed 1.0 response of an embed page (oembed.com §2.3.4, type "rich"). */
export function oembedJson(options: EmbedOptions): Record<string, string | number> {
  return {
    version: '1.0',
    type: 'rich',
    title: pageTitle(options),
    provider_name: options.name,
    provider_url: options.homepage ?? options.baseUrl,
    html: iframeSnippet(options),
    width: WIDTH,
    height: EMBEDDABLE[options.element].height,
  };
}
