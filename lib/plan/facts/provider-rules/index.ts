/**
 * The pinned providers' rules as one table, and the two ways the library uses it: `check` judges a whole
 * synthesized stack (the test suite runs it on every stack it synthesizes), `enforce` validates one value a user
 * chose, at synth, with the usual error (property, value, rule, fix). Pure TypeScript, no cdktf.
 */
import { fail } from '../../errors';
import { guard } from '../../guards';
import { AWS_RULES } from './aws';
import { AZURERM_CONDITIONAL_RULES, AZURERM_RULES } from './azurerm';
import { GOOGLE_RULES } from './google';
import { OCI_RULES, RANDOM_RULES } from './oci';
import { ProviderRule, ProviderRuleCondition, ProviderRuleKind } from './types';

export { ProviderRule, ProviderRuleCondition, ProviderRuleKind } from './types';

/** Every rule, per `resource attribute`. */
const ALL: ProviderRule[] = [...AZURERM_RULES, ...AZURERM_CONDITIONAL_RULES, ...AWS_RULES, ...GOOGLE_RULES, ...OCI_RULES, ...RANDOM_RULES];
const BY_KEY = new Map<string, ProviderRule[]>();
const BY_RESOURCE = new Map<string, ProviderRule[]>();
for (const r of ALL) {
  const key = `${r.resource} ${r.attribute}`;
  let byKey = BY_KEY.get(key);
  if (!byKey) BY_KEY.set(key, (byKey = []));
  byKey.push(r);
  let byResource = BY_RESOURCE.get(r.resource);
  if (!byResource) BY_RESOURCE.set(r.resource, (byResource = []));
  byResource.push(r);
}

type Json = unknown;

function isToken(v: Json): boolean {
  return typeof v === 'string' && v.includes('${');
}

