import { lookup } from '../guards';
import { BudgetLevel, SessionBudget } from './budget';
import { Cidr } from '../addressing/cidr';
import { Cloud } from '../facts/clouds';
import { EdgeKind } from '../facts/edges';
import { fail } from '../errors';
import { PREFIX_LIMITS, SessionType } from '../facts/limits';
import { BgpInitiator, BgpSessionRecord, LinkKind, LinkRole } from './model';
import { RoutePropagation } from './propagation';
import { checkArgs } from '../shape-check';

/**
 * The customer router in the middle of a Layer 2 (or ExpressRoute Direct) design: one BGP session per cloud link,
 * and what the router must advertise on each so that every cloud learns every other cloud and the on-premises
 * network, without any session going over its cloud's prefix limit.
 *
 * Pure TypeScript: the constructs compute the sessions' addresses and ASNs, this module computes what the router
 * advertises on each session (its export policy); `FrrConfig` (frr.ts) renders the result. The budget figures of
 * each session are not computed here: they are read from the library's route propagation (`RoutePropagation`,
 * propagation.ts), over the app's connectivity model when the pattern passes its budgets (the report's figures),
 * else over the router's own sessions.
 */

/** Which of the customer router's two ports towards the provider a session runs on. */
export enum RouterPort {
  /** The primary port (ExpressRoute primary link, Google edge availability domain 1, the single-session links). */
  PRIMARY = 'primary',
  /** The secondary port (ExpressRoute secondary link, Google edge availability domain 2). */
  SECONDARY = 'secondary',
}

/** The prefixes one party (a cloud, or the customer's own network) originates towards the customer router. */
export interface RouterPlanOrigin {
  /** The party: `Cloud.CUSTOMER` for the on-premises network. */
  readonly cloud: Cloud;
  /**
   * Its prefixes, as that party advertises them (OCI advertises subnets, not the VCN CIDR). The sessions are IPv4:
   * IPv6 prefixes are left out of the plan.
   */
  readonly prefixes: string[];
}

/** One BGP session of the customer router with a cloud: the planner's input. */
export interface RouterSessionSpec {
  /** A short, stable name, unique in the plan, e.g. `azure-primary` (used in prefix-list and route-map names). */
  readonly name: string;
  /** The cloud at the other end. */
  readonly cloud: Cloud;
  /** What the session runs over, e.g. "ExpressRoute private peering (primary link)". */
  readonly link: string;
  /** The router port the session's VLAN sub-interface is on. @default RouterPort.PRIMARY */
  readonly port?: RouterPort;
  /** The 802.1Q VLAN of the sub-interface on the customer side. @default - untagged or not known at synth */
  readonly vlan?: number;
  /** The peering subnet, e.g. `192.168.100.0/30`. @default - assigned by the cloud at apply time */
  readonly subnet?: string;
  /** The customer router's address on the session (no prefix length). @default - assigned at apply time */
  readonly localAddress?: string;
  /** The cloud's address on the session (no prefix length). @default - assigned at apply time */
  readonly peerAddress?: string;
  /** The cloud's ASN on the session (12076, the Direct Connect gateway's, the Cloud Router's, 31898). */
  readonly peerAsn: number;
  /** A reference to the MD5 key (a Terraform output name), never the key. @default - no MD5 authentication */
  readonly md5KeyRef?: string;
  /** Run BFD on the session. @default false */
  readonly bfd?: boolean;
  /** The limit type of what the cloud accepts from the router on this session. */
  readonly sessionType: SessionType;
  /** A limit that replaces the published one (for figures marked "verify", or an OCI limit). @default - the published limit */
  readonly maxPrefixOverride?: number;
  /** A note for the engineer, e.g. how the addresses are obtained. @default - none */
  readonly note?: string;
}

/** The planner's input. */
export interface CustomerRouterPlanInput {
  /** A display name of the design (the construct path). */
  readonly name: string;
  /** The customer router's ASN. */
  readonly routerAsn: number;
  /** The sessions. */
  readonly sessions: RouterSessionSpec[];
  /** What each cloud and the on-premises network originate. */
  readonly origins: RouterPlanOrigin[];
  /**
   * Advertise, per origin, the fewest prefixes that cover exactly that origin's addresses (adjacent blocks merged),
   * instead of every prefix as learned. Never merges prefixes of different origins, so that a summary disappears
   * with the session that feeds it.
   * @default true
   */
  readonly summarize?: boolean;
  /** The most prefixes the router accepts from each cloud (`neighbor ... maximum-prefix`). @default 1000 */
  readonly inboundMaxPrefix?: number;
}

