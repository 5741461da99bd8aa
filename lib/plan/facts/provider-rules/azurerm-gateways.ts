// The azurerm v4.55.0 rules of the gateway resources: local network gateway, public IP, GatewaySubnet, virtual network
// gateway and its connections, with the rules that apply only for some values of other attributes.
import { AZURE_APIPA, CONN, DOC_IPSEC_POLICY, DOC_VPN_BGP, HELPERS, LNG, LOCATION_NOTE, NET, PIP, PORT, RG_NAME, RG_NOTE, RG_VALIDATE, SDK, SUBNET, TAGS_NOTE, V, VNG, anyCase, armId, dataSourceRules, src, srcVals } from './azurerm-common';
import { ProviderRule, ProviderRuleCondition, ProviderRuleKind } from './types';

/** Rules of `azurerm_local_network_gateway`. */
export const LNG_RULES: ProviderRule[] = [
  {
    resource: 'azurerm_local_network_gateway', attribute: 'location', kind: ProviderRuleKind.LENGTH, min: 1,
    source: src(LNG, 54), enforcedBy: 'provider', note: LOCATION_NOTE,
  },
  {
    resource: 'azurerm_local_network_gateway', attribute: 'resource_group_name', kind: ProviderRuleKind.LENGTH, min: 1, max: 90,
    source: `${src(LNG, 56)}; ${RG_VALIDATE}:15`, enforcedBy: 'provider', note: RG_NOTE,
  },
  {
    resource: 'azurerm_local_network_gateway', attribute: 'resource_group_name', kind: ProviderRuleKind.REGEX, pattern: RG_NAME,
    source: `${src(LNG, 56)}; ${RG_VALIDATE}:19-25`, enforcedBy: 'provider', note: RG_NOTE,
  },
  {
    resource: 'azurerm_local_network_gateway', attribute: 'gateway_address', kind: ProviderRuleKind.EXACTLY_ONE_OF,
    with: ['gateway_address', 'gateway_fqdn'], source: src(LNG, 61), enforcedBy: 'provider',
    note: 'Declared on both attributes (gateway_fqdn at :67). The provider does not check that gateway_address is an IP address.',
  },
  {
    resource: 'azurerm_local_network_gateway', attribute: 'bgp_settings', kind: ProviderRuleKind.ITEMS, max: 1,
    source: src(LNG, 82), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_local_network_gateway', attribute: 'bgp_settings.asn', kind: ProviderRuleKind.REQUIRED,
    source: src(LNG, 87), enforcedBy: 'provider',
    note: 'No range check in the provider. Azure refuses ASNs it or IANA reserves for the on-premises side (8074, 8075, 12076, 65515, 65517-65520, 23456, 64496-64511, 65535-65551; learn.microsoft.com/azure/vpn-gateway/vpn-gateway-vpn-faq, BGP section): not expressible as one rule here.',
  },
  {
    resource: 'azurerm_local_network_gateway', attribute: 'bgp_settings.bgp_peering_address', kind: ProviderRuleKind.REQUIRED,
    source: src(LNG, 92), enforcedBy: 'provider',
    note: 'No format check in the provider. An APIPA address (169.254.x.x) here needs a custom Azure APIPA address on the VPN gateway (learn.microsoft.com/azure/vpn-gateway/bgp-howto).',
  },
  {
    resource: 'azurerm_local_network_gateway', attribute: 'tags', kind: ProviderRuleKind.ITEMS, max: 50,
    source: src(LNG, 103), enforcedBy: 'provider', note: TAGS_NOTE,
  },
];

