import { BudgetLevel } from '../../lib/plan/routing/budget';
import { Cloud } from '../../lib/plan/facts/clouds';
import { L3CloudSpec, L3PropagationInput, L3RoutePropagation, VrfMode } from '../../lib/plan/routing/l3-propagation';
import { SessionType } from '../../lib/plan/facts/limits';

const clouds: L3CloudSpec[] = [
  { cloud: Cloud.AZURE, prefixes: ['10.70.0.0/16'], edgeAsn: 12076, edgeLabel: 'MSEE', sessionType: SessionType.EXPRESSROUTE_PRIVATE },
  { cloud: Cloud.AWS, prefixes: ['10.71.0.0/16'], edgeAsn: 64513, edgeLabel: 'DXGW', sessionType: SessionType.AWS_DX_PRIVATE_VIF },
  { cloud: Cloud.GCP, prefixes: ['10.72.0.0/20', '10.72.16.0/20'], edgeAsn: 16550, edgeLabel: 'Cloud Router', sessionType: SessionType.GCP_CLOUD_ROUTER },
  { cloud: Cloud.OCI, prefixes: ['10.73.1.0/24', '10.73.2.0/24'], edgeAsn: 31898, edgeLabel: 'FastConnect', sessionType: SessionType.OCI_FASTCONNECT, maxPrefixOverride: 50 },
];
const ON_PREM = ['172.24.0.0/16'];

function input(over: Partial<L3PropagationInput> = {}): L3PropagationInput {
  return { name: 'app/l3', vrfMode: VrfMode.SHARED, customerBgp: true, clouds, onPremisesPrefixes: ON_PREM, providerAsn: 65100, customerAsn: 65020, providerName: 'Carrier', ...over };
}

const slash24s = (n: number) => Array.from({ length: n }, (_, i) => `172.${26 + Math.floor(i / 100)}.${(i % 100) * 2}.0/24`); // never adjacent

