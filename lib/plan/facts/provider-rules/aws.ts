/**
 * The rules hashicorp/aws v6.25.0 (and, where the provider does not check, the EC2 and Direct Connect APIs) applies
 * to the attributes this library writes on its AWS resources: customer gateways, VPN connections (both tunnels),
 * virtual private gateways and their route propagation, Direct Connect gateways, gateway associations, private and
 * transit virtual interfaces and hosted virtual interface accepters.
 *
 * Provenance. The v6.25.0 tag itself could not be read: the repository is too large to fetch here, and the source
 * index holds only some versions of each file, not the tag. Every provider rule therefore names the stored copy it
 * was read from (`@copy-<index id>`), says whether that copy is older or newer than v6.25.0, and gives the line in
 * that copy. The validators (values, ranges, patterns) were checked against the versions on both sides of v6.25.0
 * where the index had them; the line numbers can differ by a few lines from the tag. API rules cite the EC2 or
 * Direct Connect API reference. Pure data, no cdktf.
 */
import { ProviderRule, ProviderRuleKind } from './types';

const P = 'terraform-provider-aws';
/** A stored copy older than v6.25.0 (the v6.25.0 tag is not in the index). */
const PRE = (id: string): string => `@copy-${id} (copy from before v6.25.0; tag not stored)`;
/** A stored copy newer than v6.25.0 (the IBM 2026 header); the checked rule is unchanged in it. */
const POST = (id: string): string => `@copy-${id} (copy from after v6.25.0; tag not stored)`;
const src = (copy: string, file: string, line: number): string => `${P} ${copy} ${file}:${line}`;

const DX = 'internal/service/directconnect';
const EC2 = 'internal/service/ec2';

const PVIF = (line: number): string => src(PRE('3798186558'), `${DX}/private_virtual_interface.go`, line);
const TVIF = (line: number): string => src(PRE('4521385877'), `${DX}/transit_virtual_interface.go`, line);
const PACC = (line: number): string => src(PRE('3515031789'), `${DX}/hosted_private_virtual_interface_accepter.go`, line);
const TACC = (line: number): string => src(PRE('3909112160'), `${DX}/hosted_transit_virtual_interface_accepter.go`, line);
const DXGW = (line: number): string => src(POST('4764757485'), `${DX}/gateway.go`, line);
const DXGA = (line: number): string => src(POST('4642906376'), `${DX}/gateway_association.go`, line);
const CGW = (line: number): string => src(PRE('1849897923'), `${EC2}/vpnsite_customer_gateway.go`, line);
const VPN = (line: number): string => src(PRE('2105283718'), `${EC2}/vpnsite_connection.go`, line);
const VGW = (line: number): string => src(PRE('1287704993'), `${EC2}/vpnsite_gateway.go`, line);
const VGWRP = (line: number): string => src(PRE('3156990667'), `${EC2}/vpnsite_gateway_route_propagation.go`, line);
/** Where the `_Values()` lists of the VPN tunnel options are defined. */
const CONSTS = (line: number): string => `${EC2}/consts.go:${line} (@copy-12000260175)`;
/** `verify.Valid4ByteASN` and `verify.ValidAmazonSideASN`. */
const VERIFY = (line: number): string => `internal/verify/validate.go:${line} (@copy-711845942)`;

const API_DX_PVIF = 'https://docs.aws.amazon.com/directconnect/latest/APIReference/API_NewPrivateVirtualInterface.html';
const API_DX_TVIF = 'https://docs.aws.amazon.com/directconnect/latest/APIReference/API_NewTransitVirtualInterface.html';
const API_DX_GA = 'https://docs.aws.amazon.com/directconnect/latest/APIReference/API_CreateDirectConnectGatewayAssociation.html';
const API_EC2_CGW = 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateCustomerGateway.html';
const API_EC2_TUNNEL = 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_VpnTunnelOptionsSpecification.html';

/** One decimal octet, 0 to 255, without leading zeros (Go's net.ParseCIDR refuses them). */
const OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
/** A last octet that starts a /30: 0, 4, 8, ... 252. */
const SLASH30_START = Array.from({ length: 64 }, (_, i) => String(i * 4)).join('|');

