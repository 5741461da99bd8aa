// The outcome of an app never depends on the order its constructs were created in: the same tree synthesizes the
// same JSON, and a conflict is refused in every order, naming the same property.
import { Testing, TerraformStack } from 'cdktf';
import { AzureHub } from '../../lib/hubs/azure-hub';
import { GcpHub } from '../../lib/hubs/gcp-hub';
import { OciHub } from '../../lib/hubs/oci-hub';
import { AwsHub } from '../../lib/hubs/aws-hub';
import { ExpressRouteToOracle } from '../../lib/patterns/expressroute-to-oracle';
import { S2SVpnBackup } from '../../lib/patterns/s2s-vpn-backup';
import { isValidationError } from '../../lib/plan/errors';
import { expectValidationError } from '../support/errors';
import { AWS_HUB, AZURE_HUB, GCP_HUB, OCI_HUB, providerStack } from '../support/fixtures';
import { withoutJudging } from '../support/terraform-check';

type Step = (stack: TerraformStack, made: Map<string, unknown>) => void;

/** Build the steps in the given order (each step reads what earlier ones made) and synthesize, or return the error. */
function run(steps: Step[]): { json?: unknown; error?: { property: string; message: string } } {
  const stack = providerStack();
  const made = new Map<string, unknown>();
  try {
    for (const s of steps) s(stack, made);
    return { json: JSON.parse(Testing.synth(stack, true)) };
  } catch (e) {
    if (!isValidationError(e)) throw e;
    return { error: { property: e.property, message: e.message } };
  }
}

const azureHub: Step = (s, m) => void m.set('azure', new AzureHub(s, 'AzureHub', AZURE_HUB));
const ociHub: Step = (s, m) => void m.set('oci', new OciHub(s, 'OciHub', OCI_HUB));
const awsHub: Step = (s, m) => void m.set('aws', new AwsHub(s, 'AwsHub', AWS_HUB));
const gcpHub: Step = (s, m) => void m.set('gcp', new GcpHub(s, 'GcpHub', GCP_HUB));
/** A second Azure hub whose VNet holds 10.50.0.0/16. */
const otherHub: Step = (s) => void new AzureHub(s, 'OtherHub', { ...AZURE_HUB, virtualNetworkName: 'vnet-other', addressSpace: ['10.50.0.0/16'], gatewaySubnetCidr: '10.50.255.0/27' });
const interconnect = (id: string, extra: object = {}): Step => (s, m) => void new ExpressRouteToOracle(s, id, {
  azure: m.get('azure') as AzureHub, oci: m.get('oci') as OciHub, peeringLocation: 'Washington DC', bandwidthMbps: 1000, ...extra,
});
const backup = (id: string, peer: 'aws' | 'gcp', extra: object = {}): Step => (s, m) => void new S2SVpnBackup(s, id, { azure: m.get('azure') as AzureHub, [peer]: m.get(peer), ...extra });

describe('order independence', () => {
  test('the same tree gives the same JSON whichever pattern is created first', () => {
    const hubs = [azureHub, ociHub, awsHub, gcpHub];
    const patterns = [interconnect('Interconnect'), backup('VpnAws', 'aws'), backup('VpnGcp', 'gcp'), interconnect('Interconnect2')];
    const forward = run([...hubs, ...patterns]);
    const backward = run([...[...hubs].reverse(), ...[...patterns].reverse()]);
    expect(forward.error).toBeUndefined();
    expect(backward.json).toEqual(forward.json);
  });

  test.each([
    ['the ExpressRoute gateway SKU', [interconnect('A', { gatewaySku: 'ErGw2AZ' }), interconnect('B')], 'gatewaySku'],
    ['the Azure VPN gateway ASN', [backup('VpnAws', 'aws', { azureAsn: 65020 }), backup('VpnGcp', 'gcp')], 'vpnGateway'],
  ])('fails in both orders when two patterns on one hub disagree on %s', (_what, patterns, property) => {
    const hubs = [azureHub, ociHub, awsHub, gcpHub];
    const forward = run([...hubs, ...patterns]);
    const backward = run([...hubs, ...[...patterns].reverse()]);
    expect(forward.error?.property).toBe(property);
    expect(backward.error?.property).toBe(property);
  });

  test('fails in both orders when an explicit peering subnet lies inside a hub constructed before or after the pattern', () => {
    const pattern = interconnect('Interconnect', { bgpPeeringCidrs: ['10.50.0.0/30', '10.50.0.4/30'] });
    const before = run([azureHub, ociHub, otherHub, pattern]);
    const after = run([azureHub, ociHub, pattern, otherHub]);
    expect(before.error?.property).toBe('bgpPeeringCidrs[0]');
    expect(after.error?.property).toBe('bgpPeeringCidrs[0]');
    expect(after.error?.message).toMatch(/overlaps the network range 10\.50\.0\.0\/16 of test\/OtherHub/);
  });

  test('allocated peering subnets avoid every hub of the app, whenever it is constructed', () => {
    // the peering range is half inside the other hub: the /30s must come from the half outside, in both orders
    const pattern = interconnect('Interconnect', { peeringRange: ['10.49.255.0/24', '10.50.0.0/24'] });
    for (const steps of [[azureHub, ociHub, otherHub, pattern], [azureHub, ociHub, pattern, otherHub]]) {
      const r = run(steps);
      if (r.error) {
        // constructed first, the hub is named by the range check on the block itself
        expect(r.error.property).toBe('peeringRange[1]');
        continue;
      }
      const text = JSON.stringify(r.json);
      expect(text).not.toMatch(/"10\.50\.0\.\d+\/30"/);
      expect(text).toMatch(/10\.49\.255\.\d+\/30/);
    }
  });
});

describe('stacks', () => {
  test('fails when two patterns use hubs across two stacks in opposite directions, naming the patterns and hub props (not cdktf\'s "circular dependency")', () => {
    const app = Testing.app();
    const one = providerStack('one', app);
    const two = providerStack('two', app);
    const a1 = new AzureHub(one, 'Azure', AZURE_HUB);
    const w1 = new AwsHub(one, 'Aws', AWS_HUB);
    const a2 = new AzureHub(two, 'Azure', { ...AZURE_HUB, resourceGroupName: 'rg-two', virtualNetworkName: 'vnet-two', addressSpace: ['10.60.0.0/16'], gatewaySubnetCidr: '10.60.255.0/27' });
    const w2 = new AwsHub(two, 'Aws', { ...AWS_HUB, vpcId: 'vpc-0two', vpcCidrs: ['10.70.0.0/16'] });
    new S2SVpnBackup(one, 'Vpn', { azure: a1, aws: w2 });
    new S2SVpnBackup(two, 'Vpn', { azure: a2, aws: w1 });
    expectValidationError(() => withoutJudging(() => app.synth()), {
      property: 'aws',
      rule: /^stacks that would depend on each other, which Terraform cannot order: one\/Vpn\/aws \(stack one\) uses the hub two\/Aws \(stack two\) through `aws`; two\/Vpn\/aws \(stack two\) uses the hub one\/Aws \(stack one\) through `aws`$/,
      fix: /create each pattern in the stack of its hubs/,
    });
  });
});
