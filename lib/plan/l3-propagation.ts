import { BudgetLevel, PrefixBudget } from './budget';
import { Cidr } from './cidr';
import { Cloud } from './clouds';
import { fail } from './errors';
import { PREFIX_LIMITS, SessionType } from './limits';

/**
 * Route propagation through a Layer 3 (IP VPN / MPLS) provider: the provider runs BGP with every cloud's edge, and
 * lands the clouds either in one VRF each or all in one VRF. Which prefixes each cloud receives, from whom, with
 * which AS path, and how that counts against the cloud's prefix limit. Pure TypeScript, no cdktf.
 *
 * The model (the seed's two designs, plus the case without customer BGP):
 * - `SHARED`: one VRF holds every cloud (and the customer's sites). The provider re-advertises every cloud's
 *   prefixes to every other cloud directly, and the on-premises prefixes to every cloud.
 * - `PER_CLOUD` with customer BGP: one VRF per cloud. A VRF's routes reach the customer's router (the only speaker
 *   in every VRF), which re-advertises them by default into the other VRFs: every cloud receives the other clouds'
 *   prefixes and the on-premises ones, hair-pinned through the customer router. The provider's ASN is then twice
 *   on the path, so its edges must accept their own ASN from the customer router (`allowas-in`).
 * - `PER_CLOUD` without customer BGP: the VRFs never meet. Each cloud receives only the on-premises prefixes the
 *   provider injects (static routes towards the customer's sites), and nothing from the other clouds.
 *
 * A cloud's edge advertises only its own prefixes (it never transits), and drops a route whose AS path holds its
 * own ASN (RFC 4271 §9.1.2). ASNs not known at synth (the provider's, the customer's) are left out of the paths.
 * The sessions are IPv4: IPv6 prefixes are left out.
 */

/** How the Layer 3 provider lands the clouds in its network. */
export enum VrfMode {
  /** One VRF per cloud: the clouds meet only through the customer's router (when it runs BGP with the provider). */
  PER_CLOUD = 'PER_CLOUD',
  /** One VRF for every cloud: the provider re-advertises between the clouds directly. */
  SHARED = 'SHARED',
}

/** One cloud attached to the provider: the planner's input. */
export interface L3CloudSpec {
  /** The cloud (not `Cloud.CUSTOMER`). */
  readonly cloud: Cloud;
  /** The prefixes the cloud's edge advertises to the provider (OCI: the subnets). */
  readonly prefixes: string[];
  /** The ASN of the cloud's edge on the provider sessions (12076, the Direct Connect gateway's, 16550, 31898). @default - not known */
  readonly edgeAsn?: number;
  /** A display name of the cloud's edge, e.g. "Microsoft edge (MSEE)". @default - "<cloud> edge" */
  readonly edgeLabel?: string;
  /** The limit type of what the cloud accepts from the provider on one session. */
  readonly sessionType: SessionType;
  /** A limit that replaces the published one (a figure marked "verify", or OCI's). @default - the published limit */
  readonly maxPrefixOverride?: number;
}

/** The planner's input. */
export interface L3PropagationInput {
  /** A display name of the design (the construct path). */
  readonly name: string;
  /** One VRF per cloud, or one shared VRF. */
  readonly vrfMode: VrfMode;
  /** True when the customer's router runs BGP with the provider (and originates the on-premises prefixes). */
  readonly customerBgp: boolean;
  /** The clouds, in display order. */
  readonly clouds: L3CloudSpec[];
  /**
   * The on-premises prefixes: originated by the customer router (with customer BGP) or injected by the provider
   * (static routes towards the sites, without it).
   * @default - none
   */
  readonly onPremisesPrefixes?: string[];
  /** The provider's ASN. @default - not known (left out of the AS paths) */
  readonly providerAsn?: number;
  /** The customer router's ASN (with customer BGP). @default - not known (left out of the AS paths) */
  readonly customerAsn?: number;
  /** The provider's display name. @default 'the provider' */
  readonly providerName?: string;
}

/** A route a party receives. */
export interface L3Route {
  /** The prefix. */
  readonly prefix: string;
  /** Where it originates (`Cloud.CUSTOMER` for the on-premises network). */
  readonly origin: Cloud;
  /** Who advertises it to the receiver (the last hop of `via`). */
  readonly from: string;
  /** The speakers it passes, from its origin to the receiver's neighbour. */
  readonly via: string[];
  /** The AS path as the receiver gets it, nearest AS first (ASNs not known at synth are absent). */
  readonly asPath: number[];
}