/** One BGP session of the customer router, planned. */
export interface RouterPlanSession {
  /** The session's name, e.g. `aws`. */
  readonly name: string;
  /** The cloud at the other end. */
  readonly cloud: Cloud;
  /** What the session runs over. */
  readonly link: string;
  /** The router port. */
  readonly port: RouterPort;
  /** The VLAN of the sub-interface, when known. */
  readonly vlan?: number;
  /** The peering subnet, when known at synth. */
  readonly subnet?: string;
  /** The prefix length of the peering subnet, when known. */
  readonly prefixLength?: number;
  /** The customer router's address, when known at synth. */
  readonly localAddress?: string;
  /** The cloud's address, when known at synth. */
  readonly peerAddress?: string;
  /** The customer router's ASN. */
  readonly localAsn: number;
  /** The cloud's ASN. */
  readonly peerAsn: number;
  /** The MD5 key reference (a Terraform output name), if the session is authenticated. */
  readonly md5KeyRef?: string;
  /** True when BFD runs on the session. */
  readonly bfd: boolean;
  /** The limit type of what the cloud accepts. */
  readonly sessionType: SessionType;
  /**
   * The most prefixes the cloud accepts on this session (its published limit or the override), when known. The
   * router never sends more (`neighbor ... maximum-prefix-out`).
   */
  readonly maxPrefix?: number;
  /** Where `maxPrefix` comes from. */
  readonly maxPrefixSource: string;
  /** The most prefixes the router accepts from the cloud (`neighbor ... maximum-prefix`). */
  readonly inboundMaxPrefix: number;
  /** What the router expects to receive from the cloud (its own prefixes, more specifics are accepted too). */
  readonly receives: string[];
  /** What default re-advertisement would send: every other cloud's prefixes plus the on-premises ones. */
  readonly reAdvertised: string[];
  /** What the router advertises to the cloud: `reAdvertised`, summarised per origin when `summarize` is on. */
  readonly advertise: string[];
  /** How many prefixes the cloud receives (`advertise.length`). */
  readonly used: number;
  /** `used` as a percentage of `maxPrefix`, when there is a limit. */
  readonly percent?: number;
  /** OK, WARNING (>= 80 %) or ERROR (over the limit). */
  readonly level: BudgetLevel;
  /** The budget in words. */
  readonly advice: string;
  /** A note for the engineer. */
  readonly note?: string;
}

/** The customer router's plan: its ASN, every session and the aggregates it originates. */
export interface CustomerRouterPlan {
  /** A display name of the design (the construct path). */
  readonly name: string;
  /** The customer router's ASN. */
  readonly routerAsn: number;
  /** The sessions, in input order. */
  readonly sessions: RouterPlanSession[];
  /** The on-premises prefixes the router originates (`network` statements). */
  readonly onPremisesPrefixes: string[];
  /** Summaries the router originates (`aggregate-address`): advertised prefixes no party originates as such. */
  readonly aggregates: string[];
}

/** The default inbound limit: Azure advertises at most 1,000 VNet routes over ExpressRoute (includes/expressroute-limits.md). */
export const DEFAULT_INBOUND_MAX_PREFIX = 1000;

function normalise(prefixes: string[], property: string): string[] {
  return [...new Set(prefixes.map((p, i) => Cidr.parseLoose(p, `${property}[${i}]`).toString()))];
}

function label(cloud: Cloud): string {
  return cloud === Cloud.CUSTOMER ? 'on-premises' : cloud;
}

