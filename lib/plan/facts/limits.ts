import { guard, lookup, table } from '../guards';
/**
 * Cloud limits as typed data, each figure with its source. A figure marked `verify` was found only in a
 * secondary source or an older page: the constructs that use it let
 * the user override it.
 */

/** The kinds of BGP session whose received-prefix limit matters. */
export enum SessionType {
  /** Routes a customer (or OCI, or a provider) advertises to Microsoft over ExpressRoute private peering, Local or Standard circuit. */
  EXPRESSROUTE_PRIVATE = 'ExpressRoute private peering',
  /** The same on a Premium circuit. */
  EXPRESSROUTE_PRIVATE_PREMIUM = 'ExpressRoute private peering (Premium)',
  /** ExpressRoute Microsoft peering, per BGP session. */
  EXPRESSROUTE_MICROSOFT = 'ExpressRoute Microsoft peering',
  /** Routes an Azure VPN gateway learns from one BGP peer (the gateway's own learned-route limit applies overall). */
  AZURE_VPN = 'Azure VPN gateway BGP peer',
  /** Routes AWS accepts from the customer on a Direct Connect private VIF session. */
  AWS_DX_PRIVATE_VIF = 'AWS Direct Connect private VIF',
  /** Routes AWS accepts from the customer on a Direct Connect transit VIF session. */
  AWS_DX_TRANSIT_VIF = 'AWS Direct Connect transit VIF',
  /** Routes a virtual private gateway accepts from a customer gateway on one VPN connection. */
  AWS_VPN = 'AWS Site-to-Site VPN (virtual private gateway)',
  /** Routes a Cloud Router accepts from one BGP peer. */
  GCP_CLOUD_ROUTER = 'Google Cloud Router BGP peer',
  /** Routes OCI accepts from the customer on a FastConnect virtual circuit. */
  OCI_FASTCONNECT = 'OCI FastConnect virtual circuit',
  /** Routes OCI accepts from the customer on an IPSec tunnel. */
  OCI_IPSEC = 'OCI Site-to-Site VPN tunnel',
  /** A customer's own router: its limit is whatever the engineer configures. */
  CUSTOMER_ROUTER = 'Customer router',
  /** Routes an Azure Virtual WAN hub accepts from its connections (VPN sites, ExpressRoute circuits, VNets): one total per hub. */
  AZURE_VIRTUAL_HUB = 'Azure Virtual WAN hub',
}

/** A limit with its source. */
export interface SourcedLimit {
  /** The number: `undefined` when no published figure was found. */
  readonly value?: number;
  /** Where the number comes from. */
  readonly source: string;
  /** True when the figure comes only from a secondary source or an older page. */
  readonly verify: boolean;
  /** What happens when the limit is exceeded. */
  readonly onExceed: string;
}

const ER_LIMITS = 'https://learn.microsoft.com/azure/expressroute/expressroute-faqs#limits (MicrosoftDocs/azure-docs includes/expressroute-limits.md)';
const ER_ROUTING = 'https://learn.microsoft.com/azure/expressroute/expressroute-routing#route-aggregation-and-prefix-limits';
const DX_LIMITS = 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/limits.html';
const DROP = 'the BGP session is dropped until the prefix count is back under the limit';

