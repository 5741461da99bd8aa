// The Azure side of a set of BGP-routed IPsec tunnels on a Virtual WAN hub: one VPN site with a link per remote
// tunnel endpoint, and one VPN connection from the hub's VPN gateway to the site with a link connection per link.
import type { VpnGatewayConnection } from '@cdktf/provider-azurerm/lib/vpn-gateway-connection';
import type { VpnSite } from '@cdktf/provider-azurerm/lib/vpn-site';
import { Lazy } from 'cdktf';
import { Construct } from 'constructs';
import { providerModule } from '../core/providers-load';
import { fail } from '../plan/errors';
import { VIRTUAL_WAN, VIRTUAL_WAN_SOURCE } from '../plan/facts/virtual-wan';
import type { AzureVpnLinkProps } from './azure-vpn';

/** What a Virtual WAN hub's side of the tunnels to one peer creates. */
export interface VirtualHubVpnResources {
  readonly site: VpnSite;
  readonly connection: VpnGatewayConnection;
}

/**
 * The VPN site (`Site`) and connection (`Connection`) of one peer on a Virtual WAN hub. Each site link is one
 * remote tunnel endpoint, with the remote BGP address and ASN. A link connection is two tunnels, one from each hub
 * gateway instance (${VIRTUAL_WAN_SOURCE.links}); its custom BGP addresses give the tunnel's own APIPA address to
 * the instance the remote end expects and an address of the other instance's tunnel to the other, as on a hub VNet
 * (azurerm v4.55.0 vpn_gateway_connection_resource.go:288-306: one `custom_bgp_address` per ip configuration). A
 * remote end that accepts one Azure instance only (AWS: the customer gateway is one address) leaves the other
 * instance's tunnel of the link down; the routing model records only the tunnels the remote ends accept.
 */
export function virtualHubVpnLink(scope: Construct, spec: AzureVpnLinkProps): VirtualHubVpnResources {
  const { hub, gateway, tunnels } = spec;
  if (tunnels.length > VIRTUAL_WAN.maxLinksPerSite) {
    fail('tunnels', tunnels.length, `a Virtual WAN VPN site has at most ${VIRTUAL_WAN.maxLinksPerSite} links (${VIRTUAL_WAN_SOURCE.limits})`, `give at most ${VIRTUAL_WAN.maxLinksPerSite} tunnels per peer`);
  }
  const { VpnSite } = providerModule(scope, 'azurerm/vpn-site');
  const { VpnGatewayConnection } = providerModule(scope, 'azurerm/vpn-gateway-connection');
  const site = new VpnSite(scope, 'Site', {
    name: `${spec.namePrefix}-site`,
    resourceGroupName: hub.resourceGroupName,
    location: hub.location,
    virtualWanId: gateway.virtualWanId!,
    // BGP on every link: the site needs no address_cidrs (the remote prefixes come over BGP)
    link: tunnels.map((t, i) => ({
      name: `link${i}`,
      ipAddress: t.remoteAddress,
      bgp: { asn: t.remoteAsn, peeringAddress: Lazy.stringValue({ produce: () => t.insideCidr.first }) },
    })),
    tags: spec.tags,
    provider: hub.provider,
  });
  const p = spec.ipsecPolicy;
  const connection = new VpnGatewayConnection(scope, 'Connection', {
    name: `${spec.namePrefix}-cn`,
    vpnGatewayId: gateway.gatewayId,
    remoteVpnSiteId: site.id,
    vpnLink: tunnels.map((t, i) => {
      const own = gateway._addApipa(t.instance, t.insideCidr);
      const other = gateway._addApipa(1 - t.instance, t.otherInstanceCidr);
      return {
        name: `link${i}`,
        vpnSiteLinkId: site.link.get(i).id,
        bgpEnabled: true,
        sharedKey: t.sharedKey,
        protocol: spec.connectionProtocol,
        ipsecPolicy: [{
          dhGroup: p.dhGroup,
          pfsGroup: p.pfsGroup,
          ikeEncryptionAlgorithm: p.ikeEncryption,
          ikeIntegrityAlgorithm: p.ikeIntegrity,
          encryptionAlgorithm: p.ipsecEncryption,
          integrityAlgorithm: p.ipsecIntegrity,
          saLifetimeSec: p.saLifetime,
          // required here (${VIRTUAL_WAN_SOURCE.saDataSize})
          saDataSizeKb: VIRTUAL_WAN.saDataSizeKb,
        }],
        customBgpAddress: [
          { ipAddress: t.instance === 0 ? own : other, ipConfigurationId: gateway.ipConfigurationNames[0] },
          { ipAddress: t.instance === 1 ? own : other, ipConfigurationId: gateway.ipConfigurationNames[1] },
        ],
      };
    }),
    provider: hub.provider,
  });
  return { site, connection };
}
