import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Images that fall back to text: a committee photo to initials, a sponsor logo to
 * the sponsor's name — never a broken-image icon (spec §3). The widget asks
 * `usable(url)` while rendering and, if so, renders the `<img>` with
 * `@error=${images.onError}`; when the image fails, its URL is remembered and the
 * host re-renders with the text in its place. A URL that failed once is not tried
 * again by this element (its next render would fail the same way and flash).
 *
 * The failed URL is read from the image's `src` attribute, so an `<img>` inside a
 * `<picture>` whose dark-scheme `<source>` fails also counts as failed: the text
 * then stands in for the whole picture.
 */
export class ImageFallback implements ReactiveController {
  private readonly failed = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether to render an image for `url`: there is one and it has not failed. */
  usable(url: string | undefined): url is string {
    return url !== undefined && url !== '' && !this.failed.has(url);
  }

  /** `error` listener for an `<img>`: remembers its URL as failed and re-renders. */
  readonly onError = (event: Event): void => {
    const src = (event.currentTarget as HTMLImageElement | null)?.getAttribute('src');
    if (src === null || src === undefined || this.failed.has(src)) return;
    this.failed.add(src);
    this.host.requestUpdate();
  };
}

/**
 * Up to two initials for a name, for an avatar without a photo: the first letter of
 * the first and the last word ("Jakub Konečný" → "JK", "Michael I. Jordan" → "MJ",
 * "李飞飞" → "李"). Whole code points, so no surrogate half is ever shown.
 */
export function initials(name: string, locale?: string): string {
  const words = name
    .replace(/[()[\]{}"'“”‘’,]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return '';
  const first = Array.from(words[0]!)[0] ?? '';
  const last = words.length > 1 ? (Array.from(words[words.length - 1]!)[0] ?? '') : '';
  return (first + last).toLocaleUpperCase(locale);
}
