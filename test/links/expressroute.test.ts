import { ExpressRouteFamily, ExpressRouteLink, ExpressRouteLinkProps, ExpressRouteTier } from '../../lib/links/expressroute';
import { ExpressRouteDirectPort } from '../../lib/links/expressroute-port';
import { hubsStack, resourcesOf } from '../support/fixtures';

function er(props: Partial<ExpressRouteLinkProps> = {}) {
  const h = hubsStack();
  const link = new ExpressRouteLink(h.stack, 'Er', { hub: h.azure, serviceProviderName: 'Equinix', peeringLocation: 'Washington DC', bandwidthMbps: 1000, ...props });
  return { ...h, link };
}

describe('ExpressRouteLink', () => {
  test('a provider circuit, the hub\'s ExpressRoute gateway and the connection between them', () => {
    // GIVEN / WHEN
    const { stack, link } = er();
    // THEN
    expect(Object.values(resourcesOf(stack, 'azurerm_express_route_circuit'))[0]).toMatchObject({
      service_provider_name: 'Equinix', peering_location: 'Washington DC', bandwidth_in_mbps: 1000, sku: { tier: 'Standard', family: 'MeteredData' },
      lifecycle: { prevent_destroy: true },
    });
    expect(Object.values(resourcesOf(stack, 'azurerm_virtual_network_gateway_connection'))[0]).toMatchObject({ type: 'ExpressRoute', routing_weight: 0 });
    expect(link.bandwidthMbps).toBe(1000);
  });

  test('no connection when connect is false (apply 1 through a provider)', () => {
    const { stack, link } = er({ connect: false });
    expect(link.connection).toBeUndefined();
    expect(Object.keys(resourcesOf(stack, 'azurerm_virtual_network_gateway_connection'))).toHaveLength(0);
  });

  test('a Local circuit defaults to UnlimitedData', () => {
    const { stack } = er({ skuTier: ExpressRouteTier.LOCAL });
    expect(Object.values(resourcesOf(stack, 'azurerm_express_route_circuit'))[0].sku).toEqual({ tier: 'Local', family: 'UnlimitedData' });
  });

  test('fails when a Local circuit is metered', () => {
    expect(() => er({ skuTier: ExpressRouteTier.LOCAL, skuFamily: ExpressRouteFamily.METERED_DATA })).toThrow(/`skuFamily` = "MeteredData"/);
  });

  test('fails when the bandwidth is not a provider circuit size, and names it with the prefix', () => {
    expect(() => er({ bandwidthMbps: 1500 })).toThrow(/`bandwidthMbps` = 1500/);
    expect(() => er({ bandwidthMbps: 1500, propertyPrefix: 'azure' })).toThrow(/`azureBandwidthMbps` = 1500/);
  });

  test('fails when a provider circuit has no provider', () => {
    expect(() => er({ serviceProviderName: undefined })).toThrow(/`serviceProviderName`/);
  });

  test('fails when FastPath is asked of a gateway without it', () => {
    expect(() => er({ fastPath: true, gatewaySku: 'ErGw1AZ' })).toThrow(/`fastPath`/);
  });

  test('ExpressRoute Direct: fails when the circuit does not fit the port', () => {
    const h = hubsStack();
    expect(() => new ExpressRouteLink(h.stack, 'Er', { hub: h.azure, expressRoutePortId: '/subscriptions/x/resourceGroups/y/providers/Microsoft.Network/expressRoutePorts/z', portBandwidthGbps: 10, bandwidthGbps: 40 }))
      .toThrow(/`bandwidthGbps` = 40/);
  });
});

