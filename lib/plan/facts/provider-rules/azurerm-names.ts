// Azure's naming rules for the Microsoft.Network resources the library names, enforced by the API (the pinned
// azurerm checks most of these names only for "not empty"): a name the API refuses fails at apply, after the
// resources before it were created.
import { ProviderRule, ProviderRuleKind } from './types';

/** learn.microsoft.com, "Naming rules and restrictions for Azure resources", Microsoft.Network. */
export const DOC_NAME_RULES = 'https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules#microsoftnetwork';

/** 1-80 characters: letters, digits, underscores, periods, hyphens; starts with a letter or digit, ends with a letter, digit or underscore. */
export const AZURE_NETWORK_NAME = '[^\\W_]([\\w.-]{0,78}\\w)?';
const NOTE = '1-80 characters: letters, digits, underscores, periods or hyphens, starting with a letter or digit and ending with a letter, digit or underscore';

const named = (resource: string, what: string): ProviderRule => ({
  resource, attribute: 'name', kind: ProviderRuleKind.REGEX, pattern: AZURE_NETWORK_NAME, source: `${DOC_NAME_RULES} (${what})`, enforcedBy: 'api', note: NOTE,
});

/** The name rules, per resource type. */
export const AZURERM_NAME_RULES: ProviderRule[] = [
  named('azurerm_express_route_circuit', 'expressRouteCircuits'),
  named('azurerm_virtual_network_gateway', 'virtualNetworkGateways'),
  named('azurerm_virtual_network_gateway_connection', 'connections'),
  named('azurerm_local_network_gateway', 'localNetworkGateways'),
  named('azurerm_public_ip', 'publicIPAddresses'),
];
