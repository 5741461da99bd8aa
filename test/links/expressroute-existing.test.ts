// Brownfield: a pattern connects an ExpressRoute circuit that already exists (`existingCircuitId`) instead of
// creating one. The circuit props declare what it runs; the plan reads it and checks each declaration.
import { TerraformStack, TerraformVariable } from 'cdktf';
import { ConnectivityReport } from '../../lib/report/connectivity-report';
import { AzureHub } from '../../lib/hubs/azure-hub';
import { AzureVirtualWanHub } from '../../lib/hubs/azure-virtual-wan-hub';
import { OciHub } from '../../lib/hubs/oci-hub';
import { ExpressRouteToOracle } from '../../lib/patterns/expressroute-to-oracle';
import { L2ProviderMultiCloud } from '../../lib/patterns/l2-provider-multicloud';
import { DeployStage } from '../../lib/links/deploy-stage';
import { ExpressRouteTier } from '../../lib/links/expressroute';
import { AZURE_HUB, OCI_HUB, providerStack, synthJson } from '../support/fixtures';
import { expectValidationError } from '../support/errors';

const CIRCUIT_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-circuits/providers/Microsoft.Network/expressRouteCircuits/er-ashburn-oracle';
const values = (json: any, kind: 'resource' | 'data', type: string): any[] => Object.values(json[kind]?.[type] ?? {});

function oracle(props: Partial<ConstructorParameters<typeof ExpressRouteToOracle>[2]> = {}) {
  const stack: TerraformStack = providerStack();
  const azure = new AzureHub(stack, 'AzureHub', AZURE_HUB);
  const oci = new OciHub(stack, 'OciHub', OCI_HUB);
  const pattern = new ExpressRouteToOracle(stack, 'Interconnect', { azure, oci, peeringLocation: 'Washington DC', bandwidthMbps: 1000, existingCircuitId: CIRCUIT_ID, ...props });
  return { stack, pattern, json: synthJson(stack) };
}

