// Brownfield: an AzureHub whose VNet already runs its GatewaySubnet, ExpressRoute gateway and VPN gateway. The
// patterns connect to what exists, never create a gateway, public IP or GatewaySubnet for the hub, read the
// gateways at plan with the declared facts as postconditions, and never hand out a tunnel /30 already in use.
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { AzureHub, AzureHubProps } from '../../lib/hubs/azure-hub';
import { AzureExistingVpnGateway } from '../../lib/hubs/azure-existing';
import { Cidr } from '../../lib/plan/addressing/cidr';
import { ExpressRouteToOracle } from '../../lib/patterns/expressroute-to-oracle';
import { S2SVpnBackup, S2SVpnBackupProps } from '../../lib/patterns/s2s-vpn-backup';
import { L2ProviderMultiCloud } from '../../lib/patterns/l2-provider-multicloud';
import { DeployStage } from '../../lib/links/deploy-stage';
import { AwsHub } from '../../lib/hubs/aws-hub';
import { GcpHub } from '../../lib/hubs/gcp-hub';
import { OciHub } from '../../lib/hubs/oci-hub';
import { AWS_HUB, AZURE_HUB, GCP_HUB, OCI_HUB, providerStack, synthJson } from '../support/fixtures';
import { expectValidationError } from '../support/errors';
import { BrownfieldStack } from '../../examples/brownfield-stack';
import { ConnectivityReport } from '../../lib/report/connectivity-report';

const GW = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworkGateways';
const VPN_ID = `${GW}/vnet-hub-vpngw`;
const ER_ID = `${GW}/vnet-hub-ergw`;
const SUBNET_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/GatewaySubnet';
const EXISTING_VPN: AzureExistingVpnGateway = {
  id: VPN_ID,
  sku: 'VpnGw2AZ',
  asn: 65100,
  activeActive: true,
  publicIpAddresses: ['20.1.1.1', '20.1.1.2'],
  apipaCidrsInUse: ['169.254.21.0/30', '169.254.21.4/30'],
};

interface Built { stack: TerraformStack; azure: AzureHub; aws: AwsHub; gcp: GcpHub; oci: OciHub }

function hubs(azure: Partial<AzureHubProps>): Built {
  const stack = providerStack();
  return {
    stack,
    azure: new AzureHub(stack, 'AzureHub', { ...AZURE_HUB, ...azure }),
    aws: new AwsHub(stack, 'AwsHub', AWS_HUB),
    gcp: new GcpHub(stack, 'GcpHub', GCP_HUB),
    oci: new OciHub(stack, 'OciHub', OCI_HUB),
  };
}

function vpn(azure: Partial<AzureHubProps> = { existingVpnGateway: EXISTING_VPN }, props: Partial<S2SVpnBackupProps> = {}) {
  const h = hubs(azure);
  const pattern = new S2SVpnBackup(h.stack, 'Vpn', { azure: h.azure, aws: h.aws, gcp: h.gcp, oci: h.oci, ...props });
  return { ...h, pattern, json: synthJson(h.stack) };
}

const values = (json: any, kind: 'resource' | 'data', type: string): any[] => Object.values(json[kind]?.[type] ?? {});
const conditions = (ds: any): string[] => ds.lifecycle.postcondition.map((c: any) => c.condition);

/** No gateway, public IP or GatewaySubnet of the hub among the created resources. */
function expectNothingOfTheHubCreated(json: any): void {
  expect(values(json, 'resource', 'azurerm_virtual_network_gateway')).toEqual([]);
  expect(values(json, 'resource', 'azurerm_public_ip')).toEqual([]);
  expect(values(json, 'resource', 'azurerm_subnet')).toEqual([]);
}

