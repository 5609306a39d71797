import type { ConfDate, ConferenceHead } from '../data/types.js';

// The widgets load this module as a chunk of its own, when a visitor uses an "Add to
// calendar" link (./link.ts), so it imports nothing at run time: a chunk importing from
// its bundle would load a second copy of the bundle on a page that loaded the bundle
// under another URL (a `?v=` query, a CDN's redirect to the exact version).

/** One conference's dates, for a feed of many. */
export interface FeedItem {
  readonly conference: ConferenceHead;
  readonly dates: readonly ConfDate[];
}

/**
 * iCalendar (RFC 5545) for a conference's dates: exact times in UTC, date-only dates
 * as all-day events, TBD dates left out. Text is escaped and lines are folded at 75
 * octets; every event has a UID that stays the same from one export to the next, so
 * calendars update an event instead of duplicating it.
 */
export function toIcs(
  conference: ConferenceHead,
  dates: readonly ConfDate[],
  stampMs: number,
): string {
  return toFeed([{ conference, dates }], stampMs, conference.shortName ?? conference.name);
}

/**
 * One calendar of many conferences' dates (a collection's feed), named `name`
 * (X-WR-CALNAME). `head`: more calendar properties, such as the refresh hints of a
 * published feed (`conf-widgets ics`), written as they are.
 */
export function toFeed(
  items: readonly FeedItem[],
  stampMs: number,
  name: string,
  head: readonly string[] = [],
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//conf-widgets//conf-widgets//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...head,
  ];
  for (const { conference, dates } of items)
    for (const date of dates)
      if (date.when.kind !== 'tbd') lines.push(...event(conference, date, stampMs));
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

function event(conference: ConferenceHead, date: ConfDate, stampMs: number): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${uid(conference, date)}`, `DTSTAMP:${utcStamp(stampMs)}`];
  if (date.when.kind === 'day') {
    lines.push(
      `DTSTART;VALUE=DATE:${compactDate(date.when.date)}`,
      `DTEND;VALUE=DATE:${nextDay(date.when.date)}`,
    );
  } else if (date.when.kind === 'moment') {
    // An instant: no DTEND, which RFC 5545 §3.6.1 reads as "ends when it starts".
    // DTEND equal to DTSTART is invalid (§3.8.2.2: it MUST be later), and CalDAV
    // servers reject it.
    lines.push(`DTSTART:${utcStamp(date.when.epochMs)}`);
  }
  lines.push(`SUMMARY:${escapeText(`${date.label} (${conference.shortName ?? conference.name})`)}`);
  const description = [
    date.when.kind === 'day' && date.deadline
      ? `Ends at the end of ${date.when.date} ${date.zone.name} (${isoInstant(date.when.end)}).`
      : undefined,
    date.note,
    date.url,
  ].filter(Boolean);
  if (description.length) lines.push(`DESCRIPTION:${escapeText(description.join('\n'))}`);
  // The date's own page, else the conference's: a subscriber's way back to the call.
  const url = [date.url, conference.url].find((link) => link && /^https?:/i.test(link));
  if (url) lines.push(`URL:${url}`);
  if (date.deadline) lines.push('CATEGORIES:DEADLINE');
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/** A file name for the download: "mlsys-2022-camera-ready.ics". */
export function icsFileName(conference: ConferenceHead, date?: ConfDate): string {
  const base = slug(`${conference.shortName ?? conference.name}${date ? `-${date.id}` : ''}`);
  return `${base || 'dates'}.ics`;
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- other controls are not allowed in TEXT
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1: lines longer than 75 octets continue on lines starting with a space;
 * never inside a character. Linear in the line's length (octets counted from the code
 * points, not by encoding each character): a data file may hold megabyte labels.
 */
export function fold(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  let limit = 75; // continuation lines start with a space
  for (let index = 0; index < line.length;) {
    const code = line.codePointAt(index)!;
    // UTF-8 length; a lone surrogate is encoded as U+FFFD, 3 octets
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > limit) {
      parts.push(line.slice(start, index));
      start = index;
      octets = 0;
      limit = 74;
    }
    octets += size;
    index += code > 0xffff ? 2 : 1;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

/**
 * The same conference and date give the same UID on every run: a conference with an
 * `id` (a tracker's, kept by the importer) is known by it, so a renamed conference or
 * a moved home page does not duplicate its events; one without is known by its name
 * and URL.
 */
function uid(conference: ConferenceHead, date: ConfDate): string {
  const dateSlug = slug(date.id) || 'date';
  if (conference.id !== undefined)
    return `${slug(conference.id) || 'conference'}-${dateSlug}-${hash(`id:${conference.id}|${date.id}`)}@conf-widgets`;
  return `${dateSlug}-${hash(`${conference.name}|${conference.url ?? ''}|${date.id}`)}@conf-widgets`;
}

function utcStamp(epochMs: number): string {
  return isoInstant(Math.floor(epochMs / 1000) * 1000).replace(/[-:]/g, '');
}

/** "2017-10-21T12:00:00Z", as `isoInstant` of src/time/when.ts writes it (not imported: see the top). */
function isoInstant(epochMs: number): string {
  return new Date(epochMs).toISOString().replace('.000Z', 'Z');
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

function compactDate(date: string): string {
  return date.replace(/-/g, '');
}

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10).replace(/-/g, '');
}

/** FNV-1a, 32 bit, hex: short and stable, for UIDs. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value.toString(16).padStart(8, '0');
}
