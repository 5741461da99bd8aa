import { ValidationError } from './errors';

/**
 * IKE/IPsec compatibility: what each VPN endpoint accepts, and one strong proposal both ends of a site-to-site
 * tunnel accept, mapped to each cloud's Terraform attribute spellings.
 *
 * Pure TypeScript: no cdktf, constructs or provider imports.
 *
 * Sources (each table below repeats the one it encodes):
 * - Azure: learn.microsoft.com/azure/vpn-gateway/ipsec-ike-policy-howto (algorithm table, "If GCMAES is used for
 *   IPsec encryption you must select the same GCMAES algorithm and key length for IPsec integrity", "IKE Main Mode SA
 *   lifetime is fixed at 28,800 seconds"), the Diffie-Hellman table in the same article (group 14 = DHGroup14 /
 *   PFS2048), and the azurerm 4.x `azurerm_virtual_network_gateway_connection` `ipsec_policy` validation (allowed
 *   values, `sa_lifetime` 300-172799 s, `sa_datasize` >= 1024 KB).
 * - AWS: EC2 API `VpnTunnelOptionsSpecification` / CloudFormation `AWS::EC2::VPNConnection` allowed values,
 *   as used by the aws provider's `aws_vpn_connection` `tunnel1_*` / `tunnel2_*` arguments.
 * - Google Cloud: cloud.google.com/network-connectivity/docs/vpn/concepts/supported-ike-ciphers and
 *   cloud.google.com/network-connectivity/docs/vpn/deprecations/cipher-changes.
 * - OCI: the `oci_core_ipsec_connection_tunnel_management` schema of oracle/oci 8.28.0 (allowed values of
 *   `phase_one_details` / `phase_two_details` / `ike_version`) and docs.oracle.com/iaas/Content/Network/Reference/
 *   supportedIPsecparams.htm (default lifetimes).
 */

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------------------------

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
  /** AES-GCM (16-octet ICV), 128-bit key; authenticates too (`IpsecIntegrity.GCM`). */
  GCM_AES128 = 'GCM_AES128',
  /** AES-GCM (16-octet ICV), 192-bit key; authenticates too (`IpsecIntegrity.GCM`). */
  GCM_AES192 = 'GCM_AES192',
  /** AES-GCM (16-octet ICV), 256-bit key; authenticates too (`IpsecIntegrity.GCM`). */
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
  /** Integrity provided by the AES-GCM cipher; required with, and only with, a `GCM_*` `IpsecEncryption`. */
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
// Structs
// ---------------------------------------------------------------------------------------------------------------

/** One complete IKE/IPsec proposal, in the cloud-neutral vocabulary. */
export interface IpsecProposal {
  /** IKE version. */
  readonly ikeVersion: IkeVersion;
  /** IKE (phase 1) encryption. */
  readonly ikeEncryption: IkeEncryption;
  /** IKE (phase 1) integrity / PRF. */
  readonly ikeIntegrity: IkeIntegrity;
  /** IKE (phase 1) Diffie-Hellman group. */
  readonly dhGroup: DhGroup;
  /** IPsec (phase 2) encryption. */
  readonly ipsecEncryption: IpsecEncryption;
  /** IPsec (phase 2) integrity; `GCM` when `ipsecEncryption` is AES-GCM. */
  readonly ipsecIntegrity: IpsecIntegrity;
  /** IPsec (phase 2) PFS group. */
  readonly pfsGroup: PfsGroup;
  /** IKE SA lifetime in seconds (applied where the endpoint lets it be set). */
  readonly ikeLifetimeSeconds: number;
  /** IPsec SA lifetime in seconds (applied where the endpoint lets it be set). */
  readonly ipsecLifetimeSeconds: number;
}

/** Values to force into the proposal; everything left out is chosen by `IkeResolver`. */
export interface IpsecProposalOverrides {
  /**
   * IKE version.
   * @default - IKEv2 when both ends speak it
   */
  readonly ikeVersion?: IkeVersion;
  /**
   * IKE encryption.
   * @default - AES256 (CBC)
   */
  readonly ikeEncryption?: IkeEncryption;
  /**
   * IKE integrity / PRF.
   * @default - SHA384
   */
  readonly ikeIntegrity?: IkeIntegrity;
  /**
   * IKE Diffie-Hellman group.
   * @default - the strongest group both ends accept, ECP384 first
   */
  readonly dhGroup?: DhGroup;
  /**
   * IPsec encryption.
   * @default - GCM_AES256 where both ends accept it, else AES256
   */
  readonly ipsecEncryption?: IpsecEncryption;
  /**
   * IPsec integrity.
   * @default - GCM with an AES-GCM cipher, else SHA384 / SHA512 / SHA256, the first both ends accept
   */
  readonly ipsecIntegrity?: IpsecIntegrity;
  /**
   * PFS group.
   * @default - the same preference as `dhGroup`
   */
  readonly pfsGroup?: PfsGroup;
  /**
   * IKE SA lifetime in seconds.
   * @default 28800 (or the nearest value all configurable ends accept)
   */
  readonly ikeLifetimeSeconds?: number;
  /**
   * IPsec SA lifetime in seconds.
   * @default 3600 (or the nearest value all configurable ends accept)
   */
  readonly ipsecLifetimeSeconds?: number;
}

/** One end of the tunnel, optionally narrowed to what this particular device offers. */
export interface IpsecEndpoint {
  /** The kind of device. */
  readonly kind: VpnEndpointKind;
  /**
   * The IKE versions this device offers; must be a subset of what its kind supports
   * (e.g. `[IkeVersion.IKEV2]` for an Azure Basic route-based gateway).
   * @default - every version the kind supports
   */
  readonly ikeVersions?: IkeVersion[];
  /**
   * Whether the device takes a custom IKE/IPsec policy. Azure Basic gateways do not; the resolution then carries a
   * warning that the device negotiates with its defaults.
   * @default true
   */
  readonly customPolicy?: boolean;
}

/** The outcome of `IkeResolver.resolve`. */
export interface IpsecResolution {
  /** The proposal both ends accept. */
  readonly proposal: IpsecProposal;
  /** Advice: weak algorithms the overrides asked for, IKEv1 in use, settings an end cannot apply. */
  readonly warnings: string[];
}