/** Received-prefix limits per session type. */
export const PREFIX_LIMITS: Record<SessionType, SourcedLimit> = table({
  [SessionType.EXPRESSROUTE_PRIVATE]: { value: 4000, source: ER_LIMITS, verify: false, onExceed: `${DROP} (${ER_ROUTING})` },
  [SessionType.EXPRESSROUTE_PRIVATE_PREMIUM]: { value: 10000, source: ER_LIMITS, verify: false, onExceed: `${DROP} (${ER_ROUTING})` },
  [SessionType.EXPRESSROUTE_MICROSOFT]: { value: 200, source: ER_LIMITS, verify: false, onExceed: `${DROP} (${ER_ROUTING})` },
  [SessionType.AZURE_VIRTUAL_HUB]: { value: 10000, source: 'https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits#virtual-wan-limits ("Total number of routes the hub can accept from its connected resources (virtual networks, branches, other virtual hubs, etc.)": 10,000; a total per hub, no per-connection figure is published)', verify: false, onExceed: 'routes beyond the hub\'s total are not accepted' },
  [SessionType.AZURE_VPN]: { value: 4000, source: 'https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-vpn-faq#bgp (a VPN gateway accepts up to 4,000 routes from a BGP peer)', verify: true, onExceed: 'the BGP session is dropped' },
  [SessionType.AWS_DX_PRIVATE_VIF]: { value: 100, source: DX_LIMITS, verify: false, onExceed: 'the BGP session goes to Idle; the limit cannot be increased' },
  [SessionType.AWS_DX_TRANSIT_VIF]: { value: 100, source: DX_LIMITS, verify: false, onExceed: 'the BGP session goes to Idle; the limit cannot be increased' },
  [SessionType.AWS_VPN]: { value: 100, source: 'https://docs.aws.amazon.com/vpn/latest/s2svpn/vpn-limits.html (100 dynamic routes from a customer gateway to a VPN connection on a virtual private gateway)', verify: true, onExceed: 'the BGP session resets' },
  [SessionType.GCP_CLOUD_ROUTER]: { value: 5000, source: 'https://cloud.google.com/network-connectivity/docs/router/quotas (prefixes accepted per BGP peer)', verify: true, onExceed: 'the BGP session is reset' },
  [SessionType.OCI_FASTCONNECT]: { value: undefined, source: 'not published in the sources read (docs.oracle.com/iaas/Content/Network/Concepts/routingonprem.htm); set a limit explicitly to budget it', verify: true, onExceed: 'unknown' },
  [SessionType.OCI_IPSEC]: { value: undefined, source: 'not published in the sources read (docs.oracle.com/iaas/Content/Network/Concepts/routingonprem.htm); set a limit explicitly to budget it', verify: true, onExceed: 'unknown' },
  [SessionType.CUSTOMER_ROUTER]: { value: undefined, source: 'configured on the customer router (neighbor ... maximum-prefix)', verify: false, onExceed: 'as configured on the router' },
});

/** Routes Azure advertises from a VNet to ExpressRoute (1,000 IPv4). Source: includes/expressroute-limits.md. */
export const EXPRESSROUTE_VNET_ADVERTISED_LIMIT: SourcedLimit = { value: 1000, source: ER_LIMITS, verify: false, onExceed: 'routes beyond the limit are not advertised' };

/** An ExpressRoute virtual network gateway SKU. */
export interface ExpressRouteGatewaySku {
  /** The azurerm `sku` value. */
  readonly name: string;
  /** Throughput in Mbit/s. */
  readonly throughputMbps: number;
  /** Routes the gateway learns, at most. */
  readonly maxLearnedRoutes: number;
  /** True for a zone-redundant (AZ) SKU. */
  readonly zoneRedundant: boolean;
  /** True when the SKU supports FastPath. */
  readonly fastPath: boolean;
  /** ExpressRoute circuits (in different peering locations) linked to the gateway's virtual network, at most. */
  readonly maxCircuits: number;
}

const ERGW_SRC = 'https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways (includes/expressroute-gateway-performance-include.md); FastPath: https://learn.microsoft.com/azure/expressroute/about-fastpath; circuits: includes/expressroute-limits.md ("Maximum number of circuits in different peering locations linked to the same virtual network": Standard/ERGw1Az 4, High Perf/ERGw2Az 8, Ultra Performance/ErGw3Az 16)';

/** ExpressRoute gateway SKUs. Source: {@link ERGW_SRC}. */
export const EXPRESSROUTE_GATEWAY_SKUS: Record<string, ExpressRouteGatewaySku> = table({
  Standard: { name: 'Standard', throughputMbps: 1000, maxLearnedRoutes: 4000, zoneRedundant: false, fastPath: false, maxCircuits: 4 },
  HighPerformance: { name: 'HighPerformance', throughputMbps: 2000, maxLearnedRoutes: 9500, zoneRedundant: false, fastPath: false, maxCircuits: 8 },
  UltraPerformance: { name: 'UltraPerformance', throughputMbps: 10000, maxLearnedRoutes: 9500, zoneRedundant: false, fastPath: true, maxCircuits: 16 },
  ErGw1AZ: { name: 'ErGw1AZ', throughputMbps: 1000, maxLearnedRoutes: 4000, zoneRedundant: true, fastPath: false, maxCircuits: 4 },
  ErGw2AZ: { name: 'ErGw2AZ', throughputMbps: 2000, maxLearnedRoutes: 9500, zoneRedundant: true, fastPath: false, maxCircuits: 8 },
  ErGw3AZ: { name: 'ErGw3AZ', throughputMbps: 10000, maxLearnedRoutes: 9500, zoneRedundant: true, fastPath: true, maxCircuits: 16 },
});
/**
 * ExpressRoute circuits from one peering location linked to one virtual network. Source: includes/expressroute-limits.md
 * ("Maximum number of circuits in the same peering location linked to the same virtual network": 4).
 */
