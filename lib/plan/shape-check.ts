import { ValidationError } from './errors';
import { nearestListed } from './facts/listed-names';
import { NameList } from './facts/regions';
import { PROP_SHAPES } from './prop-shapes.generated';

/**
 * Run-time checks of what a caller passes to the library's constructs and planning classes, from the kinds the
 * jsii assembly records (lib/plan/prop-shapes.generated.ts). Pure TypeScript: the constructs' wrapper
 * (lib/core/guard-props.ts) adds cdktf's token detection and the construct path. TypeScript's checker does not stand between a JavaScript, Python, Java,
 * .NET or Go caller and the library; without these checks a missing hub or a string where a list belongs crashes
 * deep inside with "Cannot read properties of undefined". Every failure is the usual ValidationError naming the
 * property (path included), the value, the kind expected and the fix.
 *
 * Token policy: a prop accepts a Terraform token only when its doc comment says "Accepts a Terraform token"
 * (the generator reads that phrase). Every other prop drives the plan (addresses, ASNs, VLANs, budgets, names,
 * locations) and must be known at synth; a token there is refused here, instead of being checked as a huge
 * negative number or written into a report as `${TfToken[...]}`.
 */

/** A kind, as the generator encodes it. */
export type Shape = string | { readonly a: Shape } | { readonly m: Shape } | { readonly u: readonly Shape[] } | { readonly e: string } | { readonly s: string } | { readonly c: string } | { readonly i: string };

/** One prop or parameter: name, kind, optional, accepts a token (1: the value, 2: each element of the list). */
export interface PropShape {
  readonly n: string;
  readonly t: Shape;
  readonly o?: number;
  readonly k?: number;
}

/** The generated tables. */
export interface PropShapeTables {
  readonly entryPoints: ReadonlyArray<readonly [string, readonly PropShape[]]>;
  readonly structs: ReadonlyArray<readonly [string, readonly PropShape[]]>;
  readonly enums: ReadonlyArray<readonly [string, readonly string[]]>;
}

let tables: { entry: Map<string, readonly PropShape[]>; structs: Map<string, Map<string, PropShape>>; enums: Map<string, readonly string[]> } | undefined;

function load() {
  if (!tables) {
    tables = {
      entry: new Map(PROP_SHAPES.entryPoints),
      structs: new Map(PROP_SHAPES.structs.map(([name, props]) => [name, new Map(props.map((p) => [p.n, p]))])),
      enums: new Map(PROP_SHAPES.enums),
    };
  }
  return tables;
}

const SECRET_NAME = /key$|secret|password/i;
const RTTI = Symbol.for('jsii.rtti');

/** Tells a Terraform token from a value (cdktf's `Token.isUnresolved` in the constructs; none in pure planning). */
export type TokenTest = (value: unknown) => boolean;

let isToken: TokenTest = () => false;
let strictStrings = false;

/**
 * Check the arguments of an entry point: a constructor (`entry` = class name, `args` = `[scope, id, props]`, the
 * props' own names used as property names) or a method (`entry` = `Class.method`). Throws a ValidationError
 * (without a construct path: the caller adds it).
 *
 * @param tokens how to recognise a token; none by default
 * @param strict refuse line breaks, control characters and surrounding spaces in strings (user-facing props;
 *   not for the planning records, whose texts, e.g. a Mermaid diagram, may span lines)
 */
export function checkArgs(entry: string, args: readonly unknown[], tokens?: TokenTest, strict = false): void {
  const t = load();
  const params = t.entry.get(entry);
  if (!params) throw new Error(`checkArgs: no shape for ${entry} (regenerate with npm run shapes)`);
  const before = [isToken, strictStrings] as const;
  isToken = tokens ?? (() => false);
  strictStrings = strict;
  try {
    const isConstructor = !entry.includes('.');
    params.forEach((p, i) => checkValue(args[i], p, i === 2 && isConstructor ? '' : p.n, entry));
  } finally {
    [isToken, strictStrings] = before;
  }
}

const CONSTRUCT = Symbol.for('constructs.Construct');

/** True for a construct (the `constructs` library marks every one with this symbol). */
export function isConstruct(x: unknown): boolean {
  return typeof x === 'object' && x !== null && Boolean((x as Record<symbol, unknown>)[CONSTRUCT]);
}

function join(prefix: string, name: string): string {
  if (!prefix) return name;
  return name.startsWith('[') ? `${prefix}${name}` : `${prefix}.${name}`;
}

