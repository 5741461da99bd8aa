/**
 * The rules hashicorp/azurerm v4.55.0 (and, where the provider does not check, the Azure Resource Manager API)
 * applies to the attributes this library writes on its Azure network resources: ExpressRoute circuits, their
 * private peering, ExpressRoute Direct ports, local network gateways, public IPs, the GatewaySubnet, virtual network
 * gateways (ExpressRoute and VPN) and their connections.
 *
 * Provider rules cite `internal/services/network/<file>.go:<line>` at tag v4.55.0. Where the provider validates
 * against SDK or helper values, the values were resolved from the `vendor/` tree of the same tag and that file is
 * cited too. API rules cite the learn.microsoft.com page that states them. Pure data, no cdktf.
 *
 * `AZURERM_RULES` holds only rules that hold whatever else the resource sets. Rules the provider applies only for
 * some values of other attributes (the VPN gateway SKU per type and generation, Standard public IPs being static,
 * ...) are in `AZURERM_CONDITIONAL_RULES`, each with the condition under which it applies.
 */
import { ProviderRule, ProviderRuleCondition, ProviderRuleKind } from './types';

const V = 'terraform-provider-azurerm v4.55.0';
const NET = 'internal/services/network';
/** A provider source line: `internal/services/network/<file>.go:<line>`. */
const src = (file: string, line: number): string => `${V} ${NET}/${file}.go:${line}`;
/** A provider source line plus the vendored file that holds the values it validates against. */
const srcVals = (file: string, line: number, vendorFile: string, vendorLines: string): string =>
  `${src(file, line)}; values: ${V} vendor/github.com/hashicorp/${vendorFile}:${vendorLines}`;

const SDK = 'go-azure-sdk/resource-manager/network';
const HELPERS = 'go-azure-helpers/resourcemanager';

const CIRCUIT = 'express_route_circuit_resource';
const PEERING = 'express_route_circuit_peering_resource';
const PORT = 'express_route_port_resource';
const LNG = 'local_network_gateway_resource';
const PIP = 'public_ip_resource';
const SUBNET = 'subnet_resource';
const VNG = 'virtual_network_gateway_resource';
const CONN = 'virtual_network_gateway_connection_resource';

const DOC_ER_FAQ_SPEEDS = 'https://learn.microsoft.com/azure/expressroute/expressroute-faqs#what-connection-speeds-are-supported-by-expressroute';
const DOC_ER_DIRECT = 'https://learn.microsoft.com/azure/expressroute/expressroute-erdirect-about';
const DOC_ER_PEERING = 'https://learn.microsoft.com/azure/expressroute/expressroute-howto-routing-portal-resource-manager';
const DOC_VPN_BGP = 'https://learn.microsoft.com/azure/vpn-gateway/bgp-howto';
const DOC_IPSEC_POLICY = 'https://learn.microsoft.com/azure/vpn-gateway/ipsec-ike-policy-howto';

/** One decimal octet, 0 to 255. */
const OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
/** A dotted IPv4 address. */
const IPV4 = `${OCTET}(\\.${OCTET}){3}`;
/** An IPv4 address in the Azure-reserved APIPA range for VPN gateways, 169.254.21.0 to 169.254.22.255. */
const AZURE_APIPA = `169\\.254\\.2[12]\\.${OCTET}`;