/** What one kind of endpoint accepts. */
export interface IpsecCapabilities {
  /** Human-readable name, e.g. "Azure VPN gateway". */
  readonly displayName: string;
  /** The cloud the endpoint lives in, e.g. "Azure"; undefined for third-party devices. */
  readonly cloud?: string;
  /** IKE versions. */
  readonly ikeVersions: IkeVersion[];
  /** IKE encryption algorithms. */
  readonly ikeEncryption: IkeEncryption[];
  /** IKE integrity algorithms. */
  readonly ikeIntegrity: IkeIntegrity[];
  /** IKE DH groups. */
  readonly dhGroups: DhGroup[];
  /** IPsec encryption algorithms. */
  readonly ipsecEncryption: IpsecEncryption[];
  /** IPsec integrity algorithms. */
  readonly ipsecIntegrity: IpsecIntegrity[];
  /** PFS groups. */
  readonly pfsGroups: PfsGroup[];
  /** Whether the IKE SA lifetime can be set on this endpoint. */
  readonly ikeLifetimeConfigurable: boolean;
  /** Lowest IKE SA lifetime (s); for a fixed lifetime, the fixed value. */
  readonly ikeLifetimeMinSeconds: number;
  /** Highest IKE SA lifetime (s); for a fixed lifetime, the fixed value. */
  readonly ikeLifetimeMaxSeconds: number;
  /** Whether the IPsec SA lifetime can be set on this endpoint. */
  readonly ipsecLifetimeConfigurable: boolean;
  /** Lowest IPsec SA lifetime (s); for a fixed lifetime, the fixed value. */
  readonly ipsecLifetimeMinSeconds: number;
  /** Highest IPsec SA lifetime (s); for a fixed lifetime, the fixed value. */
  readonly ipsecLifetimeMaxSeconds: number;
  /** Whether the IPsec SA lifetime must be strictly shorter than the IKE SA lifetime. */
  readonly ipsecLifetimeBelowIke: boolean;
}

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
  /** `ipsec_integrity`; equals `ipsecEncryption` for GCM. */
  readonly ipsecIntegrity: string;
  /** `pfs_group`, e.g. `ECP384`, `PFS2048`, `None`. */
  readonly pfsGroup: string;
  /** `sa_lifetime` in seconds (300-172799). */
  readonly saLifetime: number;
}

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

/**
 * The crypto arguments of `google_compute_vpn_tunnel` (google provider 6.50) in cdktf form.
 *
 * Provider 6.50 has `ike_version` only; Cloud VPN then negotiates from its fixed supported-cipher list.
 */
