// The scale benchmark: one app, one stack, N links across many hubs, synthesized in one measured run (see
// `child.ts`). `node bench/scale-app.js <N>`.
//
// The mix and the address plan are in `scale-mix.ts`.
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { App, TerraformStack } from 'cdktf';
import { AwsHub, AzureHub, ExpressRouteToOracle, GcpHub, OciHub, OciProvider, S2SVpnBackup } from '../lib';
import { runMeasured } from './child';
import { block20, peeringRange29, scaleMix, vpnHub } from './scale-mix';

/** Build the scale app with `n` links into `app`; returns the mix. */
export function buildScaleApp(app: App, n: number): Record<string, unknown> {
  const mix = scaleMix(n);
  const stack = new TerraformStack(app, 'scale');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  new OciProvider(stack, 'oci', { region: 'us-ashburn-1' });
  if (mix.awsVpns > 0) new AwsProvider(stack, 'aws', { region: 'us-east-1' });
  if (mix.gcpVpns > 0) new GoogleProvider(stack, 'google', { project: 'scale-network', region: 'us-east4' });
  if (mix.awsVpns + mix.gcpVpns > 0) new RandomProvider(stack, 'random');

  // Address plan: Azure hub k gets the k-th /20 of 10.0.0.0/8, OCI hub k the (1024 + k)-th, AWS/Google hub j the
  // (2048 + j)-th; the interconnect's BGP /30s come from its own /29 in 172.16.0.0/12.
  const azureHubs: AzureHub[] = [];
  for (let k = 0; k < mix.interconnects; k++) {
    const [a, b] = block20(k);
    const [oa, ob] = block20(1024 + k);
    const azure = new AzureHub(stack, `AzureHub${k}`, {
      resourceGroupName: `rg-scale-${k}`,
      location: 'eastus',
      virtualNetworkName: `vnet-scale-${k}`,
      addressSpace: [`10.${a}.${b}.0/20`],
      gatewaySubnetCidr: `10.${a}.${b + 15}.224/27`,
    });
    const oci = new OciHub(stack, `OciHub${k}`, {
      compartmentId: 'ocid1.compartment.oc1..scale',
      region: 'us-ashburn-1',
      vcnId: `ocid1.vcn.oc1.iad.scale${k}`,
      vcnCidrs: [`10.${oa}.${ob}.0/20`],
      subnetCidrs: [`10.${oa}.${ob}.0/24`, `10.${oa}.${ob + 1}.0/24`],
    });
    new ExpressRouteToOracle(stack, `Interconnect${k}`, {
      azure,
      oci,
      peeringLocation: 'Washington DC',
      bandwidthMbps: 1000,
      peeringRange: [`172.${peeringRange29(k).join('.')}/29`],
    });
    azureHubs.push(azure);
  }
  const vpns = mix.awsVpns + mix.gcpVpns;
  for (let j = 0; j < vpns; j++) {
    const [a, b] = block20(2048 + j);
    // Spread the VPNs over the Azure hubs (each Azure hub has one VPN gateway, shared if two VPNs land on it).
    const azure = azureHubs[vpnHub(j, vpns, azureHubs.length)];
    if (j % 2 === 0) {
      const aws = new AwsHub(stack, `AwsHub${j}`, { vpcId: `vpc-scale${j}`, vpcCidrs: [`10.${a}.${b}.0/20`], region: 'us-east-1' });
      new S2SVpnBackup(stack, `Vpn${j}`, { azure, aws });
    } else {
      const gcp = new GcpHub(stack, `GcpHub${j}`, { project: 'scale-network', region: 'us-east4', network: `vpc-scale-${j}`, subnetCidrs: [`10.${a}.${b}.0/20`] });
      new S2SVpnBackup(stack, `Vpn${j}`, { azure, gcp });
    }
  }
  return { links: n, ...mix, hubs: 2 * mix.interconnects + vpns };
}

if (require.main === module) {
  const n = Number(process.argv[2]);
  if (!Number.isInteger(n) || n < 1) throw new Error('usage: node bench/scale-app.js <links>');
  runMeasured(`scale-${n}`, (app) => buildScaleApp(app, n));
}
