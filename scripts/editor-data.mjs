#!/usr/bin/env node
// Editor support from custom-elements.json (the one source: the elements' JSDoc headers):
//
//   <outdir>/vscode.html-custom-data.json   VS Code's HTML custom data ("html.customData")
//   <outdir>/web-types.json                 JetBrains web-types (package.json "web-types")
//
// Usage: node scripts/editor-data.mjs [outdir]     (default dist/; `npm run build` runs it)

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The custom elements of a manifest, each with its module path. */
export function elementsOf(manifest) {
  return manifest.modules.flatMap((mod) =>
    (mod.declarations ?? []).filter((d) => d.customElement && d.tagName),
  );
}

/** `'a' | 'b'` → ['a', 'b']; undefined when the type is not a union of string literals. */
export function literalValues(typeText = '') {
  const parts = typeText
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined');
  if (!parts.length || !parts.every((p) => /^'[^']*'$|^"[^"]*"$/.test(p))) return undefined;
  return parts.map((p) => p.slice(1, -1));
}

const list = (title, items, name = (i) => `\`${i.name}\``) =>
  items?.length
    ? `\n\n**${title}:**\n${items.map((i) => `- ${name(i) || '(default)'}${i.description ? ` — ${i.description}` : ''}`).join('\n')}`
    : '';

/** The Markdown description of an element: summary, text, and its slots, events, parts, CSS properties. */
function elementMarkdown(el) {
  const head = [el.summary, el.description].filter(Boolean).join('\n\n');
  return (
    head +
    list('Slots', el.slots, (s) => (s.name ? `\`${s.name}\`` : 'default')) +
    list('Events', el.events) +
    list('CSS parts', el.cssParts, (p) => `\`::part(${p.name})\``) +
    list('CSS custom properties', el.cssProperties, (p) =>
      p.default ? `\`${p.name}\` (default \`${p.default}\`)` : `\`${p.name}\``,
    )
  );
}

/** VS Code HTML custom data, version 1.1. */
export function vscodeCustomData(manifest) {
  return {
    version: 1.1,
    tags: elementsOf(manifest).map((el) => ({
      name: el.tagName,
      description: { kind: 'markdown', value: elementMarkdown(el) },
      attributes: (el.attributes ?? []).map((attr) => {
        const values = literalValues(attr.type?.text);
        const boolean = attr.type?.text === 'boolean';
        return {
          name: attr.name,
          description: attr.description ?? '',
          ...(values ? { values: values.map((name) => ({ name })) } : {}),
          ...(boolean ? { valueSet: 'v' } : {}),
        };
      }),
    })),
  };
}

/**
 * The CSS custom properties or parts (`key`) of every element, one entry per name; a
 * name whose meaning differs between elements says so element by element.
 */
function pageWide(elements, key) {
  const byName = new Map();
  for (const el of elements) {
    for (const item of el[key] ?? []) {
      const entry = byName.get(item.name) ?? new Map();
      const text = item.description ?? '';
      entry.set(text, [...(entry.get(text) ?? []), el.tagName]);
      byName.set(item.name, entry);
    }
  }
  return [...byName].map(([name, texts]) => ({
    name,
    description:
      texts.size === 1
        ? [...texts.keys()][0]
        : [...texts]
            .map(([text, tags]) => `${tags.map((t) => `\`<${t}>\``).join(', ')}: ${text}`)
            .join('\n\n'),
  }));
}

/**
 * JetBrains web-types (web-types 2 schema, JetBrains/web-types `schema/web-types.json`):
 * elements with attributes, slots, and JS properties and events; the CSS custom
 * properties and `::part()`s as page-wide CSS contributions.
 */
export function webTypes(manifest, pkg) {
  const elements = elementsOf(manifest);
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((el) => ({
          name: el.tagName,
          description: elementMarkdown(el),
          attributes: (el.attributes ?? []).map((attr) => ({
            name: attr.name,
            description: attr.description ?? '',
            value: {
              type: attr.type?.text?.replace(/ \| undefined$/, '') ?? 'string',
              ...(attr.default ? { default: attr.default } : {}),
            },
          })),
          slots: (el.slots ?? []).map((s) => ({
            name: s.name,
            description: s.description ?? '',
          })),
          js: {
            properties: (el.members ?? [])
              .filter((m) => m.kind === 'field' && !m.static)
              .map((m) => ({
                name: m.name,
                description: m.description ?? '',
                ...(m.type?.text ? { type: m.type.text } : {}),
              })),
            events: (el.events ?? []).map((e) => ({
              name: e.name,
              description: e.description ?? '',
            })),
          },
        })),
      },
      css: {
        properties: pageWide(elements, 'cssProperties'),
        'pseudo-elements': pageWide(elements, 'cssParts').map((p) => ({
          ...p,
          name: `part(${p.name})`,
        })),
      },
    },
  };
}

function main() {
  const outdir = resolve(ROOT, process.argv[2] ?? 'dist');
  const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  mkdirSync(outdir, { recursive: true });
  const write = (name, data) =>
    writeFileSync(join(outdir, name), `${JSON.stringify(data, null, 2)}\n`);
  write('vscode.html-custom-data.json', vscodeCustomData(manifest));
  write('web-types.json', webTypes(manifest, pkg));
  console.log(`editor data for ${elementsOf(manifest).length} elements in ${outdir}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
