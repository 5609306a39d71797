import type { ConfDate, ConferenceData } from '../data/types.js';
import { quote } from '../shared/text.js';
import { beginsAt, passesAt, type When } from '../time/when.js';
import { offsetAt, type Zone } from '../time/zone.js';

/**
 * Lint rules for a data file: things that are valid but probably not what the
 * organiser meant (spec §2, `conf-widgets validate`). A pure function of the
 * normalised data — no file system, no DOM — so an editor or a web page can run it
 * too. Findings never make a file invalid.
 */

/** Which rule found something; stable names for tools (`--json`). */
export type LintRule =
  | 'fixed-offset'
  | 'aoe-1159'
  | 'deadline-after-start'
  | 'date-order'
  | 'extension-order'
  | 'default-zone'
  /** In a collection: two conferences with one id. */
  | 'duplicate-id';

export interface LintFinding {
  readonly rule: LintRule;
  /** JSON path of the value to look at: `dates[2].timeZone`. */
  readonly path: string;
  /** What was found, one line. */
  readonly message: string;
  /** Why it matters or what to write instead, one line. */
  readonly hint: string;
}

const AOE_OFFSET = -12 * 60;

/** Every finding, in the order of the file: conference first, then date by date. */
export function lintConference(data: ConferenceData): LintFinding[] {
  const findings: LintFinding[] = [];
  const { conference, dates } = data;
  const conferenceStart =
    conference.start === undefined ? undefined : startOfDay(conference.start, conference.timeZone);

  const fixed = fixedOffset(conference.timeZone);
  if (fixed && conference.timeZoneGiven) {
    findings.push(fixedOffsetFinding('conference.timeZone', conference.timeZone, fixed));
  }
  if (
    conference.start !== undefined &&
    conference.end !== undefined &&
    conference.end < conference.start
  ) {
    findings.push({
      rule: 'date-order',
      path: 'conference.end',
      message: `${quote(conference.end)} is before conference.start ${quote(conference.start)}`,
      hint: 'the last day cannot come before the first; check both days',
    });
  }
  const silent = dates.filter(
    (date) => !date.zoneGiven && date.when.kind !== 'tbd' && !hasOffset(date.at),
  );
  if (silent.length > 0) {
    findings.push(defaultZoneFinding(silent));
  }

  let previous: ConfDate | undefined;
  dates.forEach((date, position) => {
    const path = `dates[${date.index ?? position}]`;

    const ownFixed =
      date.zone.name !== conference.timeZone.name ? fixedOffset(date.zone) : undefined;
    if (ownFixed) findings.push(fixedOffsetFinding(`${path}.timeZone`, date.zone, ownFixed));

    if (date.deadline && date.when.kind === 'moment' && isAoeMorning(date.when)) {
      findings.push({
        rule: 'aoe-1159',
        path: `${path}.at`,
        message: `${quote(date.at)} in ${date.when.zone.name} is 11:59 in the morning`,
        hint: `AoE deadlines usually mean 23:59; or write the day alone (${quote(date.at.slice(0, 10))}), which lasts the whole day`,
      });
    }

    const begins = beginsAt(date.when);
    if (
      date.deadline &&
      conferenceStart !== undefined &&
      begins !== undefined &&
      begins > conferenceStart
    ) {
      findings.push({
        rule: 'deadline-after-start',
        path: `${path}.at`,
        message: `the deadline ${quote(date.label)} (${quote(date.at)}) is after the conference starts (${conference.start})`,
        hint: 'check the date; an event that is not a deadline takes "deadline": false',
      });
    }

    const key = sortKey(date);
    const previousKey = previous && sortKey(previous);
    if (previous && key !== undefined && previousKey !== undefined && key < previousKey) {
      findings.push({
        rule: 'date-order',
        path: `${path}.at`,
        message: `${quote(date.at)} is listed after ${quote(previous.id)} (${quote(previous.at)}) but comes before it in time`,
        hint: 'the widgets show dates in time order; check the date, or move it up the list',
      });
    }
    if (key !== undefined) previous = date;

    findings.push(...extensionFindings(date, path));
  });
  return findings;
}

/** `previously` must hold earlier values, oldest first, each before the next and before `at`. */
function extensionFindings(date: ConfDate, path: string): LintFinding[] {
  const findings: LintFinding[] = [];
  const chain = [...date.previously, date.when];
  for (let index = 0; index < date.previously.length; index++) {
    const earlier = passesAt(chain[index]!);
    const later = passesAt(chain[index + 1]!);
    if (earlier === undefined || later === undefined || earlier < later) continue;
    const next =
      index + 1 === date.previously.length
        ? `"at" (${quote(date.at)})`
        : `previously[${index + 1}] (${describeWhen(chain[index + 1]!)})`;
    findings.push({
      rule: 'extension-order',
      path: `${path}.previously[${index}]`,
      message:
        earlier === later
          ? `${describeWhen(chain[index]!)} is the same as ${next}`
          : `${describeWhen(chain[index]!)} is later than ${next}: the extension moves the date earlier`,
      hint: '"previously" lists the earlier values of "at", oldest first',
    });
  }
  return findings;
}

/** The instant the widgets sort a date by (as `<conf-dates>` does): a deadline when it passes, an event when it begins. */
function sortKey(date: ConfDate): number | undefined {
  return date.deadline ? passesAt(date.when) : beginsAt(date.when);
}

