import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * A heading level from an attribute: an integer 1–6, anything else gives `fallback`.
 * Widgets take a `heading-level` so their headings fit the outline of the host page.
 */
export function headingLevel(value: unknown, fallback = 2): number {
  const level = Math.trunc(Number(value));
  return level >= 1 && level <= 6 ? level : fallback;
}

/**
 * A real `<h1>`…`<h6>` (not `role="heading"`) at `level`, clamped to 1–6, with a part
 * name, a class (default: the part) and an id (for `aria-labelledby`); the content is
 * rendered as text through Lit bindings like everything else. Six plain templates
 * rather than `lit/static-html.js`: no tag name is ever built from a value.
 */
export function heading(
  level: number,
  content: unknown,
  options: { part: string; className?: string; id?: string },
): TemplateResult {
  const part = options.part;
  const className = options.className ?? part;
  switch (Math.min(6, Math.max(1, Math.trunc(level) || 2))) {
    case 1:
      return html`<h1 part=${part} class=${className} id=${ifDefined(options.id)}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} class=${className} id=${ifDefined(options.id)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${className} id=${ifDefined(options.id)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${className} id=${ifDefined(options.id)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${className} id=${ifDefined(options.id)}>${content}</h5>`;
    default:
      return html`<h6 part=${part} class=${className} id=${ifDefined(options.id)}>${content}</h6>`;
  }
}
