import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { App, TerraformStack, Testing } from 'cdktf';
import { AppContext } from '../../lib/core/context';
import { AzureHub, AzureHubProps } from '../../lib/hubs/azure-hub';
import { OciHub } from '../../lib/hubs/oci-hub';
import { ExpressRouteToOracle } from '../../lib/patterns/expressroute-to-oracle';
import { AppCheckId, AppChecks, IssueLevel, toValidationError } from '../../lib/plan/routing/app-checks';
import { Cloud } from '../../lib/plan/facts/clouds';
import { isValidationError } from '../../lib/plan/errors';
import { SessionType } from '../../lib/plan/facts/limits';
import { LinkKind, LinkRecord, LinkRole } from '../../lib/plan/routing/model';
import { ConnectivitySnapshot } from '../../lib/plan/routing/propagation';
import { OciProvider } from '../../lib/providers/oci';
import { AWS, AZ, erToOracle, GCP, hub, link, OCI, prefixes, session, speaker, vpn } from './model-fixtures';

const HUBS = [hub(AZ, Cloud.AZURE, ['10.10.0.0/16']), hub(OCI, Cloud.OCI, ['10.20.0.0/16']), hub(AWS, Cloud.AWS, ['10.30.0.0/16']), hub(GCP, Cloud.GCP, ['10.40.0.0/20'])];
const snap = (links: LinkRecord[], hubs = HUBS): ConnectivitySnapshot => ({ hubs, links });
const errors = (issues: ReturnType<typeof AppChecks.run>) => issues.filter((i) => i.level === IssueLevel.ERROR);

const AZURE_PROPS: AzureHubProps = { resourceGroupName: 'rg', location: 'eastus', virtualNetworkName: 'vnet-a', addressSpace: ['10.0.0.0/16'], gatewaySubnetCidr: '10.0.255.0/27' };

function azureStack(app: App, id: string, props: Partial<AzureHubProps> = {}): TerraformStack {
  const stack = new TerraformStack(app, id);
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  new AzureHub(stack, 'Hub', { ...AZURE_PROPS, ...props });
  return stack;
}

describe('AppChecks', () => {
  test('every check has an id, a rule and a source', () => {
    const defs = AppChecks.definitions();
    expect(defs.map((d) => d.id)).toEqual(['overlapping-ranges', 'peering-subnet-reuse', 'vlan-reuse', 'asn-collision', 'prefix-budget', 'expressroute-gateway-routes']);
    for (const d of defs) {
      expect(d.rule.length).toBeGreaterThan(20);
      expect(d.source.length).toBeGreaterThan(20);
    }
  });

  describe('expressroute-gateway-routes: what an ExpressRoute gateway learns against its SKU', () => {
    // A Premium circuit (10,000 routes on the session) into an ErGw1AZ gateway that learns at most 4,000.
    const premium = (n: number, sku = 'ErGw1AZ') => snap([erToOracle('app/Er', ['10.10.0.0/16'], prefixes(n, 64), { gatewayName: `ExpressRoute gateway ${sku}` })]);
    const premiumSessions = (s: ReturnType<typeof snap>) => ({ ...s, links: s.links.map((l) => ({ ...l, sessions: l.sessions.map((x) => ({ ...x, a: { ...x.a, receiveLimitType: SessionType.EXPRESSROUTE_PRIVATE_PREMIUM } })) })) });
    const issues = (n: number, sku?: string) => AppChecks.expressRouteGatewayRoutes(premiumSessions(premium(n, sku)));

    test('fails at 4,001 learned routes on ErGw1AZ, naming gatewaySku, the count, the limit and the fix', () => {
      const [i] = issues(4001);
      expect(i).toMatchObject({ check: 'expressroute-gateway-routes', level: IssueLevel.ERROR, path: 'app/Er', property: 'gatewaySku', value: 'ErGw1AZ' });
      expect(i.rule).toMatch(/learns 4001 routes over its circuit and a ErGw1AZ gateway holds 4000 \(100 %\)/);
      expect(i.fix).toMatch(/ErGw2AZ or ErGw3AZ/);
    });

    test('warns at 4,000 (the limit itself) and from 80 %, and is silent below', () => {
      expect(issues(4000).map((i) => i.level)).toEqual([IssueLevel.WARNING]);
      expect(issues(3200).map((i) => i.level)).toEqual([IssueLevel.WARNING]);
      expect(issues(3199)).toEqual([]);
    });

    test('an ErGw2AZ gateway holds 9,500', () => {
      expect(issues(4001, 'ErGw2AZ')).toEqual([]);
      expect(issues(9501, 'ErGw2AZ').map((i) => i.level)).toEqual([IssueLevel.ERROR]);
    });
  });

  test('a clean app has no issue', () => {
    expect(AppChecks.run(snap([erToOracle(), vpn('app/Vpn/aws', Cloud.AWS, AWS, 64512, ['10.30.0.0/16'], SessionType.AWS_VPN, 2)]))).toEqual([]);
  });

  test('issues are ValidationErrors with the construct path, the property, the value, the rule and the fix', () => {
    const [i] = AppChecks.overlappingRanges(snap([], [...HUBS, hub('app/Aws2', Cloud.AWS, ['10.30.128.0/17'])]));
    const e = toValidationError(i);
    expect(isValidationError(e)).toBe(true);
    expect(e.message).toBe(i.message);
    expect(e.message).toMatch(/^\[app\/Aws2\] `vpcCidrs` = "10.30.128.0\/17": .* Fix: .*\.$/);
    expect(() => AppChecks.enforce(snap([], [...HUBS, hub('app/Aws2', Cloud.AWS, ['10.30.128.0/17'])]))).toThrow(/\[app\/Aws2\] `vpcCidrs`/);
  });
});