function checkValue(value: unknown, p: PropShape, property: string, entry: string): void {
  const name = property || p.n;
  if (value === null && p.o) {
    // undefined (left out) means the default; null is not read the same way everywhere, so it is refused
    throw new ValidationError({ property: name, value, rule: 'null is not a value for this property', fix: `leave \`${name}\` out (undefined) for its default` });
  }
  if (value === undefined || value === null) {
    if (p.o) return;
    throw new ValidationError({
      property: name,
      value,
      rule: `required: ${describe(p.t)} (${entry})`,
      fix: `set \`${name}\`; from JavaScript and other jsii languages the type checker does not enforce it`,
    });
  }
  if (isToken(value)) {
    if (!tokenFits(value, p.t)) wrongKind(name, value, p.t, secretLike(p.n));
    if (p.k === 1) return;
    refuseToken(name);
  }
  checkShape(value, p.t, property, secretLike(p.n), p.k === 1, p.k === 2, true);
}

/** A token of the right kind for `s`: a string token for a string, a list token for a list, and so on. */
function tokenFits(value: unknown, s: Shape): boolean {
  if (typeof s === 'string') return s === 'string' ? typeof value === 'string' : s === 'number' ? typeof value === 'number' : true;
  if ('a' in s) return Array.isArray(value);
  if ('m' in s) return typeof value === 'object' && !Array.isArray(value);
  if ('e' in s) return typeof value === 'string';
  return false; // a construct, a class instance or a props object is never a token
}

function refuseToken(property: string): never {
  throw new ValidationError({
    property,
    value: '(a Terraform token)',
    rule: 'must be known at synth: the library plans addresses, ASNs, VLANs, budgets and names from it, and a token has no value until apply',
    fix: 'pass the literal value; only props whose documentation says "Accepts a Terraform token" take one',
  });
}

function secretLike(name: string): boolean {
  return SECRET_NAME.test(name) && !/Prefix|Name|Version|Id$/.test(name);
}


function kindOf(value: unknown, secret: boolean): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'string') return secret ? 'a string (not shown)' : `the string ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`;
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : `the number ${value}`;
  if (typeof value === 'object') {
    const ctor = (value as { constructor?: { name?: string } }).constructor?.name;
    return ctor && ctor !== 'Object' ? `${article(ctor)} ${ctor}` : 'an object';
  }
  return `a ${typeof value}`;
}

function describe(s: Shape): string {
  if (typeof s === 'string') return s === 'any' ? 'any value' : s === 'json' ? 'a JSON object' : `a ${s}`;
  if ('a' in s) return `a list of ${plural(s.a)}`;
  if ('m' in s) return `a map of ${plural(s.m)}`;
  if ('u' in s) return s.u.map(describe).join(' or ');
  if ('e' in s) return `${article(s.e)} ${s.e} (${(load().enums.get(s.e) ?? []).map((v) => JSON.stringify(v)).join(', ')})`;
  if ('s' in s) return `${article(s.s)} ${s.s} object`;
  const name = ('c' in s ? s.c : s.i).split('.').pop() ?? '';
  return `${article(name)} ${name}`;
}

function article(word: string): string {
  return /^[AEIOU]/.test(word) ? 'an' : 'a';
}

function plural(s: Shape): string {
  if (typeof s === 'object' && 's' in s) return `${s.s} objects`;
  return describe(s).replace(/^an? /, '').replace(/^(\w+)/, '$1s');
}

function wrongKind(property: string, value: unknown, s: Shape, secret: boolean, extra = ''): never {
  throw new ValidationError({
    property,
    value: secret ? '(not shown)' : value,
    rule: `must be ${describe(s)}, got ${kindOf(value, secret)}${extra}`,
    fix: `pass ${describe(s)}`,
  });
}

function checkShape(value: unknown, s: Shape, property: string, secret: boolean, tokensOk: boolean, elementTokensOk = false, notToken = false): void {
  // `notToken`: the caller (checkValue) has just asked isToken of this value
  if (!notToken && isToken(value)) {
    if (!tokenFits(value, s)) wrongKind(property, value, s, secret);
    if (tokensOk) return;
    refuseToken(property);
  }
  if (typeof s === 'string') return checkPrimitive(value, s, property, secret);
  if ('a' in s) {
    if (!Array.isArray(value)) wrongKind(property, value, s, secret);
    value.forEach((v, i) => {
      const at = `${property}[${i}]`;
      if (v === undefined || v === null) wrongKind(at, v, s.a, secret);
      checkShape(v, s.a, at, secret, tokensOk || elementTokensOk);
    });
    return;
  }
  if ('m' in s) {
    if (typeof value !== 'object' || Array.isArray(value)) wrongKind(property, value, s, secret);
    for (const [k, v] of Object.entries(value as object)) checkShape(v, s.m, join(property, k), secret, tokensOk);
    return;
  }
  if ('u' in s) {
    const ok = s.u.some((alt) => {
      try {
        checkShape(value, alt, property, secret, tokensOk);
        return true;
      } catch {
        return false;
      }
    });
    if (!ok) wrongKind(property, value, s, secret);
    return;
  }
  if ('e' in s) {
    const values = load().enums.get(s.e) ?? [];
    if (typeof value !== 'string' || !values.includes(value)) {
      const near = typeof value === 'string' ? nearestListed(value, listOf(values)) : undefined;
      wrongKind(property, value, s, secret, near ? ` (did you mean ${JSON.stringify(near)}?)` : '');
    }
    return;
  }
  if ('s' in s) return checkStruct(value, s.s, property);
  const fqn = 'c' in s ? s.c : s.i;
  if (typeof value !== 'object' || Array.isArray(value)) wrongKind(property, value, s, secret);
  if ('c' in s && !isInstanceOf(value, fqn)) wrongKind(property, value, s, secret);
}

