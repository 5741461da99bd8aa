import { Cloud } from '../../lib/plan/facts/clouds';
import { FrrConfig } from '../../lib/plan/documents/frr';
import { SessionType } from '../../lib/plan/facts/limits';
import { CustomerRouterPlan, CustomerRouterPlanner, RouterPort } from '../../lib/plan/routing/router-plan';
import { parseFrr } from './frr-parse';

function plan(): CustomerRouterPlan {
  return CustomerRouterPlanner.plan({
    name: 'app/stack/l2',
    routerAsn: 65010,
    origins: [
      { cloud: Cloud.AZURE, prefixes: ['10.0.0.0/16'] },
      { cloud: Cloud.AWS, prefixes: ['10.1.0.0/16'] },
      { cloud: Cloud.OCI, prefixes: ['10.3.0.0/24', '10.3.1.0/24'] },
      { cloud: Cloud.CUSTOMER, prefixes: ['172.16.0.0/16'] },
    ],
    sessions: [
      { name: 'azure-primary', cloud: Cloud.AZURE, link: 'ER primary', vlan: 100, subnet: '192.168.0.0/30', localAddress: '192.168.0.1', peerAddress: '192.168.0.2', peerAsn: 12076, sessionType: SessionType.EXPRESSROUTE_PRIVATE, md5KeyRef: 'azure_md5', bfd: true },
      { name: 'azure-secondary', cloud: Cloud.AZURE, link: 'ER secondary', port: RouterPort.SECONDARY, vlan: 100, subnet: '192.168.0.4/30', localAddress: '192.168.0.5', peerAddress: '192.168.0.6', peerAsn: 12076, sessionType: SessionType.EXPRESSROUTE_PRIVATE, md5KeyRef: 'azure_md5', bfd: true },
      { name: 'aws', cloud: Cloud.AWS, link: 'DX private VIF', vlan: 200, subnet: '192.168.0.8/31', localAddress: '192.168.0.8', peerAddress: '192.168.0.9', peerAsn: 64513, sessionType: SessionType.AWS_DX_PRIVATE_VIF },
      { name: 'oci', cloud: Cloud.OCI, link: 'FastConnect', subnet: '192.168.0.12/30', localAddress: '192.168.0.13', peerAddress: '192.168.0.14', peerAsn: 31898, sessionType: SessionType.OCI_FASTCONNECT },
      { name: 'gcp-ad1', cloud: Cloud.GCP, link: 'Partner AD1', vlan: 300, peerAsn: 16550, sessionType: SessionType.GCP_CLOUD_ROUTER, note: 'addresses come with activation' },
    ],
  });
}

describe('FrrConfig', () => {
  test('renders the BGP instance and one neighbor per session with an address', () => {
    // WHEN
    const conf = parseFrr(FrrConfig.render(plan()));
    // THEN
    expect(conf.asn).toBe(65010);
    expect([...conf.neighbors.keys()]).toEqual(['192.168.0.2', '192.168.0.6', '192.168.0.9', '192.168.0.14']);
    expect(conf.neighbors.get('192.168.0.2')).toMatchObject({ remoteAs: 12076, password: '{{md5:azure_md5}}', bfd: true, activated: true, maximumPrefix: 1000, maximumPrefixWarn: 80, maximumPrefixOut: 4000 });
    expect(conf.neighbors.get('192.168.0.9')).toMatchObject({ remoteAs: 64513, bfd: false, maximumPrefixOut: 100 });
    expect(conf.neighbors.get('192.168.0.9')!.password).toBeUndefined();
    // no published OCI limit: no maximum-prefix-out
    expect(conf.neighbors.get('192.168.0.14')!.maximumPrefixOut).toBeUndefined();
  });

  test('renders VLAN sub-interfaces on the primary and secondary ports, /31 included', () => {
    const conf = parseFrr(FrrConfig.render(plan(), { primaryInterface: 'ens1', secondaryInterface: 'ens2' }));
    expect(conf.interfaces.get('ens1.100')!.address).toBe('192.168.0.1/30');
    expect(conf.interfaces.get('ens2.100')!.address).toBe('192.168.0.5/30');
    expect(conf.interfaces.get('ens1.200')!.address).toBe('192.168.0.8/31');
    // no VLAN: the port itself
    expect(conf.interfaces.get('ens1')!.address).toBe('192.168.0.13/30');
  });

  test('filters both directions: each cloud gets only its planned prefixes, and only its own come in', () => {
    const p = plan();
    const conf = parseFrr(FrrConfig.render(p));
    for (const s of p.sessions.filter((x) => x.peerAddress)) {
      const n = conf.neighbors.get(s.peerAddress!)!;
      expect(n.routeMapOut).toBe(FrrConfig.policyName(s.name, 'out'));
      expect(conf.routeMaps.get(n.routeMapOut!)).toEqual([`match ip address prefix-list ${n.routeMapOut}`]);
      expect(conf.prefixLists.get(n.routeMapOut!)!.map((e) => e.prefix)).toEqual(s.advertise);
      expect(conf.prefixLists.get(n.routeMapIn!)!.map((e) => [e.prefix, e.le])).toEqual(s.receives.map((r) => [r, 32]));
    }
    expect(conf.prefixLists.get('L2-AWS-OUT')!.map((e) => e.prefix)).toEqual(['10.0.0.0/16', '10.3.0.0/23', '172.16.0.0/16']);
  });

  test('originates the on-premises prefixes and the per-origin summaries', () => {
    const conf = parseFrr(FrrConfig.render(plan()));
    expect(conf.networks).toEqual(['172.16.0.0/16']);
    expect(conf.aggregates).toEqual(['10.3.0.0/23']);
  });

  test('sessions whose addresses come at apply time are described in comments, not configured', () => {
    const text = FrrConfig.render(plan());
    expect(text).toMatch(/! gcp-ad1 \(Google Cloud, Partner AD1\): the addresses are assigned at apply time; addresses come with activation/);
    expect(text).toMatch(/!\s+neighbor <cloud address> remote-as 16550/);
    expect(text).toMatch(/!\s+interface eth0\.300/);
  });

  test('never writes a key, only the placeholder naming its output', () => {
    expect(FrrConfig.md5Placeholder('x_out')).toBe('{{md5:x_out}}');
    expect(FrrConfig.render(plan())).toMatch(/neighbor 192\.168\.0\.2 password \{\{md5:azure_md5\}\}/);
  });

  test('an empty advertisement denies everything', () => {
    const p = CustomerRouterPlanner.plan({
      name: 'x', routerAsn: 65010, origins: [{ cloud: Cloud.AZURE, prefixes: ['10.0.0.0/16'] }],
      sessions: [{ name: 'azure-primary', cloud: Cloud.AZURE, link: 'ER', subnet: '192.168.0.0/30', localAddress: '192.168.0.1', peerAddress: '192.168.0.2', peerAsn: 12076, sessionType: SessionType.EXPRESSROUTE_PRIVATE }],
    });
    expect(FrrConfig.render(p)).toMatch(/ip prefix-list L2-AZURE-PRIMARY-OUT seq 5 deny 0\.0\.0\.0\/0 le 32/);
  });

  test('hostname and warning threshold are options', () => {
    const text = FrrConfig.render(plan(), { hostname: 'edge1', maxPrefixWarningPercent: 90 });
    expect(text).toMatch(/^hostname edge1$/m);
    expect(parseFrr(text).neighbors.get('192.168.0.2')!.maximumPrefixWarn).toBe(90);
  });

  test('snapshot', () => {
    expect(FrrConfig.render(plan())).toMatchSnapshot();
  });
});
