import type { TemporalNamespace } from './temporal.js';
import { quote } from '../shared/text.js';
import { fixedOffsetZone, parseZone, type Zone } from './zone.js';

/**
 * A date of the data file, resolved to exact instants.
 * - `day`: a date-only value. It lasts the whole day in its zone, so as a deadline it
 *   passes at `end`, 00:00 of the next day there.
 * - `moment`: an exact instant, from a wall-clock time in a zone or a time with offset.
 * - `tbd`: announced later; never counted down to.
 */
export type When =
  | { readonly kind: 'tbd' }
  | {
      readonly kind: 'day';
      /** The calendar date as written, "2017-10-20". */
      readonly date: string;
      readonly zone: Zone;
      /** Epoch ms of the day's first instant in its zone. */
      readonly start: number;
      /** Epoch ms of the next day's first instant: when the day, as a deadline, has passed. */
      readonly end: number;
    }
  | {
      readonly kind: 'moment';
      readonly epochMs: number;
      readonly zone: Zone;
    };

/** The shapes "at" may take; checked in the schema, resolved here. */
export const AT_PATTERN =
  /^(?:TBD|\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?(?:\[[^\]\s]+\])?)?)$/;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const WALL_CLOCK = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/;
const WITH_OFFSET = /^(.+?)(Z|[+-]\d{2}:\d{2})(?:\[([^\]]+)\])?$/;

export type WhenResult = { when: When } | { problem: string };

/**
 * Resolves one "at" string in its zone (the date's own, else the conference's).
 * Wall-clock times that fall in a DST gap or repeat resolve as Temporal's
 * "compatible" disambiguation: a skipped time moves forward, a repeated one takes
 * the earlier instant.
 */
export function resolveWhen(
  at: string,
  zone: Zone,
  temporal: typeof TemporalNamespace,
): WhenResult {
  const text = at.trim();
  const quoted = quote(at);
  if (text === 'TBD') return { when: { kind: 'tbd' } };
  try {
    if (DATE_ONLY.test(text)) {
      const date = temporal.PlainDate.from(text, { overflow: 'reject' });
      const start = date.toZonedDateTime({ timeZone: zone.temporalId });
      const end = date.add({ days: 1 }).toZonedDateTime({ timeZone: zone.temporalId });
      return {
        when: {
          kind: 'day',
          date: date.toString(),
          zone,
          start: start.epochMilliseconds,
          end: end.epochMilliseconds,
        },
      };
    }
    if (WALL_CLOCK.test(text)) {
      const wallClock = temporal.PlainDateTime.from(text, { overflow: 'reject' });
      const zoned = wallClock.toZonedDateTime(zone.temporalId, { disambiguation: 'compatible' });
      return { when: { kind: 'moment', epochMs: zoned.epochMilliseconds, zone } };
    }
    const exact = WITH_OFFSET.exec(text);
    if (exact) {
      const [, , offset, bracketZone] = exact;
      if (bracketZone) {
        const named = parseZone(bracketZone);
        if (!named) return { problem: `${quoted} names an unknown time zone "${bracketZone}"` };
        // Offset and zone must agree (RFC 9557); Temporal rejects a mismatch.
        const zoned = temporal.ZonedDateTime.from(
          text.replace(/\[[^\]]+\]$/, `[${named.temporalId}]`),
          { offset: 'reject', overflow: 'reject' },
        );
        return { when: { kind: 'moment', epochMs: zoned.epochMilliseconds, zone: named } };
      }
      const instant = temporal.Instant.from(text);
      // The offset written is how the organiser saw the time; show it in the date's
      // zone when that zone has this offset then, else in the written offset.
      const writtenOffset = offset === 'Z' ? 0 : offsetMinutes(offset!);
      const shownZone = sameOffset(zone, instant.epochMilliseconds, writtenOffset, temporal)
        ? zone
        : (fixedOffsetZone(writtenOffset) ?? zone);
      return { when: { kind: 'moment', epochMs: instant.epochMilliseconds, zone: shownZone } };
    }
  } catch {
    // Temporal throws RangeError for impossible values: fall through to the problem.
  }
  return { problem: `${quoted} is not a date` };
}

function offsetMinutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [hours, minutes] = offset.slice(1).split(':').map(Number);
  return sign * (hours! * 60 + minutes!);
}

function sameOffset(
  zone: Zone,
  epochMs: number,
  offset: number,
  temporal: typeof TemporalNamespace,
): boolean {
  const zoned = temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone.temporalId);
  return Math.round(zoned.offsetNanoseconds / 60e9) === offset;
}

/** The instant a date passes (a deadline is over), or undefined for TBD. */
export function passesAt(when: When): number | undefined {
  switch (when.kind) {
    case 'day':
      return when.end;
    case 'moment':
      return when.epochMs;
    case 'tbd':
      return undefined;
  }
}

/** The instant a date begins: the start of a day, the moment itself; undefined for TBD. */
export function beginsAt(when: When): number | undefined {
  return when.kind === 'day' ? when.start : when.kind === 'moment' ? when.epochMs : undefined;
}

/** HTML/ISO instant for `<time datetime>`: "2017-10-21T12:00:00Z" (no needless milliseconds). */
export function isoInstant(epochMs: number): string {
  return new Date(epochMs).toISOString().replace('.000Z', 'Z');
}
