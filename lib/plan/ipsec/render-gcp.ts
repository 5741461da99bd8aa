import { IpsecProposal } from './proposal';
import { IkeVersion } from './vocabulary';

/**
 * A neutral `IpsecProposal` in the google provider spellings of `google_compute_vpn_tunnel`.
 *
 * Pure TypeScript: no cdktf, constructs or provider imports.
 *
 * Source: cloud.google.com/network-connectivity/docs/vpn/concepts/supported-ike-ciphers (Cloud VPN negotiates from a
 * fixed list) and the google provider 6.50 schema (`ike_version` only).
 */

/**
 * The crypto arguments of `google_compute_vpn_tunnel` (google provider 6.50) in cdktf form.
 *
 * Provider 6.50 has `ike_version` only; Cloud VPN then negotiates from its fixed supported-cipher list.
 */
export interface GcpTunnelSettings {
  /** `ike_version`: 1 or 2. */
  readonly ikeVersion: number;
}

/** The body of `IpsecProposalMapper.toGcpTunnel` (internal to the ipsec folder). */
export function renderGcpTunnel(p: IpsecProposal): GcpTunnelSettings {
  return { ikeVersion: p.ikeVersion === IkeVersion.IKEV2 ? 2 : 1 };
}