/** Plans the customer router of a Layer 2 design. */
export class CustomerRouterPlanner {
  /**
   * Compute every session's prefixes, and read its budget from the route propagation. Throws only on malformed
   * input; call `enforce` to fail on budgets.
   *
   * @param input the router ASN, the sessions and what every party originates
   * @param budgets the app's session budgets (`RoutePropagation.compute(...).budgets` over the connectivity model
   * that records these sessions as `<input.name>/<session name>`): each session's figures are the budget of its
   * cloud's receiving side, the report's figures @default - the route propagation over the router's sessions alone
   */
  public static plan(input: CustomerRouterPlanInput, budgets?: SessionBudget[]): CustomerRouterPlan {
    checkArgs('CustomerRouterPlanner.plan', [input, budgets]);
    const summarize = input.summarize ?? true;
    const inbound = input.inboundMaxPrefix ?? DEFAULT_INBOUND_MAX_PREFIX;
    if (!Number.isInteger(inbound) || inbound < 1) {
      fail('inboundMaxPrefix', inbound, 'a maximum-prefix limit is a whole number of at least 1', 'use e.g. 1000');
    }
    const names = new Set<string>();
    for (const s of input.sessions) {
      if (!/^[a-z0-9][a-z0-9-]*$/.test(s.name)) fail('sessions.name', s.name, 'a session name is lower-case letters, digits and dashes (it names prefix lists)', 'use e.g. "azure-primary"');
      if (names.has(s.name)) fail('sessions.name', s.name, 'session names are unique in a plan', 'give each session its own name');
      names.add(s.name);
    }
    const origins = input.origins.map((o) => {
      const prefixes = normalise(o.prefixes, `origins.${label(o.cloud)}`).filter((p) => Cidr.parseLoose(p).version === 4);
      return { cloud: o.cloud, prefixes, summary: summarize ? Cidr.summarize(prefixes) : prefixes };
    });
    const originated = new Set(origins.flatMap((o) => o.prefixes));
    const aggregates = new Set<string>();

    const routing = input.sessions.map((s) => {
      const others = origins.filter((o) => o.cloud !== s.cloud);
      const advertise = [...new Set(others.flatMap((o) => o.summary))];
      advertise.filter((p) => !originated.has(p)).forEach((p) => aggregates.add(p));
      return {
        spec: s,
        reAdvertised: [...new Set(others.flatMap((o) => o.prefixes))],
        advertise,
        receives: [...new Set(origins.filter((o) => o.cloud === s.cloud).flatMap((o) => o.prefixes))],
      };
    });
    const onPremisesPrefixes = origins.filter((o) => o.cloud === Cloud.CUSTOMER).flatMap((o) => o.prefixes);
    const budgetOf = budgetReader(input, routing, onPremisesPrefixes, budgets);

    const sessions = routing.map(({ spec: s, reAdvertised, advertise, receives }): RouterPlanSession => {
      const budget = budgetOf(s);
      const subnet = s.subnet !== undefined ? Cidr.parseLoose(s.subnet, `sessions.${s.name}.subnet`) : undefined;
      return {
        name: s.name,
        cloud: s.cloud,
        link: s.link,
        port: s.port ?? RouterPort.PRIMARY,
        vlan: s.vlan,
        subnet: subnet?.toString(),
        prefixLength: subnet?.prefixLength,
        localAddress: s.localAddress,
        peerAddress: s.peerAddress,
        localAsn: input.routerAsn,
        peerAsn: s.peerAsn,
        md5KeyRef: s.md5KeyRef,
        bfd: s.bfd ?? false,
        sessionType: s.sessionType,
        maxPrefix: budget.limit,
        maxPrefixSource: budget.source,
        inboundMaxPrefix: inbound,
        receives,
        reAdvertised,
        advertise,
        used: budget.used,
        percent: budget.percent,
        level: budget.level,
        advice: budget.advice,
        note: s.note,
      };
    });

    return {
      name: input.name,
      routerAsn: input.routerAsn,
      sessions,
      onPremisesPrefixes,
      aggregates: [...aggregates].sort(byAddress),
    };
  }

  /** The sessions at or above 80 % of their limit (but not over it). */
  public static warnings(plan: CustomerRouterPlan): RouterPlanSession[] {
    checkArgs('CustomerRouterPlanner.warnings', [plan]);
    return plan.sessions.filter((s) => s.level === BudgetLevel.WARNING);
  }