export const EXPRESSROUTE_CIRCUITS_PER_PEERING_LOCATION: SourcedLimit = { value: 4, source: ER_LIMITS, verify: false, onExceed: 'the connection of the fifth circuit fails' };

/** Where the ExpressRoute gateway figures come from. */
export const EXPRESSROUTE_GATEWAY_SKU_SOURCE = ERGW_SRC;

/** An Azure VPN gateway SKU. */
export interface VpnGatewaySku {
  /** The azurerm `sku` value. */
  readonly name: string;
  /** The gateway generation (`Generation1` or `Generation2`). */
  readonly generation: string;
  /** Aggregate throughput in Mbit/s. */
  readonly throughputMbps: number;
  /** Site-to-site tunnels, at most. */
  readonly maxS2sTunnels: number;
  /** True when the SKU supports BGP. */
  readonly bgp: boolean;
  /** True when the SKU supports active-active. */
  readonly activeActive: boolean;
  /** True for a zone-redundant (AZ) SKU. */
  readonly zoneRedundant: boolean;
}

/** Where the VPN gateway figures come from. */
export const VPN_GATEWAY_SKU_SOURCE = 'https://learn.microsoft.com/azure/vpn-gateway/about-gateway-skus';

function vpnSkus(): Record<string, VpnGatewaySku> {
  const out: Record<string, VpnGatewaySku> = {
    Basic: { name: 'Basic', generation: 'Generation1', throughputMbps: 100, maxS2sTunnels: 10, bgp: false, activeActive: false, zoneRedundant: false },
  };
  const table: Array<[string, string, number, number]> = [
    ['VpnGw1', 'Generation1', 650, 30],
    ['VpnGw2', 'Generation1', 1000, 30],
    ['VpnGw3', 'Generation1', 1250, 30],
    ['VpnGw2', 'Generation2', 1250, 30],
    ['VpnGw3', 'Generation2', 2500, 30],
    ['VpnGw4', 'Generation2', 5000, 100],
    ['VpnGw5', 'Generation2', 10000, 100],
  ];
  for (const [name, generation, mbps, tunnels] of table) {
    for (const az of [false, true]) {
      const sku = az ? `${name}AZ` : name;
      out[`${sku}/${generation}`] = { name: sku, generation, throughputMbps: mbps, maxS2sTunnels: tunnels, bgp: true, activeActive: true, zoneRedundant: az };
    }
  }
  return out;
}

/** Azure VPN gateway SKUs, keyed `"<sku>/<generation>"` (e.g. `VpnGw2AZ/Generation2`) and `Basic`. */
export const VPN_GATEWAY_SKUS: Record<string, VpnGatewaySku> = table(vpnSkus());

/** Look up a VPN gateway SKU; `undefined` when unknown. */
export function vpnGatewaySku(name: string, generation: string): VpnGatewaySku | undefined {
  guard.string(name, 'name');
  guard.string(generation, 'generation');
  return name === 'Basic' ? VPN_GATEWAY_SKUS.Basic : lookup(VPN_GATEWAY_SKUS, `${name}/${generation}`);
}

/** Throughput of one IPsec tunnel, per cloud, in Mbit/s. */
export const TUNNEL_THROUGHPUT_MBPS: Record<string, SourcedLimit> = table({
  aws: { value: 1250, source: 'AWS whitepaper "aws-transit-gateway-vpn": 1.25 Gbps and 140,000 pps per VPN tunnel', verify: false, onExceed: 'packets are dropped' },
  gcp: { value: 3000, source: 'https://cloud.google.com/network-connectivity/docs/vpn/quotas: 250,000 pps per tunnel, about 1-3 Gbps', verify: true, onExceed: 'packets are dropped' },
  oci: { value: 250, source: 'OCI Site-to-Site VPN FAQ: about 250 Mbps per tunnel (verify)', verify: true, onExceed: 'packets are dropped' },
});

/** ExpressRoute provider-circuit bandwidths (Mbit/s) azurerm accepts. Source: learn.microsoft.com/azure/expressroute/expressroute-faqs (bandwidth options). */
export const EXPRESSROUTE_BANDWIDTHS_MBPS = [50, 100, 200, 500, 1000, 2000, 5000, 10000];

