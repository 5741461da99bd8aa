import { Cloud } from '../facts/clouds';
import { EdgeKind } from '../facts/edges';
import { SessionType } from '../facts/limits';

/**
 * The connectivity model: what every hub, link and BGP session in an app looks like, as plain data. Patterns
 * record into it while they are built; whole-app checks, the report, the customer-router configuration and the
 * emulation read it. Nothing here depends on cdktf.
 */

/** The kind of a link. */
export enum LinkKind {
  /** Two clouds back to back (ExpressRoute to OCI FastConnect). */
  INTERCONNECT = 'interconnect',
  /** Through a Layer 2 provider or ExpressRoute Direct, meeting at the customer's router. */
  LAYER2 = 'layer2',
  /** Through a Layer 3 (IP VPN / MPLS) provider. */
  LAYER3 = 'layer3',
  /** Site-to-site IPsec VPN over the internet. */
  VPN = 'vpn',
}

/** Whether a link carries traffic normally or only when the primary path is down. */
export enum LinkRole {
  /** The preferred path. */
  PRIMARY = 'primary',
  /** The backup path: configured so that the primary wins whenever it is up. */
  BACKUP = 'backup',
}

/** Which end opens the BGP session. */
export enum BgpInitiator {
  /** Either end may. */
  EITHER = 'either',
  /** Side A must (side B never initiates, e.g. an Azure gateway on APIPA addresses). */
  A = 'a',
  /** Side B must. */
  B = 'b',
}

/**
 * A hub: one cloud network the library connects. An on-premises network is recorded as a hub with
 * `cloud: Cloud.CUSTOMER` (its ranges take part in the whole-app overlap check and the report); the prefixes a
 * customer router originates (`BgpSpeakerRecord.originates` of a `Cloud.CUSTOMER` speaker without a hub) are
 * treated as on-premises ranges too.
 */
export interface HubRecord {
  /** The hub's construct path (unique in the app). */
  readonly id: string;
  /** The stack the hub lives in. */
  readonly stack: string;
  /** The cloud. */
  readonly cloud: Cloud;
  /** A short display name (VNet, VPC, VCN or network name). */
  readonly name: string;
  /** The region, if known at synth. */
  readonly region?: string;
  /** The address ranges of the network (VNet address space, VPC/VCN CIDRs, Google subnets). */
  readonly ranges: string[];
  /** Prefixes the cloud advertises for this hub when they differ from `ranges` (OCI advertises subnets). */
  readonly advertised?: string[];
  /** What kind of network the hub is, when the cloud's usual word does not fit, e.g. `Virtual WAN hub`. @default - the cloud's word (VNet, VPC, VPC network, VCN) */
  readonly networkKind?: string;
  /**
   * Routes the hub's existing ExpressRoute gateway already learns over circuits outside the app (declared by the
   * user): counted with the app's towards the gateway's learned-route limit.
   * @default 0
   */
  readonly expressRouteRoutesInUse?: number;
}

/** One end of a BGP session. */
export interface BgpSpeakerRecord {
  /** The cloud of this end. */
  readonly cloud: Cloud;
  /** A stable name of the BGP speaker, e.g. `<hub path>/vpn-gateway/instance-0` or `customer-router`. */
  readonly node: string;
  /** A display label, e.g. "Azure VPN gateway (instance 0)". */
  readonly label: string;
  /** Its ASN: undefined when a provider manages it. */
  readonly asn?: number;
  /** Its peering address (no prefix length): undefined when assigned by a provider or a cloud at apply time. */
  readonly address?: string;
  /** The prefixes it originates (its own networks). */
  readonly originates: string[];
  /** The limit that applies to what this end receives. */
  readonly receiveLimitType: SessionType;
  /** A limit that replaces the published one. */
  readonly receiveLimitOverride?: number;
  /**
   * Routes this end's gateway already receives from sessions outside the app (an existing gateway's, declared by
   * the user): counted with what the session brings towards the receive limit.
   * @default 0
   */
  readonly routesInUse?: number;
  /** The user's property that declares `routesInUse` (what a budget error names). @default - none */
  readonly routesInUseProperty?: string;
  /**
   * Routes this end (a transit gateway that exists already) learns from peers outside the app and passes on to the
   * app's peers: counted in what each session of this end carries to its peer.
   * @default 0
   */
  readonly advertisesInUse?: number;
  /** The user's property that declares `advertisesInUse`. @default - none */
  readonly advertisesInUseProperty?: string;
  /** The hub this speaker belongs to, if any. */
  readonly hub?: string;
  /**
   * What kind of speaker this is (a cloud's edge or gateway, a provider VRF, the customer's router): its transit
   * behaviour comes from the edge table (`EdgeBehaviours`, edges.ts), each entry with its source.
   * @default - not recorded: `transit` decides, else a `Cloud.CUSTOMER` speaker transits and any other does not
   */
  readonly edge?: EdgeKind;
  /**
   * True when this end re-advertises what it learns to its other eBGP peers: set it only to override the edge
   * table (e.g. a Layer 3 provider's edge in a design without customer BGP).
   * @default - the edge table's figure for `edge`; without `edge`, true for a `Cloud.CUSTOMER` speaker
   */
  readonly transit?: boolean;
  /**
   * The user's property that holds the prefixes this end originates (e.g. `gcp.subnetCidrs`): a prefix-budget
   * error or warning names the property of the origin that contributes most to the session.
   * @default - none (the error names the session)
   */
  readonly prefixesProperty?: string;
  /**
   * For a transit speaker: the prefixes it may re-advertise (an export prefix list). A learned route is
   * re-advertised only when one of these contains it; the speaker's own `originates` are always advertised.
   * @default - no filter: everything learned is re-advertised
   */
  readonly advertiseFilter?: string[];
  /**
   * True when this end accepts routes whose AS path already holds its own ASN (`allowas-in`), as a Layer 3
   * provider's edge does in a hub-and-spoke VRF design where routes hair-pin through the customer's router.
   * @default false
   */
  readonly allowAsIn?: boolean;
  /**
   * The exact prefixes this end sends on this session, when its export policy filters or summarises (a customer
   * router running the library's FRR configuration: prefix lists and aggregates per session). A listed prefix this
   * end has learned is sent with the learned route's path; one it has not (an aggregate) is sent as its own.
   * @default - what the propagation rules give (its own prefixes, plus what it learns if it transits)
   */
  readonly exports?: string[];
  /**
   * For a transit speaker with several kinds of session (a Virtual WAN hub router): routes it learns over a session
   * where its end has this group are not re-advertised over another session where its end has the same group
   * (e.g. `expressroute`: a virtual hub does not pass routes from one ExpressRoute circuit to another).
   * @default - none: what the speaker learns goes to every other peer
   */
  readonly transitGroup?: string;
  /**
   * The prefixes this end accepts on this session, when its import policy filters (a customer router running the
   * library's FRR configuration: one inbound prefix list per session): a route is accepted only when one of these
   * contains it (the prefix itself or a longer one inside it).
   * @default - no filter: every route is accepted (within the limits)
   */
  readonly imports?: string[];
}