function isSet(v: Json): boolean {
  if (v === undefined || v === null) return false;
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

/** The block elements (objects) at `path` below `roots`, lists flattened. */
function elementsAt(roots: Json[], path: readonly string[]): Json[] {
  let cur = roots;
  for (const p of path) {
    const next: Json[] = [];
    for (const c of cur) {
      if (c === null || typeof c !== 'object' || Array.isArray(c)) continue;
      const v = (c as Record<string, Json>)[p];
      if (Array.isArray(v)) next.push(...v);
      else if (v !== undefined && v !== null) next.push(v);
    }
    cur = next;
  }
  return cur;
}

/** Attribute paths split once (a stack check reads the same few hundred paths for every resource). */
const PATHS = new Map<string, readonly string[]>();

function split(attribute: string): readonly string[] {
  let path = PATHS.get(attribute);
  if (!path) PATHS.set(attribute, (path = attribute.split('.')));
  return path;
}

/** The path of an attribute's parent block (`a.b.c` -> `a.b`), split. */
function parentOf(attribute: string): readonly string[] {
  const i = attribute.lastIndexOf('.');
  return i < 0 ? [] : split(attribute.slice(0, i));
}

/** A rule's pattern, compiled once. */
const PATTERNS = new Map<string, RegExp>();

function patternOf(source: string | undefined): RegExp {
  const key = `^(?:${source})$`;
  let re = PATTERNS.get(key);
  if (!re) PATTERNS.set(key, (re = new RegExp(key)));
  return re;
}

/** The value of `name` in a block element (undefined when the element is not an object). */
function field(el: Json, name: string): Json {
  return el !== null && typeof el === 'object' && !Array.isArray(el) ? (el as Record<string, Json>)[name] : undefined;
}

/** A one-line statement of the rule, with its source. */
export function describeRule(r: ProviderRule): string {
  const what = ((): string => {
    switch (r.kind) {
      case ProviderRuleKind.ENUM: return `must be one of ${(r.values ?? []).map((v) => JSON.stringify(v)).join(', ')}${r.ignoreCase ? ' (any case)' : ''}`;
      case ProviderRuleKind.RANGE: return `must be ${r.min !== undefined && r.max !== undefined ? `between ${r.min} and ${r.max}` : r.min !== undefined ? `at least ${r.min}` : `at most ${r.max}`}${r.eachElement ? ' (each element)' : ''}`;
      case ProviderRuleKind.REGEX: return `must match /^${r.pattern}$/`;
      case ProviderRuleKind.LENGTH: return `must be ${r.min ?? 0} to ${r.max ?? '∞'} characters long`;
      case ProviderRuleKind.ITEMS: return `must have ${r.min ?? 0} to ${r.max ?? '∞'} items`;
      case ProviderRuleKind.CONFLICTS_WITH: return `conflicts with ${(r.with ?? []).join(', ')}`;
      case ProviderRuleKind.EXACTLY_ONE_OF: return `exactly one of ${(r.with ?? []).join(', ')} must be set`;
      case ProviderRuleKind.AT_LEAST_ONE_OF: return `at least one of ${(r.with ?? []).join(', ')} must be set`;
      case ProviderRuleKind.REQUIRED_WITH: return `requires ${(r.with ?? []).join(', ')}`;
      case ProviderRuleKind.REQUIRED: return 'is required';
      case ProviderRuleKind.CIDR: return `must be a valid ${r.values?.includes('ipv4') ? 'IPv4 ' : ''}CIDR`;
      case ProviderRuleKind.IP: return `must be a valid ${r.values?.includes('ipv4') ? 'IPv4 ' : ''}address`;
    }
  })();
  const when = r.when?.length ? ` when ${r.when.map((c) => `${c.attribute} ${c.set ? 'is set' : `is ${(c.values ?? []).map((v) => JSON.stringify(v)).join(' or ')}${c.orUnset ? ' (or unset)' : ''}`}`).join(' and ')}` : '';
  return `${r.resource}.${r.attribute} ${what}${when} (${r.enforcedBy === 'provider' ? 'checked by the provider' : 'checked by the API at apply'}: ${r.source})`;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function isIp(v: string, v4only: boolean): boolean {
  if (IPV4.test(v)) return true;
  return !v4only && /^[0-9a-fA-F:]+$/.test(v) && v.includes(':');
}

/** True when one scalar `v` passes the value rule `r` (tokens always pass: they are known only at apply). */
export function valuePasses(r: ProviderRule, v: Json): boolean {
  if (isToken(v) || v === undefined || v === null) return true;
  if (Array.isArray(v)) return r.kind === ProviderRuleKind.ITEMS ? countPasses(r, v.length) : v.every((x) => valuePasses(r, x));
  return scalarTest(r)(v);
}

/** Each rule's scalar test, built once (a stack check asks the same few hundred rules of every resource). */
const SCALAR_TESTS = new WeakMap<ProviderRule, (v: Json) => boolean>();

function scalarTest(r: ProviderRule): (v: Json) => boolean {
  let t = SCALAR_TESTS.get(r);
  if (!t) SCALAR_TESTS.set(r, (t = buildScalarTest(r)));
  return t;
}

function buildScalarTest(r: ProviderRule): (v: Json) => boolean {
  switch (r.kind) {
    case ProviderRuleKind.ENUM: {
      const vals = r.values ?? [];
      if (r.ignoreCase) {
        const lower = new Set(vals.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase()));
        return (v) => (typeof v === 'string' ? lower.has(v.toLowerCase()) : enumHas(vals, v));
      }
      return (v) => enumHas(vals, v);
    }
    case ProviderRuleKind.RANGE:
      return (v) => {
        const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : NaN;
        if (Number.isNaN(n)) return false;
        return (r.min === undefined || n >= r.min) && (r.max === undefined || n <= r.max);
      };
    case ProviderRuleKind.REGEX: {
      const re = patternOf(r.pattern);
      return (v) => (typeof v === 'string' || typeof v === 'number') && re.test(String(v));
    }
    case ProviderRuleKind.LENGTH:
      return (v) => typeof v === 'string' && (r.min === undefined || v.length >= r.min) && (r.max === undefined || v.length <= r.max);
    case ProviderRuleKind.CIDR: {
      const v4only = !!r.values?.includes('ipv4');
      return (v) => {
        if (typeof v !== 'string') return false;
        const [ip, len, ...rest] = v.split('/');
        if (rest.length || len === undefined || !/^\d+$/.test(len)) return false;
        const v4 = IPV4.test(ip);
        return isIp(ip, v4only) && Number(len) <= (v4 ? 32 : 128);
      };
    }
    case ProviderRuleKind.IP: {
      const v4only = !!r.values?.includes('ipv4');
      return (v) => typeof v === 'string' && isIp(v, v4only);
    }
    default: return () => true;
  }
}

/** An enum value matches as it is, or as the string of a listed number (and the other way round). */
function enumHas(vals: readonly Json[], v: Json): boolean {
  return vals.some((x) => x === v || (typeof x === 'number' && typeof v === 'string' && String(x) === v) || (typeof x === 'string' && typeof v === 'number' && x === String(v)));
}

function countPasses(r: ProviderRule, n: number): boolean {
  return (r.min === undefined || n >= r.min) && (r.max === undefined || n <= r.max);
}

/** True when condition `c` holds on a resource body (its attribute read from the resource's root). */
function holds(c: ProviderRuleCondition, body: Json): boolean {
  const path = split(c.attribute);
  const found = elementsAt([body], parentOf(c.attribute)).map((e) => field(e, path[path.length - 1])).filter(isSet);
  if (c.set) return found.length > 0;
  if (!found.length) return c.orUnset === true;
  const same = (x: unknown, y: unknown): boolean => (c.ignoreCase && typeof x === 'string' && typeof y === 'string' ? x.toLowerCase() === y.toLowerCase() : x === y);
  return found.some((v) => !isToken(v) && (c.values ?? []).some((x) => same(x, v)));
}

/** A rule's attribute path, split once: its parent block's path and its leaf name. */
interface RulePath {
  readonly path: readonly string[];
  readonly parent: readonly string[];
  readonly parentKey: string;
  readonly leaf: string;
}

const RULE_PATHS = new Map<string, RulePath>();

function rulePath(attribute: string): RulePath {
  let rp = RULE_PATHS.get(attribute);
  if (!rp) {
    const path = split(attribute);
    const parent = parentOf(attribute);
    RULE_PATHS.set(attribute, (rp = { path, parent, parentKey: parent.join('.'), leaf: path[path.length - 1] }));
  }
  return rp;
}

const NONE: string[] = [];

/** The findings of rule `r` on one resource body. */
function checkRule(r: ProviderRule, body: Json): string[] {
  if (r.when && !r.when.every((c) => holds(c, body))) return NONE;
  const { path, parent, parentKey } = rulePath(r.attribute);
  const leaf = path[path.length - 1];
  // a top-level attribute (most rules) is read from the body itself
  const elements = parent.length === 0 ? [body] : elementsAt([body], parent);
  let out = NONE;
  for (const el of elements) {
    const v = field(el, leaf);
    const others = (): Json[] => (r.with ?? []).map((w) => {
      const wp = rulePath(w);
      // `with` paths are absolute; within the same parent block, read them from this element.
      const sameParent = wp.path.length === path.length && wp.parentKey === parentKey;
      return sameParent ? field(el, wp.leaf) : elementsAt([body], wp.parent).map((e) => field(e, wp.leaf)).find(isSet);
    });
    const finding = findingOf(r, v, others);
    if (finding === undefined) continue;
    if (out === NONE) out = [];
    out.push(...finding);
  }
  return out;
}

/** What rule `r` finds on the value `v` of one block element (`others`: the values of its `with` attributes). */
function findingOf(r: ProviderRule, v: Json, others: () => Json[]): string[] | undefined {
  const out: string[] = [];
  switch (r.kind) {
    case ProviderRuleKind.CONFLICTS_WITH:
      if (isSet(v)) (r.with ?? []).forEach((w, i) => { if (isSet(others()[i])) out.push(`${r.attribute} and ${w} are both set: ${describeRule(r)}`); });
      break;
    case ProviderRuleKind.EXACTLY_ONE_OF: {
      const n = others().filter(isSet).length;
      if (n !== 1) out.push(`${n} of ${(r.with ?? []).join(', ')} are set: ${describeRule(r)}`);
      break;
    }
    case ProviderRuleKind.AT_LEAST_ONE_OF:
      if (!others().some(isSet)) out.push(`none of ${(r.with ?? []).join(', ')} is set: ${describeRule(r)}`);
      break;
    case ProviderRuleKind.REQUIRED_WITH:
      if (isSet(v)) (r.with ?? []).forEach((w, i) => { if (!isSet(others()[i])) out.push(`${r.attribute} is set without ${w}: ${describeRule(r)}`); });
      break;
    case ProviderRuleKind.REQUIRED:
      // Terraform checks presence: an empty list is present
      if (v === undefined || v === null) return [`${r.attribute} is missing: ${describeRule(r)}`];
      return undefined;
    case ProviderRuleKind.ITEMS: {
      if (v === undefined || v === null || isToken(v)) return undefined;
      const n = Array.isArray(v) ? v.length : 1;
      return countPasses(r, n) ? undefined : [`${r.attribute} has ${n} items: ${describeRule(r)}`];
    }
    default:
      return valuePasses(r, v) ? undefined : [`${r.attribute} = ${JSON.stringify(v)}: ${describeRule(r)}`];
  }
  return out.length > 0 ? out : undefined;
}

/** The kinds that find something on an absent attribute (the others judge only a value that is there). */
const FINDS_ABSENCE = new Set([ProviderRuleKind.REQUIRED, ProviderRuleKind.EXACTLY_ONE_OF, ProviderRuleKind.AT_LEAST_ONE_OF]);

/** A resource type's rules, each with the top-level key its attribute lives under. */
interface RuleToCheck {
  readonly rule: ProviderRule;
  /** The top-level key of its attribute. */
  readonly first: string;
  /** It finds nothing while that key is absent. */
  readonly onlyWhenSet: boolean;
  /** A value rule (enum, range, pattern, length, CIDR, IP) on a top-level attribute, without conditions. */
  readonly topLevelValue: boolean;
}

const TO_CHECK = new Map<string, readonly RuleToCheck[]>();

function rulesToCheck(resource: string): readonly RuleToCheck[] {
  let list = TO_CHECK.get(resource);
  if (!list) {
    // a nested attribute has no block element to judge while its top-level block is absent, whatever its kind
    list = (BY_RESOURCE.get(resource) ?? []).map((rule) => {
      const path = split(rule.attribute);
      const onlyWhenSet = path.length > 1 || !FINDS_ABSENCE.has(rule.kind);
      return { rule, first: path[0], onlyWhenSet, topLevelValue: path.length === 1 && !rule.when?.length && VALUE_KINDS.has(rule.kind) };
    });
    TO_CHECK.set(resource, list);
  }
  return list;
}

/** The pinned providers' rules (azurerm 4.55, aws 6.25, google 6.50, oracle/oci 8.28, random 3). */
export class ProviderRules {
  /** Every rule of the table. */
  public static all(): ProviderRule[] {
    return [...ALL];
  }

  /** The rules of one attribute (`resource` may be `data.<type>` for a data source). */
  public static of(resource: string, attribute: string): ProviderRule[] {
    guard.string(resource, 'resource');
    guard.string(attribute, 'attribute');
    return BY_KEY.get(`${resource} ${attribute}`) ?? [];
  }

  /** The resource and data source types the table covers. */
  public static resourceTypes(): string[] {
    return [...BY_RESOURCE.keys()].sort();
  }

  /**
   * Every rule a synthesized stack (`cdk.tf.json` as an object) breaks, as `type.name: finding` lines. Values
   * that are Terraform expressions pass: they are known only at apply.
   */
  public static check(stack: Json): string[] {
    const findings: string[] = [];
    for (const [kind, prefix] of [['resource', ''], ['data', 'data.']] as const) {
      const blocks = field(stack, kind);
      if (!blocks || typeof blocks !== 'object') continue;
      for (const [type, byName] of Object.entries(blocks as Record<string, Record<string, Json>>)) {
        const rules = rulesToCheck(`${prefix}${type}`);
        if (!byName || typeof byName !== 'object') continue;
        for (const [name, body] of Object.entries(byName)) {
          for (const { rule, first, onlyWhenSet, topLevelValue } of rules) {
            const top = field(body, first);
            // a rule that finds nothing while its attribute's top-level block or value is absent is not evaluated
            if (onlyWhenSet && (top === undefined || top === null)) continue;
            // a value rule on a top-level attribute, unconditional: what checkRule would do, read directly
            if (topLevelValue) {
              if (!valuePasses(rule, top)) findings.push(`${prefix}${type}.${name}: ${rule.attribute} = ${JSON.stringify(top)}: ${describeRule(rule)}`);
              continue;
            }
            for (const f of checkRule(rule, body)) findings.push(`${prefix}${type}.${name}: ${f}`);
          }
        }
      }
    }
    return findings;
  }

  /**
   * Validate one value a user chose against the rules of `resource.attribute`: throws the library's
   * `ValidationError` naming `property` when a value rule refuses it (tokens pass).
   *
   * @param fix what to do instead (the rule's note, e.g. the provider version that lifts a limit, is appended)
   */
  public static enforce(resource: string, attribute: string, value: unknown, property: string, fix: string): void {
    guard.string(property, 'property');
    guard.string(fix, 'fix');
    for (const r of ProviderRules.of(resource, attribute)) {
      if (!VALUE_KINDS.has(r.kind) || r.when) continue;
      if (!valuePasses(r, value)) fail(property, value, describeRule(r), r.note ? `${fix} (${r.note})` : fix);
    }
  }
}

const VALUE_KINDS = new Set([ProviderRuleKind.ENUM, ProviderRuleKind.RANGE, ProviderRuleKind.REGEX, ProviderRuleKind.LENGTH, ProviderRuleKind.CIDR, ProviderRuleKind.IP]);
