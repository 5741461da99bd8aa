import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { DataAzurermPublicIp } from '@cdktf/provider-azurerm/lib/data-azurerm-public-ip';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { AwsHub, AzureHub, ExpressRouteToOracle, OciHub, OciProvider, S2SVpnBackup } from '../lib';

/** Where the existing gateways of the example live. */
const GATEWAYS = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-network-northeurope/providers/Microsoft.Network/virtualNetworkGateways';

/**
 * Brownfield: a hub VNet (North Europe) that already runs its GatewaySubnet, an ErGw2AZ ExpressRoute gateway and an
 * active-active VpnGw2AZ VPN gateway (AS 65100) with two tunnels to on-premises; an ExpressRoute circuit to Oracle
 * already ordered; a VPC (Ireland) with its virtual private gateway (AS 64600, two tunnels to on-premises); a VCN
 * (Amsterdam) attached to its DRG. The stack connects OCI over ExpressRoute and AWS over IPsec to those gateways: it
 * creates no gateway, public IP, GatewaySubnet, circuit or DRG, reads the Azure and AWS gateways and the circuit at
 * plan (a declaration that differs fails the plan) and keeps the tunnels' /30s off the allocator.
 */
export class BrownfieldStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AzurermProvider(this, 'azurerm', { features: [{}] });
    new AwsProvider(this, 'aws', { region: 'eu-west-1' });
    new RandomProvider(this, 'random');
    new OciProvider(this, 'oci', { region: 'eu-amsterdam-1' });

    const compartment = new TerraformVariable(this, 'oci_compartment_ocid', { type: 'string', description: 'OCI compartment for the DRG and FastConnect' });
    const vcn = new TerraformVariable(this, 'oci_vcn_ocid', { type: 'string', description: 'The existing VCN' });
    const drg = new TerraformVariable(this, 'oci_drg_ocid', { type: 'string', description: 'The DRG the VCN is attached to' });
    const drgAttachment = new TerraformVariable(this, 'oci_drg_attachment_ocid', { type: 'string', description: 'The DRG\'s attachment to the VCN' });
    const vpc = new TerraformVariable(this, 'aws_vpc_id', { type: 'string', description: 'The existing VPC' });
    // the existing gateway's public IPs, read by name (known at apply; the peers take them as tokens)
    const ips = [0, 1].map((i) => new DataAzurermPublicIp(this, `VpnGatewayIp${i}`, { name: `vnet-hub-northeurope-vpngw-pip${i}`, resourceGroupName: 'rg-network-northeurope' }));

    const azure = new AzureHub(this, 'AzureHub', {
      resourceGroupName: 'rg-network-northeurope',
      location: 'northeurope',
      virtualNetworkName: 'vnet-hub-northeurope',
      addressSpace: ['10.150.0.0/16'],
      gatewaySubnetCidr: '10.150.255.0/27',
      existingExpressRouteGateway: { id: `${GATEWAYS}/vnet-hub-northeurope-ergw`, sku: 'ErGw2AZ' },
      existingVpnGateway: {
        id: `${GATEWAYS}/vnet-hub-northeurope-vpngw`,
        sku: 'VpnGw2AZ',
        asn: 65100,
        activeActive: true,
        publicIpAddresses: ips.map((ip) => ip.ipAddress),
        apipaCidrsInUse: ['169.254.21.0/30', '169.254.22.0/30'], // the two tunnels to on-premises
        peerAsnsInUse: [65010], // the on-premises routers
      },
    });
    const oci = new OciHub(this, 'OciHub', {
      compartmentId: compartment.stringValue,
      region: 'eu-amsterdam-1',
      vcnId: vcn.stringValue,
      vcnCidrs: ['10.160.0.0/16'],
      subnetCidrs: ['10.160.1.0/24'],
      existingDrg: { id: drg.stringValue, vcnAttachmentId: drgAttachment.stringValue },
    });
    const aws = new AwsHub(this, 'AwsHub', {
      vpcId: vpc.stringValue,
      vpcCidrs: ['10.170.0.0/16'],
      region: 'eu-west-1',
      existingVpnGateway: {
        id: 'vgw-0a1b2c3d4e5f60718',
        amazonSideAsn: 64600,
        tunnelInsideCidrsInUse: ['169.254.10.0/30', '169.254.10.4/30'], // the tunnels to on-premises
        routesInUse: 12, // what on-premises advertises over them
      },
    });

    // the circuit exists too (ordered with Oracle Cloud FastConnect at Amsterdam2): read at plan, never created
    new ExpressRouteToOracle(this, 'Interconnect', {
      azure, oci, peeringLocation: 'Amsterdam2', bandwidthMbps: 1000,
      existingCircuitId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-network-northeurope/providers/Microsoft.Network/expressRouteCircuits/er-amsterdam2-oracle',
    });
    // the custom APIPA addresses the new tunnels use are the output VpnGateway_ApipaAddresses_...: add them to the
    // existing gateway's two instances before applying the connections
    new S2SVpnBackup(this, 'VpnBackup', { azure, aws });
  }
}
