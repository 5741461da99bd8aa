import type { Password } from '@cdktf/provider-random/lib/password';
import { Lazy } from 'cdktf';
import { Construct } from 'constructs';
import { checked } from '../core/context';
import { OciHub } from '../hubs/oci-hub';
import { fail } from '../plan/errors';
import { OciTunnelDetails } from '../plan/ipsec';
import { PeeringAllocation, PeeringKind } from '../plan/addressing/peering';
import { CoreCpe } from '../providers/oci/core-cpe';
import { CoreIpsec } from '../providers/oci/core-ipsec';
import { CoreIpsecConnectionTunnelManagement } from '../providers/oci/core-ipsec-connection-tunnel-management';
import { DataOciCoreIpsecConnectionTunnels } from '../providers/oci/data-oci-core-ipsec-connection-tunnels';
import { claimTunnelCidrs, propName } from './link-util';
import { VpnPreSharedKeyOptions, _PskRule, _tunnelKeys } from './vpn-keys';
import { guardArgs } from '../core/guard-props';
import { skipCreationStacks } from '../core/creation-stacks';

/** Props of `OciIpsecLink`. */
export interface OciIpsecLinkProps extends VpnPreSharedKeyOptions {
  /** The OCI hub: its DRG terminates the IPSec connections. */
  readonly hub: OciHub;
  /** The public IPs of the Azure VPN gateway's instance 0 and instance 1. Each element accepts a Terraform token. */
  readonly azurePublicIps: string[];
  /** The Azure VPN gateway's ASN (each tunnel's `customer_bgp_asn`). */
  readonly azureAsn: number;
  /**
   * The inside /30 of each of the 4 tunnels, each in Azure's APIPA window 169.254.21.0-169.254.22.255 and known
   * at synth. The peer takes the first usable address, Azure the second.
   * @default - allocated from the app-wide peering allocator
   */
  readonly tunnelInsideCidrs?: string[];
  /** The allocation keys of the tunnel /30s are `<tunnelKeyPrefix>/tunnel<i>` (they decide the allocated subnets). @default - this construct's path */
  readonly tunnelKeyPrefix?: string;
  /** The prefix of the property names in error messages, e.g. `aws` gives `awsTunnelInsideCidrs`. @default - none */
  readonly propertyPrefix?: string;
  /** The IKE version and phase one/two details of every tunnel (from `IpsecProposalMapper.toOciTunnelDetails`). */
  readonly tunnelDetails: OciTunnelDetails;
  /**
   * `static_routes` of the IPSec connections. OCI requires the argument; with BGP routing on every tunnel it is not
   * used for routing. Give the Azure prefixes.
   */
  readonly staticRoutes: string[];
  /** A prefix for display names. */
  readonly displayNamePrefix: string;
}

/**
 * The OCI side of a VPN to an active-active Azure VPN gateway: per Azure public IP a CPE (`Cpe0/1`) and an IPSec
 * connection on the hub's DRG (`IpsecConnection0/1`), each with its two tunnels looked up (`TunnelLookup0/1`,
 * `oci_core_ipsec_connection_tunnels`) and managed (`Tunnel0`-`Tunnel3`, `oci_core_ipsec_connection_tunnel_management`)
 * with BGP routing, the IKE version and phase one/two details matching Azure, and the BGP inside addresses. Four
 * tunnels, four BGP sessions, so that losing either Azure instance or either Oracle headend keeps two sessions up.
 * Pre-shared keys are `Psk0`-`Psk3` (or the user's sensitive variable).
 */
export class OciIpsecLink extends Construct {
  /** The inside /30 of each tunnel (the peer takes the first usable address, Azure the second). */
  public readonly insideCidrs: PeeringAllocation[];
  /** The CPEs for Azure instance 0 and instance 1. */
  public readonly cpes: CoreCpe[];
  /** The IPSec connections to instance 0 and instance 1. */
  public readonly ipsecConnections: CoreIpsec[];
  /** The tunnel lookups of each IPSec connection. */
  public readonly tunnelLookups: DataOciCoreIpsecConnectionTunnels[];
  /** The four managed tunnels. */
  public readonly tunnels: CoreIpsecConnectionTunnelManagement[];
  /** The generated pre-shared keys (empty when `preSharedKey` is given). */
  public readonly preSharedKeyPasswords: Password[];
  /** The pre-shared key of each tunnel, as Terraform references. */
  public readonly preSharedKeys: string[];
  /** Oracle's VPN headend IP of each tunnel, as Terraform references. */
  public readonly tunnelAddresses: string[];