/**
 * `verify.ValidAmazonSideASN` over the decimal string: 7224, 9059, 10124 or 17493 (legacy Amazon ASNs), 64512 to
 * 65534, or 4200000000 to 4294967294. Go's strconv.ParseInt also takes a leading `+` and leading zeros.
 */
const AMAZON_SIDE_ASN = '\\+?0*(?:' + [
  '7224', '9059', '10124', '17493',
  '6451[2-9]', '645[2-9][0-9]', '64[6-9][0-9]{2}', '65[0-4][0-9]{2}', '655[0-2][0-9]', '6553[0-4]',
  '42[0-8][0-9]{7}', '429[0-3][0-9]{6}', '4294[0-8][0-9]{5}', '42949[0-5][0-9]{4}', '429496[0-6][0-9]{3}',
  '4294967[01][0-9]{2}', '42949672[0-8][0-9]', '429496729[0-4]',
].join('|') + ')';
const AMAZON_SIDE_ASN_NOTE = `verify.ValidAmazonSideASN (${VERIFY(47)}; legacy ASNs at line 59, ranges at line 62): 7224, 9059, 10124, 17493, 64512-65534 or 4200000000-4294967294. Choose a private ASN in one of the two ranges.`;

const VIF_BGP_ASN_NOTE = 'aws 6.25 has no plan-time check on bgp_asn (schema.TypeInt) and sends it as int32(d.Get("bgp_asn").(int)) '
  + '(read back with d.Set("bgp_asn", vif.Asn)): 2147483648-4294967295 wrap to a negative number and the API refuses it at apply '
  + '("BGP ASN -94967296 must have value greater than or equal to 1", hashicorp/terraform-provider-aws#40879); values above '
  + '4294967295 wrap silently to another ASN. A 4-byte ASN above 2147483647 needs bgp_asn_long, which only arrives after 6.25 '
  + '(PRs #49518/#49588). The current API reference gives asn 1-2147483646 and asnLong for larger values.';

const DX_NAME_NOTE = 'The API reference documents at most 100 characters of a-z, 0-9 and hyphen; the provider does not check it (not verified whether the API refuses other characters).';

/** Rules of `aws_dx_private_virtual_interface` and `aws_dx_transit_virtual_interface`. */
function vifRules(resource: string, at: (line: number) => string, api: string, mtu: number[], lines: {
  addressFamily: number; bgpAsn: number; connectionId: number; name: number; vlan: number; mtu: number; asnSend: number;
}): ProviderRule[] {
  return [
    { resource, attribute: 'address_family', kind: ProviderRuleKind.REQUIRED, source: at(lines.addressFamily - 2), enforcedBy: 'provider' },
    {
      resource, attribute: 'address_family', kind: ProviderRuleKind.ENUM, values: ['ipv4', 'ipv6'],
      source: at(lines.addressFamily), enforcedBy: 'provider', note: 'enum.Validate[awstypes.AddressFamily] (Direct Connect AddressFamily: ipv4, ipv6).',
    },
    { resource, attribute: 'bgp_asn', kind: ProviderRuleKind.REQUIRED, source: at(lines.bgpAsn + 1), enforcedBy: 'provider' },
    {
      resource, attribute: 'bgp_asn', kind: ProviderRuleKind.RANGE, min: 1, max: 2147483647,
      source: at(lines.asnSend), enforcedBy: 'api', note: VIF_BGP_ASN_NOTE,
    },
    {
      resource, attribute: 'bgp_auth_key', kind: ProviderRuleKind.LENGTH, min: 6, max: 80,
      source: api, enforcedBy: 'api', note: 'authKey: at least 6 and at most 80 characters (API reference; the provider does not check it).',
    },
    { resource, attribute: 'connection_id', kind: ProviderRuleKind.REQUIRED, source: at(lines.connectionId), enforcedBy: 'provider' },
    {
      resource, attribute: 'mtu', kind: ProviderRuleKind.ENUM, values: mtu,
      source: at(lines.mtu), enforcedBy: 'provider', note: `validation.IntInSlice: ${mtu.join(' or ')} (the default is 1500).`,
    },
    { resource, attribute: 'name', kind: ProviderRuleKind.REQUIRED, source: at(lines.name), enforcedBy: 'provider' },
    { resource, attribute: 'name', kind: ProviderRuleKind.REGEX, pattern: '[a-z0-9-]+', source: api, enforcedBy: 'api', note: DX_NAME_NOTE },
    { resource, attribute: 'name', kind: ProviderRuleKind.LENGTH, max: 100, source: api, enforcedBy: 'api', note: DX_NAME_NOTE },
    { resource, attribute: 'vlan', kind: ProviderRuleKind.REQUIRED, source: at(lines.vlan), enforcedBy: 'provider' },
    {
      resource, attribute: 'vlan', kind: ProviderRuleKind.RANGE, min: 1, max: 4094,
      source: at(lines.vlan + 2), enforcedBy: 'provider', note: 'validation.IntBetween(1, 4094).',
    },
  ];
}