/** FastConnect-to-Azure bandwidths (Mbit/s). Source: learn.microsoft.com/azure/virtual-machines/workloads/oracle/configure-azure-oci-networking ("1, 2, 5 or 10 Gbps"). */
export const OCI_AZURE_INTERCONNECT_BANDWIDTHS_MBPS = [1000, 2000, 5000, 10000];

/** ExpressRoute Direct port bandwidths (Gbit/s) and the circuit bandwidths each carries. Source: learn.microsoft.com/azure/expressroute/expressroute-erdirect-about (circuit sizes on 10 and 100 Gbps ports). */
export const EXPRESSROUTE_DIRECT_CIRCUIT_GBPS: Record<number, number[]> = table({
  10: [1, 2, 5, 10],
  100: [5, 10, 40, 100],
});

/**
 * Ranges an Azure virtual network cannot use (learn.microsoft.com/azure/virtual-network/virtual-networks-faq, "What
 * address ranges can I use in my virtual networks?"): multicast, broadcast, loopback, link-local, and the Azure
 * platform's internal DNS / health-probe address.
 */
export const AZURE_VNET_RESERVED_RANGES: ReadonlyArray<{ readonly cidr: string; readonly what: string }> = [
  { cidr: '224.0.0.0/4', what: 'multicast' },
  { cidr: '255.255.255.255/32', what: 'broadcast' },
  { cidr: '127.0.0.0/8', what: 'loopback' },
  { cidr: '169.254.0.0/16', what: 'link-local' },
  { cidr: '168.63.129.16/32', what: 'the Azure platform address (internal DNS, health probes)' },
];
export const AZURE_VNET_RESERVED_SOURCE = 'learn.microsoft.com/azure/virtual-network/virtual-networks-faq';


/** A range a cloud refuses (or advises against) in a network's address space. */
export interface ReservedRange {
  /** The range. */
  readonly cidr: string;
  /** What it is. */
  readonly what: string;
}

/** What a cloud accepts as the address space of one kind of network (VPC, subnet, VCN). */
export interface AddressSpaceRule {
  /** The network, as the cloud's documentation names it, e.g. `an AWS VPC CIDR block`. */
  readonly network: string;
  /** The largest block, as the shortest prefix length accepted (e.g. 16 for /16). */
  readonly minPrefixLength: number;
  /** The smallest block, as the longest prefix length accepted (e.g. 28 for /28). */
  readonly maxPrefixLength: number;
  /** Where the sizes come from. */
  readonly sizeSource: string;
  /** Ranges the cloud refuses: a block that overlaps one fails. */
  readonly reserved: ReservedRange[];
  /** Ranges the cloud accepts but advises against: a block that overlaps one is warned about. */
  readonly discouraged: ReservedRange[];
  /** Where the ranges come from. */
  readonly rangesSource: string;
  /** True when a figure comes only from a secondary source (see cloud-facts.md). */
  readonly verify: boolean;
}

/**
 * AWS VPC IPv4 CIDR blocks: "The allowed block size is between a /16 netmask (65,536 IP addresses) and /28
 * netmask (16 IP addresses)"; "Some AWS services use the 172.17.0.0/16 CIDR range. To avoid future conflicts,
 * don't use this range when creating your VPC" (docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html,
 * "IPv4 VPC CIDR blocks", read 2025). The association restrictions between blocks of one VPC are in
 * `AWS_VPC_ASSOCIATION_RESTRICTIONS`.
 */
export const AWS_VPC_CIDR_RULE: AddressSpaceRule = {
  network: 'an AWS VPC CIDR block',
  minPrefixLength: 16,
  maxPrefixLength: 28,
  sizeSource: 'docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html ("between a /16 netmask and /28 netmask")',
  reserved: [],
  discouraged: [{ cidr: '172.17.0.0/16', what: 'used by some AWS services (Cloud9, SageMaker: Docker\'s default bridge network)' }],
  rangesSource: 'docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html ("Some AWS services use the 172.17.0.0/16 CIDR range ... don\'t use this range")',
  verify: false,
};

/**
 * AWS "IPv4 CIDR block association restrictions" (docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html):
 * the first (primary) block of a VPC decides which other blocks can join it. A VPC whose primary block is in one
 * RFC 1918 range cannot add a block from another RFC 1918 range; none of them can add 198.19.0.0/16; a VPC whose
 * primary block is public or in 100.64.0.0/10 cannot add RFC 1918 blocks; a 198.19.0.0/16 VPC cannot add RFC 1918
 * blocks. (The table's finer rules, e.g. 10.0.0.0/15 against 10.0.0.0/16, are not encoded.) verify: the table was
 * read from a secondary copy of the page.
 */
