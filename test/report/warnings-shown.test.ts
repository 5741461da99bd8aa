import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { App, TerraformStack } from 'cdktf';
import { AwsHub } from '../../lib/hubs/aws-hub';
import { AzureHub } from '../../lib/hubs/azure-hub';
import { GcpHub } from '../../lib/hubs/gcp-hub';
import { IkeIntegrity } from '../../lib/plan/ipsec/vocabulary';
import { S2SVpnBackup } from '../../lib/patterns/s2s-vpn-backup';

// Warnings people see: each once, naming the user's property and a fix, under `node main.js` (app.synth() prints
// them to stderr) and under `cdktf synth` (the CLI prints the annotations of the manifest: cdktf-cli
// bundle/bin/cmds/handlers.js prints `WARN [path]: message` per annotation, and runs the app with
// `cdktfRelativeModules` in its context, so the library does not print them a second time).

function build(context?: { [key: string]: unknown }): { app: App; outdir: string } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'warnings-'));
  const app = new App({ outdir, context });
  const stack = new TerraformStack(app, 'net');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  new AwsProvider(stack, 'aws', { region: 'us-east-1' });
  new GoogleProvider(stack, 'google', { project: 'p' });
  new RandomProvider(stack, 'random');
  const azure = new AzureHub(stack, 'Azure', { resourceGroupName: 'rg', location: 'eastus', virtualNetworkName: 'vnet', addressSpace: ['10.10.0.0/16'], gatewaySubnetCidr: '10.10.255.0/27' });
  const aws = new AwsHub(stack, 'Aws', { vpcId: 'vpc-1', vpcCidrs: ['10.30.0.0/16'], region: 'us-east-1' });
  // 90 Google subnets: every AWS tunnel receives them and the VNet, 91 of AWS's 100 (a warning from 80 %)
  const subnetCidrs = Array.from({ length: 90 }, (_, i) => `10.40.${i}.0/24`);
  const gcp = new GcpHub(stack, 'Gcp', { project: 'p', region: 'us-east4', network: 'net', subnetCidrs });
  // a weak override, the same for both peers: one warning, not one per peer
  new S2SVpnBackup(stack, 'Vpn', { azure, aws, gcp, ipsecOverrides: { ikeIntegrity: IkeIntegrity.SHA1 } });
  return { app, outdir };
}

function synthCapturing(app: App): string[] {
  const lines: string[] = [];
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: any) => {
    lines.push(...String(chunk).split('\n').filter((l) => l.length > 0));
    return true;
  });
  try {
    app.synth();
  } finally {
    spy.mockRestore();
  }
  return lines;
}

/** What `cdktf synth` prints: one `WARN [path]: message` per warning annotation in the manifest. */
function cliLines(outdir: string): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
  return Object.values<any>(manifest.stacks).flatMap((s) => (s.annotations ?? [])
    .filter((a: any) => a.level === '@cdktf/warn')
    .map((a: any) => `WARN [${a.constructPath}]: ${a.message}`));
}

function expectTheWarnings(lines: string[]): void {
  expect(new Set(lines).size).toBe(lines.length); // each once
  const weak = lines.filter((l) => /SHA1/.test(l));
  expect(weak).toEqual([expect.stringMatching(/^WARN \[net\/Vpn\]: `ipsecOverrides\.ikeIntegrity` = "SHA1": IKE\/IPsec SHA1 is weak \(.+\).*Fix: leave `ipsecOverrides\.ikeIntegrity` out of the overrides/)]);
  const budget = lines.filter((l) => /prefixes/.test(l) && /of 100 on session/.test(l));
  expect(budget.map((l) => /on session (\S+)/.exec(l)![1]).sort()).toEqual(['net/Vpn/aws/tunnel0', 'net/Vpn/aws/tunnel1', 'net/Vpn/aws/tunnel2', 'net/Vpn/aws/tunnel3']);
  for (const l of budget) {
    expect(l).toMatch(/^WARN \[net\/Vpn\]: `gcp\.subnetCidrs` = "91 prefixes": .*is at 91 % of it: 91 of 100 .*Fix: summarise `gcp\.subnetCidrs`: the session's 91 prefixes cover the same addresses as 5 \(10\.10\.0\.0\/16, 10\.40\.0\.0\/18, /);
    expect(l).not.toMatch(/sessions\[|prefixesTo\[/);
  }
  expect(lines).toHaveLength(5);
}

describe('warnings are shown once, in both ways of synthesizing', () => {
  test('node main.js: app.synth() prints each warning once to stderr, the lines the CLI would print', () => {
    // GIVEN
    const { app, outdir } = build();
    // WHEN
    const printed = synthCapturing(app).filter((l) => l.startsWith('WARN '));
    // THEN
    expectTheWarnings(printed);
    expect(printed.sort()).toEqual(cliLines(outdir).sort());
  });

  test('cdktf synth: the manifest holds each warning once (the CLI prints them) and the library prints none', () => {
    // GIVEN: the context the cdktf CLI gives the app it runs
    const { app, outdir } = build({ cdktfRelativeModules: [] });
    // WHEN
    const printed = synthCapturing(app).filter((l) => l.startsWith('WARN '));
    // THEN
    expect(printed).toEqual([]);
    expectTheWarnings(cliLines(outdir));
  });
});