describe('ExpressRouteLink.addPrivatePeering', () => {
  test('claims the two /30s and the VLAN, and the connection waits for the peering', () => {
    // GIVEN
    const { stack, link } = er();
    // WHEN
    const peering = link.addPrivatePeering({ peerAsn: 65010, vlan: 100, peeringCidrs: ['192.168.254.0/30', '192.168.254.4/30'] });
    // THEN
    expect(peering.peeringSubnets.map((s) => s.text)).toEqual(['192.168.254.0/30', '192.168.254.4/30']);
    expect(Object.values(resourcesOf(stack, 'azurerm_express_route_circuit_peering'))[0]).toMatchObject({
      peering_type: 'AzurePrivatePeering', peer_asn: 65010, vlan_id: 100, primary_peer_address_prefix: '192.168.254.0/30', secondary_peer_address_prefix: '192.168.254.4/30',
    });
    const [peeringName] = Object.keys(resourcesOf(stack, 'azurerm_express_route_circuit_peering'));
    expect(Object.values(resourcesOf(stack, 'azurerm_virtual_network_gateway_connection'))[0].depends_on).toEqual([`azurerm_express_route_circuit_peering.${peeringName}`]);
  });

  test('draws the /30s from peeringRange and generates the key; with create false declares no peering', () => {
    const { stack, link } = er({ connect: false });
    const peering = link.addPrivatePeering({ peerAsn: 65010, vlan: 100, peeringRange: ['192.168.250.0/24'], generateMd5Key: true, create: false });
    expect(peering.resource).toBeUndefined();
    expect(peering.peeringSubnets.every((s) => s.text.startsWith('192.168.250.'))).toBe(true);
    expect(peering.generatedMd5Key).toBeDefined();
    expect(peering.md5KeyOutput).toBeDefined();
    expect(Object.keys(resourcesOf(stack, 'azurerm_express_route_circuit_peering'))).toHaveLength(0);
  });

  test('fails when the VLAN is claimed twice on the circuit', () => {
    const { link } = er();
    link.addPrivatePeering({ peerAsn: 65010, vlan: 100, peeringCidrs: ['192.168.254.0/30', '192.168.254.4/30'], peeringKeyPrefix: 'a', create: false });
    expect(() => link.addPrivatePeering({ peerAsn: 65010, vlan: 100, peeringCidrs: ['192.168.254.8/30', '192.168.254.12/30'], peeringKeyPrefix: 'b', create: false, propertyPrefix: 'azure' }))
      .toThrow(/`azureVlan` = 100/);
  });

  test('fails when a /30 overlaps a network range', () => {
    const { link } = er();
    expect(() => link.addPrivatePeering({ peerAsn: 65010, vlan: 100, peeringCidrs: ['10.10.0.0/30', '192.168.254.4/30'], peeringAvoidRanges: ['10.10.0.0/16'], propertyPrefix: 'azure' }))
      .toThrow(/`azurePeeringCidrs\[0\]`.*overlaps the network range 10.10.0.0\/16/);
  });

  test('fails when there are neither /30s nor a range', () => {
    const { link } = er();
    expect(() => link.addPrivatePeering({ peerAsn: 65010, vlan: 100 })).toThrow(/`peeringCidrs\[0\]`.*needs a BGP subnet/);
  });
});

describe('ExpressRouteDirectPort', () => {
  test('a port at the peering location with Dot1Q by default', () => {
    const h = hubsStack();
    const port = new ExpressRouteDirectPort(h.stack, 'Port', { hub: h.azure, peeringLocation: 'Equinix-Ashburn-DC2', bandwidthGbps: 10 });
    expect(Object.values(resourcesOf(h.stack, 'azurerm_express_route_port'))[0]).toMatchObject({ peering_location: 'Equinix-Ashburn-DC2', bandwidth_in_gbps: 10, encapsulation: 'Dot1Q' });
    expect(port.bandwidthGbps).toBe(10);
  });

  test('fails when the port speed is not 10 or 100 Gbit/s', () => {
    const h = hubsStack();
    expect(() => new ExpressRouteDirectPort(h.stack, 'Port', { hub: h.azure, peeringLocation: 'Equinix-Ashburn-DC2', bandwidthGbps: 40, propertyPrefix: 'expressRoutePort' }))
      .toThrow(/`expressRoutePortBandwidthGbps` = 40/);
  });

  test('fails when MACsec settings come without a cipher', () => {
    const h = hubsStack();
    expect(() => new ExpressRouteDirectPort(h.stack, 'Port', { hub: h.azure, peeringLocation: 'Equinix-Ashburn-DC2', bandwidthGbps: 10, macsecSciEnabled: true }))
      .toThrow(/`macsecCipher`/);
  });
});
