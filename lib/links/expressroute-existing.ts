// Brownfield: an ExpressRoute circuit that already exists (ordered, with its service key), which a pattern connects
// to its hub instead of creating one. The pattern's circuit props (tier, family, provider, peering location,
// bandwidth) declare what the circuit runs; the plan reads the circuit and checks each declaration.
import type { DataAzurermExpressRouteCircuit } from '@cdktf/provider-azurerm/lib/data-azurerm-express-route-circuit';
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { isUnresolved } from '../core/context';
import { providerModule } from '../core/providers-load';
import { readAttributes } from '../hubs/azure-existing';

/** What the pattern declares about the existing circuit, with the property that holds each fact. */
export interface ExistingCircuitDeclaration {
  readonly circuitId: string;
  readonly tier: string;
  readonly family: string;
  /** Provider circuits: the provider, the peering location and the bandwidth (absent for ExpressRoute Direct). */
  readonly serviceProviderName?: string;
  readonly peeringLocation?: string;
  readonly bandwidthMbps?: number;
  /** The property name of a fact, e.g. `skuTier` or `azureBandwidthMbps`. */
  readonly property: (name: string) => string;
  readonly provider?: TerraformProvider;
}

/** The existing circuit as the link uses it. */
export interface ExistingCircuit {
  readonly state: DataAzurermExpressRouteCircuit;
  readonly name: string;
  readonly resourceGroupName: string;
}

/**
 * Read the existing circuit (`data.azurerm_express_route_circuit`, child `id` of `scope`) with one
 * `lifecycle.postcondition` per declared fact: the data source exposes `sku` (tier, family) and
 * `service_provider_properties` (service_provider_name, peering_location, bandwidth_in_mbps) (azurerm v4.55.0
 * internal/services/network/express_route_circuit_data_source.go), so a declaration that differs fails `plan`.
 */
export function readExistingCircuit(scope: Construct, id: string, d: ExistingCircuitDeclaration): ExistingCircuit {
  const ref = readAttributes(d.circuitId, d.property('existingCircuitId'), 'expressRouteCircuits', 'an ExpressRoute circuit', 'az network express-route show --query id');
  const facts: Array<[string, string, string, string]> = [
    [`self.sku[0].tier == "${d.tier}"`, 'tier', 'self.sku[0].tier', `${d.property('skuTier')}\` = ${d.tier}`],
    [`self.sku[0].family == "${d.family}"`, 'family', 'self.sku[0].family', `${d.property('skuFamily')}\` = ${d.family}`],
  ];
  const sp = (attr: string) => `try(self.service_provider_properties[0].${attr}, "none")`;
  if (d.serviceProviderName !== undefined) facts.push([`${sp('service_provider_name')} == "${d.serviceProviderName}"`, 'provider', sp('service_provider_name'), `${d.property('serviceProviderName')}\` = ${d.serviceProviderName}`]);
  if (d.peeringLocation !== undefined) facts.push([`${sp('peering_location')} == "${d.peeringLocation}"`, 'peering location', sp('peering_location'), `${d.property('peeringLocation')}\` = ${d.peeringLocation}`]);
  if (d.bandwidthMbps !== undefined) facts.push([`try(self.service_provider_properties[0].bandwidth_in_mbps, 0) == ${d.bandwidthMbps}`, 'bandwidth (Mbit/s)', sp('bandwidth_in_mbps'), `${d.property('bandwidthMbps')}\` = ${d.bandwidthMbps}`]);
  const { DataAzurermExpressRouteCircuit } = providerModule(scope, 'azurerm/data-azurerm-express-route-circuit');
  const state = new DataAzurermExpressRouteCircuit(scope, id, {
    name: ref.name,
    resourceGroupName: ref.resourceGroupName,
    provider: d.provider,
    lifecycle: {
      postcondition: facts.map(([condition, what, actual, declared]) => ({
        condition: `\${${condition}}`,
        errorMessage: `The existing ExpressRoute circuit ${isUnresolved(d.circuitId) ? '' : `${d.circuitId} `}has ${what} \${${actual}}, but the pattern declares \`${declared}: correct the declaration to what the circuit runs.`,
      })),
    },
  });
  return { state, name: ref.name, resourceGroupName: ref.resourceGroupName };
}
