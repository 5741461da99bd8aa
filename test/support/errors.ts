// One assertion for a ValidationError: the construct path, the property, the value, the rule and the fix, each
// checked on its own field (not only somewhere in the message).
import { isValidationError, ValidationError } from '../../lib/plan/errors';

/** What the error must say; a RegExp matches part of the field, anything else must equal it. */
export interface ExpectedError {
  readonly path?: string | RegExp;
  readonly property: string | RegExp;
  readonly value?: unknown;
  readonly rule: string | RegExp;
  readonly fix: string | RegExp;
}

function matches(actual: unknown, expected: unknown): boolean {
  if (expected instanceof RegExp) return typeof actual === 'string' && expected.test(actual);
  return JSON.stringify(actual) === JSON.stringify(expected);
}

/** Run `fn`, which must throw a ValidationError whose fields match `expected`; returns the error. */
export function expectValidationError(fn: () => unknown, expected: ExpectedError): ValidationError {
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  if (thrown === undefined) throw new Error(`expected a ValidationError on \`${String(expected.property)}\`, but nothing was thrown`);
  if (!isValidationError(thrown)) throw new Error(`expected a ValidationError, got ${thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown)}`);
  const e = thrown as ValidationError;
  const wrong: string[] = [];
  for (const field of ['path', 'property', 'value', 'rule', 'fix'] as const) {
    if (!(field in expected)) continue;
    if (!matches(e[field], expected[field])) wrong.push(`${field}: expected ${String(expected[field])}, got ${JSON.stringify(e[field])}`);
  }
  if (wrong.length) throw new Error(`ValidationError does not match:\n  ${wrong.join('\n  ')}\nmessage: ${e.message}`);
  return e;
}
