// Layers, bottom to top: plan (pure TypeScript) -> providers (OCI bindings) -> core (construct helpers)
// -> hubs (one per cloud) -> links (each cloud's side of a link) -> patterns (the connections) -> report.
// A layer imports only from the layers below it. Every public construct is exported here, directly.
export * from './errors';
export * from './plan';
export * from './providers/oci';
export * from './hubs/hub';
export * from './hubs/azure-hub-base';
export * from './hubs/azure-hub';
export * from './hubs/azure-virtual-wan-hub';
export * from './hubs/azure-virtual-hub-vpn';
export * from './hubs/azure-existing';
export * from './hubs/azure-vpn-gateway';
export * from './hubs/existing';
export * from './hubs/aws-existing';
export * from './hubs/aws-hub';
export * from './hubs/gcp-existing';
export * from './hubs/gcp-hub';
export * from './hubs/oci-existing';
export * from './hubs/oci-hub';
export { DeployStage } from './links/deploy-stage';
export * from './links/expressroute';
export * from './links/expressroute-port';
export * from './links/aws-direct-connect';
export * from './links/gcp-interconnect';
export * from './links/oci-fastconnect';
export * from './links/vpn-keys';
export * from './links/azure-vpn';
export * from './links/aws-vpn';
export * from './links/gcp-ha-vpn';
export * from './links/oci-ipsec';
export * from './patterns/expressroute-to-oracle';
export * from './patterns/s2s-vpn-backup';
export * from './patterns/l2-provider-multicloud';
export * from './patterns/l3-provider-multicloud';
export * from './report/connectivity-report';
