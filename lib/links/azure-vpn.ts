import type { LocalNetworkGateway } from '@cdktf/provider-azurerm/lib/local-network-gateway';
import type { VirtualNetworkGatewayConnection } from '@cdktf/provider-azurerm/lib/virtual-network-gateway-connection';
import type { VpnGatewayConnection } from '@cdktf/provider-azurerm/lib/vpn-gateway-connection';
import type { VpnSite } from '@cdktf/provider-azurerm/lib/vpn-site';
import { Lazy } from 'cdktf';
import { Construct } from 'constructs';
import { checked, isUnresolved } from '../core/context';
import { addWarningOnce } from '../core/warnings';
import { AzureHubBase } from '../hubs/azure-hub-base';
import { AzureVpnGateway } from '../hubs/azure-vpn-gateway';
import { fail } from '../plan/errors';
import { AzureIpsecPolicy } from '../plan/ipsec';
import { PeeringAllocation } from '../plan/addressing/peering';
import { guardArgs } from '../core/guard-props';
import { providerModule } from '../core/providers-load';
import { virtualHubVpnLink } from './azure-virtual-hub-vpn-link';
import { skipCreationStacks } from '../core/creation-stacks';

/** One tunnel from the hub's VPN gateway to a remote tunnel endpoint. */
export interface AzureVpnTunnel {
  /** The remote endpoint's public (outside) IP address: usually a token of the remote cloud's gateway. Accepts a Terraform token. */
  readonly remoteAddress: string;
  /** The remote side's BGP ASN. */
  readonly remoteAsn: number;
  /** The gateway instance (0 or 1) the tunnel terminates on: the remote end points at that instance's public IP. */
  readonly instance: number;
  /** The tunnel's inside /30 (Azure APIPA window): the remote end takes the first usable address, Azure the second. */
  readonly insideCidr: PeeringAllocation;
  /**
   * An inside /30 of a tunnel on the other instance. Its Azure address fills the connection's other custom BGP
   * address slot, which Azure does not use for this tunnel but the API needs.
   */
  readonly otherInstanceCidr: PeeringAllocation;
  /** The tunnel's pre-shared key, as a Terraform reference. Accepts a Terraform token. */
  readonly sharedKey: string;
}

/** Props of `AzureVpnLink`. */
export interface AzureVpnLinkProps {
  /** The hub: a hub VNet or a Virtual WAN hub. */
  readonly hub: AzureHubBase;
  /** The hub's active-active VPN gateway. */
  readonly gateway: AzureVpnGateway;
  /** A prefix for the resource names, e.g. `vnet-hub-vpnbackup-aws`. */
  readonly namePrefix: string;
  /** The tunnels, in order. */
  readonly tunnels: AzureVpnTunnel[];
  /** The `ipsec_policy` of every connection. */
  readonly ipsecPolicy: AzureIpsecPolicy;
  /** The `connection_protocol`: `IKEv2` or `IKEv1`. */
  readonly connectionProtocol: string;
  /** Tags. Accepts a Terraform token. @default - the hub's tags */
  readonly tags?: { [key: string]: string };
}

/**
 * The Azure side of a set of BGP-routed IPsec tunnels: per remote tunnel endpoint one local network gateway
 * (`LocalGateway<i>`: the remote outside IP, BGP ASN and BGP peer address) and one connection (`Connection<i>`:
 * IPsec, BGP, an explicit IPsec/IKE policy and the custom APIPA BGP addresses of both gateway instances).
 *
 * `custom_bgp_addresses`: `primary` is an APIPA address of gateway instance 0 (ip configuration `instance-0`),
 * `secondary` one of instance 1; the provider finds each address's ip configuration on the gateway. A tunnel to
 * instance 0's public IP uses only the primary address, a tunnel to instance 1's only the secondary
 * (learn.microsoft.com/azure/vpn-gateway/vpn-gateway-howto-aws-bgp, "Create connections"; azurerm
 * `expandGatewayCustomBgpIPAddresses`). So the tunnel's own address goes in its instance's slot and an address of
 * the other instance fills the other slot. Every address is registered on the gateway's `apipa_addresses`.
 */
