// What each cloud's VPN endpoint documents as supported, in that cloud's own Terraform spelling, mapped onto
// strongSwan's proposal keywords. The emulation configures each side of a tunnel ONLY through these tables: a value
// the cloud does not document is refused here (the tunnel is not started and the run says why), exactly as the
// cloud's API would refuse the rendering. These tables are written from the clouds' pages, independently of the
// library's own capability table (lib/plan/ipsec/capabilities.ts), so that a wrong entry there shows up here.
//
// strongSwan keywords: docs.strongswan.org/docs/5.9/config/IKEv2CipherSuites.html (aes256 = AES-CBC-256,
// aes256gcm16 = AES-GCM with a 16-octet ICV, sha384 = HMAC-SHA2-384-192, prfsha384, ecp384 = group 20,
// modp2048 = group 14, modp2048s256 = group 24, ...).

/** One cloud's documented IKE/IPsec values: its spelling -> strongSwan keyword. */
export interface CloudCrypto {
  /** The cloud's name in messages. */
  readonly cloud: string;
  /** Where the values come from. */
  readonly sources: string[];
  /** Phase 1 (IKE SA) encryption. */
  readonly ikeEncryption: Record<string, string>;
  /** Phase 1 integrity (and PRF, with an AEAD cipher). */
  readonly ikeIntegrity: Record<string, string>;
  /** Phase 1 DH groups. */
  readonly dhGroup: Record<string, string>;
  /** Phase 2 (ESP) encryption. */
  readonly espEncryption: Record<string, string>;
  /** Phase 2 integrity (not used with an AEAD cipher). */
  readonly espIntegrity: Record<string, string>;
  /** Phase 2 PFS groups; the value '' means no PFS. */
  readonly pfsGroup: Record<string, string>;
}

const MODP: Record<number, string> = {
  1: 'modp768', 2: 'modp1024', 5: 'modp1536', 14: 'modp2048', 15: 'modp3072', 16: 'modp4096', 17: 'modp6144',
  18: 'modp8192', 19: 'ecp256', 20: 'ecp384', 21: 'ecp521', 22: 'modp1024s160', 23: 'modp2048s224', 24: 'modp2048s256',
};

function groups(numbers: number[], spell: (n: number) => string): Record<string, string> {
  return Object.fromEntries(numbers.map((n) => [spell(n), MODP[n]]));
}

/** Whether a strongSwan encryption keyword is an AEAD (GCM) cipher. */
export function isAead(keyword: string): boolean {
  return /gcm/.test(keyword);
}

/**
 * Azure VPN gateway: the `ipsec_policy` values of `azurerm_virtual_network_gateway_connection`.
 * - learn.microsoft.com/azure/vpn-gateway/ipsec-ike-policy-howto ("Supported cryptographic algorithms & key
 *   strengths"; "If GCMAES is used as for IPsec Encryption algorithm, you must select the same GCMAES algorithm and
 *   key length for IPsec Integrity"; IKE Main Mode SA lifetime fixed at 28,800 s)
 * - learn.microsoft.com/javascript/api/@azure-rest/arm-network/ipsecpolicyoutput (the API's allowed values:
 *   dhGroup None | DHGroup1 | DHGroup2 | DHGroup14 | DHGroup2048 | ECP256 | ECP384 | DHGroup24; ikeEncryption DES |
 *   DES3 | AES128 | AES192 | AES256 | GCMAES128 | GCMAES256; ikeIntegrity GCMAES128 | GCMAES256 | MD5 | SHA1 | SHA256 |
 *   SHA384; ipsecEncryption None | DES | DES3 | AES128 | AES192 | AES256 | GCMAES128 | GCMAES192 | GCMAES256;
 *   ipsecIntegrity GCMAES128 | GCMAES192 | GCMAES256 | MD5 | SHA1 | SHA256; pfsGroup None | PFS1 | PFS2 | PFS2048 |
 *   ECP256 | ECP384 | PFS24 | PFS14 | PFSMM). `None` encryption, `None` DH and PFSMM are left out: a tunnel with
 *   them is not a tunnel this emulation brings up.
 */
