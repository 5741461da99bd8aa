// Fuzz test of the public API, as a JavaScript caller without a type checker would use it: apps of hubs and
// patterns whose props are valid, then 0-3 of them replaced by hostile values (wrong kinds, NaN, extreme numbers,
// Object.prototype keys, line breaks, long strings, Terraform tokens, literal secrets). Each app must either
// synthesize or be refused with a ValidationError (directly, or in cdktf's stack validation); whatever it
// synthesizes must carry no token text, NaN, `undefined` or `[object Object]` in any file, FRR and Markdown
// files must be well formed, no literal secret may appear in a file or an error, and building the same tree in
// another order must give the same files.
//
// Seeded and bounded for `npm test` (FUZZ_RUNS apps, default 40); a long run: FUZZ_RUNS=20000 FUZZ_SEED=<n> npx jest test/fuzz.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import * as fc from 'fast-check';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { AwsHub } from '../../lib/hubs/aws-hub';
import { AzureHub } from '../../lib/hubs/azure-hub';
import { AzureVirtualWanHub } from '../../lib/hubs/azure-virtual-wan-hub';
import { GcpHub } from '../../lib/hubs/gcp-hub';
import { OciHub } from '../../lib/hubs/oci-hub';
import { DeployStage } from '../../lib/links/deploy-stage';
import { ExpressRouteToOracle } from '../../lib/patterns/expressroute-to-oracle';
import { L2ProviderMultiCloud } from '../../lib/patterns/l2-provider-multicloud';
import { L3ProviderMultiCloud } from '../../lib/patterns/l3-provider-multicloud';
import { S2SVpnBackup } from '../../lib/patterns/s2s-vpn-backup';
import { PROP_SHAPES } from '../../lib/plan/prop-shapes.generated';
import { isValidationError } from '../../lib/plan/errors';
import { OciProvider } from '../../lib/providers/oci';
import { AWS_HUB, AZURE_HUB, GCP_HUB, OCI_HUB } from '../support/fixtures';
import { recordStack, withoutJudging } from '../support/terraform-check';

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const SECRET = 'LiteralSecret-7f3a9c';

/** A hostile value, by name, so a failing case prints readably; `token:*` values are made in the stack. */
const HOSTILE: Record<string, unknown> = {
  undefined: undefined, null: null, nan: NaN, inf: Infinity, negative: -1, fraction: 1.5, huge: 2 ** 53, zero: 0,
  emptyString: '', constructor: 'constructor', proto: '__proto__', toString: 'toString', newline: 'eth0\nrouter bgp 666',
  trailingNewline: '10.10.0.0/16\n', leadingSpace: ' 10.10.0.0/16', long: 'x'.repeat(300), number: 7, bool: true,
  emptyList: [], stringForList: '10.0.0.0/16', listOfNumbers: [1, 2], object: { a: 1 }, fn: () => 1,
  linkLocal: ['169.254.0.0/16'], overlap: ['10.10.0.0/16'], secret: SECRET, pipe: 'a | b',
  'token:string': 'token:string', 'token:number': 'token:number', 'token:list': 'token:list',
};

interface Mutation { readonly target: string; readonly prop: string; readonly value: string }
interface AppSpec { readonly azure: 'vnet' | 'vwan'; readonly peers: string[]; readonly patterns: string[]; readonly mutations: Mutation[]; readonly id: string }

/** Every prop of each construct's props, from the jsii assembly (lib/plan/prop-shapes.generated.ts). */
const propsOf = (struct: string): string[] => PROP_SHAPES.structs.find(([n]) => n === struct)![1].map((p) => p.n);
const TARGETS: Record<string, string[]> = Object.fromEntries(
  ['AzureHub', 'AzureVirtualWanHub', 'AwsHub', 'GcpHub', 'OciHub', 'S2SVpnBackup', 'ExpressRouteToOracle', 'L2ProviderMultiCloud', 'L3ProviderMultiCloud'].map((c) => [c, propsOf(`${c}Props`)]),
);

const specArb: fc.Arbitrary<AppSpec> = fc.record({
  azure: fc.constantFrom<'vnet' | 'vwan'>('vnet', 'vnet', 'vwan'),
  peers: fc.subarray(['aws', 'gcp', 'oci']),
  patterns: fc.subarray(['S2SVpnBackup', 'ExpressRouteToOracle', 'L2ProviderMultiCloud', 'L3ProviderMultiCloud'], { minLength: 1 }),
  mutations: fc.array(fc.record({
    target: fc.constantFrom(...Object.keys(TARGETS)),
    prop: fc.nat(200).map(String),
    value: fc.constantFrom(...Object.keys(HOSTILE)),
  }), { maxLength: 3 }),
  id: fc.constantFrom('Link', 'link-2', 'x'.repeat(120), 'Ünïcode'),
});

function valueOf(name: string, stack: TerraformStack, n: number): unknown {
  if (name === 'token:string') return new TerraformVariable(stack, `fuzz_s${n}`, { type: 'string' }).stringValue;
  if (name === 'token:number') return new TerraformVariable(stack, `fuzz_n${n}`, { type: 'number' }).numberValue;
  if (name === 'token:list') return new TerraformVariable(stack, `fuzz_l${n}`, { type: 'list(string)' }).listValue;
  return HOSTILE[name];
}

