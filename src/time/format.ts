import { isoInstant, type When } from './when.js';
import { calendarDateIn, offsetAt, type Zone } from './zone.js';
import { wordsFor } from '../shared/messages.js';
import { timeWords } from '../shared/words.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat`: building one costs far more than using it. */
export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

export { supportedLocale } from '../shared/locale.js';

const DATE: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
};
const DATE_NO_YEAR: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
};
const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/**
 * Formats an instant as it reads on the wall in `zone`. Fixed-offset zones (AoE,
 * UTC±hh:mm) are formatted as UTC after shifting by their offset, which every engine
 * supports, and named by us: Intl would call AoE "GMT-12".
 */
function formatIn(
  zone: Zone,
  epochMs: number,
  locale: string,
  options: Intl.DateTimeFormatOptions,
): string {
  if (zone.fixedOffsetMinutes !== undefined) {
    const shifted = epochMs + zone.fixedOffsetMinutes * 60_000;
    return dateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(shifted);
  }
  return dateTimeFormat(locale, { ...options, timeZone: zone.temporalId }).format(epochMs);
}

/** An instant as it reads in `zone`, with the zone named: "Mon, Dec 7, 2026, 12:00 PM AoE". */
export function formatMoment(zone: Zone, epochMs: number, locale: string): string {
  return `${formatIn(zone, epochMs, locale, { ...DATE, ...TIME })} ${zoneLabel(zone, epochMs, locale)}`;
}

/** The zone's short name at an instant: "AoE", "UTC−7", "PDT", "GMT+2". */
export function zoneLabel(zone: Zone, epochMs: number, locale: string): string {
  if (zone.fixedOffsetMinutes !== undefined) return zone.name;
  const parts = dateTimeFormat(locale, {
    timeZone: zone.temporalId,
    timeZoneName: 'short',
  }).formatToParts(epochMs);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone.name;
}

/** A time as shown to people: in the data's zone and, when it differs, in the viewer's. */
export interface ShownTime {
  /** The exact instant, for `<time datetime>`: "2017-10-21T12:00:00Z". */
  readonly datetime: string;
  /** In the data's zone, zone named: "Fri, Oct 20, 2017, end of day AoE". */
  readonly inDataZone: string;
  /** In the viewer's zone, zone named; undefined when it would read the same. */
  readonly inViewerZone?: string;
  /** The viewer's calendar day minus the data's: +1 when it is already the next day there. */
  readonly dayShift: number;
}

export interface ShowOptions {
  readonly locale: string;
  readonly viewer: Zone;
  /**
   * A date-only deadline is shown as its date with "end of day", plus the instant it
   * passes in the viewer's zone. A date-only event is a calendar day: no conversion.
   */
  readonly deadline: boolean;
}

/** How a date reads; undefined for TBD (the caller says "to be announced"). */
export function showWhen(
  when: When,
  { locale, viewer, deadline }: ShowOptions,
): ShownTime | undefined {
  if (when.kind === 'tbd') return undefined;
  const words = wordsFor(locale, timeWords);
  if (when.kind === 'day') {
    const date = formatIn(when.zone, when.start, locale, DATE);
    if (!deadline) return { datetime: when.date, inDataZone: date, dayShift: 0 };
    const label = zoneLabel(when.zone, when.start, locale);
    return {
      datetime: isoInstant(when.end),
      inDataZone: `${date}, ${words.endOfDay} ${label}`,
      ...inViewer(when.end, when.zone, viewer, locale, when.date),
    };
  }
  const inData = `${formatIn(when.zone, when.epochMs, locale, { ...DATE, ...TIME })} ${zoneLabel(when.zone, when.epochMs, locale)}`;
  return {
    datetime: isoInstant(when.epochMs),
    inDataZone: inData,
    ...inViewer(when.epochMs, when.zone, viewer, locale, calendarDateIn(when.zone, when.epochMs)),
  };
}

function inViewer(epochMs: number, dataZone: Zone, viewer: Zone, locale: string, dataDate: string) {
  if (offsetAt(viewer, epochMs) === offsetAt(dataZone, epochMs)) return { dayShift: 0 };
  const text = `${formatIn(viewer, epochMs, locale, { ...DATE_NO_YEAR, ...TIME })} ${zoneLabel(viewer, epochMs, locale)}`;
  return { inViewerZone: text, dayShift: daysBetween(dataDate, calendarDateIn(viewer, epochMs)) };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** A short date in its own zone, for compact lists: "Oct 20, 2017". */
export function formatDay(
  when: When,
  locale: string,
  options: Intl.DateTimeFormatOptions = DATE,
): string | undefined {
  if (when.kind === 'tbd') return undefined;
  return when.kind === 'day'
    ? formatIn(when.zone, when.start, locale, options)
    : formatIn(when.zone, when.epochMs, locale, options);
}