const PRIVATE_VIF_RULES: ProviderRule[] = [
  ...vifRules('aws_dx_private_virtual_interface', PVIF, API_DX_PVIF, [1500, 9001], {
    addressFamily: 46, bgpAsn: 67, connectionId: 79, name: 106, vlan: 117, mtu: 102, asnSend: 145,
  }),
  {
    resource: 'aws_dx_private_virtual_interface', attribute: 'dx_gateway_id', kind: ProviderRuleKind.EXACTLY_ONE_OF,
    with: ['dx_gateway_id', 'vpn_gateway_id'], source: PVIF(92), enforcedBy: 'provider',
    note: 'The same ExactlyOneOf sits on vpn_gateway_id (line 125).',
  },
];

const TRANSIT_VIF_RULES: ProviderRule[] = [
  ...vifRules('aws_dx_transit_virtual_interface', TVIF, API_DX_TVIF, [1500, 8500], {
    addressFamily: 46, bgpAsn: 67, connectionId: 79, name: 105, vlan: 116, mtu: 101, asnSend: 138,
  }),
  { resource: 'aws_dx_transit_virtual_interface', attribute: 'dx_gateway_id', kind: ProviderRuleKind.REQUIRED, source: TVIF(90), enforcedBy: 'provider' },
];

const ACCEPTER_RULES: ProviderRule[] = [
  {
    resource: 'aws_dx_hosted_private_virtual_interface_accepter', attribute: 'dx_gateway_id', kind: ProviderRuleKind.EXACTLY_ONE_OF,
    with: ['dx_gateway_id', 'vpn_gateway_id'], source: PACC(48), enforcedBy: 'provider',
    note: 'The same ExactlyOneOf sits on vpn_gateway_id.',
  },
  { resource: 'aws_dx_hosted_private_virtual_interface_accepter', attribute: 'virtual_interface_id', kind: ProviderRuleKind.REQUIRED, source: PACC(54), enforcedBy: 'provider' },
  { resource: 'aws_dx_hosted_transit_virtual_interface_accepter', attribute: 'dx_gateway_id', kind: ProviderRuleKind.REQUIRED, source: TACC(46), enforcedBy: 'provider' },
  { resource: 'aws_dx_hosted_transit_virtual_interface_accepter', attribute: 'virtual_interface_id', kind: ProviderRuleKind.REQUIRED, source: TACC(53), enforcedBy: 'provider' },
];

const DX_GATEWAY_RULES: ProviderRule[] = [
  { resource: 'aws_dx_gateway', attribute: 'amazon_side_asn', kind: ProviderRuleKind.REQUIRED, source: DXGW(49), enforcedBy: 'provider' },
  {
    resource: 'aws_dx_gateway', attribute: 'amazon_side_asn', kind: ProviderRuleKind.REGEX, pattern: AMAZON_SIDE_ASN,
    source: DXGW(51), enforcedBy: 'provider', note: AMAZON_SIDE_ASN_NOTE,
  },
  { resource: 'aws_dx_gateway', attribute: 'name', kind: ProviderRuleKind.REQUIRED, source: DXGW(59), enforcedBy: 'provider' },
];

const ASSOCIATION_OPTIONS = ['associated_gateway_id', 'associated_gateway_owner_account_id', 'proposal_id'];

