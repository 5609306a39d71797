// A pointer or the focus reaching an "Add to calendar" link loads the .ics writer and
// writes the file into the link ("Save link as…" gets it), so the click that follows
// finds the writer there and the browser follows the link at once (test/calendar-link.test.ts: a click with no writer yet must wait). A file
// of its own: the writer stays loaded for the rest of the page.
import { expect, fixture, html } from '@open-wc/testing';
import type { ConfCountdown } from '../src/countdown/countdown.js';
import '../src/countdown/countdown.js';
import { clicksSeen, settled } from './helpers/widgets.js';

describe('calendar links: focus loads the writer ahead', () => {
  it('lets the first click through when the link had the focus first', async () => {
    const el = await settled(
      await fixture<ConfCountdown>(
        html`<conf-countdown
          src="/demo/workshop-2017.json"
          locale="en-US"
          now="2017-10-14T00:00:00Z"
        ></conf-countdown>`,
      ),
    );
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="calendar"]')!;
    link.focus();
    // The widget asked for the module on focus; once it is evaluated (this import
    // shares it), the widget's own callback, queued first, has run too.
    await import('../src/calendar/ics.js');
    await new Promise((resolve) => setTimeout(resolve));
    // Written ahead, for "Save link as…".
    expect(link.getAttribute('download')).to.equal('ml-systems-workshop-nips-2017-submission.ics');
    expect(decodeURIComponent(link.href)).to.contain('SUMMARY:Submission deadline');
    const stopped = clicksSeen(link);
    link.click();
    expect(stopped).to.deep.equal([false]);
    expect(decodeURIComponent(link.href)).to.contain('SUMMARY:Submission deadline');
  });
});
