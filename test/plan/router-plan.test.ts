import { BudgetLevel } from '../../lib/plan/routing/budget';
import { Cloud } from '../../lib/plan/facts/clouds';
import { SessionType } from '../../lib/plan/facts/limits';
import { CustomerRouterPlanInput, CustomerRouterPlanner, RouterPlanOrigin, RouterPort } from '../../lib/plan/routing/router-plan';

const slash24s = (n: number, second = 50) => Array.from({ length: n }, (_, i) => `10.${second}.${i * 2}.0/24`); // never adjacent

const origins: RouterPlanOrigin[] = [
  { cloud: Cloud.AZURE, prefixes: ['10.0.0.0/16'] },
  { cloud: Cloud.AWS, prefixes: ['10.1.0.0/16'] },
  { cloud: Cloud.GCP, prefixes: ['10.2.0.0/20', '10.2.16.0/20'] },
  { cloud: Cloud.OCI, prefixes: ['10.3.0.0/24', '10.3.1.0/24', '10.3.4.0/24'] },
  { cloud: Cloud.CUSTOMER, prefixes: ['172.16.0.0/16'] },
];

function input(over: Partial<CustomerRouterPlanInput> = {}): CustomerRouterPlanInput {
  return {
    name: 'app/stack/l2',
    routerAsn: 65010,
    origins,
    sessions: [
      { name: 'azure-primary', cloud: Cloud.AZURE, link: 'ER primary', vlan: 100, subnet: '192.168.0.0/30', localAddress: '192.168.0.1', peerAddress: '192.168.0.2', peerAsn: 12076, sessionType: SessionType.EXPRESSROUTE_PRIVATE, md5KeyRef: 'azure_md5', bfd: true },
      { name: 'azure-secondary', cloud: Cloud.AZURE, link: 'ER secondary', port: RouterPort.SECONDARY, vlan: 100, subnet: '192.168.0.4/30', localAddress: '192.168.0.5', peerAddress: '192.168.0.6', peerAsn: 12076, sessionType: SessionType.EXPRESSROUTE_PRIVATE },
      { name: 'aws', cloud: Cloud.AWS, link: 'DX private VIF', vlan: 200, subnet: '192.168.0.8/30', localAddress: '192.168.0.9', peerAddress: '192.168.0.10', peerAsn: 64513, sessionType: SessionType.AWS_DX_PRIVATE_VIF },
      { name: 'gcp-ad1', cloud: Cloud.GCP, link: 'Partner AD1', peerAsn: 16550, sessionType: SessionType.GCP_CLOUD_ROUTER, maxPrefixOverride: 300 },
      { name: 'oci', cloud: Cloud.OCI, link: 'FastConnect', peerAsn: 31898, sessionType: SessionType.OCI_FASTCONNECT },
    ],
    ...over,
  };
}

