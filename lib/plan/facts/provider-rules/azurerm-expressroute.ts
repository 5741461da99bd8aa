// The azurerm v4.55.0 rules of the ExpressRoute resources: circuit (and its data source), private peering, Direct port.
import { CIRCUIT, DOC_ER_DIRECT, DOC_ER_FAQ_SPEEDS, DOC_ER_PEERING, HELPERS, IPV4, LOCATION_NOTE, NET, PEERING, PORT, RG_NAME, RG_NOTE, RG_VALIDATE, SDK, TAGS_NOTE, V, armId, dataSourceRules, src, srcVals } from './azurerm-common';
import { ProviderRule, ProviderRuleKind } from './types';

/** Rules of `azurerm_express_route_circuit`. */
export const CIRCUIT_RULES: ProviderRule[] = [
  {
    resource: 'azurerm_express_route_circuit', attribute: 'resource_group_name', kind: ProviderRuleKind.LENGTH, min: 1, max: 90,
    source: `${src(CIRCUIT, 62)}; ${RG_VALIDATE}:15`, enforcedBy: 'provider', note: RG_NOTE,
  },
  {
    resource: 'azurerm_express_route_circuit', attribute: 'resource_group_name', kind: ProviderRuleKind.REGEX, pattern: RG_NAME,
    source: `${src(CIRCUIT, 62)}; ${RG_VALIDATE}:19-25`, enforcedBy: 'provider', note: RG_NOTE,
  },
  {
    resource: 'azurerm_express_route_circuit', attribute: 'location', kind: ProviderRuleKind.LENGTH, min: 1,
    source: src(CIRCUIT, 64), enforcedBy: 'provider', note: LOCATION_NOTE,
  },
  {
    resource: 'azurerm_express_route_circuit', attribute: 'sku', kind: ProviderRuleKind.ITEMS, min: 1, max: 1,
    source: src(CIRCUIT, 69), enforcedBy: 'provider', note: 'Required, MaxItems 1.',
  },
  {
    resource: 'azurerm_express_route_circuit', attribute: 'sku.tier', kind: ProviderRuleKind.ENUM,
    values: ['Basic', 'Local', 'Standard', 'Premium'],
    source: srcVals(CIRCUIT, 75, `${SDK}/2025-01-01/expressroutecircuits/constants.go`, '294-297'), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_express_route_circuit', attribute: 'sku.family', kind: ProviderRuleKind.ENUM,
    values: ['MeteredData', 'UnlimitedData'],
    source: srcVals(CIRCUIT, 86, `${SDK}/2025-01-01/expressroutecircuits/constants.go`, '253-254'), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_express_route_circuit', attribute: 'service_provider_name', kind: ProviderRuleKind.REQUIRED_WITH,
    with: ['bandwidth_in_mbps', 'peering_location'], source: src(CIRCUIT, 106), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_express_route_circuit', attribute: 'service_provider_name', kind: ProviderRuleKind.CONFLICTS_WITH,
    with: ['bandwidth_in_gbps', 'express_route_port_id'], source: src(CIRCUIT, 107), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_express_route_circuit', attribute: 'peering_location', kind: ProviderRuleKind.REQUIRED_WITH,
    with: ['bandwidth_in_mbps', 'service_provider_name'], source: src(CIRCUIT, 115), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_express_route_circuit', attribute: 'peering_location', kind: ProviderRuleKind.CONFLICTS_WITH,
    with: ['bandwidth_in_gbps', 'express_route_port_id'], source: src(CIRCUIT, 116), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_express_route_circuit', attribute: 'bandwidth_in_mbps', kind: ProviderRuleKind.REQUIRED_WITH,
    with: ['peering_location', 'service_provider_name'], source: src(CIRCUIT, 122), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_express_route_circuit', attribute: 'bandwidth_in_mbps', kind: ProviderRuleKind.CONFLICTS_WITH,
    with: ['bandwidth_in_gbps', 'express_route_port_id'], source: src(CIRCUIT, 123), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_express_route_circuit', attribute: 'bandwidth_in_mbps', kind: ProviderRuleKind.ENUM,
    values: [50, 100, 200, 500, 1000, 2000, 5000, 10000],
    source: DOC_ER_FAQ_SPEEDS, enforcedBy: 'api',
    note: 'The provider does not validate the number; the service provider must offer the bandwidth at the peering location. A smaller value than the current one replaces the circuit (CustomizeDiff ForceNewIfChange, express_route_circuit_resource.go:43).',
  },
  {
    resource: 'azurerm_express_route_circuit', attribute: 'bandwidth_in_gbps', kind: ProviderRuleKind.REQUIRED_WITH,
    with: ['express_route_port_id'], source: src(CIRCUIT, 129), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_express_route_circuit', attribute: 'bandwidth_in_gbps', kind: ProviderRuleKind.CONFLICTS_WITH,
    with: ['bandwidth_in_mbps', 'peering_location', 'service_provider_name'], source: src(CIRCUIT, 130), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_express_route_circuit', attribute: 'bandwidth_in_gbps', kind: ProviderRuleKind.ENUM,
    values: [1, 2, 5, 10, 40, 100, 200, 400],
    source: DOC_ER_DIRECT, enforcedBy: 'api',
    note: 'ExpressRoute Direct circuit sizes, per port: 10-Gbps port 1, 2, 5 or 10; 100-Gbps port 5, 10, 40 or 100; 400-Gbps port (enrollment needed) 5, 10, 40, 100, 200 or 400. The provider does not validate the number.',
  },
  {
    resource: 'azurerm_express_route_circuit', attribute: 'express_route_port_id', kind: ProviderRuleKind.REQUIRED_WITH,
    with: ['bandwidth_in_gbps'], source: src(CIRCUIT, 137), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_express_route_circuit', attribute: 'express_route_port_id', kind: ProviderRuleKind.CONFLICTS_WITH,
    with: ['bandwidth_in_mbps', 'peering_location', 'service_provider_name'], source: src(CIRCUIT, 138), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_express_route_circuit', attribute: 'express_route_port_id', kind: ProviderRuleKind.REGEX,
    pattern: armId('Microsoft.Network', 'expressRoutePorts'),
    source: `${src(CIRCUIT, 139)}; ${V} vendor/github.com/hashicorp/${SDK}/2023-11-01/expressrouteports/id_expressrouteport.go:88`,
    enforcedBy: 'provider', note: 'expressrouteports.ValidateExpressRoutePortID: an ExpressRoute port resource ID (segment names are case-sensitive).',
  },
  {
    resource: 'azurerm_express_route_circuit', attribute: 'tags', kind: ProviderRuleKind.ITEMS, max: 50,
    source: src(CIRCUIT, 165), enforcedBy: 'provider', note: TAGS_NOTE,
  },
];

