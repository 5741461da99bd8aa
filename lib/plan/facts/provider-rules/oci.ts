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
import { CORE, IPV4, PY, SDK, SECLIST, SECLIST_SRC, TAG, VC, VC_SRC, filterRules, required } from './oci-common';
import { OCI_TUNNEL_RULES } from './oci-ipsec';
import { ProviderRule, ProviderRuleKind } from './types';

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

  ...OCI_TUNNEL_RULES,

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
