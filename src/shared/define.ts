let warned = false;

/**
 * The tags this copy of the library defined. The script-tag files of one build share
 * this module (the core chunk) but each carries its own copy of its elements' code, so
 * `countdown.js` and `conf-widgets.js` on one page both define `<conf-countdown>`: the
 * same element of the same build, and the second definition is dropped in silence.
 */
const ours = new Set<string>();

/**
 * Defines a custom element unless the tag is taken. A second copy of the library on
 * the page (two versions, or one build at two URLs) must not throw: the first
 * definition wins, and the page hears about it once.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
    ours.add(tag);
  } else if (existing !== constructor && !ours.has(tag) && !warned) {
    warned = true;
    console.warn(
      `conf-widgets: <${tag}> is already defined, by another copy of the library; that copy's elements are used.`,
    );
  }
}