export const AZURE: CloudCrypto = {
  cloud: 'Azure',
  sources: ['https://learn.microsoft.com/azure/vpn-gateway/ipsec-ike-policy-howto', 'https://learn.microsoft.com/javascript/api/@azure-rest/arm-network/ipsecpolicyoutput'],
  ikeEncryption: { DES: 'des', DES3: '3des', AES128: 'aes128', AES192: 'aes192', AES256: 'aes256', GCMAES128: 'aes128gcm16', GCMAES256: 'aes256gcm16' },
  ikeIntegrity: { MD5: 'md5', SHA1: 'sha1', SHA256: 'sha256', SHA384: 'sha384' },
  dhGroup: { DHGroup1: MODP[1], DHGroup2: MODP[2], DHGroup14: MODP[14], DHGroup2048: MODP[14], ECP256: MODP[19], ECP384: MODP[20], DHGroup24: MODP[24] },
  espEncryption: { DES: 'des', DES3: '3des', AES128: 'aes128', AES192: 'aes192', AES256: 'aes256', GCMAES128: 'aes128gcm16', GCMAES192: 'aes192gcm16', GCMAES256: 'aes256gcm16' },
  espIntegrity: { MD5: 'md5', SHA1: 'sha1', SHA256: 'sha256', GCMAES128: '', GCMAES192: '', GCMAES256: '' },
  pfsGroup: { None: '', PFS1: MODP[1], PFS2: MODP[2], PFS2048: MODP[14], PFS14: MODP[14], ECP256: MODP[19], ECP384: MODP[20], PFS24: MODP[24] },
};

/**
 * AWS Site-to-Site VPN, per tunnel (`tunnelN_*` of `aws_vpn_connection`).
 * - docs.aws.amazon.com/vpn/latest/s2svpn/VPNTunnels.html ("Tunnel options for your Site-to-Site VPN connection":
 *   IKE versions ikev1 | ikev2; phase 1 encryption AES128 | AES256 | AES128-GCM-16 | AES256-GCM-16; phase 1
 *   integrity SHA1 | SHA2-256 | SHA2-384 | SHA2-512; phase 1 DH groups 2, 14-24; phase 2 the same ciphers and
 *   integrity, DH groups 2, 5, 14-24; by default every one of them is allowed)
 * - docs.aws.amazon.com/AWSEC2/latest/APIReference/API_VpnTunnelOptionsSpecification.html (the same value lists)
 */