describe('overlapping-ranges', () => {
  test('fails when two hubs overlap, naming both, whatever their stacks', () => {
    const issues = AppChecks.overlappingRanges(snap([], [...HUBS, hub('other/Gcp2', Cloud.GCP, ['10.20.128.0/20'])]));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ check: AppCheckId.OVERLAPPING_RANGES, level: IssueLevel.ERROR, path: 'other/Gcp2', paths: ['other/Gcp2', OCI], property: 'subnetCidrs', value: '10.20.128.0/20' });
    expect(issues[0].message).toMatch(/Google Cloud hub other\/Gcp2 .*overlaps 10.20.0.0\/16 of OCI hub app\/Oci \(Oci, stack app\)/);
  });

  test('fails when an on-premises range (a customer router\'s own prefixes) overlaps a hub', () => {
    const cr = speaker('app/L2/router', Cloud.CUSTOMER, 65010, ['10.10.64.0/18'], SessionType.CUSTOMER_ROUTER);
    const l = link('app/L2', LinkKind.LAYER2, LinkRole.PRIMARY, [Cloud.AZURE, Cloud.CUSTOMER], [AZ], [session('app/L2', 's',
      speaker('app/L2/msee', Cloud.AZURE, 12076, ['10.10.0.0/16'], SessionType.EXPRESSROUTE_PRIVATE, { hub: AZ }), cr)]);
    const [i] = AppChecks.overlappingRanges(snap([l]));
    expect(i).toMatchObject({ level: IssueLevel.ERROR, path: 'app/L2', property: 'onPremisesRanges', value: '10.10.64.0/18' });
    // an on-premises network recorded as a hub counts the same
    expect(AppChecks.overlappingRanges(snap([], [...HUBS, hub('app/Dc', Cloud.CUSTOMER, ['10.40.8.0/24'])]))[0]).toMatchObject({ path: 'app/Gcp', property: 'subnetCidrs' });
  });

  test('a default route is not a range; fails when the same network is declared twice', () => {
    const cr = speaker('app/L2/router', Cloud.CUSTOMER, 65010, ['0.0.0.0/0'], SessionType.CUSTOMER_ROUTER);
    const l = link('app/L2', LinkKind.LAYER2, LinkRole.PRIMARY, [Cloud.CUSTOMER], [], [session('app/L2', 's', speaker('app/L2/msee', Cloud.AZURE, 12076, [], SessionType.EXPRESSROUTE_PRIVATE, { hub: AZ }), cr)]);
    expect(AppChecks.overlappingRanges(snap([l]))).toEqual([]);
    const twice = AppChecks.overlappingRanges(snap([], [...HUBS, hub('alt/Azure', Cloud.AZURE, ['10.10.0.0/16'], { name: 'Azure' })]));
    expect(twice).toEqual([expect.objectContaining({ level: IssueLevel.ERROR, path: 'app/Azure', paths: ['app/Azure', 'alt/Azure'] })]);
    expect(twice[0].rule).toMatch(/declares the same network/);
  });

  test('fails app.synth() when two AzureHubs in two stacks overlap, with an error naming both', () => {
    const app = Testing.app();
    azureStack(app, 'east');
    azureStack(app, 'west', { virtualNetworkName: 'vnet-b', addressSpace: ['10.0.128.0/17'], gatewaySubnetCidr: '10.0.255.0/27' });
    expect(() => app.synth()).toThrow(/\[west\/Hub\] `addressSpace` = "10.0.128.0\/17": the range of Azure hub west\/Hub \(vnet-b, stack west\) overlaps 10.0.0.0\/16 of Azure hub east\/Hub \(vnet-a, stack east\)/);
  });

  test('fails Testing.fullSynth of either stack', () => {
    const app = Testing.app();
    const east = azureStack(app, 'east');
    const west = azureStack(app, 'west', { virtualNetworkName: 'vnet-b' });
    expect(() => Testing.fullSynth(east)).toThrow(/east\/Hub.*west\/Hub|west\/Hub.*east\/Hub/);
    expect(() => Testing.fullSynth(west)).toThrow(/`addressSpace` = "10.0.0.0\/16"/);
  });

  test('disjoint hubs in two stacks synthesize', () => {
    const app = Testing.app();
    azureStack(app, 'east');
    azureStack(app, 'west', { virtualNetworkName: 'vnet-b', addressSpace: ['10.1.0.0/16'], gatewaySubnetCidr: '10.1.255.0/27' });
    expect(() => app.synth()).not.toThrow();
  });
});