function checkPrimitive(value: unknown, kind: string, property: string, secret: boolean): void {
  switch (kind) {
    case 'string':
      if (typeof value !== 'string') wrongKind(property, value, kind, secret);
      if (!strictStrings) return;
      if (/[\u0000-\u001f\u007f]/.test(value)) {
        throw new ValidationError({ property, value: secret ? '(not shown)' : value, rule: 'must not contain line breaks, tabs or other control characters: they end up in resource names, Terraform strings and the generated router configuration', fix: 'remove them' });
      }
      if (value !== value.trim() && !secret) {
        throw new ValidationError({ property, value, rule: 'must not start or end with spaces: the cloud receives the value as written', fix: `use ${JSON.stringify(value.trim())}` });
      }
      return;
    case 'number':
      if (typeof value !== 'number') wrongKind(property, value, kind, secret);
      if (!Number.isFinite(value)) wrongKind(property, value, 'number', secret, ' (a finite number is needed)');
      return;
    case 'boolean':
      if (typeof value !== 'boolean') wrongKind(property, value, kind, secret);
      return;
    case 'json':
      if (typeof value !== 'object' || Array.isArray(value)) wrongKind(property, value, kind, secret);
      return;
    case 'date':
      if (!(value instanceof Date)) wrongKind(property, value, kind, secret);
      return;
    default:
      return;
  }
}

function checkStruct(value: unknown, struct: string, property: string): void {
  const props = load().structs.get(struct);
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !props) wrongKind(property || 'props', value, { s: struct }, false);
  const given = value as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!props.has(key) && given[key] !== undefined) {
      const near = nearestListed(key, listOf([...props.keys()]));
      throw new ValidationError({
        property: join(property, key),
        value: '(set)',
        rule: `not a property of ${struct}: it would be ignored`,
        fix: near ? `did you mean \`${near}\`?` : `remove it; ${struct} takes ${[...props.keys()].join(', ')}`,
      });
    }
  }
  for (const p of props.values()) checkValue(given[p.n], p, join(property, p.n), struct);
}

function listOf(names: readonly string[]): NameList {
  return { names, source: '', snapshot: '' };
}

/** The last part of a jsii type name (`cdktf.TerraformStack` -> `TerraformStack`), by name. */
const SIMPLE_NAMES = new Map<string, string | undefined>();

function isInstanceOf(value: unknown, fqn: string): boolean {
  if (fqn === 'constructs.Construct') return isConstruct(value);
  let simple = SIMPLE_NAMES.get(fqn);
  if (simple === undefined) SIMPLE_NAMES.set(fqn, (simple = fqn.split('.').pop()));
  for (let proto = Object.getPrototypeOf(value); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    const ctor = proto.constructor as { [RTTI]?: { fqn?: string }; name?: string } | undefined;
    if (!ctor) continue;
    const rtti = Object.prototype.hasOwnProperty.call(ctor, RTTI) ? ctor[RTTI] : undefined;
    if (rtti?.fqn === fqn || ctor.name === simple) return true;
  }
  return false;
}

/**
 * The props of `from` that `struct` declares (the others dropped): for a pattern handing its own props on to a
 * building block whose props are a subset, so that the building block's unknown-prop check stays meaningful.
 */
export function propsOf<T extends object>(struct: string, from: T): Partial<T> {
  const props = load().structs.get(struct);
  if (!props) throw new Error(`propsOf: no shape for ${struct} (regenerate with npm run shapes)`);
  const out: Record<string, unknown> = {};
  for (const key of props.keys()) if (Object.prototype.hasOwnProperty.call(from, key)) out[key] = (from as Record<string, unknown>)[key];
  return out as Partial<T>;
}
