import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { App, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { AzureOracleStack } from '../../examples/azure-oracle-stack';
import { AppContext } from '../../lib/core/context';
import { AzureHub, AzureHubProps } from '../../lib/hubs/azure-hub';
import { OciHub, OciHubProps } from '../../lib/hubs/oci-hub';
import { ExpressRouteToOracle } from '../../lib/patterns/expressroute-to-oracle';
import { BudgetLevel } from '../../lib/plan/routing/budget';
import { Cloud } from '../../lib/plan/facts/clouds';
import { EXPRESSROUTE_GATEWAY_SKU_SOURCE, PREFIX_LIMITS, SessionType } from '../../lib/plan/facts/limits';
import { BgpInitiator, LinkKind, LinkRole } from '../../lib/plan/routing/model';
import { ThroughputKind } from '../../lib/plan/routing/paths';
import { safeKeyReference, stableStringify } from '../../lib/plan/documents/report';
import { OciProvider } from '../../lib/providers/oci';
import { ConnectivityReport } from '../../lib/report/connectivity-report';

const AZURE: AzureHubProps = { resourceGroupName: 'rg-net', location: 'eastus', virtualNetworkName: 'vnet-hub', addressSpace: ['10.10.0.0/16'], gatewaySubnetCidr: '10.10.255.0/27' };
const OCI: OciHubProps = { compartmentId: 'ocid1.compartment.oc1..aaaa', region: 'us-ashburn-1', vcnId: 'ocid1.vcn.oc1.iad.aaaa', vcnCidrs: ['10.20.0.0/16'], subnetCidrs: ['10.20.1.0/24', '10.20.2.0/24'] };

function tmpOutdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'connectivity-report-'));
}

function build(app: App = Testing.app({ outdir: tmpOutdir() })): { app: App; stack: TerraformStack; link: ExpressRouteToOracle } {
  const stack = new TerraformStack(app, 'test');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  new OciProvider(stack, 'oci', { region: 'us-ashburn-1' });
  const a = new AzureHub(stack, 'Azure', AZURE);
  const o = new OciHub(stack, 'Oci', OCI);
  const link = new ExpressRouteToOracle(stack, 'Interconnect', { azure: a, oci: o, peeringLocation: 'Washington DC', bandwidthMbps: 1000, bgpPeeringCidrs: ['192.168.50.0/30', '192.168.50.4/30'] });
  return { app, stack, link };
}

