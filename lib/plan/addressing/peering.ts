import { Cidr } from './cidr';
import { CidrSet, lastAtOrBefore } from './cidr-set';
import { fail } from '../errors';
import { guard, lookup } from '../guards';

/**
 * The addressing rules of each kind of BGP peering subnet, and an allocator that hands out peering subnets
 * obeying every rule of every cloud in a session.
 */

/** A kind of BGP peering subnet, each with its cloud's rules. */
export enum PeeringKind {
  /** An Azure VPN gateway custom APIPA BGP address: only 169.254.21.0-169.254.22.255 (https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-howto-aws-bgp). */
  AZURE_APIPA = 'Azure APIPA',
  /** An AWS VPN tunnel inside CIDR: a /30 in 169.254.0.0/16 minus AWS's reserved /30s (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_VpnTunnelOptionsSpecification.html). */
  AWS_TUNNEL = 'AWS tunnel inside CIDR',
  /** A Google Cloud Router BGP session over HA VPN: a link-local /30, unique per router (https://cloud.google.com/network-connectivity/docs/vpn/how-to/creating-ha-vpn). */
  GCP_LINK_LOCAL = 'Google link-local',
  /** A Google Dedicated Interconnect candidate subnet: a link-local /29 (google_compute_interconnect_attachment `candidate_subnets`). */
  GCP_CANDIDATE = 'Google candidate subnet',
  /** An OCI IPSec inside-tunnel subnet: a /30 or /31 (https://docs.oracle.com/en-us/iaas/api/#/en/iaas/20160918/datatypes/CreateIPSecTunnelBgpSessionDetails). */
  OCI_IPSEC = 'OCI IPSec inside tunnel',
  /** An OCI FastConnect BGP subnet: /28 to /31 (`CrossConnectMappingDetails`). */
  OCI_FASTCONNECT = 'OCI FastConnect',
  /** An ExpressRoute private-peering /30: customer the first usable address, Microsoft the second (https://learn.microsoft.com/azure/expressroute/expressroute-routing). */
  EXPRESSROUTE = 'ExpressRoute peering',
  /** An AWS Direct Connect VIF peering subnet (/30 or /31). */
  AWS_DX = 'AWS Direct Connect VIF',
}

/** What a peering subnet must satisfy. */
interface Rule {
  /** Containers the subnet must lie in; undefined = anywhere. */
  readonly within?: string[];
  /** Blocks the subnet may not overlap. */
  readonly excluded: string[];
  /** Allowed prefix lengths. */
  readonly lengths: number[];
  /** The rule in words, with its source. */
  readonly text: string;
}

/** AWS's reserved tunnel inside CIDRs. Source: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_VpnTunnelOptionsSpecification.html (TunnelInsideCidr). */
export const AWS_RESERVED_TUNNEL_CIDRS = [
  '169.254.0.0/30', '169.254.1.0/30', '169.254.2.0/30', '169.254.3.0/30', '169.254.4.0/30', '169.254.5.0/30', '169.254.169.252/30',
];

/** Azure's custom APIPA window. Source: learn.microsoft.com/azure/vpn-gateway/vpn-gateway-howto-aws-bgp. */
export const AZURE_APIPA_WINDOW = ['169.254.21.0/24', '169.254.22.0/24'];

const RULES: Record<PeeringKind, Rule> = {
  [PeeringKind.AZURE_APIPA]: { within: AZURE_APIPA_WINDOW, excluded: [], lengths: [30], text: 'Azure VPN gateways accept custom APIPA BGP addresses only in 169.254.21.0-169.254.22.255' },
  [PeeringKind.AWS_TUNNEL]: { within: ['169.254.0.0/16'], excluded: AWS_RESERVED_TUNNEL_CIDRS, lengths: [30], text: `an AWS tunnel inside CIDR is a /30 in 169.254.0.0/16 other than the reserved ${AWS_RESERVED_TUNNEL_CIDRS.join(', ')}` },
  [PeeringKind.GCP_LINK_LOCAL]: { within: ['169.254.0.0/16'], excluded: [], lengths: [30], text: 'a Cloud Router BGP session over HA VPN uses a /30 in 169.254.0.0/16' },
  [PeeringKind.GCP_CANDIDATE]: { within: ['169.254.0.0/16'], excluded: [], lengths: [29], text: 'a Dedicated Interconnect candidate subnet is a /29 in 169.254.0.0/16' },
  [PeeringKind.OCI_IPSEC]: { excluded: [], lengths: [30, 31], text: 'OCI IPSec inside-tunnel addresses are a /30 or /31' },
  [PeeringKind.OCI_FASTCONNECT]: { excluded: [], lengths: [28, 29, 30, 31], text: 'OCI FastConnect BGP addresses are a /28 to /31' },
  [PeeringKind.EXPRESSROUTE]: { excluded: [], lengths: [30], text: 'ExpressRoute private peering uses two /30 subnets' },
  [PeeringKind.AWS_DX]: { excluded: [], lengths: [30, 31], text: 'a Direct Connect VIF uses a /30 or /31 for its BGP peers' },
};