describe('peering-subnet-reuse', () => {
  test('fails when two sessions of different patterns use one peering subnet', () => {
    const er = erToOracle();
    const other = vpn('app/Vpn/oci', Cloud.OCI, OCI, 31898, ['10.20.0.0/16'], SessionType.OCI_IPSEC, 1);
    const clash: LinkRecord = { ...other, sessions: [{ ...other.sessions[0], subnet: '192.168.50.4/30' }] };
    const [i] = AppChecks.peeringSubnetReuse(snap([er, clash]));
    expect(i).toMatchObject({ check: AppCheckId.PEERING_SUBNET_REUSE, level: IssueLevel.ERROR, path: 'app/Vpn/oci', paths: ['app/Vpn/oci', 'app/Er'], value: '192.168.50.4/30' });
    expect(i.message).toMatch(/overlaps 192.168.50.4\/30 of session app\/Er\/secondary/);
  });

  test('fails when a /30 lies inside another session\'s /29', () => {
    const er = erToOracle();
    const l: LinkRecord = { ...er, id: 'app/Er2', sessions: [{ ...er.sessions[0], id: 'app/Er2/p', link: 'app/Er2', subnet: '192.168.50.0/29' }] };
    expect(AppChecks.peeringSubnetReuse(snap([er, l]))).toHaveLength(1);
  });

  test('fails the synth when a pattern records a subnet another pattern holds (a subnet given outside the allocator)', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 's');
    new AzurermProvider(stack, 'azurerm', { features: [{}] });
    new OciProvider(stack, 'oci', { region: 'us-ashburn-1' });
    const a = new AzureHub(stack, 'Azure', { ...AZURE_PROPS, addressSpace: ['10.10.0.0/16'], gatewaySubnetCidr: '10.10.255.0/27' });
    const o = new OciHub(stack, 'Oci', { compartmentId: 'c', region: 'us-ashburn-1', vcnId: 'v', vcnCidrs: ['10.20.0.0/16'] });
    new ExpressRouteToOracle(stack, 'Interconnect', { azure: a, oci: o, peeringLocation: 'Washington DC', bandwidthMbps: 1000, bgpPeeringCidrs: ['192.168.50.0/30', '192.168.50.4/30'] });
    const other = vpn('s/Other', Cloud.AWS, AWS, 64512, ['10.30.0.0/16'], SessionType.AWS_VPN, 1);
    AppContext.of(stack).model._addLink(() => ({ ...other, sessions: [{ ...other.sessions[0], subnet: '192.168.50.4/30' }] }));
    expect(() => app.synth()).toThrow(/\[s\/Other\] `sessions\[s\/Other\/tunnel0\]\.subnet` = "192.168.50.4\/30": .*overlaps 192.168.50.4\/30 of session s\/Interconnect\/secondary/);
  });
});

