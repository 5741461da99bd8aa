// Layers, bottom to top: plan (pure TypeScript) -> providers (OCI bindings) -> core (construct helpers)
// -> hubs (one per cloud) -> patterns (the connections). A layer imports only from the layers below it.
export * from './errors';
export * from './plan';
export * from './hubs/hub';
export * from './hubs/azure-hub';
export * from './hubs/aws-hub';
export * from './hubs/gcp-hub';
export * from './providers/oci';
export * from './hubs/oci-hub';
export * from './links/expressroute';
export { DeployStage } from './links/deploy-stage';
export * from './patterns/expressroute-to-oracle';
export * from './links/vpn-keys';
export * from './links/vpn-azure';
export * from './links/vpn-aws';
export * from './links/vpn-gcp';
export * from './links/vpn-oci';
export * from './patterns/s2s-vpn-backup';
export * from './report/connectivity-report';
export * from './links/expressroute-port';
export * from './links/aws-direct-connect';
export * from './links/gcp-interconnect';
export * from './links/oci-fastconnect';
export * from './patterns/l2-provider-multicloud';
export * from './patterns/l3-provider-multicloud';