/** A structural Mermaid check: header, balanced subgraph/end, every edge between declared node ids. */
function parseMermaid(text: string): { nodes: Set<string>; edges: Array<[string, string, string]>; subgraphs: string[] } {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  expect(lines[0]).toBe('flowchart LR');
  const nodes = new Set<string>();
  const edges: Array<[string, string, string]> = [];
  const subgraphs: string[] = [];
  let depth = 0;
  for (const line of lines.slice(1)) {
    let m: RegExpMatchArray | null;
    if ((m = line.match(/^subgraph (\w+)\["[^"]*"\]$/))) {
      depth++;
      subgraphs.push(m[1]);
    } else if (line === 'end') {
      depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    } else if (line.startsWith('direction ')) {
      expect(line).toMatch(/^direction (TB|LR)$/);
    } else if ((m = line.match(/^(\w+) (---|-\.-) (\w+)$/))) {
      edges.push([m[1], m[2], m[3]]);
    } else if ((m = line.match(/^(\w+)(\["|\[\/"|\("|\(\("|\{\{")([^"]*)("\]|"\/\]|"\)|"\)\)|"\}\})$/))) {
      expect(nodes.has(m[1])).toBe(false);
      nodes.add(m[1]);
    } else {
      throw new Error(`unparsed Mermaid line: ${line}`);
    }
  }
  expect(depth).toBe(0);
  for (const [a, , b] of edges) {
    expect(nodes.has(a)).toBe(true);
    expect(nodes.has(b)).toBe(true);
  }
  return { nodes, edges, subgraphs };
}

/** Anything that looks like a key: PEM blocks, long random-looking words, long hex, "key = value" pairs, cdktf tokens. */
function keyLike(text: string): string[] {
  const found: string[] = [];
  if (/-----BEGIN/.test(text)) found.push('PEM block');
  for (const m of text.match(/\$\{(TfToken\[|var\.|random_password\.)[^}]*\}/g) ?? []) found.push(m);
  for (const m of text.match(/(password|passwd|secret|shared_?key|pre_?shared_?key|psk|md5_?key)["']?\s*[:=]\s*["']?[^\s"',|]{6,}/gi) ?? []) found.push(m);
  for (const word of text.split(/[^A-Za-z0-9+=]+/)) {
    const random = word.length >= 20 && /[0-9]/.test(word) && /[a-z]/.test(word) && /[A-Z]/.test(word);
    const hex = /^[A-Fa-f0-9]{32,}$/.test(word);
    if (random || hex) found.push(word);
  }
  return found;
}

function expectNoSecret(text: string, planted: string[] = []): void {
  expect(keyLike(text)).toEqual([]);
  for (const s of planted) expect(text).not.toContain(s);
}

describe('ConnectivityReport of ExpressRouteToOracle (AzureHub + OciHub)', () => {
  test('sessions: link, both addresses, both ASNs, initiator, BFD, MD5 reference', () => {
    const { stack } = build();
    const r = ConnectivityReport.forStack(stack);
    expect(r.data.sessions.map((s) => [s.id, s.link, s.subnet, s.a.address, s.a.asn, s.b.address, s.b.asn, s.initiator, s.bfd, s.md5])).toEqual([
      ['test/Interconnect/primary', 'test/Interconnect', '192.168.50.0/30', '192.168.50.2', 12076, '192.168.50.1', 31898, BgpInitiator.EITHER, false, 'none'],
      ['test/Interconnect/secondary', 'test/Interconnect', '192.168.50.4/30', '192.168.50.6', 12076, '192.168.50.5', 31898, BgpInitiator.EITHER, false, 'none'],
    ]);
    expect(r.data.sessions[0].a).toMatchObject({ cloud: Cloud.AZURE, label: 'Microsoft edge (primary)' });
    expect(r.data.sessions[0].b).toMatchObject({ cloud: Cloud.OCI, label: 'OCI FastConnect (primary)' });
    expect(r.markdown).toContain('| `test/Interconnect/primary` | `test/Interconnect` | - | 192.168.50.0/30 | Microsoft edge (primary) (Azure) | 192.168.50.2 | 12076 | OCI FastConnect (primary) (OCI) | 192.168.50.1 | 31898 | either | no | none |');
  });

  test('hubs and links', () => {
    const { stack } = build();
    const d = ConnectivityReport.forStack(stack).data;
    expect(d.hubs).toEqual([
      { id: 'test/Azure', stack: 'test', cloud: Cloud.AZURE, name: 'vnet-hub', region: 'eastus', ranges: ['10.10.0.0/16'], advertised: ['10.10.0.0/16'] },
      { id: 'test/Oci', stack: 'test', cloud: Cloud.OCI, name: 'Oci', region: 'us-ashburn-1', ranges: ['10.20.0.0/16'], advertised: ['10.20.1.0/24', '10.20.2.0/24'] },
    ]);
    expect(d.links).toEqual([{
      id: 'test/Interconnect', stack: 'test', pattern: 'ExpressRouteToOracle', kind: LinkKind.INTERCONNECT, role: LinkRole.PRIMARY, clouds: [Cloud.AZURE, Cloud.OCI],
      hubs: ['test/Azure', 'test/Oci'], circuitMbps: 1000, gatewayMbps: 1000, gatewayName: 'ExpressRoute gateway ErGw1AZ', sessionCount: 2,
    }]);
  });

  test('budgets per session and receiving side: used / limit / percent / source', () => {
    const { stack } = build();
    const b = ConnectivityReport.forStack(stack).data.budgets;
    expect(b.map((x) => [x.session, x.receiverCloud, x.used, x.limit, x.percent, x.level])).toEqual([
      ['test/Interconnect/primary', Cloud.OCI, 1, undefined, undefined, BudgetLevel.OK],
      ['test/Interconnect/primary', Cloud.AZURE, 2, 4000, 0.1, BudgetLevel.OK],
      ['test/Interconnect/secondary', Cloud.OCI, 1, undefined, undefined, BudgetLevel.OK],
      ['test/Interconnect/secondary', Cloud.AZURE, 2, 4000, 0.1, BudgetLevel.OK],
    ]);
    const toAzure = b[1];
    expect(toAzure).toMatchObject({ sessionType: SessionType.EXPRESSROUTE_PRIVATE, prefixes: ['10.20.1.0/24', '10.20.2.0/24'], source: PREFIX_LIMITS[SessionType.EXPRESSROUTE_PRIVATE].source });
    expect(b[0]).toMatchObject({ prefixes: ['10.10.0.0/16'], sessionType: SessionType.OCI_FASTCONNECT, verify: true });
    const md = ConnectivityReport.forStack(stack).markdown;
    expect(md).toContain('| `test/Interconnect/primary` | Microsoft edge (primary) (Azure) | ExpressRoute private peering | 2 | 4000 | 0.1 % | ok | https://learn.microsoft.com/azure/expressroute/expressroute-faqs#limits');
    expect(md).toContain('| `test/Interconnect/primary` | OCI FastConnect (primary) (OCI) | OCI FastConnect virtual circuit | 1 | none published | - | ok |');
  });

  test('paths: primary over the interconnect, no backup; bottleneck 1000 Mbit/s circuit = ErGw1AZ 1000 Mbit/s gateway', () => {
    const { stack } = build();
    const [p, ...rest] = ConnectivityReport.forStack(stack).data.paths;
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ cloudA: Cloud.AZURE, cloudB: Cloud.OCI });
    expect(p.backup).toBeUndefined();
    expect(p.primary).toMatchObject({ role: LinkRole.PRIMARY, links: ['test/Interconnect'], patterns: ['ExpressRouteToOracle'], bottleneckMbps: 1000 });
    expect(p.primary!.limitedBy.map((c) => [c.kind, c.name, c.mbps])).toEqual([
      [ThroughputKind.CIRCUIT, 'circuit (ExpressRouteToOracle Interconnect)', 1000],
      [ThroughputKind.GATEWAY, 'ExpressRoute gateway ErGw1AZ', 1000],
    ]);
    expect(p.primary!.limitedBy[1].source).toContain(EXPRESSROUTE_GATEWAY_SKU_SOURCE);
    expect(ConnectivityReport.forStack(stack).markdown).toContain('| Azure ↔ OCI | ExpressRouteToOracle `test/Interconnect` | 1000 Mbit/s: circuit (ExpressRouteToOracle Interconnect) = ExpressRoute gateway ErGw1AZ | none | - |');
  });

  test('a bigger circuit moves the bottleneck to the gateway', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'test');
    new AzurermProvider(stack, 'azurerm', { features: [{}] });
    new OciProvider(stack, 'oci', { region: 'us-ashburn-1' });
    new ExpressRouteToOracle(stack, 'Interconnect', { azure: new AzureHub(stack, 'Azure', AZURE), oci: new OciHub(stack, 'Oci', OCI), peeringLocation: 'Washington DC', bandwidthMbps: 2000 });
    const p = ConnectivityReport.forStack(stack).data.paths[0].primary!;
    expect(p).toMatchObject({ bottleneckMbps: 1000, bottleneck: '1000 Mbit/s: ExpressRoute gateway ErGw1AZ' });
  });

  test('route propagation: what each speaker receives, and from whom', () => {
    const { stack } = build();
    const sp = ConnectivityReport.forStack(stack).data.speakers;
    const msee = sp.find((s) => s.label === 'Microsoft edge (primary)')!;
    expect(msee).toMatchObject({ cloud: Cloud.AZURE, asn: 12076, transit: false, originates: ['10.10.0.0/16'] });
    expect(msee.received.map((r) => [r.prefix, r.fromLabel])).toEqual([['10.20.1.0/24', 'OCI FastConnect (primary)'], ['10.20.2.0/24', 'OCI FastConnect (primary)']]);
  });

  test('the Mermaid topology parses: subgraph per cloud, hubs, gateway, speakers, the circuit; primary edges solid', () => {
    const { stack } = build();
    const r = ConnectivityReport.forStack(stack);
    const { nodes, edges, subgraphs } = parseMermaid(r.mermaid);
    expect(subgraphs).toEqual(['cloud_Azure', 'cloud_OCI']);
    expect(nodes.size).toBe(2 /* hubs */ + 1 /* ER gateway */ + 4 /* speakers */ + 1 /* circuit */);
    expect(edges.every(([, style]) => style === '---')).toBe(true);
    expect(r.mermaid).toContain('[/"ExpressRoute gateway ErGw1AZ<br/>1000 Mbit/s"/]');
    expect(r.mermaid).toContain('{{"Interconnect: ExpressRouteToOracle<br/>circuit 1000 Mbit/s · primary"}}');
    expect(r.markdown).toContain('```mermaid\nflowchart LR\n');
  });

  test('backup links are dotted, and a customer router sits in its own subgraph', () => {
    const { stack } = build();
    AppContext.of(stack).model._addLink(() => ({
      id: 'test/Backup', stack: 'test', pattern: 'Hand', kind: LinkKind.LAYER3, role: LinkRole.BACKUP, clouds: [Cloud.AZURE, Cloud.CUSTOMER], hubs: ['test/Azure'], circuitMbps: 100,
      sessions: [{
        id: 'test/Backup/s', link: 'test/Backup', initiator: BgpInitiator.EITHER, bfd: true, subnet: '192.168.60.0/30',
        a: { cloud: Cloud.AZURE, node: 'test/Backup/msee', label: 'Microsoft edge', asn: 12076, originates: ['10.10.0.0/16'], receiveLimitType: SessionType.EXPRESSROUTE_PRIVATE, hub: 'test/Azure' },
        b: { cloud: Cloud.CUSTOMER, node: 'test/Backup/router', label: 'Customer router', asn: 65010, originates: ['172.16.0.0/16'], receiveLimitType: SessionType.CUSTOMER_ROUTER },
      }],
    }));
    const r = ConnectivityReport.forStack(stack);
    const { edges, subgraphs } = parseMermaid(r.mermaid);
    expect(subgraphs).toEqual(['cloud_Azure', 'cloud_OCI', 'cloud_Customer']);
    expect(edges.filter(([, style]) => style === '-.-').length).toBeGreaterThanOrEqual(2);
    expect(r.mermaid).toMatch(/bgp\d+\(\("Customer router<br\/>AS65010"\)\)/);
    const azCustomer = r.data.paths.find((p) => p.cloudB === Cloud.CUSTOMER)!;
    expect(azCustomer.primary).toBeUndefined();
    expect(azCustomer.backup).toMatchObject({ links: ['test/Backup'], bottleneckMbps: 100 });
  });

  test('the JSON document: sorted keys, the same on every run, the same data', () => {
    const one = ConnectivityReport.forStack(build().stack);
    const two = ConnectivityReport.forStack(build().stack);
    expect(one.json).toBe(two.json);
    const parsed = JSON.parse(one.json);
    expect(parsed).toEqual(JSON.parse(JSON.stringify(one.data)));
    expect(parsed.schema).toBe('cdktf-azure-multicloud/connectivity-report/v1');
    const checkSorted = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(checkSorted);
      else if (v !== null && typeof v === 'object') {
        const keys = Object.keys(v);
        expect(keys).toEqual([...keys].sort());
        Object.values(v).forEach(checkSorted);
      }
    };
    checkSorted(parsed);
    expect(one.markdown).toBe(two.markdown);
  });

  test('connectivity.md and connectivity.json are written next to cdk.tf.json by app.synth()', () => {
    const { app, stack } = build();
    app.synth();
    const dir = path.join(app.outdir, 'stacks', 'test');
    expect(fs.existsSync(path.join(dir, 'cdk.tf.json'))).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'connectivity.md'), 'utf8')).toBe(ConnectivityReport.forStack(stack).markdown);
    expect(fs.readFileSync(path.join(dir, 'connectivity.json'), 'utf8')).toBe(ConnectivityReport.forStack(stack).json);
    expect(app.outdir.startsWith(os.tmpdir())).toBe(true);
  });

  test('and by Testing.fullSynth', () => {
    const { stack } = build();
    const outdir = Testing.fullSynth(stack);
    expect(fs.readdirSync(path.join(outdir, 'stacks', 'test')).sort()).toEqual(['cdk.tf.json', 'connectivity.json', 'connectivity.md']);
  });

  test('attach is idempotent: one validation and one pair of files per stack', () => {
    const { stack } = build();
    ConnectivityReport.attach(stack);
    ConnectivityReport.attach(stack);
    const artifacts = stack.node.tryFindChild('Artifacts') as any;
    expect(artifacts.fileNames).toEqual(['connectivity.json', 'connectivity.md']);
    expect(ConnectivityReport.validateStack(stack)).toEqual([]);
  });
});

