import { BudgetLevel } from '../../lib/plan/routing/budget';
import { Cloud } from '../../lib/plan/facts/clouds';
import { PREFIX_LIMITS, SessionType } from '../../lib/plan/facts/limits';
import { ConnectivityModel, LinkKind, LinkRecord, LinkRole } from '../../lib/plan/routing/model';
import { ThroughputKind } from '../../lib/plan/routing/paths';
import { ConnectivitySnapshot, RoutePropagation } from '../../lib/plan/routing/propagation';
import { AWS, AZ, erToOracle, GCP, hub, link, OCI, prefixes, session, speaker, vpn } from './model-fixtures';

const HUBS = [hub(AZ, Cloud.AZURE, ['10.10.0.0/16']), hub(OCI, Cloud.OCI, ['10.20.0.0/16'], { advertised: ['10.20.1.0/24', '10.20.2.0/24'] }), hub(AWS, Cloud.AWS, ['10.30.0.0/16']), hub(GCP, Cloud.GCP, ['10.40.0.0/20'])];

/** Azure and AWS meet at a customer router over ExpressRoute (two sessions) and Direct Connect (one session). */
function layer2(opts: { azRanges?: string[]; filter?: string[]; onPrem?: string[]; awsRanges?: string[] } = {}): LinkRecord[] {
  const cr = speaker('app/L2/customer-router', Cloud.CUSTOMER, 65010, opts.onPrem ?? ['192.168.0.0/16'], SessionType.CUSTOMER_ROUTER, { advertiseFilter: opts.filter });
  const er = link('app/L2/er', LinkKind.LAYER2, LinkRole.PRIMARY, [Cloud.AZURE, Cloud.CUSTOMER], [AZ], ['primary', 'secondary'].map((n) => session('app/L2/er', n,
    speaker(`app/L2/er/msee-${n}`, Cloud.AZURE, 12076, opts.azRanges ?? ['10.10.0.0/16'], SessionType.EXPRESSROUTE_PRIVATE, { hub: AZ }), cr, { vlan: 100, vlanDomain: 'app/L2/er/circuit' })),
  { pattern: 'L2ProviderMultiCloud', circuitMbps: 2000, gatewayMbps: 1000, gatewayName: 'ExpressRoute gateway ErGw1AZ' });
  const dx = link('app/L2/dx', LinkKind.LAYER2, LinkRole.PRIMARY, [Cloud.AWS, Cloud.CUSTOMER], [AWS], [session('app/L2/dx', 'vif',
    speaker('app/L2/dx/dxgw', Cloud.AWS, 64512, opts.awsRanges ?? ['10.30.0.0/16'], SessionType.AWS_DX_PRIVATE_VIF, { hub: AWS }), cr, { vlan: 200, vlanDomain: 'port-1' })],
  { pattern: 'L2ProviderMultiCloud', circuitMbps: 500 });
  return [er, dx];
}

const snap = (links: LinkRecord[]): ConnectivitySnapshot => ({ hubs: HUBS, links });
const speakerOf = (r: ReturnType<typeof RoutePropagation.compute>, node: string) => r.speakers.find((s) => s.node === node)!;
const receivedPrefixes = (r: ReturnType<typeof RoutePropagation.compute>, node: string) => [...new Set(speakerOf(r, node).received.map((x) => x.prefix))].sort();