const DX_ASSOCIATION_RULES: ProviderRule[] = [
  {
    resource: 'aws_dx_gateway_association', attribute: 'allowed_prefixes', kind: ProviderRuleKind.CIDR, eachElement: true,
    source: API_DX_GA, enforcedBy: 'api',
    note: 'RouteFilterPrefix.cidr: the CIDR block to advertise (an IPv6 CIDR must be /64 or shorter); required for an association with a transit gateway. The provider (TypeSet of strings, no validator) does not check it.',
  },
  {
    resource: 'aws_dx_gateway_association', attribute: 'associated_gateway_id', kind: ProviderRuleKind.CONFLICTS_WITH,
    with: ['associated_gateway_owner_account_id', 'proposal_id'], source: DXGA(72), enforcedBy: 'provider',
  },
  {
    resource: 'aws_dx_gateway_association', attribute: 'associated_gateway_id', kind: ProviderRuleKind.AT_LEAST_ONE_OF,
    with: ASSOCIATION_OPTIONS, source: DXGA(73), enforcedBy: 'provider',
  },
  { resource: 'aws_dx_gateway_association', attribute: 'dx_gateway_id', kind: ProviderRuleKind.REQUIRED, source: DXGA(95), enforcedBy: 'provider' },
];

const CUSTOMER_GATEWAY_RULES: ProviderRule[] = [
  {
    resource: 'aws_customer_gateway', attribute: 'bgp_asn', kind: ProviderRuleKind.RANGE, min: 0, max: 4294967295,
    source: CGW(52), enforcedBy: 'provider', note: `verify.Valid4ByteASN (${VERIFY(41)}): a decimal string, 0 to 4294967295.`,
  },
  {
    resource: 'aws_customer_gateway', attribute: 'bgp_asn', kind: ProviderRuleKind.CONFLICTS_WITH,
    with: ['bgp_asn_extended'], source: CGW(53), enforcedBy: 'provider',
  },
  {
    resource: 'aws_customer_gateway', attribute: 'bgp_asn', kind: ProviderRuleKind.RANGE, min: 1, max: 2147483647,
    source: API_EC2_CGW, enforcedBy: 'api',
    note: `BgpAsn: 1 to 2,147,483,647. The provider passes the plan check up to 4294967295 but parses bgp_asn with strconv.ParseInt(v, 10, 32) at create (${CGW(104)}), so a larger value fails at apply: put an ASN above 2147483647 in bgp_asn_extended.`,
  },
  {
    resource: 'aws_customer_gateway', attribute: 'bgp_asn', kind: ProviderRuleKind.AT_LEAST_ONE_OF,
    with: ['bgp_asn', 'bgp_asn_extended'], source: API_EC2_CGW, enforcedBy: 'api',
    note: 'The API reference: "You must specify either BgpAsn or BgpAsnExtended when creating the customer gateway." The provider has both optional.',
  },
  {
    resource: 'aws_customer_gateway', attribute: 'bgp_asn_extended', kind: ProviderRuleKind.RANGE, min: 0, max: 4294967295,
    source: CGW(59), enforcedBy: 'provider', note: `verify.Valid4ByteASN (${VERIFY(41)}).`,
  },
  {
    resource: 'aws_customer_gateway', attribute: 'bgp_asn_extended', kind: ProviderRuleKind.CONFLICTS_WITH,
    with: ['bgp_asn'], source: CGW(60), enforcedBy: 'provider',
  },
  {
    resource: 'aws_customer_gateway', attribute: 'bgp_asn_extended', kind: ProviderRuleKind.RANGE, min: 2147483648, max: 4294967295,
    source: API_EC2_CGW, enforcedBy: 'api', note: 'BgpAsnExtended: 2,147,483,648 to 4,294,967,295; a smaller ASN goes in bgp_asn.',
  },
  {
    resource: 'aws_customer_gateway', attribute: 'ip_address', kind: ProviderRuleKind.IP, values: ['ipv4'],
    source: CGW(78), enforcedBy: 'provider', note: 'validation.IsIPv4Address.',
  },
  { resource: 'aws_customer_gateway', attribute: 'type', kind: ProviderRuleKind.REQUIRED, source: CGW(84), enforcedBy: 'provider' },
  {
    resource: 'aws_customer_gateway', attribute: 'type', kind: ProviderRuleKind.ENUM, values: ['ipsec.1'],
    source: CGW(86), enforcedBy: 'provider', note: 'enum.Validate[awstypes.GatewayType] (EC2 GatewayType has the one value ipsec.1).',
  },
];

