import { loadTemporal, type TemporalNamespace } from '../../src/time/temporal.js';
import { resolveWhen, type When } from '../../src/time/when.js';
import { parseZone, type Zone } from '../../src/time/zone.js';

let temporal: typeof TemporalNamespace;

/** Loads Temporal (native or the polyfill) once for a test file. */
export async function setUpTemporal(): Promise<typeof TemporalNamespace> {
  temporal = await loadTemporal();
  return temporal;
}

export function zone(name: string): Zone {
  const parsed = parseZone(name);
  if (!parsed) throw new Error(`test zone ${name} is not known`);
  return parsed;
}

/** Resolves `at` in `zoneName`, failing the test on a problem. */
export function when(at: string, zoneName: string): When {
  const result = resolveWhen(at, zone(zoneName), temporal);
  if ('problem' in result) throw new Error(result.problem);
  return result.when;
}

export const iso = (epochMs: number | undefined) =>
  epochMs === undefined ? undefined : new Date(epochMs).toISOString();

/** Intl output differs in its spaces across engines (U+202F before "PM"): compare with single spaces. */
export const spaces = (text: string | undefined) => text?.replace(/\s+/g, ' ');