  constructor(scope: Construct, id: string, props: OciIpsecLinkProps) {
    guardArgs('OciIpsecLink', [scope, id, props]);
    super(scope, id);
    const endSkip = skipCreationStacks();
    try {
      const hub = props.hub;
      checked(this, () => {
        if (props.azurePublicIps.length !== 2) fail('azurePublicIps', props.azurePublicIps.length, 'an active-active Azure VPN gateway has two public IPs', 'pass both');
      });
      this.insideCidrs = claimTunnelCidrs(this, {
        count: 4,
        kinds: [PeeringKind.OCI_IPSEC, PeeringKind.AZURE_APIPA],
        explicit: props.tunnelInsideCidrs,
        property: propName(props.propertyPrefix, 'tunnelInsideCidrs'),
        keyPrefix: props.tunnelKeyPrefix ?? this.node.path,
        what: 'two IPSec connections of two tunnels each',
        cloud: 'OCI',
      });
      const keys = checked(this, () => _tunnelKeys(this, 4, 'oci', props, _PskRule.OCI));
      this.preSharedKeyPasswords = keys.passwords;
      this.preSharedKeys = keys.keys;
      const d = props.tunnelDetails;

      this.cpes = props.azurePublicIps.map((ip, i) => new CoreCpe(this, `Cpe${i}`, {
        compartmentId: hub.compartmentId,
        ipAddress: ip,
        displayName: `${props.displayNamePrefix}-azure-instance${i}`,
        freeformTags: hub.tags,
        provider: hub.provider,
      }));
      this.ipsecConnections = this.cpes.map((cpe, i) => new CoreIpsec(this, `IpsecConnection${i}`, {
        compartmentId: hub.compartmentId,
        cpeId: cpe.id,
        drgId: hub.drgId,
        staticRoutes: props.staticRoutes,
        displayName: `${props.displayNamePrefix}-azure-instance${i}`,
        freeformTags: hub.tags,
        provider: hub.provider,
      }));
      this.tunnelLookups = this.ipsecConnections.map((c, i) => new DataOciCoreIpsecConnectionTunnels(this, `TunnelLookup${i}`, {
        ipsecId: c.id,
        provider: hub.provider,
      }));

      this.tunnels = [];
      for (let t = 0; t < 4; t++) {
        const i = Math.floor(t / 2);
        const cidr = this.insideCidrs[t];
        this.tunnels.push(new CoreIpsecConnectionTunnelManagement(this, `Tunnel${t}`, {
          ipsecId: this.ipsecConnections[i].id,
          tunnelId: this.tunnelLookups[i].ipSecConnectionTunnels.get(t % 2).id,
          displayName: `${props.displayNamePrefix}-azure-instance${i}-tunnel${t % 2}`,
          routing: 'BGP',
          ikeVersion: d.ikeVersion,
          sharedSecret: keys.keys[t],
          // Azure never opens BGP (nor, on a responder-only connection, IKE) towards an APIPA peer: Oracle may initiate.
          oracleCanInitiate: 'INITIATOR_OR_RESPONDER',
          bgpSessionInfo: {
            customerBgpAsn: String(props.azureAsn),
            customerInterfaceIp: Lazy.stringValue({ produce: () => cidr.cidr.withLength(cidr.second) }),
            oracleInterfaceIp: Lazy.stringValue({ produce: () => cidr.cidr.withLength(cidr.first) }),
          },
          phaseOneDetails: { ...d.phaseOneDetails },
          phaseTwoDetails: { ...d.phaseTwoDetails },
          provider: hub.provider,
        }));
      }
      this.tunnelAddresses = this.tunnels.map((t) => t.vpnIp);
    } finally {
      endSkip();
    }
  }
}
