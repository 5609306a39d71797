import type { Temporal as TemporalNamespace } from 'temporal-polyfill';

export type { TemporalNamespace };

let loading: Promise<typeof TemporalNamespace> | undefined;

/**
 * Resolves to the browser's own `Temporal`, or to temporal-polyfill where there is
 * none. The polyfill is a dynamic import so that it becomes a separate chunk, which
 * browsers with native Temporal never download. It is used as a ponyfill: a host
 * page's global scope is not ours to change.
 */
export function loadTemporal(): Promise<typeof TemporalNamespace> {
  const native = (globalThis as { Temporal?: typeof TemporalNamespace }).Temporal;
  loading ??= native
    ? Promise.resolve(native)
    : import('temporal-polyfill').then((module) => module.Temporal);
  return loading;
}
