import { lookup } from '../guards';
import { BudgetLevel } from './budget';
import { Cidr } from '../addressing/cidr';
import { Cloud } from '../facts/clouds';
import { EdgeKind } from '../facts/edges';
import { fail } from '../errors';
import { SessionType } from '../facts/limits';
import { BgpInitiator, BgpSessionRecord, BgpSpeakerRecord, LinkKind, LinkRole } from './model';
import { L3RouteReader } from './l3-routes';
import { RoutePropagation } from './propagation';
import { checkArgs } from '../shape-check';

/**
 * Route propagation through a Layer 3 (IP VPN / MPLS) provider: the provider runs BGP with every cloud's edge, and
 * lands the clouds either in one VRF each or all in one VRF. Which prefixes each cloud receives, from whom, with
 * which AS path, and how that counts against the cloud's prefix limit. Pure TypeScript, no cdktf.
 *
 * The designs, and what the route propagation gives for each:
 * - `SHARED`: one VRF holds every cloud (and the customer's sites). The provider re-advertises every cloud's
 *   prefixes to every other cloud directly, and the on-premises prefixes to every cloud.
 * - `PER_CLOUD` with customer BGP: one VRF per cloud. A VRF's routes reach the customer's router (the only speaker
 *   in every VRF), which re-advertises them by default into the other VRFs: every cloud receives the other clouds'
 *   prefixes and the on-premises ones, hair-pinned through the customer router. The provider's ASN is then twice
 *   on the path, so its edges must accept their own ASN from the customer router (`allowas-in`).
 * - `PER_CLOUD` without customer BGP: the VRFs never meet. Each cloud receives only the on-premises prefixes the
 *   provider injects (static routes towards the customer's sites), and nothing from the other clouds.
 *
 * This module does not model routing itself: it states the design as BGP speakers and sessions (`sessions`: the
 * provider's VRFs, transit, with allowas-in in per-cloud VRFs behind a customer router; the customer router; each
 * cloud's edge with its `EdgeKind`), runs the library's one route propagation over them
 * (`RoutePropagation.compute`, propagation.ts, with the edge table of edges.ts) and reads the result per cloud.
 * The pattern records the same sessions in the connectivity model, so its plan, its handoff document and the
 * connectivity report give the same routes and budgets by construction. ASNs not known at synth (the provider's,
 * the customer's) are left out of the paths. The sessions are IPv4: IPv6 prefixes are left out.
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
  /** The hub (construct path) of the cloud's network: the edge drops routes of its own hub. @default - none */
  readonly hub?: string;
  /** The kind of the cloud's edge (its transit behaviour comes from the edge table). @default - none: a cloud edge without a kind does not transit */
  readonly edgeKind?: EdgeKind;
  /** The user's property that holds `prefixes` (what a budget error names). @default - none */
  readonly prefixesProperty?: string;
  /** Who configures the cloud's sessions, in words. @default - not recorded */
  readonly managedBy?: string;
  /** The VLAN of the cloud's sessions, when known at synth. @default - not known */
  readonly vlan?: number;
  /** The circuit or port `vlan` is unique on. @default - none */
  readonly vlanDomain?: string;
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
  /** The VLAN of the customer router's attachment to each VRF, keyed by VRF. @default - none known */
  readonly customerVlans?: { [vrf: string]: number };
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
  /**
   * The design's BGP sessions (provider VRFs, customer router, cloud edges) the routes and budgets were computed
   * over, with the route propagation of propagation.ts: what the pattern records in the connectivity model.
   */
  readonly sessions: BgpSessionRecord[];
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

/** The provider sessions of each cloud: Azure private peering on two links, Google Cloud on two attachments. */
const SESSION_NAMES: { [cloud: string]: string[] } = {
  [Cloud.AZURE]: ['azure-primary', 'azure-secondary'], [Cloud.AWS]: ['aws'], [Cloud.GCP]: ['gcp-ad1', 'gcp-ad2'], [Cloud.OCI]: ['oci'],
};

/** The node name of each cloud's edge under the design's name. */
const EDGE_NODE: { [cloud: string]: string } = {
  [Cloud.AZURE]: 'msee', [Cloud.AWS]: 'dx-gateway', [Cloud.GCP]: 'cloud-router', [Cloud.OCI]: 'fastconnect',
};

