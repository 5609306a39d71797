import { expect } from '@open-wc/testing';
import { parseConference } from '../src/data/normalize.js';
import type { ConferenceData } from '../src/data/types.js';
import { escapeText, fold, icsFileName, toIcs } from '../src/calendar/ics.js';
import { icsHref } from '../src/calendar/link.js';

// iCalendar (RFC 5545) output, field by field. Every expected value is worked out by
// hand; none depends on the browser's zone (the output is in UTC or floating dates),
// which the runs in three zones check.

const STAMP = Date.UTC(2017, 9, 14, 8, 30, 15, 999); // 2017-10-14T08:30:15.999Z

async function conference(input: unknown): Promise<ConferenceData> {
  const { data, problems } = await parseConference(input);
  if (!data)
    throw new Error(problems.map((problem) => `${problem.path}: ${problem.message}`).join('; '));
  return data;
}

const octets = (line: string) => new TextEncoder().encode(line).length;

/** The content lines of a feed: folded lines joined again (RFC 5545 §3.1). */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

/** The properties of each VEVENT, as "NAME;PARAMS" → value. */
function events(ics: string): Map<string, string>[] {
  const result: Map<string, string>[] = [];
  let current: Map<string, string> | undefined;
  for (const line of unfold(ics)) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT') {
      result.push(current!);
      current = undefined;
    } else if (current) {
      const colon = line.indexOf(':');
      current.set(line.slice(0, colon), line.slice(colon + 1));
    }
  }
  return result;
}

const workshop = () =>
  conference({
    conference: {
      name: 'ML Systems Workshop',
      shortName: 'ML Systems Workshop @ NIPS 2017',
      timeZone: 'AoE',
    },
    dates: [
      { id: 'submission', label: 'Submission deadline', at: '2017-10-20', timeZone: 'AoE' },
      { id: 'notification', label: 'Author notification', at: 'TBD', deadline: false },
      {
        id: 'workshop',
        label: 'Workshop',
        at: '2017-12-08',
        timeZone: 'America/Los_Angeles',
        deadline: false,
      },
    ],
  });