describe('RoutePropagation: who receives what', () => {
  test('each side of a cloud-to-cloud interconnect receives the other hub\'s advertised prefixes, from the other side', () => {
    const r = RoutePropagation.compute(snap([erToOracle()]));
    const msee = speakerOf(r, 'app/Er/msee-primary');
    expect(msee.transit).toBe(false);
    expect(msee.received.map((x) => [x.prefix, x.fromNode, x.session, x.asPath, x.best])).toEqual([
      ['10.20.1.0/24', 'app/Er/fc-primary', 'app/Er/primary', [31898], true],
      ['10.20.2.0/24', 'app/Er/fc-primary', 'app/Er/primary', [31898], true],
    ]);
    expect(receivedPrefixes(r, 'app/Er/fc-secondary')).toEqual(['10.10.0.0/16']);
  });

  test('a speaker with an export list sends exactly that list on the session: filtered routes keep their path, aggregates are its own', () => {
    const [er, dx] = layer2({ onPrem: ['172.16.0.0/16', '172.17.0.0/16'] });
    // the customer router sends AWS the Azure range and the on-premises aggregate only (what its FRR prefix list says)
    const cr = dx.sessions[0].b;
    const dxExport = { ...dx, sessions: [{ ...dx.sessions[0], b: { ...cr, exports: ['10.10.0.0/16', '172.16.0.0/15'] } }] };
    const r = RoutePropagation.compute(snap([er, dxExport]));
    const dxgw = speakerOf(r, 'app/L2/dx/dxgw');
    expect(dxgw.received.map((x) => [x.prefix, x.asPath])).toEqual([
      ['10.10.0.0/16', [65010, 12076]],
      ['172.16.0.0/15', [65010]],
    ]);
    // the budget counts what is sent, not what default re-advertisement would send
    const budget = r.budgets.find((b) => b.session === 'app/L2/dx/vif' && b.receiverNode === 'app/L2/dx/dxgw')!;
    expect(budget.used).toBe(2);
  });

  test('a peer with allowas-in takes its own routes back from a transit peer as a second, longer path (as FRR does)', () => {
    const edge = speaker('app/L3/msee', Cloud.AZURE, 12076, ['10.10.0.0/16'], SessionType.EXPRESSROUTE_PRIVATE, { hub: AZ });
    const vrf = speaker('app/L3/vrf-azure', Cloud.CUSTOMER, 65101, [], SessionType.CUSTOMER_ROUTER, { transit: true, allowAsIn: true });
    const cr = speaker('app/L3/customer', Cloud.CUSTOMER, 65030, [], SessionType.CUSTOMER_ROUTER, { transit: true });
    const l3 = link('app/L3', LinkKind.LAYER3, LinkRole.PRIMARY, [Cloud.AZURE, Cloud.CUSTOMER], [AZ], [
      session('app/L3', 'azure', vrf, edge),
      session('app/L3', 'customer', cr, vrf),
    ]);
    const r = RoutePropagation.compute(snap([l3]));
    const got = speakerOf(r, 'app/L3/vrf-azure').received.filter((x) => x.prefix === '10.10.0.0/16');
    expect(got.map((x) => [x.fromNode, x.asPath, x.best]).sort()).toEqual([
      ['app/L3/customer', [65030, 65101, 12076], false],
      ['app/L3/msee', [12076], true],
    ]);
    // without allowas-in the customer router's copy is not counted
    const plain = link('app/L3', LinkKind.LAYER3, LinkRole.PRIMARY, [Cloud.AZURE, Cloud.CUSTOMER], [AZ], [
      session('app/L3', 'azure', { ...vrf, allowAsIn: false }, edge),
      session('app/L3', 'customer', cr, { ...vrf, allowAsIn: false }),
    ]);
    expect(speakerOf(RoutePropagation.compute(snap([plain])), 'app/L3/vrf-azure').received.filter((x) => x.prefix === '10.10.0.0/16')).toHaveLength(1);
  });

  test('cloud edges do not transit: AWS behind an Azure VPN never learns OCI behind Azure ExpressRoute', () => {
    const r = RoutePropagation.compute(snap([erToOracle(), vpn('app/Vpn/aws', Cloud.AWS, AWS, 64512, ['10.30.0.0/16'], SessionType.AWS_VPN, 2)]));
    expect(receivedPrefixes(r, 'app/Vpn/aws/peer-tunnel0')).toEqual(['10.10.0.0/16']);
    expect(receivedPrefixes(r, 'app/Er/fc-primary')).toEqual(['10.10.0.0/16']);
    // the Azure VPN gateway instance learns AWS only
    expect(receivedPrefixes(r, `${AZ}/VpnGateway/instance-0`)).toEqual(['10.30.0.0/16']);
  });

  test('a customer router re-advertises what it learns: AWS learns Azure through it, with the AS path', () => {
    const r = RoutePropagation.compute(snap(layer2()));
    const dxgw = speakerOf(r, 'app/L2/dx/dxgw');
    expect(receivedPrefixes(r, 'app/L2/dx/dxgw')).toEqual(['10.10.0.0/16', '192.168.0.0/16']);
    const azure = dxgw.received.find((x) => x.prefix === '10.10.0.0/16')!;
    expect(azure).toMatchObject({ fromNode: 'app/L2/customer-router', originHub: AZ, asPath: [65010, 12076], best: true });
    expect(azure.sessionPath).toHaveLength(2);
    expect(receivedPrefixes(r, 'app/L2/er/msee-primary')).toEqual(['10.30.0.0/16', '192.168.0.0/16']);
    const cr = speakerOf(r, 'app/L2/customer-router');
    expect(cr.transit).toBe(true);
    // one best route per prefix, though both ExpressRoute sessions deliver the VNet
    expect(cr.received.filter((x) => x.prefix === '10.10.0.0/16').map((x) => x.best).sort()).toEqual([false, true]);
  });

  test('loop prevention: the router does not send the secondary Microsoft edge the VNet it learned from the primary (AS12076 is on its path), so it is not counted', () => {
    const r = RoutePropagation.compute(snap(layer2()));
    expect(speakerOf(r, 'app/L2/er/msee-secondary').rejected).toEqual([]);
    const toSecondary = r.budgets.filter((b) => b.receiverNode === 'app/L2/er/msee-secondary');
    expect(toSecondary.length).toBeGreaterThan(0);
    for (const b of toSecondary) expect(b.prefixes).not.toContain('10.10.0.0/16');
  });

  test('an advertise filter on the customer router limits what it re-advertises (its own ranges always go)', () => {
    const r = RoutePropagation.compute(snap(layer2({ azRanges: ['10.10.0.0/16', '10.11.0.0/16'], filter: ['10.11.0.0/16'] })));
    expect(receivedPrefixes(r, 'app/L2/dx/dxgw')).toEqual(['10.11.0.0/16', '192.168.0.0/16']);
  });

  test('routes converge on a loop of two transit routers and the result is the same in any order', () => {
    const r1 = speaker('app/X/r1', Cloud.CUSTOMER, 65001, ['192.168.1.0/24'], SessionType.CUSTOMER_ROUTER);
    const r2 = speaker('app/X/r2', Cloud.CUSTOMER, 65002, ['192.168.2.0/24'], SessionType.CUSTOMER_ROUTER);
    const az = speaker('app/X/msee', Cloud.AZURE, 12076, ['10.10.0.0/16'], SessionType.EXPRESSROUTE_PRIVATE, { hub: AZ });
    const aws = speaker('app/X/vgw', Cloud.AWS, 64512, ['10.30.0.0/16'], SessionType.AWS_VPN, { hub: AWS });
    const links = [
      link('app/X/a', LinkKind.LAYER2, LinkRole.PRIMARY, [Cloud.AZURE, Cloud.CUSTOMER], [AZ], [session('app/X/a', 's', az, r1)]),
      link('app/X/b', LinkKind.LAYER3, LinkRole.PRIMARY, [Cloud.CUSTOMER], [], [session('app/X/b', 's', r1, r2)]),
      link('app/X/c', LinkKind.VPN, LinkRole.PRIMARY, [Cloud.AWS, Cloud.CUSTOMER], [AWS], [session('app/X/c', 's', r2, aws)]),
      link('app/X/d', LinkKind.LAYER3, LinkRole.BACKUP, [Cloud.CUSTOMER], [], [session('app/X/d', 's', r2, r1)]),
    ];
    const a = RoutePropagation.compute(snap(links));
    const b = RoutePropagation.compute(snap([...links].reverse()));
    expect(b).toEqual(a);
    const vgw = speakerOf(a, 'app/X/vgw').received.find((x) => x.prefix === '10.10.0.0/16')!;
    expect(vgw.asPath).toEqual([65002, 65001, 12076]);
  });

  test('reads a ConnectivityModel', () => {
    const m = new ConnectivityModel();
    HUBS.forEach((h) => m.addHub(h));
    m._addLink(() => erToOracle());
    const s = RoutePropagation.snapshot(m);
    expect(s.links.map((l) => l.id)).toEqual(['app/Er']);
    expect(RoutePropagation.compute(s).speakers).toHaveLength(4);
  });
});

