// One budget authority: every prefix-budget figure a pattern reports (warning or error) is the connectivity
// report's figure for the same session and receiving side, because both come from one route propagation.
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { App, TerraformStack, Testing } from 'cdktf';
import * as fc from 'fast-check';
import { AwsHub } from '../../lib/hubs/aws-hub';
import { AzureHub } from '../../lib/hubs/azure-hub';
import { GcpHub } from '../../lib/hubs/gcp-hub';
import { OciHub } from '../../lib/hubs/oci-hub';
import { BudgetLevel } from '../../lib/plan/routing/budget';
import { Cloud } from '../../lib/plan/facts/clouds';
import { S2SVpnBackup } from '../../lib/patterns/s2s-vpn-backup';
import { OciProvider } from '../../lib/providers/oci';
import { ConnectivityReport } from '../../lib/report/connectivity-report';

/** `n` disjoint /24s inside `10.<second>.0.0/16`. */
const subnets = (second: number, n: number): string[] => Array.from({ length: n }, (_, i) => `10.${second}.${i}.0/24`);

interface Shape {
  readonly aws: number;
  readonly gcp: number;
  readonly oci: number;
  readonly azure: number;
  readonly vpns: number;
}

function build(shape: Shape): { app: App; stack: TerraformStack; vpns: S2SVpnBackup[] } {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  new OciProvider(stack, 'oci', { region: 'us-ashburn-1' });
  const vpns: S2SVpnBackup[] = [];
  for (let v = 0; v < shape.vpns; v++) {
    // one Azure hub per VPN; the peers of the second VPN are other networks again
    const base = 20 + v * 40;
    const azure = new AzureHub(stack, `Azure${v}`, {
      resourceGroupName: 'rg-net', location: 'eastus', virtualNetworkName: `vnet-${v}`,
      addressSpace: [...subnets(base, shape.azure), `10.${base}.255.0/24`], gatewaySubnetCidr: `10.${base}.255.0/27`,
    });
    const aws = shape.aws > 0 ? new AwsHub(stack, `Aws${v}`, { vpcId: `vpc-${v}`, vpcCidrs: subnets(base + 1, shape.aws), region: 'us-east-1' }) : undefined;
    const gcp = shape.gcp > 0 ? new GcpHub(stack, `Gcp${v}`, { project: 'p', region: 'us-east4', network: `net-${v}`, subnetCidrs: subnets(base + 2, shape.gcp) }) : undefined;
    const oci = shape.oci > 0 ? new OciHub(stack, `Oci${v}`, {
      compartmentId: 'ocid1.compartment.oc1..aaaa', region: 'us-ashburn-1', vcnId: `ocid1.vcn.oc1.iad.${v}`,
      vcnCidrs: [`10.${base + 3}.0.0/16`], subnetCidrs: subnets(base + 3, shape.oci),
    }) : undefined;
    vpns.push(new S2SVpnBackup(stack, `Vpn${v}`, { azure, aws, gcp, oci }));
  }
  return { app, stack, vpns };
}

interface Reported { session: string; sender: string; used: number; limit: number; level: BudgetLevel }

/** The budget figures in a pattern's messages: `<used> of <limit> on session <id> from <sender> (`. */
function figures(messages: string[], level: BudgetLevel): Reported[] {
  const out: Reported[] = [];
  for (const m of messages) {
    const x = /: (\d+) of (\d+) on session (\S+) from (.+?) \((?=\d+ from )/.exec(m);
    if (x) out.push({ used: Number(x[1]), limit: Number(x[2]), session: x[3], sender: x[4], level });
  }
  return out;
}

const warningsOf = (vpn: S2SVpnBackup): string[] => vpn.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));