/** A regular expression source matching `s` in any letter case (the checker has no flags). */
function anyCase(s: string): string {
  return s.split('').map((c) => (/[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c === '.' ? '\\.' : c)).join('');
}

/**
 * The shape `resourceids.Parser.Parse` accepts for an ARM ID (case-sensitive static segments; the leading `/` may
 * be left out; each named segment any non-empty text without `/`).
 */
function armId(provider: string, ...types: string[]): string {
  return `/?subscriptions/[^/]+/resourceGroups/[^/]+/providers/${provider.replace(/\./g, '\\.')}/${types.map((t) => `${t}/[^/]+`).join('/')}`;
}

/** `resourcegroups.ValidateName`: word characters, `-`, `.`, `(`, `)`; not ending in a period (checked apart: length 1-90). */
const RG_NAME = '[-\\w.()]*[-\\w()]';
const RG_VALIDATE = `${V} vendor/github.com/hashicorp/${HELPERS}/resourcegroups/validate.go`;
const RG_NOTE = 'commonschema.ResourceGroupName() uses resourcegroups.ValidateName: at most 90 characters, not blank, only letters, digits, underscores, dashes, periods and parentheses, and no trailing period.';
const LOCATION_NOTE = 'commonschema.Location() uses location.EnhancedValidate (vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/location/validation.go:18): not empty, and, when the provider could load the cloud\'s location list at start-up, one of those locations (or "global").';
const TAGS_NOTE = 'commonschema.Tags() uses tags.Validate (vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/tags/validate.go:16-28): at most 50 tags, keys at most 512 characters, values at most 256 characters.';

/** Rules of `azurerm_express_route_circuit`. */
const CIRCUIT_RULES: ProviderRule[] = [
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
const PEERING_RULES: ProviderRule[] = [
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
const PORT_RULES: ProviderRule[] = [
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

/** Rules of `azurerm_local_network_gateway`. */
const LNG_RULES: ProviderRule[] = [
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
const PIP_RULES: ProviderRule[] = [
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
const SUBNET_RULES: ProviderRule[] = [
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
const VNG_RULES: ProviderRule[] = [
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
const CONN_RULES: ProviderRule[] = [
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

/**
 * Every unconditional rule azurerm v4.55.0 (or the Azure API) applies to the attributes this library writes on
 * `azurerm_express_route_circuit`, `azurerm_express_route_circuit_peering`, `azurerm_express_route_port`,
 * `azurerm_local_network_gateway`, `azurerm_public_ip`, `azurerm_subnet`, `azurerm_virtual_network_gateway` and
 * `azurerm_virtual_network_gateway_connection`.
 */
/** Rules of the `azurerm_express_route_circuit` data source (the live state read before apply 2). */
const CIRCUIT_DATA_RULES: ProviderRule[] = [
  { resource: 'data.azurerm_express_route_circuit', attribute: 'name', kind: ProviderRuleKind.REQUIRED, source: src('express_route_circuit_data_source', 32), enforcedBy: 'provider' },
  { resource: 'data.azurerm_express_route_circuit', attribute: 'name', kind: ProviderRuleKind.LENGTH, min: 1, source: src('express_route_circuit_data_source', 33), enforcedBy: 'provider', note: 'validation.StringIsNotEmpty' },
  {
    resource: 'data.azurerm_express_route_circuit', attribute: 'resource_group_name', kind: ProviderRuleKind.REQUIRED,
    source: `${V} vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/resource_group_name.go:42`, enforcedBy: 'provider',
  },
  {
    resource: 'data.azurerm_express_route_circuit', attribute: 'resource_group_name', kind: ProviderRuleKind.LENGTH, min: 1, max: 90,
    source: `${V} vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/resource_group_name.go:43`, enforcedBy: 'provider', note: RG_NOTE,
  },
  {
    resource: 'data.azurerm_express_route_circuit', attribute: 'resource_group_name', kind: ProviderRuleKind.REGEX, pattern: RG_NAME,
    source: `${V} vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/resource_group_name.go:43`, enforcedBy: 'provider', note: RG_NOTE,
  },
];

export const AZURERM_RULES: ProviderRule[] = [
  ...CIRCUIT_RULES,
  ...CIRCUIT_DATA_RULES,
  ...PEERING_RULES,
  ...PORT_RULES,
  ...LNG_RULES,
  ...PIP_RULES,
  ...SUBNET_RULES,
  ...VNG_RULES,
  ...CONN_RULES,
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
