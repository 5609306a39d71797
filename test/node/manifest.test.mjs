// custom-elements.json is generated (`npm run analyze`) and committed: this fails when the
// committed file no longer matches the sources, and checks that it documents every element
// fully. Fix a failure with `npm run analyze` and commit the result.

import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { elementsOf, vscodeCustomData, webTypes } from '../../scripts/editor-data.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const committed = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));

/** Every tag the sources define (`defineElement('conf-x', ConfX)`). */
function definedTags(dir = join(ROOT, 'src')) {
  return readdirSync(dir, { recursive: true })
    .filter((file) => String(file).endsWith('.ts'))
    .flatMap((file) => [
      ...readFileSync(join(dir, String(file)), 'utf8').matchAll(/defineElement\(\s*'([\w-]+)'/g),
    ])
    .map((match) => match[1]);
}

test('custom-elements.json is current (run `npm run analyze` and commit it)', async () => {
  const fresh = await cli({ argv: ['analyze', '--quiet'], cwd: ROOT, noWrite: true });
  assert.deepEqual(
    JSON.parse(JSON.stringify(fresh)),
    committed,
    'custom-elements.json is stale: run `npm run analyze` and commit it',
  );
});

test('the manifest lists every element', () => {
  const tags = elementsOf(committed).map((el) => el.tagName);
  const defined = definedTags();
  assert.ok(defined.length >= 2, 'found the defineElement() calls');
  for (const tag of defined) assert.ok(tags.includes(tag), `<${tag}> is missing`);
});

test('every element and every attribute, property, event, slot, part and CSS property is described', () => {
  const missing = [];
  for (const el of elementsOf(committed)) {
    if (!el.summary && el.tagName !== 'conf-data') missing.push(`<${el.tagName}>: @summary`);
    if (!el.description) missing.push(`<${el.tagName}>: description`);
    const groups = {
      attribute: el.attributes,
      property: el.members?.filter((m) => m.kind === 'field'),
      event: el.events,
      slot: el.slots,
      part: el.cssParts,
      'css property': el.cssProperties,
    };
    for (const [kind, items] of Object.entries(groups)) {
      for (const item of items ?? []) {
        if (!item.description?.trim())
          missing.push(`<${el.tagName}> ${kind} ${item.name || '(default)'}`);
      }
    }
  }
  assert.deepEqual(missing, [], `undocumented:\n${missing.join('\n')}`);
});

test('widgets inherit the shared API of ConfElement', () => {
  for (const el of elementsOf(committed).filter((e) => e.tagName !== 'conf-data')) {
    const attrs = el.attributes?.map((a) => a.name) ?? [];
    for (const name of ['src', 'locale', 'time-zone', 'now', 'state']) {
      assert.ok(attrs.includes(name), `<${el.tagName}> lacks the attribute ${name}`);
    }
    const props = el.members?.map((m) => m.name) ?? [];
    assert.ok(props.includes('data'), `<${el.tagName}> lacks the property data`);
    const events = el.events?.map((e) => e.name) ?? [];
    assert.ok(
      events.includes('conf-ready') && events.includes('conf-error'),
      `<${el.tagName}> events`,
    );
    assert.ok(
      el.slots?.some((s) => s.name === ''),
      `<${el.tagName}> default slot`,
    );
    assert.ok(
      el.cssParts?.some((p) => p.name === 'error'),
      `<${el.tagName}> part error`,
    );
    assert.ok(
      el.cssProperties?.some((p) => p.name === '--conf-accent'),
      `<${el.tagName}> --conf-accent`,
    );
  }
});

test('no private or protected member leaks into the manifest', () => {
  for (const mod of committed.modules) {
    for (const d of mod.declarations ?? []) {
      for (const m of d.members ?? []) {
        assert.ok(!m.privacy || m.privacy === 'public', `${d.name}.${m.name} is ${m.privacy}`);
      }
    }
  }
});

test('the editor data (VS Code custom data, JetBrains web-types) covers every element and attribute', () => {
  const vscode = vscodeCustomData(committed);
  const jetbrains = webTypes(committed, { name: 'conf-widgets', version: '0.0.0' });
  for (const el of elementsOf(committed)) {
    const tag = vscode.tags.find((t) => t.name === el.tagName);
    assert.ok(tag, `VS Code: <${el.tagName}>`);
    assert.deepEqual(
      tag.attributes.map((a) => a.name),
      el.attributes.map((a) => a.name),
      `VS Code: attributes of <${el.tagName}>`,
    );
    const element = jetbrains.contributions.html.elements.find((e) => e.name === el.tagName);
    assert.ok(element, `web-types: <${el.tagName}>`);
    assert.equal(element.attributes.length, el.attributes.length);
  }
  const layout = vscode.tags
    .find((t) => t.name === 'conf-topics')
    .attributes.find((a) => a.name === 'layout');
  assert.deepEqual(
    layout.values.map((v) => v.name),
    ['list', 'columns', 'chips'],
    'enumerated values are offered',
  );
  const upcoming = vscode.tags
    .find((t) => t.name === 'conf-dates')
    .attributes.find((a) => a.name === 'upcoming');
  assert.equal(upcoming.valueSet, 'v', 'boolean attributes take no value');
});
