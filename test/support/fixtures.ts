// Shared fixtures of the link and pattern tests: hub props and a stack with every provider the library uses.
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { App, TerraformStack, Testing } from 'cdktf';
import { AwsHub, AwsHubProps } from '../../lib/hubs/aws-hub';
import { AzureHub, AzureHubProps } from '../../lib/hubs/azure-hub';
import { GcpHub, GcpHubProps } from '../../lib/hubs/gcp-hub';
import { OciHub, OciHubProps } from '../../lib/hubs/oci-hub';
import { OciProvider } from '../../lib/providers/oci';

export const AZURE_HUB: AzureHubProps = {
  resourceGroupName: 'rg-net', location: 'eastus', virtualNetworkName: 'vnet-hub', addressSpace: ['10.10.0.0/16'], gatewaySubnetCidr: '10.10.255.0/27',
};
export const AWS_HUB: AwsHubProps = { vpcId: 'vpc-0abc', vpcCidrs: ['10.20.0.0/16'], region: 'us-east-1' };
export const GCP_HUB: GcpHubProps = { project: 'net-prod', region: 'us-east4', network: 'vpc-prod', subnetCidrs: ['10.30.0.0/20'] };
export const OCI_HUB: OciHubProps = {
  compartmentId: 'ocid1.compartment.oc1..aaaa', region: 'us-ashburn-1', vcnId: 'ocid1.vcn.oc1.iad.aaaa', vcnCidrs: ['10.40.0.0/16'], subnetCidrs: ['10.40.1.0/24'],
};

/** A stack (named `test` unless given, in a new app unless given) with the azurerm, aws, google, random and oci providers. */
export function providerStack(id = 'test', app: App = Testing.app()): TerraformStack {
  const s = new TerraformStack(app, id);
  new AzurermProvider(s, 'azurerm', { features: [{}] });
  new AwsProvider(s, 'aws', { region: 'us-east-1' });
  new GoogleProvider(s, 'google', { project: 'net-prod' });
  new RandomProvider(s, 'random');
  new OciProvider(s, 'oci', { region: 'us-ashburn-1' });
  return s;
}

/** Overrides of each hub's props. */
export interface HubOverrides {
  readonly azure?: Partial<AzureHubProps>;
  readonly aws?: Partial<AwsHubProps>;
  readonly gcp?: Partial<GcpHubProps>;
  readonly oci?: Partial<OciHubProps>;
}

/** A provider stack with one hub per cloud (`AzureHub`, `AwsHub`, `GcpHub`, `OciHub`). */
export function hubsStack(overrides: HubOverrides = {}) {
  const stack = providerStack();
  return {
    stack,
    azure: new AzureHub(stack, 'AzureHub', { ...AZURE_HUB, ...overrides.azure }),
    aws: new AwsHub(stack, 'AwsHub', { ...AWS_HUB, ...overrides.aws }),
    gcp: new GcpHub(stack, 'GcpHub', { ...GCP_HUB, ...overrides.gcp }),
    oci: new OciHub(stack, 'OciHub', { ...OCI_HUB, ...overrides.oci }),
  };
}

/** The synthesized stack as JSON. */
export function synthJson(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack));
}

/** The resources of one type, keyed by their Terraform name. */
export function resourcesOf(stack: TerraformStack, type: string): { [name: string]: any } {
  return synthJson(stack).resource?.[type] ?? {};
}