/** Build the app of `spec`; `reverse` creates the patterns in the opposite order. Returns the output directory. */
function build(spec: AppSpec, reverse: boolean): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuzz-'));
  try {
    return buildIn(outdir, spec, reverse);
  } catch (e) {
    fs.rmSync(outdir, { recursive: true, force: true });
    throw e;
  }
}

function buildIn(outdir: string, spec: AppSpec, reverse: boolean): string {
  const app = new App({ outdir, skipValidation: false });
  const stack = new TerraformStack(app, 'fuzz');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  new AwsProvider(stack, 'aws', { region: 'us-east-1' });
  new GoogleProvider(stack, 'google', { project: 'net-prod' });
  new RandomProvider(stack, 'random');
  new OciProvider(stack, 'oci', { region: 'us-ashburn-1' });
  let n = 0;
  const props = (target: string, base: Record<string, unknown>): Record<string, unknown> => {
    const out = { ...base };
    for (const m of spec.mutations) {
      if (m.target !== target) continue;
      const names = TARGETS[target];
      out[names[Number(m.prop) % names.length]] = valueOf(m.value, stack, n++);
    }
    return out;
  };
  // a hub VNet, or a Virtual WAN hub (its ExpressRoute gateway has no SKU: the patterns leave gatewaySku out)
  const vwan = spec.azure === 'vwan';
  const azure = vwan
    ? new AzureVirtualWanHub(stack, 'AzureHub', props('AzureVirtualWanHub', { resourceGroupName: 'rg-vwan', location: 'eastus', name: 'vhub-eastus', hubAddressPrefix: '10.10.0.0/23', connectedAddressSpaces: ['10.11.0.0/16'] }) as never)
    : new AzureHub(stack, 'AzureHub', props('AzureHub', { ...AZURE_HUB }) as never);
  const gatewaySku = vwan ? undefined : 'ErGw2AZ';
  const aws = spec.peers.includes('aws') ? new AwsHub(stack, 'AwsHub', props('AwsHub', { ...AWS_HUB }) as never) : undefined;
  const gcp = spec.peers.includes('gcp') ? new GcpHub(stack, 'GcpHub', props('GcpHub', { ...GCP_HUB }) as never) : undefined;
  const oci = new OciHub(stack, 'OciHub', props('OciHub', { ...OCI_HUB }) as never);
  const peers = { aws, gcp, oci: spec.peers.includes('oci') ? oci : undefined };
  const make: Record<string, () => void> = {
    S2SVpnBackup: () => new S2SVpnBackup(stack, `Vpn${spec.id}`, props('S2SVpnBackup', { azure, ...(peers.aws || peers.gcp || peers.oci ? peers : { aws: undefined }) }) as never),
    ExpressRouteToOracle: () => new ExpressRouteToOracle(stack, `Er${spec.id}`, props('ExpressRouteToOracle', { azure, oci, peeringLocation: 'Washington DC', bandwidthMbps: 1000, gatewaySku }) as never),
    L2ProviderMultiCloud: () => new L2ProviderMultiCloud(stack, `L2${spec.id}`, props('L2ProviderMultiCloud', {
      azure, aws, oci, customerRouterAsn: 65010, peeringRange: ['192.168.254.0/24'], onPremisesPrefixes: ['172.16.0.0/16'], serviceProviderName: 'Equinix',
      peeringLocation: 'Washington DC', bandwidthMbps: 1000, azureVlan: 100, awsConnectionId: aws ? 'dxcon-ffabc123' : undefined, awsVlan: aws ? 200 : undefined,
      ociProviderServiceName: 'Megaport', ociVlan: 400, deployStage: DeployStage.CONNECT, gatewaySku,
    }) as never),
    L3ProviderMultiCloud: () => new L3ProviderMultiCloud(stack, `L3${spec.id}`, props('L3ProviderMultiCloud', {
      azure, aws, oci, vrfMode: 'SHARED', customerBgp: true, customerAsn: 65020, onPremisesPrefixes: ['172.20.0.0/16'], serviceProviderName: 'AT&T', peeringLocation: 'Chicago',
      bandwidthMbps: 1000, providerAsn: 65100, awsVirtualInterfaceId: aws ? 'dxvif-ffabc123' : undefined, ociProviderServiceName: 'AT&T', deployStage: DeployStage.CONNECT, gatewaySku,
    }) as never),
  };
  const order = reverse ? [...spec.patterns].reverse() : spec.patterns;
  for (const p of order) make[p]();
  app.synth();
  return outdir;
}

/** The files of an output directory (which is then removed: long runs build tens of thousands). */
function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (!/manifest\.json$|\.tfstate/.test(e.name)) out.set(path.relative(dir, p), fs.readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  fs.rmSync(dir, { recursive: true, force: true });
  return out;
}

