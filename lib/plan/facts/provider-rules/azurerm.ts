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
import { CIRCUIT_DATA_RULES, CIRCUIT_RULES, PEERING_RULES, PORT_RULES } from './azurerm-expressroute';
import { CONN_RULES, LNG_RULES, PIP_RULES, SUBNET_RULES, VNG_DATA_RULES, VNG_RULES } from './azurerm-gateways';
import { AZURERM_NAME_RULES } from './azurerm-names';
import { VIRTUAL_WAN_RULES } from './azurerm-virtual-wan';
import { ProviderRule } from './types';

export { AZURERM_CONDITIONAL_RULES } from './azurerm-gateways';

/**
 * Every unconditional rule azurerm v4.55.0 (or the Azure API) applies to the attributes this library writes on
 * `azurerm_express_route_circuit`, `azurerm_express_route_circuit_peering`, `azurerm_express_route_port`,
 * `azurerm_local_network_gateway`, `azurerm_public_ip`, `azurerm_subnet`, `azurerm_virtual_network_gateway` and
 * `azurerm_virtual_network_gateway_connection`, and on the `azurerm_express_route_circuit` and
 * `azurerm_virtual_network_gateway` data sources; and the Virtual WAN resources (azurerm-virtual-wan.ts).
 */
export const AZURERM_RULES: ProviderRule[] = [
  ...CIRCUIT_RULES,
  ...CIRCUIT_DATA_RULES,
  ...PEERING_RULES,
  ...PORT_RULES,
  ...LNG_RULES,
  ...PIP_RULES,
  ...SUBNET_RULES,
  ...VNG_RULES,
  ...VNG_DATA_RULES,
  ...CONN_RULES,
  ...AZURERM_NAME_RULES,
  ...VIRTUAL_WAN_RULES,
];