export const AWS_VPC_ASSOCIATION_RESTRICTIONS = {
  rfc1918: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'],
  benchmark: '198.19.0.0/16',
  source: 'docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html, "IPv4 CIDR block association restrictions"',
  verify: true,
};

const GCP_SUBNETS_DOC = 'cloud.google.com/vpc/docs/subnets';

/**
 * Google Cloud subnet primary IPv4 ranges: "Prohibited IPv4 subnet ranges" (0.0.0.0/8, 127.0.0.0/8,
 * 169.254.0.0/16, 224.0.0.0/4, 255.255.255.255/32, and the private.googleapis.com and restricted.googleapis.com
 * VIPs 199.36.153.8/30 and 199.36.153.4/30); a primary range is at most a /8 and at least a /29 (IPv4 subnet
 * ranges; the /29 minimum for regular subnets). verify: the sizes come from the subnet-range limits as read in
 * 2025 and may change.
 */
export const GCP_SUBNET_RULE: AddressSpaceRule = {
  network: 'a Google Cloud subnet primary IPv4 range',
  minPrefixLength: 8,
  maxPrefixLength: 29,
  sizeSource: `${GCP_SUBNETS_DOC} (IPv4 subnet ranges: largest /8, smallest /29)`,
  reserved: [
    { cidr: '0.0.0.0/8', what: 'the current network' },
    { cidr: '127.0.0.0/8', what: 'loopback' },
    { cidr: '169.254.0.0/16', what: 'link-local (the metadata server and Cloud Router BGP addresses)' },
    { cidr: '224.0.0.0/4', what: 'multicast' },
    { cidr: '255.255.255.255/32', what: 'limited broadcast' },
    { cidr: '199.36.153.4/30', what: 'restricted.googleapis.com' },
    { cidr: '199.36.153.8/30', what: 'private.googleapis.com' },
  ],
  discouraged: [],
  rangesSource: `${GCP_SUBNETS_DOC} ("Prohibited IPv4 subnet ranges")`,
  verify: true,
};

const OCI_VCN_DOC = 'docs.oracle.com/iaas/tools/terraform-provider-oci/latest/docs/r/core_vcn.html and the CreateVcn API text it repeats ("The CIDR blocks can range from /16 to /30")';
const OCI_RESERVED: ReservedRange[] = [
  { cidr: '169.254.0.0/16', what: 'link-local, reserved by OCI (instance metadata, iSCSI)' },
  { cidr: '224.0.0.0/4', what: 'multicast, reserved by OCI' },
  { cidr: '240.0.0.0/4', what: 'class E and broadcast, reserved by OCI' },
];
const OCI_RESERVED_SOURCE = 'the ranges OCI reserves in a VCN as listed for Oracle Database@AWS networks (docs.aws.amazon.com odb CreateOdbNetwork: "reserved by OCI: 100.106.0.0/16 and 100.107.0.0/16, 169.254.0.0/16, 224.0.0.0 - 239.255.255.255, 240.0.0.0 - 255.255.255.255"); the 100.106-107 ranges apply to Database@AWS only and are not encoded';

/** OCI VCN IPv4 CIDR blocks: /16 to /30, outside the ranges OCI reserves. verify: the reserved ranges come from a secondary source. */
export const OCI_VCN_RULE: AddressSpaceRule = {
  network: 'an OCI VCN CIDR block',
  minPrefixLength: 16,
  maxPrefixLength: 30,
  sizeSource: OCI_VCN_DOC,
  reserved: OCI_RESERVED,
  discouraged: [],
  rangesSource: OCI_RESERVED_SOURCE,
  verify: true,
};

/**
 * OCI subnet IPv4 CIDR blocks: inside one of the VCN's blocks (checked by the hub), hence /16 or longer, and no
 * smaller than the smallest VCN block, a /30. verify: the /30 floor for subnets is inferred from the VCN rule.
 */
export const OCI_SUBNET_RULE: AddressSpaceRule = {
  network: 'an OCI subnet CIDR block',
  minPrefixLength: 16,
  maxPrefixLength: 30,
  sizeSource: 'docs.oracle.com/iaas/tools/terraform-provider-oci/latest/docs/r/core_subnet.html ("within one of the parent VCN ranges") with the VCN\'s /16 to /30 (core_vcn.html)',
  reserved: OCI_RESERVED,
  discouraged: [],
  rangesSource: OCI_RESERVED_SOURCE,
  verify: true,
};