/** A BGP session between two speakers. */
export interface BgpSessionRecord {
  /** A stable id (construct path and session name). */
  readonly id: string;
  /** The link it belongs to. */
  readonly link: string;
  /** One end. */
  readonly a: BgpSpeakerRecord;
  /** The other end. */
  readonly b: BgpSpeakerRecord;
  /** The peering subnet, e.g. `169.254.21.0/30`. */
  readonly subnet?: string;
  /** The VLAN, when the session runs on a tagged sub-interface. */
  readonly vlan?: number;
  /** The circuit or port the VLAN is unique on. */
  readonly vlanDomain?: string;
  /** Who opens the session. */
  readonly initiator: BgpInitiator;
  /** True when BFD runs on the session. */
  readonly bfd: boolean;
  /** A reference to the MD5 key (never the key itself). */
  readonly md5KeyRef?: string;
  /** Who configures the session when the customer does not (a Layer 3 provider). */
  readonly managedBy?: string;
}

/** A link between clouds, made of one or more BGP sessions. */
export interface LinkRecord {
  /** The pattern's construct path. */
  readonly id: string;
  /** The stack the pattern lives in. */
  readonly stack: string;
  /** The pattern class, e.g. `ExpressRouteToOracle`. */
  readonly pattern: string;
  /** The kind of link. */
  readonly kind: LinkKind;
  /** Primary or backup. */
  readonly role: LinkRole;
  /** The clouds it joins. */
  readonly clouds: Cloud[];
  /** The hubs (construct paths) it joins. */
  readonly hubs: string[];
  /** The circuit or port bandwidth, Mbit/s. */
  readonly circuitMbps?: number;
  /** The slowest gateway on the path, Mbit/s, with its name. */
  readonly gatewayMbps?: number;
  /** The gateway's display name (e.g. "ExpressRoute gateway ErGw1AZ"). */
  readonly gatewayName?: string;
  /** Aggregate tunnel throughput, Mbit/s (VPN). */
  readonly tunnelMbps?: number;
  /**
   * The clouds on whose side `circuitMbps` applies: a path between two other clouds of the link does not cross
   * that circuit (e.g. the ExpressRoute circuit of a Layer 2 link between AWS and Google Cloud).
   * @default - every cloud of the link
   */
  readonly circuitClouds?: Cloud[];
  /** Where `circuitMbps` comes from. @default - "the circuit bandwidth configured on the pattern" */
  readonly circuitSource?: string;
  /** Where `gatewayMbps` comes from. @default - inferred from `gatewayName`: the ExpressRoute or VPN gateway SKU table in limits.ts */
  readonly gatewaySource?: string;
  /** The hub (construct path) whose gateway `gatewayName` is, for the topology diagram. @default - the link's Azure hub when `gatewayName` names an ExpressRoute or VPN gateway */
  readonly gatewayHub?: string;
  /** Where `tunnelMbps` comes from. @default - inferred: `TUNNEL_THROUGHPUT_MBPS` of the link's cloud whose figure matches */
  readonly tunnelSource?: string;
  /** The construct path of the pattern that recorded the link (what errors and warnings name). @default - `id` */
  readonly construct?: string;
  /** The BGP sessions. */
  readonly sessions: BgpSessionRecord[];
}

/** Everything the app connects. */
export class ConnectivityModel {
  private readonly hubList: HubRecord[] = [];
  private readonly linkThunks: Array<() => LinkRecord> = [];
  private settled?: LinkRecord[];

  /** Record a hub. */
  public addHub(hub: HubRecord): void {
    this.hubList.push(hub);
  }

  /**
   * Record a link. The function runs when the model is read (at synth), after every construct is built and
   * every peering subnet is allocated.
   *
   * @internal
   */
  public _addLink(link: () => LinkRecord): void {
    this.linkThunks.push(link);
    this.settled = undefined;
  }

  /** The hubs. */
  public get hubs(): HubRecord[] {
    return [...this.hubList];
  }

  /** The links (resolved on read). */
  public get links(): LinkRecord[] {
    if (!this.settled) this.settled = this.linkThunks.map((f) => f());
    return [...this.settled];
  }

  /** Every BGP session of every link. */
  public get sessions(): BgpSessionRecord[] {
    return this.links.flatMap((l) => l.sessions);
  }
}
