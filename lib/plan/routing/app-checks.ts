import { lookup } from '../guards';
import { WellKnownAsn } from '../addressing/asn';
import { BudgetLevel, WARNING_THRESHOLD } from './budget';
import { Cidr } from '../addressing/cidr';
import { Cloud } from '../facts/clouds';
import { ValidationError } from '../errors';
import { EdgeKind } from '../facts/edges';
import { VIRTUAL_WAN, VIRTUAL_WAN_SOURCE } from '../facts/virtual-wan';
import { EXPRESSROUTE_GATEWAY_SKU_SOURCE, EXPRESSROUTE_GATEWAY_SKUS, PREFIX_LIMITS } from '../facts/limits';
import { BgpSessionRecord, BgpSpeakerRecord, HubRecord, LinkRecord } from './model';
import { ConnectivitySnapshot, PropagationResult, RoutePropagation } from './propagation';
import { add, overlappingPairs, push, uniqueSessions } from './util';
import { checkArgs } from '../shape-check';

/**
 * Whole-app checks: what no single pattern can see. Each check is one function with an id, the rule and its
 * source; it returns issues (it never throws), so that the construct layer can report every issue of a stack at
 * once. Pure TypeScript, no cdktf.
 */

/** How bad an issue is. */
export enum IssueLevel {
  /** Fails the synth. */
  ERROR = 'error',
  /** Reported (and annotated at synth), does not fail it. */
  WARNING = 'warning',
}

/** One issue a whole-app check found. */
export interface AppCheckIssue {
  /** The id of the check, e.g. `overlapping-ranges`. */
  readonly check: string;
  /** ERROR or WARNING. */
  readonly level: IssueLevel;
  /** The construct path of the offending hub or link. */
  readonly path: string;
  /** Every construct path involved (the offending one first). */
  readonly paths: string[];
  /** The property that holds the bad value. */
  readonly property: string;
  /** The bad value, as text. */
  readonly value: string;
  /** The rule, with its source. */
  readonly rule: string;
  /** What to do. */
  readonly fix: string;
  /** The message, formatted like every `ValidationError` of the library. */
  readonly message: string;
}

/** What a whole-app check checks. */
export interface AppCheckDefinition {
  /** The id. */
  readonly id: string;
  /** The rule in words. */
  readonly rule: string;
  /** Where the rule comes from. */
  readonly source: string;
}

/** The ids of the whole-app checks. */
export class AppCheckId {
  /** Address ranges overlap across hubs (and on-premises ranges). */
  public static readonly OVERLAPPING_RANGES = 'overlapping-ranges';
  /** A BGP peering subnet is used by two sessions. */
  public static readonly PEERING_SUBNET_REUSE = 'peering-subnet-reuse';
  /** A VLAN is used twice on one circuit or port. */
  public static readonly VLAN_REUSE = 'vlan-reuse';
  /** Both ends of a session (or an Azure hub and a peer) share an ASN. */
  public static readonly ASN_COLLISION = 'asn-collision';
  /** A session carries more prefixes than the receiving cloud accepts (error), or 80 % of it (warning). */
  public static readonly PREFIX_BUDGET = 'prefix-budget';
  /** An ExpressRoute gateway learns more routes than its SKU holds (error), or 80 % of it (warning). */
  public static readonly EXPRESSROUTE_GATEWAY_ROUTES = 'expressroute-gateway-routes';
}

