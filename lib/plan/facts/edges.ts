import { guard, lookup } from '../guards';
/**
 * What each kind of BGP speaker the library records does with the routes it learns: whether it re-advertises
 * what it learns on one session to its other sessions (transit), and where that behaviour is documented. The one
 * table the route propagation (`propagation.ts`), the report, the whole-app budget checks and the emulation ask.
 * Pure TypeScript, no cdktf.
 */

/** The kind of a BGP speaker: a cloud's edge or gateway, a provider's VRF, or the customer's router. */
export enum EdgeKind {
  /** An Azure VPN gateway instance (route-based, BGP). */
  AZURE_VPN_GATEWAY = 'azure-vpn-gateway',
  /** Microsoft's edge (MSEE) of an ExpressRoute circuit's private peering, with the VNet's ExpressRoute gateway behind it. */
  AZURE_EXPRESSROUTE = 'azure-expressroute',
  /** An Azure Virtual WAN hub's router, with the hub's ExpressRoute and VPN gateways. */
  AZURE_VIRTUAL_HUB = 'azure-virtual-hub',
  /** Microsoft's edge of an ExpressRoute circuit connected to a Virtual WAN hub: it passes routes between the circuit and the hub. */
  AZURE_VIRTUAL_HUB_EXPRESSROUTE = 'azure-virtual-hub-expressroute',
  /** An AWS virtual private gateway's end of a Site-to-Site VPN tunnel. */
  AWS_VGW_VPN = 'aws-vgw-vpn',
  /** An AWS transit gateway's end of a Site-to-Site VPN tunnel. */
  AWS_TGW_VPN = 'aws-tgw-vpn',
  /** An AWS Direct Connect gateway (private or transit virtual interface). */
  AWS_DIRECT_CONNECT_GATEWAY = 'aws-dx-gateway',
  /** A Google Cloud Router (HA VPN or Interconnect VLAN attachment). */
  GCP_CLOUD_ROUTER = 'gcp-cloud-router',
  /** An OCI DRG's end of a FastConnect virtual circuit or an IPSec tunnel, with the DRG's default route tables. */
  OCI_DRG = 'oci-drg',
  /** The customer's own router (on premises or in a colocation). */
  CUSTOMER_ROUTER = 'customer-router',
  /** A Layer 3 (IP VPN / MPLS) provider's VRF facing a cloud or the customer's router. */
  L3_PROVIDER_VRF = 'l3-provider-vrf',
}

/** What one kind of speaker does with learned routes, and the source. */
export interface EdgeBehaviour {
  /** The kind. */
  readonly kind: EdgeKind;
  /** A display name. */
  readonly name: string;
  /**
   * True when the speaker re-advertises what it learns from one BGP peer to its other BGP peers (as the model
   * records them: the speaker's sessions that share its `node`).
   */
  readonly transit: boolean;
  /** The behaviour in words, including what the library does not model. */
  readonly note: string;
  /** Where the behaviour is documented (a quotation or paraphrase and its address). */
  readonly source: string;
}