/** The combined rules of every cloud in a session. */
export class PeeringRules {
  /** The rules of `kinds` combined (a subnet must satisfy all of them). */
  public static of(kinds: PeeringKind[]): PeeringRules {
    guard.array(kinds, 'kinds', (k, p) => guard.enumValue(k, p, PeeringKind));
    return new PeeringRules(kinds);
  }

  private readonly rules: Rule[];

  private constructor(public readonly kinds: PeeringKind[]) {
    this.rules = kinds.map((k) => lookup(RULES, k)!);
  }

  /** The prefix lengths every rule allows. */
  public get lengths(): number[] {
    return this.rules.reduce<number[]>((acc, r) => acc.filter((l) => r.lengths.includes(l)), [28, 29, 30, 31]);
  }

  /**
   * The containers a subnet may come from: the intersection of every rule's containers and `block` (a user-given
   * range), or undefined when nothing restricts it.
   */
  public containers(block?: string[]): Cidr[] | undefined {
    guard.optional(block, 'peeringRange', guard.array);
    let acc: Cidr[] | undefined = block?.map((b, i) => ipv4(Cidr.parse(b, `peeringRange[${i}]`), `peeringRange[${i}]`, b));
    for (const r of this.rules) {
      if (!r.within) continue;
      const w = r.within.map((c) => Cidr.parse(c));
      acc = acc === undefined ? w : intersect(acc, w);
    }
    return acc;
  }

  /** Blocks no subnet may overlap. */
  public get excluded(): Cidr[] {
    return this.rules.flatMap((r) => r.excluded.map((c) => Cidr.parse(c)));
  }

  /**
   * Throw a `ValidationError` unless `text` satisfies every rule.
   *
   * @param text the subnet, e.g. `169.254.21.0/30`
   * @param property the property that holds it
   * @param block a user-given range it must also lie in
   */
  public validate(text: string, property: string, block?: string[]): Cidr {
    guard.string(property, 'property');
    const blocks = guard.optional(block, 'peeringRange', guard.array)?.map((b, i) => Cidr.parse(b as string, `peeringRange[${i}]`));
    const c = Cidr.parseLoose(text, property);
    if (c.version !== 4) fail(property, text, 'BGP peering subnets here are IPv4', 'use an IPv4 subnet');
    const lengths = this.lengths;
    for (const r of this.rules) {
      if (!r.lengths.includes(c.prefixLength)) {
        fail(property, text, `${r.text}; a /${c.prefixLength} is not allowed`, `use a /${lengths[lengths.length - 1] ?? 30}`);
      }
    }
    if (!c.aligned) fail(property, text, `the subnet is not aligned: a /${c.prefixLength} starts at ${c.networkAddress}`, `use ${c.toString()} (or another aligned block)`);
    for (const r of this.rules) {
      if (r.within && !r.within.some((w) => Cidr.parse(w).contains(c))) fail(property, text, r.text, `choose a subnet inside ${r.within.join(' or ')}`);
      const bad = r.excluded.find((e) => Cidr.parse(e).overlaps(c));
      if (bad) fail(property, text, `${r.text}; it overlaps the reserved ${bad}`, 'choose another subnet');
    }
    if (block && blocks && !new CidrSet(blocks).containsAny(c)) {
      fail(property, text, `the subnet must lie inside the peering range ${blocks.join(', ')}`, 'choose a subnet inside the peering range, or widen the range');
    }
    return c;
  }
}

/** Peering subnets here are IPv4: refuse an IPv6 range before it is split into /30s. */
function ipv4(c: Cidr, property: string, text: string): Cidr {
  if (c.version !== 4) fail(property, text, 'BGP peering subnets here are IPv4, so their range is too', 'give an IPv4 range, e.g. "192.168.255.0/24"');
  return c;
}