export interface GcpTunnelSettings {
  /** `ike_version`: 1 or 2. */
  readonly ikeVersion: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Capability tables
// ---------------------------------------------------------------------------------------------------------------

const ALL_IKE_VERSIONS = [IkeVersion.IKEV1, IkeVersion.IKEV2];

const CAPABILITIES: Record<VpnEndpointKind, IpsecCapabilities> = {
  // Azure VPN gateway, VpnGw1-5 / VpnGw1AZ-5AZ.
  // Algorithms: azurerm 4.x `azurerm_virtual_network_gateway_connection` `ipsec_policy` allowed values
  //   (registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/virtual_network_gateway_connection#ipsec_policy)
  //   cross-checked with learn.microsoft.com/azure/vpn-gateway/ipsec-ike-policy-howto ("Supported algorithms and key
  //   strengths" and "Diffie-Hellman groups": 1, 2, 14 (DHGroup14/DHGroup2048, PFS2048), 19 (ECP256), 20 (ECP384), 24).
  //   `None` for dh_group and `PFSMM` are left out on purpose.
  // IKE versions: learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpn-gateway-settings (VpnGw SKUs: IKEv1
  //   and IKEv2; RouteBased Basic: IKEv2 only; PolicyBased Basic: IKEv1 only; see IkeResolver.azureGatewayEndpoint).
  // Lifetimes: "IKE Main Mode SA lifetime is fixed at 28,800 seconds on the Azure VPN gateways" (ipsec-ike-policy-howto);
  //   Quick Mode `sa_lifetime` 300-172799 s (azurerm validation; learn.microsoft.com gives minimum 300, default 27000).
  [VpnEndpointKind.AZURE_VPN_GATEWAY]: {
    displayName: 'Azure VPN gateway',
    cloud: 'Azure',
    ikeVersions: ALL_IKE_VERSIONS,
    ikeEncryption: [IkeEncryption.AES128, IkeEncryption.AES192, IkeEncryption.AES256, IkeEncryption.GCM_AES128,
      IkeEncryption.GCM_AES256, IkeEncryption.DES, IkeEncryption.DES3],
    ikeIntegrity: [IkeIntegrity.MD5, IkeIntegrity.SHA1, IkeIntegrity.SHA256, IkeIntegrity.SHA384],
    dhGroups: [DhGroup.GROUP1, DhGroup.GROUP2, DhGroup.GROUP14, DhGroup.ECP256, DhGroup.ECP384, DhGroup.GROUP24],
    ipsecEncryption: [IpsecEncryption.AES128, IpsecEncryption.AES192, IpsecEncryption.AES256, IpsecEncryption.DES,
      IpsecEncryption.DES3, IpsecEncryption.GCM_AES128, IpsecEncryption.GCM_AES192, IpsecEncryption.GCM_AES256],
    ipsecIntegrity: [IpsecIntegrity.MD5, IpsecIntegrity.SHA1, IpsecIntegrity.SHA256, IpsecIntegrity.GCM],
    pfsGroups: [PfsGroup.NONE, PfsGroup.GROUP1, PfsGroup.GROUP2, PfsGroup.GROUP14, PfsGroup.ECP256, PfsGroup.ECP384,
      PfsGroup.GROUP24],
    ikeLifetimeConfigurable: false,
    ikeLifetimeMinSeconds: 28800,
    ikeLifetimeMaxSeconds: 28800,
    ipsecLifetimeConfigurable: true,
    ipsecLifetimeMinSeconds: 300,
    ipsecLifetimeMaxSeconds: 172799,
    ipsecLifetimeBelowIke: false,
  },
  // AWS Site-to-Site VPN, per tunnel.
  // docs.aws.amazon.com/AWSEC2/latest/APIReference/API_VpnTunnelOptionsSpecification.html and the CloudFormation
  //   value types (docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-vpnconnection-
  //   phase1encryptionalgorithmsrequestlistvalue.html etc.): IKEVersions ikev1 | ikev2; phase 1/2 encryption AES128 |
  //   AES256 | AES128-GCM-16 | AES256-GCM-16; integrity SHA1 | SHA2-256 | SHA2-384 | SHA2-512; phase 1 DH 2, 14-24;
  //   phase 2 DH 2, 5, 14-24; Phase1LifetimeSeconds 900-28800; Phase2LifetimeSeconds 900-3600 and less than phase 1.
  //   Also /work/shared/reference/cloud-facts.md §3.3. PFS cannot be switched off (phase 2 always runs a DH group).
  [VpnEndpointKind.AWS_VPN]: {
    displayName: 'AWS Site-to-Site VPN',
    cloud: 'AWS',
    ikeVersions: ALL_IKE_VERSIONS,
    ikeEncryption: [IkeEncryption.AES128, IkeEncryption.AES256, IkeEncryption.GCM_AES128, IkeEncryption.GCM_AES256],
    ikeIntegrity: [IkeIntegrity.SHA1, IkeIntegrity.SHA256, IkeIntegrity.SHA384, IkeIntegrity.SHA512],
    dhGroups: [DhGroup.GROUP2, DhGroup.GROUP14, DhGroup.GROUP15, DhGroup.GROUP16, DhGroup.GROUP17, DhGroup.GROUP18,
      DhGroup.ECP256, DhGroup.ECP384, DhGroup.ECP521, DhGroup.GROUP22, DhGroup.GROUP23, DhGroup.GROUP24],
    ipsecEncryption: [IpsecEncryption.AES128, IpsecEncryption.AES256, IpsecEncryption.GCM_AES128,
      IpsecEncryption.GCM_AES256],
    ipsecIntegrity: [IpsecIntegrity.SHA1, IpsecIntegrity.SHA256, IpsecIntegrity.SHA384, IpsecIntegrity.SHA512,
      IpsecIntegrity.GCM],
    pfsGroups: [PfsGroup.GROUP2, PfsGroup.GROUP5, PfsGroup.GROUP14, PfsGroup.GROUP15, PfsGroup.GROUP16,
      PfsGroup.GROUP17, PfsGroup.GROUP18, PfsGroup.ECP256, PfsGroup.ECP384, PfsGroup.ECP521, PfsGroup.GROUP22,
      PfsGroup.GROUP23, PfsGroup.GROUP24],
    ikeLifetimeConfigurable: true,
    ikeLifetimeMinSeconds: 900,
    ikeLifetimeMaxSeconds: 28800,
    ipsecLifetimeConfigurable: true,
    ipsecLifetimeMinSeconds: 900,
    ipsecLifetimeMaxSeconds: 3600,
    ipsecLifetimeBelowIke: true,
  },
  // Google Cloud HA VPN: a fixed supported-cipher list, negotiated; the google provider 6.50 sets only `ike_version`.
  // cloud.google.com/network-connectivity/docs/vpn/concepts/supported-ike-ciphers (phase 1: AES-CBC-128/192/256,
  //   AES-GCM-16-128/256 (IKEv2), 3DES-CBC; HMAC-SHA2-256-128/384-192/512-256, HMAC-SHA1-96, HMAC-MD5-96; phase 2:
  //   AES-CBC-*, AES-GCM-16-128/192/256, 3DES-CBC; lifetimes: phase 1 36,000 s, phase 2 10,800 s, Google-side only);
  // DH/PFS groups: cloud.google.com/network-connectivity/docs/vpn/deprecations/cipher-changes (IKEv2 order: Curve25519,
  //   ECP 256/384/521, MODP 3072/4096/6144/8192/2048, MODP_2048_224, MODP_2048_256, MODP 1536, MODP 1024; group 22
  //   dropped). Curve25519 (group 31) is outside this vocabulary.
  [VpnEndpointKind.GCP_HA_VPN]: {
    displayName: 'Google Cloud HA VPN',
    cloud: 'Google Cloud',
    ikeVersions: ALL_IKE_VERSIONS,
    ikeEncryption: [IkeEncryption.AES128, IkeEncryption.AES192, IkeEncryption.AES256, IkeEncryption.GCM_AES128,
      IkeEncryption.GCM_AES256, IkeEncryption.DES3],
    ikeIntegrity: [IkeIntegrity.MD5, IkeIntegrity.SHA1, IkeIntegrity.SHA256, IkeIntegrity.SHA384, IkeIntegrity.SHA512],
    dhGroups: [DhGroup.GROUP2, DhGroup.GROUP5, DhGroup.GROUP14, DhGroup.GROUP15, DhGroup.GROUP16, DhGroup.GROUP17,
      DhGroup.GROUP18, DhGroup.ECP256, DhGroup.ECP384, DhGroup.ECP521, DhGroup.GROUP23, DhGroup.GROUP24],
    ipsecEncryption: [IpsecEncryption.AES128, IpsecEncryption.AES192, IpsecEncryption.AES256,
      IpsecEncryption.GCM_AES128, IpsecEncryption.GCM_AES192, IpsecEncryption.GCM_AES256, IpsecEncryption.DES3],
    ipsecIntegrity: [IpsecIntegrity.MD5, IpsecIntegrity.SHA1, IpsecIntegrity.SHA256, IpsecIntegrity.SHA384,
      IpsecIntegrity.SHA512, IpsecIntegrity.GCM],
    pfsGroups: [PfsGroup.GROUP2, PfsGroup.GROUP5, PfsGroup.GROUP14, PfsGroup.GROUP15, PfsGroup.GROUP16,
      PfsGroup.GROUP17, PfsGroup.GROUP18, PfsGroup.ECP256, PfsGroup.ECP384, PfsGroup.ECP521, PfsGroup.GROUP23,
      PfsGroup.GROUP24],
    ikeLifetimeConfigurable: false,
    ikeLifetimeMinSeconds: 36000,
    ikeLifetimeMaxSeconds: 36000,
    ipsecLifetimeConfigurable: false,
    ipsecLifetimeMinSeconds: 10800,
    ipsecLifetimeMaxSeconds: 10800,
    ipsecLifetimeBelowIke: false,
  },
  // OCI Site-to-Site VPN tunnel: /work/shared/reference/oci-provider-schema.json (oracle/oci 8.28.0)
  //   `oci_core_ipsec_connection_tunnel_management`: ike_version V1 | V2; phase_one_details
  //   custom_authentication_algorithm SHA2_384 | SHA2_256 | SHA1_96, custom_encryption_algorithm AES_256_CBC |
  //   AES_192_CBC | AES_128_CBC, custom_dh_group GROUP2 | GROUP5 | GROUP14 | GROUP19 | GROUP20 | GROUP24;
  //   phase_two_details custom_authentication_algorithm HMAC_SHA2_256_128 | HMAC_SHA1_128, custom_encryption_algorithm
  //   AES_256_GCM | AES_192_GCM | AES_128_GCM | AES_256_CBC | AES_192_CBC | AES_128_CBC, dh_group (same groups),
  //   is_pfs_enabled. Defaults 28800 s / 3600 s: docs.oracle.com/iaas/Content/Network/Reference/supportedIPsecparams.htm.
  //   The allowed lifetime RANGES are not in the schema or the pages read: 180-86400 s is an assumption — verify.
  [VpnEndpointKind.OCI_IPSEC]: {
    displayName: 'OCI Site-to-Site VPN',
    cloud: 'Oracle Cloud',
    ikeVersions: ALL_IKE_VERSIONS,
    ikeEncryption: [IkeEncryption.AES128, IkeEncryption.AES192, IkeEncryption.AES256],
    ikeIntegrity: [IkeIntegrity.SHA1, IkeIntegrity.SHA256, IkeIntegrity.SHA384],
    dhGroups: [DhGroup.GROUP2, DhGroup.GROUP5, DhGroup.GROUP14, DhGroup.ECP256, DhGroup.ECP384, DhGroup.GROUP24],
    ipsecEncryption: [IpsecEncryption.AES128, IpsecEncryption.AES192, IpsecEncryption.AES256,
      IpsecEncryption.GCM_AES128, IpsecEncryption.GCM_AES192, IpsecEncryption.GCM_AES256],
    ipsecIntegrity: [IpsecIntegrity.SHA1, IpsecIntegrity.SHA256, IpsecIntegrity.GCM],
    pfsGroups: [PfsGroup.NONE, PfsGroup.GROUP2, PfsGroup.GROUP5, PfsGroup.GROUP14, PfsGroup.ECP256, PfsGroup.ECP384,
      PfsGroup.GROUP24],
    ikeLifetimeConfigurable: true,
    ikeLifetimeMinSeconds: 180,
    ikeLifetimeMaxSeconds: 86400,
    ipsecLifetimeConfigurable: true,
    ipsecLifetimeMinSeconds: 180,
    ipsecLifetimeMaxSeconds: 86400,
    ipsecLifetimeBelowIke: false,
  },
  // A third-party / provider device that speaks only IKEv1 (the usual legacy firewall). Assumed to accept the common
  // IKEv1 algorithm set; narrow it through overrides when the device is known to offer less.
  [VpnEndpointKind.GENERIC_IKEV1_ONLY]: {
    displayName: 'IKEv1-only VPN device',
    ikeVersions: [IkeVersion.IKEV1],
    ikeEncryption: [IkeEncryption.AES128, IkeEncryption.AES192, IkeEncryption.AES256, IkeEncryption.DES,
      IkeEncryption.DES3],
    ikeIntegrity: [IkeIntegrity.MD5, IkeIntegrity.SHA1, IkeIntegrity.SHA256, IkeIntegrity.SHA384, IkeIntegrity.SHA512],
    dhGroups: [DhGroup.GROUP1, DhGroup.GROUP2, DhGroup.GROUP5, DhGroup.GROUP14, DhGroup.GROUP15, DhGroup.GROUP16,
      DhGroup.ECP256, DhGroup.ECP384, DhGroup.ECP521, DhGroup.GROUP24],
    ipsecEncryption: [IpsecEncryption.AES128, IpsecEncryption.AES192, IpsecEncryption.AES256,
      IpsecEncryption.GCM_AES128, IpsecEncryption.GCM_AES192, IpsecEncryption.GCM_AES256, IpsecEncryption.DES,
      IpsecEncryption.DES3],
    ipsecIntegrity: [IpsecIntegrity.MD5, IpsecIntegrity.SHA1, IpsecIntegrity.SHA256, IpsecIntegrity.SHA384,
      IpsecIntegrity.SHA512, IpsecIntegrity.GCM],
    pfsGroups: [PfsGroup.NONE, PfsGroup.GROUP1, PfsGroup.GROUP2, PfsGroup.GROUP5, PfsGroup.GROUP14, PfsGroup.GROUP15,
      PfsGroup.GROUP16, PfsGroup.ECP256, PfsGroup.ECP384, PfsGroup.ECP521, PfsGroup.GROUP24],
    ikeLifetimeConfigurable: true,
    ikeLifetimeMinSeconds: 60,
    ikeLifetimeMaxSeconds: 86400,
    ipsecLifetimeConfigurable: true,
    ipsecLifetimeMinSeconds: 60,
    ipsecLifetimeMaxSeconds: 86400,
    ipsecLifetimeBelowIke: false,
  },
};

/** Hints for the "no shared IKE version" fix, per cloud kind. */
const VERSION_HINTS: Partial<Record<VpnEndpointKind, string>> = {
  [VpnEndpointKind.AZURE_VPN_GATEWAY]: 'a VpnGw1-5 or VpnGw1AZ-5AZ gateway speaks IKEv1 and IKEv2; or a network virtual appliance',
  [VpnEndpointKind.AWS_VPN]: '`tunnelN_ike_versions` accepts ikev1 and ikev2',
  [VpnEndpointKind.GCP_HA_VPN]: '`ike_version` 1 or 2 on `google_compute_vpn_tunnel`',
  [VpnEndpointKind.OCI_IPSEC]: '`ike_version` V1 or V2 on the tunnel',
};

// Preference orders, strongest (or most interoperable among the strong) first. Only these are picked without an
// override; everything else (the weak set) must be asked for.
//  - IKE cipher: AES-256-CBC first: every endpoint (OCI phase 1 has no GCM) and both IKE versions take it.
//  - Hashes: SHA-384 first: it matches the 192-bit level of AES-256 / ECP384 and every endpoint offers it for IKE.
//  - DH/PFS: ECP384 (group 20), then ECP256 (19), then the larger MODP groups, then 14, then 24 (RFC 8247 discourages
//    the RFC 5114 groups; Azure documents DHGroup24, so it stays acceptable but last).
const IKE_VERSION_PREF = [IkeVersion.IKEV2, IkeVersion.IKEV1];
const IKE_ENCRYPTION_PREF = [IkeEncryption.AES256, IkeEncryption.GCM_AES256, IkeEncryption.AES192,
  IkeEncryption.AES128, IkeEncryption.GCM_AES128];
const IKE_INTEGRITY_PREF = [IkeIntegrity.SHA384, IkeIntegrity.SHA512, IkeIntegrity.SHA256];
const DH_PREF = [DhGroup.ECP384, DhGroup.ECP256, DhGroup.ECP521, DhGroup.GROUP16, DhGroup.GROUP15, DhGroup.GROUP18,
  DhGroup.GROUP17, DhGroup.GROUP14, DhGroup.GROUP24];
const IPSEC_ENCRYPTION_PREF = [IpsecEncryption.GCM_AES256, IpsecEncryption.AES256, IpsecEncryption.GCM_AES192,
  IpsecEncryption.AES192, IpsecEncryption.GCM_AES128, IpsecEncryption.AES128];
const IPSEC_INTEGRITY_PREF = [IpsecIntegrity.SHA384, IpsecIntegrity.SHA512, IpsecIntegrity.SHA256];
const PFS_PREF = [PfsGroup.ECP384, PfsGroup.ECP256, PfsGroup.ECP521, PfsGroup.GROUP16, PfsGroup.GROUP15,
  PfsGroup.GROUP18, PfsGroup.GROUP17, PfsGroup.GROUP14, PfsGroup.GROUP24];

const PREFERRED_IKE_LIFETIME = 28800;
const PREFERRED_IPSEC_LIFETIME = 3600;

const WEAK: Record<string, string> = {
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

const KIND_ORDER = [VpnEndpointKind.AZURE_VPN_GATEWAY, VpnEndpointKind.AWS_VPN, VpnEndpointKind.GCP_HA_VPN,
  VpnEndpointKind.OCI_IPSEC, VpnEndpointKind.GENERIC_IKEV1_ONLY];

const DH_NUMBERS: Record<DhGroup, number> = {
  [DhGroup.GROUP1]: 1, [DhGroup.GROUP2]: 2, [DhGroup.GROUP5]: 5, [DhGroup.GROUP14]: 14, [DhGroup.GROUP15]: 15,
  [DhGroup.GROUP16]: 16, [DhGroup.GROUP17]: 17, [DhGroup.GROUP18]: 18, [DhGroup.ECP256]: 19, [DhGroup.ECP384]: 20,
  [DhGroup.ECP521]: 21, [DhGroup.GROUP22]: 22, [DhGroup.GROUP23]: 23, [DhGroup.GROUP24]: 24,
};

// ---------------------------------------------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------------------------------------------

/** An endpoint with its effective capabilities (IKE versions narrowed). */
interface Effective {
  readonly endpoint: IpsecEndpoint;
  readonly caps: IpsecCapabilities;
  readonly versions: IkeVersion[];
}

type ListKey = 'ikeVersion' | 'ikeEncryption' | 'ikeIntegrity' | 'dhGroup' | 'ipsecEncryption' | 'ipsecIntegrity' | 'pfsGroup';

function accepted(e: Effective, key: ListKey): string[] {
  switch (key) {
    case 'ikeVersion': return e.versions;
    case 'ikeEncryption': return e.caps.ikeEncryption;
    case 'ikeIntegrity': return e.caps.ikeIntegrity;
    case 'dhGroup': return e.caps.dhGroups;
    case 'ipsecEncryption': return e.caps.ipsecEncryption;
    case 'ipsecIntegrity': return e.caps.ipsecIntegrity;
    case 'pfsGroup': return e.caps.pfsGroups;
  }
}

function isGcmIke(x: IkeEncryption): boolean {
  return x === IkeEncryption.GCM_AES128 || x === IkeEncryption.GCM_AES256;
}

function isGcmIpsec(x: IpsecEncryption): boolean {
  return x === IpsecEncryption.GCM_AES128 || x === IpsecEncryption.GCM_AES192 || x === IpsecEncryption.GCM_AES256;
}

function versionLabel(v: IkeVersion): string {
  return v === IkeVersion.IKEV2 ? 'IKEv2' : 'IKEv1';
}

function versionsLabel(vs: IkeVersion[]): string {
  return vs.length === 0 ? 'no IKE version' : vs.map(versionLabel).join(' and ');
}

function describe(e: Effective): string {
  const all = e.caps.ikeVersions;
  const narrowed = e.versions.length < all.length ? ` (${versionsLabel(e.versions)} only)` : '';
  return `${article(e.caps.displayName)} ${e.caps.displayName}${narrowed}`;
}

function article(word: string): string {
  return /^[AEIOU]/i.test(word) ? 'an' : 'a';
}

function effective(endpoint: IpsecEndpoint, property: string): Effective {
  const caps = CAPABILITIES[endpoint.kind];
  if (!caps) {
    throw new ValidationError({
      property: `${property}.kind`,
      value: endpoint.kind,
      rule: `unknown VPN endpoint kind`,
      fix: `use one of ${KIND_ORDER.join(', ')}`,
    });
  }
  let versions = caps.ikeVersions;
  if (endpoint.ikeVersions !== undefined) {
    for (const v of endpoint.ikeVersions) {
      if (!caps.ikeVersions.includes(v)) {
        throw new ValidationError({
          property: `${property}.ikeVersions`,
          value: endpoint.ikeVersions,
          rule: `${caps.displayName} does not speak ${v} (it speaks ${caps.ikeVersions.join(', ')})`,
          fix: `narrow \`ikeVersions\` to a subset of ${caps.ikeVersions.join(', ')}`,
        });
      }
    }
    if (endpoint.ikeVersions.length === 0) {
      throw new ValidationError({
        property: `${property}.ikeVersions`,
        value: endpoint.ikeVersions,
        rule: 'an endpoint must offer at least one IKE version',
        fix: `leave \`ikeVersions\` out or list some of ${caps.ikeVersions.join(', ')}`,
      });
    }
    versions = caps.ikeVersions.filter((v) => endpoint.ikeVersions!.includes(v));
  }
  return { endpoint, caps, versions };
}

/** Canonical order so that resolve(a, b) and resolve(b, a) give identical results, warnings included. */
function canonical(a: Effective, b: Effective): [Effective, Effective] {
  const ka = KIND_ORDER.indexOf(a.endpoint.kind);
  const kb = KIND_ORDER.indexOf(b.endpoint.kind);
  if (ka !== kb) return ka < kb ? [a, b] : [b, a];
  const va = a.versions.join(',') + String(a.endpoint.customPolicy ?? true);
  const vb = b.versions.join(',') + String(b.endpoint.customPolicy ?? true);
  return va <= vb ? [a, b] : [b, a];
}

function checkOverride(ends: Effective[], key: ListKey, value: string | undefined): void {
  if (value === undefined) return;
  for (const e of ends) {
    const ok = accepted(e, key);
    if (!ok.includes(value)) {
      const both = intersect(ends.map((x) => accepted(x, key)));
      const fix = both.length > 0
        ? `choose a value both ends accept: ${both.join(', ')}`
        : `no value of \`${key}\` is accepted by both ends; leave it out`;
      throw new ValidationError({
        property: key,
        value,
        rule: `${describe(e)} does not accept it (it accepts ${ok.join(', ')})`,
        fix,
      });
    }
  }
}

function intersect(lists: string[][]): string[] {
  if (lists.length === 0) return [];
  return lists[0].filter((x) => lists.every((l) => l.includes(x)));
}

function pick<T extends string>(ends: Effective[], key: ListKey, prefs: T[], extra: (x: T) => boolean, what: string): T {
  for (const p of prefs) {
    if (extra(p) && ends.every((e) => accepted(e, key).includes(p))) return p;
  }
  const both = intersect(ends.map((x) => accepted(x, key)));
  throw new ValidationError({
    property: key,
    value: undefined,
    rule: `${describe(ends[0])} and ${describe(ends[1])} share no strong ${what} (shared: ${both.join(', ') || 'none'})`,
    fix: both.length > 0 ? `set \`${key}\` in the overrides to one of ${both.join(', ')} if you accept a weak choice` : 'use another endpoint',
  });
}

function lifetime(ends: Effective[], which: 'ike' | 'ipsec', override: number | undefined, preferred: number, warnings: string[]): number {
  const property = which === 'ike' ? 'ikeLifetimeSeconds' : 'ipsecLifetimeSeconds';
  const label = which === 'ike' ? 'IKE SA' : 'IPsec SA';
  const range = (e: Effective): [boolean, number, number] => which === 'ike'
    ? [e.caps.ikeLifetimeConfigurable, e.caps.ikeLifetimeMinSeconds, e.caps.ikeLifetimeMaxSeconds]
    : [e.caps.ipsecLifetimeConfigurable, e.caps.ipsecLifetimeMinSeconds, e.caps.ipsecLifetimeMaxSeconds];
  const configurable = ends.filter((e) => range(e)[0]);
  const lo = Math.max(...configurable.map((e) => range(e)[1]), 1);
  const hi = Math.min(...configurable.map((e) => range(e)[2]), Number.MAX_SAFE_INTEGER);
  if (override !== undefined) {
    if (!Number.isInteger(override) || override <= 0) {
      throw new ValidationError({ property, value: override, rule: 'a lifetime is a positive whole number of seconds', fix: `use e.g. ${preferred}` });
    }
    for (const e of configurable) {
      const [, min, max] = range(e);
      if (override < min || override > max) {
        throw new ValidationError({
          property,
          value: override,
          rule: `${describe(e)} accepts an ${label} lifetime of ${min}-${max} s`,
          fix: lo <= hi ? `choose ${lo}-${hi} s` : `leave \`${property}\` out`,
        });
      }
    }
    for (const e of ends.filter((x) => !range(x)[0])) {
      const fixed = range(e)[1];
      if (fixed !== override) {
        warnings.push(`\`${property}\` ${override}: the ${e.caps.displayName} ${label} lifetime is fixed at ${fixed} s and cannot be set; lifetimes are local, so each side rekeys on its own timer.`);
      }
    }
    return override;
  }
  if (lo > hi) {
    throw new ValidationError({
      property,
      value: undefined,
      rule: `${describe(ends[0])} and ${describe(ends[1])} share no ${label} lifetime`,
      fix: 'use another endpoint',
    });
  }
  return Math.min(Math.max(preferred, lo), hi);
}

function warnWeak(key: string, value: string, warnings: string[]): void {
  const why = WEAK[`${key}:${value}`];
  if (why) warnings.push(`\`${key}\` ${value} is weak (${why}); it is used only because the overrides ask for it.`);
}

function reject(property: string, value: unknown, rule: string, fix: string): never {
  throw new ValidationError({ property, value, rule, fix });
}

// ---------------------------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------------------------

/**
 * Picks one strong IKE/IPsec proposal that both ends of a site-to-site tunnel accept.
 *
 * Without overrides the result is IKEv2 (when both ends speak it), AES-256 with SHA-384 and ECP384 for IKE, AES-256-GCM
 * (else AES-256-CBC with the strongest shared SHA-2) with ECP384 PFS for IPsec, and lifetimes of 28800 s / 3600 s where
 * the ends let them be set. Weak algorithms (DES, 3DES, MD5, SHA-1, DH groups below 14, no PFS) are used only when the
 * overrides ask for them, and each one is reported in `warnings`.
 */
export class IkeResolver {
  /**
   * Resolve a proposal for two kinds of endpoint.
   *
   * @param a one end
   * @param b the other end
   * @param overrides values to force; each must be accepted by both ends
   */
  public static resolve(a: VpnEndpointKind, b: VpnEndpointKind, overrides?: IpsecProposalOverrides): IpsecResolution {
    return IkeResolver.resolveEndpoints({ kind: a }, { kind: b }, overrides);
  }

  /**
   * Resolve a proposal for two endpoint descriptions (use this to narrow the IKE versions a device offers).
   *
   * @param a one end
   * @param b the other end
   * @param overrides values to force; each must be accepted by both ends
   */
  public static resolveEndpoints(a: IpsecEndpoint, b: IpsecEndpoint, overrides?: IpsecProposalOverrides): IpsecResolution {
    const o = overrides ?? {};
    const ends = canonical(effective(a, 'a'), effective(b, 'b'));
    const warnings: string[] = [];

    // 1. IKE version: without a shared version nothing else matters.
    const shared = intersect(ends.map((e) => e.versions)) as IkeVersion[];
    if (shared.length === 0) {
      const fixes: string[] = [];
      for (const [self, other] of [[ends[0], ends[1]], [ends[1], ends[0]]]) {
        const wanted = versionsLabel(other.versions);
        if (self.caps.cloud) {
          const hint = VERSION_HINTS[self.endpoint.kind];
          fixes.push(`deploy a VPN termination endpoint in ${self.caps.cloud} that speaks ${wanted}${hint ? ` (${hint})` : ''}`);
        } else {
          fixes.push(`replace the ${self.caps.displayName} with a VPN termination endpoint that speaks ${wanted}`);
        }
      }
      reject('ikeVersion', `${versionsLabel(ends[0].versions)} / ${versionsLabel(ends[1].versions)}`,
        `${describe(ends[0])} and ${describe(ends[1])} share no IKE version`, fixes.join(', or '));
    }

    // 2. Every override must be accepted by both ends.
    checkOverride(ends, 'ikeVersion', o.ikeVersion);
    checkOverride(ends, 'ikeEncryption', o.ikeEncryption);
    checkOverride(ends, 'ikeIntegrity', o.ikeIntegrity);
    checkOverride(ends, 'dhGroup', o.dhGroup);
    checkOverride(ends, 'ipsecEncryption', o.ipsecEncryption);
    checkOverride(ends, 'ipsecIntegrity', o.ipsecIntegrity);
    checkOverride(ends, 'pfsGroup', o.pfsGroup);

    // 3. Fill in, honouring the cross-field rules.
    const ikeVersion = o.ikeVersion ?? IKE_VERSION_PREF.find((v) => shared.includes(v))!;
    if (o.ikeEncryption !== undefined && isGcmIke(o.ikeEncryption) && ikeVersion !== IkeVersion.IKEV2) {
      reject('ikeEncryption', o.ikeEncryption, 'AES-GCM for the IKE SA exists only in IKEv2 (RFC 5282)',
        'use AES256 (CBC) with IKEv1, or IKEv2');
    }
    const ikeEncryption = o.ikeEncryption
      ?? pick(ends, 'ikeEncryption', IKE_ENCRYPTION_PREF, (x) => !isGcmIke(x) || ikeVersion === IkeVersion.IKEV2, 'IKE encryption');
    const ikeIntegrity = o.ikeIntegrity ?? pick(ends, 'ikeIntegrity', IKE_INTEGRITY_PREF, () => true, 'IKE integrity');
    const dhGroup = o.dhGroup ?? pick(ends, 'dhGroup', DH_PREF, () => true, 'DH group');

    if (o.ipsecEncryption !== undefined && o.ipsecIntegrity !== undefined
      && isGcmIpsec(o.ipsecEncryption) !== (o.ipsecIntegrity === IpsecIntegrity.GCM)) {
      reject('ipsecIntegrity', o.ipsecIntegrity,
        isGcmIpsec(o.ipsecEncryption)
          ? `with ${o.ipsecEncryption} the cipher authenticates, so the integrity is GCM`
          : `GCM integrity needs an AES-GCM cipher, not ${o.ipsecEncryption}`,
        isGcmIpsec(o.ipsecEncryption) ? 'set `ipsecIntegrity` to GCM or leave it out' : 'choose a SHA-2 integrity or leave it out');
    }
    const wantGcm = o.ipsecIntegrity === undefined ? undefined : o.ipsecIntegrity === IpsecIntegrity.GCM;
    const ipsecEncryption = o.ipsecEncryption
      ?? pick(ends, 'ipsecEncryption', IPSEC_ENCRYPTION_PREF, (x) => wantGcm === undefined || isGcmIpsec(x) === wantGcm, 'IPsec encryption');
    const ipsecIntegrity = isGcmIpsec(ipsecEncryption)
      ? IpsecIntegrity.GCM
      : (o.ipsecIntegrity ?? pick(ends, 'ipsecIntegrity', IPSEC_INTEGRITY_PREF, () => true, 'IPsec integrity'));
    if (!ends.every((e) => e.caps.ipsecIntegrity.includes(ipsecIntegrity))) {
      // Reached only when a forced GCM cipher meets an end without GCM integrity: cannot happen with the tables above.
      reject('ipsecIntegrity', ipsecIntegrity, 'one end cannot authenticate this cipher', 'choose another `ipsecEncryption`');
    }
    const pfsGroup = o.pfsGroup ?? pick(ends, 'pfsGroup', PFS_PREF, () => true, 'PFS group');

    const ikeLifetimeSeconds = lifetime(ends, 'ike', o.ikeLifetimeSeconds, PREFERRED_IKE_LIFETIME, warnings);
    const ipsecLifetimeSeconds = lifetime(ends, 'ipsec', o.ipsecLifetimeSeconds, PREFERRED_IPSEC_LIFETIME, warnings);
    for (const e of ends) {
      if (e.caps.ipsecLifetimeBelowIke && ipsecLifetimeSeconds >= ikeLifetimeSeconds) {
        reject('ipsecLifetimeSeconds', ipsecLifetimeSeconds,
          `${describe(e)} needs the IPsec SA lifetime below the IKE SA lifetime (${ikeLifetimeSeconds} s)`,
          `choose less than ${ikeLifetimeSeconds} s`);
      }
    }

    // 4. Warnings.
    if (o.ikeEncryption) warnWeak('ikeEncryption', o.ikeEncryption, warnings);
    if (o.ikeIntegrity) warnWeak('ikeIntegrity', o.ikeIntegrity, warnings);
    if (o.dhGroup) warnWeak('dhGroup', o.dhGroup, warnings);
    if (o.ipsecEncryption) warnWeak('ipsecEncryption', o.ipsecEncryption, warnings);
    if (o.ipsecIntegrity) warnWeak('ipsecIntegrity', o.ipsecIntegrity, warnings);
    if (o.pfsGroup) warnWeak('pfsGroup', o.pfsGroup, warnings);
    if (ikeVersion === IkeVersion.IKEV1) {
      warnings.push(o.ikeVersion === IkeVersion.IKEV1 && shared.includes(IkeVersion.IKEV2)
        ? '`ikeVersion` IKEV1: IKEv1 is used because the overrides ask for it although both ends speak IKEv2; prefer IKEv2.'
        : `\`ikeVersion\` IKEV1: ${describe(ends[0])} and ${describe(ends[1])} share only IKEv1; IKEv1 is legacy (Azure notes reconnects on Main Mode rekeys).`);
    }
    for (const e of ends) {
      if (e.endpoint.customPolicy === false) {
        warnings.push(`${describe(e)} takes no custom IPsec/IKE policy: it negotiates with its default proposals, so the other end must accept those; the proposal applies to the other end only.`);
      }
    }

    return {
      proposal: {
        ikeVersion, ikeEncryption, ikeIntegrity, dhGroup, ipsecEncryption, ipsecIntegrity, pfsGroup,
        ikeLifetimeSeconds, ipsecLifetimeSeconds,
      },
      warnings,
    };
  }

  /**
   * What a kind of endpoint accepts (a copy of the capability table entry).
   *
   * @param kind the endpoint kind
   */
  public static capabilities(kind: VpnEndpointKind): IpsecCapabilities {
    const c = CAPABILITIES[kind];
    return {
      ...c,
      ikeVersions: [...c.ikeVersions],
      ikeEncryption: [...c.ikeEncryption],
      ikeIntegrity: [...c.ikeIntegrity],
      dhGroups: [...c.dhGroups],
      ipsecEncryption: [...c.ipsecEncryption],
      ipsecIntegrity: [...c.ipsecIntegrity],
      pfsGroups: [...c.pfsGroups],
    };
  }

  /**
   * Why an endpoint would reject a proposal; an empty list means it accepts it. Lifetimes are checked only where the
   * endpoint lets them be set.
   *
   * @param endpoint the endpoint
   * @param proposal the proposal
   */
  public static check(endpoint: IpsecEndpoint, proposal: IpsecProposal): string[] {
    const e = effective(endpoint, 'endpoint');
    const problems: string[] = [];
    const test = (key: ListKey, value: string): void => {
      if (!accepted(e, key).includes(value)) problems.push(`\`${key}\` ${value}: ${e.caps.displayName} accepts ${accepted(e, key).join(', ')}`);
    };
    test('ikeVersion', proposal.ikeVersion);
    test('ikeEncryption', proposal.ikeEncryption);
    test('ikeIntegrity', proposal.ikeIntegrity);
    test('dhGroup', proposal.dhGroup);
    test('ipsecEncryption', proposal.ipsecEncryption);
    test('ipsecIntegrity', proposal.ipsecIntegrity);
    test('pfsGroup', proposal.pfsGroup);
    if (isGcmIke(proposal.ikeEncryption) && proposal.ikeVersion !== IkeVersion.IKEV2) {
      problems.push(`\`ikeEncryption\` ${proposal.ikeEncryption}: AES-GCM for the IKE SA needs IKEv2`);
    }
    if (isGcmIpsec(proposal.ipsecEncryption) !== (proposal.ipsecIntegrity === IpsecIntegrity.GCM)) {
      problems.push(`\`ipsecIntegrity\` ${proposal.ipsecIntegrity}: GCM integrity goes with, and only with, an AES-GCM cipher`);
    }
    const c = e.caps;
    if (c.ikeLifetimeConfigurable && (proposal.ikeLifetimeSeconds < c.ikeLifetimeMinSeconds || proposal.ikeLifetimeSeconds > c.ikeLifetimeMaxSeconds)) {
      problems.push(`\`ikeLifetimeSeconds\` ${proposal.ikeLifetimeSeconds}: ${c.displayName} accepts ${c.ikeLifetimeMinSeconds}-${c.ikeLifetimeMaxSeconds}`);
    }
    if (c.ipsecLifetimeConfigurable && (proposal.ipsecLifetimeSeconds < c.ipsecLifetimeMinSeconds || proposal.ipsecLifetimeSeconds > c.ipsecLifetimeMaxSeconds)) {
      problems.push(`\`ipsecLifetimeSeconds\` ${proposal.ipsecLifetimeSeconds}: ${c.displayName} accepts ${c.ipsecLifetimeMinSeconds}-${c.ipsecLifetimeMaxSeconds}`);
    }
    if (c.ipsecLifetimeBelowIke && proposal.ipsecLifetimeSeconds >= proposal.ikeLifetimeSeconds) {
      problems.push(`\`ipsecLifetimeSeconds\` ${proposal.ipsecLifetimeSeconds}: ${c.displayName} needs it below the IKE lifetime`);
    }
    return problems;
  }

  /**
   * Whether a value is one the resolver treats as weak (used only on request, with a warning).
   *
   * @param property a proposal property name, e.g. `dhGroup`
   * @param value the value, e.g. `GROUP2`
   */
  public static isWeak(property: string, value: string): boolean {
    return WEAK[`${property}:${value}`] !== undefined;
  }

  /**
   * The IANA number of a DH group (ECP256 = 19, ECP384 = 20, ECP521 = 21).
   *
   * @param group the group
   */
  public static dhGroupNumber(group: DhGroup): number {
    return DH_NUMBERS[group];
  }

  /**
   * The IANA number of a PFS group; 0 for `NONE`.
   *
   * @param group the group
   */
  public static pfsGroupNumber(group: PfsGroup): number {
    return group === PfsGroup.NONE ? 0 : DH_NUMBERS[group as string as DhGroup];
  }

  /**
   * Describe an Azure VPN gateway by SKU: Basic route-based speaks IKEv2 only, Basic policy-based IKEv1 only, and
   * neither takes a custom IPsec/IKE policy; VpnGw1-5 / VpnGw1AZ-5AZ (and the legacy Standard / HighPerformance)
   * speak both and take a policy. Source: learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpn-gateway-settings
   * and ipsec-ike-policy-howto ("IPsec/IKE policy only works on VpnGw1~5 and VpnGw1AZ~5AZ, Standard and HighPerformance").
   *
   * @param sku the gateway SKU, e.g. `VpnGw2AZ`, `Basic`
   * @param policyBased whether the gateway's VPN type is PolicyBased (Basic only)
   */
  public static azureGatewayEndpoint(sku: string, policyBased?: boolean): IpsecEndpoint {
    const kind = VpnEndpointKind.AZURE_VPN_GATEWAY;
    if (sku === 'Basic') {
      return { kind, ikeVersions: [policyBased ? IkeVersion.IKEV1 : IkeVersion.IKEV2], customPolicy: false };
    }
    if (!/^(VpnGw[1-5](AZ)?|Standard|HighPerformance)$/.test(sku)) {
      reject('sku', sku, 'not an Azure VPN gateway SKU', 'use Basic, VpnGw1-5 or VpnGw1AZ-5AZ');
    }
    if (policyBased) {
      reject('policyBased', policyBased, `a PolicyBased Azure VPN gateway exists only with the Basic SKU, not ${sku}`,
        'use a RouteBased gateway (set `usePolicyBasedTrafficSelectors` on the connection for policy-based peers)');
    }
    return { kind, ikeVersions: [IkeVersion.IKEV1, IkeVersion.IKEV2], customPolicy: true };
  }
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

/** AWS spellings. Source: EC2 `VpnTunnelOptionsSpecification` allowed values. */
const AWS_ENC: Partial<Record<string, string>> = {
  AES128: 'AES128', AES256: 'AES256', GCM_AES128: 'AES128-GCM-16', GCM_AES256: 'AES256-GCM-16',
};
const AWS_INT: Partial<Record<string, string>> = {
  SHA1: 'SHA1', SHA256: 'SHA2-256', SHA384: 'SHA2-384', SHA512: 'SHA2-512',
};

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

function spell<K extends string>(table: Partial<Record<K, string>>, value: K, property: string, cloud: string): string {
  const s = table[value];
  if (s === undefined) {
    reject(property, value, `${cloud} has no setting for it (it accepts ${Object.keys(table).join(', ')})`,
      `resolve the proposal with IkeResolver.resolve for this pair of endpoints`);
  }
  return s;
}

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

  /**
   * The `connection_protocol` of `azurerm_virtual_network_gateway_connection`: `IKEv2` or `IKEv1`.
   *
   * @param p the proposal
   */
  public static toAzureConnectionProtocol(p: IpsecProposal): string {
    return versionLabel(p.ikeVersion);
  }

  /**
   * The crypto `tunnelN_*` arguments of `aws_vpn_connection`, each list holding exactly the one chosen value so the
   * tunnel cannot fall back to a weaker one. With AES-GCM in phase 2 the integrity list only constrains non-AEAD
   * proposals; it repeats the phase 1 hash.
   *
   * @param p the proposal
   */
  public static toAwsTunnelOptions(p: IpsecProposal): AwsTunnelOptions {
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

  /**
   * The crypto arguments of `oci_core_ipsec_connection_tunnel_management` (custom phase one and two).
   *
   * @param p the proposal
   */
  public static toOciTunnelDetails(p: IpsecProposal): OciTunnelDetails {
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

  /**
   * The crypto arguments of `google_compute_vpn_tunnel`. The google provider 6.50 has only `ike_version`: Cloud VPN
   * negotiates the algorithms from its fixed list, which `IkeResolver` already checked. (Later provider releases add a
   * `cipher_suite { phase1 { encryption, integrity, prf, dh } phase2 { encryption, integrity, pfs } }` block with
   * values such as `AES-GCM-16-256`, `HMAC-SHA2-256-128`, `PRF-HMAC-SHA2-384`, `Group-20`; not mapped here.)
   *
   * @param p the proposal
   */
  public static toGcpTunnel(p: IpsecProposal): GcpTunnelSettings {
    return { ikeVersion: p.ikeVersion === IkeVersion.IKEV2 ? 2 : 1 };
  }
}
