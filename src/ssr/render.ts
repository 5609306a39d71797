// The elements rendered on the server (SPEC §6, `conf-widgets render`): the same
// element code as in the browser, run by @lit-labs/ssr in Node. Bundled into the CLI
// only; the DOM shim must come before any module that defines an element.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../index.js';
import type { Loaded } from '../data/load.js';
import { loadMessages } from '../shared/messages.js';
import { escapeHtml } from '../shared/text.js';
import type { ConfElement } from '../shared/conf-element.js';

/** The elements `render` knows, by the name after `conf-`. */
export const RENDERABLE = [
  'countdown',
  'dates',
  'committee',
  'sponsors',
  'topics',
  'cfp',
  'deadlines',
] as const;

export type RenderableName = (typeof RENDERABLE)[number];

export interface ServerRenderOptions {
  /** The moment to render for, an instant (`2026-12-07T12:00:00Z`). */
  readonly now: string;
  /** Shown as "your time" beside the data's zone; the data's zone when not given. */
  readonly timeZone: string;
  /** Attributes of the element in the output, for the live element (`src`, `locale`, …). */
  readonly attributes: Readonly<Record<string, string>>;
}

type ElementClass = (new () => ConfElement) & { readonly observedAttributes: string[] };

function elementClass(name: RenderableName): ElementClass {
  const constructor = customElements.get(`conf-${name}`);
  if (!constructor) throw new Error(`conf-widgets: no element conf-${name}`);
  return constructor as unknown as ElementClass;
}

/** The attributes an element takes (`date`, `tags`, `locale`, …), besides `state`. */
export function attributesOf(name: RenderableName): string[] {
  return elementClass(name).observedAttributes.filter((attribute) => attribute !== 'state');
}

/**
 * The element with its shadow root as declarative shadow DOM
 * (`<template shadowrootmode="open">`, its styles inside), rendered for `options.now`
 * from data already read. The element keeps the given attributes; the moment and the
 * zone it was rendered for are properties, so the live element takes its own.
 */
export async function renderDsd(
  name: RenderableName,
  loaded: Loaded,
  options: ServerRenderOptions,
): Promise<string> {
  const known = new Set(attributesOf(name));
  for (const attribute of Object.keys(options.attributes))
    if (!known.has(attribute)) throw new Error(`<conf-${name}> has no attribute ${attribute}`);
  await new (elementClass(name))().prepareServerData(loaded);
  // What the live element loads with its data: the words of its language.
  await loadMessages(options.attributes.locale ?? 'en');
  const tag = unsafeStatic(`conf-${name}`);
  // Attribute names are checked above; values are escaped.
  const attributes = unsafeStatic(
    Object.entries(options.attributes)
      .map(([attribute, value]) => ` ${attribute}="${escapeHtml(value)}"`)
      .join(''),
  );
  const result = render(
    // lit/static-html: the tag and the attributes are static values, not bindings
    // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
    html`<${tag}${attributes} .serverData=${loaded} .now=${options.now} .timeZone=${options.timeZone}></${tag}>`,
  );
  return withoutLitMarkers(await collectResult(result));
}

/**
 * Lit's hydration markers (`<!--lit-part …-->`, `<!--lit-node 3-->`) out: the live
 * element does not hydrate the server's markup, it takes its place (the base element,
 * src/shared/conf-element.ts), so the markers are bytes for nothing.
 */
function withoutLitMarkers(markup: string): string {
  return markup.replace(/<!--\/?lit-(?:part|node)[^>]*-->/g, '');
}