describe('vlan-reuse', () => {
  const withVlan = (l: LinkRecord, vlan: number, domain: string): LinkRecord => ({ ...l, sessions: l.sessions.map((s) => ({ ...s, vlan, vlanDomain: domain })) });

  test('fails when two links use one VLAN on one circuit or port', () => {
    const [i] = AppChecks.vlanReuse(snap([withVlan(erToOracle('app/Er1'), 100, 'port-7'), withVlan(erToOracle('app/Er2'), 100, 'port-7')]));
    expect(i).toMatchObject({ check: AppCheckId.VLAN_REUSE, level: IssueLevel.ERROR, path: 'app/Er2', paths: ['app/Er2', 'app/Er1'], value: '100' });
    expect(i.message).toMatch(/VLAN 100 is already used on port-7 by session app\/Er1\/primary/);
  });

  test('the primary and secondary sessions of one peering share its VLAN; another VLAN or port is fine', () => {
    expect(AppChecks.vlanReuse(snap([withVlan(erToOracle('app/Er1'), 100, 'port-7')]))).toEqual([]);
    expect(AppChecks.vlanReuse(snap([withVlan(erToOracle('app/Er1'), 100, 'port-7'), withVlan(erToOracle('app/Er2'), 101, 'port-7')]))).toEqual([]);
    expect(AppChecks.vlanReuse(snap([withVlan(erToOracle('app/Er1'), 100, 'port-7'), withVlan(erToOracle('app/Er2'), 100, 'port-8')]))).toEqual([]);
  });

  test('fails when one link puts two clouds on one VLAN of one port', () => {
    const cr = speaker('app/L2/router', Cloud.CUSTOMER, 65010, [], SessionType.CUSTOMER_ROUTER);
    const l = link('app/L2', LinkKind.LAYER2, LinkRole.PRIMARY, [Cloud.AZURE, Cloud.AWS, Cloud.CUSTOMER], [AZ, AWS], [
      session('app/L2', 'azure', speaker('app/L2/msee', Cloud.AZURE, 12076, ['10.10.0.0/16'], SessionType.EXPRESSROUTE_PRIVATE, { hub: AZ }), cr, { vlan: 300, vlanDomain: 'router-port-1' }),
      session('app/L2', 'aws', speaker('app/L2/dxgw', Cloud.AWS, 64512, ['10.30.0.0/16'], SessionType.AWS_DX_PRIVATE_VIF, { hub: AWS }), cr, { vlan: 300, vlanDomain: 'router-port-1' }),
    ]);
    expect(AppChecks.vlanReuse(snap([l]))).toEqual([expect.objectContaining({ path: 'app/L2', paths: ['app/L2'], property: 'sessions[app/L2/azure].vlan' })]);
  });
});

describe('asn-collision', () => {
  test('fails when both ends of a session have one ASN', () => {
    const [i] = AppChecks.asnCollisions(snap([vpn('app/Vpn/aws', Cloud.AWS, AWS, 64512, ['10.30.0.0/16'], SessionType.AWS_VPN, 1, {}, 64512)]));
    expect(i).toMatchObject({ check: AppCheckId.ASN_COLLISION, level: IssueLevel.ERROR, path: 'app/Vpn/aws', value: '64512' });
    expect(i.message).toMatch(/both ends of session app\/Vpn\/aws\/tunnel0 .* use AS64512/);
  });

  test('fails when a peer of an Azure hub uses the hub\'s VPN gateway ASN on another link (a customer router behind ExpressRoute)', () => {
    const cr = speaker('app/L2/router', Cloud.CUSTOMER, 65020, ['192.168.0.0/16'], SessionType.CUSTOMER_ROUTER);
    const l2 = link('app/L2', LinkKind.LAYER2, LinkRole.PRIMARY, [Cloud.AZURE, Cloud.CUSTOMER], [AZ], [session('app/L2', 's',
      speaker('app/L2/msee', Cloud.AZURE, 12076, ['10.10.0.0/16'], SessionType.EXPRESSROUTE_PRIVATE, { hub: AZ }), cr)]);
    const v = vpn('app/Vpn/aws', Cloud.AWS, AWS, 64512, ['10.30.0.0/16'], SessionType.AWS_VPN, 1, {}, 65020);
    const issues = AppChecks.asnCollisions(snap([l2, v]));
    expect(issues).toEqual([expect.objectContaining({ path: 'app/L2', paths: ['app/L2', AZ], value: '65020' })]);
    expect(issues[0].message).toMatch(/uses AS65020, the ASN of the Azure hub app\/Azure/);
  });

  test('Microsoft\'s edge (12076) is not the hub\'s ASN; ASNs a provider manages are not compared', () => {
    const er = erToOracle();
    const managed: LinkRecord = { ...er, sessions: er.sessions.map((s) => ({ ...s, b: { ...s.b, asn: undefined } })) };
    expect(AppChecks.asnCollisions(snap([er, managed]))).toEqual([]);
  });
});

