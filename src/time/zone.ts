/**
 * Time zones as the data file writes them: an IANA name, "UTC", a fixed offset
 * ("UTC-12", "UTC+05:30") or "AoE" — Anywhere on Earth, the UTC−12 convention of
 * ML and systems deadlines. This module is the only place that knows what "AoE" means.
 */
export interface Zone {
  /** How the zone is named to people: "AoE", "UTC", "UTC−12", "America/Los_Angeles". */
  readonly name: string;
  /** The identifier Temporal understands: an IANA name or an offset such as "-12:00". */
  readonly temporalId: string;
  /** For fixed offsets (AoE, UTC, UTC±hh:mm): minutes east of UTC. Undefined for IANA zones. */
  readonly fixedOffsetMinutes?: number;
}

export const AOE: Zone = { name: 'AoE', temporalId: '-12:00', fixedOffsetMinutes: -12 * 60 };
export const UTC: Zone = { name: 'UTC', temporalId: 'UTC', fixedOffsetMinutes: 0 };

const OFFSET_PATTERN = /^(?:UTC|GMT)\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?$/i;

/** Parses a zone as written in the data file; undefined when it is not one. */
export function parseZone(text: string): Zone | undefined {
  const trimmed = text.trim();
  if (/^aoe$/i.test(trimmed)) return AOE;
  if (/^(utc|gmt|z)$/i.test(trimmed)) return UTC;
  const offset = OFFSET_PATTERN.exec(trimmed);
  if (offset)
    return offsetZone(offset[1] === '+' ? 1 : -1, Number(offset[2]), Number(offset[3] ?? 0));
  return ianaZone(trimmed);
}

/** A zone of a fixed offset in minutes east of UTC ("UTC+05:30"). */
export function fixedOffsetZone(offsetMinutes: number): Zone | undefined {
  if (offsetMinutes === 0) return UTC;
  const sign = offsetMinutes < 0 ? -1 : 1;
  const abs = Math.abs(offsetMinutes);
  return offsetZone(sign, Math.floor(abs / 60), abs % 60);
}

function offsetZone(sign: 1 | -1, hours: number, minutes: number): Zone | undefined {
  if (hours > 14 || minutes > 59 || (hours === 14 && minutes > 0)) return undefined;
  const total = sign * (hours * 60 + minutes);
  if (total === 0) return UTC;
  const hh = String(hours).padStart(2, '0');
  const mm = String(minutes).padStart(2, '0');
  const signText = sign < 0 ? '-' : '+';
  return {
    // U+2212 MINUS SIGN reads better than a hyphen in "UTC−12".
    name: `UTC${sign < 0 ? '\u2212' : '+'}${minutes ? `${hours}:${mm}` : hours}`,
    temporalId: `${signText}${hh}:${mm}`,
    fixedOffsetMinutes: total,
  };
}

const ianaCache = new Map<string, Zone | undefined>();

function ianaZone(name: string): Zone | undefined {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return undefined;
  if (!ianaCache.has(name)) {
    let zone: Zone | undefined;
    try {
      // Intl knows every IANA zone the engine knows, and gives the canonical spelling.
      const canonical = new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions()
        .timeZone;
      zone = { name: canonical, temporalId: canonical };
    } catch {
      zone = undefined;
    }
    ianaCache.set(name, zone);
  }
  return ianaCache.get(name);
}

/** The viewer's zone: the `time-zone` attribute when it names one, else the browser's. */
export function viewerZone(override?: string | null): Zone {
  const fromOverride = override ? parseZone(override) : undefined;
  if (fromOverride) return fromOverride;
  const local = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return parseZone(local ?? 'UTC') ?? UTC;
}

/** Offset of `zone` from UTC at `epochMs`, in minutes east of UTC. */
export function offsetAt(zone: Zone, epochMs: number): number {
  if (zone.fixedOffsetMinutes !== undefined) return zone.fixedOffsetMinutes;
  const parts = partsIn(zone.temporalId, epochMs);
  const asUtc = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(ianaName: string, epochMs: number) {
  let formatter = partsFormatters.get(ianaName);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: ianaName,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(ianaName, formatter);
  }
  const values: Record<string, number> = {};
  for (const part of formatter.formatToParts(epochMs)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return values as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
}

/** The calendar date ("2017-10-21") that `epochMs` falls on in `zone`. */
export function calendarDateIn(zone: Zone, epochMs: number): string {
  const shifted = new Date(epochMs + offsetAt(zone, epochMs) * 60_000);
  return shifted.toISOString().slice(0, 10);
}
