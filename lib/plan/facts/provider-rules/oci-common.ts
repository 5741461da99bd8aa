// Shared by the oracle/oci rule files: the pinned tag, source paths, the API documentation and small builders.
import { ProviderRule, ProviderRuleKind } from './types';
export const TAG = 'terraform-provider-oci v8.28.0';
export const CORE = `${TAG} internal/service/core`;
export const SDK = 'vendor/github.com/oracle/oci-go-sdk/v65/core';
export const PY = 'https://docs.oracle.com/en-us/iaas/tools/python/latest/api/core/models/oci.core.models';

export const TUNNEL = 'oci_core_ipsec_connection_tunnel_management';
export const TUNNEL_SRC = `${CORE}/core_ipsec_connection_tunnel_management_resource.go`;
export const VC = 'oci_core_virtual_circuit';
export const VC_SRC = `${CORE}/core_virtual_circuit_resource.go`;
export const SECLIST = 'oci_core_security_list';
export const SECLIST_SRC = `${CORE}/core_security_list_resource.go`;

/** One IPv4 octet, 0-255 without leading zeros. */
export const OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
/** An IPv4 address. */
export const IPV4 = `${OCTET}(?:\\.${OCTET}){3}`;

/** A `Required: true` attribute of the provider schema. */
export function required(resource: string, attribute: string, source: string): ProviderRule {
  return { resource, attribute, kind: ProviderRuleKind.REQUIRED, source, enforcedBy: 'provider' };
}

/** The data-source `filter` block of the oci provider (`tfresource.DataSourceFiltersSchema`). */
export function filterRules(dataSource: string): ProviderRule[] {
  return [
    required(dataSource, 'filter.name', `${TAG} internal/tfresource/filters.go:27`),
    required(dataSource, 'filter.values', `${TAG} internal/tfresource/filters.go:32`),
  ];
}
