import { TerraformStack, Testing } from 'cdktf';
import { AwsHub } from '../../lib/hubs/aws-hub';
import { AzureHub, AzureHubProps } from '../../lib/hubs/azure-hub';
import { GcpHub } from '../../lib/hubs/gcp-hub';

const AZURE: AzureHubProps = {
  resourceGroupName: 'rg-net',
  location: 'eastus',
  virtualNetworkName: 'vnet-hub',
  addressSpace: ['10.10.0.0/16'],
  gatewaySubnetCidr: '10.10.255.0/27',
};

const stack = () => new TerraformStack(Testing.app(), 'test');
const resources = (s: TerraformStack, type: string): any[] => Object.values(JSON.parse(Testing.synth(s)).resource?.[type] ?? {});

describe('AzureHub', () => {
  test('creates the GatewaySubnet and nothing else until a pattern asks for a gateway', () => {
    const s = stack();
    new AzureHub(s, 'Hub', AZURE);
    expect(resources(s, 'azurerm_subnet')).toEqual([expect.objectContaining({ name: 'GatewaySubnet', address_prefixes: ['10.10.255.0/27'], virtual_network_name: 'vnet-hub' })]);
    expect(resources(s, 'azurerm_virtual_network_gateway')).toHaveLength(0);
  });

  test('one ExpressRoute gateway and one VPN gateway per hub, shared by every caller', () => {
    const s = stack();
    const hub = new AzureHub(s, 'Hub', AZURE);
    expect(hub.expressRouteGateway()).toBe(hub.expressRouteGateway());
    expect(hub.vpnGateway()).toBe(hub.vpnGateway({ sku: 'VpnGw2AZ' }));
    const gws = resources(s, 'azurerm_virtual_network_gateway');
    expect(gws.map((g) => g.type).sort()).toEqual(['ExpressRoute', 'Vpn']);
  });

  test('the VPN gateway is route-based, active-active with BGP and two zonal public IPs', () => {
    const s = stack();
    const hub = new AzureHub(s, 'Hub', AZURE);
    hub.vpnGateway({ asn: 65010 });
    const gw = resources(s, 'azurerm_virtual_network_gateway')[0];
    expect(gw).toMatchObject({ type: 'Vpn', vpn_type: 'RouteBased', active_active: true, enable_bgp: true, sku: 'VpnGw2AZ', generation: 'Generation2' });
    expect(gw.bgp_settings.asn).toBe(65010);
    expect(gw.ip_configuration.map((c: any) => c.name)).toEqual(['instance-0', 'instance-1']);
    expect(gw.bgp_settings.peering_addresses.map((p: any) => p.ip_configuration_name)).toEqual(['instance-0', 'instance-1']);
    expect(resources(s, 'azurerm_public_ip')).toHaveLength(2);
  });

  test('fails when a second caller asks for another gateway SKU', () => {
    const hub = new AzureHub(stack(), 'Hub', AZURE);
    hub.expressRouteGateway({ sku: 'ErGw1AZ' });
    expect(() => hub.expressRouteGateway({ sku: 'ErGw3AZ' })).toThrow(/\[test\/Hub\] `gatewaySku` = "ErGw3AZ": another pattern on this hub asks for its ExpressRoute gateway as ErGw1AZ; a VNet has one ExpressRoute gateway.*Fix: pass the same gatewaySku \(e.g. ErGw3AZ\) on every pattern/);
    hub.vpnGateway();
    expect(() => hub.vpnGateway({ asn: 65020 })).toThrow(/`vpnGateway` = "VpnGw2AZ\/Generation2\/AS65020": another pattern on this hub asks for its VPN gateway as VpnGw2AZ\/Generation2\/AS65515/);
  });

  // The outcome never depends on which pattern was built first: an unset SKU or ASN asks for the default.
  test.each([
    ['explicit first', [{ sku: 'ErGw2AZ' }, {}]],
    ['default first', [{}, { sku: 'ErGw2AZ' }]],
  ])('fails when one caller sets an ExpressRoute gateway SKU and another leaves the default (%s)', (_order, calls) => {
    const hub = new AzureHub(stack(), 'Hub', AZURE);
    expect(() => calls.forEach((c) => hub.expressRouteGateway(c))).toThrow(/`gatewaySku` = .*every pattern attached to it must ask for the same SKU \(a pattern that does not set gatewaySku asks for ErGw1AZ\)/);
  });

  test.each([
    ['explicit first', [{ asn: 65020 }, {}]],
    ['default first', [{}, { asn: 65020 }]],
  ])('fails when one caller sets the VPN gateway ASN and another leaves the default (%s)', (_order, calls) => {
    const hub = new AzureHub(stack(), 'Hub', AZURE);
    expect(() => calls.forEach((c) => hub.vpnGateway(c))).toThrow(/`vpnGateway` = .*a VNet has one VPN gateway/);
  });

  test('callers that agree share one gateway, whichever sets the value', () => {
    const hub = new AzureHub(stack(), 'Hub', AZURE);
    expect(hub.expressRouteGateway({ sku: 'ErGw1AZ' })).toBe(hub.expressRouteGateway());
    expect(hub.vpnGateway({ asn: 65515 })).toBe(hub.vpnGateway());
  });

  test.each([
    [{ sku: 'Basic' }, /`vpnGatewaySku` = "Basic": .*neither BGP nor active-active/],
    [{ sku: 'VpnGw1', generation: 'Generation2' }, /`vpnGatewaySku` = "VpnGw1\/Generation2": not a known/],
    [{ asn: 65517 }, /`azureAsn` = 65517: Azure reserves 65515-65520/],
    [{ asn: 23456 }, /`azureAsn` = 23456: AS 23456 is AS_TRANS/],
  ])('fails when the VPN gateway options are %p', (options, why) => {
    expect(() => new AzureHub(stack(), 'Hub', AZURE).vpnGateway(options)).toThrow(why);
  });

  test('fails when an ExpressRoute gateway SKU is unknown', () => {
    expect(() => new AzureHub(stack(), 'Hub', AZURE).expressRouteGateway({ sku: 'ErGw9AZ' })).toThrow(/`gatewaySku` = "ErGw9AZ": not an ExpressRoute gateway SKU/);
  });

  test.each([
    ['169.254.0.0/16', '169.254.0.0/16 \\(link-local\\)'],
    ['224.1.0.0/16', '224.0.0.0/4 \\(multicast\\)'],
    ['127.0.0.0/16', '127.0.0.0/8 \\(loopback\\)'],
    ['168.63.0.0/16', '168.63.129.16/32'],
    ['255.255.255.255/32', '255.255.255.255/32 \\(broadcast\\)'],
  ])('fails when the address space holds %p, a range Azure refuses', (cidr, why) => {
    const props = { ...AZURE, addressSpace: ['10.10.0.0/16', cidr] };
    expect(() => new AzureHub(stack(), 'Hub', props)).toThrow(new RegExp(`\\[test/Hub\\] \`addressSpace\\[1\\]\` = "${cidr.replace(/\./g, '\\.').replace('/', '\\/')}": it overlaps ${why}.*virtual-networks-faq`));
  });

  test.each([['169.255.0.0/16'], ['223.255.0.0/16'], ['168.63.130.0/24'], ['128.0.0.0/16']])('accepts %p, just outside the reserved ranges', (cidr) => {
    expect(() => new AzureHub(stack(), 'Hub', { ...AZURE, addressSpace: ['10.10.0.0/16', cidr] })).not.toThrow();
  });

  test('fails when the address space is not a list of prefixes', () => {
    expect(() => new AzureHub(stack(), 'Hub', { ...AZURE, addressSpace: ['10.10.0.0'] })).toThrow(/`addressSpace\[0\]` = "10.10.0.0": not a prefix/);
  });
});