const DPD_TIMEOUT_ACTIONS = ['clear', 'none', 'restart'];
const IKE_VERSIONS = ['ikev1', 'ikev2'];
const ENCRYPTION_ALGORITHMS = ['AES128', 'AES256', 'AES128-GCM-16', 'AES256-GCM-16'];
const INTEGRITY_ALGORITHMS = ['SHA1', 'SHA2-256', 'SHA2-384', 'SHA2-512'];
const STARTUP_ACTIONS = ['add', 'start'];
const PHASE1_DH_GROUPS = [2, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24];
const PHASE2_DH_GROUPS = [2, 5, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24];

/** Tunnel 2's attributes sit 216 lines below tunnel 1's in the copy read. */
const TUNNEL2_OFFSET = 216;

/** The rules of one tunnel's `tunnelN_*` arguments of `aws_vpn_connection`. */
function tunnelRules(n: 1 | 2): ProviderRule[] {
  const resource = 'aws_vpn_connection';
  const t = `tunnel${n}_`;
  const at = (tunnel1Line: number): string => VPN(tunnel1Line + (n === 2 ? TUNNEL2_OFFSET : 0));
  const dhNote = (line: number): string => `The provider does not check the elements (TypeSet of TypeInt with no ValidateFunc, ${at(line)}); the API refuses other groups at apply.`;
  return [
    {
      resource, attribute: `${t}dpd_timeout_action`, kind: ProviderRuleKind.ENUM, values: DPD_TIMEOUT_ACTIONS,
      source: at(175), enforcedBy: 'provider', note: `vpnTunnelOptionsDPDTimeoutAction_Values (${CONSTS(126)}).`,
    },
    {
      resource, attribute: `${t}ike_versions`, kind: ProviderRuleKind.ENUM, values: IKE_VERSIONS, eachElement: true,
      source: at(203), enforcedBy: 'provider', note: `Element validator: vpnTunnelOptionsIKEVersion_Values (${CONSTS(139)}).`,
    },
    {
      resource, attribute: `${t}inside_cidr`, kind: ProviderRuleKind.CIDR, values: ['ipv4'],
      source: at(211), enforcedBy: 'provider', note: 'validVPNConnectionTunnelInsideCIDR: validation.IsCIDRNetwork(30, 30).',
    },
    {
      resource, attribute: `${t}inside_cidr`, kind: ProviderRuleKind.REGEX,
      pattern: `${OCTET}\\.${OCTET}\\.${OCTET}\\.(?:${SLASH30_START})/30`,
      source: at(211), enforcedBy: 'provider',
      note: 'validVPNConnectionTunnelInsideCIDR: validation.IsCIDRNetwork(30, 30), a /30 written as its network address.',
    },
    {
      resource, attribute: `${t}inside_cidr`, kind: ProviderRuleKind.REGEX, pattern: '169\\.254\\.[\\s\\S]*',
      source: at(211), enforcedBy: 'provider', note: 'validVPNConnectionTunnelInsideCIDR: "must be within 169.254.0.0/16".',
    },
    {
      resource, attribute: `${t}inside_cidr`, kind: ProviderRuleKind.REGEX,
      pattern: '(?!(?:169\\.254\\.[0-5]\\.0|169\\.254\\.169\\.252)/30$)[\\s\\S]*',
      source: at(211), enforcedBy: 'provider',
      note: 'validVPNConnectionTunnelInsideCIDR: validation.StringNotInSlice of the reserved 169.254.0.0/30, 169.254.1.0/30, 169.254.2.0/30, 169.254.3.0/30, 169.254.4.0/30, 169.254.5.0/30 and 169.254.169.252/30.',
    },
    {
      resource, attribute: `${t}phase1_dh_group_numbers`, kind: ProviderRuleKind.ENUM, values: PHASE1_DH_GROUPS, eachElement: true,
      source: API_EC2_TUNNEL, enforcedBy: 'api', note: `Phase1DHGroupNumbers: 2 | 14-24. ${dhNote(256)}`,
    },
    {
      resource, attribute: `${t}phase1_encryption_algorithms`, kind: ProviderRuleKind.ENUM, values: ENCRYPTION_ALGORITHMS, eachElement: true,
      source: at(263), enforcedBy: 'provider', note: `Element validator: vpnTunnelOptionsPhase1EncryptionAlgorithm_Values (${CONSTS(165)}).`,
    },
    {
      resource, attribute: `${t}phase1_integrity_algorithms`, kind: ProviderRuleKind.ENUM, values: INTEGRITY_ALGORITHMS, eachElement: true,
      source: at(271), enforcedBy: 'provider', note: `Element validator: vpnTunnelOptionsPhase1IntegrityAlgorithm_Values (${CONSTS(181)}).`,
    },
    {
      resource, attribute: `${t}phase1_lifetime_seconds`, kind: ProviderRuleKind.RANGE, min: 900, max: 28800,
      source: at(277), enforcedBy: 'provider', note: 'validation.IntBetween(900, 28800).',
    },
    {
      resource, attribute: `${t}phase2_dh_group_numbers`, kind: ProviderRuleKind.ENUM, values: PHASE2_DH_GROUPS, eachElement: true,
      source: API_EC2_TUNNEL, enforcedBy: 'api', note: `Phase2DHGroupNumbers: 2 | 5 | 14-24. ${dhNote(288)}`,
    },
    {
      resource, attribute: `${t}phase2_encryption_algorithms`, kind: ProviderRuleKind.ENUM, values: ENCRYPTION_ALGORITHMS, eachElement: true,
      source: at(295), enforcedBy: 'provider', note: `Element validator: vpnTunnelOptionsPhase2EncryptionAlgorithm_Values (${CONSTS(197)}).`,
    },
    {
      resource, attribute: `${t}phase2_integrity_algorithms`, kind: ProviderRuleKind.ENUM, values: INTEGRITY_ALGORITHMS, eachElement: true,
      source: at(303), enforcedBy: 'provider', note: `Element validator: vpnTunnelOptionsPhase2IntegrityAlgorithm_Values (${CONSTS(213)}).`,
    },
    {
      resource, attribute: `${t}phase2_lifetime_seconds`, kind: ProviderRuleKind.RANGE, min: 900, max: 3600,
      source: at(309), enforcedBy: 'provider', note: 'validation.IntBetween(900, 3600).',
    },
    {
      resource, attribute: `${t}preshared_key`, kind: ProviderRuleKind.LENGTH, min: 8, max: 64,
      source: at(322), enforcedBy: 'provider', note: 'validVPNConnectionTunnelPreSharedKey: validation.StringLenBetween(8, 64).',
    },
    {
      resource, attribute: `${t}preshared_key`, kind: ProviderRuleKind.REGEX, pattern: '(?!0)[\\s\\S]*',
      source: at(322), enforcedBy: 'provider', note: 'validVPNConnectionTunnelPreSharedKey: "cannot start with zero character".',
    },
    {
      resource, attribute: `${t}preshared_key`, kind: ProviderRuleKind.REGEX, pattern: '[0-9A-Za-z_.]+',
      source: at(322), enforcedBy: 'provider', note: 'validVPNConnectionTunnelPreSharedKey: "can only contain alphanumeric, period and underscore characters".',
    },
    {
      resource, attribute: `${t}startup_action`, kind: ProviderRuleKind.ENUM, values: STARTUP_ACTIONS,
      source: at(360), enforcedBy: 'provider', note: `vpnTunnelOptionsStartupAction_Values (${CONSTS(227)}).`,
    },
  ];
}