describe('CustomerRouterPlanner', () => {
  test('each cloud receives every other cloud and on-premises, never its own prefixes', () => {
    // WHEN
    const plan = CustomerRouterPlanner.plan(input({ summarize: false }));
    // THEN
    const aws = plan.sessions.find((s) => s.name === 'aws')!;
    expect(aws.reAdvertised).toEqual(['10.0.0.0/16', '10.2.0.0/20', '10.2.16.0/20', '10.3.0.0/24', '10.3.1.0/24', '10.3.4.0/24', '172.16.0.0/16']);
    expect(aws.advertise).toEqual(aws.reAdvertised);
    expect(aws.receives).toEqual(['10.1.0.0/16']);
    const azure = plan.sessions.find((s) => s.name === 'azure-primary')!;
    expect(azure.advertise).not.toContain('10.0.0.0/16');
    expect(plan.aggregates).toEqual([]);
    expect(plan.onPremisesPrefixes).toEqual(['172.16.0.0/16']);
  });

  test('summarises per origin, never across origins, and originates the summaries as aggregates', () => {
    const plan = CustomerRouterPlanner.plan(input());
    const aws = plan.sessions.find((s) => s.name === 'aws')!;
    // 10.2.0.0/20 + 10.2.16.0/20 -> 10.2.0.0/19 (Google); 10.3.0.0/24 + 10.3.1.0/24 -> 10.3.0.0/23 (OCI); 10.3.4.0/24 stays
    expect(aws.advertise).toEqual(['10.0.0.0/16', '10.2.0.0/19', '10.3.0.0/23', '10.3.4.0/24', '172.16.0.0/16']);
    expect(aws.used).toBe(5);
    expect(plan.aggregates).toEqual(['10.2.0.0/19', '10.3.0.0/23']);
    // 10.0.0.0/16 (Azure) and 10.1.0.0/16 (AWS) are adjacent but of different origins: not merged into 10.0.0.0/15
    const gcp = plan.sessions.find((s) => s.name === 'gcp-ad1')!;
    expect(gcp.advertise).toContain('10.0.0.0/16');
    expect(gcp.advertise).toContain('10.1.0.0/16');
  });

  test('max-prefix is each cloud\'s limit (or the override); the inbound limit defaults to 1000', () => {
    const plan = CustomerRouterPlanner.plan(input());
    const byName = Object.fromEntries(plan.sessions.map((s) => [s.name, s]));
    expect(byName['azure-primary'].maxPrefix).toBe(4000);
    expect(byName.aws.maxPrefix).toBe(100);
    expect(byName['gcp-ad1'].maxPrefix).toBe(300);
    expect(byName['gcp-ad1'].maxPrefixSource).toBe('set explicitly');
    expect(byName.oci.maxPrefix).toBeUndefined();
    expect(byName.aws.inboundMaxPrefix).toBe(1000);
    expect(CustomerRouterPlanner.plan(input({ inboundMaxPrefix: 250 })).sessions[0].inboundMaxPrefix).toBe(250);
  });

  test('keeps the session data: port, VLAN, addresses, ASNs, MD5 reference, BFD', () => {
    const s = CustomerRouterPlanner.plan(input()).sessions;
    expect(s[0]).toMatchObject({ port: RouterPort.PRIMARY, vlan: 100, subnet: '192.168.0.0/30', prefixLength: 30, localAddress: '192.168.0.1', peerAddress: '192.168.0.2', localAsn: 65010, peerAsn: 12076, md5KeyRef: 'azure_md5', bfd: true });
    expect(s[1]).toMatchObject({ port: RouterPort.SECONDARY, bfd: false, md5KeyRef: undefined });
    expect(s[3]).toMatchObject({ peerAddress: undefined, subnet: undefined });
  });

  test('warns from 80 % of a session\'s limit', () => {
    const many = [...origins.slice(0, 4), { cloud: Cloud.CUSTOMER, prefixes: slash24s(80) }];
    const plan = CustomerRouterPlanner.plan(input({ origins: many }));
    expect(CustomerRouterPlanner.warnings(plan).map((s) => s.name)).toEqual(['aws']);
    expect(plan.sessions.find((s) => s.name === 'aws')!.level).toBe(BudgetLevel.WARNING);
  });

  test('fails when a session is over its limit, naming the session, the count, the limit and what to summarise', () => {
    const many = [...origins.slice(0, 4), { cloud: Cloud.CUSTOMER, prefixes: slash24s(120) }];
    const plan = CustomerRouterPlanner.plan(input({ origins: many }));
    expect(plan.sessions.find((s) => s.name === 'aws')!.level).toBe(BudgetLevel.ERROR);
    expect(() => CustomerRouterPlanner.enforce(plan, many, { [Cloud.CUSTOMER]: 'onPremisesPrefixes' }))
      .toThrow(/`onPremisesPrefixes` = "124 prefixes": session "aws" \(DX private VIF, VLAN 200\) would receive 124 prefixes, over the AWS Direct Connect private VIF limit of 100.*on-premises 120/);
  });

  test('a budget within every limit passes enforce', () => {
    expect(() => CustomerRouterPlanner.enforce(CustomerRouterPlanner.plan(input()), origins, {})).not.toThrow();
  });

  test('leaves IPv6 prefixes out (the sessions are IPv4)', () => {
    const plan = CustomerRouterPlanner.plan(input({ origins: [...origins, { cloud: Cloud.CUSTOMER, prefixes: ['2001:db8::/48'] }] }));
    expect(plan.sessions[0].advertise.some((p) => p.includes(':'))).toBe(false);
  });

  test('fails when session names repeat or cannot name a prefix list', () => {
    const base = input();
    expect(() => CustomerRouterPlanner.plan({ ...base, sessions: [base.sessions[0], base.sessions[0]] })).toThrow(/`sessions.name`/);
    expect(() => CustomerRouterPlanner.plan({ ...base, sessions: [{ ...base.sessions[0], name: 'Azure Primary' }] })).toThrow(/`sessions.name`/);
  });

  test('fails when the inbound limit is not a positive whole number', () => {
    expect(() => CustomerRouterPlanner.plan(input({ inboundMaxPrefix: 0 }))).toThrow(/`inboundMaxPrefix`/);
  });
});