/** Rules of `azurerm_express_route_circuit_peering`. */
export const PEERING_RULES: ProviderRule[] = [
  {
    resource: 'azurerm_express_route_circuit_peering', attribute: 'peering_type', kind: ProviderRuleKind.ENUM,
    values: ['AzurePrivatePeering', 'AzurePublicPeering', 'MicrosoftPeering'],
    source: srcVals(PEERING, 50, `${SDK}/2025-01-01/expressroutecircuitpeerings/constants.go`, '253-255'), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_express_route_circuit_peering', attribute: 'resource_group_name', kind: ProviderRuleKind.LENGTH, min: 1, max: 90,
    source: `${src(PEERING, 63)}; ${RG_VALIDATE}:15`, enforcedBy: 'provider', note: RG_NOTE,
  },
  {
    resource: 'azurerm_express_route_circuit_peering', attribute: 'resource_group_name', kind: ProviderRuleKind.REGEX, pattern: RG_NAME,
    source: `${src(PEERING, 63)}; ${RG_VALIDATE}:19-25`, enforcedBy: 'provider', note: RG_NOTE,
  },
  {
    resource: 'azurerm_express_route_circuit_peering', attribute: 'primary_peer_address_prefix', kind: ProviderRuleKind.REQUIRED_WITH,
    with: ['secondary_peer_address_prefix'], source: src(PEERING, 68), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_express_route_circuit_peering', attribute: 'primary_peer_address_prefix', kind: ProviderRuleKind.REGEX,
    pattern: `${IPV4}/30`, source: DOC_ER_PEERING, enforcedBy: 'api',
    note: 'A /30 subnet for the primary link: Microsoft takes its second usable address, your router the first. The provider does not validate the prefix.',
  },
  {
    resource: 'azurerm_express_route_circuit_peering', attribute: 'secondary_peer_address_prefix', kind: ProviderRuleKind.REQUIRED_WITH,
    with: ['primary_peer_address_prefix'], source: src(PEERING, 76), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_express_route_circuit_peering', attribute: 'secondary_peer_address_prefix', kind: ProviderRuleKind.REGEX,
    pattern: `${IPV4}/30`, source: DOC_ER_PEERING, enforcedBy: 'api',
    note: 'A /30 subnet for the secondary link. The provider does not validate the prefix.',
  },
  {
    resource: 'azurerm_express_route_circuit_peering', attribute: 'vlan_id', kind: ProviderRuleKind.REQUIRED,
    source: src(PEERING, 89), enforcedBy: 'provider',
    note: 'Required, with no range check in the provider (v4.55.0 has no ValidateFunc, CustomizeDiff or Create check on vlan_id). The API wants a VLAN no other peering of the circuit uses, the same on both links; on an ExpressRoute Direct Dot1Q port unique across the port pair (learn.microsoft.com/azure/expressroute/expressroute-erdirect-about).',
  },
  {
    resource: 'azurerm_express_route_circuit_peering', attribute: 'shared_key', kind: ProviderRuleKind.LENGTH, min: 1, max: 25,
    source: src(PEERING, 96), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_express_route_circuit_peering', attribute: 'shared_key', kind: ProviderRuleKind.REGEX, pattern: '[A-Za-z0-9]{1,25}',
    source: DOC_ER_PEERING, enforcedBy: 'api',
    note: 'The MD5 key: at most 25 alphanumeric characters, special characters not supported (the provider checks only the length).',
  },
  {
    resource: 'azurerm_express_route_circuit_peering', attribute: 'peer_asn', kind: ProviderRuleKind.RANGE, min: 1, max: 4294967295,
    source: DOC_ER_PEERING, enforcedBy: 'api',
    note: 'Both 2-byte and 4-byte AS numbers; for private peering a private ASN may be used except 65515 to 65520 (not expressible as one range; not checked here). The provider does not validate the number.',
  },
];