const VPN_CONNECTION_RULES: ProviderRule[] = [
  { resource: 'aws_vpn_connection', attribute: 'customer_gateway_id', kind: ProviderRuleKind.REQUIRED, source: VPN(69), enforcedBy: 'provider' },
  {
    resource: 'aws_vpn_connection', attribute: 'transit_gateway_id', kind: ProviderRuleKind.CONFLICTS_WITH,
    with: ['vpn_gateway_id'], source: VPN(143), enforcedBy: 'provider',
  },
  ...tunnelRules(1),
  ...tunnelRules(2),
  { resource: 'aws_vpn_connection', attribute: 'type', kind: ProviderRuleKind.REQUIRED, source: VPN(590), enforcedBy: 'provider' },
  {
    resource: 'aws_vpn_connection', attribute: 'type', kind: ProviderRuleKind.ENUM, values: ['ipsec.1', 'ipsec.1-aes256'],
    source: VPN(592), enforcedBy: 'provider', note: `vpnConnectionType_Values (${CONSTS(239)}).`,
  },
  {
    resource: 'aws_vpn_connection', attribute: 'vpn_gateway_id', kind: ProviderRuleKind.CONFLICTS_WITH,
    with: ['transit_gateway_id'], source: VPN(629), enforcedBy: 'provider',
  },
];

