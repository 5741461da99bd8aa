import type { DataAzurermExpressRouteCircuit } from '@cdktf/provider-azurerm/lib/data-azurerm-express-route-circuit';
import { ITerraformDependable, TerraformProvider, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { providerModule } from '../core/providers-load';

/**
 * The apply a link through a connectivity provider is in. Some links need someone else between two applies: an
 * ExpressRoute circuit through a Layer 2 or Layer 3 provider is usable (private peering, the VNet connection) only
 * once the provider reports it "Provisioned" (learn.microsoft.com/azure/expressroute/expressroute-howto-routing-arm,
 * expressroute-howto-linkvnet-arm); an AWS hosted virtual interface exists only once the provider has created it;
 * a Google Partner attachment is activated by the partner with its pairing key. Each such pattern deploys in two
 * explicit applies, never with `terraform apply -target`.
 */
export enum DeployStage {
  /**
   * Apply 1: everything that needs no one else (the circuit, the Direct Connect gateway, the Google Partner
   * attachments, the OCI virtual circuit), with outputs of what to hand to the provider (service key, pairing keys,
   * OCIDs).
   */
  HANDOFF = 'handoff',
  /**
   * Apply 2, once the provider says it is done: the rest (Azure private peering, the VNet connection, the
   * acceptance of hosted virtual interfaces). Its `plan` fails, through a Terraform precondition, while the
   * circuit is not yet provisioned.
   */
  CONNECT = 'connect',
}

/** What `requireProvisionedCircuit` checks and says. */
export interface ProvisionedCircuitOptions {
  /** The circuit's name, for the message. */
  readonly circuitName: string;
  /**
   * The name the data source reads: the circuit resource's `name` attribute where it is in the same stack, so that
   * a circuit created in the same apply is read only after it exists. @default circuitName
   */
  readonly circuitNameRef?: string;
  /** Its resource group. */
  readonly resourceGroupName: string;
  /** Who provisions the circuit (for the message), e.g. `Equinix`. */
  readonly providerName: string;
  /** What the user does until then, for the message (e.g. give the provider the service key from `terraform output -raw X`). */
  readonly todo: string;
  /** Also require the circuit's Azure private peering (configured by a Layer 3 provider or by OCI). @default false */
  readonly requirePrivatePeering?: boolean;
  /** Read the circuit only after these (e.g. the OCI virtual circuit that provisions it). @default - none */
  readonly readAfter?: ITerraformDependable[];
  /** The azurerm provider. @default - the stack's default */
  readonly provider?: TerraformProvider;
}

/**
 * Read the circuit's live state (`data.azurerm_express_route_circuit`, child `id` of `scope`) and give each of
 * `resources` a `lifecycle.precondition` on it: the circuit is "Provisioned" by the provider (and, when asked, has
 * its private peering). A plan in which the provider is not done fails with a message that says what is missing;
 * a data source read after `readAfter` (still unknown at plan) is checked during apply, before the resources.
 */
export function requireProvisionedCircuit(scope: Construct, id: string, resources: TerraformResource[], options: ProvisionedCircuitOptions): DataAzurermExpressRouteCircuit {
  const { DataAzurermExpressRouteCircuit } = providerModule(scope, 'azurerm/data-azurerm-express-route-circuit');
  const state = new DataAzurermExpressRouteCircuit(scope, id, {
    name: options.circuitNameRef ?? options.circuitName,
    resourceGroupName: options.resourceGroupName,
    dependsOn: options.readAfter,
    provider: options.provider,
  });
  const ref = `data.azurerm_express_route_circuit.${state.friendlyUniqueId}`;
  const conditions = [{
    condition: `\${${ref}.service_provider_provisioning_state == "Provisioned"}`,
    errorMessage: `The ExpressRoute circuit ${options.circuitName} is not provisioned yet (service_provider_provisioning_state is \${${ref}.service_provider_provisioning_state}): ${options.todo}; once ${options.providerName} has provisioned it, plan and apply again.`,
  }];
  if (options.requirePrivatePeering) {
    conditions.push({
      condition: `\${length([for p in ${ref}.peerings : p if p.peering_type == "AzurePrivatePeering"]) > 0}`,
      errorMessage: `The ExpressRoute circuit ${options.circuitName} has no Azure private peering yet: ${options.providerName} configures it once the circuit is provisioned; apply again when it is there.`,
    });
  }
  for (const r of resources) {
    const lifecycle = r.lifecycle ?? {};
    r.lifecycle = { ...lifecycle, precondition: [...(lifecycle.precondition ?? []), ...conditions] };
  }
  return state;
}