/** Rules of `azurerm_public_ip`. */
export const PIP_RULES: ProviderRule[] = [
  {
    resource: 'azurerm_public_ip', attribute: 'name', kind: ProviderRuleKind.LENGTH, min: 1,
    source: src(PIP, 56), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_public_ip', attribute: 'location', kind: ProviderRuleKind.LENGTH, min: 1,
    source: src(PIP, 59), enforcedBy: 'provider', note: LOCATION_NOTE,
  },
  {
    resource: 'azurerm_public_ip', attribute: 'resource_group_name', kind: ProviderRuleKind.LENGTH, min: 1, max: 90,
    source: `${src(PIP, 61)}; ${RG_VALIDATE}:15`, enforcedBy: 'provider', note: RG_NOTE,
  },
  {
    resource: 'azurerm_public_ip', attribute: 'resource_group_name', kind: ProviderRuleKind.REGEX, pattern: RG_NAME,
    source: `${src(PIP, 61)}; ${RG_VALIDATE}:19-25`, enforcedBy: 'provider', note: RG_NOTE,
  },
  {
    resource: 'azurerm_public_ip', attribute: 'allocation_method', kind: ProviderRuleKind.ENUM, values: ['Static', 'Dynamic'],
    source: srcVals(PIP, 66, `${SDK}/2025-01-01/publicipaddresses/constants.go`, '267-268'), enforcedBy: 'provider',
    note: 'A Standard public IP (the default sku) must be Static: see AZURERM_CONDITIONAL_RULES.',
  },
  {
    resource: 'azurerm_public_ip', attribute: 'sku', kind: ProviderRuleKind.ENUM, values: ['Basic', 'Standard'],
    source: srcVals(PIP, 109, `${SDK}/2025-01-01/publicipaddresses/constants.go`, '807-808'), enforcedBy: 'provider',
    note: 'The SDK also has StandardV2 (constants.go:809), which azurerm 4.55.0 refuses. Default Standard.',
  },
  {
    resource: 'azurerm_public_ip', attribute: 'zones', kind: ProviderRuleKind.LENGTH, min: 1,
    source: `${src(PIP, 176)}; ${V} vendor/github.com/hashicorp/${HELPERS}/commonschema/zones.go:58`, enforcedBy: 'provider',
    note: 'commonschema.ZonesMultipleOptionalForceNew: each zone a non-empty string.',
  },
  {
    resource: 'azurerm_public_ip', attribute: 'tags', kind: ProviderRuleKind.ITEMS, max: 50,
    source: src(PIP, 178), enforcedBy: 'provider', note: TAGS_NOTE,
  },
];

/** Rules of `azurerm_subnet`. */
export const SUBNET_RULES: ProviderRule[] = [
  {
    resource: 'azurerm_subnet', attribute: 'resource_group_name', kind: ProviderRuleKind.LENGTH, min: 1, max: 90,
    source: `${src(SUBNET, 142)}; ${RG_VALIDATE}:15`, enforcedBy: 'provider', note: RG_NOTE,
  },
  {
    resource: 'azurerm_subnet', attribute: 'resource_group_name', kind: ProviderRuleKind.REGEX, pattern: RG_NAME,
    source: `${src(SUBNET, 142)}; ${RG_VALIDATE}:19-25`, enforcedBy: 'provider', note: RG_NOTE,
  },
  {
    resource: 'azurerm_subnet', attribute: 'address_prefixes', kind: ProviderRuleKind.ITEMS, min: 1,
    source: src(SUBNET, 153), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_subnet', attribute: 'address_prefixes', kind: ProviderRuleKind.EXACTLY_ONE_OF,
    with: ['address_prefixes', 'ip_address_pool'], source: src(SUBNET, 154), enforcedBy: 'provider',
    note: 'Declared on both attributes (ip_address_pool at :244).',
  },
  {
    resource: 'azurerm_subnet', attribute: 'address_prefixes', kind: ProviderRuleKind.LENGTH, min: 1,
    source: src(SUBNET, 157), enforcedBy: 'provider',
    note: 'Each prefix a non-empty string; the provider does not check that it is a CIDR.',
  },
];

/** The SKUs `azurerm_virtual_network_gateway` accepts at plan: the union of its four per-type lists (validation.Any). */
const VNG_SKUS_POLICY_BASED = ['Basic'];
const VNG_SKUS_ROUTE_BASED_GEN1 = ['Basic', 'Standard', 'HighPerformance', 'VpnGw1', 'VpnGw2', 'VpnGw3', 'VpnGw1AZ', 'VpnGw2AZ', 'VpnGw3AZ'];
const VNG_SKUS_ROUTE_BASED_GEN2 = ['VpnGw2', 'VpnGw3', 'VpnGw4', 'VpnGw5', 'VpnGw2AZ', 'VpnGw3AZ', 'VpnGw4AZ', 'VpnGw5AZ'];
const VNG_SKUS_EXPRESSROUTE = ['Standard', 'HighPerformance', 'UltraPerformance', 'ErGw1AZ', 'ErGw2AZ', 'ErGw3AZ'];
const VNG_CONSTANTS = `${SDK}/2025-01-01/virtualnetworkgateways/constants.go`;