// (no toLocaleString here: Intl loads ICU data, about 7 MB of RSS, when this module loads)
const DEFINITIONS: AppCheckDefinition[] = [
  {
    id: AppCheckId.OVERLAPPING_RANGES,
    rule: 'the address ranges of every hub (VNets, VPCs, VCNs, Google subnets) and every on-premises network of the app are disjoint, in every stack (a network declared twice is an error too: two hubs on one network each create its gateway subnet and gateways)',
    source: 'connected networks route by longest prefix: an overlapping range is reachable from at most one side (learn.microsoft.com/azure/expressroute/expressroute-routing; docs.aws.amazon.com/vpn/latest/s2svpn/VPNRoutingTypes.html)',
  },
  {
    id: AppCheckId.PEERING_SUBNET_REUSE,
    rule: 'a BGP peering subnet (link-local /30 or ExpressRoute/FastConnect /30) is used by one session in the whole app',
    source: 'Azure: custom APIPA addresses must not overlap across gateways and devices (learn.microsoft.com/azure/vpn-gateway/vpn-gateway-howto-aws-bgp); AWS: tunnel inside CIDRs unique per gateway; Google: link-local /30 unique per Cloud Router; ExpressRoute: peering subnets must not overlap (learn.microsoft.com/azure/expressroute/expressroute-routing; docs.aws.amazon.com/AWSEC2/latest/APIReference/API_VpnTunnelOptionsSpecification.html; cloud.google.com/network-connectivity/docs/vpn/how-to/creating-ha-vpn)',
  },
  {
    id: AppCheckId.VLAN_REUSE,
    rule: 'a VLAN ID is used by one peering or attachment per circuit or port',
    source: 'ExpressRoute: "Ensure that no other peering in the circuit uses the same VLAN ID" (learn.microsoft.com/azure/expressroute/expressroute-howto-routing-arm); IEEE 802.1Q: VLAN IDs 1-4094',
  },
  {
    id: AppCheckId.ASN_COLLISION,
    rule: 'the two ends of an eBGP session have different ASNs, and an Azure hub\'s gateway ASN differs from the ASN of every peer of that hub',
    source: 'BGP loop prevention drops routes whose AS path holds the receiver\'s own ASN (RFC 4271 §9.1.2); defaults collide easily: Azure 65515, AWS 64512 (learn.microsoft.com/azure/vpn-gateway/vpn-gateway-vpn-faq; docs.aws.amazon.com/vpn/latest/s2svpn/how_it_works.html)',
  },
  {
    id: AppCheckId.PREFIX_BUDGET,
    rule: `every session carries at most the prefixes its receiving cloud accepts, counted per session over every link (error above 100 %, warning from ${WARNING_THRESHOLD * 100} %)`,
    source: 'limits.ts PREFIX_LIMITS (each limit with its source: ExpressRoute 4,000/10,000, Direct Connect 100, AWS VPN 100, Cloud Router 5,000, ...)',
  },
  {
    id: AppCheckId.EXPRESSROUTE_GATEWAY_ROUTES,
    rule: `the routes an Azure hub VNet's ExpressRoute gateway learns over all its circuits fit its SKU, and the routes a Virtual WAN hub's router learns over all its connections fit the hub's ${String(VIRTUAL_WAN.maxRoutes).replace(/\B(?=(\d{3})+$)/g, ',')} (error above, warning from ${WARNING_THRESHOLD * 100} %)`,
    source: `${EXPRESSROUTE_GATEWAY_SKU_SOURCE} (Standard/ErGw1AZ 4,000 learned routes; HighPerformance, UltraPerformance, ErGw2AZ, ErGw3AZ 9,500): a Premium circuit's 10,000 routes fit none of them; Virtual WAN: ${VIRTUAL_WAN_SOURCE.limits}`,
  },
];

/**
 * What to do about a full prefix budget: summarise the user's property when that brings the count down (naming the
 * summary, or its first prefixes), else filter or advertise a default route.
 */
