// IKE/IPsec compatibility: what each VPN endpoint accepts, one strong proposal both ends of a site-to-site tunnel
// accept, and that proposal in each cloud's Terraform attribute spellings. Pure TypeScript: no cdktf, no provider
// packages. Only the public symbols are re-exported; the tables and helpers stay inside this folder.
export {
  DhGroup, IkeEncryption, IkeIntegrity, IkeVersion, IpsecEncryption, IpsecIntegrity, PfsGroup, VpnEndpointKind,
} from './vocabulary';
export { IpsecEndpoint, IpsecProposal, IpsecProposalOverrides, IpsecResolution } from './proposal';
export { IpsecCapabilities } from './capabilities';
export { IkeResolver } from './resolver';
export { AzureIpsecPolicy } from './render-azure';
export { AwsTunnelOptions } from './render-aws';
export { GcpTunnelSettings } from './render-gcp';
export { OciPhaseOneDetails, OciPhaseTwoDetails, OciTunnelDetails } from './render-oci';
export { IpsecProposalMapper } from './mapper';
