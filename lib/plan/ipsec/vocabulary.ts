/**
 * IKE/IPsec vocabulary: the cloud-neutral names of IKE versions, algorithms, DH/PFS groups and endpoint kinds, plus
 * the small predicates on them that the resolver and the renderers share.
 *
 * Pure TypeScript: no cdktf, constructs or provider imports.
 *
 * The overall design of the `ipsec` folder: `capabilities.ts` says what each VPN endpoint accepts (with its sources),
 * `resolver.ts` picks one strong proposal both ends of a site-to-site tunnel accept, and `render-*.ts` map that
 * proposal to each cloud's Terraform attribute spellings.
 */

/** IKE protocol version. */
export enum IkeVersion {
  /** IKEv1 (RFC 2409). */
  IKEV1 = 'IKEV1',
  /** IKEv2 (RFC 7296). */
  IKEV2 = 'IKEV2',
}

/** IKE (phase 1) encryption algorithm. */
export enum IkeEncryption {
  /** AES-CBC, 128-bit key. */
  AES128 = 'AES128',
  /** AES-CBC, 192-bit key. */
  AES192 = 'AES192',
  /** AES-CBC, 256-bit key. */
  AES256 = 'AES256',
  /** AES-GCM (16-octet ICV), 128-bit key. IKEv2 only (RFC 5282). */
  GCM_AES128 = 'GCM_AES128',
  /** AES-GCM (16-octet ICV), 256-bit key. IKEv2 only (RFC 5282). */
  GCM_AES256 = 'GCM_AES256',
  /** Single DES. Weak: used only when an override asks for it. */
  DES = 'DES',
  /** Triple DES. Weak: used only when an override asks for it. */
  DES3 = 'DES3',
}

/** IKE (phase 1) integrity / PRF hash. With an AES-GCM IKE cipher it is used as the PRF. */
export enum IkeIntegrity {
  /** HMAC-MD5. Weak: used only when an override asks for it. */
  MD5 = 'MD5',
  /** HMAC-SHA1. Weak: used only when an override asks for it. */
  SHA1 = 'SHA1',
  /** HMAC-SHA2-256. */
  SHA256 = 'SHA256',
  /** HMAC-SHA2-384. */
  SHA384 = 'SHA384',
  /** HMAC-SHA2-512. */
  SHA512 = 'SHA512',
}

/**
 * Diffie-Hellman group for the IKE SA (phase 1). The elliptic-curve groups are named by curve
 * (ECP256 = group 19, ECP384 = group 20, ECP521 = group 21); `IkeResolver.dhGroupNumber` gives the number.
 */
export enum DhGroup {
  /** Group 1, 768-bit MODP. Weak. */
  GROUP1 = 'GROUP1',
  /** Group 2, 1024-bit MODP. Weak. */
  GROUP2 = 'GROUP2',
  /** Group 5, 1536-bit MODP. Weak. */
  GROUP5 = 'GROUP5',
  /** Group 14, 2048-bit MODP. */
  GROUP14 = 'GROUP14',
  /** Group 15, 3072-bit MODP. */
  GROUP15 = 'GROUP15',
  /** Group 16, 4096-bit MODP. */
  GROUP16 = 'GROUP16',
  /** Group 17, 6144-bit MODP. */
  GROUP17 = 'GROUP17',
  /** Group 18, 8192-bit MODP. */
  GROUP18 = 'GROUP18',
  /** Group 19, 256-bit random ECP (NIST P-256). */
  ECP256 = 'ECP256',
  /** Group 20, 384-bit random ECP (NIST P-384). */
  ECP384 = 'ECP384',
  /** Group 21, 521-bit random ECP (NIST P-521). */
  ECP521 = 'ECP521',
  /** Group 22, 1024-bit MODP with 160-bit prime-order subgroup (RFC 5114). Weak. */
  GROUP22 = 'GROUP22',
  /** Group 23, 2048-bit MODP with 224-bit prime-order subgroup (RFC 5114). Weak (RFC 8247: SHOULD NOT). */
  GROUP23 = 'GROUP23',
  /** Group 24, 2048-bit MODP with 256-bit prime-order subgroup (RFC 5114). */
  GROUP24 = 'GROUP24',
}

/** Perfect-forward-secrecy group for the IPsec (child / phase 2) SA. Same groups as `DhGroup`, plus `NONE`. */
export enum PfsGroup {
  /** No PFS. Weak: used only when an override asks for it. */
  NONE = 'NONE',
  /** Group 1, 768-bit MODP. Weak. */
  GROUP1 = 'GROUP1',
  /** Group 2, 1024-bit MODP. Weak. */
  GROUP2 = 'GROUP2',
  /** Group 5, 1536-bit MODP. Weak. */
  GROUP5 = 'GROUP5',
  /** Group 14, 2048-bit MODP. */
  GROUP14 = 'GROUP14',
  /** Group 15, 3072-bit MODP. */
  GROUP15 = 'GROUP15',
  /** Group 16, 4096-bit MODP. */
  GROUP16 = 'GROUP16',
  /** Group 17, 6144-bit MODP. */
  GROUP17 = 'GROUP17',
  /** Group 18, 8192-bit MODP. */
  GROUP18 = 'GROUP18',
  /** Group 19, 256-bit random ECP (NIST P-256). */
  ECP256 = 'ECP256',
  /** Group 20, 384-bit random ECP (NIST P-384). */
  ECP384 = 'ECP384',
  /** Group 21, 521-bit random ECP (NIST P-521). */
  ECP521 = 'ECP521',
  /** Group 22, 1024-bit MODP with 160-bit subgroup. Weak. */
  GROUP22 = 'GROUP22',
  /** Group 23, 2048-bit MODP with 224-bit subgroup. Weak. */
  GROUP23 = 'GROUP23',
  /** Group 24, 2048-bit MODP with 256-bit subgroup. */
  GROUP24 = 'GROUP24',
}

