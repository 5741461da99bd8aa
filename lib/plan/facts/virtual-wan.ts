/**
 * Azure Virtual WAN: the figures and rules of a virtual hub and its gateways that the library plans with, each with
 * its source (Microsoft's documentation, as published in 2025, and the azurerm provider at v4.55.0). Pure
 * TypeScript, no cdktf.
 */

const VWAN_LIMITS = 'learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits#virtual-wan-limits';
const VWAN_FAQ = 'learn.microsoft.com/azure/virtual-wan/virtual-wan-faq';
const VWAN_ER = 'learn.microsoft.com/azure/virtual-wan/virtual-wan-expressroute-about';
const VWAN_S2S = 'learn.microsoft.com/azure/virtual-wan/virtual-wan-site-to-site-portal';

/** The figures of a virtual hub. */
export interface VirtualWanFigures {
  /** The longest prefix a virtual hub's address prefix may have (a /24 or larger). */
  readonly hubPrefixMaxLength: number;
  /** Scale units of a virtual hub's ExpressRoute gateway: at most. */
  readonly expressRouteMaxScaleUnits: number;
  /** Throughput of one ExpressRoute scale unit, Mbit/s. */
  readonly expressRouteScaleUnitMbps: number;
  /** Scale units of a virtual hub's VPN gateway: at most (20 Gbit/s aggregate at 500 Mbit/s each). */
  readonly vpnMaxScaleUnits: number;
  /** Throughput of one VPN scale unit, Mbit/s. */
  readonly vpnScaleUnitMbps: number;
  /** ExpressRoute circuits connected to one virtual hub, from different peering locations. */
  readonly maxCircuitsPerHub: number;
  /** ExpressRoute circuits connected to one virtual hub from the same peering location. */
  readonly maxCircuitsPerLocation: number;
  /** Links of one VPN site (and of one VPN connection). */
  readonly maxLinksPerSite: number;
  /** IPsec tunnels per virtual hub (each link connection is two tunnels, one per gateway instance). */
  readonly maxTunnelsPerHub: number;
  /** Routes a virtual hub accepts from all its connections together. */
  readonly maxRoutes: number;
  /** The IPsec SA data size the library sets (`sa_data_size_kb` is required on a Virtual WAN link), KB. */
  readonly saDataSizeKb: number;
}

/** The figures, each source in `VIRTUAL_WAN_SOURCE`. */
export const VIRTUAL_WAN: VirtualWanFigures = Object.freeze({
  hubPrefixMaxLength: 24,
  expressRouteMaxScaleUnits: 10,
  expressRouteScaleUnitMbps: 2000,
  vpnMaxScaleUnits: 40,
  vpnScaleUnitMbps: 500,
  maxCircuitsPerHub: 8,
  maxCircuitsPerLocation: 4,
  maxLinksPerSite: 4,
  maxTunnelsPerHub: 2000,
  maxRoutes: 10000,
  saDataSizeKb: 102400000,
});

/** Where each figure and rule comes from. */
export const VIRTUAL_WAN_SOURCE = Object.freeze({
  hubPrefix: `"The minimum address space is /24 to create a hub" (${VWAN_S2S}); "Virtual WAN hubs are deployed with a minimum size of /24" (${VWAN_FAQ})`,
  scaleUnits: `"ExpressRoute gateways are provisioned in units of 2 Gbps. One scale unit = 2 Gbps with support up to 10 scale units = 20 Gbps" (${VWAN_ER}; azurerm v4.55.0 express_route_gateway_resource.go: scale_units 1-10); "1 scale unit of VPN = 500 Mbps" and a VPN aggregate of up to 20 Gbps per hub (${VWAN_FAQ})`,
  asn: `"AS Number: The AS Number field can't be edited" (${VWAN_S2S}); "the virtual network gateway ASN is always 65515" (learn.microsoft.com/azure/virtual-wan/virtual-wan-connectivity); the ExpressRoute gateway's ASN is fixed too (${VWAN_ER})`,
  // on-premises ASNs: the same Azure-reserved ASNs as a hub VNet's (8074, 8075, 12076, 65515, 65517-65520, VWAN_FAQ),
  // refused by the ASN rules every pattern applies to an Azure peer (lib/plan/addressing/asn.ts)
  limits: `${VWAN_LIMITS}: ExpressRoute circuit connections per hub 8, VPN connections per hub 1,000, total routes a hub accepts 10,000; "Maximum number of circuits in the same peering location connected to the same virtual hub: 4" (${VWAN_ER}); "Four links per VPN Site are supported" (${VWAN_S2S}); "up to 1000 connections or 2000 IPsec tunnels per virtual hub" (${VWAN_FAQ})`,
  transit: `"Enabling branch-to-branch is enabled by default ... This lets VPN branches/users connect to other VPN branches and transit connectivity is also enabled between VPN and ExpressRoute users"; "Transit between ER-to-ER is always via Global reach" (${VWAN_FAQ}); azurerm v4.55.0 virtual_wan_resource.go: allow_branch_to_branch_traffic defaults to true`,
  links: `"Each link connection consists of two IPsec tunnels that terminate in two instances of an active-active VPN gateway" (${VWAN_FAQ}); custom APIPA BGP addresses in 169.254.21.* and 169.254.22.*, "Azure accepts BGP connections in these ranges but will dial connection with the default BGP IP" (${VWAN_S2S})`,
  routingPreference: 'hub routing preference ExpressRoute (the default), VpnGateway or ASPath decides between routes for one prefix learned over ExpressRoute and VPN (learn.microsoft.com/azure/virtual-wan/about-virtual-hub-routing-preference)',
  saDataSize: 'sa_data_size_kb is required on a Virtual WAN link\'s ipsec_policy (azurerm v4.55.0 vpn_gateway_connection_resource.go:227-231); 102,400,000 KB is Azure\'s default SA data size (learn.microsoft.com/azure/vpn-gateway/ipsec-ike-policy-howto)',
  oracle: `neither Microsoft nor Oracle documents Oracle Interconnect for Azure with Virtual WAN: Microsoft calls the interconnect's circuit "a regular ExpressRoute circuit" (learn.microsoft.com/azure/virtual-machines/workloads/oracle/configure-azure-oci-networking) and Virtual WAN connects Local, Standard and Premium circuits (${VWAN_ER}), but no page states the combination`,
});