function intersect(a: Cidr[], b: Cidr[]): Cidr[] {
  const out: Cidr[] = [];
  for (const x of a) for (const y of b) {
    if (x.contains(y)) out.push(y);
    else if (y.contains(x)) out.push(x);
  }
  return out;
}

/** 32-bit FNV-1a: a stable hash of the allocation key. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * The subnets handed out, as disjoint intervals in address order: finding an overlap is a binary search, so
 * settling n requests costs O(n log n) lookups rather than O(n^2).
 */
class TakenSet {
  private readonly firsts: bigint[] = [];
  private readonly lasts: bigint[] = [];
  private readonly owners: string[] = [];

  /** The key of a held subnet that overlaps [first, last], if any. */
  public overlapping(first: bigint, last: bigint): string | undefined {
    const at = this.lastStartingBy(last);
    return at >= 0 && this.lasts[at] >= first ? this.owners[at] : undefined;
  }

  /** The last address of the held subnet that overlaps [first, last], if any. */
  public blockedUntil(first: bigint, last: bigint): bigint | undefined {
    const at = this.lastStartingBy(last);
    return at >= 0 && this.lasts[at] >= first ? this.lasts[at] : undefined;
  }

  private lastStartingBy(last: bigint): number {
    // the last interval that starts at or before `last`
    return lastAtOrBefore(this.firsts, last);
  }

  /** Record [first, last] for `key` (the caller has checked that it overlaps nothing). */
  public add(first: bigint, last: bigint, key: string): void {
    let lo = 0;
    let hi = this.firsts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.firsts[mid] < first) lo = mid + 1;
      else hi = mid;
    }
    const i = lo;
    this.firsts.splice(i, 0, first);
    this.lasts.splice(i, 0, last);
    this.owners.splice(i, 0, key);
  }

  public get size(): number {
    return this.firsts.length;
  }
}

interface Pending {
  readonly key: string;
  readonly rules: PeeringRules;
  readonly length: number;
  readonly containers: Cidr[];
  readonly avoid: CidrSet;
  readonly what: string;
  result?: Cidr;
}

/** Options of `PeeringAllocator.request`. */
export interface PeeringRequestOptions {
  /** The prefix length. @default - the longest every kind allows, at most /30 */
  readonly prefixLength?: number;
  /** A user-given range to draw from. @default - the kinds' own windows (e.g. Azure's APIPA window) */
  readonly block?: string[];
  /** Blocks to avoid, e.g. the hubs' address ranges. @default - none */
  readonly avoid?: string[];
  /** A description of the session for error messages. @default - the kinds */
  readonly what?: string;
}

/** One subnet the allocator handed out. */
export interface PeeringAllocationRecord {
  /** The allocation key. */
  readonly key: string;
  /** The subnet. */
  readonly cidr: string;
}

/** A peering subnet handed out by the allocator: resolved on first read (see `PeeringAllocator`). */
export class PeeringAllocation {
  /** @internal */
  constructor(private readonly allocator: PeeringAllocator, public readonly key: string, private settled?: Cidr) {}

  /** The subnet. Reading it settles every pending request of the allocator. */
  public get cidr(): Cidr {
    if (!this.settled) this.settled = this.allocator._settle(this.key);
    return this.settled;
  }

  /** The subnet as text, e.g. `169.254.21.4/30`. */
  public get text(): string {
    return this.cidr.toString();
  }

  /** The first usable address (e.g. `.5` of a /30 at `.4`). */
  public get first(): string {
    return this.cidr.firstUsable;
  }

  /** The second usable address. */
  public get second(): string {
    return this.cidr.secondUsable;
  }
}

/**
 * Hands out BGP peering subnets, one app-wide pool: no subnet is handed out twice, and every subnet obeys the
 * rules of all clouds in its session.
 *
 * Deterministic and keyed by name, not by call order: a request only records the key; the first read of any
 * allocation settles all pending requests in key order, each starting at a slot derived from a hash of its key
 * and taking the next free subnet from there. The same construct tree therefore gets the same addresses on every
 * synth, in whatever order the constructs were created, and adding a link rarely moves another link's subnet
 * (only when the new key lands on a subnet an existing key had probed past). Subnets given explicitly are
 * validated with the same rules and reserved at once.
 */