describe('prefix-budget', () => {
  const l2 = (azCount: number, gcpCount: number): LinkRecord[] => {
    const cr = speaker('app/L2/router', Cloud.CUSTOMER, 65010, [], SessionType.CUSTOMER_ROUTER);
    return [
      link('app/L2/az', LinkKind.LAYER2, LinkRole.PRIMARY, [Cloud.AZURE, Cloud.CUSTOMER], [AZ], [session('app/L2/az', 's', speaker('app/L2/msee', Cloud.AZURE, 12076, prefixes(azCount, 10), SessionType.EXPRESSROUTE_PRIVATE, { hub: AZ }), cr)]),
      link('app/L3/gcp', LinkKind.LAYER3, LinkRole.PRIMARY, [Cloud.GCP, Cloud.CUSTOMER], [GCP], [session('app/L3/gcp', 's', speaker('app/L3/router', Cloud.GCP, 16550, prefixes(gcpCount, 100), SessionType.GCP_CLOUD_ROUTER, { hub: GCP }), cr)]),
      link('app/L2/aws', LinkKind.LAYER2, LinkRole.PRIMARY, [Cloud.AWS, Cloud.CUSTOMER], [AWS], [session('app/L2/aws', 's', speaker('app/L2/dxgw', Cloud.AWS, 64512, ['10.30.0.0/16'], SessionType.AWS_DX_PRIVATE_VIF, { hub: AWS }), cr)]),
    ];
  };

  test('fails when a cloud receives more over one session than it accepts, counting routes from several links', () => {
    // Azure 60 + Google 50 re-advertised by the customer router: Direct Connect gets 110 of 100
    const issues = AppChecks.prefixBudgets(snap(l2(60, 50)));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ check: AppCheckId.PREFIX_BUDGET, level: IssueLevel.ERROR, path: 'app/L2/aws', value: '110 prefixes' });
    expect(issues[0].message).toMatch(/AWS Direct Connect private VIF\) accepts at most 100 prefixes on a session and receives 110 %.*directconnect\/latest\/UserGuide\/limits.html.*Fix: summarise what L2 router advertises: the session's 110 prefixes cover the same addresses as 7 \(10\.10\.0\.0\/19, .*, \.\.\.\); or filter what L2 router sends on this session\.$/);
  });

  test('warns from 80 %', () => {
    const issues = AppChecks.prefixBudgets(snap(l2(50, 30)));
    expect(issues).toEqual([expect.objectContaining({ level: IssueLevel.WARNING, path: 'app/L2/aws', value: '80 prefixes' })]);
    expect(errors(AppChecks.run(snap(l2(50, 30))))).toEqual([]);
  });

  test('fails when OCI advertises more subnets than ExpressRoute private peering accepts', () => {
    const issues = AppChecks.prefixBudgets(snap([erToOracle('app/Er', ['10.10.0.0/16'], prefixes(4001, 20))]));
    expect(issues.map((i) => [i.level, i.property])).toEqual([
      [IssueLevel.ERROR, 'sessions[app/Er/primary].prefixesTo[Er msee-primary]'],
      [IssueLevel.ERROR, 'sessions[app/Er/secondary].prefixesTo[Er msee-secondary]'],
    ]);
  });
});