/** Rules of `azurerm_virtual_network_gateway`. */
export const VNG_RULES: ProviderRule[] = [
  {
    resource: 'azurerm_virtual_network_gateway', attribute: 'name', kind: ProviderRuleKind.LENGTH, min: 1,
    source: src(VNG, 60), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_virtual_network_gateway', attribute: 'resource_group_name', kind: ProviderRuleKind.LENGTH, min: 1, max: 90,
    source: `${src(VNG, 63)}; ${RG_VALIDATE}:15`, enforcedBy: 'provider', note: RG_NOTE,
  },
  {
    resource: 'azurerm_virtual_network_gateway', attribute: 'resource_group_name', kind: ProviderRuleKind.REGEX, pattern: RG_NAME,
    source: `${src(VNG, 63)}; ${RG_VALIDATE}:19-25`, enforcedBy: 'provider', note: RG_NOTE,
  },
  {
    resource: 'azurerm_virtual_network_gateway', attribute: 'location', kind: ProviderRuleKind.LENGTH, min: 1,
    source: src(VNG, 65), enforcedBy: 'provider', note: LOCATION_NOTE,
  },
  {
    resource: 'azurerm_virtual_network_gateway', attribute: 'type', kind: ProviderRuleKind.ENUM, values: ['ExpressRoute', 'Vpn'],
    source: srcVals(VNG, 71, VNG_CONSTANTS, '1375-1377'), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_virtual_network_gateway', attribute: 'vpn_type', kind: ProviderRuleKind.ENUM, values: ['RouteBased', 'PolicyBased'],
    source: srcVals(VNG, 82, VNG_CONSTANTS, '1677-1678'), enforcedBy: 'provider', note: 'Default RouteBased.',
  },
  {
    resource: 'azurerm_virtual_network_gateway', attribute: 'sku', kind: ProviderRuleKind.ENUM,
    values: [...new Set([...VNG_SKUS_POLICY_BASED, ...VNG_SKUS_ROUTE_BASED_GEN1, ...VNG_SKUS_ROUTE_BASED_GEN2, ...VNG_SKUS_EXPRESSROUTE])],
    source: `${srcVals(VNG, 116, VNG_CONSTANTS, '1197-1214, 1286-1303')}; lists at ${NET}/${VNG}.go:1511-1553`, enforcedBy: 'provider',
    note: 'At plan any SKU of the four lists passes; at apply the Create function checks the list of the gateway\'s type, VPN type and generation (AZURERM_CONDITIONAL_RULES). ErGwScale is accepted from azurerm 4.56.0.',
  },
  {
    resource: 'azurerm_virtual_network_gateway', attribute: 'generation', kind: ProviderRuleKind.ENUM,
    values: ['Generation1', 'Generation2', 'None'],
    source: srcVals(VNG, 129, VNG_CONSTANTS, '1507-1509'), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_virtual_network_gateway', attribute: 'ip_configuration', kind: ProviderRuleKind.ITEMS, min: 1, max: 3,
    source: src(VNG, 141), enforcedBy: 'provider', note: 'Required, MaxItems 3.',
  },
  {
    resource: 'azurerm_virtual_network_gateway', attribute: 'ip_configuration.private_ip_address_allocation', kind: ProviderRuleKind.ENUM,
    values: ['Static', 'Dynamic'], source: srcVals(VNG, 156, VNG_CONSTANTS, '415-416'), enforcedBy: 'provider', note: 'Default Dynamic.',
  },
  {
    resource: 'azurerm_virtual_network_gateway', attribute: 'ip_configuration.subnet_id', kind: ProviderRuleKind.REGEX,
    pattern: `/?${anyCase('subscriptions')}/[^/]+/${anyCase('resourceGroups')}/[^/]+/${anyCase('providers')}/${anyCase('Microsoft.Network')}/${anyCase('virtualNetworks')}/[^/]+/${anyCase('subnets')}/${anyCase('GatewaySubnet')}`,
    source: `${src(VNG, 166)}; ${V} ${NET}/validate/gateway_subnet.go:13-26`, enforcedBy: 'provider',
    note: 'validate.IsGatewaySubnet: a subnet resource ID (parsed case-insensitively) whose subnet is named GatewaySubnet (any case).',
  },
  {
    resource: 'azurerm_virtual_network_gateway', attribute: 'ip_configuration.public_ip_address_id', kind: ProviderRuleKind.REGEX,
    pattern: armId('Microsoft.Network', 'publicIPAddresses'),
    source: `${src(VNG, 173)}; ${V} vendor/github.com/hashicorp/${HELPERS}/commonids/public_ip_address.go:83`, enforcedBy: 'provider',
    note: 'commonids.ValidatePublicIPAddressID: a public IP resource ID (segment names case-sensitive).',
  },
  {
    resource: 'azurerm_virtual_network_gateway', attribute: 'bgp_settings', kind: ProviderRuleKind.ITEMS, max: 1,
    source: src(VNG, 532), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_virtual_network_gateway', attribute: 'bgp_settings.asn', kind: ProviderRuleKind.AT_LEAST_ONE_OF,
    with: ['bgp_settings.asn', 'bgp_settings.peer_weight', 'bgp_settings.peering_addresses'], source: src(VNG, 538), enforcedBy: 'provider',
    note: 'Declared on all three (peer_weight :547, peering_addresses :594). No range check on asn in the provider.',
  },
  {
    resource: 'azurerm_virtual_network_gateway', attribute: 'bgp_settings.peering_addresses', kind: ProviderRuleKind.ITEMS, min: 1, max: 2,
    source: `${src(VNG, 558)}-559`, enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_virtual_network_gateway', attribute: 'bgp_settings.peering_addresses.ip_configuration_name', kind: ProviderRuleKind.LENGTH, min: 1,
    source: src(VNG, 567), enforcedBy: 'provider',
    note: 'At apply the Create function also wants it set when there is more than one ip_configuration (:1031-1032), and equal to ip_configuration.0.name when there is exactly one (:1040-1042).',
  },
  {
    resource: 'azurerm_virtual_network_gateway', attribute: 'bgp_settings.peering_addresses.apipa_addresses', kind: ProviderRuleKind.ITEMS, min: 1,
    source: src(VNG, 572), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_virtual_network_gateway', attribute: 'bgp_settings.peering_addresses.apipa_addresses', kind: ProviderRuleKind.REGEX,
    pattern: AZURE_APIPA, source: `${src(VNG, 575)}; ${V} ${NET}/validate/virtual_network_gateway.go:12-31`, enforcedBy: 'provider',
    note: `validate.IPAddressInAzureReservedAPIPARange: an IPv4 address from 169.254.21.0 to 169.254.22.255, the Azure-reserved APIPA range for VPN (${DOC_VPN_BGP}).`,
  },
  {
    resource: 'azurerm_virtual_network_gateway', attribute: 'tags', kind: ProviderRuleKind.ITEMS, max: 50,
    source: src(VNG, 656), enforcedBy: 'provider', note: TAGS_NOTE,
  },
];