describe('an existing ExpressRoute circuit', () => {
  test('is never created: the Oracle interconnect reads it and connects it to the hub\'s gateway', () => {
    const { json } = oracle();
    expect(values(json, 'resource', 'azurerm_express_route_circuit')).toEqual([]);
    const conn = values(json, 'resource', 'azurerm_virtual_network_gateway_connection');
    expect(conn).toHaveLength(1);
    expect(conn[0].express_route_circuit_id).toBe(CIRCUIT_ID);
    expect(conn[0].name).toBe('er-ashburn-oracle-connection');
    // the FastConnect virtual circuit takes the existing circuit's service key, read at plan
    const vc = values(json, 'resource', 'oci_core_virtual_circuit');
    expect(vc).toHaveLength(1);
    expect(vc[0].provider_service_key_name).toMatch(/^\$\{data\.azurerm_express_route_circuit\.[\w]+\.service_key\}$/);
  });

  test('is read at plan, by the name and resource group of its id, with a postcondition per declared fact', () => {
    const { json } = oracle();
    const states = values(json, 'data', 'azurerm_express_route_circuit').filter((d) => d.lifecycle?.postcondition?.some((c: any) => /sku\[0\]\.tier/.test(c.condition)));
    expect(states).toHaveLength(1);
    expect(states[0].name).toBe('er-ashburn-oracle');
    expect(states[0].resource_group_name).toBe('rg-circuits');
    const conditions = states[0].lifecycle.postcondition.map((c: any) => c.condition);
    expect(conditions).toEqual([
      '${self.sku[0].tier == "Standard"}',
      '${self.sku[0].family == "MeteredData"}',
      '${try(self.service_provider_properties[0].service_provider_name, "none") == "Oracle Cloud FastConnect"}',
      '${try(self.service_provider_properties[0].peering_location, "none") == "Washington DC"}',
      '${try(self.service_provider_properties[0].bandwidth_in_mbps, 0) == 1000}',
    ]);
    for (const c of states[0].lifecycle.postcondition) expect(c.error_message).toMatch(/^The existing ExpressRoute circuit .* but the pattern declares `\w+` = .*: correct the declaration/);
  });

  test('a declared Premium tier is what the plan checks, and the Premium route limit applies', () => {
    const { json, pattern } = oracle({ skuTier: ExpressRouteTier.PREMIUM });
    const state = values(json, 'data', 'azurerm_express_route_circuit').find((d) => d.lifecycle?.postcondition);
    expect(state.lifecycle.postcondition[0].condition).toBe('${self.sku[0].tier == "Premium"}');
    expect(pattern.expressRoute.privatePeeringLimit).toMatch(/Premium/);
  });

  test('an L2 pattern configures private peering on the existing circuit (its resource group), VLANs unique per circuit id', () => {
    const stack = providerStack();
    const azure = new AzureHub(stack, 'AzureHub', AZURE_HUB);
    const common = { azure, customerRouterAsn: 65010, onPremisesPrefixes: ['172.16.0.0/16'], serviceProviderName: 'Equinix', peeringLocation: 'Washington DC', bandwidthMbps: 1000, deployStage: DeployStage.CONNECT, existingCircuitId: CIRCUIT_ID.replace('er-ashburn-oracle', 'er-ashburn-equinix') };
    new L2ProviderMultiCloud(stack, 'L2', { ...common, peeringRange: ['192.168.100.0/24'], azureVlan: 100 });
    const json = synthJson(stack);
    expect(values(json, 'resource', 'azurerm_express_route_circuit')).toEqual([]);
    const peering = values(json, 'resource', 'azurerm_express_route_circuit_peering');
    expect(peering).toHaveLength(1);
    expect(peering[0].express_route_circuit_name).toBe('er-ashburn-equinix');
    expect(peering[0].resource_group_name).toBe('rg-circuits');
    expect(peering[0].vlan_id).toBe(100);
    // a second pattern on the same existing circuit cannot take VLAN 100 again
    expectValidationError(() => new L2ProviderMultiCloud(stack, 'L2b', { ...common, peeringRange: ['192.168.101.0/24'], azureVlan: 100 }), {
      path: 'test/L2b/Azure', property: 'azureVlan', value: 100, rule: /VLAN 100 is already used on azure-er-circuit:\/subscriptions\/.*er-ashburn-equinix by test\/L2\//, fix: /pick a VLAN that no other peering/,
    });
  });

  test('works on a Virtual WAN hub: the ExpressRoute connection names the existing circuit\'s private peering', () => {
    const stack = providerStack();
    const azure = new AzureVirtualWanHub(stack, 'VirtualHub', { resourceGroupName: 'rg-vwan', location: 'eastus', name: 'vhub', hubAddressPrefix: '10.90.0.0/23' });
    new L2ProviderMultiCloud(stack, 'L2', {
      azure, customerRouterAsn: 65010, onPremisesPrefixes: ['172.16.0.0/16'], serviceProviderName: 'Equinix', peeringLocation: 'Washington DC', bandwidthMbps: 1000,
      deployStage: DeployStage.CONNECT, existingCircuitId: CIRCUIT_ID, peeringRange: ['192.168.100.0/24'], azureVlan: 100,
    });
    const json = synthJson(stack);
    expect(values(json, 'resource', 'azurerm_express_route_circuit')).toEqual([]);
    expect(values(json, 'resource', 'azurerm_express_route_connection').map((c) => c.express_route_circuit_peering_id)).toEqual([`${CIRCUIT_ID}/peerings/AzurePrivatePeering`]);
  });

  test('fails when the existing circuit id is not an ExpressRoute circuit id', () => {
    const bad = CIRCUIT_ID.replace('expressRouteCircuits', 'virtualNetworkGateways');
    expectValidationError(() => oracle({ existingCircuitId: bad }), {
      path: 'test/Interconnect/Azure', property: 'existingCircuitId', value: bad, rule: /not the resource id of an ExpressRoute circuit/, fix: /Microsoft\.Network\/expressRouteCircuits\/<name>/,
    });
  });

  test('fails when a circuit name is given with an existing circuit', () => {
    expectValidationError(() => oracle({ circuitName: 'er-other' }), {
      path: 'test/Interconnect/Azure', property: 'circuitName', value: 'er-other', rule: /an existing circuit keeps its name/, fix: /leave circuitName out/,
    });
  });
});

test('an existing circuit given as a token: read by the expressions that take its id apart, and no token text in the report', () => {
  const stack = providerStack();
  const id = new TerraformVariable(stack, 'circuit_id', { type: 'string' });
  const azure = new AzureHub(stack, 'AzureHub', AZURE_HUB);
  const oci = new OciHub(stack, 'OciHub', OCI_HUB);
  new ExpressRouteToOracle(stack, 'Interconnect', { azure, oci, peeringLocation: 'Washington DC', bandwidthMbps: 1000, existingCircuitId: id.stringValue });
  const json = synthJson(stack);
  const state = values(json, 'data', 'azurerm_express_route_circuit').find((d) => d.lifecycle?.postcondition);
  expect(state.name).toBe('${element(split("/", var.circuit_id), 8)}');
  expect(state.resource_group_name).toBe('${element(split("/", var.circuit_id), 4)}');
  const report = ConnectivityReport.forStack(stack);
  expect(JSON.stringify(report.data)).not.toMatch(/TfToken|\$\{Token/);
});
