import { DhGroup, IkeEncryption, IkeIntegrity, IkeVersion, IpsecEncryption, IpsecIntegrity, PfsGroup } from './vocabulary';

/**
 * The resolver's policy: which values it picks without an override, in which order, and which values it treats as
 * weak (internal to the `ipsec` folder; not re-exported by its index).
 *
 * Pure TypeScript: no cdktf, constructs or provider imports.
 */

// Preference orders, strongest (or most interoperable among the strong) first. Only these are picked without an
// override; everything else (the weak set) must be asked for.
//  - IKE cipher: AES-256-CBC first: every endpoint (OCI phase 1 has no GCM) and both IKE versions take it.
//  - Hashes: SHA-384 first: it matches the 192-bit level of AES-256 / ECP384 and every endpoint offers it for IKE.
//  - DH/PFS: ECP384 (group 20), then ECP256 (19), then the larger MODP groups, then 14, then 24 (RFC 8247 discourages
//    the RFC 5114 groups; Azure documents DHGroup24, so it stays acceptable but last).
export const IKE_VERSION_PREF = [IkeVersion.IKEV2, IkeVersion.IKEV1];
export const IKE_ENCRYPTION_PREF = [IkeEncryption.AES256, IkeEncryption.GCM_AES256, IkeEncryption.AES192,
  IkeEncryption.AES128, IkeEncryption.GCM_AES128];
export const IKE_INTEGRITY_PREF = [IkeIntegrity.SHA384, IkeIntegrity.SHA512, IkeIntegrity.SHA256];
export const DH_PREF = [DhGroup.ECP384, DhGroup.ECP256, DhGroup.ECP521, DhGroup.GROUP16, DhGroup.GROUP15, DhGroup.GROUP18,
  DhGroup.GROUP17, DhGroup.GROUP14, DhGroup.GROUP24];
export const IPSEC_ENCRYPTION_PREF = [IpsecEncryption.GCM_AES256, IpsecEncryption.AES256, IpsecEncryption.GCM_AES192,
  IpsecEncryption.AES192, IpsecEncryption.GCM_AES128, IpsecEncryption.AES128];
export const IPSEC_INTEGRITY_PREF = [IpsecIntegrity.SHA384, IpsecIntegrity.SHA512, IpsecIntegrity.SHA256];
export const PFS_PREF = [PfsGroup.ECP384, PfsGroup.ECP256, PfsGroup.ECP521, PfsGroup.GROUP16, PfsGroup.GROUP15,
  PfsGroup.GROUP18, PfsGroup.GROUP17, PfsGroup.GROUP14, PfsGroup.GROUP24];

export const PREFERRED_IKE_LIFETIME = 28800;
export const PREFERRED_IPSEC_LIFETIME = 3600;

/** Why each weak value is weak, keyed `property:value`. */
export const WEAK: Record<string, string> = {
  'ikeEncryption:DES': 'single DES has a 56-bit key',
  'ikeEncryption:DES3': '3DES has a 64-bit block and is deprecated (NIST SP 800-131A)',
  'ikeIntegrity:MD5': 'MD5 is broken',
  'ikeIntegrity:SHA1': 'SHA-1 is deprecated for IKE (RFC 8247)',
  'ipsecEncryption:DES': 'single DES has a 56-bit key',
  'ipsecEncryption:DES3': '3DES has a 64-bit block and is deprecated (NIST SP 800-131A)',
  'ipsecIntegrity:MD5': 'MD5 is broken',
  'ipsecIntegrity:SHA1': 'HMAC-SHA1 is deprecated (RFC 8221 demotes it)',
  'dhGroup:GROUP1': 'group 1 is a 768-bit MODP group',
  'dhGroup:GROUP2': 'group 2 is a 1024-bit MODP group',
  'dhGroup:GROUP5': 'group 5 is a 1536-bit MODP group',
  'dhGroup:GROUP22': 'group 22 is a 1024-bit MODP group',
  'dhGroup:GROUP23': 'group 23 has a 224-bit subgroup (RFC 8247: SHOULD NOT)',
  'pfsGroup:NONE': 'without PFS a stolen IKE key exposes every IPsec SA derived from it',
  'pfsGroup:GROUP1': 'group 1 is a 768-bit MODP group',
  'pfsGroup:GROUP2': 'group 2 is a 1024-bit MODP group',
  'pfsGroup:GROUP5': 'group 5 is a 1536-bit MODP group',
  'pfsGroup:GROUP22': 'group 22 is a 1024-bit MODP group',
  'pfsGroup:GROUP23': 'group 23 has a 224-bit subgroup (RFC 8247: SHOULD NOT)',
};
