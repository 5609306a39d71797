// `npm run analyze`: custom-elements.json from the element sources (Lit decorators and
// the JSDoc headers). test/node/manifest.test.mjs fails when the committed file is stale.

/**
 * Elements define themselves through `defineElement('conf-x', ConfX)` (src/shared/define.ts,
 * the guarded define), which the analyzer does not know as `customElements.define`: this
 * plugin records the same custom-element-definition export for it, so the class gets
 * its `tagName` and `customElement: true`.
 */
function defineElementCalls() {
  return {
    name: 'conf-widgets: defineElement() calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node)) return;
      if (!ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: klass.text, module: moduleDoc.path },
        },
      ];
    },
  };
}

/**
 * The manifest describes the public API of the elements: it keeps the element modules,
 * the base class they inherit from and the event classes, and drops what users cannot
 * touch — private and protected members, and the helper functions element modules
 * export for their tests.
 */
function publicApiOnly() {
  const keep = new Set(['src/shared/conf-element.ts', 'src/shared/events.ts']);
  const isPublic = (member) => !member.privacy || member.privacy === 'public';
  return {
    name: 'conf-widgets: public API only',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules.filter(
        (mod) => keep.has(mod.path) || mod.declarations?.some((d) => d.customElement),
      );
      for (const mod of modules) {
        mod.declarations = (mod.declarations ?? []).filter(
          (d) => d.kind === 'class' || keep.has(mod.path) || d.kind === 'mixin',
        );
        for (const d of mod.declarations) {
          if (d.members) d.members = d.members.filter(isPublic);
        }
        const names = new Set(mod.declarations.map((d) => d.name));
        mod.exports = (mod.exports ?? []).filter(
          (e) => e.kind === 'custom-element-definition' || names.has(e.declaration.name),
        );
      }
      customElementsManifest.modules = modules.sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}

/**
 * Spells out string-literal union aliases (`TopicsLayout` → `'list' | 'columns' | 'chips'`)
 * in member and attribute types, so that Storybook offers a select control and editors
 * complete the values; and gives the shared events their classes as types.
 */
function resolvedTypes() {
  const aliases = new Map();
  const events = {
    'conf-ready': 'ConfReadyEvent',
    'conf-error': 'ConfErrorEvent',
    'conf-deadline': 'ConfDeadlineEvent',
  };
  const expand = (type) => {
    if (!type?.text) return;
    type.text = type.text.replace(/\b[A-Z]\w*\b/g, (name) => aliases.get(name) ?? name);
  };
  const eventNames = Object.fromEntries(Object.entries(events).map(([name, type]) => [type, name]));
  // `this.dispatchEvent(new ConfDeadlineEvent(…))` is found as an event without a name:
  // name it by its class, merge it with its `@fires` tag, and type every shared event.
  const namedEvents = (found) => {
    const byName = new Map();
    for (const e of found) {
      const name = e.name ?? eventNames[e.type?.text];
      if (!name) continue;
      const merged = {
        ...byName.get(name),
        ...e,
        ...(byName.get(name)?.description ? { description: byName.get(name).description } : {}),
        name,
      };
      if (events[name]) merged.type = { text: events[name] };
      byName.set(name, merged);
    }
    return [...byName.values()];
  };
  return {
    name: 'conf-widgets: resolved types',
    analyzePhase({ ts, node }) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      const literals = node.type.types.every(
        (t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal),
      );
      if (literals)
        aliases.set(node.name.text, node.type.types.map((t) => t.getText()).join(' | '));
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          for (const m of [...(d.members ?? []), ...(d.attributes ?? [])]) expand(m.type);
          if (d.events) d.events = namedEvents(d.events);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/cli/**', 'src/bundles/**', 'src/index.ts'],
  outdir: '.',
  litelement: true,
  // The package.json field is written by hand; the analyzer must not edit the file.
  packagejson: false,
  plugins: [defineElementCalls(), resolvedTypes(), publicApiOnly()],
};
