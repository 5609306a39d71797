import { check, type Infer, type Issue, type Schema } from './check.js';
import type { Problem } from './types.js';
import { safeUrl } from './url.js';
import { describeType, quote } from '../shared/text.js';
import type { TemporalNamespace } from '../time/temporal.js';

/**
 * Reads one part of a data file against its schemas (src/data/schema.ts), and keeps
 * every problem it finds with its JSON path. It never throws on bad data: a bad item
 * is reported and left out, and the rest is read; a bad optional field (a `role` that
 * is a number, an unsafe `photo`) is reported and left out, and its item is kept.
 */
export class Reader {
  readonly problems: Problem[] = [];

  constructor(
    /** The data file's URL: relative URLs inside it resolve against it. */
    readonly baseUrl: string | undefined,
    /** For parts with times (sections with `loadTemporal`); loaded before they are read. */
    readonly temporal?: typeof TemporalNamespace,
  ) {}

  /**
   * The value checked against `schema`, else undefined with what is wrong reported under
   * `path`. Its bad optional fields are left out of it, each with a warning.
   */
  check<S extends Schema>(
    schema: S,
    raw: unknown,
    path: string,
    severity: Problem['severity'] = 'warning',
  ): Infer<S> | undefined {
    const issues: Issue[] = [];
    const value = check(schema, raw, path, issues);
    for (const issue of issues)
      this.problems.push({ ...issue, severity: issue.dropped ? 'warning' : severity });
    return value;
  }

  /** Checks each item of a list on its own; a bad item is reported and skipped. */
  list<S extends Schema, TOut>(
    raw: unknown,
    path: string,
    schema: S,
    each: (item: Infer<S>, path: string, index: number) => TOut | undefined,
  ): TOut[] {
    if (raw === undefined) return [];
    if (!Array.isArray(raw)) {
      this.skip(path, `expected a list, got ${describeType(raw)}`);
      return [];
    }
    const out: TOut[] = [];
    raw.forEach((item: unknown, index) => {
      const itemPath = `${path}[${index}]`;
      const checked = this.check(schema, item, itemPath);
      if (checked === undefined) return;
      const value = each(checked, itemPath, index);
      if (value !== undefined) out.push(value);
    });
    return out;
  }

  /** A URL that is safe to link (see url.ts), else undefined with a warning: the field is dropped. */
  url(raw: string | undefined, path: string): string | undefined {
    if (raw === undefined) return undefined;
    const safe = safeUrl(raw, this.baseUrl);
    if (safe === undefined)
      this.drop(path, `${quote(raw)} is not an http(s), mailto or relative URL; it is not linked`);
    return safe;
  }

  /** Reports a warning that an item is left out, and answers undefined, for `return reader.skip(…)`. */
  skip(path: string, message: string): undefined {
    this.problems.push({ path, message, severity: 'warning' });
    return undefined;
  }

  /** Reports a warning that an optional field is left out (its item is kept); answers undefined. */
  drop(path: string, message: string): undefined {
    this.problems.push({ path, message, severity: 'warning', dropped: true });
    return undefined;
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
