import { DhGroup, IkeEncryption, IkeIntegrity, IkeVersion, IpsecEncryption, IpsecIntegrity, PfsGroup, VpnEndpointKind } from './vocabulary';

/**
 * What each kind of VPN endpoint accepts, with the source of every entry.
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
  /** Lowest IKE SA lifetime (s): for a fixed lifetime, the fixed value. */
  readonly ikeLifetimeMinSeconds: number;
  /** Highest IKE SA lifetime (s): for a fixed lifetime, the fixed value. */
  readonly ikeLifetimeMaxSeconds: number;
  /** Whether the IPsec SA lifetime can be set on this endpoint. */
  readonly ipsecLifetimeConfigurable: boolean;
  /** Lowest IPsec SA lifetime (s): for a fixed lifetime, the fixed value. */
  readonly ipsecLifetimeMinSeconds: number;
  /** Highest IPsec SA lifetime (s): for a fixed lifetime, the fixed value. */
  readonly ipsecLifetimeMaxSeconds: number;
  /** Whether the IPsec SA lifetime must be strictly shorter than the IKE SA lifetime. */
  readonly ipsecLifetimeBelowIke: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Internal to the ipsec folder (not re-exported by its index)
// ---------------------------------------------------------------------------------------------------------------

const ALL_IKE_VERSIONS = [IkeVersion.IKEV1, IkeVersion.IKEV2];

/** The capability table, one entry per endpoint kind. */
export const CAPABILITIES: Record<VpnEndpointKind, IpsecCapabilities> = {
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
  //   PFS cannot be switched off (phase 2 always runs a DH group).
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
export const VERSION_HINTS: Partial<Record<VpnEndpointKind, string>> = {
  [VpnEndpointKind.AZURE_VPN_GATEWAY]: 'a VpnGw1-5 or VpnGw1AZ-5AZ gateway speaks IKEv1 and IKEv2; or a network virtual appliance',
  [VpnEndpointKind.AWS_VPN]: '`tunnelN_ike_versions` accepts ikev1 and ikev2',
  [VpnEndpointKind.GCP_HA_VPN]: '`ike_version` 1 or 2 on `google_compute_vpn_tunnel`',
  [VpnEndpointKind.OCI_IPSEC]: '`ike_version` V1 or V2 on the tunnel',
};

/** The order of endpoint kinds used to put the two ends of a tunnel in a canonical order, and in messages. */
export const KIND_ORDER = [VpnEndpointKind.AZURE_VPN_GATEWAY, VpnEndpointKind.AWS_VPN, VpnEndpointKind.GCP_HA_VPN,
  VpnEndpointKind.OCI_IPSEC, VpnEndpointKind.GENERIC_IKEV1_ONLY];
