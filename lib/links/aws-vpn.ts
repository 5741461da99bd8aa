import type { CustomerGateway } from '@cdktf/provider-aws/lib/customer-gateway';
import type { VpnConnection } from '@cdktf/provider-aws/lib/vpn-connection';
import type { Password } from '@cdktf/provider-random/lib/password';
import { Lazy } from 'cdktf';
import { Construct } from 'constructs';
import { checked, isUnresolved } from '../core/context';
import { addWarningOnce } from '../core/warnings';
import { AwsHub } from '../hubs/aws-hub';
import { fail } from '../plan/errors';
import { AwsTunnelOptions } from '../plan/ipsec';
import { PeeringAllocation, PeeringKind } from '../plan/addressing/peering';
import { claimTunnelCidrs, propName } from './link-util';
import { VpnPreSharedKeyOptions, _PskRule, _tunnelKeys } from './vpn-keys';
import { guardArgs } from '../core/guard-props';
import { providerModule } from '../core/providers-load';
import { skipCreationStacks } from '../core/creation-stacks';

/** The largest ASN `bgp_asn` takes; larger (4-byte) ASNs go in `bgp_asn_extended`. Source: aws provider `aws_customer_gateway` docs. */
const MAX_BGP_ASN = 2147483647;

/** Props of `AwsVpnLink`. */
export interface AwsVpnLinkProps extends VpnPreSharedKeyOptions {
  /** The AWS hub: its virtual private gateway or transit gateway terminates the tunnels. */
  readonly hub: AwsHub;
  /** The public IPs of the Azure VPN gateway's instance 0 and instance 1. Each element accepts a Terraform token. */
  readonly azurePublicIps: string[];
  /** The Azure VPN gateway's ASN (the customer gateways' `bgp_asn`). */
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
  /** The IKE/IPsec settings of every tunnel (from `IpsecProposalMapper.toAwsTunnelOptions`). */
  readonly tunnelOptions: AwsTunnelOptions;
  /** A prefix for the `Name` tags. */
  readonly namePrefix: string;
}

/**
 * The AWS side of a VPN to an active-active Azure VPN gateway: one customer gateway per Azure public IP
 * (`CustomerGateway0/1`, BGP ASN = Azure's) and one VPN connection per customer gateway (`VpnConnection0/1`) to the
 * hub's virtual private or transit gateway, 2 tunnels each: 4 tunnels, 4 BGP sessions. Every tunnel has an explicit
 * inside /30 from Azure's APIPA window, explicit IKE version, algorithms, DH groups and lifetimes (Google documents
 * that AWS must not be left to negotiate with defaults), and startup action `start`: Azure never initiates BGP from
 * an APIPA address, so AWS must bring the tunnel up. Dead-peer timeouts restart the tunnel for the same reason.
 * Pre-shared keys are `Psk0`-`Psk3` (or the user's sensitive variable).
 */
export class AwsVpnLink extends Construct {
  /** The inside /30 of each tunnel (the peer takes the first usable address, Azure the second). */
  public readonly insideCidrs: PeeringAllocation[];
  /** The customer gateways for Azure instance 0 and instance 1. */
  public readonly customerGateways: CustomerGateway[];
  /** The VPN connections to instance 0 and instance 1. */
  public readonly vpnConnections: VpnConnection[];
  /** The generated pre-shared keys (empty when `preSharedKey` is given). */
  public readonly preSharedKeyPasswords: Password[];
  /** The pre-shared key of each of the four tunnels, as Terraform references. */
  public readonly preSharedKeys: string[];
  /** The outside IP of each of the four tunnels (AWS's end), as Terraform references. */
  public readonly tunnelOutsideAddresses: string[];