export class PeeringAllocator {
  private readonly held = new Map<string, Cidr>();
  private readonly taken = new TakenSet();
  private readonly pending = new Map<string, Pending>();
  private readonly byKey = new Map<string, PeeringAllocation>();
  private readonly properties = new Map<string, string>();
  private readonly networks: { cidr: Cidr; owner: string }[] = [];
  private networkSet?: CidrSet;

  private networkCidrs(): CidrSet {
    return (this.networkSet ??= new CidrSet(this.networks.map((n) => n.cidr)));
  }

  private networkOverlapping(c: Cidr): { cidr: Cidr; owner: string } | undefined {
    if (this.networks.length === 0 || this.networkCidrs()._blockedUntil(c._first, c._last) === undefined) return undefined;
    return this.networks.find((n) => n.cidr.overlaps(c));
  }

  /**
   * Record network ranges (a hub's VNet, VPC, VCN or subnets) that no peering subnet of the app may overlap,
   * whenever the hub is constructed: requests settled later avoid them, and a subnet already held inside one is
   * an error naming the property that gave it. So the outcome does not depend on whether a hub was constructed
   * before or after the patterns that allocate next to it.
   *
   * @param ranges the network's CIDR blocks
   * @param owner who the ranges belong to, for errors (e.g. a construct path)
   */
  public avoidNetworks(ranges: string[], owner: string): void {
    guard.array(ranges, 'ranges');
    guard.string(owner, 'owner');
    ranges.forEach((r, i) => {
      const c = Cidr.parseLoose(r, `ranges[${i}]`);
      // the first key (by name) holding a subnet inside the range, so the error is the same in any order
      const clash = this.taken.overlapping(c._first, c._last) === undefined ? undefined
        : [...this.held.entries()].filter(([, h]) => h.overlaps(c)).map(([k]) => k).sort()[0];
      if (clash !== undefined) {
        fail(this.properties.get(clash) ?? clash, this.held.get(clash)?.toString(), `the peering subnet of ${clash} overlaps the network range ${c} of ${owner}; BGP peering subnets must not overlap any VNet, VPC, VCN or on-premises network`, 'choose a subnet outside every network range, or leave it out and let the allocator pick one');
      }
      this.networks.push({ cidr: c, owner });
    });
    this.networkSet = undefined;
  }

  /**
   * Reserve a subnet the user gave.
   *
   * @param key a stable name (construct path and session)
   * @param text the subnet
   * @param kinds the kinds of every cloud in the session
   * @param property the property that holds it
   * @param block a user-given range it must lie in
   */
  public reserve(key: string, text: string, kinds: PeeringKind[], property: string, block?: string[]): PeeringAllocation {
    guard.string(key, 'key', { minLength: 1 });
    const c = PeeringRules.of(kinds).validate(text, property, block);
    const clash = this.taken.overlapping(c._first, c._last);
    if (clash !== undefined && clash !== key) {
      fail(property, text, `${c} overlaps ${this.held.get(clash)}, already used by ${clash}; a peering subnet may be used once per app`, 'choose another subnet, or leave it out and let the allocator pick one');
    }
    const network = this.networkOverlapping(c);
    if (network) {
      fail(property, text, `the peering subnet overlaps the network range ${network.cidr} of ${network.owner}; BGP peering subnets must not overlap any VNet, VPC, VCN or on-premises network`, 'choose a subnet outside every network range, or leave it out and let the allocator pick one');
    }
    this.properties.set(key, property);
    if (clash === undefined) this.hold(key, c);
    const a = new PeeringAllocation(this, key, c);
    this.byKey.set(key, a);
    return a;
  }

