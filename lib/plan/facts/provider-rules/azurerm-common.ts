// Shared by the azurerm rule files: the pinned tag, source-line helpers, documentation URLs and patterns.
import { ProviderRule, ProviderRuleKind } from './types';
export const V = 'terraform-provider-azurerm v4.55.0';
export const NET = 'internal/services/network';
/** A provider source line: `internal/services/network/<file>.go:<line>`. */
export const src = (file: string, line: number): string => `${V} ${NET}/${file}.go:${line}`;
/** A provider source line plus the vendored file that holds the values it validates against. */
export const srcVals = (file: string, line: number, vendorFile: string, vendorLines: string): string =>
  `${src(file, line)}; values: ${V} vendor/github.com/hashicorp/${vendorFile}:${vendorLines}`;

export const SDK = 'go-azure-sdk/resource-manager/network';
export const HELPERS = 'go-azure-helpers/resourcemanager';

export const CIRCUIT = 'express_route_circuit_resource';
export const PEERING = 'express_route_circuit_peering_resource';
export const PORT = 'express_route_port_resource';
export const LNG = 'local_network_gateway_resource';
export const PIP = 'public_ip_resource';
export const SUBNET = 'subnet_resource';
export const VNG = 'virtual_network_gateway_resource';
export const CONN = 'virtual_network_gateway_connection_resource';

export const DOC_ER_FAQ_SPEEDS = 'https://learn.microsoft.com/azure/expressroute/expressroute-faqs#what-connection-speeds-are-supported-by-expressroute';
export const DOC_ER_DIRECT = 'https://learn.microsoft.com/azure/expressroute/expressroute-erdirect-about';
export const DOC_ER_PEERING = 'https://learn.microsoft.com/azure/expressroute/expressroute-howto-routing-portal-resource-manager';
export const DOC_VPN_BGP = 'https://learn.microsoft.com/azure/vpn-gateway/bgp-howto';
export const DOC_IPSEC_POLICY = 'https://learn.microsoft.com/azure/vpn-gateway/ipsec-ike-policy-howto';

/** One decimal octet, 0 to 255. */
export const OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
/** A dotted IPv4 address. */
export const IPV4 = `${OCTET}(\\.${OCTET}){3}`;
/** An IPv4 address in the Azure-reserved APIPA range for VPN gateways, 169.254.21.0 to 169.254.22.255. */
export const AZURE_APIPA = `169\\.254\\.2[12]\\.${OCTET}`;

/** A regular expression source matching `s` in any letter case (the checker has no flags). */
export function anyCase(s: string): string {
  return s.split('').map((c) => (/[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c === '.' ? '\\.' : c)).join('');
}

/**
 * The shape `resourceids.Parser.Parse` accepts for an ARM ID (case-sensitive static segments; the leading `/` may
 * be left out; each named segment any non-empty text without `/`).
 */
export function armId(provider: string, ...types: string[]): string {
  return `/?subscriptions/[^/]+/resourceGroups/[^/]+/providers/${provider.replace(/\./g, '\\.')}/${types.map((t) => `${t}/[^/]+`).join('/')}`;
}

/** `resourcegroups.ValidateName`: word characters, `-`, `.`, `(`, `)`; not ending in a period (checked apart: length 1-90). */
export const RG_NAME = '[-\\w.()]*[-\\w()]';
export const RG_VALIDATE = `${V} vendor/github.com/hashicorp/${HELPERS}/resourcegroups/validate.go`;
export const RG_NOTE = 'commonschema.ResourceGroupName() uses resourcegroups.ValidateName: at most 90 characters, not blank, only letters, digits, underscores, dashes, periods and parentheses, and no trailing period.';
export const LOCATION_NOTE = 'commonschema.Location() uses location.EnhancedValidate (vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/location/validation.go:18): not empty, and, when the provider could load the cloud\'s location list at start-up, one of those locations (or "global").';
export const TAGS_NOTE = 'commonschema.Tags() uses tags.Validate (vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/tags/validate.go:16-28): at most 50 tags, keys at most 512 characters, values at most 256 characters.';

/**
 * The rules of a data source read by `name` and `resource_group_name` (an existing resource, read at plan): `name`
 * required at `nameLine` (and not empty at `notEmptyLine`, when the provider checks it there), the resource group
 * as `commonschema.ResourceGroupNameForDataSource()` checks it.
 */
export function dataSourceRules(resource: string, file: string, nameLine: number, notEmptyLine?: number): ProviderRule[] {
  const rg = `${V} vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema/resource_group_name.go`;
  return [
    { resource, attribute: 'name', kind: ProviderRuleKind.REQUIRED, source: src(file, nameLine), enforcedBy: 'provider' },
    ...(notEmptyLine !== undefined ? [{ resource, attribute: 'name', kind: ProviderRuleKind.LENGTH, min: 1, source: src(file, notEmptyLine), enforcedBy: 'provider' as const, note: 'validation.StringIsNotEmpty' }] : []),
    { resource, attribute: 'resource_group_name', kind: ProviderRuleKind.REQUIRED, source: `${rg}:42`, enforcedBy: 'provider' },
    { resource, attribute: 'resource_group_name', kind: ProviderRuleKind.LENGTH, min: 1, max: 90, source: `${rg}:43`, enforcedBy: 'provider', note: RG_NOTE },
    { resource, attribute: 'resource_group_name', kind: ProviderRuleKind.REGEX, pattern: RG_NAME, source: `${rg}:43`, enforcedBy: 'provider', note: RG_NOTE },
  ];
}
