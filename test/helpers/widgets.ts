// Small helpers every widget test needs: waiting for a widget to settle, reading what it
// rendered, and the calendar file behind a link.
import { oneEvent } from '@open-wc/testing';
import { CALENDAR_URL } from '../../src/calendar/link.js';
import type { ConfElement } from '../../src/shared/conf-element.js';

/** Resolves once the widget has left the loading state (ready or error) and rendered. */
export async function settled<T extends ConfElement>(el: T): Promise<T> {
  await el.updateComplete;
  if (el.state === 'loading') {
    await Promise.race([oneEvent(el, 'conf-ready'), oneEvent(el, 'conf-error')]);
  }
  await el.updateComplete;
  // A <conf-cfp>'s inner countdown settles after it, with the data it gives.
  for (const inner of el.shadowRoot!.querySelectorAll<ConfElement>('conf-countdown'))
    await settled(inner);
  return el;
}

/** The elements below `root` matching `selector`, as an array. */
export const all = (root: ParentNode, selector: string) => [
  ...root.querySelectorAll<HTMLElement>(selector),
];

/** An element's text, whitespace collapsed; '' for none. */
export const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * The .ics file behind an "Add to calendar" link, as a visitor gets it: the link is
 * clicked, and read once the widget has written the file into it (after loading its
 * writer, the widget clicks again). The download itself is prevented, by a listener
 * that runs after the widget's. No timers: it works under a fake clock.
 */
export function calendarFile(link: Element): Promise<string> {
  const anchor = link as HTMLAnchorElement;
  return new Promise((resolve) => {
    const onClick = (event: Event) => {
      event.preventDefault();
      if (anchor.href === CALENDAR_URL) return; // the writer is loading; the widget clicks again
      anchor.removeEventListener('click', onClick);
      resolve(decodeURIComponent(anchor.href.slice(CALENDAR_URL.length)));
    };
    anchor.addEventListener('click', onClick);
    anchor.click();
  });
}

/**
 * Watches a calendar link's clicks: for each, whether the widget stopped the browser
 * from following the link. It then stops it itself (no download in the test browser).
 */
export function clicksSeen(link: HTMLAnchorElement): boolean[] {
  const stopped: boolean[] = [];
  link.addEventListener('click', (event) => {
    stopped.push(event.defaultPrevented); // runs after the widget's listener
    event.preventDefault(); // no download in the test browser
  });
  return stopped;
}