describe('ics: toIcs', () => {
  it('frames a calendar: VERSION, PRODID, the conference name, CRLF line ends', async () => {
    const data = await workshop();
    const ics = toIcs(data.conference, data.dates, STAMP);
    expect(
      ics.startsWith(
        'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//conf-widgets//conf-widgets//EN\r\n',
      ),
    ).to.equal(true);
    expect(ics.endsWith('\r\nEND:VCALENDAR\r\n')).to.equal(true);
    expect(/[^\r]\n/.test(ics), 'a bare LF').to.equal(false);
    expect(/\r(?!\n)/.test(ics), 'a bare CR').to.equal(false);
    expect(unfold(ics)).to.include('CALSCALE:GREGORIAN').and.include('METHOD:PUBLISH');
    expect(unfold(ics)).to.include('X-WR-CALNAME:ML Systems Workshop @ NIPS 2017');
  });

  it('writes a date-only AoE deadline as an all-day event, its end in the description', async () => {
    const data = await workshop();
    const [submission] = events(toIcs(data.conference, data.dates.slice(0, 1), STAMP));
    expect(submission!.get('DTSTART;VALUE=DATE')).to.equal('20171020');
    expect(submission!.get('DTEND;VALUE=DATE')).to.equal('20171021'); // exclusive: the next day
    expect(submission!.has('DTSTART')).to.equal(false);
    expect(submission!.get('DTSTAMP')).to.equal('20171014T083015Z'); // whole seconds, UTC
    expect(submission!.get('SUMMARY')).to.equal(
      'Submission deadline (ML Systems Workshop @ NIPS 2017)',
    );
    // End of Oct 20 in UTC−12 = Oct 21 12:00 UTC.
    expect(submission!.get('DESCRIPTION')).to.equal(
      'Ends at the end of 2017-10-20 AoE (2017-10-21T12:00:00Z).',
    );
    expect(submission!.get('CATEGORIES')).to.equal('DEADLINE');
    expect(submission!.get('TRANSP')).to.equal('TRANSPARENT');
  });

  it('writes a date-only event as an all-day event without a deadline category', async () => {
    const data = await workshop();
    const [, workshopDay] = events(toIcs(data.conference, data.dates, STAMP));
    expect(workshopDay!.get('DTSTART;VALUE=DATE')).to.equal('20171208');
    expect(workshopDay!.get('DTEND;VALUE=DATE')).to.equal('20171209');
    expect(workshopDay!.has('CATEGORIES')).to.equal(false);
    expect(workshopDay!.has('DESCRIPTION')).to.equal(false);
  });

  it('writes a wall-clock time in Los Angeles as its instant in UTC, across DST', async () => {
    const data = await conference({
      conference: { name: 'MLSys', shortName: 'MLSys 2022', timeZone: 'America/Los_Angeles' },
      dates: [
        // PDT (UTC−7) since Mar 13, 2022: 13:00 → 20:00Z.
        { id: 'camera-ready', label: 'Camera-ready deadline', at: '2022-03-18T13:00' },
        // PST (UTC−8) until Mar 13: 11:07 → 19:07Z.
        { id: 'portal', label: 'Sponsor portal opens', at: '2021-11-10T11:07', deadline: false },
        // 23:59 PDT → 06:59Z the next day.
        { id: 'refund', label: 'Refund', at: '2022-08-11T23:59' },
      ],
    });
    const [camera, portal, refund] = events(toIcs(data.conference, data.dates, STAMP));
    expect(camera!.get('DTSTART')).to.equal('20220318T200000Z');
    // An instant: DTEND may not equal DTSTART (RFC 5545 §3.8.2.2); without one the event is a moment.
    expect(camera!.has('DTEND')).to.equal(false);
    expect(camera!.has('DESCRIPTION')).to.equal(false);
    expect(portal!.get('DTSTART')).to.equal('20211110T190700Z');
    expect(portal!.has('CATEGORIES')).to.equal(false);
    expect(refund!.get('DTSTART')).to.equal('20220812T065900Z');
  });

  it('leaves out dates to be announced', async () => {
    const data = await workshop();
    const ics = toIcs(data.conference, data.dates, STAMP);
    expect(events(ics)).to.have.length(2);
    expect(ics).to.not.contain('Author notification');
    expect(events(toIcs(data.conference, [data.dates[1]!], STAMP))).to.have.length(0);
  });

  it('gives each date a UID that stays the same from one export to the next', async () => {
    const data = await workshop();
    const first = events(toIcs(data.conference, data.dates, STAMP)).map((event) =>
      event.get('UID'),
    );
    const again = events(toIcs(data.conference, data.dates, STAMP + 86_400_000)).map((event) =>
      event.get('UID'),
    );
    const alone = events(toIcs(data.conference, data.dates.slice(2), STAMP)).map((event) =>
      event.get('UID'),
    );
    expect(first).to.deep.equal(again);
    expect(alone).to.deep.equal([first[1]]);
    expect(new Set(first).size).to.equal(2);
    expect(first[0]).to.match(/^submission-[0-9a-f]{8}@conf-widgets$/);
    // Reloading the same file gives the same UIDs; another conference, other UIDs.
    const reloaded = await workshop();
    expect(
      events(toIcs(reloaded.conference, reloaded.dates, STAMP)).map((event) => event.get('UID')),
    ).to.deep.equal(first);
    const other = await conference({
      conference: { name: 'Another Workshop', timeZone: 'AoE' },
      dates: [{ id: 'submission', label: 'Submission deadline', at: '2017-10-20' }],
    });
    expect(events(toIcs(other.conference, other.dates, STAMP))[0]!.get('UID')).to.not.equal(
      first[0],
    );
  });

  it('escapes backslashes, semicolons, commas and newlines in text', async () => {
    const data = await conference({
      conference: { name: 'A, B; C\\D', timeZone: 'UTC' },
      dates: [
        {
          id: 'x',
          label: 'Papers; posters, demos \\ all',
          at: '2024-03-01T12:00',
          note: 'Line one\nLine two\r\nLine three, with "quotes"',
        },
      ],
    });
    const ics = toIcs(data.conference, data.dates, STAMP);
    expect(unfold(ics)).to.include('X-WR-CALNAME:A\\, B\\; C\\\\D');
    const [event] = events(ics);
    expect(event!.get('SUMMARY')).to.equal(
      'Papers\\; posters\\, demos \\\\ all (A\\, B\\; C\\\\D)',
    );
    expect(event!.get('DESCRIPTION')).to.equal('Line one\\nLine two\\nLine three\\, with "quotes"');
    expect(escapeText('a\rb\u0000c\td')).to.equal('a\\nbc\td');
  });

  it('folds lines longer than 75 octets, never inside a multi-byte character', async () => {
    const label = `Einreichung für Übersichtsartikel — 论文提交截止日期 🎓 ${'é'.repeat(40)}${'截'.repeat(30)}😀😀😀 end`;
    const data = await conference({
      conference: { name: 'Folding', timeZone: 'UTC' },
      dates: [{ id: 'fold', label, at: '2024-03-01T12:00' }],
    });
    const ics = toIcs(data.conference, data.dates, STAMP);
    const physical = ics.split('\r\n').slice(0, -1);
    for (const line of physical) {
      expect(octets(line), line).to.be.at.most(75);
      // Whole characters on every line: no lone surrogate, so the UTF-8 round-trips.
      expect(new TextDecoder().decode(new TextEncoder().encode(line)), line).to.equal(line);
    }
    const summaryLines = physical.slice(physical.findIndex((line) => line.startsWith('SUMMARY:')));
    expect(summaryLines[1]!.startsWith(' ')).to.equal(true);
    expect(events(ics)[0]!.get('SUMMARY')).to.equal(`${label} (Folding)`);
    // The fold itself: 75 octets on the first line, a space and up to 74 on the next.
    const line = `DESCRIPTION:${'a'.repeat(63)}${'€'.repeat(10)}`; // 75 + 30 octets
    const folded = fold(line).split('\r\n');
    expect(folded.map(octets)).to.deep.equal([75, 31]);
    expect(folded[1]).to.equal(` ${'€'.repeat(10)}`);
    // 2 + 180 octets: 2 + 24 × 3 (a 25th € would make 77), then a space and 24 × 3, then the last 12.
    const euros = fold(`X:${'€'.repeat(60)}`).split('\r\n');
    expect(euros.map(octets)).to.deep.equal([74, 73, 37]);
    expect(fold('SHORT:line')).to.equal('SHORT:line');
  });

  it('links the event to the date url when it is http(s)', async () => {
    const data = await conference({
      conference: { name: 'Links', timeZone: 'UTC' },
      dates: [{ id: 'x', label: 'X', at: '2024-03-01', url: 'https://example.org/cfp?a=1,2;b' }],
    });
    const [event] = events(toIcs(data.conference, data.dates, STAMP));
    expect(event!.get('URL')).to.equal('https://example.org/cfp?a=1,2;b');
  });
});

describe('ics: link and file name', () => {
  it('makes a data: URL of the feed and a file name from the conference and date', async () => {
    const data = await workshop();
    const ics = toIcs(data.conference, data.dates.slice(0, 1), STAMP);
    const href = icsHref(ics);
    expect(href.startsWith('data:text/calendar;charset=utf-8,')).to.equal(true);
    expect(decodeURIComponent(href.slice(href.indexOf(',') + 1))).to.equal(ics);
    expect(href).to.not.match(/[\s"'<>]/);
    expect(icsFileName(data.conference, data.dates[0])).to.equal(
      'ml-systems-workshop-nips-2017-submission.ics',
    );
    expect(icsFileName(data.conference)).to.equal('ml-systems-workshop-nips-2017.ics');
  });
});
