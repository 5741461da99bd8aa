import { Testing } from 'cdktf';
import { DeployStage } from '../../lib/links/deploy-stage';
import { GcpInterconnectType } from '../../lib/links/gcp-interconnect';
import { ExpressRouteToOracle } from '../../lib/patterns/expressroute-to-oracle';
import { L2ProviderMultiCloud, L2ProviderMultiCloudProps } from '../../lib/patterns/l2-provider-multicloud';
import { L3ProviderMultiCloud, L3ProviderMultiCloudProps } from '../../lib/patterns/l3-provider-multicloud';
import { VrfMode } from '../../lib/plan/routing/l3-propagation';
import { hubsStack } from '../support/fixtures';

// Links through a provider deploy in two explicit applies (DeployStage), never with `terraform apply -target`.

function stack() {
  const { stack: s, azure, aws, gcp, oci } = hubsStack();
  return { s, azure, aws, gcp, oci };
}

function l2(stage?: DeployStage, more: Partial<L2ProviderMultiCloudProps> = {}) {
  const h = stack();
  const props: L2ProviderMultiCloudProps = {
    azure: h.azure, aws: h.aws, gcp: h.gcp, customerRouterAsn: 65010, peeringRange: ['192.168.254.0/24'],
    serviceProviderName: 'Equinix', peeringLocation: 'Washington DC', bandwidthMbps: 1000, azureVlan: 100,
    awsConnectionId: 'dxcon-ffabc123', awsVlan: 200, gcpInterconnectType: GcpInterconnectType.PARTNER, gcpCustomerVlans: [300, 301],
    deployStage: stage, ...more,
  };
  const construct = new L2ProviderMultiCloud(h.s, 'L2', props);
  return { construct, json: JSON.parse(Testing.synth(h.s)) };
}

function l3(stage?: DeployStage, more: Partial<L3ProviderMultiCloudProps> = {}) {
  const h = stack();
  const construct = new L3ProviderMultiCloud(h.s, 'L3', {
    azure: h.azure, aws: h.aws, gcp: h.gcp, vrfMode: VrfMode.SHARED, customerBgp: false,
    serviceProviderName: 'AT&T', peeringLocation: 'Washington DC', bandwidthMbps: 1000, providerAsn: 65100,
    deployStage: stage, ...more,
  });
  return { construct, json: JSON.parse(Testing.synth(h.s)) };
}

const types = (json: any, kind: 'resource' | 'data' = 'resource'): string[] => Object.keys(json[kind] ?? {});
const only = (json: any, type: string, kind: 'resource' | 'data' = 'resource'): any => {
  const all = Object.values(json[kind]?.[type] ?? {});
  expect(all).toHaveLength(1);
  return all[0];
};