describe('RoutePropagation: prefix budgets per session', () => {
  test('each receiving side of each session: used, limit, percent and source', () => {
    const r = RoutePropagation.compute(snap([erToOracle()]));
    const toAzure = r.budgets.find((b) => b.session === 'app/Er/primary' && b.receiverCloud === Cloud.AZURE)!;
    expect(toAzure).toMatchObject({ receiverNode: 'app/Er/msee-primary', senderNode: 'app/Er/fc-primary', sessionType: SessionType.EXPRESSROUTE_PRIVATE, used: 2, limit: 4000, percent: 0.1, level: BudgetLevel.OK, verify: false });
    expect(toAzure.source).toBe(PREFIX_LIMITS[SessionType.EXPRESSROUTE_PRIVATE].source);
    const toOci = r.budgets.find((b) => b.session === 'app/Er/primary' && b.receiverCloud === Cloud.OCI)!;
    expect(toOci).toMatchObject({ used: 1, level: BudgetLevel.OK, verify: true });
    expect(toOci.limit).toBeUndefined();
    expect(r.budgets).toHaveLength(4);
  });

  test('a cloud that receives routes over several links is counted per session, with what the router re-advertises', () => {
    // Azure advertises 60 prefixes and on-premises 25: Direct Connect (limit 100) receives 85 = 85 %
    const r = RoutePropagation.compute(snap(layer2({ azRanges: prefixes(60, 10), onPrem: prefixes(25, 100) })));
    const dx = r.budgets.find((b) => b.receiverNode === 'app/L2/dx/dxgw')!;
    expect(dx).toMatchObject({ used: 85, limit: 100, percent: 85, level: BudgetLevel.WARNING, sessionType: SessionType.AWS_DX_PRIVATE_VIF });
    expect(dx.source).toMatch(/directconnect\/latest\/UserGuide\/limits/);
  });

  test('over the limit is an error, with the summary that would fit', () => {
    const r = RoutePropagation.compute(snap(layer2({ azRanges: prefixes(90, 10), onPrem: prefixes(20, 100) })));
    const dx = r.budgets.find((b) => b.receiverNode === 'app/L2/dx/dxgw')!;
    expect(dx).toMatchObject({ used: 110, limit: 100, percent: 110, level: BudgetLevel.ERROR, summaryFits: true });
  });

  test('a receive-limit override replaces the published figure', () => {
    const l = erToOracle();
    const withOverride: LinkRecord = { ...l, sessions: l.sessions.map((s) => ({ ...s, b: { ...s.b, receiveLimitOverride: 2 } })) };
    const r = RoutePropagation.compute(snap([withOverride]));
    const toOci = r.budgets.find((b) => b.receiverCloud === Cloud.OCI)!;
    expect(toOci).toMatchObject({ used: 1, limit: 2, percent: 50, source: 'set explicitly', verify: false });
  });
});

