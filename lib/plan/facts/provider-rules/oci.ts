/**
 * The rules of oracle/oci v8.28.0 (and, where the provider does not check, of the OCI Core Services API) on the
 * attributes this library writes, plus the rules of hashicorp/random v3.7.2 (the version `@cdktf/provider-random`
 * 12.0.1 pins) on `random_password`.
 *
 * Provider rules cite `internal/service/core/<file>.go:<line>` at the tag v8.28.0 (SDKv2 `ValidateFunc`,
 * `MaxItems`, `ConflictsWith`, `Required`): Terraform reports them at `plan`. API rules cite the OCI SDK model page
 * that documents the value; the provider passes these values through unchecked (the request-level
 * `ValidateEnumValue` of the Go SDK does not look into the request body), so OCI refuses them at `apply`. Each API
 * rule's note names the line of the vendored oci-go-sdk v65 model inside the provider tag where the same text sits.
 *
 * Not recorded, because no source seen states them: phase one / phase two `lifetime` ranges, a maximum length of
 * the tunnel `shared_secret`, `dpd_timeout_in_sec` bounds, display name lengths, the bandwidth shape names (they are
 * per provider service: `data.oci_core_virtual_circuit_bandwidth_shapes`).
 */
import { ProviderRule, ProviderRuleKind } from './types';

const TAG = 'terraform-provider-oci v8.28.0';
const CORE = `${TAG} internal/service/core`;
const SDK = 'vendor/github.com/oracle/oci-go-sdk/v65/core';
const PY = 'https://docs.oracle.com/en-us/iaas/tools/python/latest/api/core/models/oci.core.models';

const TUNNEL = 'oci_core_ipsec_connection_tunnel_management';
const TUNNEL_SRC = `${CORE}/core_ipsec_connection_tunnel_management_resource.go`;
const VC = 'oci_core_virtual_circuit';
const VC_SRC = `${CORE}/core_virtual_circuit_resource.go`;
const SECLIST = 'oci_core_security_list';
const SECLIST_SRC = `${CORE}/core_security_list_resource.go`;

/** One IPv4 octet, 0-255 without leading zeros. */
const OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
/** An IPv4 address. */
const IPV4 = `${OCTET}(?:\\.${OCTET}){3}`;

/** A `Required: true` attribute of the provider schema. */
function required(resource: string, attribute: string, source: string): ProviderRule {
  return { resource, attribute, kind: ProviderRuleKind.REQUIRED, source, enforcedBy: 'provider' };
}

/** The data-source `filter` block of the oci provider (`tfresource.DataSourceFiltersSchema`). */
function filterRules(dataSource: string): ProviderRule[] {
  return [
    required(dataSource, 'filter.name', `${TAG} internal/tfresource/filters.go:27`),
    required(dataSource, 'filter.values', `${TAG} internal/tfresource/filters.go:32`),
  ];
}