describe('AzureHub with an existing VPN gateway (S2SVpnBackup)', () => {
  test('connects every tunnel to the existing gateway and creates no gateway, public IP or GatewaySubnet', () => {
    // GIVEN / WHEN
    const { json } = vpn();
    // THEN
    expectNothingOfTheHubCreated(json);
    const connections = values(json, 'resource', 'azurerm_virtual_network_gateway_connection');
    expect(connections).toHaveLength(10); // AWS 4, Google 2, OCI 4
    for (const c of connections) expect(c.virtual_network_gateway_id).toBe(VPN_ID);
  });

  test('the peers point at the declared public IPs and the declared ASN (the default of azureAsn)', () => {
    const { json, pattern } = vpn();
    expect(pattern.azureAsn).toBe(65100);
    expect(values(json, 'resource', 'aws_customer_gateway').map((g) => [g.ip_address, g.bgp_asn])).toEqual([['20.1.1.1', '65100'], ['20.1.1.2', '65100']]);
    const external = values(json, 'resource', 'google_compute_external_vpn_gateway')[0];
    expect(external.interface.map((i: any) => i.ip_address)).toEqual(['20.1.1.1', '20.1.1.2']);
    expect(values(json, 'resource', 'oci_core_cpe').map((c) => c.ip_address)).toEqual(['20.1.1.1', '20.1.1.2']);
  });

  test('the gateway is read at plan, and every declared fact is a postcondition on it', () => {
    const { json } = vpn();
    const [state] = values(json, 'data', 'azurerm_virtual_network_gateway');
    expect(state).toMatchObject({ name: 'vnet-hub-vpngw', resource_group_name: 'rg-net' });
    expect(conditions(state)).toEqual([
      '${self.type == "Vpn"}',
      '${self.vpn_type == "RouteBased"}',
      '${self.sku == "VpnGw2AZ"}',
      '${self.generation == "Generation2"}',
      '${self.active_active == true}',
      '${self.enable_bgp == true}',
      '${try(self.bgp_settings[0].asn, 0) == 65100}',
    ]);
    const sku = state.lifecycle.postcondition[2].error_message;
    expect(sku).toContain('`existingVpnGateway.sku` = VpnGw2AZ');
    expect(sku).toContain('${self.sku}');
  });

  test('a gateway id known only at apply is taken apart by Terraform for the data source', () => {
    const stack = providerStack();
    const id = new TerraformVariable(stack, 'gw_id', { type: 'string' });
    const azure = new AzureHub(stack, 'AzureHub', { ...AZURE_HUB, existingVpnGateway: { ...EXISTING_VPN, id: id.stringValue } });
    new S2SVpnBackup(stack, 'Vpn', { azure, aws: new AwsHub(stack, 'AwsHub', AWS_HUB) });
    const json = synthJson(stack);
    const [state] = values(json, 'data', 'azurerm_virtual_network_gateway');
    expect(state.name).toBe('${element(split("/", var.gw_id), 8)}');
    expect(state.resource_group_name).toBe('${element(split("/", var.gw_id), 4)}');
    for (const c of values(json, 'resource', 'azurerm_virtual_network_gateway_connection')) expect(c.virtual_network_gateway_id).toBe('${var.gw_id}');
  });

  test('the APIPA addresses the new tunnels need are an output, and the in-use /30s are never handed out', () => {
    const { json, pattern } = vpn();
    const allocated = [...pattern.awsTunnelCidrs, ...pattern.gcpTunnelCidrs, ...pattern.ociTunnelCidrs].map((a) => a.cidr);
    const inUse = EXISTING_VPN.apipaCidrsInUse!.map((c) => Cidr.parse(c));
    for (const a of allocated) for (const u of inUse) expect(a.overlaps(u)).toBe(false);
    const output = Object.entries(json.output).find(([k]) => k.includes('ApipaAddresses'))![1] as any;
    const wanted = [0, 1].map((i) => pattern.gateway.apipaAddresses(i));
    expect(output.value).toEqual(wanted);
    expect(wanted.flat()).toHaveLength(10);
  });

  test('a pattern that leaves the gateway settings out gets the existing ones; the same values pass', () => {
    expect(() => vpn(undefined, { vpnGatewaySku: 'VpnGw2AZ', vpnGatewayGeneration: 'Generation2', azureAsn: 65100 })).not.toThrow();
  });

  test('tunnels in use count towards the SKU\'s tunnel limit: 26 + 4 new = 30 pass (N), 27 + 4 fail (N+1)', () => {
    const inUse = (n: number) => Array.from({ length: n }, (_, i) => `169.254.22.${i * 4}/30`);
    const build = (n: number) => {
      const h = hubs({ existingVpnGateway: { ...EXISTING_VPN, apipaCidrsInUse: inUse(n) } });
      new S2SVpnBackup(h.stack, 'Vpn', { azure: h.azure, aws: h.aws });
      return h;
    };
    expect(() => build(26)).not.toThrow();
    expectValidationError(() => build(27), { property: 'existingVpnGateway.sku', rule: /31 site-to-site connections/, fix: /VpnGw4AZ/ });
  });

  test('a new peer with the ASN of an existing peer gets a warning; other ASNs do not', () => {
    const warned = (peerAsnsInUse: number[]) => {
      const h = hubs({ existingVpnGateway: { ...EXISTING_VPN, peerAsnsInUse } });
      new S2SVpnBackup(h.stack, 'Vpn', { azure: h.azure, aws: h.aws });
      Testing.synth(h.stack);
      return h.stack.node.findAll().flatMap((c) => c.node.metadata).map((m) => String(m.data)).filter((d) => d.includes('peerAsnsInUse'));
    };
    expect(warned([65010])).toEqual([]);
    const [w] = warned([65010, 64512]); // 64512: the AWS hub's default amazonSideAsn
    expect(w).toMatch(/AS64512.*will not learn each other's prefixes/);
  });

  describe('fails when', () => {
    test('fails when a declared peer ASN is one Azure reserves', () => {
      expectValidationError(() => hubs({ existingVpnGateway: { ...EXISTING_VPN, peerAsnsInUse: [65010, 65515] } }), {
        property: 'existingVpnGateway.peerAsnsInUse[1]', value: 65515, rule: /reserved|Azure/, fix: /./,
      });
    });

    test('fails when the declared SKU is Basic (no BGP, no active-active)', () => {
      expectValidationError(() => hubs({ existingVpnGateway: { ...EXISTING_VPN, sku: 'Basic' } }), {
        property: 'existingVpnGateway.sku', value: 'Basic', rule: /neither BGP nor active-active/, fix: /VpnGw1-5/,
      });
    });

    test('fails when the declared SKU and generation do not exist', () => {
      expectValidationError(() => hubs({ existingVpnGateway: { ...EXISTING_VPN, sku: 'VpnGw5', generation: 'Generation1' } }), {
        property: 'existingVpnGateway.sku', rule: /not a known Azure VPN gateway SKU/, fix: /declare the SKU/,
      });
    });

    test('fails when the declared ASN is one Azure reserves', () => {
      expectValidationError(() => hubs({ existingVpnGateway: { ...EXISTING_VPN, asn: 65517 } }), {
        property: 'existingVpnGateway.asn', value: 65517, rule: /reserved|Azure/, fix: /65515/,
      });
    });

    test('fails when the gateway is not active-active', () => {
      expectValidationError(() => hubs({ existingVpnGateway: { ...EXISTING_VPN, activeActive: false } }), {
        property: 'existingVpnGateway.activeActive', value: false, rule: /both instances/, fix: /active-active/,
      });
    });

    test('fails when one public IP is declared', () => {
      expectValidationError(() => hubs({ existingVpnGateway: { ...EXISTING_VPN, publicIpAddresses: ['20.1.1.1'] } }), {
        property: 'existingVpnGateway.publicIpAddresses', rule: /two public IPs/, fix: /instance 0, then of instance 1/,
      });
    });

    test('fails when a declared /30 in use lies outside 169.254.21.0-169.254.22.255', () => {
      expectValidationError(() => hubs({ existingVpnGateway: { ...EXISTING_VPN, apipaCidrsInUse: ['169.254.21.0/30', '169.254.20.0/30'] } }), {
        property: 'existingVpnGateway.apipaCidrsInUse[1]', value: '169.254.20.0/30', rule: /169\.254\.21\.0-169\.254\.22\.255/, fix: /169\.254\.21\.0\/24/,
      });
    });

    test('fails when a declared /30 in use is not a /30', () => {
      expectValidationError(() => hubs({ existingVpnGateway: { ...EXISTING_VPN, apipaCidrsInUse: ['169.254.21.0/29'] } }), {
        property: 'existingVpnGateway.apipaCidrsInUse[0]', rule: /\/29 is not allowed/, fix: /\/30/,
      });
    });

    test('fails when a pattern gives a tunnel /30 the existing gateway already uses', () => {
      expectValidationError(() => vpn(undefined, { awsTunnelInsideCidrs: ['169.254.21.8/30', '169.254.21.12/30', '169.254.21.16/30', '169.254.21.4/30'] }), {
        property: 'awsTunnelInsideCidrs[3]', value: '169.254.21.4/30', rule: /already used by .*existing-vpn-gateway\/in-use-1/, fix: /choose another subnet/,
      });
    });

    test('fails when a pattern asks for another SKU or ASN than the existing gateway runs', () => {
      expectValidationError(() => vpn(undefined, { vpnGatewaySku: 'VpnGw3AZ' }), { property: 'vpnGatewaySku', value: 'VpnGw3AZ', rule: /runs VpnGw2AZ/, fix: /leave vpnGatewaySku out/ });
      expectValidationError(() => vpn(undefined, { azureAsn: 65515 }), { property: 'azureAsn', value: 65515, rule: /runs 65100/, fix: /leave azureAsn out/ });
    });

    test('fails when the id is not a virtual network gateway id', () => {
      expectValidationError(() => vpn({ existingVpnGateway: { ...EXISTING_VPN, id: SUBNET_ID } }), {
        property: 'existingVpnGateway.id', value: SUBNET_ID, rule: /not the resource id of a virtual network gateway/, fix: /virtualNetworkGateways/,
      });
    });
  });
});

describe('AzureHub with an existing ExpressRoute gateway', () => {
  function oracle(azure: Partial<AzureHubProps>, gatewaySku?: string) {
    const h = hubs(azure);
    new ExpressRouteToOracle(h.stack, 'Interconnect', { azure: h.azure, oci: h.oci, peeringLocation: 'Washington DC', bandwidthMbps: 1000, gatewaySku });
    return { ...h, json: synthJson(h.stack) };
  }

  test('ExpressRouteToOracle connects the circuit to the existing gateway and creates no gateway, public IP or GatewaySubnet', () => {
    const { json } = oracle({ existingExpressRouteGateway: { id: ER_ID, sku: 'ErGw2AZ' } });
    expectNothingOfTheHubCreated(json);
    const [connection] = values(json, 'resource', 'azurerm_virtual_network_gateway_connection');
    expect(connection.virtual_network_gateway_id).toBe(ER_ID);
    const [state] = values(json, 'data', 'azurerm_virtual_network_gateway');
    expect(state).toMatchObject({ name: 'vnet-hub-ergw', resource_group_name: 'rg-net' });
    expect(conditions(state)).toEqual(['${self.type == "ExpressRoute"}', '${self.sku == "ErGw2AZ"}']);
  });

  test('L2ProviderMultiCloud connects to the existing gateway too', () => {
    const h = hubs({ existingExpressRouteGateway: { id: ER_ID, sku: 'ErGw1AZ' } });
    new L2ProviderMultiCloud(h.stack, 'L2', {
      azure: h.azure, customerRouterAsn: 65010, peeringRange: ['192.168.100.0/24'], onPremisesPrefixes: ['172.16.0.0/16'],
      serviceProviderName: 'Equinix', peeringLocation: 'Washington DC', bandwidthMbps: 1000, azureVlan: 100, deployStage: DeployStage.CONNECT,
    });
    const json = synthJson(h.stack);
    expectNothingOfTheHubCreated(json);
    expect(values(json, 'resource', 'azurerm_virtual_network_gateway_connection').map((c) => c.virtual_network_gateway_id)).toEqual([ER_ID]);
  });

  test('the circuit limits follow the declared SKU: a fast circuit on ErGw1AZ warns, on ErGw3AZ it does not', () => {
    const warnings = (sku: string) => {
      const h = hubs({ existingExpressRouteGateway: { id: ER_ID, sku } });
      new ExpressRouteToOracle(h.stack, 'Interconnect', { azure: h.azure, oci: h.oci, peeringLocation: 'Washington DC', bandwidthMbps: 10000 });
      Testing.synth(h.stack);
      return h.stack.node.findAll().flatMap((c) => c.node.metadata).map((m) => String(m.data)).filter((d) => d.includes('forwards at most'));
    };
    expect(warnings('ErGw1AZ')).not.toEqual([]);
    expect(warnings('ErGw3AZ')).toEqual([]);
  });

  test('a VPN gateway is still created on first use, in the declared existing GatewaySubnet', () => {
    const h = hubs({ existingExpressRouteGateway: { id: ER_ID, sku: 'ErGw1AZ' }, existingGatewaySubnetId: SUBNET_ID });
    new S2SVpnBackup(h.stack, 'Vpn', { azure: h.azure, aws: h.aws });
    const json = synthJson(h.stack);
    expect(values(json, 'resource', 'azurerm_subnet')).toEqual([]);
    const [gw] = values(json, 'resource', 'azurerm_virtual_network_gateway');
    expect(gw.ip_configuration.map((c: any) => c.subnet_id)).toEqual([SUBNET_ID, SUBNET_ID]);
  });

  describe('fails when', () => {
    test('fails when a pattern asks for another SKU than the existing gateway runs', () => {
      expectValidationError(() => oracle({ existingExpressRouteGateway: { id: ER_ID, sku: 'ErGw2AZ' } }, 'ErGw3AZ'), {
        property: 'gatewaySku', value: 'ErGw3AZ', rule: /runs ErGw2AZ/, fix: /leave gatewaySku out, or set it to ErGw2AZ/,
      });
    });

    test('fails when the declared SKU is not an ExpressRoute gateway SKU', () => {
      expectValidationError(() => hubs({ existingExpressRouteGateway: { id: ER_ID, sku: 'VpnGw2AZ' } }), {
        property: 'existingExpressRouteGateway.sku', value: 'VpnGw2AZ', rule: /not an ExpressRoute gateway SKU/, fix: /declare the SKU/,
      });
    });

    test('fails when the hub must create a gateway in the existing GatewaySubnet without its id', () => {
      const h = hubs({ existingExpressRouteGateway: { id: ER_ID, sku: 'ErGw1AZ' } });
      expectValidationError(() => new S2SVpnBackup(h.stack, 'Vpn', { azure: h.azure, aws: h.aws }), {
        property: 'existingGatewaySubnetId', rule: /existing GatewaySubnet/, fix: /set existingGatewaySubnetId/,
      });
    });

    test('fails when expressRouteGateway() is asked for the resource of an existing gateway', () => {
      const h = hubs({ existingExpressRouteGateway: { id: ER_ID, sku: 'ErGw1AZ' } });
      expectValidationError(() => h.azure.expressRouteGateway(), {
        property: 'existingExpressRouteGateway', value: ER_ID, rule: /does not create/, fix: /expressRouteGatewayId\(\)/,
      });
    });
  });
});

test('a hub with only existingGatewaySubnetId creates no GatewaySubnet', () => {
  const h = hubs({ existingGatewaySubnetId: SUBNET_ID });
  expect(h.azure.gatewaySubnet).toBeUndefined();
  expect(values(synthJson(h.stack), 'resource', 'azurerm_subnet')).toEqual([]);
});

test('the brownfield example creates no gateway, public IP or GatewaySubnet and reads both gateways', () => {
  const stack = new BrownfieldStack(Testing.app(), 'brownfield');
  const json = synthJson(stack);
  expectNothingOfTheHubCreated(json);
  // nor the AWS virtual private gateway or the OCI DRG and its attachment (test/hubs/brownfield-aws|oci.test.ts)
  for (const type of ['aws_vpn_gateway', 'oci_core_drg', 'oci_core_drg_attachment']) expect(values(json, 'resource', type)).toEqual([]);
  expect(values(json, 'data', 'aws_vpn_gateway').map((d) => d.id)).toEqual(['vgw-0a1b2c3d4e5f60718']);
  expect(values(json, 'data', 'azurerm_virtual_network_gateway').map((d) => d.name).sort()).toEqual(['vnet-hub-northeurope-ergw', 'vnet-hub-northeurope-vpngw']);
});

describe('routes an existing Azure gateway already carries', () => {
  test('an existing VPN gateway passes its learned routes on to a new AWS peer: 98 + 1 (the VNet) + ... counted, the largest contributor named', () => {
    const h = hubs({ existingVpnGateway: { ...EXISTING_VPN, routesLearned: 98 } });
    new S2SVpnBackup(h.stack, 'Vpn', { azure: h.azure, aws: h.aws });
    const report = ConnectivityReport.forStack(h.stack);
    const budget = report.data.budgets.find((b) => b.receiverCloud === 'AWS')!;
    expect([budget.used, budget.limit, budget.property]).toEqual([99, 100, 'azure.existingVpnGateway.routesLearned']);
    expect(budget.contributors.map((c) => [c.count, c.property])).toEqual([[98, 'azure.existingVpnGateway.routesLearned'], [1, 'azure.addressSpace']]);
  });

  test('fails when the routes an existing VPN gateway passes on take an AWS tunnel over its 100 routes', () => {
    const h = hubs({ existingVpnGateway: { ...EXISTING_VPN, routesLearned: 100 } });
    new S2SVpnBackup(h.stack, 'Vpn', { azure: h.azure, aws: h.aws });
    expect(ConnectivityReport.validateStack(h.stack)[0]).toMatch(/`azure\.existingVpnGateway\.routesLearned` = "101 prefixes": .*accepts at most 100 prefixes/);
  });

  test('an existing ExpressRoute gateway\'s learned routes count towards its SKU\'s limit (ErGw1AZ: 4,000)', () => {
    const issues = (routesLearned: number) => {
      const h = hubs({ existingExpressRouteGateway: { id: ER_ID, sku: 'ErGw1AZ', routesLearned } });
      new ExpressRouteToOracle(h.stack, 'Interconnect', { azure: h.azure, oci: h.oci, peeringLocation: 'Washington DC', bandwidthMbps: 1000 });
      return ConnectivityReport.forStack(h.stack).data.issues.filter((i) => i.check === 'expressroute-gateway-routes');
    };
    expect(issues(10)).toEqual([]);
    const over = issues(4000);
    expect(over).toHaveLength(1);
    expect(over[0].level).toBe('error');
    expect(over[0].rule).toMatch(/learns \d+ routes over its circuit \(4000 of them over existing circuits, existingExpressRouteGateway\.routesLearned\) and a ErGw1AZ gateway holds 4000/);
  });

  test('fails when a declared route count is not a whole number of 0 or more', () => {
    expectValidationError(() => hubs({ existingVpnGateway: { ...EXISTING_VPN, routesLearned: -1 } }), {
      path: 'test/AzureHub', property: 'existingVpnGateway.routesLearned', value: -1, rule: /whole number/, fix: /list-learned-routes/,
    });
    expectValidationError(() => hubs({ existingExpressRouteGateway: { id: ER_ID, sku: 'ErGw1AZ', routesLearned: 1.5 } }), {
      path: 'test/AzureHub', property: 'existingExpressRouteGateway.routesLearned', value: 1.5, rule: /whole number/, fix: /list-learned-routes/,
    });
  });
});
