import { DhGroup, IkeEncryption, IkeIntegrity, IkeVersion, IpsecEncryption, IpsecIntegrity, PfsGroup, VpnEndpointKind } from './vocabulary';

/**
 * The cloud-neutral structs the resolver reads and returns: a proposal, the overrides that force parts of it, an
 * endpoint description and the resolution.
 *
 * Pure TypeScript: no cdktf, constructs or provider imports.
 */

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
  /** IPsec (phase 2) integrity: `GCM` when `ipsecEncryption` is AES-GCM. */
  readonly ipsecIntegrity: IpsecIntegrity;
  /** IPsec (phase 2) PFS group. */
  readonly pfsGroup: PfsGroup;
  /** IKE SA lifetime in seconds (applied where the endpoint lets it be set). */
  readonly ikeLifetimeSeconds: number;
  /** IPsec SA lifetime in seconds (applied where the endpoint lets it be set). */
  readonly ipsecLifetimeSeconds: number;
}

/** Values to force into the proposal: everything left out is chosen by `IkeResolver`. */
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
   * The IKE versions this device offers: must be a subset of what its kind supports
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