const CONN_CONSTANTS = `${SDK}/2025-01-01/virtualnetworkgatewayconnections/constants.go`;

/** Rules of `azurerm_virtual_network_gateway_connection`. */
export const CONN_RULES: ProviderRule[] = [
  {
    resource: 'azurerm_virtual_network_gateway_connection', attribute: 'name', kind: ProviderRuleKind.LENGTH, min: 1,
    source: src(CONN, 54), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_virtual_network_gateway_connection', attribute: 'resource_group_name', kind: ProviderRuleKind.LENGTH, min: 1, max: 90,
    source: `${src(CONN, 57)}; ${RG_VALIDATE}:15`, enforcedBy: 'provider', note: RG_NOTE,
  },
  {
    resource: 'azurerm_virtual_network_gateway_connection', attribute: 'resource_group_name', kind: ProviderRuleKind.REGEX, pattern: RG_NAME,
    source: `${src(CONN, 57)}; ${RG_VALIDATE}:19-25`, enforcedBy: 'provider', note: RG_NOTE,
  },
  {
    resource: 'azurerm_virtual_network_gateway_connection', attribute: 'location', kind: ProviderRuleKind.LENGTH, min: 1,
    source: src(CONN, 59), enforcedBy: 'provider', note: LOCATION_NOTE,
  },
  {
    resource: 'azurerm_virtual_network_gateway_connection', attribute: 'type', kind: ProviderRuleKind.ENUM,
    values: ['ExpressRoute', 'IPsec', 'Vnet2Vnet'],
    source: srcVals(CONN, 65, CONN_CONSTANTS, '703-706'), enforcedBy: 'provider',
    note: 'The SDK also has VPNClient (constants.go:705), which azurerm refuses.',
  },
  {
    resource: 'azurerm_virtual_network_gateway_connection', attribute: 'virtual_network_gateway_id', kind: ProviderRuleKind.REGEX,
    pattern: armId('Microsoft.Network', 'virtualNetworkGateways'),
    source: `${src(CONN, 76)}; ${V} vendor/github.com/hashicorp/${SDK}/2025-01-01/virtualnetworkgateways/id_virtualnetworkgateway.go:88`,
    enforcedBy: 'provider', note: 'virtualnetworkgateways.ValidateVirtualNetworkGatewayID: a virtual network gateway resource ID (segment names case-sensitive).',
  },
  {
    resource: 'azurerm_virtual_network_gateway_connection', attribute: 'express_route_circuit_id', kind: ProviderRuleKind.REGEX,
    pattern: armId('Microsoft.Network', 'expressRouteCircuits'),
    source: `${src(CONN, 104)}; ${V} vendor/github.com/hashicorp/${SDK}/2023-11-01/expressroutecircuits/id_expressroutecircuit.go:88`,
    enforcedBy: 'provider', note: 'expressroutecircuits.ValidateExpressRouteCircuitID: an ExpressRoute circuit resource ID (segment names case-sensitive).',
  },
  {
    resource: 'azurerm_virtual_network_gateway_connection', attribute: 'local_network_gateway_id', kind: ProviderRuleKind.REGEX,
    pattern: armId('Microsoft.Network', 'localNetworkGateways'),
    source: `${src(CONN, 141)}; ${V} vendor/github.com/hashicorp/${SDK}/2023-11-01/localnetworkgateways/id_localnetworkgateway.go:88`,
    enforcedBy: 'provider', note: 'localnetworkgateways.ValidateLocalNetworkGatewayID: a local network gateway resource ID (segment names case-sensitive).',
  },
  {
    resource: 'azurerm_virtual_network_gateway_connection', attribute: 'routing_weight', kind: ProviderRuleKind.RANGE, min: 0, max: 32000,
    source: src(CONN, 161), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_virtual_network_gateway_connection', attribute: 'connection_protocol', kind: ProviderRuleKind.ENUM, values: ['IKEv1', 'IKEv2'],
    source: srcVals(CONN, 181, CONN_CONSTANTS, '615-616'), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_virtual_network_gateway_connection', attribute: 'custom_bgp_addresses', kind: ProviderRuleKind.ITEMS, max: 1,
    source: src(CONN, 225), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_virtual_network_gateway_connection', attribute: 'custom_bgp_addresses.primary', kind: ProviderRuleKind.IP, values: ['ipv4'],
    source: src(CONN, 231), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_virtual_network_gateway_connection', attribute: 'custom_bgp_addresses.primary', kind: ProviderRuleKind.REGEX,
    pattern: AZURE_APIPA, source: src(CONN, 995), enforcedBy: 'provider',
    note: `Checked at apply (Create, expandGatewayCustomBgpIPAddresses): the address must be one of the gateway's bgp_settings.peering_addresses.apipa_addresses, which the provider holds to 169.254.21.0-169.254.22.255 (virtual_network_gateway_resource.go:575; ${DOC_VPN_BGP}). Only with enable_bgp = true.`,
  },
  {
    resource: 'azurerm_virtual_network_gateway_connection', attribute: 'custom_bgp_addresses.secondary', kind: ProviderRuleKind.IP, values: ['ipv4'],
    source: src(CONN, 236), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_virtual_network_gateway_connection', attribute: 'custom_bgp_addresses.secondary', kind: ProviderRuleKind.REGEX,
    pattern: AZURE_APIPA, source: src(CONN, 995), enforcedBy: 'provider',
    note: `Checked at apply (Create): when set, one of the gateway's apipa_addresses, so within 169.254.21.0-169.254.22.255 (virtual_network_gateway_resource.go:575; ${DOC_VPN_BGP}).`,
  },
  {
    resource: 'azurerm_virtual_network_gateway_connection', attribute: 'ipsec_policy', kind: ProviderRuleKind.ITEMS, max: 1,
    source: src(CONN, 245), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_virtual_network_gateway_connection', attribute: 'ipsec_policy.dh_group', kind: ProviderRuleKind.ENUM,
    values: ['DHGroup1', 'DHGroup14', 'DHGroup2', 'DHGroup2048', 'DHGroup24', 'ECP256', 'ECP384', 'None'],
    source: srcVals(CONN, 251, CONN_CONSTANTS, '97-104'), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_virtual_network_gateway_connection', attribute: 'ipsec_policy.ike_encryption', kind: ProviderRuleKind.ENUM,
    values: ['AES128', 'AES192', 'AES256', 'DES', 'DES3', 'GCMAES128', 'GCMAES256'],
    source: srcVals(CONN, 266, CONN_CONSTANTS, '312-318'), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_virtual_network_gateway_connection', attribute: 'ipsec_policy.ike_integrity', kind: ProviderRuleKind.ENUM,
    values: ['GCMAES128', 'GCMAES256', 'MD5', 'SHA1', 'SHA256', 'SHA384'],
    source: srcVals(CONN, 280, CONN_CONSTANTS, '368-373'), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_virtual_network_gateway_connection', attribute: 'ipsec_policy.ipsec_encryption', kind: ProviderRuleKind.ENUM,
    values: ['AES128', 'AES192', 'AES256', 'DES', 'DES3', 'GCMAES128', 'GCMAES192', 'GCMAES256', 'None'],
    source: srcVals(CONN, 293, CONN_CONSTANTS, '197-205'), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_virtual_network_gateway_connection', attribute: 'ipsec_policy.ipsec_integrity', kind: ProviderRuleKind.ENUM,
    values: ['GCMAES128', 'GCMAES192', 'GCMAES256', 'MD5', 'SHA1', 'SHA256'],
    source: srcVals(CONN, 309, CONN_CONSTANTS, '259-264'), enforcedBy: 'provider',
    note: 'With a GCMAES ipsec_encryption the API wants the same GCMAES value here (AZURERM_CONDITIONAL_RULES).',
  },
  {
    resource: 'azurerm_virtual_network_gateway_connection', attribute: 'ipsec_policy.pfs_group', kind: ProviderRuleKind.ENUM,
    values: ['ECP256', 'ECP384', 'None', 'PFS1', 'PFS14', 'PFS2', 'PFS2048', 'PFS24', 'PFSMM'],
    source: srcVals(CONN, 322, CONN_CONSTANTS, '421-429'), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_virtual_network_gateway_connection', attribute: 'ipsec_policy.sa_lifetime', kind: ProviderRuleKind.RANGE, min: 300,
    source: src(CONN, 346), enforcedBy: 'provider',
    note: `No upper bound in the provider; the API documents a minimum of 300 s, default 27000 s (${DOC_IPSEC_POLICY}, algorithm table).`,
  },
  {
    resource: 'azurerm_virtual_network_gateway_connection', attribute: 'tags', kind: ProviderRuleKind.ITEMS, max: 50,
    source: src(CONN, 352), enforcedBy: 'provider', note: TAGS_NOTE,
  },
];