export const AWS: CloudCrypto = {
  cloud: 'AWS',
  sources: ['https://docs.aws.amazon.com/vpn/latest/s2svpn/VPNTunnels.html', 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_VpnTunnelOptionsSpecification.html'],
  ikeEncryption: { 'AES128': 'aes128', 'AES256': 'aes256', 'AES128-GCM-16': 'aes128gcm16', 'AES256-GCM-16': 'aes256gcm16' },
  ikeIntegrity: { 'SHA1': 'sha1', 'SHA2-256': 'sha256', 'SHA2-384': 'sha384', 'SHA2-512': 'sha512' },
  dhGroup: groups([2, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], (n) => `${n}`),
  espEncryption: { 'AES128': 'aes128', 'AES256': 'aes256', 'AES128-GCM-16': 'aes128gcm16', 'AES256-GCM-16': 'aes256gcm16' },
  espIntegrity: { 'SHA1': 'sha1', 'SHA2-256': 'sha256', 'SHA2-384': 'sha384', 'SHA2-512': 'sha512' },
  pfsGroup: groups([2, 5, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], (n) => `${n}`),
};

/**
 * Google Cloud HA VPN: google provider 6.x sets only `ike_version`; Cloud VPN then negotiates from its fixed list.
 * - cloud.google.com/network-connectivity/docs/vpn/concepts/supported-ike-ciphers (IKEv2 phase 1: AES-CBC-128/192/256,
 *   AES-GCM-16-128/192/256, 3DES-CBC; HMAC-SHA2-256-128, HMAC-SHA2-384-192, HMAC-SHA2-512-256, HMAC-SHA1-96,
 *   HMAC-MD5-96; phase 2 the same ciphers and integrity; DH/PFS: MODP 1024, 1536, 2048, 3072, 4096, 6144, 8192,
 *   ECP 256/384/521, MODP_2048_224, MODP_2048_256 (Curve25519 too, not used by any other cloud here). IKEv1: the
 *   AES-CBC and 3DES ciphers with the HMAC integrity algorithms and the MODP groups up to 4096.)
 * - cloud.google.com/network-connectivity/docs/vpn/deprecations/cipher-changes (group 22 no longer offered).
 * Keys are the strongSwan keywords themselves: Google's resource names none of them.
 */
export const GCP_IKEV2: CloudCrypto = {
  cloud: 'Google Cloud',
  sources: ['https://cloud.google.com/network-connectivity/docs/vpn/concepts/supported-ike-ciphers', 'https://cloud.google.com/network-connectivity/docs/vpn/deprecations/cipher-changes'],
  ikeEncryption: { aes128: 'aes128', aes192: 'aes192', aes256: 'aes256', aes128gcm16: 'aes128gcm16', aes192gcm16: 'aes192gcm16', aes256gcm16: 'aes256gcm16', '3des': '3des' },
  ikeIntegrity: { sha256: 'sha256', sha384: 'sha384', sha512: 'sha512', sha1: 'sha1', md5: 'md5' },
  dhGroup: groups([2, 5, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24], (n) => MODP[n]),
  espEncryption: { aes128: 'aes128', aes192: 'aes192', aes256: 'aes256', aes128gcm16: 'aes128gcm16', aes192gcm16: 'aes192gcm16', aes256gcm16: 'aes256gcm16', '3des': '3des' },
  espIntegrity: { sha256: 'sha256', sha384: 'sha384', sha512: 'sha512', sha1: 'sha1', md5: 'md5' },
  pfsGroup: groups([2, 5, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24], (n) => MODP[n]),
};

/** Google Cloud HA VPN with `ike_version = 1` (same page, IKEv1 section: no GCM, MODP groups only). */
export const GCP_IKEV1: CloudCrypto = {
  ...GCP_IKEV2,
  ikeEncryption: { aes128: 'aes128', aes192: 'aes192', aes256: 'aes256', '3des': '3des' },
  dhGroup: groups([2, 5, 14, 15, 16], (n) => MODP[n]),
  espEncryption: { aes128: 'aes128', aes192: 'aes192', aes256: 'aes256', '3des': '3des' },
  pfsGroup: groups([2, 5, 14, 15, 16], (n) => MODP[n]),
};

/**
 * OCI Site-to-Site VPN (`oci_core_ipsec_connection_tunnel_management`, `phase_one_details` / `phase_two_details`).
 * - docs.oracle.com/iaas/Content/Network/Reference/supportedIPsecparams.htm (phase 1: AES-256-CBC, AES-192-CBC,
 *   AES-128-CBC; SHA2-384, SHA2-256, SHA1-96; DH groups 2, 5, 14, 19, 20, 24; phase 2: AES-256-GCM, AES-192-GCM,
 *   AES-128-GCM, AES-256-CBC, AES-192-CBC, AES-128-CBC; HMAC-SHA2-256-128, HMAC-SHA1-128; PFS groups 2, 5, 14, 19,
 *   20, 24)
 * - registry.terraform.io/providers/oracle/oci/latest/docs/resources/core_ipsec_connection_tunnel_management (the
 *   spellings: AES_256_CBC, SHA2_384, GROUP20, AES_256_GCM, HMAC_SHA2_256_128, ...)
 */
export const OCI: CloudCrypto = {
  cloud: 'OCI',
  sources: ['https://docs.oracle.com/iaas/Content/Network/Reference/supportedIPsecparams.htm', 'https://registry.terraform.io/providers/oracle/oci/latest/docs/resources/core_ipsec_connection_tunnel_management'],
  ikeEncryption: { AES_256_CBC: 'aes256', AES_192_CBC: 'aes192', AES_128_CBC: 'aes128' },
  ikeIntegrity: { SHA2_384: 'sha384', SHA2_256: 'sha256', SHA1_96: 'sha1' },
  dhGroup: groups([2, 5, 14, 19, 20, 24], (n) => `GROUP${n}`),
  espEncryption: { AES_256_GCM: 'aes256gcm16', AES_192_GCM: 'aes192gcm16', AES_128_GCM: 'aes128gcm16', AES_256_CBC: 'aes256', AES_192_CBC: 'aes192', AES_128_CBC: 'aes128' },
  espIntegrity: { HMAC_SHA2_256_128: 'sha256', HMAC_SHA1_128: 'sha1' },
  pfsGroup: groups([2, 5, 14, 19, 20, 24], (n) => `GROUP${n}`),
};

/** What one side accepts, resolved to strongSwan keywords (several values per list: any of them). */
export interface SideCrypto {
  readonly ikeEncryption: string[];
  readonly ikeIntegrity: string[];
  readonly dhGroups: string[];
  readonly espEncryption: string[];
  readonly espIntegrity: string[];
  /** PFS groups; `['']` = no PFS. */
  readonly pfsGroups: string[];
}

/**
 * Map one side's values (the cloud's spelling) through its table. Values the cloud does not document land in
 * `problems` (with the source) and are left out.
 */
export function mapCrypto(table: CloudCrypto, values: { [K in keyof SideCrypto]: string[] }, where: string, problems: string[]): SideCrypto {
  const field = (key: keyof SideCrypto, t: Record<string, string>, what: string): string[] => values[key].flatMap((v) => {
    if (Object.prototype.hasOwnProperty.call(t, v)) return [t[v]];
    problems.push(`${where}: ${table.cloud} does not document ${what} '${v}' (accepts ${Object.keys(t).join(', ')}; ${table.sources[0]})`);
    return [];
  });
  return {
    ikeEncryption: field('ikeEncryption', table.ikeEncryption, 'phase 1 encryption'),
    ikeIntegrity: field('ikeIntegrity', table.ikeIntegrity, 'phase 1 integrity'),
    dhGroups: field('dhGroups', table.dhGroup, 'phase 1 DH group'),
    espEncryption: field('espEncryption', table.espEncryption, 'phase 2 encryption'),
    espIntegrity: field('espIntegrity', table.espIntegrity, 'phase 2 integrity'),
    pfsGroups: field('pfsGroups', table.pfsGroup, 'phase 2 PFS group'),
  };
}

/** Every value of a table (a side that takes no custom policy offers the whole documented list). */
export function allOf(table: CloudCrypto): { [K in keyof SideCrypto]: string[] } {
  return {
    ikeEncryption: Object.keys(table.ikeEncryption),
    ikeIntegrity: Object.keys(table.ikeIntegrity),
    dhGroups: Object.keys(table.dhGroup),
    espEncryption: Object.keys(table.espEncryption),
    espIntegrity: Object.keys(table.espIntegrity).filter((k) => table.espIntegrity[k] !== ''),
    pfsGroups: Object.keys(table.pfsGroup).filter((k) => table.pfsGroup[k] !== ''),
  };
}

const uniq = (xs: string[]) => [...new Set(xs)];

/**
 * strongSwan proposal strings for a side: one proposal per cipher family (AEAD and non-AEAD cannot share one), each
 * holding every algorithm the side accepts (strongSwan accepts any combination within a proposal).
 */
export function proposals(c: SideCrypto): { ike: string[]; esp: string[] } {
  const ike: string[] = [];
  const aeadIke = uniq(c.ikeEncryption.filter(isAead));
  const cbcIke = uniq(c.ikeEncryption.filter((e) => !isAead(e)));
  const dh = uniq(c.dhGroups);
  if (aeadIke.length) ike.push([...aeadIke, ...uniq(c.ikeIntegrity).map((i) => `prf${i}`), ...dh].join('-'));
  if (cbcIke.length) ike.push([...cbcIke, ...uniq(c.ikeIntegrity), ...dh].join('-'));
  const esp: string[] = [];
  const pfs = uniq(c.pfsGroups).filter((g) => g !== '');
  const aeadEsp = uniq(c.espEncryption.filter(isAead));
  const cbcEsp = uniq(c.espEncryption.filter((e) => !isAead(e)));
  if (aeadEsp.length) esp.push([...aeadEsp, ...pfs].join('-'));
  if (cbcEsp.length) esp.push([...cbcEsp, ...uniq(c.espIntegrity).filter((i) => i !== ''), ...pfs].join('-'));
  return { ike, esp };
}