describe('AwsHub', () => {
  test('creates a virtual private gateway with the Amazon-side ASN and route propagation', () => {
    const s = stack();
    const hub = new AwsHub(s, 'Aws', { vpcId: 'vpc-1', vpcCidrs: ['10.30.0.0/16'], amazonSideAsn: 64600, routeTableIds: ['rtb-1', 'rtb-2'] });
    expect(resources(s, 'aws_vpn_gateway')).toEqual([expect.objectContaining({ vpc_id: 'vpc-1', amazon_side_asn: '64600' })]);
    expect(resources(s, 'aws_vpn_gateway_route_propagation').map((r) => r.route_table_id)).toEqual(['rtb-1', 'rtb-2']);
    expect(hub.usesTransitGateway).toBe(false);
    expect(hub.amazonSideAsn).toBe(64600);
  });

  test('uses an existing transit gateway instead', () => {
    const s = stack();
    const hub = new AwsHub(s, 'Aws', { vpcId: 'vpc-1', vpcCidrs: ['10.30.0.0/16'], transitGatewayId: 'tgw-1', transitGatewayAsn: 64700 });
    expect(resources(s, 'aws_vpn_gateway')).toHaveLength(0);
    expect(hub.gatewayId).toBe('tgw-1');
    expect(hub.amazonSideAsn).toBe(64700);
  });

  test('fails when the Amazon-side ASN is not private', () => {
    expect(() => new AwsHub(stack(), 'Aws', { vpcId: 'vpc-1', vpcCidrs: ['10.30.0.0/16'], amazonSideAsn: 7224 })).toThrow(/`amazonSideAsn` = 7224: .*must be private/);
  });

  test('fails when transitGatewayAsn is given without a transit gateway', () => {
    expect(() => new AwsHub(stack(), 'Aws', { vpcId: 'vpc-1', vpcCidrs: ['10.30.0.0/16'], transitGatewayAsn: 64700 })).toThrow(/`transitGatewayAsn`/);
  });
});

describe('GcpHub', () => {
  test('VPN and Partner Interconnect use separate Cloud Routers, the partner one on ASN 16550', () => {
    const s = stack();
    const hub = new GcpHub(s, 'Gcp', { project: 'p', region: 'us-east4', network: 'vpc', subnetCidrs: ['10.40.0.0/20'] });
    hub.vpnRouter();
    hub.partnerInterconnectRouter();
    hub.partnerInterconnectRouter();
    const routers = resources(s, 'google_compute_router');
    expect(routers.map((r) => [r.name, r.bgp.asn]).sort()).toEqual([['gcp-partner-router', 16550], ['gcp-vpn-router', 64514]]);
  });

  test('fails when the VPN router ASN is public', () => {
    expect(() => new GcpHub(stack(), 'Gcp', { project: 'p', region: 'us-east4', network: 'n', subnetCidrs: ['10.40.0.0/20'], vpnRouterAsn: 3356 })).toThrow(/`vpnRouterAsn` = 3356: a Cloud Router ASN must be private/);
  });
});