  /**
   * Ask for a subnet, settled on first read.
   *
   * @param key a stable name (construct path and session); asking twice with one key returns the same allocation
   * @param kinds the kinds of every cloud in the session
   * @param options the prefix length (default: the longest every kind allows, at most /30), a user-given range
   *   to draw from, and blocks to avoid (e.g. the hubs' address ranges)
   */
  public request(key: string, kinds: PeeringKind[], options: PeeringRequestOptions = {}): PeeringAllocation {
    guard.string(key, 'key', { minLength: 1 });
    guard.object(options, 'options');
    guard.optional(options.prefixLength, 'prefixLength', guard.integer);
    guard.optional(options.avoid, 'avoid', guard.array);
    guard.optional(options.what, 'what', guard.string);
    const existing = this.byKey.get(key);
    if (existing) return existing;
    const rules = PeeringRules.of(kinds);
    const lengths = rules.lengths;
    if (lengths.length === 0) {
      fail('kinds', kinds, `no prefix length satisfies ${kinds.join(' + ')}`, 'this combination of clouds cannot share a peering subnet; report it as a bug');
    }
    const length = options.prefixLength ?? (lengths.includes(30) ? 30 : lengths[lengths.length - 1]);
    if (!lengths.includes(length)) fail('prefixLength', length, `${kinds.join(' + ')} allow /${lengths.join(', /')}`, `use /${lengths[0]}`);
    const containers = rules.containers(options.block);
    if (!containers || containers.length === 0) {
      fail('peeringRange', options.block, `${kinds.join(' + ')} need a range to draw peering subnets from${options.block ? ' that satisfies every rule' : ''}`, 'give a private range (e.g. "192.168.255.0/24") that no network uses');
    }
    const avoid = new CidrSet([...rules.excluded, ...(options.avoid ?? []).map((a, i) => Cidr.parseLoose(a, `avoid[${i}]`))]);
    this.pending.set(key, { key, rules, length, containers, avoid, what: options.what ?? kinds.join(' + ') });
    const a = new PeeringAllocation(this, key);
    this.byKey.set(key, a);
    return a;
  }

  /** Every subnet handed out so far (settling pending requests), keyed by name. */
  public allocations(): PeeringAllocationRecord[] {
    this._settleAll();
    return [...this.held.entries()].map(([key, cidr]) => ({ key, cidr: cidr.toString() })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  /** @internal */
  public _settle(key: string): Cidr {
    this._settleAll();
    const h = this.held.get(key);
    if (!h) throw new Error(`internal: no allocation for ${key}`);
    return h;
  }

  /** @internal */
  public _settleAll(): void {
    if (this.pending.size === 0) return;
    const keys = [...this.pending.keys()].sort();
    for (const key of keys) {
      const p = this.pending.get(key)!;
      this.pending.delete(key);
      this.hold(key, this.place(p));
    }
  }

  private hold(key: string, c: Cidr): void {
    this.held.set(key, c);
    this.taken.add(c._first, c._last, key);
  }

  private place(p: Pending): Cidr {
    // Enumerate candidate blocks across the containers by index, without materialising them. A candidate that
    // meets an avoided block or a held subnet is not followed by its neighbours one by one: the walk jumps to the
    // first slot after the end of what blocks it, so a /30 in 0.0.0.0/0 avoiding 0.0.0.0/1 takes two steps, not 2^29.
    const blocks = p.containers.map((c) => ({ c, count: c.prefixLength <= p.length ? 2 ** (p.length - c.prefixLength) : 0 })).filter((b) => b.count > 0);
    const total = blocks.reduce((s, b) => s + b.count, 0);
    if (total === 0) fail('peeringRange', p.containers.map(String), `no /${p.length} fits in the range for ${p.what}`, 'give a larger range');
    const start = fnv1a(p.key) % total;
    const networks = this.networkCidrs();
    for (let i = 0; i < total;) {
      const at = (start + i) % total;
      let idx = at;
      let block = blocks[0];
      let blockStart = 0;
      for (const b of blocks) {
        if (idx < b.count) {
          block = b;
          break;
        }
        idx -= b.count;
        blockStart += b.count;
      }
      const sizeBits = (block.c.version === 4 ? 32 : 128) - p.length;
      const candidate = Cidr._at(block.c.version, block.c._base + BigInt(idx) * (1n << BigInt(sizeBits)), p.length);
      const until = p.avoid._blockedUntil(candidate._first, candidate._last) ?? networks._blockedUntil(candidate._first, candidate._last) ?? this.taken.blockedUntil(candidate._first, candidate._last);
      if (until === undefined) return candidate;
      // the next slot of this container after `until` (at least the next slot), or the container's end
      const after = Number((until + 1n - block.c._first) >> BigInt(sizeBits));
      const nextIdx = Math.min(Math.max(after, idx + 1), block.count);
      i += blockStart + nextIdx - at;
    }
    return fail('peeringRange', p.containers.map(String), `every /${p.length} in the range for ${p.what} is taken (${this.taken.size} subnets handed out in this app) or lies inside a network range of the app (${this.networks.length} VNet, VPC, VCN or subnet ranges)`, 'give a larger range outside every network, or pass some subnets explicitly');
  }
}