/** The design, normalised: what both the sessions and the reading of the propagation need. */
interface Design {
  readonly input: L3PropagationInput;
  readonly provider: string;
  readonly shared: boolean;
  readonly onPrem: string[];
  readonly clouds: Array<{ readonly spec: L3CloudSpec; readonly prefixes: string[]; readonly edgeLabel: string; readonly vrf: string }>;
  readonly vrfs: string[];
  readonly vrfNode: (vrf: string) => string;
  readonly vrfLabel: (vrf: string) => string;
  readonly edgeNode: (cloud: Cloud) => string;
  readonly routerNode: string;
}

function design(input: L3PropagationInput): Design {
  const seen = new Set<Cloud>();
  for (const c of input.clouds) {
    if (c.cloud === Cloud.CUSTOMER) fail('clouds.cloud', c.cloud, 'the customer\'s network is not a cloud attached to the provider', 'give the on-premises prefixes in onPremisesPrefixes');
    if (seen.has(c.cloud)) fail('clouds.cloud', c.cloud, 'each cloud attaches to the provider once in a design', 'list each cloud once');
    seen.add(c.cloud);
  }
  const provider = input.providerName ?? 'the provider';
  const shared = input.vrfMode === VrfMode.SHARED;
  const onPrem = v4(input.onPremisesPrefixes ?? [], 'onPremisesPrefixes');
  const clouds = input.clouds.map((spec) => ({
    spec,
    prefixes: v4(spec.prefixes, `clouds.${cloudKey(spec.cloud)}.prefixes`),
    edgeLabel: spec.edgeLabel ?? `${spec.cloud} edge`,
    vrf: shared ? 'shared' : cloudKey(spec.cloud),
  }));
  return {
    input,
    provider,
    shared,
    onPrem,
    clouds,
    vrfs: shared ? ['shared'] : clouds.map((c) => c.vrf),
    vrfNode: (vrf) => `${input.name}/provider-vrf${shared ? '' : `-${vrf}`}`,
    vrfLabel: (vrf) => (shared ? `${provider} shared VRF` : `${provider} VRF ${vrf}`),
    edgeNode: (cloud) => `${input.name}/${lookup(EDGE_NODE, cloud)}`,
    routerNode: `${input.name}/customer-router`,
  };
}

/** The design's BGP speakers and sessions: every cloud edge with its provider VRF, and the customer router with every VRF. */
function sessionsOf(d: Design): BgpSessionRecord[] {
  const input = d.input;
  const vrfSpeaker = (vrf: string): BgpSpeakerRecord => ({
    cloud: Cloud.CUSTOMER,
    node: d.vrfNode(vrf),
    label: d.vrfLabel(vrf),
    asn: input.providerAsn,
    // without customer BGP, the provider injects the on-premises prefixes itself
    originates: input.customerBgp ? [] : d.onPrem,
    receiveLimitType: SessionType.CUSTOMER_ROUTER,
    edge: EdgeKind.L3_PROVIDER_VRF,
    transit: true,
    prefixesProperty: input.customerBgp ? undefined : 'onPremisesPrefixes',
    // a per-cloud VRF takes the other clouds' routes back from the customer router (allowas-in)
    allowAsIn: !d.shared && input.customerBgp ? true : undefined,
  });
  const sessions: BgpSessionRecord[] = [];
  for (const c of d.clouds) {
    const spec = c.spec;
    const edge: BgpSpeakerRecord = {
      cloud: spec.cloud,
      node: d.edgeNode(spec.cloud),
      label: c.edgeLabel,
      asn: spec.edgeAsn,
      originates: c.prefixes,
      receiveLimitType: spec.sessionType,
      receiveLimitOverride: spec.maxPrefixOverride,
      hub: spec.hub,
      edge: spec.edgeKind,
      prefixesProperty: spec.prefixesProperty,
    };
    const vrf = vrfSpeaker(c.vrf);
    for (const name of lookup(SESSION_NAMES, spec.cloud) ?? []) {
      sessions.push({
        id: `${input.name}/${name}`,
        link: input.name,
        a: vrf,
        b: edge,
        vlan: spec.vlan,
        vlanDomain: spec.vlan !== undefined ? spec.vlanDomain : undefined,
        initiator: BgpInitiator.EITHER,
        bfd: false,
        managedBy: spec.managedBy,
      });
    }
  }
  if (input.customerBgp) {
    const router: BgpSpeakerRecord = {
      cloud: Cloud.CUSTOMER,
      node: d.routerNode,
      label: 'Customer router',
      asn: input.customerAsn,
      originates: d.onPrem,
      receiveLimitType: SessionType.CUSTOMER_ROUTER,
      edge: EdgeKind.CUSTOMER_ROUTER,
      prefixesProperty: 'onPremisesPrefixes',
    };
    for (const vrf of d.vrfs) {
      const vlan = input.customerVlans?.[vrf];
      sessions.push({
        id: `${input.name}/customer${d.shared ? '' : `-${vrf}`}`,
        link: input.name,
        a: router,
        b: vrfSpeaker(vrf),
        vlan,
        vlanDomain: vlan !== undefined ? `l3-customer-attachment:${input.name}` : undefined,
        initiator: BgpInitiator.EITHER,
        bfd: false,
      });
    }
  }
  return sessions;
}

