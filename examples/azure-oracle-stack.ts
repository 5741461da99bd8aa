import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { AzureHub, ExpressRouteToOracle, OciHub, OciProvider } from '../lib';

/**
 * Azure (East US) straight to OCI (Ashburn) over the Oracle Interconnect for Azure: an ExpressRoute circuit at
 * "Washington DC" and a FastConnect virtual circuit, with the BGP /30s planned by the library.
 */
export class AzureOracleStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AzurermProvider(this, 'azurerm', { features: [{}] });
    new OciProvider(this, 'oci', { region: 'us-ashburn-1' });

    const compartment = new TerraformVariable(this, 'oci_compartment_ocid', { type: 'string', description: 'OCI compartment for the DRG and FastConnect' });
    const vcn = new TerraformVariable(this, 'oci_vcn_ocid', { type: 'string', description: 'The existing VCN' });

    const azure = new AzureHub(this, 'AzureHub', {
      resourceGroupName: 'rg-network-eastus',
      location: 'eastus',
      virtualNetworkName: 'vnet-hub-eastus',
      addressSpace: ['10.10.0.0/16'],
      gatewaySubnetCidr: '10.10.255.0/27',
    });
    const oci = new OciHub(this, 'OciHub', {
      compartmentId: compartment.stringValue,
      region: 'us-ashburn-1',
      vcnId: vcn.stringValue,
      vcnCidrs: ['10.20.0.0/16'],
      subnetCidrs: ['10.20.1.0/24', '10.20.2.0/24'],
    });

    const link = new ExpressRouteToOracle(this, 'Interconnect', {
      azure,
      oci,
      peeringLocation: 'Washington DC',
      bandwidthMbps: 1000,
    });

    new TerraformOutput(this, 'oci_route_table_id', { value: oci.routeTable.id, description: 'Associate this route table with the OCI subnets that talk to Azure' });
    new TerraformOutput(this, 'expressroute_circuit_id', { value: link.expressRoute.circuitId });
  }
}
