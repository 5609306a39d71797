let warned = false;

/**
 * Defines a custom element unless the tag is taken. A second copy of the library on
 * the page (two bundles, two versions) must not throw: the first definition wins,
 * and the page hears about it once.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
  } else if (existing !== constructor && !warned) {
    warned = true;
    console.warn(
      `conf-widgets: <${tag}> is already defined, by another copy of the library; that copy's elements are used.`,
    );
  }
}
