import type { DataFile, Section } from '../file.js';
import type { Reader } from '../reader.js';
import { AtSchema, DateHeadSchema } from '../schema.js';
import type { ConfDate } from '../types.js';
import { quote } from '../../shared/text.js';
import { resolveWhen, type When } from '../../time/when.js';
import { loadTemporal } from '../../time/temporal.js';
import { AOE, parseZone, type Zone } from '../../time/zone.js';

/** `dates`, in file order, times resolved; a bad date is skipped, a bad `previously` entry too. */
export const datesSection: Section<readonly ConfDate[]> = {
  name: 'dates',
  loadTemporal,
  read(reader: Reader, file: DataFile): ConfDate[] {
    const { timeZoneGiven } = file.conference;
    // The file's default zone is read here, not up front: only widgets with dates need
    // it, and an unknown one is an error for them alone.
    const defaultZone = conferenceZone(file);
    if (!defaultZone)
      reader.problems.push({
        path: 'conference.timeZone',
        message: `${quote((file.raw.conference as { timeZone: unknown }).timeZone)} is not a known time zone`,
        severity: 'error',
      });
    const raw = file.raw.dates;
    const seen = new Set<string>();
    // `previously` is read entry by entry: one bad earlier value does not cost the date.
    const sources = Array.isArray(raw) ? (raw as unknown[]) : [];
    const when = (at: string, zone: ConfDate['zone'], path: string): When | undefined => {
      const result = resolveWhen(at, zone, reader.temporal!);
      return 'problem' in result ? reader.skip(path, result.problem) : result.when;
    };
    return reader.list(raw, 'dates', DateHeadSchema, (item, path, index) => {
      if (seen.has(item.id)) return reader.skip(`${path}.id`, `duplicate id ${quote(item.id)}`);
      let zone = defaultZone;
      // Read from the source: a zone that is not text is left out of `item` as a bad
      // optional field, but the date cannot be placed without it, so it goes too.
      const ownZone = (sources[index] as { timeZone?: unknown }).timeZone;
      if (ownZone !== undefined) {
        const own = typeof ownZone === 'string' ? parseZone(ownZone) : undefined;
        if (!own)
          return reader.skip(`${path}.timeZone`, `${quote(ownZone)} is not a known time zone`);
        zone = own;
      }
      if (!zone) return undefined; // the conference's zone is unknown: said once, above
      const at = when(item.at, zone, `${path}.at`);
      if (!at) return undefined;
      seen.add(item.id);
      const previously = reader.list(
        (sources[index] as { previously?: unknown }).previously,
        `${path}.previously`,
        AtSchema,
        (earlier, earlierPath) => when(earlier, zone, earlierPath),
      );
      return {
        id: item.id,
        label: item.label,
        when: at,
        previously,
        deadline: item.deadline ?? true,
        kind: item.kind?.toLowerCase(),
        zone,
        zoneGiven: item.timeZone !== undefined || timeZoneGiven,
        index,
        at: item.at,
        url: reader.url(item.url, `${path}.url`),
        note: item.note,
      };
    });
  },
};

/** `conference.timeZone`, else AoE; undefined when unknown (or not text at all). */
export function conferenceZone(file: DataFile): Zone | undefined {
  const text = (file.raw.conference as { timeZone?: unknown }).timeZone;
  return text === undefined ? AOE : typeof text === 'string' ? parseZone(text) : undefined;
}