/** IPsec (ESP, phase 2) encryption algorithm. */
export enum IpsecEncryption {
  /** AES-CBC, 128-bit key. */
  AES128 = 'AES128',
  /** AES-CBC, 192-bit key. */
  AES192 = 'AES192',
  /** AES-CBC, 256-bit key. */
  AES256 = 'AES256',
  /** AES-GCM (16-octet ICV), 128-bit key: authenticates too (`IpsecIntegrity.GCM`). */
  GCM_AES128 = 'GCM_AES128',
  /** AES-GCM (16-octet ICV), 192-bit key: authenticates too (`IpsecIntegrity.GCM`). */
  GCM_AES192 = 'GCM_AES192',
  /** AES-GCM (16-octet ICV), 256-bit key: authenticates too (`IpsecIntegrity.GCM`). */
  GCM_AES256 = 'GCM_AES256',
  /** Single DES. Weak. */
  DES = 'DES',
  /** Triple DES. Weak. */
  DES3 = 'DES3',
}

/** IPsec (ESP, phase 2) integrity algorithm. */
export enum IpsecIntegrity {
  /** HMAC-MD5-96. Weak. */
  MD5 = 'MD5',
  /** HMAC-SHA1-96. Weak. */
  SHA1 = 'SHA1',
  /** HMAC-SHA2-256-128. */
  SHA256 = 'SHA256',
  /** HMAC-SHA2-384-192. */
  SHA384 = 'SHA384',
  /** HMAC-SHA2-512-256. */
  SHA512 = 'SHA512',
  /** Integrity provided by the AES-GCM cipher: required with, and only with, a `GCM_*` `IpsecEncryption`. */
  GCM = 'GCM',
}

/** The kind of device that terminates one end of the tunnel. */
export enum VpnEndpointKind {
  /** Azure VPN gateway (`azurerm_virtual_network_gateway`, VpnGw1-5 / VpnGw1AZ-5AZ unless narrowed). */
  AZURE_VPN_GATEWAY = 'AZURE_VPN_GATEWAY',
  /** AWS Site-to-Site VPN tunnel (`aws_vpn_connection`, on a virtual private gateway or transit gateway). */
  AWS_VPN = 'AWS_VPN',
  /** Google Cloud HA VPN tunnel (`google_compute_vpn_tunnel`). */
  GCP_HA_VPN = 'GCP_HA_VPN',
  /** OCI Site-to-Site VPN IPSec tunnel (`oci_core_ipsec_connection_tunnel_management`). */
  OCI_IPSEC = 'OCI_IPSEC',
  /** A third-party or provider device that speaks only IKEv1 (assumed to accept the common algorithm set). */
  GENERIC_IKEV1_ONLY = 'GENERIC_IKEV1_ONLY',
}

// ---------------------------------------------------------------------------------------------------------------
// Internal to the ipsec folder (not re-exported by its index)
// ---------------------------------------------------------------------------------------------------------------

/** The IANA number of each DH group. */
export const DH_NUMBERS: Record<DhGroup, number> = {
  [DhGroup.GROUP1]: 1, [DhGroup.GROUP2]: 2, [DhGroup.GROUP5]: 5, [DhGroup.GROUP14]: 14, [DhGroup.GROUP15]: 15,
  [DhGroup.GROUP16]: 16, [DhGroup.GROUP17]: 17, [DhGroup.GROUP18]: 18, [DhGroup.ECP256]: 19, [DhGroup.ECP384]: 20,
  [DhGroup.ECP521]: 21, [DhGroup.GROUP22]: 22, [DhGroup.GROUP23]: 23, [DhGroup.GROUP24]: 24,
};

/** Whether an IKE cipher is AES-GCM. */
export function isGcmIke(x: IkeEncryption): boolean {
  return x === IkeEncryption.GCM_AES128 || x === IkeEncryption.GCM_AES256;
}

/** Whether an IPsec cipher is AES-GCM. */
export function isGcmIpsec(x: IpsecEncryption): boolean {
  return x === IpsecEncryption.GCM_AES128 || x === IpsecEncryption.GCM_AES192 || x === IpsecEncryption.GCM_AES256;
}

/** `IKEv2` / `IKEv1`. */
export function versionLabel(v: IkeVersion): string {
  return v === IkeVersion.IKEV2 ? 'IKEv2' : 'IKEv1';
}

/** e.g. `IKEv1 and IKEv2`, or `no IKE version`. */
export function versionsLabel(vs: IkeVersion[]): string {
  return vs.length === 0 ? 'no IKE version' : vs.map(versionLabel).join(' and ');
}
