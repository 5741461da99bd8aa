import { lookup } from '../guards';
import { ValidationError } from '../errors';
import { CAPABILITIES, IpsecCapabilities, KIND_ORDER } from './capabilities';
import { IpsecEndpoint } from './proposal';
import { WEAK } from './preferences';
import { IkeVersion, versionsLabel } from './vocabulary';

/**
 * The resolver's building blocks: an endpoint's effective capabilities, the canonical order of the two ends, override
 * checks, picking from a preference list, lifetimes and weak-value warnings (internal to the `ipsec` folder; not
 * re-exported by its index).
 *
 * Pure TypeScript: no cdktf, constructs or provider imports.
 */

/** An endpoint with its effective capabilities (IKE versions narrowed). */
export interface Effective {
  readonly endpoint: IpsecEndpoint;
  readonly caps: IpsecCapabilities;
  readonly versions: IkeVersion[];
}

export type ListKey = 'ikeVersion' | 'ikeEncryption' | 'ikeIntegrity' | 'dhGroup' | 'ipsecEncryption' | 'ipsecIntegrity' | 'pfsGroup';

export function accepted(e: Effective, key: ListKey): string[] {
  switch (key) {
    case 'ikeVersion': return e.versions;
    case 'ikeEncryption': return e.caps.ikeEncryption;
    case 'ikeIntegrity': return e.caps.ikeIntegrity;
    case 'dhGroup': return e.caps.dhGroups;
    case 'ipsecEncryption': return e.caps.ipsecEncryption;
    case 'ipsecIntegrity': return e.caps.ipsecIntegrity;
    case 'pfsGroup': return e.caps.pfsGroups;
  }
}

export function describe(e: Effective): string {
  const all = e.caps.ikeVersions;
  const narrowed = e.versions.length < all.length ? ` (${versionsLabel(e.versions)} only)` : '';
  return `${article(e.caps.displayName)} ${e.caps.displayName}${narrowed}`;
}

function article(word: string): string {
  return /^[AEIOU]/i.test(word) ? 'an' : 'a';
}

export function effective(endpoint: IpsecEndpoint, property: string): Effective {
  const caps = lookup(CAPABILITIES, endpoint.kind);
  if (!caps) {
    throw new ValidationError({
      property: `${property}.kind`,
      value: endpoint.kind,
      rule: `unknown VPN endpoint kind`,
      fix: `use one of ${KIND_ORDER.join(', ')}`,
    });
  }
  let versions = caps.ikeVersions;
  if (endpoint.ikeVersions !== undefined) {
    for (const v of endpoint.ikeVersions) {
      if (!caps.ikeVersions.includes(v)) {
        throw new ValidationError({
          property: `${property}.ikeVersions`,
          value: endpoint.ikeVersions,
          rule: `${caps.displayName} does not speak ${v} (it speaks ${caps.ikeVersions.join(', ')})`,
          fix: `narrow \`ikeVersions\` to a subset of ${caps.ikeVersions.join(', ')}`,
        });
      }
    }
    if (endpoint.ikeVersions.length === 0) {
      throw new ValidationError({
        property: `${property}.ikeVersions`,
        value: endpoint.ikeVersions,
        rule: 'an endpoint must offer at least one IKE version',
        fix: `leave \`ikeVersions\` out or list some of ${caps.ikeVersions.join(', ')}`,
      });
    }
    versions = caps.ikeVersions.filter((v) => endpoint.ikeVersions!.includes(v));
  }
  return { endpoint, caps, versions };
}

/** Canonical order so that resolve(a, b) and resolve(b, a) give identical results, warnings included. */
export function canonical(a: Effective, b: Effective): [Effective, Effective] {
  const ka = KIND_ORDER.indexOf(a.endpoint.kind);
  const kb = KIND_ORDER.indexOf(b.endpoint.kind);
  if (ka !== kb) return ka < kb ? [a, b] : [b, a];
  const va = a.versions.join(',') + String(a.endpoint.customPolicy ?? true);
  const vb = b.versions.join(',') + String(b.endpoint.customPolicy ?? true);
  return va <= vb ? [a, b] : [b, a];
}

