import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import {
  AwsHub, AzureHub, ExpressRoutePortEncapsulation, GcpHub, GcpInterconnectType, L2ProviderMultiCloud, MacsecCipher, OciHub, OciProvider,
} from '../lib';
import { deployStageFromEnv } from './stage';

/**
 * Azure, AWS, Google Cloud and OCI through one Layer 2 provider (Equinix Fabric style), meeting at the customer's
 * router in Washington DC: an ExpressRoute provider circuit, a Direct Connect hosted connection, two Partner
 * Interconnect attachments and a FastConnect through the provider. The synth writes the router's FRRouting
 * configuration to `cdktf.out/stacks/l2-provider/customer-router-L2.frr.conf`.
 */
export class L2ProviderStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AzurermProvider(this, 'azurerm', { features: [{}] });
    new AwsProvider(this, 'aws', { region: 'us-east-1' });
    new GoogleProvider(this, 'google', { region: 'us-east4' });
    new RandomProvider(this, 'random');
    new OciProvider(this, 'oci', { region: 'us-ashburn-1' });

    const vpc = new TerraformVariable(this, 'aws_vpc_id', { type: 'string', description: 'The existing VPC' });
    const project = new TerraformVariable(this, 'gcp_project', { type: 'string', description: 'The Google Cloud project of the VPC network' });
    const compartment = new TerraformVariable(this, 'oci_compartment_ocid', { type: 'string', description: 'OCI compartment for the DRG and FastConnect' });
    const vcn = new TerraformVariable(this, 'oci_vcn_ocid', { type: 'string', description: 'The existing VCN' });

    const azure = new AzureHub(this, 'AzureHub', {
      resourceGroupName: 'rg-network-eastus',
      location: 'eastus',
      virtualNetworkName: 'vnet-l2-eastus',
      addressSpace: ['10.50.0.0/16'],
      gatewaySubnetCidr: '10.50.255.0/27',
    });
    const aws = new AwsHub(this, 'AwsHub', { vpcId: vpc.stringValue, vpcCidrs: ['10.51.0.0/16'], region: 'us-east-1', namePrefix: 'l2' });
    const gcp = new GcpHub(this, 'GcpHub', { project: project.stringValue, region: 'us-east4', network: 'vpc-prod', subnetCidrs: ['10.52.0.0/20', '10.52.16.0/20'] });
    const oci = new OciHub(this, 'OciHub', {
      compartmentId: compartment.stringValue,
      region: 'us-ashburn-1',
      vcnId: vcn.stringValue,
      vcnCidrs: ['10.53.0.0/16'],
      subnetCidrs: ['10.53.1.0/24', '10.53.2.0/24'],
    });

    const l2 = new L2ProviderMultiCloud(this, 'L2', {
      azure,
      aws,
      gcp,
      oci,
      customerRouterAsn: 65010,
      peeringRange: ['192.168.200.0/24'],
      onPremisesPrefixes: ['172.16.0.0/16', '172.17.0.0/16'],
      // Azure: the ExpressRoute circuit through the provider
      serviceProviderName: 'Equinix',
      peeringLocation: 'Washington DC',
      bandwidthMbps: 1000,
      azureVlan: 100,
      // AWS: the hosted connection the provider shared into the account
      awsConnectionId: 'dxcon-ffabc123',
      awsVlan: 200,
      // Google: Partner Interconnect (pairing keys are outputs for the provider's portal)
      gcpInterconnectType: GcpInterconnectType.PARTNER,
      gcpCustomerVlans: [300, 301],
      // OCI: FastConnect through the same provider
      ociProviderServiceName: 'Equinix',
      ociVlan: 400,
      // Apply 1 (unset or DEPLOY_STAGE=handoff): circuit, Direct Connect, inactive Google attachments, FastConnect;
      // apply 2 (DEPLOY_STAGE=connect), once Equinix has provisioned the circuit: private peering, connection.
      deployStage: deployStageFromEnv(),
    });

    new TerraformOutput(this, 'customer_router_config', { value: l2.frrConfigFileName, description: 'The FRRouting configuration of the customer router, next to cdk.tf.json' });
  }
}

