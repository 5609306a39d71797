// The schema language of the data file (src/data/check.ts): what each rule accepts,
// what it gives back, and the sentence and JSON path of each problem.
import { expect } from '@open-wc/testing';
import {
  array,
  boolean,
  check,
  number,
  object,
  omit,
  optional,
  string,
  type Issue,
  type Schema,
} from '../src/data/check.js';

function run(schema: Schema, input: unknown) {
  const issues: Issue[] = [];
  const value = check(schema, input, 'x', issues);
  return { value, issues: issues.map((issue) => `${issue.path}: ${issue.message}`) };
}

describe('check', () => {
  const person = object({
    name: string({ trim: true, nonEmpty: true }),
    age: optional(number({ integer: true, min: 1 })),
    tags: optional(array(string())),
    admin: optional(boolean()),
  });

  it('gives back a valid object with only its schema keys, strings trimmed where the schema says', () => {
    expect(
      run(person, { name: '  Ada ', age: 36, tags: ['a'], admin: false, extra: 1 }),
    ).to.deep.equal({
      value: { name: 'Ada', age: 36, tags: ['a'], admin: false },
      issues: [],
    });
    expect(run(person, { name: 'Ada' }).value).to.deep.equal({ name: 'Ada' });
  });

  it('reports every problem with its path, and gives nothing back then', () => {
    expect(run(person, { age: 1.5, tags: ['a', 7], admin: 'yes' })).to.deep.equal({
      value: undefined,
      issues: [
        'x.name: is required',
        'x.age: expected a whole number, got 1.5',
        'x.tags[1]: expected text, got a number 7',
        'x.admin: expected true or false, got text "yes"',
      ],
    });
    expect(run(person, { name: '   ', age: 0 }).issues).to.deep.equal([
      'x.name: must not be empty',
      'x.age: expected at least 1, got 0',
    ]);
  });

  it('a bad optional field is left out, its issues marked dropped; the object stands', () => {
    const issues: Issue[] = [];
    const value = check(
      person,
      { name: 'Ada', age: 'old', tags: ['a', 7], admin: true },
      'x',
      issues,
    );
    expect(value).to.deep.equal({ name: 'Ada', admin: true });
    expect(issues).to.deep.equal([
      { path: 'x.age', message: 'expected a number, got text "old"', dropped: true },
      { path: 'x.tags[1]', message: 'expected text, got a number 7', dropped: true },
    ]);
    // Inside an optional object, a missing required key drops that whole object.
    const outer = object({ id: string(), person: optional(person) });
    expect(run(outer, { id: 'p', person: { age: 3 } })).to.deep.equal({
      value: { id: 'p' },
      issues: ['x.person.name: is required'],
    });
  });

  it('a list, null or a number is not an object; inherited keys are not data', () => {
    expect(run(person, []).issues).to.deep.equal(['x: expected an object, got a list']);
    expect(run(person, null).issues).to.deep.equal(['x: expected an object, got null']);
    expect(run(object({ toString: string() }), {}).issues).to.deep.equal([
      'x.toString: is required',
    ]);
  });

  it('a pattern, with the message the schema gives for a mismatch', () => {
    const day = string({
      pattern: /^\d{4}-\d{2}-\d{2}$/,
      mismatch: (input) => `"${input}" is not a day`,
    });
    expect(run(day, '2022-03-18').value).to.equal('2022-03-18');
    expect(run(day, '18.3.2022').issues).to.deep.equal(['x: "18.3.2022" is not a day']);
  });

  it('numbers are finite; omit drops keys', () => {
    expect(run(number(), Number.NaN).value).to.equal(undefined);
    const nameOnly = omit(person, ['age', 'tags', 'admin']);
    expect(run(nameOnly, { name: 'A', age: 'old' })).to.deep.equal({
      value: { name: 'A' },
      issues: [],
    });
  });
});