describe('one budget authority', () => {
  test('S2SVpnBackup from one Azure hub to AWS and Google Cloud with 90 Google subnets: 91 of 100 in the warning and in the report, and AWS <-> Google through Azure', () => {
    // GIVEN
    const app = Testing.app();
    const stack = new TerraformStack(app, 'test');
    const azure = new AzureHub(stack, 'Azure', { resourceGroupName: 'rg', location: 'eastus', virtualNetworkName: 'vnet', addressSpace: ['10.10.0.0/16'], gatewaySubnetCidr: '10.10.255.0/27' });
    const aws = new AwsHub(stack, 'Aws', { vpcId: 'vpc-1', vpcCidrs: ['10.30.0.0/16'], region: 'us-east-1' });
    const gcp = new GcpHub(stack, 'Gcp', { project: 'p', region: 'us-east4', network: 'net', subnetCidrs: subnets(40, 90) });
    // WHEN
    const vpn = new S2SVpnBackup(stack, 'VpnBackup', { azure, aws, gcp });
    expect(ConnectivityReport.validateStack(stack)).toEqual([]); // what the synth runs once the app is complete
    // THEN: the warning (on the pattern) and the report agree: every AWS tunnel gets the VNet and Google's 90 subnets
    const warned = warningsOf(vpn).filter((w) => /on session test\/VpnBackup\/aws\//.test(w));
    expect(warned).toHaveLength(4);
    for (const w of warned) expect(w).toMatch(/^`gcp.subnetCidrs` = "91 prefixes": .*is at 91 % of it: 91 of 100 on session test\/VpnBackup\/aws\/tunnel\d from Azure VPN gateway VpnGw2AZ \(instance \d\) \(90 from Google Cloud Router/);
    const report = ConnectivityReport.forStack(stack);
    const toAws = report.data.budgets.filter((b) => b.receiverCloud === Cloud.AWS);
    expect(toAws.map((b) => [b.used, b.limit, b.level])).toEqual(Array(4).fill([91, 100, BudgetLevel.WARNING]));
    expect(report.markdown).toMatch(/\| 91 \| 100 \|/);
    const awsGcp = report.data.paths.find((p) => p.cloudA === Cloud.AWS && p.cloudB === Cloud.GCP);
    expect(awsGcp?.backup?.links).toEqual(['test/VpnBackup/aws', 'test/VpnBackup/gcp']);
    expect(report.markdown).toMatch(/AWS ↔ Google Cloud/);
  });

  test('property: every budget figure a pattern reports equals the report\'s for the same session and receiving side (200 random apps)', () => {
    const shape = fc.record({
      aws: fc.integer({ min: 0, max: 104 }),
      gcp: fc.integer({ min: 0, max: 104 }),
      oci: fc.integer({ min: 0, max: 12 }),
      azure: fc.integer({ min: 0, max: 8 }),
      // a second hub pair (and VPN) in one run in eight: two patterns in one app, at a fraction of the cost
      vpns: fc.integer({ min: 1, max: 8 }).map((n) => (n === 8 ? 2 : 1)),
    }).filter((s) => s.aws + s.gcp + s.oci > 0);
    fc.assert(fc.property(shape, (s) => {
      const { stack, vpns } = build(s);
      const errors = ConnectivityReport.validateStack(stack); // what the synth fails with; adds the warnings
      const reported = [
        ...figures(errors, BudgetLevel.ERROR),
        ...vpns.flatMap((v) => figures(warningsOf(v), BudgetLevel.WARNING)),
      ];
      const budgets = ConnectivityReport.forStack(stack).data.budgets;
      // every figure a pattern reports is the report's
      for (const r of reported) {
        const b = budgets.find((x) => x.session === r.session && x.senderLabel === r.sender);
        expect(b).toBeDefined();
        expect([b!.used, b!.limit, b!.level]).toEqual([r.used, r.limit, r.level]);
      }
      // and every session the report has at or over 80 % is reported by a pattern
      const flagged = budgets.filter((b) => b.level !== BudgetLevel.OK);
      expect(reported).toHaveLength(flagged.length);
    }), { numRuns: 200 });
  }, 120_000);
});
