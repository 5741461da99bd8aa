import { CAPABILITIES } from './capabilities';
import { IpsecProposal } from './proposal';
import { IkeResolver } from './resolver';
import { reject, spell } from './support';
import { IkeVersion, IpsecIntegrity, PfsGroup, VpnEndpointKind } from './vocabulary';

/**
 * A neutral `IpsecProposal` in the aws provider spellings of one `aws_vpn_connection` tunnel (`tunnel1_*` /
 * `tunnel2_*`).
 *
 * Pure TypeScript: no cdktf, constructs or provider imports.
 *
 * Source: EC2 API `VpnTunnelOptionsSpecification` / CloudFormation `AWS::EC2::VPNConnection` allowed values.
 */

/** The crypto arguments of one `aws_vpn_connection` tunnel (`tunnel1_*` / `tunnel2_*`), in cdktf form. */
export interface AwsTunnelOptions {
  /** `tunnelN_ike_versions`, e.g. `['ikev2']`. */
  readonly ikeVersions: string[];
  /** `tunnelN_phase1_encryption_algorithms`, e.g. `['AES256']`. */
  readonly phase1EncryptionAlgorithms: string[];
  /** `tunnelN_phase1_integrity_algorithms`, e.g. `['SHA2-384']`. */
  readonly phase1IntegrityAlgorithms: string[];
  /** `tunnelN_phase1_dh_group_numbers`, e.g. `[20]`. */
  readonly phase1DhGroupNumbers: number[];
  /** `tunnelN_phase1_lifetime_seconds` (900-28800). */
  readonly phase1LifetimeSeconds: number;
  /** `tunnelN_phase2_encryption_algorithms`, e.g. `['AES256-GCM-16']`. */
  readonly phase2EncryptionAlgorithms: string[];
  /** `tunnelN_phase2_integrity_algorithms`, e.g. `['SHA2-384']`. */
  readonly phase2IntegrityAlgorithms: string[];
  /** `tunnelN_phase2_dh_group_numbers`, e.g. `[20]`. */
  readonly phase2DhGroupNumbers: number[];
  /** `tunnelN_phase2_lifetime_seconds` (900-3600, below phase 1). */
  readonly phase2LifetimeSeconds: number;
}

/** AWS spellings. Source: EC2 `VpnTunnelOptionsSpecification` allowed values. */
const AWS_ENC: Partial<Record<string, string>> = {
  AES128: 'AES128', AES256: 'AES256', GCM_AES128: 'AES128-GCM-16', GCM_AES256: 'AES256-GCM-16',
};
const AWS_INT: Partial<Record<string, string>> = {
  SHA1: 'SHA1', SHA256: 'SHA2-256', SHA384: 'SHA2-384', SHA512: 'SHA2-512',
};

/** The body of `IpsecProposalMapper.toAwsTunnelOptions` (internal to the ipsec folder). */
export function renderAwsTunnelOptions(p: IpsecProposal): AwsTunnelOptions {
  const cloud = 'AWS Site-to-Site VPN';
  const phase1Integrity = spell(AWS_INT, p.ikeIntegrity, 'ikeIntegrity', cloud);
  const phase2Dh = IkeResolver.pfsGroupNumber(p.pfsGroup);
  if (p.pfsGroup === PfsGroup.NONE || !CAPABILITIES[VpnEndpointKind.AWS_VPN].pfsGroups.includes(p.pfsGroup)) {
    reject('pfsGroup', p.pfsGroup, `${cloud} accepts phase 2 DH groups ${CAPABILITIES[VpnEndpointKind.AWS_VPN].pfsGroups.join(', ')}`, 'choose one of them');
  }
  if (!CAPABILITIES[VpnEndpointKind.AWS_VPN].dhGroups.includes(p.dhGroup)) {
    reject('dhGroup', p.dhGroup, `${cloud} accepts phase 1 DH groups ${CAPABILITIES[VpnEndpointKind.AWS_VPN].dhGroups.join(', ')}`, 'choose one of them');
  }
  return {
    ikeVersions: [p.ikeVersion === IkeVersion.IKEV2 ? 'ikev2' : 'ikev1'],
    phase1EncryptionAlgorithms: [spell(AWS_ENC, p.ikeEncryption, 'ikeEncryption', cloud)],
    phase1IntegrityAlgorithms: [phase1Integrity],
    phase1DhGroupNumbers: [IkeResolver.dhGroupNumber(p.dhGroup)],
    phase1LifetimeSeconds: p.ikeLifetimeSeconds,
    phase2EncryptionAlgorithms: [spell(AWS_ENC, p.ipsecEncryption, 'ipsecEncryption', cloud)],
    phase2IntegrityAlgorithms: [p.ipsecIntegrity === IpsecIntegrity.GCM ? phase1Integrity : spell(AWS_INT, p.ipsecIntegrity, 'ipsecIntegrity', cloud)],
    phase2DhGroupNumbers: [phase2Dh],
    phase2LifetimeSeconds: p.ipsecLifetimeSeconds,
  };
}