/** A route a cloud is sent but drops. */
export interface L3RejectedRoute {
  /** The prefix. */
  readonly prefix: string;
  /** Where it originates. */
  readonly origin: Cloud;
  /** Why the cloud drops it. */
  readonly reason: string;
}

/** What one cloud sends and receives, and its prefix budget. */
export interface L3CloudRoutes {
  /** The cloud. */
  readonly cloud: Cloud;
  /** The provider VRF the cloud lands in. */
  readonly vrf: string;
  /** The ASN of the cloud's edge, when known. */
  readonly edgeAsn?: number;
  /** The display name of the cloud's edge. */
  readonly edgeLabel: string;
  /** What the cloud advertises to the provider (its own prefixes). */
  readonly advertises: string[];
  /** What the provider advertises to the cloud, on each of its sessions: what counts against its limit. */
  readonly advertiseToCloud: string[];
  /** The routes the cloud accepts, from whom, with their AS paths. */
  readonly receives: L3Route[];
  /** The routes the cloud is sent and drops (BGP loop prevention). */
  readonly rejected: L3RejectedRoute[];
  /** The limit type of what the cloud accepts. */
  readonly sessionType: SessionType;
  /** The most prefixes the cloud accepts on a session (published limit or override), when known. */
  readonly maxPrefix?: number;
  /** Where `maxPrefix` comes from. */
  readonly maxPrefixSource: string;
  /** How many prefixes the cloud is sent (`advertiseToCloud.length`). */
  readonly used: number;
  /** `used` in percent of `maxPrefix`, one decimal, when there is a limit. */
  readonly percent?: number;
  /** OK, WARNING (>= 80 %) or ERROR (over the limit). */
  readonly level: BudgetLevel;
  /** The fewest prefixes that cover `advertiseToCloud`. */
  readonly summarized: string[];
  /** True when advertising `summarized` instead fits the limit. */
  readonly summaryFits: boolean;
  /** The budget in words. */
  readonly advice: string;
}

/** What the customer's router (or, without customer BGP, the customer's sites) sends and receives. */
export interface L3CustomerRoutes {
  /** True when the customer's router runs BGP with the provider. */
  readonly bgp: boolean;
  /** Its ASN, when known. */
  readonly asn?: number;
  /** The on-premises prefixes (originated by the router, or injected by the provider). */
  readonly advertises: string[];
  /** The routes the router receives (none without customer BGP). */
  readonly receives: L3Route[];
  /** How the on-premises network learns the clouds. */
  readonly note: string;
}

/** The result of `L3RoutePropagation.plan`. */
export interface L3PropagationPlan {
  /** The design's display name. */
  readonly name: string;
  /** The VRF design. */
  readonly vrfMode: VrfMode;
  /** True when the customer's router runs BGP with the provider. */
  readonly customerBgp: boolean;
  /** The provider's display name. */
  readonly providerName: string;
  /** The provider's ASN, when known. */
  readonly providerAsn?: number;
  /** The VRFs the provider configures. */
  readonly vrfs: string[];
  /** Every cloud, in input order. */
  readonly clouds: L3CloudRoutes[];
  /** The customer's side. */
  readonly customer: L3CustomerRoutes;
  /** What the provider must configure for the design to work as planned, in words. */
  readonly providerRequirements: string[];
}

/** The key of a cloud in VRF names and properties. */
export function cloudKey(cloud: Cloud): string {
  switch (cloud) {
    case Cloud.AZURE: return 'azure';
    case Cloud.AWS: return 'aws';
    case Cloud.GCP: return 'gcp';
    case Cloud.OCI: return 'oci';
    default: return 'customer';
  }
}

function v4(prefixes: string[], property: string): string[] {
  const out: string[] = [];
  prefixes.forEach((p, i) => {
    const c = Cidr.parseLoose(p, `${property}[${i}]`);
    if (c.version === 4 && !out.includes(c.toString())) out.push(c.toString());
  });
  return out;
}

function path(...asns: Array<number | undefined>): number[] {
  return asns.filter((a): a is number => a !== undefined);
}

interface Origin {
  readonly cloud: Cloud;
  readonly prefixes: string[];
  readonly edgeAsn?: number;
  readonly edgeLabel: string;
}