describe('ConnectivityReport: the examples app\'s Azure-Oracle stack', () => {
  test('its figures', () => {
    const app = Testing.app({ outdir: tmpOutdir() });
    const stack = new AzureOracleStack(app, 'azure-oracle');
    const r = ConnectivityReport.forStack(stack);
    expect(r.errors).toEqual([]);
    expect(r.data.sessions).toHaveLength(2);
    for (const s of r.data.sessions) {
      expect([s.a.asn, s.b.asn]).toEqual([12076, 31898]);
      expect(s.subnet).toMatch(/^192\.168\.255\.\d+\/30$/);
      expect(s.b.address).toBe(s.subnet!.replace(/\.(\d+)\/30$/, (_m, n) => `.${Number(n) + 1}`));
      expect(s.a.address).toBe(s.subnet!.replace(/\.(\d+)\/30$/, (_m, n) => `.${Number(n) + 2}`));
    }
    expect(r.data.budgets.filter((b) => b.receiverCloud === Cloud.AZURE).map((b) => [b.used, b.limit, b.percent])).toEqual([[2, 4000, 0.1], [2, 4000, 0.1]]);
    expect(r.data.paths[0].primary).toMatchObject({ bottleneckMbps: 1000 });
    expect(r.data.paths[0].primary!.limitedBy.map((c) => c.kind)).toEqual([ThroughputKind.CIRCUIT, ThroughputKind.GATEWAY]);
    app.synth();
    expect(fs.existsSync(path.join(app.outdir, 'stacks', 'azure-oracle', 'connectivity.md'))).toBe(true);
  });
});