function budgetFix(used: number, limit: number | undefined, summarized: string[], summaryFits: boolean, sender: string, property?: string): string {
  const where = property ? `\`${property}\`` : `what ${sender} advertises`;
  // a summary that leaves as many prefixes is no fix
  if (summaryFits && summarized.length < used) {
    const list = summarized.length <= 6 ? summarized.join(', ') : `${summarized.slice(0, 6).join(', ')}, ...`;
    return `summarise ${where}: the session's ${used} prefixes cover the same addresses as ${summarized.length} (${list}); or filter what ${sender} sends on this session`;
  }
  const target = limit === undefined ? '' : ` below ${Math.floor(limit * WARNING_THRESHOLD)} (80 % of ${limit})`;
  const list = property ? `list fewer, wider prefixes in \`${property}\`` : `advertise fewer, wider prefixes from ${sender}`;
  return `bring the session${target || ' under its limit'}: ${list} if you own the address plan, or filter what ${sender} sends on this session (or advertise a default route); the prefixes do not summarise`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function issue(check: string, level: IssueLevel, involved: string[], property: string, value: string, rule: string, fix: string): AppCheckIssue {
  const paths = [...new Set(involved)];
  const path = paths[0];
  return { check, level, path, paths, property, value, rule, fix, message: ValidationError.format({ property, value, rule, fix, path }) };
}

/** The property that holds a hub's ranges, per cloud (as the hub constructs name it). */
function rangeProperty(cloud: Cloud): string {
  switch (cloud) {
    case Cloud.AZURE: return 'addressSpace';
    case Cloud.AWS: return 'vpcCidrs';
    case Cloud.GCP: return 'subnetCidrs';
    case Cloud.OCI: return 'vcnCidrs';
    default: return 'onPremisesRanges';
  }
}

function describeHub(h: { id: string; cloud: Cloud; name: string; stack: string }): string {
  return `${h.cloud} ${h.cloud === Cloud.CUSTOMER ? 'network' : 'hub'} ${h.id} (${h.name}, stack ${h.stack})`;
}

/** The same network declared twice: same cloud, name, region and ranges. */
function sameNetwork(a: HubRecord, b: HubRecord): boolean {
  const norm = (h: HubRecord) => h.ranges.map((r) => parse(r)?.toString() ?? r).sort().join(',');
  return a.cloud === b.cloud && a.cloud !== Cloud.CUSTOMER && a.name === b.name && a.region === b.region && norm(a) === norm(b);
}

function isDefaultRoute(c: Cidr): boolean {
  return c.prefixLength === 0;
}

function parse(text: string): Cidr | undefined {
  try {
    return Cidr.parseLoose(text);
  } catch {
    return undefined;
  }
}

/** The networks whose ranges must be disjoint: every hub, and every on-premises network a customer speaker originates. */
function networks(snapshot: ConnectivitySnapshot): HubRecord[] {
  const out: HubRecord[] = [...snapshot.hubs];
  const seen = new Set(out.map((h) => h.id));
  const linkStack = new Map(snapshot.links.map((l) => [l.id, l.stack] as [string, string]));
  for (const s of uniqueSessions(snapshot.links)) {
    for (const sp of [s.a, s.b]) {
      if (sp.cloud !== Cloud.CUSTOMER || sp.hub !== undefined || seen.has(sp.node)) continue;
      seen.add(sp.node);
      if ((sp.originates ?? []).length === 0) continue;
      // a customer router's own ranges belong to the link that declared it
      out.push({ id: s.link, stack: linkStack.get(s.link) ?? '', cloud: Cloud.CUSTOMER, name: sp.label, ranges: sp.originates });
    }
  }
  return out;
}

/** Whole-app checks over a connectivity snapshot. */
export class AppChecks {
  /** Every check: id, rule and source. */
  public static definitions(): AppCheckDefinition[] {
    return DEFINITIONS.map((d) => ({ ...d }));
  }

  /**
   * Run every check: errors first, then warnings, each in a stable order.
   *
   * @param snapshot the hubs and links of the app
   * @param propagation the propagation result, when already computed (the budgets come from it)
   */
  public static run(snapshot: ConnectivitySnapshot, propagation?: PropagationResult): AppCheckIssue[] {
    checkArgs('AppChecks.run', [snapshot, propagation]);
    return runAppChecks(snapshot, propagation);
  }

  /**
   * Throw the first error of `run` as a `ValidationError` (with the construct path of the offending hub or link).
   *
   * @param snapshot the hubs and links of the app
   */
  public static enforce(snapshot: ConnectivitySnapshot): void {
    checkArgs('AppChecks.enforce', [snapshot]);
    const first = runAppChecks(snapshot).find((i) => i.level === IssueLevel.ERROR);
    if (first) throw toValidationError(first);
  }

  /**
   * `overlapping-ranges`: the ranges of any two hubs (in any stack) or on-premises networks overlap. The issue is
   * reported on the later hub (by construct path) and names both.
   *
   * @param snapshot the hubs and links of the app
   */
  public static overlappingRanges(snapshot: ConnectivitySnapshot): AppCheckIssue[] {
    const nets = networks(snapshot)
      .map((h) => ({ h, cidrs: h.ranges.map((r) => [r, parse(r)] as [string, Cidr | undefined]).filter((x): x is [string, Cidr] => x[1] !== undefined && !isDefaultRoute(x[1])) }))
      .sort((x, y) => cmp(x.h.id, y.h.id));
    const out: AppCheckIssue[] = [];
    const pairs = overlappingPairs(nets.map((n) => n.cidrs.map(([, c]) => c)));
    for (let i = 0; i < nets.length; i++) {
      for (const j of pairs.get(i) ?? []) {
        const [first, later] = [nets[i], nets[j]];
        if (first.h.id === later.h.id) continue;
        if (sameNetwork(first.h, later.h) && later.cidrs.length > 0) {
          out.push(issue(
            AppCheckId.OVERLAPPING_RANGES, IssueLevel.ERROR, [later.h.id, first.h.id],
            rangeProperty(later.h.cloud), later.h.ranges.join(', '),
            `${describeHub(later.h)} declares the same network (name, region and ranges) as ${describeHub(first.h)}; two hubs on one network would each create its gateway subnet and gateways, which the cloud rejects`,
            'declare each network once and pass that hub to every pattern (across stacks if need be)',
          ));
          continue;
        }
        for (const [textL, cl] of later.cidrs) {
          const hit = first.cidrs.find(([, cf]) => cf.overlaps(cl));
          if (!hit) continue;
          out.push(issue(
            AppCheckId.OVERLAPPING_RANGES, IssueLevel.ERROR, [later.h.id, first.h.id],
            rangeProperty(later.h.cloud), textL,
            `the range of ${describeHub(later.h)} overlaps ${hit[0]} of ${describeHub(first.h)}; overlapping networks cannot reach each other (each side routes the shared addresses to itself)`,
            'readdress one of the two networks so that their ranges are disjoint, or connect only non-overlapping ranges',
          ));
          break;
        }
      }
    }
    return out;
  }

  /**
   * `peering-subnet-reuse`: two sessions (of any pattern, allocated or explicit) use overlapping peering subnets.
   *
   * @param snapshot the hubs and links of the app
   */
  public static peeringSubnetReuse(snapshot: ConnectivitySnapshot): AppCheckIssue[] {
    const subs = uniqueSessions(snapshot.links)
      .map((s) => ({ s, c: s.subnet !== undefined ? parse(s.subnet) : undefined }))
      .filter((x): x is { s: BgpSessionRecord; c: Cidr } => x.c !== undefined);
    const out: AppCheckIssue[] = [];
    for (let j = 0; j < subs.length; j++) {
      const hit = subs.slice(0, j).find((x) => x.c.overlaps(subs[j].c));
      if (!hit) continue;
      const later = subs[j];
      out.push(issue(
        AppCheckId.PEERING_SUBNET_REUSE, IssueLevel.ERROR, [later.s.link, hit.s.link],
        `sessions[${later.s.id}].subnet`, later.s.subnet!,
        `the peering subnet ${later.c} of session ${later.s.id} overlaps ${hit.c} of session ${hit.s.id}; a peering subnet may be used once per app (duplicate BGP addresses break both sessions)`,
        'give one of the sessions another subnet, or leave it out and let the allocator pick one',
      ));
    }
    return out;
  }

  /**
   * `vlan-reuse`: two sessions on one circuit or port (`vlanDomain`) use one VLAN. Sessions of one link between the
   * same two clouds share their peering's VLAN (the primary and secondary sessions of an ExpressRoute peering)
   * and are not reported.
   *
   * @param snapshot the hubs and links of the app
   */
  public static vlanReuse(snapshot: ConnectivitySnapshot): AppCheckIssue[] {
    const seen = new Map<string, BgpSessionRecord[]>();
    const out: AppCheckIssue[] = [];
    const pair = (s: BgpSessionRecord) => [s.a.cloud, s.b.cloud].sort().join('+');
    for (const s of uniqueSessions(snapshot.links)) {
      if (s.vlan === undefined || s.vlanDomain === undefined) continue;
      const key = `${s.vlanDomain}\u0000${s.vlan}`;
      const before = seen.get(key) ?? [];
      const clash = before.find((o) => o.link !== s.link || pair(o) !== pair(s));
      if (clash) {
        out.push(issue(
          AppCheckId.VLAN_REUSE, IssueLevel.ERROR, [s.link, clash.link],
          `sessions[${s.id}].vlan`, String(s.vlan),
          `VLAN ${s.vlan} is already used on ${s.vlanDomain} by session ${clash.id}; a VLAN ID is unique per circuit or port ("Ensure that no other peering in the circuit uses the same VLAN ID")`,
          'pick a VLAN that no other peering or attachment on that circuit or port uses',
        ));
      }
      seen.set(key, [...before, s]);
    }
    return out;
  }

  /**
   * `asn-collision`: both ends of a session have one ASN, or an Azure hub's gateway ASN (its Azure speakers other
   * than Microsoft's edge, AS12076) equals the ASN of a peer on any session of a link of that hub.
   *
   * @param snapshot the hubs and links of the app
   */
  public static asnCollisions(snapshot: ConnectivitySnapshot): AppCheckIssue[] {
    const out: AppCheckIssue[] = [];
    const sessions = uniqueSessions(snapshot.links);
    const reported = new Set<string>();
    for (const s of sessions) {
      if (s.a.asn === undefined || s.b.asn === undefined || s.a.asn !== s.b.asn) continue;
      reported.add(s.id);
      out.push(issue(
        AppCheckId.ASN_COLLISION, IssueLevel.ERROR, [s.link],
        `sessions[${s.id}].asn`, String(s.a.asn),
        `both ends of session ${s.id} (${s.a.label} and ${s.b.label}) use AS${s.a.asn}; an eBGP session needs two ASNs, and each side drops the other's routes as a loop (RFC 4271 §9.1.2)`,
        `give one side another private ASN (e.g. ${s.a.asn === 65010 ? 65020 : 65010}); the defaults collide easily (Azure 65515, AWS 64512)`,
      ));
    }
    // An Azure hub's gateway ASN against every peer of that hub.
    const azureHubs = snapshot.hubs.filter((h) => h.cloud === Cloud.AZURE).map((h) => h.id);
    // indexed once (each hub reads its own speakers and its links' sessions, in session order)
    const ownSpeakers = new Map<string, BgpSpeakerRecord[]>();
    const sessionsOfLink = new Map<string, number[]>();
    sessions.forEach((s, i) => {
      for (const sp of [s.a, s.b]) {
        if (sp.hub !== undefined && sp.cloud === Cloud.AZURE) push(ownSpeakers, sp.hub, sp);
      }
      push(sessionsOfLink, s.link, i);
    });
    const linksOfHubs = new Map<string, Set<string>>();
    for (const l of snapshot.links) for (const h of l.hubs) add(linksOfHubs, h, l.id);
    for (const hub of azureHubs) {
      const own = new Map<number, string>();
      for (const sp of ownSpeakers.get(hub) ?? []) {
        if (sp.asn !== undefined && sp.asn !== WellKnownAsn.MICROSOFT && !own.has(sp.asn)) own.set(sp.asn, sp.label);
      }
      if (own.size === 0) continue;
      const indices = [...linksOfHubs.get(hub) ?? []].flatMap((l) => sessionsOfLink.get(l) ?? []).sort((x, y) => x - y);
      for (const s of indices.map((i) => sessions[i])) {
        if (reported.has(s.id)) continue;
        for (const peer of [s.a, s.b]) {
          if (peer.hub === hub || peer.asn === undefined || !own.has(peer.asn)) continue;
          reported.add(s.id);
          out.push(issue(
            AppCheckId.ASN_COLLISION, IssueLevel.ERROR, [s.link, hub],
            `sessions[${s.id}].asn`, String(peer.asn),
            `${peer.label} on session ${s.id} uses AS${peer.asn}, the ASN of the Azure hub ${hub} (${own.get(peer.asn)}); the hub's gateway drops every route from that peer as a loop (RFC 4271 §9.1.2)`,
            'give the peer another private ASN outside 65515-65520, or give the hub\'s VPN gateway another ASN',
          ));
          break;
        }
      }
    }
    return out;
  }

  /**
   * `prefix-budget`: for each session and each receiving side, the prefixes it receives (after propagation over
   * every link of the app) against the receiving cloud's limit: error above 100 %, warning from 80 %.
   *
   * @param snapshot the hubs and links of the app
   * @param propagation the propagation result, when already computed
   */
  public static prefixBudgets(snapshot: ConnectivitySnapshot, propagation?: PropagationResult): AppCheckIssue[] {
    const p = propagation ?? RoutePropagation.compute(snapshot);
    const construct = new Map(snapshot.links.map((l) => [l.id, l.construct ?? l.id] as [string, string]));
    const out: AppCheckIssue[] = [];
    for (const b of p.budgets) {
      if (b.level === BudgetLevel.OK) continue;
      const error = b.level === BudgetLevel.ERROR;
      const fix = budgetFix(b.used, b.limit, b.summarized, b.summaryFits, b.senderLabel, b.property);
      const parts = b.contributors.map((c) => `${c.count} from ${c.label}${c.property ? ` (${c.property})` : ''}`).join(', ');
      out.push(issue(
        AppCheckId.PREFIX_BUDGET, error ? IssueLevel.ERROR : IssueLevel.WARNING, [construct.get(b.link) ?? b.link],
        b.property ?? `sessions[${b.session}].prefixesTo[${b.receiverLabel}]`, `${b.used} prefixes`,
        `${b.receiverLabel} (${b.sessionType}) accepts at most ${b.limit} prefixes on a session and ${error ? 'receives' : 'is at'} ${b.percent} % of it: ${b.used} of ${b.limit} on session ${b.session} from ${b.senderLabel} (${parts}); above the limit ${lookup(PREFIX_LIMITS, b.sessionType)?.onExceed ?? 'the session fails'} (${b.source})`,
        fix,
      ));
    }
    return out;
  }

  /**
   * `expressroute-gateway-routes`: the routes each Azure hub's ExpressRoute gateway learns over all its circuits
   * against its SKU's learned-route limit.
   *
   * @param snapshot the hubs and links of the app
   * @param propagation the propagation result, when already computed
   */
  public static expressRouteGatewayRoutes(snapshot: ConnectivitySnapshot, propagation?: PropagationResult): AppCheckIssue[] {
    return gatewayRouteIssues(snapshot, propagation ?? RoutePropagation.compute(snapshot));
  }
}

/** The ExpressRoute gateway SKU a link record names (`gatewayName` "ExpressRoute gateway <SKU>"), if any. */
function expressRouteSku(l: LinkRecord): string | undefined {
  const m = /^ExpressRoute gateway (\S+)$/.exec(l.gatewayName ?? '');
  return m && Object.prototype.hasOwnProperty.call(EXPRESSROUTE_GATEWAY_SKUS, m[1]) ? m[1] : undefined;
}

/**
 * `expressroute-gateway-routes`: per Azure hub, the distinct prefixes its ExpressRoute gateway learns over every
 * circuit (what the Microsoft edges of its ExpressRoute sessions receive, after propagation) against the learned-route
 * limit of the gateway's SKU. Reported on the first pattern (by construct path) using that gateway.
 */
function gatewayRouteIssues(snapshot: ConnectivitySnapshot, p: PropagationResult): AppCheckIssue[] {
  const out: AppCheckIssue[] = [];
  const azureHubs = snapshot.hubs.filter((h) => h.cloud === Cloud.AZURE);
  const received = new Map(p.speakers.map((s) => [s.node, s.received] as const));
  for (const hub of azureHubs) {
    const routers = new Set<string>();
    const hubLinks = snapshot.links.filter((l) => l.hubs.includes(hub.id)).sort((x, y) => cmp(x.id, y.id));
    for (const l of hubLinks) for (const s of l.sessions) for (const end of [s.a, s.b]) if (end.edge === EdgeKind.AZURE_VIRTUAL_HUB && end.hub === hub.id) routers.add(end.node);
    for (const node of routers) {
      const used = new Set((received.get(node) ?? []).map((r) => r.prefix)).size;
      const limit = VIRTUAL_WAN.maxRoutes;
      if (used < limit * WARNING_THRESHOLD) continue;
      out.push(issue(
        AppCheckId.EXPRESSROUTE_GATEWAY_ROUTES, used > limit ? IssueLevel.ERROR : IssueLevel.WARNING, [hub.id], 'connectedAddressSpaces', `${used} routes`,
        `the router of Virtual WAN hub ${hub.id} learns ${used} routes over its connections and a virtual hub accepts ${limit} in all (${Math.round((used / limit) * 100)} %) (${VIRTUAL_WAN_SOURCE.limits})`,
        'summarise what the branches and the other clouds advertise to the hub',
      ));
    }
    const links = hubLinks.filter((l) => expressRouteSku(l) !== undefined);
    if (!links.length) continue;
    const sku = expressRouteSku(links[0])!;
    const limit = lookup(EXPRESSROUTE_GATEWAY_SKUS, sku)?.maxLearnedRoutes;
    if (limit === undefined) continue;
    const edges = new Set<string>();
    for (const l of links) {
      for (const s of l.sessions) {
        for (const end of [s.a, s.b]) if (end.edge === EdgeKind.AZURE_EXPRESSROUTE && end.hub === hub.id) edges.add(end.node);
      }
    }
    const prefixes = new Set<string>();
    for (const node of edges) for (const r of received.get(node) ?? []) prefixes.add(r.prefix);
    // with the routes an existing gateway learns over circuits outside the app
    const inUse = hub.expressRouteRoutesInUse ?? 0;
    const used = prefixes.size + inUse;
    if (used < limit * WARNING_THRESHOLD) continue;
    const error = used > limit;
    const path = links[0].construct ?? links[0].id;
    out.push(issue(
      AppCheckId.EXPRESSROUTE_GATEWAY_ROUTES, error ? IssueLevel.ERROR : IssueLevel.WARNING, [path], 'gatewaySku', sku,
      `the ExpressRoute gateway of Azure hub ${hub.id} learns ${used} routes over ${links.length === 1 ? 'its circuit' : `${links.length} circuits`}${inUse > 0 ? ` (${inUse} of them over existing circuits, existingExpressRouteGateway.routesLearned)` : ''} and a ${sku} gateway holds ${limit} (${Math.round((used / limit) * 100)} %); above that routes are dropped (${EXPRESSROUTE_GATEWAY_SKU_SOURCE})`,
      limit < 9500 ? 'use an ErGw2AZ or ErGw3AZ gateway (9,500 learned routes), or summarise what the other clouds advertise' : 'summarise what the other clouds advertise to Azure',
    ));
  }
  return out;
}

/** The `ValidationError` of an issue (its message is `issue.message`). */
export function toValidationError(i: AppCheckIssue): ValidationError {
  return new ValidationError({ property: i.property, value: i.value, rule: i.rule, fix: i.fix, path: i.path });
}

/** Issues in display order: errors first, then by check, then by path. */
export function sortIssues(issues: AppCheckIssue[]): AppCheckIssue[] {
  const level = (i: AppCheckIssue) => (i.level === IssueLevel.ERROR ? 0 : 1);
  return [...issues].sort((x, y) => level(x) - level(y) || cmp(x.check, y.check) || cmp(x.path, y.path) || cmp(x.message, y.message));
}


/**
 * `AppChecks.run` without the argument check: for the library's own callers, whose snapshot and propagation the
 * library built (or checked at their public entry point).
 */
export function runAppChecks(snapshot: ConnectivitySnapshot, propagation?: PropagationResult): AppCheckIssue[] {
  const all = [
    ...AppChecks.overlappingRanges(snapshot),
    ...AppChecks.peeringSubnetReuse(snapshot),
    ...AppChecks.vlanReuse(snapshot),
    ...AppChecks.asnCollisions(snapshot),
    ...AppChecks.prefixBudgets(snapshot, propagation),
    ...AppChecks.expressRouteGatewayRoutes(snapshot, propagation),
  ];
  return [...all.filter((i) => i.level === IssueLevel.ERROR), ...all.filter((i) => i.level === IssueLevel.WARNING)];
}