const VPN_GATEWAY_RULES: ProviderRule[] = [
  {
    resource: 'aws_vpn_gateway', attribute: 'amazon_side_asn', kind: ProviderRuleKind.REGEX, pattern: AMAZON_SIDE_ASN,
    source: VGW(48), enforcedBy: 'provider', note: AMAZON_SIDE_ASN_NOTE,
  },
  { resource: 'aws_vpn_gateway_route_propagation', attribute: 'route_table_id', kind: ProviderRuleKind.REQUIRED, source: VGWRP(37), enforcedBy: 'provider' },
  { resource: 'aws_vpn_gateway_route_propagation', attribute: 'vpn_gateway_id', kind: ProviderRuleKind.REQUIRED, source: VGWRP(42), enforcedBy: 'provider' },
];

/** EC2 resource ids: a prefix and 8 or 17 hexadecimal characters. */
const EC2_IDS = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/resource-ids.html';
const VGW_DS = (line: number): string => src(PRE('2082387018'), `${EC2}/vpnsite_gateway_data_source.go`, line);
const TGW_DS = (line: number): string => src(PRE('2309730171'), `${EC2}/transitgateway_data_source.go`, line);
const DXGW_DS = (line: number): string => src(PRE('21215435689'), `${DX}/gateway_data_source.go`, line);

/** The data sources that read a hub's existing gateways (brownfield): what they are read by. */
const EXISTING_GATEWAY_RULES: ProviderRule[] = [
  {
    resource: 'data.aws_vpn_gateway', attribute: 'id', kind: ProviderRuleKind.REGEX, pattern: 'vgw-[0-9a-f]+', source: EC2_IDS, enforcedBy: 'api',
    note: `\`id\` is optional and Computed (${VGW_DS(57)}); amazon_side_asn (${VGW_DS(37)}, a decimal string) and attached_vpc_id (${VGW_DS(46)}) are read`,
  },
  {
    resource: 'data.aws_ec2_transit_gateway', attribute: 'id', kind: ProviderRuleKind.REGEX, pattern: 'tgw-[0-9a-f]+', source: EC2_IDS, enforcedBy: 'api',
    note: `amazon_side_asn is read as a number (${TGW_DS(33)})`,
  },
  { resource: 'data.aws_dx_gateway', attribute: 'name', kind: ProviderRuleKind.REQUIRED, source: DXGW_DS(25), enforcedBy: 'provider', note: `found by name; amazon_side_asn is read as a decimal string (${DXGW_DS(21)})` },
];

/** Every rule of the aws provider (v6.25.0) and of the AWS APIs behind it that the library's attributes meet. */
export const AWS_RULES: ProviderRule[] = [
  ...CUSTOMER_GATEWAY_RULES,
  ...DX_GATEWAY_RULES,
  ...DX_ASSOCIATION_RULES,
  ...ACCEPTER_RULES,
  ...PRIVATE_VIF_RULES,
  ...TRANSIT_VIF_RULES,
  ...VPN_CONNECTION_RULES,
  ...VPN_GATEWAY_RULES,
  ...EXISTING_GATEWAY_RULES,
];