describe('ConnectivityReport across stacks', () => {
  test('a pattern wired to hubs in other stacks synthesizes, and every stack involved reports the link', () => {
    // the Azure hub and the OCI hub in their own stacks, the pattern in a third one that holds the connection
    const app = Testing.app({ outdir: tmpOutdir() });
    const azureStack = new TerraformStack(app, 'azure');
    new AzurermProvider(azureStack, 'azurerm', { features: [{}] });
    const ociStack = new TerraformStack(app, 'oci');
    new OciProvider(ociStack, 'oci', { region: 'us-ashburn-1' });
    const connect = new TerraformStack(app, 'interconnect');
    new AzurermProvider(connect, 'azurerm', { features: [{}] });
    const a = new AzureHub(azureStack, 'Azure', AZURE);
    const o = new OciHub(ociStack, 'Oci', OCI);
    new ExpressRouteToOracle(connect, 'Interconnect', { azure: a, oci: o, peeringLocation: 'Washington DC', bandwidthMbps: 1000 });
    expect(() => app.synth()).not.toThrow();
    const read = (s: string) => JSON.parse(fs.readFileSync(path.join(app.outdir, 'stacks', s, 'connectivity.json'), 'utf8'));
    for (const s of ['azure', 'oci', 'interconnect']) {
      const r = read(s);
      expect(r.stack).toBe(s);
      expect(r.links.map((l: any) => l.id)).toEqual(['interconnect/Interconnect']);
      expect(r.hubs.map((h: any) => h.id)).toEqual(['azure/Azure', 'oci/Oci']);
      expect(r.sessions).toHaveLength(2);
      expect(r.paths[0].primary.bottleneckMbps).toBe(1000);
    }
    const all = ConnectivityReport.forApp(app);
    expect(all.data.stack).toBeUndefined();
    expect(all.data.hubs.map((h) => h.stack)).toEqual(['azure', 'oci']);
    expect(all.data.links.map((l) => l.stack)).toEqual(['interconnect']);
  });

  test('the checks see the whole app across stacks: an OCI hub in one stack overlapping an Azure hub in another fails every stack involved', () => {
    const app = Testing.app({ outdir: tmpOutdir() });
    const azureStack = new TerraformStack(app, 'azure');
    new AzurermProvider(azureStack, 'azurerm', { features: [{}] });
    const ociStack = new TerraformStack(app, 'oci');
    new OciProvider(ociStack, 'oci', { region: 'us-ashburn-1' });
    new AzureHub(azureStack, 'Azure', { ...AZURE, addressSpace: ['10.20.0.0/20'], gatewaySubnetCidr: '10.20.15.0/27' });
    new OciHub(ociStack, 'Oci', OCI);
    expect(() => app.synth()).toThrow(/\[oci\/Oci\] `vcnCidrs` = "10.20.0.0\/16": .*overlaps 10.20.0.0\/20 of Azure hub azure\/Azure/);
    expect(ConnectivityReport.validateStack(azureStack)).toEqual(ConnectivityReport.validateStack(ociStack));
    expect(ConnectivityReport.validateStack(azureStack)).toHaveLength(1);
  });

  test('the checks see the whole app: an overlap between stacks fails the synth and no report is written', () => {
    const app = Testing.app({ outdir: tmpOutdir() });
    const { stack } = build(app);
    const other = new TerraformStack(app, 'other');
    new AzurermProvider(other, 'azurerm', { features: [{}] });
    new AzureHub(other, 'Spoke', { ...AZURE, virtualNetworkName: 'vnet-spoke', addressSpace: ['10.20.5.0/24'], gatewaySubnetCidr: '10.20.5.0/27' });
    expect(() => app.synth()).toThrow(/\[test\/Oci\] `vcnCidrs` = "10.20.0.0\/16": the range of OCI hub test\/Oci .* overlaps 10.20.5.0\/24 of Azure hub other\/Spoke/);
    expect(ConnectivityReport.forStack(stack).errors).toHaveLength(1);
    expect(ConnectivityReport.forStack(stack).markdown).toMatch(/\| \*\*error\*\* \| `overlapping-ranges` \| `test\/Oci` \|/);
    expect(fs.existsSync(path.join(app.outdir, 'stacks', 'test', 'connectivity.md'))).toBe(false);
  });

  test('warnings become warning annotations on the stack and do not fail the synth', () => {
    const { app, stack } = build();
    const prefixes = Array.from({ length: 85 }, (_, i) => `172.16.${i}.0/24`);
    AppContext.of(stack).model._addLink(() => ({
      id: 'test/Dx', stack: 'test', pattern: 'Hand', kind: LinkKind.LAYER2, role: LinkRole.PRIMARY, clouds: [Cloud.AWS, Cloud.CUSTOMER], hubs: [],
      sessions: [{
        id: 'test/Dx/vif', link: 'test/Dx', initiator: BgpInitiator.EITHER, bfd: false,
        a: { cloud: Cloud.AWS, node: 'test/Dx/dxgw', label: 'AWS DX gateway', asn: 64512, originates: ['10.30.0.0/16'], receiveLimitType: SessionType.AWS_DX_PRIVATE_VIF },
        b: { cloud: Cloud.CUSTOMER, node: 'test/Dx/router', label: 'Customer router', asn: 65010, originates: prefixes, receiveLimitType: SessionType.CUSTOMER_ROUTER },
      }],
    }));
    expect(() => app.synth()).not.toThrow();
    const warnings = stack.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => m.data);
    expect(warnings).toEqual([expect.stringMatching(/\[test\/Dx\] .*85 prefixes.*accepts at most 100/)]);
    expect(ConnectivityReport.forStack(stack).warnings).toHaveLength(1);
  });
});