const LEAKS = /\$\{TfToken\[|\$\{Token\[|\bNaN\b|\bundefined\b|\[object Object\]|-?\d\.\d+e\+(2[89]\d|3\d\d)/;

/** True when the spec puts the literal secret into a prop that holds a key (elsewhere it is just a wrong value). */
function secretGiven(spec: AppSpec): boolean {
  return spec.mutations.some((m) => m.value === 'secret' && /Md5Key$|md5Key$|preSharedKey$/.test(TARGETS[m.target][Number(m.prop) % TARGETS[m.target].length]));
}

function checkFiles(out: Map<string, string>, secret: boolean): void {
  for (const [name, text] of out) {
    if (/[\r\n\t]/.test(path.basename(name))) throw new Error(`file name with a control character: ${JSON.stringify(name)}`);
    if (path.basename(name).length > 120) throw new Error(`file name longer than 120 characters: ${name}`);
    const leak = LEAKS.exec(text);
    if (leak) throw new Error(`${name} contains ${JSON.stringify(leak[0])} near ${JSON.stringify(text.slice(Math.max(0, leak.index - 60), leak.index + 40))}`);
    if (secret && text.includes(SECRET)) throw new Error(`${name} contains the literal secret given as a key`);
    if (name.endsWith('.conf')) {
      const routers = text.split('\n').filter((l) => /^router bgp /.test(l));
      if (routers.length !== 1) throw new Error(`${name}: ${routers.length} "router bgp" blocks`);
      for (const l of text.split('\n')) if (/^\s*neighbor /.test(l) && /[^ -~]/.test(l)) throw new Error(`${name}: non-printable in ${JSON.stringify(l)}`);
    }
    if (name.endsWith('.md')) {
      for (const block of text.split(/\n\n+/)) {
        const rows = block.split('\n').filter((l) => l.startsWith('|'));
        if (rows.length < 2) continue;
        const cols = (l: string) => l.replace(/\\\|/g, '').split('|').length;
        const want = cols(rows[0]);
        for (const r of rows) if (cols(r) !== want) throw new Error(`${name}: a Markdown row with ${cols(r)} cells, the header has ${want}: ${JSON.stringify(r)}`);
      }
    }
    if (name.endsWith('.json')) JSON.parse(text);
  }
}

/** A ValidationError, or cdktf's stack-validation error wrapping the library's messages. */
function refusedProperly(e: unknown): boolean {
  if (isValidationError(e)) return true;
  return e instanceof Error && /^Validation failed with the following errors:/.test(e.message);
}

describe('fuzz: generated apps with hostile props', () => {
  test(`${RUNS} apps (seed ${SEED}): only ValidationErrors, clean files, the same files in any order`, () => {
    let built = 0;
    let refused = 0;
    let slowest = 0;
    fc.assert(fc.property(specArb, (spec) => {
      const started = Date.now();
      let dir: string | undefined;
      try {
        // a refused app's stack is not judged; an accepted one is, below (terraform validate, provider rules)
        dir = withoutJudging(() => build(spec, false));
      } catch (e) {
        if (!refusedProperly(e)) throw new Error(`crash for ${JSON.stringify(spec)}: ${e instanceof Error ? e.stack : String(e)}`);
        // a literal secret given where a key belongs is never echoed (elsewhere it is just a wrong value)
        const secretProp = isValidationError(e) && /Key$|preSharedKey/.test(e.property);
        if (secretProp && String((e as Error).message).includes(SECRET)) throw new Error(`an error message echoes the literal secret: ${(e as Error).message}`);
        refused++;
        slowest = Math.max(slowest, Date.now() - started);
        if (process.env.FUZZ_VERBOSE && spec.mutations.length === 0) process.stderr.write(`refused without mutations: ${JSON.stringify(spec)}: ${(e as Error).message.slice(0, 300)}\n`);
        return;
      }
      built++;
      const first = files(dir);
      checkFiles(first, secretGiven(spec));
      // judged when the file ends (terraform validate, the provider rules); a long run judges its first 100
      if (built <= 100) for (const [name, text] of first) if (name.endsWith('cdk.tf.json')) recordStack(`fuzz app ${JSON.stringify(spec)}`, text);
      const again = files(withoutJudging(() => build(spec, true)));
      expect([...again.keys()].sort()).toEqual([...first.keys()].sort());
      for (const [name, text] of first) if (again.get(name) !== text) throw new Error(`${name} differs when the patterns are built in the other order`);
      const took = Date.now() - started;
      slowest = Math.max(slowest, took);
      // a hang shows as an app that takes seconds: both builds and syntheses of one app stay far below 20 s
      if (took > 20_000) throw new Error(`${JSON.stringify(spec)} took ${took} ms`);
    }), { numRuns: RUNS, seed: SEED, endOnFailure: true });
    if (process.env.FUZZ_VERBOSE) process.stderr.write(`fuzz: ${built} apps synthesized, ${refused} refused with a ValidationError; slowest app ${slowest} ms\n`);
    // both outcomes must occur, or the generator is not exercising the checks
    expect(built).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  }, Math.max(120_000, RUNS * 2_000));
});