export class AzureVpnLink extends Construct {
  /** One local network gateway per remote tunnel endpoint (none on a Virtual WAN hub). */
  public readonly localGateways: LocalNetworkGateway[];
  /** One connection per tunnel (none on a Virtual WAN hub). */
  public readonly connections: VirtualNetworkGatewayConnection[];
  /** On a Virtual WAN hub: the VPN site, one link per remote tunnel endpoint. @default - absent on a hub VNet */
  public readonly vpnSite?: VpnSite;
  /** On a Virtual WAN hub: the VPN connection to the site, one link connection per tunnel. @default - absent on a hub VNet */
  public readonly vpnSiteConnection?: VpnGatewayConnection;

  constructor(scope: Construct, id: string, props: AzureVpnLinkProps) {
    guardArgs('AzureVpnLink', [scope, id, props]);
    super(scope, id);
    const endSkip = skipCreationStacks();
    try {
      const { hub, gateway } = props;
      checked(this, () => props.tunnels.forEach((t, i) => {
        if (t.instance !== 0 && t.instance !== 1) fail(`tunnels[${i}].instance`, t.instance, 'an active-active VPN gateway has instances 0 and 1', 'use 0 or 1');
      }));
      // an existing gateway's peers: a new peer with the same ASN would drop their routes (eBGP loop prevention)
      const clash = props.tunnels.find((t) => !isUnresolved(t.remoteAsn) && gateway.peerAsnsInUse.includes(t.remoteAsn));
      if (clash) {
        addWarningOnce(this, `\`existingVpnGateway.peerAsnsInUse\` holds AS${clash.remoteAsn}, the ASN of the new peer ${props.namePrefix}: the VPN gateway passes routes between its peers, and each peer drops routes whose AS path holds its own ASN (RFC 4271 section 9.1.2), so the existing peer and the new one will not learn each other's prefixes through Azure. Fix: give one of them another ASN, if they should reach each other.`);
      }
      const tags = props.tags ?? hub.tags;
      this.localGateways = [];
      this.connections = [];
      if (gateway.scaleUnits !== undefined) {
        const v = checked(this, () => virtualHubVpnLink(this, { ...props, tags }));
        this.vpnSite = v.site;
        this.vpnSiteConnection = v.connection;
        return;
      }
      const { LocalNetworkGateway } = providerModule(this, 'azurerm/local-network-gateway');
      const { VirtualNetworkGatewayConnection } = providerModule(this, 'azurerm/virtual-network-gateway-connection');
      props.tunnels.forEach((t, i) => {
        const own = gateway._addApipa(t.instance, t.insideCidr);
        const other = gateway._addApipa(1 - t.instance, t.otherInstanceCidr);
        const lgw = new LocalNetworkGateway(this, `LocalGateway${i}`, {
          name: `${props.namePrefix}-lgw${i}`,
          resourceGroupName: hub.resourceGroupName,
          location: hub.location,
          gatewayAddress: t.remoteAddress,
          bgpSettings: {
            asn: t.remoteAsn,
            bgpPeeringAddress: Lazy.stringValue({ produce: () => t.insideCidr.first }),
          },
          tags,
          provider: hub.provider,
        });
        this.localGateways.push(lgw);
        this.connections.push(new VirtualNetworkGatewayConnection(this, `Connection${i}`, {
          name: `${props.namePrefix}-cn${i}`,
          resourceGroupName: hub.resourceGroupName,
          location: hub.location,
          type: 'IPsec',
          virtualNetworkGatewayId: gateway.gatewayId,
          localNetworkGatewayId: lgw.id,
          sharedKey: t.sharedKey,
          enableBgp: true,
          connectionProtocol: props.connectionProtocol,
          ipsecPolicy: { ...props.ipsecPolicy },
          customBgpAddresses: t.instance === 0 ? { primary: own, secondary: other } : { primary: other, secondary: own },
          tags,
          provider: hub.provider,
        }));
      });
    } finally {
      endSkip();
    }
  }
}