const VPN_ROUTE_BASED: ProviderRuleCondition = { attribute: 'vpn_type', values: ['RouteBased'], orUnset: true };

/**
 * The rules azurerm v4.55.0 (or the Azure API) applies only for some values of other attributes: mostly checks of the
 * Create function, which fail at apply. Kept apart from `AZURERM_RULES` because `ProviderRule` has no condition and a
 * checker applying these unconditionally would refuse valid stacks.
 */
export const AZURERM_CONDITIONAL_RULES: ProviderRule[] = [
  // azurerm_public_ip
  {
    resource: 'azurerm_public_ip', attribute: 'allocation_method', kind: ProviderRuleKind.ENUM, values: ['Static'], ignoreCase: true,
    when: [{ attribute: 'sku', values: ['Standard'], ignoreCase: true, orUnset: true }],
    source: `${src(PIP, 213)}-215`, enforcedBy: 'provider',
    note: 'Create: "static IP allocation must be used when creating Standard SKU public IP addresses" (compared without case; sku defaults to Standard).',
  },

  // azurerm_express_route_port
  {
    resource: 'azurerm_express_route_port', attribute: 'identity.type', kind: ProviderRuleKind.ENUM,
    values: ['UserAssigned', 'SystemAssigned, UserAssigned'],
    when: [{ attribute: 'identity.identity_ids', set: true }],
    source: `${src(PORT, 213)}; ${V} vendor/github.com/hashicorp/${HELPERS}/identity/system_and_user_assigned_map.go:81`, enforcedBy: 'provider',
    note: 'Create (identity.ExpandSystemAndUserAssignedMap): identity_ids only with a type that includes UserAssigned.',
  },

  // azurerm_virtual_network_gateway: the SKU list of the gateway's type, VPN type and generation (Create)
  {
    resource: 'azurerm_virtual_network_gateway', attribute: 'sku', kind: ProviderRuleKind.ENUM, values: VNG_SKUS_POLICY_BASED,
    when: [{ attribute: 'type', values: ['Vpn'] }, { attribute: 'vpn_type', values: ['PolicyBased'] }],
    source: `${src(VNG, 958)}-962; list at ${NET}/${VNG}.go:1511-1515`, enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_virtual_network_gateway', attribute: 'sku', kind: ProviderRuleKind.ENUM, values: VNG_SKUS_ROUTE_BASED_GEN1,
    when: [{ attribute: 'type', values: ['Vpn'] }, VPN_ROUTE_BASED, { attribute: 'generation', values: ['Generation1'] }],
    source: `${src(VNG, 965)}-969; list at ${NET}/${VNG}.go:1517-1529`, enforcedBy: 'provider',
    note: 'Only when generation is written as Generation1 (the Create function reads it with GetOk).',
  },
  {
    resource: 'azurerm_virtual_network_gateway', attribute: 'sku', kind: ProviderRuleKind.ENUM, values: VNG_SKUS_ROUTE_BASED_GEN2,
    when: [{ attribute: 'type', values: ['Vpn'] }, VPN_ROUTE_BASED, { attribute: 'generation', values: ['Generation2'] }],
    source: `${src(VNG, 972)}-976; list at ${NET}/${VNG}.go:1531-1542`, enforcedBy: 'provider',
    note: 'VpnGw1 and VpnGw1AZ are Generation1 only; VpnGw4/5 and VpnGw4AZ/5AZ Generation2 only.',
  },
  {
    resource: 'azurerm_virtual_network_gateway', attribute: 'sku', kind: ProviderRuleKind.ENUM, values: VNG_SKUS_EXPRESSROUTE,
    when: [{ attribute: 'type', values: ['ExpressRoute'] }],
    source: `${src(VNG, 979)}-983; list at ${NET}/${VNG}.go:1544-1553`, enforcedBy: 'provider',
    note: 'ErGwScale is accepted from azurerm 4.56.0.',
  },

  // azurerm_virtual_network_gateway_connection (Create)
  {
    resource: 'azurerm_virtual_network_gateway_connection', attribute: 'express_route_circuit_id', kind: ProviderRuleKind.REQUIRED,
    when: [{ attribute: 'type', values: ['ExpressRoute'] }],
    source: `${src(CONN, 861)}-864`, enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_virtual_network_gateway_connection', attribute: 'local_network_gateway_id', kind: ProviderRuleKind.REQUIRED,
    when: [{ attribute: 'type', values: ['IPsec'] }],
    source: `${src(CONN, 870)}-873`, enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_virtual_network_gateway_connection', attribute: 'type', kind: ProviderRuleKind.ENUM, values: ['IPsec'],
    when: [{ attribute: 'custom_bgp_addresses', set: true }, { attribute: 'enable_bgp', values: [true] }],
    source: `${src(CONN, 882)}-884`, enforcedBy: 'provider',
    note: '"custom_bgp_addresses can only be used when type is set to IPsec" (custom addresses are only sent with enable_bgp = true, :846-859).',
  },
  ...(['GCMAES128', 'GCMAES192', 'GCMAES256'] as const).map((gcm): ProviderRule => ({
    resource: 'azurerm_virtual_network_gateway_connection', attribute: 'ipsec_policy.ipsec_integrity', kind: ProviderRuleKind.ENUM, values: [gcm],
    when: [{ attribute: 'ipsec_policy.ipsec_encryption', values: [gcm] }],
    source: DOC_IPSEC_POLICY, enforcedBy: 'api',
    note: 'With GCMAES IPsec encryption, the IPsec integrity must be the same GCMAES algorithm and key length (includes/vpn-gateway-ipsec-ike-requirements-include.md). The provider does not check it.',
  })),
];

/** Rules of the `azurerm_virtual_network_gateway` data source (an existing gateway, read at plan). */
export const VNG_DATA_RULES: ProviderRule[] = dataSourceRules('data.azurerm_virtual_network_gateway', 'virtual_network_gateway_data_source', 34, 35);
