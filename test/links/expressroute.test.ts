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
