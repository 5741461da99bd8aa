import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AzureHub, Cidr, PrefixBudget, SessionType } from '../lib';

/**
 * The smallest useful stack: an Azure hub (its GatewaySubnet) whose address plan is checked at synth, and the
 * prefix budget of what it would advertise over ExpressRoute private peering.
 */
export class PlanningStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AzurermProvider(this, 'azurerm', { features: [{}] });

    const addressSpace = ['10.0.0.0/16'];
    const hub = new AzureHub(this, 'Hub', {
      resourceGroupName: 'rg-planning-eastus',
      location: 'eastus',
      virtualNetworkName: 'vnet-planning-eastus',
      addressSpace,
      gatewaySubnetCidr: '10.0.255.0/27',
    });

    const spokes = Cidr.parse('10.0.0.0/16').split(20).map((c) => c.toString());
    const budget = PrefixBudget.evaluate(spokes, SessionType.EXPRESSROUTE_PRIVATE);
    new TerraformOutput(this, 'gateway_subnet_id', { value: hub.gatewaySubnet!.id });
    new TerraformOutput(this, 'expressroute_budget', { value: budget.advice });
  }
}
