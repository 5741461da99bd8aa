import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { AwsHub, AzureHub, DeployStage, GcpHub, L3ProviderMultiCloud, OciHub, OciProvider, VrfMode } from '../lib';
import { deployStageFromEnv } from './stage';

/**
 * Azure, AWS, Google Cloud and OCI on one IP VPN (MPLS) provider that lands them all in **one shared VRF**: the
 * provider re-advertises every cloud's prefixes to every other cloud directly, and the customer's router (BGP with
 * the provider) adds the on-premises ones. The synth writes what the provider must configure to
 * `cdktf.out/stacks/l3-shared-vrf/provider-handoff-L3.md`.
 */
export class L3SharedVrfStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AzurermProvider(this, 'azurerm', { features: [{}] });
    new AwsProvider(this, 'aws', { region: 'us-east-1' });
    new GoogleProvider(this, 'google', { region: 'us-east4' });
    new OciProvider(this, 'oci', { region: 'us-ashburn-1' });

    const vpc = new TerraformVariable(this, 'aws_vpc_id', { type: 'string', description: 'The existing VPC' });
    // Apply 1 (unset or DEPLOY_STAGE=handoff) creates what needs no one else; apply 2 (DEPLOY_STAGE=connect) the rest.
    const stage = deployStageFromEnv();
    // The provider creates the hosted virtual interface in the VPC's account after apply 1 and tells you its id.
    const vif = stage === DeployStage.CONNECT
      ? new TerraformVariable(this, 'aws_hosted_vif_id', { type: 'string', description: 'The hosted private virtual interface the provider created (dxvif-...)' })
      : undefined;
    const compartment = new TerraformVariable(this, 'oci_compartment_ocid', { type: 'string', description: 'OCI compartment for the DRG and FastConnect' });
    const vcn = new TerraformVariable(this, 'oci_vcn_ocid', { type: 'string', description: 'The existing VCN' });

    const azure = new AzureHub(this, 'AzureHub', {
      resourceGroupName: 'rg-network-eastus',
      location: 'eastus',
      virtualNetworkName: 'vnet-l3-eastus',
      addressSpace: ['10.70.0.0/16'],
      gatewaySubnetCidr: '10.70.255.0/27',
    });
    const aws = new AwsHub(this, 'AwsHub', { vpcId: vpc.stringValue, vpcCidrs: ['10.71.0.0/16'], region: 'us-east-1', namePrefix: 'l3' });
    const gcp = new GcpHub(this, 'GcpHub', { project: 'net-prod', region: 'us-east4', network: 'vpc-l3', subnetCidrs: ['10.72.0.0/20', '10.72.16.0/20'], namePrefix: 'l3' });
    const oci = new OciHub(this, 'OciHub', {
      compartmentId: compartment.stringValue,
      region: 'us-ashburn-1',
      vcnId: vcn.stringValue,
      vcnCidrs: ['10.73.0.0/16'],
      subnetCidrs: ['10.73.1.0/24', '10.73.2.0/24'],
    });

    const l3 = new L3ProviderMultiCloud(this, 'L3', {
      azure,
      aws,
      gcp,
      oci,
      vrfMode: VrfMode.SHARED,
      customerBgp: true,
      customerAsn: 65020,
      onPremisesPrefixes: ['172.24.0.0/16', '172.25.0.0/16'],
      // the provider's names per cloud, and its ASN (ask the provider; a private one stands in here)
      serviceProviderName: 'AT&T',
      peeringLocation: 'Washington DC',
      bandwidthMbps: 1000,
      providerAsn: 65100,
      awsVirtualInterfaceId: vif?.stringValue,
      deployStage: stage,
      ociProviderServiceName: 'AT&T',
      customerVlans: { shared: 600 },
    });

    new TerraformOutput(this, 'provider_handoff', { value: l3.handoffFileName, description: 'What the provider configures, next to cdk.tf.json' });
  }
}

/**
 * The same clouds on an IP VPN that lands **each cloud in its own VRF**: the customer's router runs BGP with every
 * VRF and, by default, re-advertises each cloud's routes into the other clouds' VRFs (the routes hair-pin through
 * it; the provider accepts its own ASN back with allowas-in). AWS through a transit gateway: the hosted transit
 * virtual interface is accepted onto the Direct Connect gateway.
 */
export class L3PerCloudVrfStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AzurermProvider(this, 'azurerm', { features: [{}] });
    new AwsProvider(this, 'aws', { region: 'us-east-2' });
    new GoogleProvider(this, 'google', { region: 'us-central1' });
    new OciProvider(this, 'oci', { region: 'us-chicago-1' });

    const compartment = new TerraformVariable(this, 'oci_compartment_ocid', { type: 'string', description: 'OCI compartment for the DRG and FastConnect' });
    const vcn = new TerraformVariable(this, 'oci_vcn_ocid', { type: 'string', description: 'The existing VCN' });

    const azure = new AzureHub(this, 'AzureHub', {
      resourceGroupName: 'rg-network-northcentralus',
      location: 'northcentralus',
      virtualNetworkName: 'vnet-l3-ncus',
      addressSpace: ['10.80.0.0/16'],
      gatewaySubnetCidr: '10.80.255.0/27',
    });
    const aws = new AwsHub(this, 'AwsHub', { vpcId: 'vpc-0fedcba9876543210', vpcCidrs: ['10.81.0.0/16'], transitGatewayId: 'tgw-0fedcba9876543210', transitGatewayAsn: 64700, region: 'us-east-2', namePrefix: 'l3vrf' });
    const gcp = new GcpHub(this, 'GcpHub', { project: 'net-prod', region: 'us-central1', network: 'vpc-l3vrf', subnetCidrs: ['10.82.0.0/20'], namePrefix: 'l3vrf' });
    const oci = new OciHub(this, 'OciHub', {
      compartmentId: compartment.stringValue,
      region: 'us-chicago-1',
      vcnId: vcn.stringValue,
      vcnCidrs: ['10.83.0.0/16'],
      subnetCidrs: ['10.83.1.0/24', '10.83.2.0/24', '10.83.3.0/24'],
    });

    new L3ProviderMultiCloud(this, 'L3', {
      azure,
      aws,
      gcp,
      oci,
      vrfMode: VrfMode.PER_CLOUD,
      customerBgp: true,
      customerAsn: 65030,
      customerVlans: { azure: 701, aws: 702, gcp: 703, oci: 704 },
      onPremisesPrefixes: ['172.28.0.0/16', '172.29.0.0/16'],
      serviceProviderName: 'Verizon',
      peeringLocation: 'Chicago',
      bandwidthMbps: 2000,
      providerAsn: 65101,
      azureVlan: 710,
      awsVirtualInterfaceId: 'dxvif-fgh1234a',
      deployStage: deployStageFromEnv(),
      awsAccountId: '123456789012',
      ociProviderServiceName: 'Verizon',
      ociBandwidthShapeName: '2 Gbps',
    });
  }
}