/** The Layer 3 provider's route propagation. */
export class L3RoutePropagation {
  /**
   * Every cloud's received routes and budget under the VRF design. Throws only on malformed input; call `enforce`
   * to fail on budgets.
   *
   * @param input the design, the clouds and the on-premises prefixes
   */
  public static plan(input: L3PropagationInput): L3PropagationPlan {
    const seen = new Set<Cloud>();
    for (const c of input.clouds) {
      if (c.cloud === Cloud.CUSTOMER) fail('clouds.cloud', c.cloud, 'the customer\'s network is not a cloud attached to the provider', 'give the on-premises prefixes in onPremisesPrefixes');
      if (seen.has(c.cloud)) fail('clouds.cloud', c.cloud, 'each cloud attaches to the provider once in a design', 'list each cloud once');
      seen.add(c.cloud);
    }
    const provider = input.providerName ?? 'the provider';
    const P = input.providerAsn;
    const C = input.customerBgp ? input.customerAsn : undefined;
    const shared = input.vrfMode === VrfMode.SHARED;
    const vrfOf = (cloud: Cloud) => (shared ? 'shared' : cloudKey(cloud));
    const vrfLabel = (cloud: Cloud) => (shared ? `${provider} shared VRF` : `${provider} VRF ${cloudKey(cloud)}`);
    const router = 'customer router';
    const onPrem = v4(input.onPremisesPrefixes ?? [], 'onPremisesPrefixes');
    const origins: Origin[] = input.clouds.map((c) => ({
      cloud: c.cloud,
      prefixes: v4(c.prefixes, `clouds.${cloudKey(c.cloud)}.prefixes`),
      edgeAsn: c.edgeAsn,
      edgeLabel: c.edgeLabel ?? `${c.cloud} edge`,
    }));

    // The routes each cloud is sent, before its own loop prevention.
    const sentTo = (target: Origin): L3Route[] => {
      const out: L3Route[] = [];
      const here = vrfLabel(target.cloud);
      if (shared || input.customerBgp) {
        for (const o of origins) {
          if (o.cloud === target.cloud) continue;
          const via = shared ? [o.edgeLabel, here] : [o.edgeLabel, vrfLabel(o.cloud), router, here];
          const asPath = shared ? path(P, o.edgeAsn) : path(P, C, P, o.edgeAsn);
          for (const prefix of o.prefixes) out.push({ prefix, origin: o.cloud, from: here, via, asPath });
        }
      }
      const onPremVia = input.customerBgp ? [router, here] : [here];
      const onPremPath = input.customerBgp ? path(P, C) : path(P);
      for (const prefix of onPrem) out.push({ prefix, origin: Cloud.CUSTOMER, from: here, via: onPremVia, asPath: onPremPath });
      return out;
    };

    const clouds = input.clouds.map((spec, i): L3CloudRoutes => {
      const o = origins[i];
      const sent = sentTo(o);
      const receives: L3Route[] = [];
      const rejected: L3RejectedRoute[] = [];
      for (const r of sent) {
        if (o.edgeAsn !== undefined && r.asPath.includes(o.edgeAsn)) {
          rejected.push({ prefix: r.prefix, origin: r.origin, reason: `AS path ${r.asPath.join(' ')} holds the ${o.cloud} edge's own AS${o.edgeAsn} (BGP loop prevention)` });
        } else {
          receives.push(r);
        }
      }
      const advertiseToCloud = [...new Set(sent.map((r) => r.prefix))];
      const budget = PrefixBudget.evaluate(advertiseToCloud, spec.sessionType, spec.maxPrefixOverride);
      return {
        cloud: o.cloud,
        vrf: vrfOf(o.cloud),
        edgeAsn: o.edgeAsn,
        edgeLabel: o.edgeLabel,
        advertises: o.prefixes,
        advertiseToCloud,
        receives,
        rejected,
        sessionType: spec.sessionType,
        maxPrefix: budget.limit,
        maxPrefixSource: budget.source,
        used: budget.used,
        percent: budget.percent,
        level: budget.level,
        summarized: budget.summarized,
        summaryFits: budget.summaryFits,
        advice: budget.advice,
      };
    });

    const customerReceives: L3Route[] = input.customerBgp
      ? origins.flatMap((o) => o.prefixes.map((prefix) => ({ prefix, origin: o.cloud, from: vrfLabel(o.cloud), via: [o.edgeLabel, vrfLabel(o.cloud)], asPath: path(P, o.edgeAsn) })))
      : [];
    const customer: L3CustomerRoutes = {
      bgp: input.customerBgp,
      asn: C,
      advertises: onPrem,
      receives: customerReceives,
      note: input.customerBgp
        ? (shared ? `the customer router learns every cloud from ${provider}'s shared VRF` : `the customer router learns each cloud from that cloud's VRF and re-advertises it into the other VRFs`)
        : `no BGP with the customer: ${provider} routes the clouds' prefixes to the customer's sites statically (or by default route)`,
    };

    const vrfs = shared ? ['shared'] : input.clouds.map((c) => cloudKey(c.cloud));
    const reqs: string[] = [];
    if (shared) {
      reqs.push(`one VRF (shared) for ${input.clouds.map((c) => c.cloud).join(', ')}${input.customerBgp ? ' and the customer router' : ' and the customer\'s sites'}: re-advertise every cloud's prefixes to every other cloud`);
    } else if (input.customerBgp) {
      reqs.push(`one VRF per cloud (${vrfs.join(', ')}), each with an eBGP session to the customer router; leak nothing between the VRFs: the customer router re-advertises between them`);
      reqs.push(`accept routes that carry ${P !== undefined ? `AS${P}` : 'the provider\'s own ASN'} from the customer router in every VRF (allowas-in 1): a route hair-pinned from one VRF to another passes the provider twice, and without it every edge drops the other clouds' routes as a loop`);
    } else {
      reqs.push(`one VRF per cloud (${vrfs.join(', ')}); the clouds do not reach each other through ${provider}`);
    }
    if (onPrem.length > 0) {
      reqs.push(input.customerBgp
        ? `carry the on-premises prefixes the customer router originates (${onPrem.join(', ')}) to every cloud`
        : `inject the on-premises prefixes (${onPrem.join(', ')}) into ${shared ? 'the shared VRF' : 'every VRF'} towards the clouds (static routes to the customer's sites)`);
    }
    reqs.push('never advertise a cloud its own prefixes, and send each cloud at most its prefix limit (per BGP session): the limits differ per cloud, see the table');
    return {
      name: input.name,
      vrfMode: input.vrfMode,
      customerBgp: input.customerBgp,
      providerName: provider,
      providerAsn: P,
      vrfs,
      clouds,
      customer,
      providerRequirements: reqs,
    };
  }

