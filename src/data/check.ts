import { describeType, quote } from '../shared/text.js';

/**
 * The data file's schema language: schemas are plain data (`schema.ts` writes them),
 * `check` validates a JSON value against one, and the command-line build turns them
 * into `conference.schema.json` (src/cli/json-schema.ts). Hand-written rather than
 * valibot: the file needs five kinds of value and three rules, and this is 0.6 KiB
 * gzip where valibot's share of every bundle was 1.4 KiB (README, "Size").
 */
export type Schema =
  | StringSchema
  | {
      readonly kind: 'number';
      readonly integer?: boolean;
      readonly min?: number;
      readonly description?: string;
    }
  | { readonly kind: 'boolean'; readonly description?: string }
  | { readonly kind: 'array'; readonly items: Schema; readonly description?: string }
  | ObjectSchema;

export interface StringSchema {
  readonly kind: 'string';
  /** Trimmed before the rules below, and given trimmed. */
  readonly trim?: boolean;
  readonly nonEmpty?: boolean;
  readonly pattern?: RegExp;
  /** What a value that does not match `pattern` is, e.g. `"x" is not a date`. */
  readonly mismatch?: (input: string) => string;
  readonly description?: string;
}

export interface ObjectSchema {
  readonly kind: 'object';
  readonly entries: Readonly<Record<string, Schema>>;
  /** Keys that may be missing. */
  readonly optional: readonly string[];
  readonly title?: string;
  readonly description?: string;
}

/** The value a schema gives: its TypeScript type. */
export type Infer<S> = S extends StringSchema
  ? string
  : S extends { kind: 'number' }
    ? number
    : S extends { kind: 'boolean' }
      ? boolean
      : S extends { kind: 'array'; items: infer I }
        ? Infer<I>[]
        : S extends { kind: 'object'; entries: infer E; optional: readonly (infer O)[] }
          ? Simplify<
              { -readonly [K in Exclude<keyof E, O>]: Infer<E[K]> } & {
                -readonly [K in Extract<keyof E, O>]?: Infer<E[K]>;
              }
            >
          : never;
type Simplify<T> = { [K in keyof T]: T[K] };

/** Something wrong with a value, at its JSON path. */
export interface Issue {
  readonly path: string;
  readonly message: string;
  /** The value was an optional field's: only it is left out, the object around it stands. */
  readonly dropped?: boolean;
}

const EXPECTED = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
} as const;

/**
 * Checks `input` against `schema`. The checked value (strings trimmed where the schema
 * says so, objects with only the schema's keys) when it is valid; else undefined, and
 * every problem found is in `issues`, with `path` (e.g. `dates[2]`) in front of it.
 * A bad optional field costs only itself (SPEC §2, "Bad data"): it is left out of the
 * value, and its issues are marked `dropped` — they alone do not make the value bad.
 */
export function check<S extends Schema>(
  schema: S,
  input: unknown,
  path: string,
  issues: Issue[],
): Infer<S> | undefined {
  const before = issues.length;
  const value = run(schema, input, path, issues);
  return issues.slice(before).some((issue) => !issue.dropped) ? undefined : (value as Infer<S>);
}