/** The Layer 3 provider's route propagation. */
export class L3RoutePropagation {
  /**
   * The design's BGP speakers and sessions, as the connectivity model records them: every cloud's edge with its
   * provider VRF (Azure on two sessions, Google Cloud on two attachments), and the customer router with every VRF.
   *
   * @param input the design, the clouds and the on-premises prefixes
   */
  public static sessions(input: L3PropagationInput): BgpSessionRecord[] {
    checkArgs('L3RoutePropagation.sessions', [input]);
    return sessionsOf(design(input));
  }

  /**
   * Every cloud's received routes and budget under the VRF design, read from the library's route propagation
   * (`RoutePropagation.compute`) over the design's sessions (`sessions`). Throws only on malformed input; call
   * `enforce` to fail on budgets.
   *
   * @param input the design, the clouds and the on-premises prefixes
   */
  public static plan(input: L3PropagationInput): L3PropagationPlan {
    checkArgs('L3RoutePropagation.plan', [input]);
    const d = design(input);
    const { provider, shared, onPrem } = d;
    const P = input.providerAsn;
    const C = input.customerBgp ? input.customerAsn : undefined;
    const sessions = sessionsOf(d);
    const result = RoutePropagation.compute({
      hubs: [],
      links: [{ id: input.name, stack: '', pattern: 'L3ProviderMultiCloud', kind: LinkKind.LAYER3, role: LinkRole.PRIMARY, clouds: [...d.clouds.map((c) => c.spec.cloud), Cloud.CUSTOMER], hubs: [], sessions }],
    });
    const reader = new L3RouteReader(sessions, result.speakers, d.routerNode, [...d.clouds.map((c) => [c.spec.cloud, c.prefixes] as [Cloud, string[]]), [Cloud.CUSTOMER, onPrem]]);

    const clouds = d.clouds.map((c): L3CloudRoutes => {
      const node = d.edgeNode(c.spec.cloud);
      // every session of the cloud carries the same routes; the fullest one is the cloud's budget
      const budget = result.budgets.filter((b) => b.receiverNode === node).sort((x, y) => y.used - x.used)[0];
      return {
        cloud: c.spec.cloud,
        vrf: c.vrf,
        edgeAsn: c.spec.edgeAsn,
        edgeLabel: c.edgeLabel,
        advertises: c.prefixes,
        advertiseToCloud: reader.ordered(budget.prefixes),
        receives: reader.receives(node),
        rejected: reader.rejected(node),
        sessionType: c.spec.sessionType,
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

    const customer: L3CustomerRoutes = {
      bgp: input.customerBgp,
      asn: C,
      advertises: onPrem,
      receives: input.customerBgp ? reader.receives(d.routerNode) : [],
      note: input.customerBgp
        ? (shared ? `the customer router learns every cloud from ${provider}'s shared VRF` : `the customer router learns each cloud from that cloud's VRF and re-advertises it into the other VRFs`)
        : `no BGP with the customer: ${provider} routes the clouds' prefixes to the customer's sites statically (or by default route)`,
    };

    const vrfs = d.vrfs;
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
      sessions,
    };
  }

  private constructor() {}
}
