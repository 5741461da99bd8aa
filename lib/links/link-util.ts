// Internal helpers of the link building blocks (not exported from the package).
import type { Password } from '@cdktf/provider-random/lib/password';
import { TerraformOutput, TerraformProvider, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { AppContext, checked, isUnresolved } from '../core/context';
import { claimPeering } from '../core/claims';
import { fail } from '../plan/errors';
import { PeeringAllocation, PeeringKind } from '../plan/addressing/peering';
import { providerModule } from '../core/providers-load';

/**
 * The name of a link property as the pattern that uses the link spells it: `vlan` with prefix `aws` is `awsVlan`,
 * so that an error names the property the user actually set.
 */
export function propName(prefix: string | undefined, name: string): string {
  return prefix ? `${prefix}${name.charAt(0).toUpperCase()}${name.slice(1)}` : name;
}

/**
 * Throws unless `key` is a token (a sensitive variable or a generated password): a BGP MD5 key written as a
 * literal ends up in the code, the plan and the state in clear text. The literal is never echoed.
 */
export function requireSecretToken(key: string | undefined, property: string): void {
  if (key !== undefined && !isUnresolved(key)) {
    fail(property, '(a literal string, not shown)', 'a BGP MD5 key must not be a plain string: it would sit in the code and the plan in clear text (CONTRIBUTING.md, secrets)', 'pass the stringValue of a TerraformVariable declared with sensitive: true, or leave it out to generate one (random_password)');
  }
}

/**
 * Throws unless the variable that holds a secret (a BGP MD5 key, a pre-shared key) is sensitive and has no
 * default: a default is the secret itself, written into cdk.tf.json and version control. The value is never echoed.
 */
export function requireSecretVariable(v: TerraformVariable, property: string): void {
  if (v.sensitive !== true) {
    fail(property, `var.${v.friendlyUniqueId}`, 'the variable holding the key is not sensitive, so Terraform would print the key in plans and logs', 'declare the TerraformVariable with sensitive: true');
  }
  if (v.default !== undefined) {
    fail(property, `var.${v.friendlyUniqueId}`, 'the variable holding the key has a default, which is the key itself written into cdk.tf.json (and version control)', 'remove the default and supply the value at apply time (TF_VAR_<name>, a tfvars file outside version control, or your CI secret store)');
  }
}

/**
 * A generated BGP MD5 key: 24 letters and digits. 24 fits every cloud's limit (the ExpressRoute peering
 * `shared_key` is the shortest at 25 characters; Direct Connect takes 6-80, Google up to 80) and avoids characters
 * that router CLIs treat specially.
 */
export function generateMd5Key(scope: Construct, provider?: TerraformProvider): Password {
  const { Password } = providerModule(scope, 'random/password');
  return new Password(scope, 'Md5Key', { length: 24, special: false, provider });
}

/** A sensitive output carrying a BGP MD5 key, for the engineer configuring the customer router. */
export function md5KeyOutput(scope: Construct, key: string, description: string): TerraformOutput {
  return new TerraformOutput(scope, 'Md5KeyOutput', { value: key, sensitive: true, description });
}

/** The address ranges of every hub created so far in the app (what a peering subnet must not overlap by default). */
export function hubRanges(scope: Construct): string[] {
  return [...new Set(AppContext.of(scope).model.hubs.flatMap((h) => [...h.ranges, ...(h.advertised ?? [])]))];
}

/** What a VPN link claims: the inside /30 of each of its tunnels. */
export interface TunnelClaim {
  /** How many tunnels. */
  readonly count: number;
  /** The kinds of both ends (the peer cloud's and Azure's APIPA window). */
  readonly kinds: PeeringKind[];
  /** The /30s the user gave, if any (each must be known at synth). */
  readonly explicit?: string[];
  /** The user's property that holds them, as the user spells it, e.g. `awsTunnelInsideCidrs`. */
  readonly property: string;
  /** The allocation keys are `<keyPrefix>/tunnel<i>`. */
  readonly keyPrefix: string;
  /** The tunnels, for the rule and the allocator's errors, e.g. `two VPN connections of two tunnels each`. */
  readonly what: string;
  /** The peer cloud's short name, e.g. `AWS`. */
  readonly cloud: string;
}

/** Claim the inside /30 of every tunnel of a VPN link: the user's (exactly `count`, validated and reserved) or allocated. */
export function claimTunnelCidrs(scope: Construct, claim: TunnelClaim): PeeringAllocation[] {
  const list = claim.explicit;
  if (list !== undefined && !isUnresolved(list) && list.length !== claim.count) {
    checked(scope, () => fail(claim.property, list, `${claim.what} need exactly ${claim.count} inside /30s`, `give ${claim.count} /30s in Azure's APIPA window 169.254.21.0-169.254.22.255, or leave ${claim.property} out`));
  }
  return Array.from({ length: claim.count }, (_, i) => claimPeering(scope, {
    key: `${claim.keyPrefix}/tunnel${i}`,
    explicit: list?.[i],
    kinds: claim.kinds,
    property: `${claim.property}[${i}]`,
    explicitMustBeKnown: true,
    what: `the ${claim.cloud} VPN tunnel ${i} of ${claim.keyPrefix}`,
  }));
}
