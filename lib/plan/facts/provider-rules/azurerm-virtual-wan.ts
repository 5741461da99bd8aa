// The azurerm v4.55.0 rules of the Azure Virtual WAN resources this library writes: the Virtual WAN, the virtual hub,
// its ExpressRoute gateway and connections, its VPN gateway, VPN sites and VPN connections, and the data sources of an
// existing virtual hub and VPN gateway. Line numbers at tag v4.55.0 (internal/services/network/...).
import { dataSourceRules, LOCATION_NOTE, src } from './azurerm-common';
import { ProviderRule, ProviderRuleKind } from './types';

const WAN = 'virtual_wan_resource';
const HUB = 'virtual_hub_resource';
const ERGW = 'express_route_gateway_resource';
const ERC = 'express_route_connection_resource';
const VPNGW = 'vpn_gateway_resource';
const SITE = 'vpn_site_resource';
const VPNC = 'vpn_gateway_connection_resource';
const K = ProviderRuleKind;

/** An IPsec algorithm enum of `vpn_link.ipsec_policy` (the same values as a virtual network gateway connection's). */
const ipsec = (attribute: string, line: number, values: string[]): ProviderRule => ({
  resource: 'azurerm_vpn_gateway_connection', attribute: `vpn_link.ipsec_policy.${attribute}`, kind: K.ENUM, values, source: src(VPNC, line), enforcedBy: 'provider',
});