  constructor(scope: Construct, id: string, props: AwsVpnLinkProps) {
    guardArgs('AwsVpnLink', [scope, id, props]);
    super(scope, id);
    const endSkip = skipCreationStacks();
    try {
      const hub = props.hub;
      checked(this, () => {
        if (props.azurePublicIps.length !== 2) fail('azurePublicIps', props.azurePublicIps.length, 'an active-active Azure VPN gateway has two public IPs', 'pass both');
      });
      this.insideCidrs = claimTunnelCidrs(this, {
        count: 4,
        kinds: [PeeringKind.AWS_TUNNEL, PeeringKind.AZURE_APIPA],
        explicit: props.tunnelInsideCidrs,
        property: propName(props.propertyPrefix, 'tunnelInsideCidrs'),
        keyPrefix: props.tunnelKeyPrefix ?? this.node.path,
        what: 'two VPN connections of two tunnels each',
        cloud: 'AWS',
      });
      // the existing gateway's customer gateways: a new one with the same ASN would drop their routes (eBGP loop prevention)
      if (!isUnresolved(props.azureAsn) && hub.peerAsnsInUse.includes(props.azureAsn)) {
        addWarningOnce(this, `\`existingVpnGateway.peerAsnsInUse\` holds AS${props.azureAsn}, the ASN of the new customer gateways ${props.namePrefix}: the virtual private gateway re-advertises what it learns from one customer gateway to the others (VPN CloudHub, which needs a distinct ASN per customer gateway: docs.aws.amazon.com/vpn/latest/s2svpn/VPN_CloudHub.html), and each peer drops routes whose AS path holds its own ASN (RFC 4271 section 9.1.2), so the existing peer and Azure will not learn each other's prefixes through AWS. Fix: give one of them another ASN, if they should reach each other.`);
      }
      const keys = checked(this, () => _tunnelKeys(this, 4, 'aws', props, _PskRule.AWS));
      this.preSharedKeyPasswords = keys.passwords;
      this.preSharedKeys = keys.keys;
      const o = props.tunnelOptions;
      const extended = props.azureAsn > MAX_BGP_ASN;

      const { CustomerGateway } = providerModule(this, 'aws/customer-gateway');
      const { VpnConnection } = providerModule(this, 'aws/vpn-connection');
      this.customerGateways = props.azurePublicIps.map((ip, i) => new CustomerGateway(this, `CustomerGateway${i}`, {
        type: 'ipsec.1',
        ipAddress: ip,
        bgpAsn: extended ? undefined : String(props.azureAsn),
        bgpAsnExtended: extended ? String(props.azureAsn) : undefined,
        tags: { Name: `${props.namePrefix}-azure-instance${i}`, ...hub.tags },
        provider: hub.provider,
      }));

      const inside = (t: number): string => Lazy.stringValue({ produce: () => this.insideCidrs[t].text });
      this.vpnConnections = this.customerGateways.map((cgw, i) => {
        const t1 = 2 * i;
        const t2 = 2 * i + 1;
        return new VpnConnection(this, `VpnConnection${i}`, {
          type: 'ipsec.1',
          customerGatewayId: cgw.id,
          vpnGatewayId: hub.usesTransitGateway ? undefined : hub.gatewayId,
          transitGatewayId: hub.usesTransitGateway ? hub.gatewayId : undefined,
          staticRoutesOnly: false,
          tunnel1InsideCidr: inside(t1),
          tunnel1PresharedKey: keys.keys[t1],
          tunnel1StartupAction: 'start',
          tunnel1DpdTimeoutAction: 'restart',
          tunnel1IkeVersions: o.ikeVersions,
          tunnel1Phase1EncryptionAlgorithms: o.phase1EncryptionAlgorithms,
          tunnel1Phase1IntegrityAlgorithms: o.phase1IntegrityAlgorithms,
          tunnel1Phase1DhGroupNumbers: o.phase1DhGroupNumbers,
          tunnel1Phase1LifetimeSeconds: o.phase1LifetimeSeconds,
          tunnel1Phase2EncryptionAlgorithms: o.phase2EncryptionAlgorithms,
          tunnel1Phase2IntegrityAlgorithms: o.phase2IntegrityAlgorithms,
          tunnel1Phase2DhGroupNumbers: o.phase2DhGroupNumbers,
          tunnel1Phase2LifetimeSeconds: o.phase2LifetimeSeconds,
          tunnel2InsideCidr: inside(t2),
          tunnel2PresharedKey: keys.keys[t2],
          tunnel2StartupAction: 'start',
          tunnel2DpdTimeoutAction: 'restart',
          tunnel2IkeVersions: o.ikeVersions,
          tunnel2Phase1EncryptionAlgorithms: o.phase1EncryptionAlgorithms,
          tunnel2Phase1IntegrityAlgorithms: o.phase1IntegrityAlgorithms,
          tunnel2Phase1DhGroupNumbers: o.phase1DhGroupNumbers,
          tunnel2Phase1LifetimeSeconds: o.phase1LifetimeSeconds,
          tunnel2Phase2EncryptionAlgorithms: o.phase2EncryptionAlgorithms,
          tunnel2Phase2IntegrityAlgorithms: o.phase2IntegrityAlgorithms,
          tunnel2Phase2DhGroupNumbers: o.phase2DhGroupNumbers,
          tunnel2Phase2LifetimeSeconds: o.phase2LifetimeSeconds,
          tags: { Name: `${props.namePrefix}-azure-instance${i}`, ...hub.tags },
          provider: hub.provider,
        });
      });
      this.tunnelOutsideAddresses = this.vpnConnections.flatMap((c) => [c.tunnel1Address, c.tunnel2Address]);
    } finally {
      endSkip();
    }
  }
}