/** The `link1` / `link2` rules of `azurerm_express_route_port` (both blocks share one schema, expressRoutePortSchema). */
function portLinkRules(link: 'link1' | 'link2', line: number): ProviderRule[] {
  return [
    {
      resource: 'azurerm_express_route_port', attribute: link, kind: ProviderRuleKind.ITEMS, min: 1, max: 1,
      source: `${src(PORT, line)}; ${src(PORT, 33)}-34`, enforcedBy: 'provider',
    },
    {
      resource: 'azurerm_express_route_port', attribute: `${link}.macsec_cipher`, kind: ProviderRuleKind.ENUM,
      values: ['GcmAes128', 'GcmAes256'],
      source: src(PORT, 53), enforcedBy: 'provider',
      note: 'azurerm >= 4.60.0 also accepts GcmAesXpn128 and GcmAesXpn256 (CHANGELOG 4.60.0, #30240); the API already has them (vendor/github.com/hashicorp/go-azure-sdk/resource-manager/network/2025-01-01/expressrouteports/constants.go:97-100).',
    },
    {
      resource: 'azurerm_express_route_port', attribute: `${link}.macsec_ckn_keyvault_secret_id`, kind: ProviderRuleKind.LENGTH, min: 1,
      source: src(PORT, 63), enforcedBy: 'provider',
    },
    {
      resource: 'azurerm_express_route_port', attribute: `${link}.macsec_cak_keyvault_secret_id`, kind: ProviderRuleKind.LENGTH, min: 1,
      source: src(PORT, 68), enforcedBy: 'provider',
    },
  ];
}