/**
 * The same design on ExpressRoute Direct: a new 10 Gbit/s port pair with MACsec (keys in Key Vault) carries a
 * 5 Gbit/s circuit; AWS through a transit gateway (transit VIF on a dedicated connection); Google over Dedicated
 * Interconnect (two interconnects, VLANs and link-local /29s planned).
 */
export class L2DirectStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AzurermProvider(this, 'azurerm', { features: [{}] });
    new AwsProvider(this, 'aws', { region: 'us-east-1' });
    new GoogleProvider(this, 'google', { region: 'us-east4' });
    new RandomProvider(this, 'random');

    const cakSecret = new TerraformVariable(this, 'macsec_cak_secret_id', { type: 'string', description: 'Key Vault secret id of the MACsec CAK' });
    const cknSecret = new TerraformVariable(this, 'macsec_ckn_secret_id', { type: 'string', description: 'Key Vault secret id of the MACsec CKN' });
    const identity = new TerraformVariable(this, 'macsec_identity_id', { type: 'string', description: 'User-assigned identity with Get on the MACsec secrets' });
    const awsMd5 = new TerraformVariable(this, 'aws_bgp_md5_key', { type: 'string', sensitive: true, description: 'BGP MD5 key of the Direct Connect session' });

    const azure = new AzureHub(this, 'AzureHub', {
      resourceGroupName: 'rg-network-eastus2',
      location: 'eastus2',
      virtualNetworkName: 'vnet-erd-eastus2',
      addressSpace: ['10.60.0.0/16'],
      gatewaySubnetCidr: '10.60.255.0/27',
    });
    const aws = new AwsHub(this, 'AwsHub', { vpcId: 'vpc-0123456789abcdef0', vpcCidrs: ['10.61.0.0/16'], transitGatewayId: 'tgw-0123456789abcdef0', transitGatewayAsn: 64600, region: 'us-east-1', namePrefix: 'erd' });
    const gcp = new GcpHub(this, 'GcpHub', { project: 'net-prod', region: 'us-east4', network: 'vpc-prod', subnetCidrs: ['10.62.0.0/20'], namePrefix: 'erd' });

    new L2ProviderMultiCloud(this, 'L2', {
      azure,
      aws,
      gcp,
      customerRouterAsn: 65011,
      peeringRange: ['192.168.201.0/24'],
      onPremisesPrefixes: ['172.20.0.0/16'],
      gatewaySku: 'ErGw3AZ',
      fastPath: true,
      expressRoutePortPeeringLocation: 'Equinix-Ashburn-DC2',
      expressRoutePortBandwidthGbps: 10,
      expressRoutePortEncapsulation: ExpressRoutePortEncapsulation.DOT1Q,
      bandwidthGbps: 5,
      macsecCipher: MacsecCipher.GCM_AES_256,
      macsecCknKeyVaultSecretId: cknSecret.stringValue,
      macsecCakKeyVaultSecretId: cakSecret.stringValue,
      macsecIdentityId: identity.stringValue,
      azureVlan: 110,
      awsConnectionId: 'dxcon-fgdedic1',
      awsVlan: 210,
      awsMd5Key: awsMd5,
      awsMtu: 8500,
      gcpInterconnectType: GcpInterconnectType.DEDICATED,
      gcpInterconnects: [
        'https://www.googleapis.com/compute/v1/projects/net-prod/global/interconnects/ic-iad-zone1',
        'https://www.googleapis.com/compute/v1/projects/net-prod/global/interconnects/ic-iad-zone2',
      ],
      gcpVlans: [310, 311],
      gcpBandwidth: 'BPS_5G',
    });
  }
}
