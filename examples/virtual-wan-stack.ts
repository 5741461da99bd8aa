import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AwsHub, AzureVirtualWanHub, GcpHub, L2ProviderMultiCloud, S2SVpnBackup } from '../lib';

/**
 * Azure Virtual WAN: a virtual hub in West Europe (two spoke VNets connected to it) with ExpressRoute through a
 * Layer 2 provider to the customer's router, which also reaches AWS over Direct Connect, and site-to-site VPN from
 * the hub to AWS (the backup path) and Google Cloud. The hub's router passes routes between its branches: Google
 * learns the on-premises prefixes over the VPN from the hub, and on-premises learns Google's over ExpressRoute.
 */
export class VirtualWanStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AzurermProvider(this, 'azurerm', { features: [{}] });
    new AwsProvider(this, 'aws', { region: 'eu-west-1' });
    new GoogleProvider(this, 'google', { project: 'net-prod', region: 'europe-west4' });
    new RandomProvider(this, 'random');

    const azure = new AzureVirtualWanHub(this, 'VirtualHub', {
      resourceGroupName: 'rg-vwan-westeurope',
      location: 'westeurope',
      name: 'vhub-westeurope',
      hubAddressPrefix: '10.90.0.0/23',
      connectedAddressSpaces: ['10.91.0.0/16', '10.92.0.0/16'],
      vpnScaleUnits: 2,
    });
    const aws = new AwsHub(this, 'AwsHub', { vpcId: 'vpc-0a1b2c3d4e5f60718', vpcCidrs: ['10.93.0.0/16'], region: 'eu-west-1', namePrefix: 'vwan' });
    const gcp = new GcpHub(this, 'GcpHub', { project: 'net-prod', region: 'europe-west4', network: 'vpc-prod', subnetCidrs: ['10.94.0.0/20'], namePrefix: 'vwan' });

    new L2ProviderMultiCloud(this, 'L2', {
      azure,
      aws,
      customerRouterAsn: 65020,
      peeringRange: ['192.168.210.0/24'],
      onPremisesPrefixes: ['172.30.0.0/16'],
      serviceProviderName: 'Equinix',
      peeringLocation: 'Amsterdam',
      bandwidthMbps: 1000,
      azureVlan: 110,
      awsConnectionId: 'dxcon-ffabc210',
      awsVlan: 210,
    });
    new S2SVpnBackup(this, 'Vpn', { azure, aws, gcp });
  }
}
