import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { AwsHub, AzureHub, ExpressRouteToOracle, GcpHub, OciHub, OciProvider, S2SVpnBackup } from '../lib';

/**
 * Azure (East US) to Oracle (Ashburn) over the Oracle Interconnect for Azure, backed up by a site-to-site VPN to
 * the same OCI hub; the same VPN construct also connects AWS (us-east-1) and Google Cloud (us-east4). The tunnel
 * /30s, ASNs and IKE/IPsec proposals are planned by the library; the pre-shared keys are random per tunnel.
 */
export class S2SVpnStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AzurermProvider(this, 'azurerm', { features: [{}] });
    new AwsProvider(this, 'aws', { region: 'eu-west-1' });
    new GoogleProvider(this, 'google', { project: 'example-network-project', region: 'europe-west4' });
    new RandomProvider(this, 'random');
    new OciProvider(this, 'oci', { region: 'eu-amsterdam-1' });

    const compartment = new TerraformVariable(this, 'oci_compartment_ocid', { type: 'string', description: 'OCI compartment for the DRG, CPEs and IPSec connections' });
    const vcn = new TerraformVariable(this, 'oci_vcn_ocid', { type: 'string', description: 'The existing VCN' });
    const vpc = new TerraformVariable(this, 'aws_vpc_id', { type: 'string', description: 'The existing VPC' });

    const azure = new AzureHub(this, 'AzureHub', {
      resourceGroupName: 'rg-network-westeurope',
      location: 'westeurope',
      virtualNetworkName: 'vnet-hub-westeurope',
      addressSpace: ['10.110.0.0/16'],
      gatewaySubnetCidr: '10.110.255.0/27',
    });
    const oci = new OciHub(this, 'OciHub', {
      compartmentId: compartment.stringValue,
      region: 'eu-amsterdam-1',
      vcnId: vcn.stringValue,
      vcnCidrs: ['10.120.0.0/16'],
      subnetCidrs: ['10.120.1.0/24', '10.120.2.0/24'],
    });
    const aws = new AwsHub(this, 'AwsHub', {
      vpcId: vpc.stringValue,
      vpcCidrs: ['10.130.0.0/16'],
      region: 'eu-west-1',
    });
    const gcp = new GcpHub(this, 'GcpHub', {
      project: 'example-network-project',
      region: 'europe-west4',
      network: 'hub-vpc',
      subnetCidrs: ['10.140.0.0/20'],
    });

    // The primary path to Oracle: ExpressRoute straight into FastConnect.
    new ExpressRouteToOracle(this, 'Interconnect', {
      azure,
      oci,
      peeringLocation: 'Amsterdam2',
      bandwidthMbps: 1000,
    });

    // The backup path: IPsec with BGP to OCI (Azure prefers ExpressRoute, OCI prefers FastConnect for the same
    // prefixes), plus VPNs to AWS and Google Cloud.
    const vpn = new S2SVpnBackup(this, 'VpnBackup', { azure, aws, gcp, oci });

    new TerraformOutput(this, 'azure_vpn_gateway_public_ips', { value: vpn.gateway.publicIps.map((ip) => ip.ipAddress) });
    new TerraformOutput(this, 'oci_route_table_id', { value: oci.routeTable.id, description: 'Associate this route table with the OCI subnets that talk to Azure' });
  }
}