export function checkOverride(ends: Effective[], key: ListKey, value: string | undefined): void {
  if (value === undefined) return;
  for (const e of ends) {
    const ok = accepted(e, key);
    if (!ok.includes(value)) {
      const both = intersect(ends.map((x) => accepted(x, key)));
      const fix = both.length > 0
        ? `choose a value both ends accept: ${both.join(', ')}`
        : `no value of \`${key}\` is accepted by both ends; leave it out`;
      throw new ValidationError({
        property: key,
        value,
        rule: `${describe(e)} does not accept it (it accepts ${ok.join(', ')})`,
        fix,
      });
    }
  }
}

export function intersect(lists: string[][]): string[] {
  if (lists.length === 0) return [];
  return lists[0].filter((x) => lists.every((l) => l.includes(x)));
}

export function pick<T extends string>(ends: Effective[], key: ListKey, prefs: T[], extra: (x: T) => boolean, what: string): T {
  for (const p of prefs) {
    if (extra(p) && ends.every((e) => accepted(e, key).includes(p))) return p;
  }
  const both = intersect(ends.map((x) => accepted(x, key)));
  throw new ValidationError({
    property: key,
    value: undefined,
    rule: `${describe(ends[0])} and ${describe(ends[1])} share no strong ${what} (shared: ${both.join(', ') || 'none'})`,
    fix: both.length > 0 ? `set \`${key}\` in the overrides to one of ${both.join(', ')} if you accept a weak choice` : 'use another endpoint',
  });
}

export function lifetime(ends: Effective[], which: 'ike' | 'ipsec', override: number | undefined, preferred: number, warnings: string[]): number {
  const property = which === 'ike' ? 'ikeLifetimeSeconds' : 'ipsecLifetimeSeconds';
  const label = which === 'ike' ? 'IKE SA' : 'IPsec SA';
  const range = (e: Effective): [boolean, number, number] => which === 'ike'
    ? [e.caps.ikeLifetimeConfigurable, e.caps.ikeLifetimeMinSeconds, e.caps.ikeLifetimeMaxSeconds]
    : [e.caps.ipsecLifetimeConfigurable, e.caps.ipsecLifetimeMinSeconds, e.caps.ipsecLifetimeMaxSeconds];
  const configurable = ends.filter((e) => range(e)[0]);
  const lo = Math.max(...configurable.map((e) => range(e)[1]), 1);
  const hi = Math.min(...configurable.map((e) => range(e)[2]), Number.MAX_SAFE_INTEGER);
  if (override !== undefined) {
    if (!Number.isInteger(override) || override <= 0) {
      throw new ValidationError({ property, value: override, rule: 'a lifetime is a positive whole number of seconds', fix: `use e.g. ${preferred}` });
    }
    for (const e of configurable) {
      const [, min, max] = range(e);
      if (override < min || override > max) {
        throw new ValidationError({
          property,
          value: override,
          rule: `${describe(e)} accepts an ${label} lifetime of ${min}-${max} s`,
          fix: lo <= hi ? `choose ${lo}-${hi} s` : `leave \`${property}\` out`,
        });
      }
    }
    for (const e of ends.filter((x) => !range(x)[0])) {
      const fixed = range(e)[1];
      if (fixed !== override) {
        warnings.push(`\`${property}\` ${override}: the ${e.caps.displayName} ${label} lifetime is fixed at ${fixed} s and cannot be set; lifetimes are local, so each side rekeys on its own timer.`);
      }
    }
    return override;
  }
  if (lo > hi) {
    throw new ValidationError({
      property,
      value: undefined,
      rule: `${describe(ends[0])} and ${describe(ends[1])} share no ${label} lifetime`,
      fix: 'use another endpoint',
    });
  }
  return Math.min(Math.max(preferred, lo), hi);
}

export function warnWeak(key: string, value: string, warnings: string[]): void {
  const why = lookup(WEAK, `${key}:${value}`);
  if (why) warnings.push(`\`${key}\` ${value} is weak (${why}); it is used only because the overrides ask for it. Fix: leave \`${key}\` out of the overrides (the strongest value both ends accept is then chosen), or set a strong one.`);
}
