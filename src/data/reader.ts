import * as v from 'valibot';
import type { Problem } from './types.js';
import { safeUrl } from './url.js';
import { describeType, quote } from '../shared/text.js';
import type { TemporalNamespace } from '../time/temporal.js';

/**
 * Reads one part of a data file against its schemas (src/data/schema.ts), and keeps
 * every problem it finds with its JSON path. It never throws on bad data: a bad item
 * is reported and left out, and the rest is read.
 */
export class Reader {
  readonly problems: Problem[] = [];

  constructor(
    /** The data file's URL: relative URLs inside it resolve against it. */
    readonly baseUrl: string | undefined,
    /** For parts with times (sections with `needsTime`); loaded before they are read. */
    readonly temporal?: typeof TemporalNamespace,
  ) {}

  /** `v.safeParse` for an object schema, reporting what is wrong under `path`. */
  object<TSchema extends v.GenericSchema>(
    schema: TSchema,
    raw: unknown,
    path: string,
    severity: Problem['severity'] = 'warning',
  ): v.InferOutput<TSchema> | undefined {
    // valibot's object accepts arrays (typeof [] is 'object'), and would then read
    // keys such as `at` from Array.prototype: a list is never an item object.
    if (Array.isArray(raw)) {
      this.problems.push({ path, message: 'expected an object, got a list', severity });
      return undefined;
    }
    const parsed = v.safeParse(schema, raw);
    if (parsed.success) return parsed.output;
    this.report(path, parsed.issues, severity);
    return undefined;
  }

  /** Validates each item of a list on its own; a bad item is reported and skipped. */
  list<TSchema extends v.GenericSchema, TOut>(
    raw: unknown,
    path: string,
    schema: TSchema,
    each: (item: v.InferOutput<TSchema>, path: string, index: number) => TOut | undefined,
  ): TOut[] {
    if (raw === undefined) return [];
    if (!Array.isArray(raw)) {
      this.skip(path, `expected a list, got ${describeType(raw)}`);
      return [];
    }
    const out: TOut[] = [];
    raw.forEach((item: unknown, index) => {
      const itemPath = `${path}[${index}]`;
      const parsed =
        schema.type === 'object'
          ? this.object(schema, item, itemPath)
          : this.value(schema, item, itemPath);
      if (parsed === undefined) return;
      const value = each(parsed, itemPath, index);
      if (value !== undefined) out.push(value);
    });
    return out;
  }

  /** A URL that is safe to link (see url.ts), else undefined with a warning. */
  url(raw: string | undefined, path: string): string | undefined {
    if (raw === undefined) return undefined;
    const safe = safeUrl(raw, this.baseUrl);
    if (safe === undefined)
      this.skip(path, `${quote(raw)} is not an http(s), mailto or relative URL; it is not linked`);
    return safe;
  }

  /** Reports a warning and answers undefined, for `return reader.skip(…)`. */
  skip(path: string, message: string): undefined {
    this.problems.push({ path, message, severity: 'warning' });
    return undefined;
  }

  private value<TSchema extends v.GenericSchema>(
    schema: TSchema,
    raw: unknown,
    path: string,
  ): v.InferOutput<TSchema> | undefined {
    const parsed = v.safeParse(schema, raw);
    if (parsed.success) return parsed.output;
    this.report(path, parsed.issues, 'warning');
    return undefined;
  }

  private report(
    path: string,
    issues: readonly v.BaseIssue<unknown>[],
    severity: Problem['severity'],
  ): void {
    for (const issue of issues) {
      const keys = issue.path?.map((item) => item.key) ?? [];
      const fullPath = keys.reduce<string>(
        (soFar, key) => (typeof key === 'number' ? `${soFar}[${key}]` : `${soFar}.${String(key)}`),
        path,
      );
      this.problems.push({ path: fullPath, message: issueMessage(issue), severity });
    }
  }
}

/** Valibot's issue as a short sentence: "is required", "expected text, got a number". */
function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema') {
    if (issue.input === undefined) return 'is required';
    const expected = {
      string: 'text',
      number: 'a number',
      boolean: 'true or false',
      array: 'a list',
      object: 'an object',
    }[issue.type];
    if (expected)
      return `expected ${expected}, got ${describeType(issue.input)}${typeof issue.input === 'string' || typeof issue.input === 'number' ? ` ${quote(issue.input)}` : ''}`;
  }
  return issue.message;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
