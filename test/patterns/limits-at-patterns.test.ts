import { TerraformStack, Testing } from 'cdktf';
import { AwsHub } from '../../lib/hubs/aws-hub';
import { AzureHub, AzureHubProps } from '../../lib/hubs/azure-hub';
import { GcpHub } from '../../lib/hubs/gcp-hub';
import { ExpressRouteLink } from '../../lib/links/expressroute';
import { S2SVpnBackup } from '../../lib/patterns/s2s-vpn-backup';
import { ConnectivityReport } from '../../lib/report/connectivity-report';
import { EXPRESSROUTE_PEERING_LOCATIONS } from '../../lib/plan/facts/regions';
import { expectValidationError } from '../support/errors';

// Every SKU and session limit at N and N+1 where it applies (limits.ts, each figure with its source; the table
// itself is pinned in test/plan/limits-table.test.ts).

const AZURE: AzureHubProps = { resourceGroupName: 'rg', location: 'eastus', virtualNetworkName: 'vnet', addressSpace: ['10.10.0.0/16'], gatewaySubnetCidr: '10.10.255.0/27' };
const stack = () => new TerraformStack(Testing.app(), 'test');
const warningsOf = (c: { node: { metadata: Array<{ type: string; data: unknown }> } }) => c.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
const locations = EXPRESSROUTE_PEERING_LOCATIONS.names;

describe('ExpressRoute circuits linked to one gateway: ErGw1AZ 4, ErGw2AZ 8, ErGw3AZ 16 (includes/expressroute-limits.md)', () => {
  test.each([['ErGw1AZ', 4, /ErGw2AZ \(8\) or ErGw3AZ \(16\)/], ['ErGw2AZ', 8, /ErGw3AZ \(16\)/], ['ErGw3AZ', 16, /connect fewer circuits to this hub/]])('%s: %p circuits from different peering locations connect, one more fails', (sku, n, fix) => {
    // GIVEN
    const s = stack();
    const azure = new AzureHub(s, 'Azure', AZURE);
    const circuit = (i: number) => new ExpressRouteLink(s, `Er${i}`, { hub: azure, serviceProviderName: 'Equinix', peeringLocation: locations[i], bandwidthMbps: 1000, gatewaySku: sku as string });
    // WHEN / THEN: N is fine
    for (let i = 0; i < (n as number); i++) expect(() => circuit(i)).not.toThrow();
    // N + 1 fails, naming the SKU
    expectValidationError(() => circuit(n as number), {
      path: `test/Er${n}`, property: 'gatewaySku', value: sku, rule: new RegExp(`an ${sku} ExpressRoute gateway takes at most ${n} circuits linked to its virtual network \\(includes/expressroute-limits\\.md\\); this hub would have ${(n as number) + 1}`), fix,
    });
  });
});

describe('a circuit faster than its ExpressRoute gateway is warned about (includes/expressroute-gateway-performance-include.md)', () => {
  test.each([['ErGw1AZ', 1000, 2000, /ErGw2AZ or ErGw3AZ/], ['ErGw2AZ', 2000, 5000, /ErGw3AZ/]])('%s: %p Mbit/s is fine, %p Mbit/s warns', (sku, fits, faster, fix) => {
    const s = stack();
    const azure = new AzureHub(s, 'Azure', AZURE);
    const ok = new ExpressRouteLink(s, 'Fits', { hub: azure, serviceProviderName: 'Equinix', peeringLocation: 'Washington DC', bandwidthMbps: fits as number, gatewaySku: sku as string });
    const slow = new ExpressRouteLink(s, 'Faster', { hub: azure, serviceProviderName: 'Equinix', peeringLocation: 'Chicago', bandwidthMbps: faster as number, gatewaySku: sku as string });
    expect(warningsOf(ok)).toEqual([]);
    expect(warningsOf(slow)).toEqual([expect.stringMatching(new RegExp(`^\`bandwidthMbps\` = ${faster}: the circuit carries ${faster} Mbit/s but the ${sku} ExpressRoute gateway forwards at most ${fits} Mbit/s .*Fix: set gatewaySku to ${fix.source}`))]);
  });
});

