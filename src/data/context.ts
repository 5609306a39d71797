import { createContext } from '@lit/context';
import type { DataError, Loaded } from './load.js';

/** What `<conf-data>` gives its descendants. */
export type ProvidedData =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly loaded: Loaded }
  | { readonly status: 'error'; readonly error: DataError };

/**
 * `Symbol.for` on purpose: a `<conf-data>` from one copy of the library feeds the
 * widgets of another copy (say a per-element bundle beside the full one). The
 * version in the key keeps copies with a different data shape apart.
 */
export const dataContext = createContext<ProvidedData | undefined>(
  Symbol.for('conf-widgets.data@3'),
);