describe('RoutePropagation: paths and bottlenecks', () => {
  test('primary over ExpressRoute, backup over VPN, each with its bottleneck and the limits table it comes from', () => {
    const r = RoutePropagation.compute(snap([erToOracle(), vpn('app/Vpn/oci', Cloud.OCI, OCI, 31898, ['10.20.1.0/24', '10.20.2.0/24'], SessionType.OCI_IPSEC, 4, { tunnelMbps: 1000 })]));
    expect(r.paths).toHaveLength(1);
    const p = r.paths[0];
    expect([p.cloudA, p.cloudB]).toEqual([Cloud.AZURE, Cloud.OCI]);
    expect(p.primary).toMatchObject({ role: LinkRole.PRIMARY, links: ['app/Er'], bottleneckMbps: 1000, alternatives: 0 });
    // a tie: the 1000 Mbit/s circuit and the ErGw1AZ gateway (1000 Mbit/s) are both the bottleneck
    expect(p.primary!.limitedBy.map((c) => [c.kind, c.mbps])).toEqual([[ThroughputKind.CIRCUIT, 1000], [ThroughputKind.GATEWAY, 1000]]);
    expect(p.primary!.bottleneck).toBe('1000 Mbit/s: circuit (ExpressRouteToOracle Er) = ExpressRoute gateway ErGw1AZ');
    expect(p.primary!.limitedBy[1].source).toMatch(/EXPRESSROUTE_GATEWAY_SKUS .*expressroute-about-virtual-network-gateways/);
    expect(p.backup).toMatchObject({ role: LinkRole.BACKUP, links: ['app/Vpn/oci'], bottleneckMbps: 1000 });
    expect(p.backup!.limitedBy.map((c) => c.kind)).toEqual([ThroughputKind.TUNNEL]);
    expect(p.backup!.limitedBy[0].source).toMatch(/4 tunnels × 250 Mbit\/s, limits.ts TUNNEL_THROUGHPUT_MBPS/);
  });

  test('the gateway is the bottleneck when it is the slowest', () => {
    const r = RoutePropagation.compute(snap([vpn('app/Vpn/aws', Cloud.AWS, AWS, 64512, ['10.30.0.0/16'], SessionType.AWS_VPN, 4, { tunnelMbps: 5000, gatewayMbps: 650, gatewayName: 'Azure VPN gateway VpnGw1' })]));
    const b = r.paths[0].backup!;
    expect(b).toMatchObject({ bottleneckMbps: 650, bottleneck: '650 Mbit/s: Azure VPN gateway VpnGw1' });
    expect(b.limitedBy[0].source).toMatch(/VPN_GATEWAY_SKUS .*about-gateway-skus/);
    expect(r.paths[0].primary).toBeUndefined();
  });

  test('a path through a customer router crosses two links; its bottleneck is the smallest figure on either', () => {
    const r = RoutePropagation.compute(snap(layer2()));
    const azAws = r.paths.find((p) => p.cloudA === Cloud.AZURE && p.cloudB === Cloud.AWS)!;
    expect(azAws.primary).toMatchObject({ links: ['app/L2/er', 'app/L2/dx'], bottleneckMbps: 500 });
    expect(azAws.primary!.limitedBy).toEqual([expect.objectContaining({ kind: ThroughputKind.CIRCUIT, link: 'app/L2/dx', mbps: 500 })]);
    expect(r.paths.map((p) => `${p.cloudA}-${p.cloudB}`)).toEqual(['Azure-AWS', 'Azure-Customer', 'AWS-Customer']);
  });

  test('on one multi-cloud link, a path between two other clouds does not cross the Azure circuit or gateway', () => {
    const cr = speaker('app/M/router', Cloud.CUSTOMER, 65010, ['172.16.0.0/16'], SessionType.CUSTOMER_ROUTER);
    const m = link('app/M', LinkKind.LAYER2, LinkRole.PRIMARY, [Cloud.AZURE, Cloud.AWS, Cloud.GCP, Cloud.CUSTOMER], [AZ, AWS, GCP], [
      session('app/M', 'azure', speaker('app/M/msee', Cloud.AZURE, 12076, ['10.10.0.0/16'], SessionType.EXPRESSROUTE_PRIVATE, { hub: AZ }), cr),
      session('app/M', 'aws', speaker('app/M/dxgw', Cloud.AWS, 64512, ['10.30.0.0/16'], SessionType.AWS_DX_PRIVATE_VIF, { hub: AWS }), cr),
      session('app/M', 'gcp', speaker('app/M/cr', Cloud.GCP, 16550, ['10.40.0.0/20'], SessionType.GCP_CLOUD_ROUTER, { hub: GCP }), cr),
    ], { circuitMbps: 1000, circuitClouds: [Cloud.AZURE], gatewayMbps: 1000, gatewayName: 'ExpressRoute gateway ErGw1AZ' });
    const r = RoutePropagation.compute(snap([m]));
    const pair = (a: Cloud, b: Cloud) => r.paths.find((p) => p.cloudA === a && p.cloudB === b)!.primary!;
    expect(pair(Cloud.AZURE, Cloud.AWS).limitedBy.map((c) => c.kind)).toEqual([ThroughputKind.CIRCUIT, ThroughputKind.GATEWAY]);
    expect(pair(Cloud.AWS, Cloud.GCP)).toMatchObject({ links: ['app/M'], constraints: [], bottleneck: 'no throughput figure recorded' });
    expect(pair(Cloud.AWS, Cloud.GCP).bottleneckMbps).toBeUndefined();
  });

  test('parallel primaries: the fastest is reported, the others counted', () => {
    const r = RoutePropagation.compute(snap([erToOracle('app/Er1'), erToOracle('app/Er2', undefined, undefined, { circuitMbps: 2000, gatewayMbps: 2000 })]));
    expect(r.paths[0].primary).toMatchObject({ links: ['app/Er2'], bottleneckMbps: 2000, alternatives: 1 });
  });

  test('paths can be limited to some links (one stack)', () => {
    const links = [erToOracle('app/Er1'), erToOracle('app/Er2', undefined, undefined, { circuitMbps: 2000, gatewayMbps: 2000 })];
    const r = RoutePropagation.compute(snap(links));
    expect(RoutePropagation.paths(snap(links), r.speakers, ['app/Er1'])[0].primary).toMatchObject({ links: ['app/Er1'], alternatives: 0 });
  });
});
