/** A value quoted for a message, cut short: data files may hold megabyte strings. */
export function quote(value: unknown, max = 60): string {
  const json =
    typeof value === 'string'
      ? JSON.stringify(value)
      : typeof value === 'number'
        ? String(value)
        : describeType(value);
  return json.length > max ? `${json.slice(0, max - 2)}…"` : json;
}

/** "a number", "a list", "null": what a JSON value is, for messages. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/**
 * Text with every lone surrogate replaced by U+FFFD. `"\ud800"` is valid JSON, and
 * `encodeURIComponent` throws on it: anything from a data file goes through this first.
 */
export function wellFormed(text: string): string {
  return text.replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '\ufffd',
  );
}

/**
 * Text for HTML written as a string (the command-line tool's snippets and pages, never a
 * widget's template): element content or a quoted attribute value.
 */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}