/** Every rule of the Virtual WAN resources and data sources. */
export const VIRTUAL_WAN_RULES: ProviderRule[] = [
  { resource: 'azurerm_virtual_wan', attribute: 'name', kind: K.LENGTH, min: 1, source: src(WAN, 43), enforcedBy: 'provider' },
  { resource: 'azurerm_virtual_wan', attribute: 'location', kind: K.LENGTH, min: 1, source: src(WAN, 52), enforcedBy: 'provider', note: LOCATION_NOTE },
  { resource: 'azurerm_virtual_hub', attribute: 'name', kind: K.LENGTH, min: 1, max: 256, source: `${src(HUB, 54)}; internal/services/network/validate/virtual_hub_name.go:11-19`, enforcedBy: 'provider' },
  { resource: 'azurerm_virtual_hub', attribute: 'address_prefix', kind: K.CIDR, source: src(HUB, 65), enforcedBy: 'provider', note: 'validate.CIDR: syntax only; the /24 minimum is the service\'s (virtual-wan.ts VIRTUAL_WAN_SOURCE.hubPrefix)' },
  { resource: 'azurerm_virtual_hub', attribute: 'sku', kind: K.ENUM, values: ['Basic', 'Standard'], source: src(HUB, 78), enforcedBy: 'provider' },
  { resource: 'azurerm_virtual_hub', attribute: 'hub_routing_preference', kind: K.ENUM, values: ['ExpressRoute', 'VpnGateway', 'ASPath'], source: src(HUB, 132), enforcedBy: 'provider' },
  { resource: 'azurerm_express_route_gateway', attribute: 'name', kind: K.LENGTH, min: 1, source: src(ERGW, 45), enforcedBy: 'provider' },
  { resource: 'azurerm_express_route_gateway', attribute: 'scale_units', kind: K.RANGE, min: 1, max: 10, source: src(ERGW, 63), enforcedBy: 'provider' },
  { resource: 'azurerm_express_route_gateway', attribute: 'virtual_hub_id', kind: K.REQUIRED, source: src(ERGW, 56), enforcedBy: 'provider' },
  {
    resource: 'azurerm_express_route_connection', attribute: 'name', kind: K.REGEX, pattern: '([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9_.-]{0,78}[a-zA-Z0-9_])',
    source: `${src(ERC, 46)}; internal/services/network/validate/express_route_connection_name.go:14`, enforcedBy: 'provider',
  },
  { resource: 'azurerm_express_route_connection', attribute: 'routing_weight', kind: K.RANGE, min: 0, max: 32000, source: src(ERC, 148), enforcedBy: 'provider' },
  {
    resource: 'azurerm_express_route_connection', attribute: 'express_route_circuit_peering_id', kind: K.REQUIRED, source: src(ERC, 53), enforcedBy: 'provider',
    note: 'commonids.ValidateExpressRouteCircuitPeeringID: /subscriptions/<sub>/resourceGroups/<rg>/providers/Microsoft.Network/expressRouteCircuits/<circuit>/peerings/<peering> (segment names case-sensitive); the library writes <circuit id>/peerings/AzurePrivatePeering',
  },
  { resource: 'azurerm_vpn_gateway', attribute: 'name', kind: K.LENGTH, min: 1, source: src(VPNGW, 48), enforcedBy: 'provider' },
  { resource: 'azurerm_vpn_gateway', attribute: 'scale_unit', kind: K.RANGE, min: 0, source: src(VPNGW, 190), enforcedBy: 'provider' },
  { resource: 'azurerm_vpn_gateway', attribute: 'bgp_settings.asn', kind: K.REQUIRED, source: src(VPNGW, 90), enforcedBy: 'provider', note: 'no validation in the provider; the service runs 65515 (virtual-wan.ts VIRTUAL_WAN_SOURCE.asn)' },
  { resource: 'azurerm_vpn_gateway', attribute: 'bgp_settings.peer_weight', kind: K.REQUIRED, source: src(VPNGW, 96), enforcedBy: 'provider' },
  { resource: 'azurerm_vpn_gateway', attribute: 'bgp_settings.instance_0_bgp_peering_address.custom_ips', kind: K.IP, eachElement: true, source: src(VPNGW, 114), enforcedBy: 'provider' },
  { resource: 'azurerm_vpn_gateway', attribute: 'bgp_settings.instance_1_bgp_peering_address.custom_ips', kind: K.IP, eachElement: true, source: src(VPNGW, 154), enforcedBy: 'provider' },
  { resource: 'azurerm_vpn_site', attribute: 'name', kind: K.REGEX, pattern: '[^\'<>%&:?/+]+', source: `${src(SITE, 46)}; internal/services/network/validate/vpn_site_name.go:12-14`, enforcedBy: 'provider' },
  { resource: 'azurerm_vpn_site', attribute: 'link', kind: K.ITEMS, min: 1, source: src(SITE, 84), enforcedBy: 'provider' },
  { resource: 'azurerm_vpn_site', attribute: 'link', kind: K.ITEMS, max: 4, source: 'https://learn.microsoft.com/azure/virtual-wan/virtual-wan-site-to-site-portal ("Four links per VPN Site are supported")', enforcedBy: 'api' },
  { resource: 'azurerm_vpn_site', attribute: 'link.bgp.asn', kind: K.RANGE, min: 1, source: src(SITE, 116), enforcedBy: 'provider' },
  { resource: 'azurerm_vpn_gateway_connection', attribute: 'name', kind: K.LENGTH, min: 1, source: src(VPNC, 45), enforcedBy: 'provider' },
  { resource: 'azurerm_vpn_gateway_connection', attribute: 'vpn_link', kind: K.ITEMS, min: 1, source: src(VPNC, 129), enforcedBy: 'provider' },
  { resource: 'azurerm_vpn_gateway_connection', attribute: 'vpn_link.protocol', kind: K.ENUM, values: ['IKEv1', 'IKEv2'], source: src(VPNC, 187), enforcedBy: 'provider' },
  { resource: 'azurerm_vpn_gateway_connection', attribute: 'vpn_link.ipsec_policy.sa_lifetime_sec', kind: K.RANGE, min: 300, max: 172799, source: src(VPNC, 222), enforcedBy: 'provider' },
  { resource: 'azurerm_vpn_gateway_connection', attribute: 'vpn_link.ipsec_policy.sa_data_size_kb', kind: K.RANGE, min: 0, max: 2147483647, source: src(VPNC, 227), enforcedBy: 'provider' },
  ipsec('encryption_algorithm', 232, ['AES192', 'AES128', 'AES256', 'DES', 'DES3', 'GCMAES192', 'GCMAES128', 'GCMAES256', 'None']),
  ipsec('integrity_algorithm', 237, ['GCMAES192', 'GCMAES128', 'GCMAES256', 'MD5', 'SHA1', 'SHA256']),
  ipsec('ike_encryption_algorithm', 243, ['AES192', 'AES128', 'AES256', 'DES', 'DES3', 'GCMAES128', 'GCMAES256']),
  ipsec('ike_integrity_algorithm', 249, ['GCMAES128', 'GCMAES256', 'MD5', 'SHA1', 'SHA384', 'SHA256']),
  ipsec('dh_group', 255, ['DHGroup1', 'DHGroup14', 'DHGroup2', 'DHGroup24', 'DHGroup2048', 'ECP384', 'ECP256', 'None']),
  ipsec('pfs_group', 261, ['ECP384', 'ECP256', 'None', 'PFSMM', 'PFS1', 'PFS14', 'PFS2', 'PFS24', 'PFS2048']),
  { resource: 'azurerm_vpn_gateway_connection', attribute: 'vpn_link.custom_bgp_address.ip_address', kind: K.IP, source: src(VPNC, 288), enforcedBy: 'provider' },
  ...dataSourceRules('data.azurerm_virtual_hub', 'virtual_hub_data_source', 30),
  ...dataSourceRules('data.azurerm_virtual_wan', 'virtual_wan_data_source', 30, 33),
  ...dataSourceRules('data.azurerm_vpn_gateway', 'vpn_gateway_data_source', 31),
];