  /** The clouds at or above 80 % of their limit (but not over it). */
  public static warnings(plan: L3PropagationPlan): L3CloudRoutes[] {
    return plan.clouds.filter((c) => c.level === BudgetLevel.WARNING);
  }

  /**
   * Throw a `ValidationError` for the first cloud over its limit, naming the cloud, the count, the limit, who
   * contributes what, and what to summarise or filter.
   *
   * @param plan the plan
   * @param propertyOf the property to blame for an origin (e.g. `Cloud.CUSTOMER` -> `onPremisesPrefixes`)
   */
  public static enforce(plan: L3PropagationPlan, propertyOf: { [cloud: string]: string }): void {
    for (const c of plan.clouds) {
      if (c.level !== BudgetLevel.ERROR) continue;
      const byOrigin = new Map<Cloud, string[]>();
      const sentOrigins: Array<{ origin: Cloud; prefix: string }> = [
        ...c.receives.map((r) => ({ origin: r.origin, prefix: r.prefix })),
        ...c.rejected.map((r) => ({ origin: r.origin, prefix: r.prefix })),
      ];
      for (const r of sentOrigins) byOrigin.set(r.origin, [...(byOrigin.get(r.origin) ?? []), r.prefix]);
      const contributors = [...byOrigin.entries()]
        .map(([origin, prefixes]) => ({ origin, count: new Set(prefixes).size, summary: Cidr.summarize([...new Set(prefixes)]) }))
        .sort((a, b) => b.count - a.count);
      const top = contributors[0];
      const label = (x: Cloud) => (x === Cloud.CUSTOMER ? 'on-premises' : x);
      const parts = contributors.map((x) => `${label(x.origin)} ${x.count}${x.summary.length < x.count ? ` (summarisable to ${x.summary.length})` : ''}`);
      const limit = c.maxPrefix!;
      const fix = [
        `summarise or filter what ${plan.providerName} advertises to ${c.cloud} (it gets ${parts.join(', ')})`,
        c.summaryFits ? `summarised, it would be ${c.summarized.length} prefixes` : 'even summarised it does not fit: filter, or have the provider advertise a default route to this cloud',
        plan.vrfMode === VrfMode.SHARED ? `or land ${c.cloud} in its own VRF (VrfMode.PER_CLOUD) so that it receives less` : undefined,
      ].filter((x) => x !== undefined).join('; ');
      const onExceed = PREFIX_LIMITS[c.sessionType]?.onExceed ?? 'the session drops';
      fail(top ? (propertyOf[top.origin] ?? 'onPremisesPrefixes') : 'onPremisesPrefixes', `${c.used} prefixes`,
        `${c.cloud} would receive ${c.used} prefixes from ${plan.providerName} (${plan.vrfMode === VrfMode.SHARED ? 'shared VRF' : `VRF ${c.vrf}`}), over the ${c.sessionType} limit of ${limit} (${c.maxPrefixSource}); above it ${onExceed}`, fix);
    }
  }

  private constructor() {}
}