interface FixedOffset {
  /** Minutes east of UTC. */
  readonly minutes: number;
  /** The zone's name as the file writes it, when that differs from `Zone.name`. */
  readonly note?: string;
}

/**
 * A zone that is a fixed offset other than UTC and UTC−12 (AoE): zones like these do
 * not follow daylight saving time, which is rarely what an organiser means by "UTC-7".
 * `Etc/GMT+7` counts too (and its sign is the other way round: it is UTC−7).
 */
function fixedOffset(zone: Zone): FixedOffset | undefined {
  const etc = /^Etc\/GMT([+-])(\d{1,2})$/.exec(zone.name);
  if (etc) {
    const minutes = (etc[1] === '+' ? -1 : 1) * Number(etc[2]) * 60;
    return minutes === 0 || minutes === AOE_OFFSET
      ? undefined
      : { minutes, note: `it is ${offsetName(minutes)}: the Etc/GMT sign is inverted` };
  }
  const minutes = zone.fixedOffsetMinutes;
  if (minutes === undefined || minutes === 0 || minutes === AOE_OFFSET) return undefined;
  return { minutes };
}

/** A zone with daylight saving time that has this offset in winter or summer, where one is common. */
const LIKELY_ZONES: Record<number, string> = {
  [-10 * 60]: 'Pacific/Honolulu', // no DST, but the usual meaning of UTC−10
  [-9 * 60]: 'America/Anchorage',
  [-8 * 60]: 'America/Los_Angeles',
  [-7 * 60]: 'America/Los_Angeles',
  [-6 * 60]: 'America/Chicago',
  [-5 * 60]: 'America/New_York',
  [-4 * 60]: 'America/New_York',
  [60]: 'Europe/Berlin',
  [120]: 'Europe/Berlin',
  [180]: 'Europe/Athens',
  [600]: 'Australia/Sydney',
  [660]: 'Australia/Sydney',
  [720]: 'Pacific/Auckland',
  [780]: 'Pacific/Auckland',
};

function fixedOffsetFinding(path: string, zone: Zone, fixed: FixedOffset): LintFinding {
  const likely = LIKELY_ZONES[fixed.minutes];
  return {
    rule: 'fixed-offset',
    path,
    message: `${quote(zone.name)} is a fixed offset${fixed.note ? ` (${fixed.note})` : ''}, which does not follow daylight saving time`,
    hint: likely
      ? `for a place that observes it, name the place's zone instead, e.g. ${quote(likely)}`
      : "for a place that observes it, name the place's IANA zone instead (Area/City)",
  };
}

function defaultZoneFinding(dates: readonly ConfDate[]): LintFinding {
  const shown = dates.slice(0, 5).map((date) => quote(date.id));
  const more = dates.length > shown.length ? ` and ${dates.length - shown.length} more` : '';
  return {
    rule: 'default-zone',
    path: 'conference.timeZone',
    message: `is not set, so ${dates.length === 1 ? 'date' : 'dates'} ${shown.join(', ')}${more} ${dates.length === 1 ? 'gets its' : 'get their'} zone only from the AoE default (UTC−12)`,
    hint: 'write the zone meant, even "AoE": a silent default zone is how deadline trackers go wrong',
  };
}

/** Whether an exact time in a UTC−12 zone reads 11:59 on the wall. */
function isAoeMorning(when: Extract<When, { kind: 'moment' }>): boolean {
  if (when.zone.fixedOffsetMinutes !== AOE_OFFSET) return false;
  const wall = new Date(when.epochMs + AOE_OFFSET * 60_000);
  return wall.getUTCHours() === 11 && wall.getUTCMinutes() === 59;
}

/** Whether an "at" value carries its own offset (then no zone is needed to read it). */
function hasOffset(at: string): boolean {
  return /T.*(?:Z|[+-]\d{2}:\d{2})/.test(at);
}

/** Epoch ms of 00:00 of a YYYY-MM-DD day in `zone`; undefined when it is not a real day. */
function startOfDay(day: string, zone: Zone): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const midnightUtc = Date.UTC(year, month - 1, date);
  const check = new Date(midnightUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return undefined;
  // The offset at a first guess, then at the corrected instant (zones whose offset
  // changes near midnight need the second look).
  const guess = midnightUtc - offsetAt(zone, midnightUtc) * 60_000;
  return midnightUtc - offsetAt(zone, guess) * 60_000;
}

/** A resolved value as a reader knows it: "2022-06-29 AoE", "2022-03-18T13:00 America/Los_Angeles". */
function describeWhen(when: When): string {
  if (when.kind === 'tbd') return 'TBD';
  if (when.kind === 'day') return `${when.date} ${when.zone.name}`;
  const wall = new Date(when.epochMs + offsetAt(when.zone, when.epochMs) * 60_000);
  return `${wall.toISOString().slice(0, 16)} ${when.zone.name}`;
}

function offsetName(minutes: number): string {
  const abs = Math.abs(minutes);
  const mm = abs % 60;
  return `UTC${minutes < 0 ? '−' : '+'}${Math.floor(abs / 60)}${mm ? `:${String(mm).padStart(2, '0')}` : ''}`;
}