/** The rules of oracle/oci v8.28.0 and of the OCI API on the attributes the library writes. */
export const OCI_RULES: ProviderRule[] = [
  // ---- oci_core_cpe
  required('oci_core_cpe', 'compartment_id', `${CORE}/core_cpe_resource.go:31`),
  required('oci_core_cpe', 'ip_address', `${CORE}/core_cpe_resource.go:35`),
  {
    resource: 'oci_core_cpe',
    attribute: 'ip_address',
    kind: ProviderRuleKind.IP,
    source: `${PY}.CreateCpeDetails.html`,
    enforcedBy: 'api',
    note: `"The public IP address of the on-premises router" (CreateCpeDetails.ipAddress; ${TAG} ${SDK}/create_cpe_details.go:30). The provider does not check it.`,
  },

  // ---- oci_core_drg
  required('oci_core_drg', 'compartment_id', `${CORE}/core_drg_resource.go:34`),

  // ---- oci_core_drg_attachment
  required('oci_core_drg_attachment', 'drg_id', `${CORE}/core_drg_attachment_resource.go:35`),
  {
    resource: 'oci_core_drg_attachment',
    attribute: 'network_details',
    kind: ProviderRuleKind.ITEMS,
    min: 1,
    max: 1,
    source: `${CORE}/core_drg_attachment_resource.go:67`,
    enforcedBy: 'provider',
  },
  required('oci_core_drg_attachment', 'network_details.type', `${CORE}/core_drg_attachment_resource.go:74`),
  {
    resource: 'oci_core_drg_attachment',
    attribute: 'network_details.type',
    kind: ProviderRuleKind.ENUM,
    values: ['IPSEC_TUNNEL', 'LOOPBACK', 'REMOTE_PEERING_CONNECTION', 'VCN'],
    ignoreCase: true,
    source: `${CORE}/core_drg_attachment_resource.go:76`,
    enforcedBy: 'provider',
  },

  // ---- oci_core_drg_route_distribution (not written by the library today)
  required('oci_core_drg_route_distribution', 'distribution_type', `${CORE}/core_drg_route_distribution_resource.go:31`),
  required('oci_core_drg_route_distribution', 'drg_id', `${CORE}/core_drg_route_distribution_resource.go:36`),
  {
    resource: 'oci_core_drg_route_distribution',
    attribute: 'distribution_type',
    kind: ProviderRuleKind.ENUM,
    values: ['IMPORT'],
    source: `${PY}.CreateDrgRouteDistributionDetails.html`,
    enforcedBy: 'api',
    note: `Only import distributions can be created; each DRG attachment has its export distribution already (${TAG} ${SDK}/create_drg_route_distribution_details.go:72). The provider does not check it.`,
  },

  // ---- oci_core_drg_route_table (not written by the library today)
  required('oci_core_drg_route_table', 'drg_id', `${CORE}/core_drg_route_table_resource.go:31`),

  // ---- oci_core_ipsec
  required('oci_core_ipsec', 'compartment_id', `${CORE}/core_ipsec_resource.go:33`),
  required('oci_core_ipsec', 'cpe_id', `${CORE}/core_ipsec_resource.go:37`),
  required('oci_core_ipsec', 'drg_id', `${CORE}/core_ipsec_resource.go:42`),
  {
    resource: 'oci_core_ipsec',
    attribute: 'static_routes',
    kind: ProviderRuleKind.REQUIRED,
    source: `${CORE}/core_ipsec_resource.go:47`,
    enforcedBy: 'provider',
    note: 'The argument must be present. The API accepts an empty list when both tunnels use BGP, but a rule checker that counts [] as unset will flag it; give the remote prefixes.',
  },
  {
    resource: 'oci_core_ipsec',
    attribute: 'static_routes',
    kind: ProviderRuleKind.CIDR,
    source: `${PY}.CreateIPSecConnectionDetails.html`,
    enforcedBy: 'api',
    note: `Each static route is an IPv4 or IPv6 CIDR that is neither multicast nor class E (${TAG} ${SDK}/create_ip_sec_connection_details.go:65-76). The provider does not check it.`,
  },
  {
    resource: 'oci_core_ipsec',
    attribute: 'tunnel_configuration',
    kind: ProviderRuleKind.ITEMS,
    min: 0,
    max: 2,
    source: `${CORE}/core_ipsec_resource.go:87`,
    enforcedBy: 'provider',
  },

  // ---- oci_core_ipsec_connection_tunnel_management
  required(TUNNEL, 'ipsec_id', `${TUNNEL_SRC}:29`),
  required(TUNNEL, 'tunnel_id', `${TUNNEL_SRC}:33`),
  {
    resource: TUNNEL,
    attribute: 'routing',
    kind: ProviderRuleKind.ENUM,
    values: ['BGP', 'STATIC', 'POLICY'],
    ignoreCase: true,
    source: `${TUNNEL_SRC}:39`,
    enforcedBy: 'provider',
  },
  {
    resource: TUNNEL,
    attribute: 'bgp_session_info',
    kind: ProviderRuleKind.ITEMS,
    min: 1,
    max: 1,
    source: `${TUNNEL_SRC}:50`,
    enforcedBy: 'provider',
  },
  {
    resource: TUNNEL,
    attribute: 'bgp_session_info.customer_bgp_asn',
    kind: ProviderRuleKind.REGEX,
    pattern: '[0-9]+',
    source: `${PY}.UpdateIPSecTunnelBgpSessionDetails.html`,
    enforcedBy: 'api',
    note: `A 2-byte or 4-byte ASN in "asplain" notation (${TAG} ${SDK}/update_ip_sec_tunnel_bgp_session_details.go:71-72). The provider takes any string.`,
  },
  {
    resource: TUNNEL,
    attribute: 'bgp_session_info.customer_bgp_asn',
    kind: ProviderRuleKind.RANGE,
    max: 4294967295,
    source: `${PY}.UpdateIPSecTunnelBgpSessionDetails.html`,
    enforcedBy: 'api',
    note: `"Can be a 2-byte or 4-byte ASN": at most 4294967295 (${TAG} ${SDK}/update_ip_sec_tunnel_bgp_session_details.go:71).`,
  },
  {
    resource: TUNNEL,
    attribute: 'bgp_session_info.customer_interface_ip',
    kind: ProviderRuleKind.REGEX,
    pattern: `${IPV4}/3[01]`,
    source: `${PY}.UpdateIPSecTunnelBgpSessionDetails.html`,
    enforcedBy: 'api',
    note: `An IPv4 address with a /30 or /31 mask, e.g. 10.0.0.5/31 (${TAG} ${SDK}/update_ip_sec_tunnel_bgp_session_details.go:45). The provider takes any string.`,
  },
  {
    resource: TUNNEL,
    attribute: 'bgp_session_info.oracle_interface_ip',
    kind: ProviderRuleKind.REGEX,
    pattern: `${IPV4}/3[01]`,
    source: `${PY}.UpdateIPSecTunnelBgpSessionDetails.html`,
    enforcedBy: 'api',
    note: `An IPv4 address with a /30 or /31 mask, e.g. 10.0.0.4/31 (${TAG} ${SDK}/update_ip_sec_tunnel_bgp_session_details.go:33). The provider takes any string.`,
  },
  {
    resource: TUNNEL,
    attribute: 'encryption_domain_config',
    kind: ProviderRuleKind.ITEMS,
    min: 1,
    max: 1,
    source: `${TUNNEL_SRC}:108`,
    enforcedBy: 'provider',
  },
  {
    resource: TUNNEL,
    attribute: 'dpd_config.dpd_mode',
    kind: ProviderRuleKind.ENUM,
    values: ['INITIATE_AND_RESPOND', 'RESPOND_ONLY'],
    ignoreCase: true,
    source: `${TUNNEL_SRC}:148`,
    enforcedBy: 'provider',
  },
  {
    resource: TUNNEL,
    attribute: 'ike_version',
    kind: ProviderRuleKind.ENUM,
    values: ['V1', 'V2'],
    ignoreCase: true,
    source: `${TUNNEL_SRC}:181`,
    enforcedBy: 'provider',
  },
  {
    resource: TUNNEL,
    attribute: 'nat_translation_enabled',
    kind: ProviderRuleKind.ENUM,
    values: ['ENABLED', 'DISABLED', 'AUTO'],
    ignoreCase: true,
    source: `${TUNNEL_SRC}:190`,
    enforcedBy: 'provider',
  },
  {
    resource: TUNNEL,
    attribute: 'oracle_can_initiate',
    kind: ProviderRuleKind.ENUM,
    values: ['INITIATOR_OR_RESPONDER', 'RESPONDER_ONLY'],
    ignoreCase: true,
    source: `${TUNNEL_SRC}:200`,
    enforcedBy: 'provider',
  },
  {
    resource: TUNNEL,
    attribute: 'phase_one_details',
    kind: ProviderRuleKind.ITEMS,
    min: 1,
    max: 1,
    source: `${TUNNEL_SRC}:210`,
    enforcedBy: 'provider',
  },
  {
    resource: TUNNEL,
    attribute: 'phase_one_details.custom_authentication_algorithm',
    kind: ProviderRuleKind.ENUM,
    values: ['SHA2_384', 'SHA2_256', 'SHA1_96'],
    ignoreCase: true,
    source: `${TUNNEL_SRC}:220`,
    enforcedBy: 'provider',
  },
  {
    resource: TUNNEL,
    attribute: 'phase_one_details.custom_dh_group',
    kind: ProviderRuleKind.ENUM,
    values: ['GROUP2', 'GROUP5', 'GROUP14', 'GROUP19', 'GROUP20', 'GROUP24'],
    ignoreCase: true,
    source: `${TUNNEL_SRC}:230`,
    enforcedBy: 'provider',
  },
  {
    resource: TUNNEL,
    attribute: 'phase_one_details.custom_encryption_algorithm',
    kind: ProviderRuleKind.ENUM,
    values: ['AES_256_CBC', 'AES_192_CBC', 'AES_128_CBC'],
    ignoreCase: true,
    source: `${TUNNEL_SRC}:243`,
    enforcedBy: 'provider',
    note: 'Phase one has no AES-GCM cipher on OCI.',
  },
  {
    resource: TUNNEL,
    attribute: 'phase_two_details',
    kind: ProviderRuleKind.ITEMS,
    min: 1,
    max: 1,
    source: `${TUNNEL_SRC}:298`,
    enforcedBy: 'provider',
  },
  {
    resource: TUNNEL,
    attribute: 'phase_two_details.custom_authentication_algorithm',
    kind: ProviderRuleKind.ENUM,
    values: ['HMAC_SHA2_256_128', 'HMAC_SHA1_128'],
    ignoreCase: true,
    source: `${TUNNEL_SRC}:308`,
    enforcedBy: 'provider',
  },
  {
    resource: TUNNEL,
    attribute: 'phase_two_details.custom_encryption_algorithm',
    kind: ProviderRuleKind.ENUM,
    values: ['AES_256_GCM', 'AES_192_GCM', 'AES_128_GCM', 'AES_256_CBC', 'AES_192_CBC', 'AES_128_CBC'],
    ignoreCase: true,
    source: `${TUNNEL_SRC}:317`,
    enforcedBy: 'provider',
  },
  {
    resource: TUNNEL,
    attribute: 'phase_two_details.dh_group',
    kind: ProviderRuleKind.ENUM,
    values: ['GROUP2', 'GROUP5', 'GROUP14', 'GROUP19', 'GROUP20', 'GROUP24'],
    ignoreCase: true,
    source: `${TUNNEL_SRC}:330`,
    enforcedBy: 'provider',
  },
  {
    resource: TUNNEL,
    attribute: 'shared_secret',
    kind: ProviderRuleKind.LENGTH,
    min: 1,
    source: `${TUNNEL_SRC}:393`,
    enforcedBy: 'provider',
    note: 'tfresource.ValidateNotEmptyString: the empty string is refused.',
  },
  {
    resource: TUNNEL,
    attribute: 'shared_secret',
    kind: ProviderRuleKind.REGEX,
    pattern: '[A-Za-z0-9 ]+',
    source: `${PY}.UpdateIPSecConnectionTunnelSharedSecretDetails.html`,
    enforcedBy: 'api',
    note: `"Only numbers, letters, and spaces are allowed" (${TAG} ${SDK}/update_ip_sec_connection_tunnel_shared_secret_details.go:27-28). The provider only refuses the empty string.`,
  },

  // ---- oci_core_route_table
  required('oci_core_route_table', 'compartment_id', `${CORE}/core_route_table_resource.go:34`),
  required('oci_core_route_table', 'vcn_id', `${CORE}/core_route_table_resource.go:38`),
  required('oci_core_route_table', 'route_rules.network_entity_id', `${CORE}/core_route_table_resource.go:73`),
  {
    resource: 'oci_core_route_table',
    attribute: 'route_rules.destination_type',
    kind: ProviderRuleKind.ENUM,
    values: ['CIDR_BLOCK', 'SERVICE_CIDR_BLOCK'],
    source: `${PY}.RouteRule.html`,
    enforcedBy: 'api',
    note: `${TAG} ${SDK}/route_rule.go:95-96. The provider does not check it.`,
  },
  {
    resource: 'oci_core_route_table',
    attribute: 'route_rules.destination',
    kind: ProviderRuleKind.REQUIRED_WITH,
    with: ['route_rules.destination_type'],
    source: `${PY}.RouteRule.html`,
    enforcedBy: 'api',
    note: `destinationType is "Required if you provide a destination" (${TAG} ${SDK}/route_rule.go:54).`,
  },
  {
    resource: 'oci_core_route_table',
    attribute: 'route_rules.destination_type',
    kind: ProviderRuleKind.REQUIRED_WITH,
    with: ['route_rules.destination'],
    source: `${PY}.RouteRule.html`,
    enforcedBy: 'api',
    note: `destination is "Required if you provide a destinationType" (${TAG} ${SDK}/route_rule.go:42).`,
  },

  // ---- oci_core_security_list (not written by the library today)
  required(SECLIST, 'compartment_id', `${SECLIST_SRC}:34`),
  required(SECLIST, 'vcn_id', `${SECLIST_SRC}:38`),
  required(SECLIST, 'egress_security_rules.destination', `${SECLIST_SRC}:67`),
  required(SECLIST, 'egress_security_rules.protocol', `${SECLIST_SRC}:71`),
  required(SECLIST, 'ingress_security_rules.protocol', `${SECLIST_SRC}:234`),
  required(SECLIST, 'ingress_security_rules.source', `${SECLIST_SRC}:238`),
  { resource: SECLIST, attribute: 'egress_security_rules.icmp_options', kind: ProviderRuleKind.ITEMS, min: 1, max: 1, source: `${SECLIST_SRC}:88`, enforcedBy: 'provider' },
  { resource: SECLIST, attribute: 'egress_security_rules.tcp_options', kind: ProviderRuleKind.ITEMS, min: 1, max: 1, source: `${SECLIST_SRC}:117`, enforcedBy: 'provider' },
  { resource: SECLIST, attribute: 'egress_security_rules.udp_options', kind: ProviderRuleKind.ITEMS, min: 1, max: 1, source: `${SECLIST_SRC}:169`, enforcedBy: 'provider' },
  { resource: SECLIST, attribute: 'ingress_security_rules.icmp_options', kind: ProviderRuleKind.ITEMS, min: 1, max: 1, source: `${SECLIST_SRC}:250`, enforcedBy: 'provider' },
  { resource: SECLIST, attribute: 'ingress_security_rules.tcp_options', kind: ProviderRuleKind.ITEMS, min: 1, max: 1, source: `${SECLIST_SRC}:288`, enforcedBy: 'provider' },
  { resource: SECLIST, attribute: 'ingress_security_rules.udp_options', kind: ProviderRuleKind.ITEMS, min: 1, max: 1, source: `${SECLIST_SRC}:336`, enforcedBy: 'provider' },
  {
    resource: SECLIST,
    attribute: 'egress_security_rules.protocol',
    kind: ProviderRuleKind.REGEX,
    pattern: 'all|[0-9]{1,3}',
    source: `${PY}.EgressSecurityRule.html`,
    enforcedBy: 'api',
    note: `"all" or an IPv4 protocol number, e.g. "6" for TCP (${TAG} ${SDK}/egress_security_rule.go:38-41).`,
  },
  {
    resource: SECLIST,
    attribute: 'egress_security_rules.destination_type',
    kind: ProviderRuleKind.ENUM,
    values: ['CIDR_BLOCK', 'SERVICE_CIDR_BLOCK'],
    source: `${PY}.EgressSecurityRule.html`,
    enforcedBy: 'api',
    note: `${TAG} ${SDK}/egress_security_rule.go:93-94. The provider does not check it.`,
  },
  {
    resource: SECLIST,
    attribute: 'ingress_security_rules.protocol',
    kind: ProviderRuleKind.REGEX,
    pattern: 'all|[0-9]{1,3}',
    source: `${PY}.IngressSecurityRule.html`,
    enforcedBy: 'api',
    note: `"all" or an IPv4 protocol number (${TAG} ${SDK}/ingress_security_rule.go:27).`,
  },
  {
    resource: SECLIST,
    attribute: 'ingress_security_rules.source_type',
    kind: ProviderRuleKind.ENUM,
    values: ['CIDR_BLOCK', 'SERVICE_CIDR_BLOCK'],
    source: `${PY}.IngressSecurityRule.html`,
    enforcedBy: 'api',
    note: `IngressSecurityRule source types (${TAG} ${SDK}/ingress_security_rule.go:92-93). The provider does not check it.`,
  },

  // ---- oci_core_virtual_circuit
  required(VC, 'compartment_id', `${VC_SRC}:36`),
  required(VC, 'type', `${VC_SRC}:40`),
  {
    resource: VC,
    attribute: 'type',
    kind: ProviderRuleKind.ENUM,
    values: ['PUBLIC', 'PRIVATE'],
    source: `${PY}.CreateVirtualCircuitDetails.html`,
    enforcedBy: 'api',
    note: `PRIVATE for private peering on a DRG (${TAG} ${SDK}/create_virtual_circuit_details.go:262-263). The provider does not check it; a change replaces the circuit.`,
  },
  {
    resource: VC,
    attribute: 'bgp_admin_state',
    kind: ProviderRuleKind.ENUM,
    values: ['ENABLED', 'DISABLED'],
    source: `${PY}.CreateVirtualCircuitDetails.html`,
    enforcedBy: 'api',
    note: `${TAG} ${SDK}/create_virtual_circuit_details.go:220-221. The provider does not check it.`,
  },
  {
    resource: VC,
    attribute: 'ip_mtu',
    kind: ProviderRuleKind.ENUM,
    values: ['MTU_1500', 'MTU_9000'],
    source: `${PY}.CreateVirtualCircuitDetails.html`,
    enforcedBy: 'api',
    note: `${TAG} ${SDK}/virtual_circuit_ip_mtu.go:27-28. The provider does not check it.`,
  },
  {
    resource: VC,
    attribute: 'routing_policy',
    kind: ProviderRuleKind.ENUM,
    values: ['ORACLE_SERVICE_NETWORK', 'REGIONAL', 'MARKET_LEVEL', 'GLOBAL'],
    source: `${PY}.CreateVirtualCircuitDetails.html`,
    enforcedBy: 'api',
    note: `Each element of the list; the policy applies to public virtual circuits (${TAG} ${SDK}/create_virtual_circuit_details.go:170-173). The provider does not check it.`,
  },
  {
    resource: VC,
    attribute: 'customer_asn',
    kind: ProviderRuleKind.REGEX,
    pattern: '[+-]?[0-9]+',
    source: `${VC_SRC}:112`,
    enforcedBy: 'provider',
    note: 'tfresource.ValidateInt64TypeString: the string must parse as a base-10 64-bit integer (strconv.ParseInt).',
  },
  {
    resource: VC,
    attribute: 'customer_asn',
    kind: ProviderRuleKind.RANGE,
    max: 4294967295,
    source: `${PY}.CreateVirtualCircuitDetails.html`,
    enforcedBy: 'api',
    note: `"Can be a 2-byte or 4-byte ASN. Uses asplain format": at most 4294967295 (${TAG} ${SDK}/create_virtual_circuit_details.go:67).`,
  },
  {
    resource: VC,
    attribute: 'customer_asn',
    kind: ProviderRuleKind.CONFLICTS_WITH,
    with: ['customer_bgp_asn'],
    source: `${VC_SRC}:114`,
    enforcedBy: 'provider',
  },
  {
    resource: VC,
    attribute: 'customer_bgp_asn',
    kind: ProviderRuleKind.CONFLICTS_WITH,
    with: ['customer_asn'],
    source: `${VC_SRC}:120`,
    enforcedBy: 'provider',
    note: 'customer_bgp_asn is deprecated for customer_asn.',
  },
  {
    resource: VC,
    attribute: 'cross_connect_mappings.customer_bgp_peering_ip',
    kind: ProviderRuleKind.REGEX,
    pattern: `${IPV4}/(?:28|29|30|31)`,
    source: `${PY}.CrossConnectMapping.html`,
    enforcedBy: 'api',
    note: `An IPv4 address with a /28 to /31 mask, e.g. 10.0.0.18/31 (${TAG} ${SDK}/cross_connect_mapping.go:65). The provider takes any string.`,
  },
  {
    resource: VC,
    attribute: 'cross_connect_mappings.oracle_bgp_peering_ip',
    kind: ProviderRuleKind.REGEX,
    pattern: `${IPV4}/(?:28|29|30|31)`,
    source: `${PY}.CrossConnectMapping.html`,
    enforcedBy: 'api',
    note: `An IPv4 address with a /28 to /31 mask, e.g. 10.0.0.19/31 (${TAG} ${SDK}/cross_connect_mapping.go:70). The provider takes any string.`,
  },

  // ---- data sources
  required('data.oci_core_fast_connect_provider_services', 'compartment_id', `${CORE}/core_fast_connect_provider_services_data_source.go:23`),
  ...filterRules('data.oci_core_fast_connect_provider_services'),
  required('data.oci_core_ipsec_connection_tunnels', 'ipsec_id', `${CORE}/core_ipsec_connection_tunnels_data_source.go:24`),
  ...filterRules('data.oci_core_ipsec_connection_tunnels'),
  required('data.oci_core_virtual_circuit_bandwidth_shapes', 'provider_service_id', `${CORE}/core_virtual_circuit_bandwidth_shapes_data_source.go:23`),
  ...filterRules('data.oci_core_virtual_circuit_bandwidth_shapes'),
];

const RANDOM_PASSWORD_SRC = 'terraform-provider-random v3.7.2 internal/provider/resource_password.go';

/** The rules of hashicorp/random v3.7.2 on `random_password`. */
export const RANDOM_RULES: ProviderRule[] = [
  required('random_password', 'length', `${RANDOM_PASSWORD_SRC}:584`),
  {
    resource: 'random_password',
    attribute: 'length',
    kind: ProviderRuleKind.RANGE,
    min: 1,
    source: `${RANDOM_PASSWORD_SRC}:589`,
    enforcedBy: 'provider',
    note: 'length must also be at least min_upper + min_lower + min_numeric + min_special (int64validator.AtLeastSumOf, resource_password.go:590); the min_* attributes have no validator of their own and default to 0.',
  },
];
