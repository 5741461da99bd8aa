import { IpsecProposal } from './proposal';
import { reject, spell } from './support';
import { IkeEncryption, IkeIntegrity, IkeVersion, IpsecEncryption, IpsecIntegrity, isGcmIpsec, PfsGroup } from './vocabulary';

/**
 * A neutral `IpsecProposal` in the oracle/oci spellings of `oci_core_ipsec_connection_tunnel_management`
 * (`ike_version`, `phase_one_details`, `phase_two_details`).
 *
 * Pure TypeScript: no cdktf, constructs or provider imports.
 *
 * Source: the `oci_core_ipsec_connection_tunnel_management` schema of oracle/oci 8.28.0 (allowed values) and
 * docs.oracle.com/iaas/Content/Network/Reference/supportedIPsecparams.htm.
 */

/** The `phase_one_details` block of `oci_core_ipsec_connection_tunnel_management`, in cdktf form. */
export interface OciPhaseOneDetails {
  /** `is_custom_phase_one_config`: always true, so the values below are used. */
  readonly isCustomPhaseOneConfig: boolean;
  /** `custom_authentication_algorithm`: SHA2_384, SHA2_256 or SHA1_96. */
  readonly customAuthenticationAlgorithm: string;
  /** `custom_encryption_algorithm`: AES_256_CBC, AES_192_CBC or AES_128_CBC. */
  readonly customEncryptionAlgorithm: string;
  /** `custom_dh_group`: GROUP2, GROUP5, GROUP14, GROUP19, GROUP20 or GROUP24. */
  readonly customDhGroup: string;
  /** `lifetime` in seconds. */
  readonly lifetime: number;
}

/** The `phase_two_details` block of `oci_core_ipsec_connection_tunnel_management`, in cdktf form. */
export interface OciPhaseTwoDetails {
  /** `is_custom_phase_two_config`: always true, so the values below are used. */
  readonly isCustomPhaseTwoConfig: boolean;
  /**
   * `custom_authentication_algorithm`: HMAC_SHA2_256_128 or HMAC_SHA1_128.
   * @default - not set with an AES-GCM cipher (GCM authenticates)
   */
  readonly customAuthenticationAlgorithm?: string;
  /** `custom_encryption_algorithm`, e.g. AES_256_GCM. */
  readonly customEncryptionAlgorithm: string;
  /**
   * `dh_group` for PFS.
   * @default - not set when PFS is off
   */
  readonly dhGroup?: string;
  /** `is_pfs_enabled`. */
  readonly isPfsEnabled: boolean;
  /** `lifetime` in seconds. */
  readonly lifetime: number;
}

/** The crypto arguments of `oci_core_ipsec_connection_tunnel_management`, in cdktf form. */
export interface OciTunnelDetails {
  /** `ike_version`: `V1` or `V2`. */
  readonly ikeVersion: string;
  /** `phase_one_details`. */
  readonly phaseOneDetails: OciPhaseOneDetails;
  /** `phase_two_details`. */
  readonly phaseTwoDetails: OciPhaseTwoDetails;
}

/** OCI spellings. Source: oci-provider-schema.json (oracle/oci 8.28.0). */
const OCI_P1_ENC: Partial<Record<IkeEncryption, string>> = {
  [IkeEncryption.AES128]: 'AES_128_CBC', [IkeEncryption.AES192]: 'AES_192_CBC', [IkeEncryption.AES256]: 'AES_256_CBC',
};
const OCI_P1_AUTH: Partial<Record<IkeIntegrity, string>> = {
  [IkeIntegrity.SHA1]: 'SHA1_96', [IkeIntegrity.SHA256]: 'SHA2_256', [IkeIntegrity.SHA384]: 'SHA2_384',
};
const OCI_GROUP: Partial<Record<string, string>> = {
  GROUP2: 'GROUP2', GROUP5: 'GROUP5', GROUP14: 'GROUP14', ECP256: 'GROUP19', ECP384: 'GROUP20', GROUP24: 'GROUP24',
};
const OCI_P2_ENC: Partial<Record<IpsecEncryption, string>> = {
  [IpsecEncryption.AES128]: 'AES_128_CBC', [IpsecEncryption.AES192]: 'AES_192_CBC', [IpsecEncryption.AES256]: 'AES_256_CBC',
  [IpsecEncryption.GCM_AES128]: 'AES_128_GCM', [IpsecEncryption.GCM_AES192]: 'AES_192_GCM',
  [IpsecEncryption.GCM_AES256]: 'AES_256_GCM',
};
const OCI_P2_AUTH: Partial<Record<IpsecIntegrity, string>> = {
  [IpsecIntegrity.SHA1]: 'HMAC_SHA1_128', [IpsecIntegrity.SHA256]: 'HMAC_SHA2_256_128',
};

/** The body of `IpsecProposalMapper.toOciTunnelDetails` (internal to the ipsec folder). */
export function renderOciTunnelDetails(p: IpsecProposal): OciTunnelDetails {
  const cloud = 'OCI Site-to-Site VPN';
  const gcm = isGcmIpsec(p.ipsecEncryption);
  if (gcm !== (p.ipsecIntegrity === IpsecIntegrity.GCM)) {
    reject('ipsecIntegrity', p.ipsecIntegrity, 'GCM integrity goes with, and only with, an AES-GCM cipher', 'resolve the proposal with IkeResolver.resolve');
  }
  const pfs = p.pfsGroup !== PfsGroup.NONE;
  return {
    ikeVersion: p.ikeVersion === IkeVersion.IKEV2 ? 'V2' : 'V1',
    phaseOneDetails: {
      isCustomPhaseOneConfig: true,
      customAuthenticationAlgorithm: spell(OCI_P1_AUTH, p.ikeIntegrity, 'ikeIntegrity', cloud),
      customEncryptionAlgorithm: spell(OCI_P1_ENC, p.ikeEncryption, 'ikeEncryption', cloud),
      customDhGroup: spell(OCI_GROUP, p.dhGroup, 'dhGroup', cloud),
      lifetime: p.ikeLifetimeSeconds,
    },
    phaseTwoDetails: {
      isCustomPhaseTwoConfig: true,
      customAuthenticationAlgorithm: gcm ? undefined : spell(OCI_P2_AUTH, p.ipsecIntegrity, 'ipsecIntegrity', cloud),
      customEncryptionAlgorithm: spell(OCI_P2_ENC, p.ipsecEncryption, 'ipsecEncryption', cloud),
      dhGroup: pfs ? spell(OCI_GROUP, p.pfsGroup, 'pfsGroup', cloud) : undefined,
      isPfsEnabled: pfs,
      lifetime: p.ipsecLifetimeSeconds,
    },
  };
}