describe('L3RoutePropagation', () => {
  test('one shared VRF: the provider re-advertises every cloud to every other cloud directly, and on-premises', () => {
    // WHEN
    const plan = L3RoutePropagation.plan(input());
    // THEN
    expect(plan.vrfs).toEqual(['shared']);
    const aws = plan.clouds.find((c) => c.cloud === Cloud.AWS)!;
    expect(aws.vrf).toBe('shared');
    expect(aws.advertiseToCloud).toEqual(['10.70.0.0/16', '10.72.0.0/20', '10.72.16.0/20', '10.73.1.0/24', '10.73.2.0/24', '172.24.0.0/16']);
    expect(aws.receives.find((r) => r.prefix === '10.70.0.0/16')).toEqual({
      prefix: '10.70.0.0/16', origin: Cloud.AZURE, from: 'Carrier shared VRF', via: ['MSEE', 'Carrier shared VRF'], asPath: [65100, 12076],
    });
    expect(aws.receives.find((r) => r.prefix === '172.24.0.0/16')).toMatchObject({ origin: Cloud.CUSTOMER, via: ['customer router', 'Carrier shared VRF'], asPath: [65100, 65020] });
    // never a cloud's own prefixes, and nobody in between but the provider
    for (const c of plan.clouds) {
      expect(c.advertiseToCloud.some((p) => c.advertises.includes(p))).toBe(false);
      expect(c.receives.every((r) => !r.via.includes('customer router') || r.origin === Cloud.CUSTOMER)).toBe(true);
    }
    expect(plan.customer.receives.map((r) => r.prefix)).toEqual(['10.70.0.0/16', '10.71.0.0/16', '10.72.0.0/20', '10.72.16.0/20', '10.73.1.0/24', '10.73.2.0/24']);
    expect(plan.providerRequirements[0]).toMatch(/one VRF \(shared\) for Azure, AWS, Google Cloud, OCI and the customer router: re-advertise every cloud's prefixes to every other cloud/);
  });

  test('one VRF per cloud with customer BGP: the routes hair-pin through the customer router into the other VRFs', () => {
    const plan = L3RoutePropagation.plan(input({ vrfMode: VrfMode.PER_CLOUD }));
    expect(plan.vrfs).toEqual(['azure', 'aws', 'gcp', 'oci']);
    const azure = plan.clouds.find((c) => c.cloud === Cloud.AZURE)!;
    expect(azure.vrf).toBe('azure');
    expect(azure.advertiseToCloud).toEqual(['10.71.0.0/16', '10.72.0.0/20', '10.72.16.0/20', '10.73.1.0/24', '10.73.2.0/24', '172.24.0.0/16']);
    expect(azure.receives.find((r) => r.prefix === '10.71.0.0/16')).toEqual({
      prefix: '10.71.0.0/16', origin: Cloud.AWS, from: 'Carrier VRF azure', via: ['DXGW', 'Carrier VRF aws', 'customer router', 'Carrier VRF azure'], asPath: [65100, 65020, 65100, 64513],
    });
    // every cloud-to-cloud route passes the customer router
    for (const c of plan.clouds) {
      expect(c.receives.filter((r) => r.origin !== Cloud.CUSTOMER).every((r) => r.via.includes('customer router'))).toBe(true);
      expect(c.receives.map((r) => r.origin).filter((o, i, a) => a.indexOf(o) === i).sort()).toEqual(
        [Cloud.AZURE, Cloud.AWS, Cloud.GCP, Cloud.OCI, Cloud.CUSTOMER].filter((o) => o !== c.cloud).sort());
    }
    // the provider sees its own AS on the hair-pin: allowas-in is a requirement
    expect(plan.providerRequirements.some((r) => /AS65100 .*allowas-in 1/.test(r))).toBe(true);
    expect(plan.customer.note).toMatch(/re-advertises it into the other VRFs/);
  });

  test('one VRF per cloud without customer BGP: each cloud receives only the on-premises prefixes the provider injects', () => {
    const plan = L3RoutePropagation.plan(input({ vrfMode: VrfMode.PER_CLOUD, customerBgp: false, customerAsn: undefined }));
    for (const c of plan.clouds) {
      expect(c.advertiseToCloud).toEqual(['172.24.0.0/16']);
      expect(c.receives).toEqual([{ prefix: '172.24.0.0/16', origin: Cloud.CUSTOMER, from: `Carrier VRF ${c.vrf}`, via: [`Carrier VRF ${c.vrf}`], asPath: [65100] }]);
    }
    expect(plan.customer).toMatchObject({ bgp: false, receives: [], advertises: ON_PREM });
    expect(plan.providerRequirements.join(' ')).toMatch(/do not reach each other.*inject the on-premises prefixes \(172.24.0.0\/16\) into every VRF/);
    // and without on-premises prefixes, nothing at all
    const none = L3RoutePropagation.plan(input({ vrfMode: VrfMode.PER_CLOUD, customerBgp: false, customerAsn: undefined, onPremisesPrefixes: [] }));
    expect(none.clouds.every((c) => c.used === 0 && c.receives.length === 0)).toBe(true);
  });

  test('one shared VRF without customer BGP: the clouds meet directly, on-premises is injected by the provider', () => {
    const plan = L3RoutePropagation.plan(input({ customerBgp: false, customerAsn: undefined }));
    const gcp = plan.clouds.find((c) => c.cloud === Cloud.GCP)!;
    expect(gcp.advertiseToCloud).toEqual(['10.70.0.0/16', '10.71.0.0/16', '10.73.1.0/24', '10.73.2.0/24', '172.24.0.0/16']);
    expect(gcp.receives.find((r) => r.origin === Cloud.CUSTOMER)).toMatchObject({ via: ['Carrier shared VRF'], asPath: [65100] });
  });

  test('ASNs not known are left out of the AS paths; the customer ASN only counts with customer BGP', () => {
    const plan = L3RoutePropagation.plan(input({ vrfMode: VrfMode.PER_CLOUD, providerAsn: undefined, customerAsn: undefined }));
    expect(plan.clouds[0].receives.find((r) => r.origin === Cloud.AWS)!.asPath).toEqual([64513]);
    expect(plan.providerRequirements.join(' ')).toMatch(/the provider's own ASN from the customer router/);
    const noBgp = L3RoutePropagation.plan(input({ customerBgp: false }));
    expect(noBgp.customer.asn).toBeUndefined();
  });

  test('each cloud is budgeted against its own limit: AWS (100) warns from 80 %, the others do not', () => {
    // 75 on-premises + 5 from the other clouds = 80 to AWS
    const plan = L3RoutePropagation.plan(input({ onPremisesPrefixes: slash24s(75) }));
    const byCloud = Object.fromEntries(plan.clouds.map((c) => [c.cloud, c]));
    expect(byCloud[Cloud.AWS]).toMatchObject({ used: 80, maxPrefix: 100, percent: 80, level: BudgetLevel.WARNING });
    expect(byCloud[Cloud.AZURE]).toMatchObject({ used: 80, maxPrefix: 4000, level: BudgetLevel.OK });
    expect(byCloud[Cloud.GCP]).toMatchObject({ maxPrefix: 5000, level: BudgetLevel.OK });
    expect(byCloud[Cloud.OCI]).toMatchObject({ used: 79, maxPrefix: 50, maxPrefixSource: 'set explicitly', level: BudgetLevel.ERROR });
    expect(plan.clouds.filter((c) => c.level === BudgetLevel.WARNING).map((c) => c.cloud)).toEqual([Cloud.AWS]);
  });

  test('a cloud over its limit is an error in the plan, with every origin it receives (the error itself is the app check\'s)', () => {
    const plan = L3RoutePropagation.plan(input({ onPremisesPrefixes: slash24s(120), clouds: clouds.slice(0, 3) }));
    const aws = plan.clouds.find((c) => c.cloud === Cloud.AWS)!;
    expect(aws).toMatchObject({ used: 123, maxPrefix: 100, level: BudgetLevel.ERROR });
    const count = (origin: Cloud) => aws.receives.filter((r) => r.origin === origin).length;
    expect([count(Cloud.CUSTOMER), count(Cloud.GCP), count(Cloud.AZURE)]).toEqual([120, 2, 1]);
  });

  test('the VRF design decides the budget: without customer BGP per-cloud VRFs carry only on-premises', () => {
    const many = { onPremisesPrefixes: slash24s(60), clouds: [...clouds.slice(0, 2), { ...clouds[2], prefixes: slash24s(50).map((p) => p.replace(/^172\.2[67]/, '10.72')) }] };
    const shared = L3RoutePropagation.plan(input(many));
    expect(shared.clouds.find((c) => c.cloud === Cloud.AWS)!.level).toBe(BudgetLevel.ERROR);
    const isolated = L3RoutePropagation.plan(input({ ...many, vrfMode: VrfMode.PER_CLOUD, customerBgp: false, customerAsn: undefined }));
    expect(isolated.clouds.find((c) => c.cloud === Cloud.AWS)).toMatchObject({ used: 60, level: BudgetLevel.OK });
  });

  test('a route whose AS path holds a cloud edge\'s own ASN is not sent to it, and does not count (the route propagation\'s rule)', () => {
    // The provider's VRF never sends a learned route to a peer whose ASN is already on its AS path: the peer would
    // drop it as a loop (RFC 4271 §9.1.2), so it does not count against the peer's limit (README, "The routing model").
    const plan = L3RoutePropagation.plan(input({ customerAsn: 64513 }));
    const aws = plan.clouds.find((c) => c.cloud === Cloud.AWS)!;
    expect(aws.receives.some((r) => r.prefix === '172.24.0.0/16')).toBe(false);
    expect(aws.advertiseToCloud).not.toContain('172.24.0.0/16');
    expect(aws.used).toBe(5);
    expect(aws.rejected).toEqual([]);
  });

  test('IPv6 prefixes are left out; duplicates count once', () => {
    const plan = L3RoutePropagation.plan(input({ onPremisesPrefixes: ['172.24.0.0/16', '172.24.0.0/16', '2001:db8::/32'] }));
    expect(plan.customer.advertises).toEqual(['172.24.0.0/16']);
  });

  test('fails on malformed input', () => {
    expect(() => L3RoutePropagation.plan(input({ clouds: [...clouds, clouds[0]] }))).toThrow(/`clouds.cloud` = "Azure": each cloud attaches/);
    expect(() => L3RoutePropagation.plan(input({ clouds: [{ ...clouds[0], cloud: Cloud.CUSTOMER }] }))).toThrow(/`clouds.cloud`/);
    expect(() => L3RoutePropagation.plan(input({ onPremisesPrefixes: ['172.24.0.0/33'] }))).toThrow(/`onPremisesPrefixes\[0\]`/);
  });
});
