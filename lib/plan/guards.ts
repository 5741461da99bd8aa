import { fail } from './errors';

/**
 * The planning core's runtime guards: one small set of pure checks that every exported planning function runs on
 * its arguments before using them, so that a caller without a type checker (JavaScript, a generated app, another
 * jsii language) gets a `ValidationError` naming the property instead of a TypeError, a RangeError, a hang or a
 * silently wrong file. Each guard returns the value it checked (narrowed) so that it can wrap the use.
 */

/** Bounds of a number guard. */
export interface NumberBounds {
  /** The smallest allowed value. @default - no lower bound */
  readonly min?: number;
  /** The largest allowed value. @default - no upper bound */
  readonly max?: number;
}

/** Options of a string guard. */
export interface StringRules {
  /** The fewest characters. @default 0 */
  readonly minLength?: number;
  /** The most characters. @default - no limit */
  readonly maxLength?: number;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function range(b: NumberBounds): string {
  if (b.min !== undefined && b.max !== undefined) return ` from ${b.min} to ${b.max}`;
  if (b.min !== undefined) return ` of at least ${b.min}`;
  if (b.max !== undefined) return ` of at most ${b.max}`;
  return '';
}

/** The runtime guards. Each throws `ValidationError` naming `property`, and otherwise returns the value. */
export const guard = {
  /** A finite number (not NaN, not ±Infinity) within `bounds`. */
  number(value: unknown, property: string, bounds: NumberBounds = {}): number {
    if (typeof value !== 'number' || !Number.isFinite(value) || (bounds.min !== undefined && value < bounds.min) || (bounds.max !== undefined && value > bounds.max)) {
      fail(property, value, `must be a finite number${range(bounds)} (got ${kindOf(value)})`, `give a number${range(bounds)}`);
    }
    return value;
  },

  /** A whole number within `bounds`. */
  integer(value: unknown, property: string, bounds: NumberBounds = {}): number {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || (bounds.min !== undefined && value < bounds.min) || (bounds.max !== undefined && value > bounds.max)) {
      fail(property, value, `must be a whole number${range(bounds)} (got ${kindOf(value)})`, `give a whole number${range(bounds)}`);
    }
    return value;
  },

  /** A string of `minLength` to `maxLength` characters. */
  string(value: unknown, property: string, rules: StringRules = {}): string {
    if (typeof value !== 'string') fail(property, value, `must be a string (got ${kindOf(value)})`, 'give a string');
    if (rules.minLength !== undefined && value.length < rules.minLength) {
      fail(property, value, `must be at least ${rules.minLength} character${rules.minLength === 1 ? '' : 's'} long`, 'give a longer value');
    }
    if (rules.maxLength !== undefined && value.length > rules.maxLength) {
      fail(property, `${value.slice(0, 80)}...`, `must be at most ${rules.maxLength} characters long (got ${value.length})`, 'give a shorter value');
    }
    return value;
  },

  /** `true` or `false`. */
  boolean(value: unknown, property: string): boolean {
    if (typeof value !== 'boolean') fail(property, value, `must be true or false (got ${kindOf(value)})`, 'give true or false');
    return value;
  },

  /** One of `allowed` (compared with `===`; `allowed` is typically an enum's values). */
  oneOf<T>(value: unknown, property: string, allowed: readonly T[]): T {
    if (!allowed.includes(value as T)) {
      fail(property, value, `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`, 'use one of the listed values (the enum member, not its name)');
    }
    return value as T;
  },

  /** A value of the string enum `e` (one of its values). */
  enumValue<T>(value: unknown, property: string, e: { [key: string]: T }): T {
    return guard.oneOf(value, property, Object.values(e));
  },

  /** An array of at most `maxItems` elements, each checked by `each` (called with `property[i]`). */
  array<T>(value: unknown, property: string, each?: (item: unknown, property: string) => T, maxItems?: number): T[] {
    if (!Array.isArray(value)) fail(property, value, `must be an array (got ${kindOf(value)})`, 'give a list, e.g. []');
    if (maxItems !== undefined && value.length > maxItems) fail(property, `${value.length} items`, `holds at most ${maxItems} items`, 'give fewer items');
    if (each) value.forEach((v, i) => each(v, `${property}[${i}]`));
    return value as T[];
  },

  /** A plain object (not null, not an array). */
  object<T extends object>(value: unknown, property: string): T {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(property, value, `must be an object (got ${kindOf(value)})`, 'give an object, e.g. {}');
    return value as T;
  },

  /** `undefined`, or a value `check` accepts. */
  optional<T>(value: unknown, property: string, check: (value: unknown, property: string) => T): T | undefined {
    return value === undefined ? undefined : check(value, property);
  },
};

/** True when `table` holds `key` as its own property (never an inherited one such as `constructor` or `__proto__`). */
export function hasOwn(table: object, key: unknown): boolean {
  return (typeof key === 'string' || typeof key === 'number') && Object.prototype.hasOwnProperty.call(table, key);
}

/**
 * The value `table` holds for `key`, or `undefined`: own properties only, so that `constructor`, `toString`,
 * `__proto__` or `hasOwnProperty` never find `Object.prototype`'s members. Every lookup of a plain-object table
 * keyed by a user's value goes through here.
 */
export function lookup<V>(table: { readonly [key: string]: V } | { readonly [key: number]: V }, key: unknown): V | undefined {
  return hasOwn(table, key) ? (table as { [key: string]: V })[key as string] : undefined;
}

/**
 * A frozen copy of `entries` without a prototype: indexing it with `constructor` or `__proto__` gives `undefined`
 * even where a caller forgets `lookup` (for tables other layers index directly).
 */
export function table<T extends object>(entries: T): T {
  const out = Object.create(null) as T;
  for (const k of Object.keys(entries) as Array<keyof T>) out[k] = entries[k];
  return Object.freeze(out);
}
