// Small helpers every widget test needs: waiting for a widget to settle, and reading
// what it rendered.
import { oneEvent } from '@open-wc/testing';
import type { ConfElement } from '../../src/shared/conf-element.js';

/** Resolves once the widget has left the loading state (ready or error) and rendered. */
export async function settled<T extends ConfElement>(el: T): Promise<T> {
  await el.updateComplete;
  if (el.state === 'loading') {
    await Promise.race([oneEvent(el, 'conf-ready'), oneEvent(el, 'conf-error')]);
  }
  await el.updateComplete;
  // A <conf-cfp>'s inner countdown renders one update later.
  for (const inner of el.shadowRoot!.querySelectorAll<ConfElement>('conf-countdown'))
    await inner.updateComplete;
  return el;
}

/** The elements below `root` matching `selector`, as an array. */
export const all = (root: ParentNode, selector: string) => [
  ...root.querySelectorAll<HTMLElement>(selector),
];

/** An element's text, whitespace collapsed; '' for none. */
export const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