describe('VNet routes advertised to ExpressRoute: 1,000 (includes/expressroute-limits.md)', () => {
  const space = (n: number) => Array.from({ length: n }, (_, i) => `10.${100 + Math.floor(i / 256)}.${i % 256}.0/24`);
  test('1,000 prefixes connect; 1,001 fail, naming addressSpace', () => {
    const circuit = (n: number) => {
      const s = stack();
      const azure = new AzureHub(s, 'Azure', { ...AZURE, addressSpace: ['10.10.0.0/16', ...space(n - 1)] });
      return new ExpressRouteLink(s, 'Er', { hub: azure, serviceProviderName: 'Equinix', peeringLocation: 'Washington DC', bandwidthMbps: 1000 });
    };
    expect(() => circuit(1000)).not.toThrow();
    expectValidationError(() => circuit(1001), { property: 'addressSpace', value: '1001 prefixes', rule: /advertises at most 1000 VNet routes/, fix: /summarise/ });
  });
});

describe('Azure VPN gateway site-to-site connections: 30 on VpnGw1-3(AZ), 100 on VpnGw4-5(AZ) (about-gateway-skus)', () => {
  // each VPN to AWS takes 4 connections, to Google 2: the counts reachable around a limit are N and N + 2
  const vpns = (sku: string, aws: number, gcp: number) => {
    const s = stack();
    const azure = new AzureHub(s, 'Azure', AZURE);
    const make = (i: number, cloud: 'aws' | 'gcp') => new S2SVpnBackup(s, `Vpn${cloud}${i}`, {
      azure, vpnGatewaySku: sku,
      ...(cloud === 'aws'
        ? { aws: new AwsHub(s, `Aws${i}`, { vpcId: `vpc-${i}`, vpcCidrs: [`10.${20 + i}.0.0/16`], region: 'us-east-1' }) }
        : { gcp: new GcpHub(s, `Gcp${i}`, { project: 'p', region: 'us-east4', network: `n${i}`, subnetCidrs: [`10.${150 + i}.0.0/20`] }) }),
    });
    for (let i = 0; i < aws; i++) make(i, 'aws');
    for (let i = 0; i < gcp; i++) make(i, 'gcp');
  };
  test('VpnGw2AZ: 30 connections (7 AWS + 1 Google) pass, 32 fail', () => {
    expect(() => vpns('VpnGw2AZ', 7, 1)).not.toThrow();
    expectValidationError(() => vpns('VpnGw2AZ', 7, 2), { path: 'test/Vpngcp1', property: 'vpnGatewaySku', value: 'VpnGw2AZ', rule: /would carry 32 site-to-site connections .*VpnGw2AZ supports 30/, fix: /VpnGw4AZ or VpnGw5AZ/ });
  });
  test('VpnGw4AZ: 100 connections (25 AWS) pass, 102 fail', () => {
    expect(() => vpns('VpnGw4AZ', 25, 0)).not.toThrow();
    expectValidationError(() => vpns('VpnGw4AZ', 25, 1), { property: 'vpnGatewaySku', value: 'VpnGw4AZ', rule: /would carry 102 site-to-site connections .*VpnGw4AZ supports 100/, fix: /split the peers/ });
  });
});

describe('AWS Site-to-Site VPN: 100 routes from a customer gateway (vpn-limits.html), at S2SVpnBackup', () => {
  // every AWS tunnel receives the VNet and Google's subnets through the Azure gateway (a BGP transit)
  const app = (subnets: number) => {
    const s = stack();
    const azure = new AzureHub(s, 'Azure', AZURE);
    const aws = new AwsHub(s, 'Aws', { vpcId: 'vpc-1', vpcCidrs: ['10.30.0.0/16'], region: 'us-east-1' });
    const gcp = new GcpHub(s, 'Gcp', { project: 'p', region: 'us-east4', network: 'n', subnetCidrs: Array.from({ length: subnets }, (_, i) => `10.40.${i}.0/24`) });
    new S2SVpnBackup(s, 'Vpn', { azure, aws, gcp });
    return ConnectivityReport.validateStack(s);
  };
  test('100 prefixes (the VNet and 99 subnets) pass with a warning; 101 fail, naming gcp.subnetCidrs', () => {
    expect(app(99)).toEqual([]);
    const errors = app(100);
    expect(errors).toHaveLength(4); // one per AWS tunnel
    for (const e of errors) expect(e).toMatch(/^\[test\/Vpn\] `gcp\.subnetCidrs` = "101 prefixes": .*accepts at most 100 prefixes on a session and receives 101 % of it: 101 of 100 .*vpn-limits\.html/);
  });
});
