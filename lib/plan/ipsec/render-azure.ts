import { IpsecProposal } from './proposal';
import { reject, spell } from './support';
import { DhGroup, IkeEncryption, IkeIntegrity, IpsecEncryption, IpsecIntegrity, isGcmIpsec, PfsGroup, versionLabel } from './vocabulary';

/**
 * A neutral `IpsecProposal` in the azurerm spellings of `azurerm_virtual_network_gateway_connection`
 * (`ipsec_policy` and `connection_protocol`).
 *
 * Pure TypeScript: no cdktf, constructs or provider imports.
 *
 * Source: the azurerm 4.x `ipsec_policy` validation and learn.microsoft.com/azure/vpn-gateway/ipsec-ike-policy-howto
 * (algorithm and Diffie-Hellman tables; "If GCMAES is used for IPsec encryption you must select the same GCMAES
 * algorithm and key length for IPsec integrity").
 */

/** The azurerm `ipsec_policy` block of `azurerm_virtual_network_gateway_connection`, in cdktf (camelCase) form. */
export interface AzureIpsecPolicy {
  /** `dh_group`, e.g. `ECP384`, `DHGroup14`. */
  readonly dhGroup: string;
  /** `ike_encryption`, e.g. `AES256`. */
  readonly ikeEncryption: string;
  /** `ike_integrity`, e.g. `SHA384`. */
  readonly ikeIntegrity: string;
  /** `ipsec_encryption`, e.g. `GCMAES256`. */
  readonly ipsecEncryption: string;
  /** `ipsec_integrity`: equals `ipsecEncryption` for GCM. */
  readonly ipsecIntegrity: string;
  /** `pfs_group`, e.g. `ECP384`, `PFS2048`, `None`. */
  readonly pfsGroup: string;
  /** `sa_lifetime` in seconds (300-172799). */
  readonly saLifetime: number;
}

/** Azure spellings. Source: azurerm `ipsec_policy` validation and the Azure Diffie-Hellman table (14 = DHGroup14 / PFS2048). */
const AZ_IKE_ENC: Partial<Record<IkeEncryption, string>> = {
  [IkeEncryption.AES128]: 'AES128', [IkeEncryption.AES192]: 'AES192', [IkeEncryption.AES256]: 'AES256',
  [IkeEncryption.GCM_AES128]: 'GCMAES128', [IkeEncryption.GCM_AES256]: 'GCMAES256', [IkeEncryption.DES]: 'DES',
  [IkeEncryption.DES3]: 'DES3',
};
const AZ_IKE_INT: Partial<Record<IkeIntegrity, string>> = {
  [IkeIntegrity.MD5]: 'MD5', [IkeIntegrity.SHA1]: 'SHA1', [IkeIntegrity.SHA256]: 'SHA256', [IkeIntegrity.SHA384]: 'SHA384',
};
const AZ_DH: Partial<Record<DhGroup, string>> = {
  [DhGroup.GROUP1]: 'DHGroup1', [DhGroup.GROUP2]: 'DHGroup2', [DhGroup.GROUP14]: 'DHGroup14',
  [DhGroup.ECP256]: 'ECP256', [DhGroup.ECP384]: 'ECP384', [DhGroup.GROUP24]: 'DHGroup24',
};
const AZ_IPSEC_ENC: Partial<Record<IpsecEncryption, string>> = {
  [IpsecEncryption.AES128]: 'AES128', [IpsecEncryption.AES192]: 'AES192', [IpsecEncryption.AES256]: 'AES256',
  [IpsecEncryption.GCM_AES128]: 'GCMAES128', [IpsecEncryption.GCM_AES192]: 'GCMAES192',
  [IpsecEncryption.GCM_AES256]: 'GCMAES256', [IpsecEncryption.DES]: 'DES', [IpsecEncryption.DES3]: 'DES3',
};
const AZ_IPSEC_INT: Partial<Record<IpsecIntegrity, string>> = {
  [IpsecIntegrity.MD5]: 'MD5', [IpsecIntegrity.SHA1]: 'SHA1', [IpsecIntegrity.SHA256]: 'SHA256',
};
// PFS2048 is Microsoft's documented spelling for group 14; the API also accepts PFS14, which Az PowerShell rejects.
const AZ_PFS: Partial<Record<PfsGroup, string>> = {
  [PfsGroup.NONE]: 'None', [PfsGroup.GROUP1]: 'PFS1', [PfsGroup.GROUP2]: 'PFS2', [PfsGroup.GROUP14]: 'PFS2048',
  [PfsGroup.ECP256]: 'ECP256', [PfsGroup.ECP384]: 'ECP384', [PfsGroup.GROUP24]: 'PFS24',
};

/** The body of `IpsecProposalMapper.toAzureIpsecPolicy` (internal to the ipsec folder). */
export function renderAzureIpsecPolicy(p: IpsecProposal): AzureIpsecPolicy {
  const cloud = 'Azure VPN gateway';
  if (!Number.isInteger(p.ipsecLifetimeSeconds) || p.ipsecLifetimeSeconds < 300 || p.ipsecLifetimeSeconds > 172799) {
    reject('ipsecLifetimeSeconds', p.ipsecLifetimeSeconds, 'Azure `sa_lifetime` is 300-172799 s', 'choose a lifetime in that range');
  }
  const ipsecEncryption = spell(AZ_IPSEC_ENC, p.ipsecEncryption, 'ipsecEncryption', cloud);
  return {
    dhGroup: spell(AZ_DH, p.dhGroup, 'dhGroup', cloud),
    ikeEncryption: spell(AZ_IKE_ENC, p.ikeEncryption, 'ikeEncryption', cloud),
    ikeIntegrity: spell(AZ_IKE_INT, p.ikeIntegrity, 'ikeIntegrity', cloud),
    ipsecEncryption,
    ipsecIntegrity: p.ipsecIntegrity === IpsecIntegrity.GCM
      ? (isGcmIpsec(p.ipsecEncryption) ? ipsecEncryption : reject('ipsecIntegrity', p.ipsecIntegrity, 'GCM integrity needs an AES-GCM cipher', 'choose a SHA-2 integrity'))
      : (isGcmIpsec(p.ipsecEncryption)
        ? reject('ipsecIntegrity', p.ipsecIntegrity, `Azure requires the IPsec integrity to equal the GCM cipher (${ipsecEncryption})`, 'set `ipsecIntegrity` to GCM')
        : spell(AZ_IPSEC_INT, p.ipsecIntegrity, 'ipsecIntegrity', cloud)),
    pfsGroup: spell(AZ_PFS, p.pfsGroup, 'pfsGroup', cloud),
    saLifetime: p.ipsecLifetimeSeconds,
  };
}

/** The body of `IpsecProposalMapper.toAzureConnectionProtocol` (internal to the ipsec folder). */
export function renderAzureConnectionProtocol(p: IpsecProposal): string {
  return versionLabel(p.ikeVersion);
}
