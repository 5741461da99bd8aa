// Hand-written cdktf bindings for the oracle/oci Terraform provider (schema of 8.28.0).
export * from './common';
export * from './provider';
export * from './core-drg';
export * from './core-drg-attachment';
export * from './core-drg-route-table';
export * from './core-drg-route-distribution';
export * from './core-route-table';
export * from './core-security-list';
export * from './core-virtual-circuit';
export * from './core-cpe';
export * from './core-ipsec';
export * from './core-ipsec-connection-tunnel-management';
export * from './data-oci-core-fast-connect-provider-services';
export * from './data-oci-core-ipsec-connection-tunnels';
export * from './data-oci-core-virtual-circuit-bandwidth-shapes';
