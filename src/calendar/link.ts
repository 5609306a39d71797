import type * as ics from './ics.js';
import type { ConfDate, ConferenceHead } from '../data/types.js';
import { wellFormed } from '../shared/text.js';

// "Add to calendar" links. The iCalendar writer (./ics.ts) is a chunk of its own: most
// visitors never add a date to their calendar, and a page should not pay for the
// writer (1.1 KiB gzip) to show one. A pointer or the focus reaching a link loads it
// and writes the file into the link (its href and file name); the click writes it again
// just before the browser follows the link. A click before the writer is here (a quick
// tap) waits for it, then clicks again.

type Writer = typeof ics;

let writer: Writer | undefined;
let loading: Promise<Writer> | undefined;

/**
 * Where a calendar's `data:` URL begins. Alone it is an empty calendar: the href of a
 * link whose file is not written yet.
 */
export const CALENDAR_URL = 'data:text/calendar;charset=utf-8,';

/**
 * The listener of an "Add to calendar" link, for its `click`, `contextmenu`, `focus`
 * and `pointerenter`. The file holds one date (and is named for it) or a list of dates
 * (named for the conference); `stampMs` is its DTSTAMP.
 */
export function calendarListener(
  conference: ConferenceHead,
  what: ConfDate | readonly ConfDate[],
  stampMs: number,
): (event: Event) => void {
  return (event) => {
    const link = event.currentTarget as HTMLAnchorElement;
    const write = ({ icsFileName, toIcs }: Writer) => {
      const one = !isList(what);
      link.download = icsFileName(conference, one ? what : undefined);
      link.href = icsHref(toIcs(conference, one ? [what] : what, stampMs));
    };
    // Each event writes the file from the data shown then: focus and pointer ahead of
    // the click (and of "Save link as…"), the context menu and the click once more. A
    // failed load is reported by the click.
    if (writer) write(writer);
    else if (event.type !== 'click') loadWriter().then(write, () => {});
    else {
      event.preventDefault();
      loadWriter().then(
        () => link.click(),
        (error: unknown) =>
          console.error(`conf-widgets: could not load the calendar writer: ${String(error)}`),
      );
    }
  };
}

/** A link target that downloads the calendar; built by us, never from the data file. */
export function icsHref(ics: string): string {
  return CALENDAR_URL + encodeURIComponent(wellFormed(ics));
}

const isList = (what: ConfDate | readonly ConfDate[]): what is readonly ConfDate[] =>
  Array.isArray(what);

/** The writer, loaded once; after a failed load the next call tries again. */
function loadWriter(): Promise<Writer> {
  loading ??= import('./ics.js').then(
    (module) => (writer = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