describe('L2ProviderMultiCloud through a provider', () => {
  test('apply 1 (the default) creates the circuit and hands over, without private peering or connection', () => {
    const { construct, json } = l2();
    expect(construct.deployStage).toBe(DeployStage.HANDOFF);
    expect(types(json)).toContain('azurerm_express_route_circuit');
    expect(types(json)).not.toContain('azurerm_express_route_circuit_peering');
    expect(types(json)).not.toContain('azurerm_virtual_network_gateway_connection');
    expect(types(json, 'data')).not.toContain('azurerm_express_route_circuit');
    // the Google Partner attachments wait, inactive, for the partner
    for (const a of Object.values(json.resource.google_compute_interconnect_attachment) as any[]) expect(a.admin_enabled).toBe(false);
    expect(Object.keys(json.output).some((k) => k.includes('ServiceKey'))).toBe(true);
  });

  test('apply 2 adds peering and connection, each with a precondition on the circuit\'s live provisioning state', () => {
    const { construct, json } = l2(DeployStage.CONNECT);
    const state = only(json, 'azurerm_express_route_circuit', 'data');
    const stateId = Object.keys(json.data.azurerm_express_route_circuit)[0];
    // read through the circuit resource, so a circuit created in the same apply is read only once it exists
    const circuitId = Object.keys(json.resource.azurerm_express_route_circuit)[0];
    expect(state.name).toBe(`\${azurerm_express_route_circuit.${circuitId}.name}`);
    expect(only(json, 'azurerm_express_route_circuit').name).toBe(construct.expressRoute.circuitName);
    for (const type of ['azurerm_express_route_circuit_peering', 'azurerm_virtual_network_gateway_connection']) {
      const pre = only(json, type).lifecycle.precondition;
      expect(pre).toHaveLength(1);
      expect(pre[0].condition).toBe(`\${data.azurerm_express_route_circuit.${stateId}.service_provider_provisioning_state == "Provisioned"}`);
      expect(pre[0].error_message).toMatch(/not provisioned yet .*give Equinix the service key \(terraform output -raw .*ServiceKey/);
    }
    for (const a of Object.values(json.resource.google_compute_interconnect_attachment) as any[]) expect(a.admin_enabled).toBe(true);
  });

  test('on ExpressRoute Direct without Google Partner there is nothing to wait for: one apply, no precondition', () => {
    const { construct, json } = l2(undefined, {
      serviceProviderName: undefined, peeringLocation: undefined, bandwidthMbps: undefined, gcp: undefined, gcpInterconnectType: undefined, gcpCustomerVlans: undefined,
      expressRoutePortId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/expressRoutePorts/p', expressRoutePortBandwidthGbps: 10, bandwidthGbps: 5,
    });
    expect(construct.deployStage).toBe(DeployStage.CONNECT);
    expect(only(json, 'azurerm_express_route_circuit_peering').lifecycle).toBeUndefined();
    expect(types(json)).toContain('azurerm_virtual_network_gateway_connection');
  });
});

describe('L3ProviderMultiCloud', () => {
  test('apply 1 creates the circuit and the Direct Connect gateway; no connection, no accepter, no virtual interface id needed', () => {
    const { construct, json } = l3();
    expect(construct.deployStage).toBe(DeployStage.HANDOFF);
    expect(types(json)).toContain('aws_dx_gateway');
    expect(types(json)).not.toContain('azurerm_virtual_network_gateway_connection');
    expect(types(json).filter((t) => t.includes('accepter'))).toEqual([]);
  });

  test('apply 2 accepts the virtual interface and connects a circuit that is provisioned and has private peering', () => {
    const { json } = l3(DeployStage.CONNECT, { awsVirtualInterfaceId: 'dxvif-ffabc123' });
    expect(only(json, 'aws_dx_hosted_private_virtual_interface_accepter').virtual_interface_id).toBe('dxvif-ffabc123');
    const pre = only(json, 'azurerm_virtual_network_gateway_connection').lifecycle.precondition;
    expect(pre.map((p: any) => p.condition)).toEqual([
      expect.stringMatching(/service_provider_provisioning_state == "Provisioned"/),
      expect.stringMatching(/peering_type == "AzurePrivatePeering"/),
    ]);
  });

  test('fails when apply 2 has no awsVirtualInterfaceId', () => {
    expect(() => l3(DeployStage.CONNECT)).toThrow(/`awsVirtualInterfaceId`.*DeployStage.CONNECT/);
  });

  test('the handoff document names the two applies, never -target', () => {
    const { construct } = l3();
    expect(construct.handoff).toMatch(/apply 1 \(`deployStage: DeployStage.HANDOFF`\)/);
    expect(construct.handoff).toMatch(/apply 2 \(`deployStage: DeployStage.CONNECT`\)/);
    expect(construct.handoff).not.toMatch(/-target/);
  });
});

describe('ExpressRouteToOracle', () => {
  test('the connection waits for a provisioned circuit with private peering, read after the OCI virtual circuit', () => {
    const h = stack();
    new ExpressRouteToOracle(h.s, 'Interconnect', { azure: h.azure, oci: h.oci, peeringLocation: 'Washington DC', bandwidthMbps: 1000 });
    const json = JSON.parse(Testing.synth(h.s));
    const state = only(json, 'azurerm_express_route_circuit', 'data');
    expect(state.depends_on).toEqual([expect.stringMatching(/^oci_core_virtual_circuit\.[A-Za-z0-9_]+$/)]);
    const conn = only(json, 'azurerm_virtual_network_gateway_connection');
    expect(conn.lifecycle.precondition).toHaveLength(2);
    // depends_on holds bare references: Terraform refuses "${...}" there
    for (const d of conn.depends_on) expect(d).toMatch(/^[a-z_]+\.[A-Za-z0-9_]+$/);
  });
});
