import { quote } from '../shared/text.js';
import { parseZone } from '../time/zone.js';

/**
 * The trackers' zone spellings → the zone strings of our data file. Only a
 * translation: the output is a zone our `time/` understands ("AoE", "UTC", "UTC+05:30",
 * an IANA name), and `time/` alone turns it into instants.
 *
 * The trackers write zones no `Intl` accepts ("AoE", "UTC+8", "PT"), POSIX names whose
 * sign is the other way round ("Etc/GMT+8" is UTC−8), and abbreviations they use for
 * local time all year ("PST" in July means Pacific daylight time). Each abbreviation is
 * read as its region's zone, with a warning; anything else unknown is not guessed.
 */
export type ZoneTranslation =
  { readonly zone: string; readonly warning?: string } | { readonly problem: string };

/** Abbreviations the trackers use for local time all year, and the zone each means. */
const ABBREVIATIONS: Readonly<Record<string, readonly [zone: string, region: string]>> = {
  PT: ['America/Los_Angeles', 'Pacific'],
  PST: ['America/Los_Angeles', 'Pacific'],
  PDT: ['America/Los_Angeles', 'Pacific'],
  MT: ['America/Denver', 'Mountain'],
  MST: ['America/Denver', 'Mountain'],
  MDT: ['America/Denver', 'Mountain'],
  CT: ['America/Chicago', 'US Central'],
  CST: ['America/Chicago', 'US Central'],
  CDT: ['America/Chicago', 'US Central'],
  ET: ['America/New_York', 'US Eastern'],
  EST: ['America/New_York', 'US Eastern'],
  EDT: ['America/New_York', 'US Eastern'],
  AKST: ['America/Anchorage', 'Alaska'],
  AKDT: ['America/Anchorage', 'Alaska'],
  HST: ['Pacific/Honolulu', 'Hawaii'],
  WET: ['Europe/Lisbon', 'Western European'],
  WEST: ['Europe/Lisbon', 'Western European'],
  CET: ['Europe/Berlin', 'Central European'],
  CEST: ['Europe/Berlin', 'Central European'],
  EET: ['Europe/Athens', 'Eastern European'],
  EEST: ['Europe/Athens', 'Eastern European'],
  JST: ['Asia/Tokyo', 'Japan'],
  KST: ['Asia/Seoul', 'Korea'],
  SGT: ['Asia/Singapore', 'Singapore'],
  HKT: ['Asia/Hong_Kong', 'Hong Kong'],
  AEST: ['Australia/Sydney', 'Australian Eastern'],
  AEDT: ['Australia/Sydney', 'Australian Eastern'],
  NZST: ['Pacific/Auckland', 'New Zealand'],
  NZDT: ['Pacific/Auckland', 'New Zealand'],
};

const OFFSET = /^(?:UTC|GMT)\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?$/i;
const POSIX = /^Etc\/GMT([+-])(\d{1,2})$/i;

export function translateZone(raw: unknown): ZoneTranslation {
  if (typeof raw !== 'string' || !raw.trim()) return { problem: 'no time zone given' };
  const text = raw.trim();
  if (/^(?:aoe|anywhere on earth)$/i.test(text)) return { zone: 'AoE' };
  if (/^(?:utc|gmt|z|etc\/utc|etc\/gmt|utc[+-]0|gmt[+-]0)$/i.test(text)) return { zone: 'UTC' };

  const offset = OFFSET.exec(text);
  if (offset) {
    const sign = offset[1] === '+' ? 1 : -1;
    if (Number(offset[3] ?? 0) > 59) return { problem: `${quote(text)} is not a UTC offset` };
    return offsetZone(text, sign * (Number(offset[2]) * 60 + Number(offset[3] ?? 0)));
  }
  const posix = POSIX.exec(text);
  if (posix) {
    // POSIX signs are inverted: Etc/GMT+8 is eight hours behind UTC.
    return offsetZone(text, (posix[1] === '+' ? -1 : 1) * Number(posix[2]) * 60);
  }

  const abbreviation = ABBREVIATIONS[text.toUpperCase()];
  if (abbreviation) {
    const [zone, region] = abbreviation;
    return {
      zone,
      warning: `${quote(text)} is an abbreviation; read as ${zone} (${region} local time all year)`,
    };
  }

  // A real IANA name (Intl knows it), as the tracker wrote it. Intl also accepts a few
  // legacy names that are abbreviations; those are caught by the table above.
  const known = /^[A-Za-z]+\/[A-Za-z0-9_+\-/]+$/.test(text) ? parseZone(text) : undefined;
  if (known && known.fixedOffsetMinutes === undefined) return { zone: text };
  return { problem: `${quote(text)} is not a time zone we can read without guessing` };
}

/** A fixed offset in our spelling: "AoE" for UTC−12, "UTC" for 0, else "UTC+05:30". */
function offsetZone(text: string, minutes: number): ZoneTranslation {
  if (Math.abs(minutes) > 14 * 60) return { problem: `${quote(text)} is not a UTC offset` };
  if (minutes === -12 * 60) return { zone: 'AoE' };
  if (minutes === 0) return { zone: 'UTC' };
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return { zone: `UTC${minutes < 0 ? '-' : '+'}${hh}:${mm}` };
}