/** Rules of `azurerm_express_route_port`. */
export const PORT_RULES: ProviderRule[] = [
  {
    resource: 'azurerm_express_route_port', attribute: 'name', kind: ProviderRuleKind.REGEX, pattern: '[^\\W_]([\\w.-]{0,78}\\w)?',
    source: `${src(PORT, 127)}; ${V} ${NET}/validate/express_route_port.go:13`, enforcedBy: 'provider',
    note: 'validate.ExpressRoutePortName: 1-80 characters, letters, digits, underscores, periods or dashes, starting with a letter or digit and ending with a word character.',
  },
  {
    resource: 'azurerm_express_route_port', attribute: 'resource_group_name', kind: ProviderRuleKind.LENGTH, min: 1, max: 90,
    source: `${src(PORT, 130)}; ${RG_VALIDATE}:15`, enforcedBy: 'provider', note: RG_NOTE,
  },
  {
    resource: 'azurerm_express_route_port', attribute: 'resource_group_name', kind: ProviderRuleKind.REGEX, pattern: RG_NAME,
    source: `${src(PORT, 130)}; ${RG_VALIDATE}:19-25`, enforcedBy: 'provider', note: RG_NOTE,
  },
  {
    resource: 'azurerm_express_route_port', attribute: 'location', kind: ProviderRuleKind.LENGTH, min: 1,
    source: src(PORT, 132), enforcedBy: 'provider', note: LOCATION_NOTE,
  },
  {
    resource: 'azurerm_express_route_port', attribute: 'peering_location', kind: ProviderRuleKind.REQUIRED,
    source: src(PORT, 136), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_express_route_port', attribute: 'peering_location', kind: ProviderRuleKind.LENGTH, min: 1,
    source: src(PORT, 138), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_express_route_port', attribute: 'bandwidth_in_gbps', kind: ProviderRuleKind.REQUIRED,
    source: src(PORT, 143), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_express_route_port', attribute: 'bandwidth_in_gbps', kind: ProviderRuleKind.RANGE, min: 1,
    source: src(PORT, 145), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_express_route_port', attribute: 'bandwidth_in_gbps', kind: ProviderRuleKind.ENUM, values: [10, 100, 400],
    source: DOC_ER_DIRECT, enforcedBy: 'api',
    note: 'ExpressRoute Direct port pairs are 10, 100 or 400 Gbps (400 Gbps only at some peering locations, after enrollment).',
  },
  {
    resource: 'azurerm_express_route_port', attribute: 'encapsulation', kind: ProviderRuleKind.ENUM, values: ['Dot1Q', 'QinQ'],
    source: srcVals(PORT, 152, `${SDK}/2025-01-01/expressrouteports/constants.go`, '226-227'), enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_express_route_port', attribute: 'identity', kind: ProviderRuleKind.ITEMS, max: 1,
    source: `${src(PORT, 158)}; ${V} vendor/github.com/hashicorp/${HELPERS}/commonschema/identity_system_user.go:105`, enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_express_route_port', attribute: 'identity.type', kind: ProviderRuleKind.ENUM,
    values: ['UserAssigned', 'SystemAssigned', 'SystemAssigned, UserAssigned'],
    source: `${src(PORT, 158)}; ${V} vendor/github.com/hashicorp/${HELPERS}/commonschema/identity_system_user.go:111; values: ${V} vendor/github.com/hashicorp/${HELPERS}/identity/constants.go:12-14`,
    enforcedBy: 'provider',
  },
  {
    resource: 'azurerm_express_route_port', attribute: 'identity.identity_ids', kind: ProviderRuleKind.REGEX,
    pattern: armId('Microsoft.ManagedIdentity', 'userAssignedIdentities'),
    source: `${src(PORT, 158)}; ${V} vendor/github.com/hashicorp/${HELPERS}/commonschema/identity_system_user.go:122; ${V} vendor/github.com/hashicorp/${HELPERS}/commonids/user_assigned_identity.go:83`,
    enforcedBy: 'provider', note: 'commonids.ValidateUserAssignedIdentityID: each element a user-assigned identity resource ID (segment names case-sensitive).',
  },
  ...portLinkRules('link1', 170),
  ...portLinkRules('link2', 172),
  {
    resource: 'azurerm_express_route_port', attribute: 'tags', kind: ProviderRuleKind.ITEMS, max: 50,
    source: src(PORT, 189), enforcedBy: 'provider', note: TAGS_NOTE,
  },
];


/** Rules of the `azurerm_express_route_circuit` data source (the live state read before apply 2). */
export const CIRCUIT_DATA_RULES: ProviderRule[] = dataSourceRules('data.azurerm_express_route_circuit', 'express_route_circuit_data_source', 32, 33);