function run(schema: Schema, input: unknown, path: string, issues: Issue[]): unknown {
  const kind = schema.kind;
  const fits =
    kind === 'object'
      ? typeof input === 'object' && input !== null && !Array.isArray(input)
      : kind === 'array'
        ? Array.isArray(input)
        : typeof input === kind && !(kind === 'number' && !Number.isFinite(input));
  const fail = (message: string) => void issues.push({ path, message });
  if (!fits) {
    const shown = typeof input === 'string' || typeof input === 'number' ? ` ${quote(input)}` : '';
    return fail(`expected ${EXPECTED[kind]}, got ${describeType(input)}${shown}`);
  }
  switch (schema.kind) {
    case 'string': {
      const text = schema.trim ? (input as string).trim() : (input as string);
      if (schema.nonEmpty && !text) return fail('must not be empty');
      if (schema.pattern && !schema.pattern.test(text))
        return fail(schema.mismatch?.(text) ?? `${quote(text)} is not valid`);
      return text;
    }
    case 'number': {
      const number = input as number;
      if (schema.integer && !Number.isInteger(number))
        return fail(`expected a whole number, got ${quote(number)}`);
      if (schema.min !== undefined && number < schema.min)
        return fail(`expected at least ${schema.min}, got ${quote(number)}`);
      return number;
    }
    case 'array':
      return (input as unknown[]).map((item, index) =>
        run(schema.items, item, `${path}[${index}]`, issues),
      );
    case 'object': {
      const source = input as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [key, entry] of Object.entries(schema.entries)) {
        // Own keys only: `toString` or `constructor` from Object.prototype is not data.
        const value = Object.hasOwn(source, key) ? source[key] : undefined;
        const at = `${path}.${key}`;
        const optional = schema.optional.includes(key);
        if (value === undefined) {
          if (!optional) issues.push({ path: at, message: 'is required' });
        } else if (optional) {
          const own: Issue[] = [];
          const checked = run(entry, value, at, own);
          if (own.length) for (const issue of own) issues.push({ ...issue, dropped: true });
          else out[key] = checked;
        } else out[key] = run(entry, value, at, issues);
      }
      return out;
    }
    default:
      return input; // boolean
  }
}

// ---------------------------------------------------------------- writing schemas

// Each is marked free of side effects, so that a bundle drops the schemas it never
// checks against: a widget's bundle keeps only the schemas of its sections.

type Described = { readonly description?: string };

/* @__NO_SIDE_EFFECTS__ */
export function string(rules: Omit<StringSchema, 'kind'> = {}): StringSchema {
  return { kind: 'string', ...rules };
}

/* @__NO_SIDE_EFFECTS__ */
export function number(rules: { integer?: boolean; min?: number } & Described = {}) {
  return { kind: 'number', ...rules } as const;
}

/* @__NO_SIDE_EFFECTS__ */
export function boolean(about: Described = {}) {
  return { kind: 'boolean', ...about } as const;
}

/* @__NO_SIDE_EFFECTS__ */
export function array<I extends Schema>(items: I, about: Described = {}) {
  return { kind: 'array', items, ...about } as const;
}

/** Marks an entry of `object()` as one that may be missing. */
/* @__NO_SIDE_EFFECTS__ */
export function optional<S extends Schema>(schema: S): Optional<S> {
  return { optional: schema };
}
interface Optional<S extends Schema> {
  readonly optional: S;
}
type Entry = Schema | Optional<Schema>;
type Unwrap<E> = E extends Optional<infer S> ? S : E;
type OptionalKeys<E> = { [K in keyof E]: E[K] extends Optional<Schema> ? K : never }[keyof E];

/* @__NO_SIDE_EFFECTS__ */
export function object<E extends Record<string, Entry>>(
  entries: E,
  about: { title?: string; description?: string } = {},
): {
  kind: 'object';
  entries: { [K in keyof E]: Unwrap<E[K]> };
  optional: OptionalKeys<E>[];
  title?: string;
  description?: string;
} {
  const plain: Record<string, Schema> = {};
  const optionalKeys: string[] = [];
  for (const [key, entry] of Object.entries(entries)) {
    if ('optional' in entry && !('kind' in entry)) {
      plain[key] = entry.optional;
      optionalKeys.push(key);
    } else {
      plain[key] = entry as Schema;
    }
  }
  return { kind: 'object', entries: plain, optional: optionalKeys, ...about } as never;
}

/** The object schema without some of its keys (a list read item by item elsewhere). */
/* @__NO_SIDE_EFFECTS__ */
export function omit<S extends ObjectSchema, K extends keyof S['entries'] & string>(
  schema: S,
  keys: readonly K[],
): { kind: 'object'; entries: Omit<S['entries'], K>; optional: S['optional'] } {
  const entries = { ...schema.entries };
  for (const key of keys) delete entries[key];
  return { ...schema, entries } as never;
}