/** Every kind of speaker, with its transit behaviour and its source. */
export const EDGE_BEHAVIOURS: { readonly [kind: string]: EdgeBehaviour } = {
  [EdgeKind.AZURE_VPN_GATEWAY]: {
    kind: EdgeKind.AZURE_VPN_GATEWAY,
    name: 'Azure VPN gateway',
    transit: true,
    note: 'an Azure VPN gateway with BGP re-advertises what it learns from one S2S peer (e.g. Google Cloud) to its other peers (e.g. AWS); each active-active instance is its own speaker',
    source: '"BGP can also enable transit routing among multiple networks by propagating routes a BGP gateway learns from one BGP peer to all other BGP peers" (learn.microsoft.com/azure/vpn-gateway/vpn-gateway-bgp-overview)',
  },
  [EdgeKind.AZURE_EXPRESSROUTE]: {
    kind: EdgeKind.AZURE_EXPRESSROUTE,
    name: 'Azure ExpressRoute (MSEE and ExpressRoute gateway)',
    transit: false,
    note: 'no transit between two ExpressRoute circuits (that needs ExpressRoute Global Reach) nor between ExpressRoute and a VPN gateway (that needs Azure Route Server with branch-to-branch traffic); the library models neither',
    source: 'ExpressRoute connects on-premises networks to each other only with Global Reach ("link ExpressRoute circuits together to make a private network between your on-premises networks", learn.microsoft.com/azure/expressroute/expressroute-howto-set-global-reach); route exchange between the ExpressRoute and the VPN gateway of a VNet needs Route Server AllowBranchToBranchTraffic (learn.microsoft.com/azure/route-server/expressroute-vpn-support; learn.microsoft.com/powershell/module/az.network/update-azrouteserver)',
  },
  [EdgeKind.AZURE_VIRTUAL_HUB]: {
    kind: EdgeKind.AZURE_VIRTUAL_HUB,
    name: 'Azure Virtual WAN hub router',
    transit: true,
    note: 'with branch-to-branch traffic on (the default), the hub passes routes between its VPN sites and between VPN sites and ExpressRoute circuits, never from one ExpressRoute circuit to another (that needs Global Reach); the model records this with transit groups on the hub\'s session ends. Its ASN is 65515; what AS path a VPN site sees for a route learned over ExpressRoute is not documented (the model prepends 65515 to the circuit\'s path: verify)',
    source: '"Enabling branch-to-branch is enabled by default ... This lets VPN branches/users connect to other VPN branches and transit connectivity is also enabled between VPN and ExpressRoute users"; "Transit between ER-to-ER is always via Global reach" (learn.microsoft.com/azure/virtual-wan/virtual-wan-faq)',
  },
  [EdgeKind.AZURE_VIRTUAL_HUB_EXPRESSROUTE]: {
    kind: EdgeKind.AZURE_VIRTUAL_HUB_EXPRESSROUTE,
    name: 'Azure ExpressRoute (MSEE) of a Virtual WAN hub',
    transit: true,
    note: 'Microsoft\'s edge passes what the circuit\'s peer advertises to the virtual hub and what the hub advertises (its VNets and, with branch-to-branch, its VPN sites) to the peer',
    source: '"For sites that are connected using ExpressRoute to a virtual hub and IPsec VPN into the same hub, virtual hub provides transit connectivity between the VPN and ExpressRoute user" (learn.microsoft.com/azure/virtual-wan/virtual-wan-faq)',
  },
  [EdgeKind.AWS_VGW_VPN]: {
    kind: EdgeKind.AWS_VGW_VPN,
    name: 'AWS virtual private gateway (VPN)',
    transit: true,
    note: 'AWS VPN CloudHub: a virtual private gateway re-advertises the routes it learns over BGP from one VPN connection to its other VPN connections; the model records one speaker per tunnel, so this only applies between sessions recorded on one node. Direct Connect on the same gateway is not counted as a CloudHub peer here (verify)',
    source: 'AWS VPN CloudHub: "the virtual private gateway ... re-advertises the routes received from one customer gateway to the other customer gateways" (docs.aws.amazon.com/vpn/latest/s2svpn/VPN_CloudHub.html) — verify the wording and whether Direct Connect VIFs on the same VGW are included',
  },
  [EdgeKind.AWS_TGW_VPN]: {
    kind: EdgeKind.AWS_TGW_VPN,
    name: 'AWS transit gateway (VPN)',
    transit: false,
    note: 'a transit gateway propagates attachments\' routes into its route tables; between two VPN attachments it transits only when both are associated with and propagate into one route table, which the library does not configure',
    source: 'docs.aws.amazon.com/vpc/latest/tgw/tgw-route-tables.html (association and propagation per route table)',
  },
  [EdgeKind.AWS_DIRECT_CONNECT_GATEWAY]: {
    kind: EdgeKind.AWS_DIRECT_CONNECT_GATEWAY,
    name: 'AWS Direct Connect gateway',
    transit: false,
    note: 'a Direct Connect gateway connects virtual interfaces to VPCs (VGW) or transit gateways, not to each other',
    source: 'a Direct Connect gateway "supports communication between attached transit virtual interfaces and associated transit gateways" (docs.aws.amazon.com/directconnect/latest/UserGuide/direct-connect-transit-gateways.html); it does not route between virtual interfaces (docs.aws.amazon.com/directconnect/latest/UserGuide/direct-connect-gateways-intro.html)',
  },
  [EdgeKind.GCP_CLOUD_ROUTER]: {
    kind: EdgeKind.GCP_CLOUD_ROUTER,
    name: 'Google Cloud Router',
    transit: false,
    note: 'a Cloud Router advertises the VPC\'s subnets (default mode) or custom ranges; it does not re-advertise learned routes (except through a Network Connectivity Center hybrid spoke with data transfer, not modelled)',
    source: '"Cloud Router doesn\'t re-advertise learned routes unless you use a Network Connectivity Center hybrid spoke with data transfer enabled" (cloud.google.com/network-connectivity/docs/router/concepts/learned-routes); default advertisement mode: only the VPC\'s subnet routes (cloud.google.com/network-connectivity/docs/router/how-to/advertising-custom-ip)',
  },
  [EdgeKind.OCI_DRG]: {
    kind: EdgeKind.OCI_DRG,
    name: 'OCI DRG (default route tables)',
    transit: false,
    note: 'with the DRG\'s auto-generated route tables, virtual-circuit and IPSec-tunnel attachments import only the VCN attachments\' routes, so routes learned on one are not exported on another',
    source: '"The two auto-generated DRG route tables (one as the default for VCN attachments, and the other for all other types of attachments) are each assigned an auto generated import route distribution"; the VCN table imports from every attachment, the other from VCN attachments only (docs.oracle.com/iaas/api/#/en/iaas/latest/DrgRouteDistribution; docs.oracle.com/iaas/Content/Network/Tasks/managingDRGs.htm)',
  },
  [EdgeKind.CUSTOMER_ROUTER]: {
    kind: EdgeKind.CUSTOMER_ROUTER,
    name: 'customer router',
    transit: true,
    note: 'a BGP router re-advertises its best route for every prefix to its other eBGP peers unless an export policy filters it',
    source: 'RFC 4271 §9.1.3 (Phase 3: Route Dissemination); the library\'s FRR configuration (frr.ts) filters per session',
  },
  [EdgeKind.L3_PROVIDER_VRF]: {
    kind: EdgeKind.L3_PROVIDER_VRF,
    name: 'Layer 3 provider VRF',
    transit: true,
    note: 'an IP VPN provider\'s PE re-advertises the VRF\'s routes to every CE of the VRF; with one VRF per cloud and the customer router between them, the PE accepts its own ASN back (allowas-in)',
    source: 'RFC 4364 §4 (VRFs) and §9 (carrying customer routes); allowas-in for hub-and-spoke VPNs (RFC 4364 §10 note on AS path loops)',
  },
};

/** The behaviour of `kind`. */
export function edgeBehaviour(kind: EdgeKind): EdgeBehaviour {
  guard.enumValue(kind, 'kind', EdgeKind);
  return lookup(EDGE_BEHAVIOURS, kind)!;
}

/** The kinds of speakers and their routing behaviour. */
export class EdgeBehaviours {
  /** Every kind, with its transit behaviour and source. */
  public static all(): EdgeBehaviour[] {
    return Object.values(EDGE_BEHAVIOURS).map((b) => ({ ...b }));
  }

  /**
   * True when a speaker of `kind` re-advertises what it learns to its other BGP peers.
   *
   * @param kind the kind of speaker
   */
  public static transits(kind: EdgeKind): boolean {
    guard.enumValue(kind, 'kind', EdgeKind);
    return lookup(EDGE_BEHAVIOURS, kind)?.transit ?? false;
  }

  private constructor() {}
}
