// "Add to calendar" links load their .ics writer only when a visitor uses one
// (src/calendar/link.ts). The writer's module state lives as long as the page, and web
// test runner gives each test file a page of its own: this file starts with no writer
// loaded, so the tests run in order — a click before the writer is here, then after.
// test/calendar-link-focus.test.ts checks the other way in: focus loads it ahead.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { CALENDAR_URL } from '../src/calendar/link.js';
import type { ConfDates } from '../src/dates/dates.js';
import '../src/dates/dates.js';
import { clicksSeen, settled } from './helpers/widgets.js';

const dates = (now: string) =>
  fixture<ConfDates>(
    html`<conf-dates src="/demo/mlsys-2022.json" locale="en-US" now=${now}></conf-dates>`,
  );
const allLink = (el: ConfDates) =>
  el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="calendar-all"]')!;
const stamp = (ics: string) => ics.split('\r\n').find((line) => line.startsWith('DTSTAMP:'));

describe('calendar links: the writer loads on use', () => {
  it('holds an empty calendar until used; a click before the writer is here waits, then clicks again', async () => {
    const el = await settled(await dates('2022-07-01T00:00:00Z'));
    const link = allLink(el);
    expect(link.getAttribute('href')).to.equal(CALENDAR_URL);
    expect(link.getAttribute('download')).to.equal(''); // a download; named when written
    const stopped = clicksSeen(link);
    link.click();
    // The widget stopped this click: there is no file to follow yet.
    expect(stopped).to.deep.equal([true]);
    expect(link.getAttribute('href')).to.equal(CALENDAR_URL);
    await oneEvent(link, 'click');
    // ...and clicked again once the writer was here, letting that click through.
    expect(stopped).to.deep.equal([true, false]);
    const ics = decodeURIComponent(link.href.slice(CALENDAR_URL.length));
    expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(10);
    expect(link.getAttribute('download')).to.equal('mlsys-2022.ics');
  });

  it('writes the file at the click and for the context menu, from what the widget shows then', async () => {
    const el = await settled(await dates('2022-07-01T00:00:00Z'));
    const link = allLink(el);
    const stopped = clicksSeen(link);
    link.click(); // the writer is loaded: written before the browser follows the link
    expect(stopped).to.deep.equal([false]);
    const first = decodeURIComponent(link.href.slice(CALENDAR_URL.length));
    expect(stamp(first)).to.equal('DTSTAMP:20220701T000000Z');

    el.now = '2022-07-02T12:00:00Z';
    await el.updateComplete;
    link.click();
    expect(stopped).to.deep.equal([false, false]);
    const second = decodeURIComponent(link.href.slice(CALENDAR_URL.length));
    expect(stamp(second)).to.equal('DTSTAMP:20220702T120000Z');

    // "Save link as…" from the context menu gets the file of what is shown then, too.
    el.now = '2022-07-03T00:00:00Z';
    await el.updateComplete;
    link.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true }));
    const third = decodeURIComponent(link.href.slice(CALENDAR_URL.length));
    expect(stamp(third)).to.equal('DTSTAMP:20220703T000000Z');
  });
});
