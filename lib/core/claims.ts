// Claims of the shared, app-wide resources of a link: BGP peering subnets and VLANs. Every link and pattern claims
// through these two functions, so that "the user's value, validated and reserved, or an allocation" is written once.
import { IConstruct } from 'constructs';
import { Cidr } from '../plan/addressing/cidr';
import { CidrSet } from '../plan/addressing/cidr-set';
import { fail } from '../plan/errors';
import { PeeringAllocation, PeeringKind } from '../plan/addressing/peering';
import { AppContext, checked, isUnresolved } from './context';

/** What a construct claims: one BGP peering subnet. */
export interface PeeringClaim {
  /** The allocation key: a stable name, usually `<construct path>/<session>`. It decides the allocated subnet. */
  readonly key: string;
  /** The subnet the user gave, if any. */
  readonly explicit?: string;
  /** The kinds of every cloud in the session (their rules all apply). */
  readonly kinds: PeeringKind[];
  /** The user's property that holds `explicit`, as the user spells it (see `propName`). */
  readonly property: string;
  /** The session, for the allocator's errors, e.g. `the aws session of app/L2`. */
  readonly what: string;
  /** A user-given range to draw from. @default - the kinds' own windows */
  readonly block?: string[];
  /** The user's property that holds `block`: when set, each block is checked against `avoid` and named in errors. */
  readonly blockProperty?: string;
  /** Fail when there is neither `explicit` nor `block` (no default window fits the session). @default false */
  readonly requireBlock?: boolean;
  /** Network ranges the subnet must not overlap (hubs, on-premises). @default - none */
  readonly avoid?: string[];
  /** Why the subnet must not overlap `avoid`, for the error. @default - BGP peering subnets must not overlap any network */
  readonly avoidRule?: string;
  /** The fix when an explicit subnet overlaps `avoid`. @default 'choose a subnet outside every network range' */
  readonly avoidFix?: string;
  /** Refuse an explicit value known only at apply time (otherwise it is ignored and a subnet allocated). @default false */
  readonly explicitMustBeKnown?: boolean;
}

/**
 * Claim one BGP peering subnet for `scope`: the explicit value, validated against `avoid` and the kinds' rules and
 * reserved in the app's allocator, or else a request to the allocator (settled at synth in key order). Errors name
 * `claim.property` and carry the construct path of `scope`.
 */
export function claimPeering(scope: IConstruct, claim: PeeringClaim): PeeringAllocation {
  return checked(scope, () => {
    const allocator = AppContext.of(scope).allocator;
    const avoid = claim.avoid ?? [];
    let parsed: CidrSet | undefined;
    const avoidHit = (c: Cidr) => avoid[(parsed ??= new CidrSet(avoid.map((a) => Cidr.parseLoose(a)))).firstOverlappingIndex(c) ?? -1];
    const explicit = claim.explicit;
    if (explicit !== undefined && isUnresolved(explicit) && claim.explicitMustBeKnown) {
      fail(claim.property, explicit, 'the subnet must be known at synth: both ends\' BGP addresses are derived from it', 'give the subnet as a literal, or leave it out to allocate one');
    }
    if (explicit !== undefined && !isUnresolved(explicit)) {
      if (avoid.length > 0) {
        const c = Cidr.parseLoose(explicit, claim.property);
        const hit = avoidHit(c);
        if (hit) {
          fail(claim.property, explicit, `the peering subnet overlaps the network range ${hit}; ${claim.avoidRule ?? 'BGP peering subnets must not overlap any VNet, VPC, VCN or on-premises network'}`,
            claim.avoidFix ?? 'choose a subnet outside every network range');
        }
      }
      return allocator.reserve(claim.key, explicit, claim.kinds, claim.property);
    }
    if (claim.block === undefined && claim.requireBlock) {
      fail(claim.property, undefined, `${claim.what} needs a BGP subnet: give it explicitly or give a peeringRange to draw it from`, `set peeringRange (e.g. ["192.168.254.0/24"]) or ${claim.property}`);
    }
    if (claim.blockProperty !== undefined && claim.block !== undefined && !isUnresolved(claim.block)) {
      claim.block.forEach((r, j) => {
        const block = Cidr.parse(r, `${claim.blockProperty}[${j}]`);
        const hit = avoidHit(block);
        if (hit) fail(`${claim.blockProperty}[${j}]`, r, `the peering range overlaps the network range ${hit}`, 'use a private range that no VNet, VCN or on-premises network uses');
      });
    }
    return allocator.request(claim.key, claim.kinds, { block: claim.block, avoid: claim.avoid, what: claim.what });
  });
}

/** What a construct claims: one VLAN in a VLAN domain (a circuit, a port pair, a Direct Connect connection). */
export interface VlanClaim {
  /** The domain the VLAN must be unique in, e.g. `aws-dx:<connection id>`. */
  readonly domain: string;
  /** The VLAN; a value known only at apply time is not claimed. */
  readonly vlan: number;
  /** Who uses it (a construct path, for the error of a second claimant). */
  readonly owner: string;
  /** The user's property that holds it. */
  readonly property: string;
}

/** Claim one VLAN for `scope` in the app's VLAN registry; a VLAN known only at apply time is skipped. */
export function claimVlan(scope: IConstruct, claim: VlanClaim): void {
  if (isUnresolved(claim.vlan)) return;
  checked(scope, () => AppContext.of(scope).vlans.claim(claim.domain, claim.vlan, claim.owner, claim.property));
}
