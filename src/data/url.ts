const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * A URL from the data file made safe to use as a link or image: http:, https:,
 * mailto: and relative URLs pass, anything else (javascript:, data:, vbscript:, …)
 * gives undefined. Browsers strip leading controls and spaces and ignore tabs and
 * newlines inside a URL — "\u0001java\tscript:" still runs script — so the scheme is
 * judged the way the URL parser sees it. Relative URLs resolve against `base` (the
 * data file's URL) when that is an http(s) URL.
 */
export function safeUrl(raw: string, base?: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- exactly what the URL parser strips
  const cleaned = raw.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  if (!cleaned) return undefined;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned)?.[1];
  if (scheme && !SAFE_SCHEMES.has(`${scheme.toLowerCase()}:`)) return undefined;
  // Backslashes count as slashes in http URLs; other controls never belong in a link.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(cleaned)) return undefined;
  const resolvable = base && /^https?:/i.test(base);
  try {
    const url = new URL(cleaned, resolvable ? base : 'https://relative.invalid/');
    if (!SAFE_SCHEMES.has(url.protocol)) return undefined;
    return scheme || resolvable ? url.href : cleaned;
  } catch {
    return undefined;
  }
}