describe('the report never contains a secret', () => {
  test('MD5 keys appear as references only; literals and tokens are withheld', () => {
    expect(safeKeyReference(undefined)).toBe('none');
    expect(safeKeyReference('var.bgp_md5_key')).toBe('var.bgp_md5_key');
    expect(safeKeyReference('random_password.bgp_md5.result')).toBe('random_password.bgp_md5.result');
    expect(safeKeyReference('app/stack/L2/Md5Key')).toBe('app/stack/L2/Md5Key');
    expect(safeKeyReference('S3cr3t!Key')).toBe('set (not shown)');
    expect(safeKeyReference('${TfToken[TOKEN.42]}')).toBe('set (not shown)');
    expect(safeKeyReference('kX9fQ2mZ7LpR4tWv8yB3nC6d')).toBe('set (not shown)');
    expect(safeKeyReference('hunter2')).toBe('set (not shown)');
    // the name of a Terraform output cdktf allocated (what L2ProviderMultiCloud records)
    expect(safeKeyReference('L2_azure-md5-key_1A2B3C4D')).toBe('L2_azure-md5-key_1A2B3C4D');
  });

  test('the scanner finds what looks like a key', () => {
    expect(keyLike('psk = hunter2-Secret!')).toHaveLength(1);
    expect(keyLike('md5 kX9fQ2mZ7LpR4tWv8yB3nC6dA1 ok')).toEqual(['kX9fQ2mZ7LpR4tWv8yB3nC6dA1']);
    expect(keyLike('cafebabecafebabecafebabecafebabe')).toHaveLength(1);
    expect(keyLike('"${TfToken[TOKEN.42]}"')).toHaveLength(1);
    expect(keyLike('-----BEGIN RSA PRIVATE KEY-----')).toHaveLength(1);
    expect(keyLike('https://learn.microsoft.com/azure/expressroute/expressroute-faqs#limits 192.168.50.0/30')).toEqual([]);
  });

  test('a real stack with a sensitive variable and planted keys: nothing that looks like a key in the Markdown or the JSON', () => {
    const { stack, app } = build();
    const md5 = new TerraformVariable(stack, 'bgp_md5', { type: 'string', sensitive: true });
    const planted = ['kX9fQ2mZ7LpR4tWv8yB3nC6dA1', 'hunter2-Secret!', 'cafebabecafebabecafebabecafebabe'];
    const refs = [md5.stringValue, ...planted, 'var.bgp_md5', 'Keyed_md5-key_1A2B3C4D'];
    AppContext.of(stack).model._addLink(() => ({
      id: 'test/Keyed', stack: 'test', pattern: 'Hand', kind: LinkKind.LAYER2, role: LinkRole.BACKUP, clouds: [Cloud.AZURE, Cloud.CUSTOMER], hubs: ['test/Azure'],
      sessions: refs.map((ref, i) => ({
        id: `test/Keyed/s${i}`, link: 'test/Keyed', initiator: BgpInitiator.EITHER, bfd: false, md5KeyRef: ref, subnet: `192.168.70.${i * 4}/30`, vlan: 100 + i, vlanDomain: 'test/Keyed/port',
        a: { cloud: Cloud.AZURE, node: `test/Keyed/msee${i}`, label: 'Microsoft edge', asn: 12076, originates: ['10.10.0.0/16'], receiveLimitType: SessionType.EXPRESSROUTE_PRIVATE, hub: 'test/Azure' },
        b: { cloud: Cloud.CUSTOMER, node: 'test/Keyed/router', label: 'Customer router', asn: 65010, originates: [], receiveLimitType: SessionType.CUSTOMER_ROUTER },
      })),
    }));
    const r = ConnectivityReport.forStack(stack);
    expect(r.data.sessions.filter((s) => s.link === 'test/Keyed').map((s) => s.md5)).toEqual(['set (not shown)', 'set (not shown)', 'set (not shown)', 'set (not shown)', 'var.bgp_md5', 'Keyed_md5-key_1A2B3C4D']);
    expectNoSecret(r.markdown, planted);
    expectNoSecret(r.json, planted);
    app.synth();
    for (const f of ['connectivity.md', 'connectivity.json']) expectNoSecret(fs.readFileSync(path.join(app.outdir, 'stacks', 'test', f), 'utf8'), planted);
  });
});

describe('the report JSON (stableStringify)', () => {
  test('keys sorted at every depth, undefined members dropped, arrays kept in order, a __proto__ key kept as a key', () => {
    const value = JSON.parse('{"b": 1, "a": [{"z": 1, "y": [3, 1]}, 2], "__proto__": {"d": 4, "c": null}}');
    value.u = undefined;
    const text = stableStringify(value);
    expect(text).toBe([
      '{',
      '  "__proto__": {',
      '    "c": null,',
      '    "d": 4',
      '  },',
      '  "a": [',
      '    {',
      '      "y": [',
      '        3,',
      '        1',
      '      ],',
      '      "z": 1',
      '    },',
      '    2',
      '  ],',
      '  "b": 1',
      '}',
    ].join('\n'));
    // the key stays data: parsing it back gives an own property, not a prototype
    expect(Object.keys(JSON.parse(text))).toEqual(['__proto__', 'a', 'b']);
    expect(Object.getPrototypeOf(JSON.parse(text))).toBe(Object.prototype);
  });
});