  /**
   * Throw a `ValidationError` for the first session over its cloud's limit, naming the session, the count, the
   * limit and which origins' prefixes to summarise or filter.
   *
   * @param plan the plan
   * @param origins what every party originates (to name the biggest contributors)
   * @param propertyOf the property to blame for an origin (e.g. Cloud.CUSTOMER -> `onPremisesPrefixes`)
   */
  public static enforce(plan: CustomerRouterPlan, origins: RouterPlanOrigin[], propertyOf: { [cloud: string]: string }): void {
    checkArgs('CustomerRouterPlanner.enforce', [plan, origins, propertyOf]);
    for (const s of plan.sessions) {
      if (s.level !== BudgetLevel.ERROR) continue;
      const contributors = origins
        .filter((o) => o.cloud !== s.cloud)
        .map((o) => {
          const prefixes = normalise(o.prefixes, 'origins');
          return { cloud: o.cloud, count: prefixes.length, summary: Cidr.summarize(prefixes) };
        })
        .filter((c) => c.count > 0)
        .sort((a, b) => b.count - a.count);
      const top = contributors[0];
      const parts = contributors.map((c) => `${label(c.cloud)} ${c.count}${c.summary.length < c.count ? ` (summarisable to ${c.summary.length}${c.summary.length <= 6 ? `: ${c.summary.join(', ')}` : ''})` : ''}`);
      const all = Cidr.summarize(s.reAdvertised);
      const limit = s.maxPrefix!;
      const fits = all.length <= limit;
      const fix = [
        `summarise or filter what is re-advertised to "${s.name}" (it gets ${parts.join(', ')})`,
        top ? `e.g. summarise the ${label(top.cloud)} prefixes in your network or advertise fewer, larger blocks` : undefined,
        fits ? `summarising across origins would give ${all.length} prefixes` : 'even a summary across all origins does not fit: filter, or advertise a default route to this cloud instead',
      ].filter((x) => x !== undefined).join('; ');
      const sessionText = `session "${s.name}" (${s.link}${s.vlan !== undefined ? `, VLAN ${s.vlan}` : ''})`;
      const src = lookup(PREFIX_LIMITS, s.sessionType)?.onExceed ?? 'the session drops';
      fail(top ? (lookup(propertyOf, top.cloud) ?? 'onPremisesPrefixes') : 'onPremisesPrefixes', `${s.used} prefixes`,
        `${sessionText} would receive ${s.used} prefixes, over the ${s.sessionType} limit of ${limit} (${s.maxPrefixSource}); above it ${src}`, fix);
    }
  }
}

function byAddress(a: string, b: string): number {
  const x = Cidr.parseLoose(a);
  const y = Cidr.parseLoose(b);
  if (x.version !== y.version) return x.version - y.version;
  const d = x._first - y._first;
  return d < 0n ? -1 : d > 0n ? 1 : x.prefixLength - y.prefixLength;
}

interface SessionRouting {
  readonly spec: RouterSessionSpec;
  readonly advertise: string[];
  readonly receives: string[];
}

/**
 * The budget of each session at its cloud's receiving side: from `budgets` (the app's route propagation) when
 * given, else from the route propagation over the router's sessions alone (the router exporting exactly
 * `advertise`, each cloud's edge originating what the router receives from it).
 */
function budgetReader(input: CustomerRouterPlanInput, routing: SessionRouting[], onPrem: string[], budgets?: SessionBudget[]): (s: RouterSessionSpec) => SessionBudget {
  const id = (s: RouterSessionSpec) => `${input.name}/${s.name}`;
  let all = budgets;
  if (all === undefined) {
    const router = `${input.name}/customer-router`;
    const sessions = routing.map(({ spec: s, advertise, receives }): BgpSessionRecord => ({
      id: id(s),
      link: input.name,
      a: { cloud: Cloud.CUSTOMER, node: router, label: 'Customer router', asn: input.routerAsn, originates: onPrem, exports: advertise, receiveLimitType: SessionType.CUSTOMER_ROUTER, edge: EdgeKind.CUSTOMER_ROUTER },
      b: { cloud: s.cloud, node: `${id(s)}/edge`, label: `${s.cloud} edge`, asn: s.peerAsn, originates: receives, receiveLimitType: s.sessionType, receiveLimitOverride: s.maxPrefixOverride },
      initiator: BgpInitiator.EITHER,
      bfd: false,
    }));
    all = RoutePropagation.compute({
      hubs: [],
      links: [{ id: input.name, stack: '', pattern: 'CustomerRouterPlanner', kind: LinkKind.LAYER2, role: LinkRole.PRIMARY, clouds: [], hubs: [], sessions }],
    }).budgets;
  }
  const found = all;
  return (s) => {
    const b = found.find((x) => x.session === id(s) && x.receiverCloud === s.cloud);
    // the pattern records every planned session in the model: a missing one is a bug, not a figure to guess
    if (!b) throw new Error(`the route propagation has no budget for session ${id(s)} towards ${s.cloud}`);
    return b;
  };
}
