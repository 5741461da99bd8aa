import { IpsecProposal } from './proposal';
import { AwsTunnelOptions, renderAwsTunnelOptions } from './render-aws';
import { AzureIpsecPolicy, renderAzureConnectionProtocol, renderAzureIpsecPolicy } from './render-azure';
import { GcpTunnelSettings, renderGcpTunnel } from './render-gcp';
import { OciTunnelDetails, renderOciTunnelDetails } from './render-oci';

/**
 * The public entry point of the per-cloud renderers: one static method per cloud, each delegating to its
 * `render-*.ts` file.
 *
 * Pure TypeScript: no cdktf, constructs or provider imports.
 */

/**
 * Maps a neutral `IpsecProposal` to each cloud's Terraform attribute spellings (cdktf camelCase keys).
 *
 * Each method throws a `ValidationError` naming the property when the proposal holds a value that cloud cannot take;
 * proposals from `IkeResolver.resolve` for a pair including that cloud always map.
 */
export class IpsecProposalMapper {
  /**
   * The `ipsec_policy` block of `azurerm_virtual_network_gateway_connection`. The IKE SA lifetime has no setting
   * (Azure fixes it at 28800 s); for AES-GCM the IPsec integrity repeats the cipher, as Azure requires.
   *
   * @param p the proposal
   */
  public static toAzureIpsecPolicy(p: IpsecProposal): AzureIpsecPolicy {
    return renderAzureIpsecPolicy(p);
  }

  /**
   * The `connection_protocol` of `azurerm_virtual_network_gateway_connection`: `IKEv2` or `IKEv1`.
   *
   * @param p the proposal
   */
  public static toAzureConnectionProtocol(p: IpsecProposal): string {
    return renderAzureConnectionProtocol(p);
  }

  /**
   * The crypto `tunnelN_*` arguments of `aws_vpn_connection`, each list holding exactly the one chosen value so the
   * tunnel cannot fall back to a weaker one. With AES-GCM in phase 2 the integrity list only constrains non-AEAD
   * proposals; it repeats the phase 1 hash.
   *
   * @param p the proposal
   */
  public static toAwsTunnelOptions(p: IpsecProposal): AwsTunnelOptions {
    return renderAwsTunnelOptions(p);
  }

  /**
   * The crypto arguments of `oci_core_ipsec_connection_tunnel_management` (custom phase one and two).
   *
   * @param p the proposal
   */
  public static toOciTunnelDetails(p: IpsecProposal): OciTunnelDetails {
    return renderOciTunnelDetails(p);
  }

  /**
   * The crypto arguments of `google_compute_vpn_tunnel`. The google provider 6.50 has only `ike_version`: Cloud VPN
   * negotiates the algorithms from its fixed list, which `IkeResolver` already checked. (Later provider releases add a
   * `cipher_suite { phase1 { encryption, integrity, prf, dh } phase2 { encryption, integrity, pfs } }` block with
   * values such as `AES-GCM-16-256`, `HMAC-SHA2-256-128`, `PRF-HMAC-SHA2-384`, `Group-20`; not mapped here.)
   *
   * @param p the proposal
   */
  public static toGcpTunnel(p: IpsecProposal): GcpTunnelSettings {
    return renderGcpTunnel(p);
  }
}
