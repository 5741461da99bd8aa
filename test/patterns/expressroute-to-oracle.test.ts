import { ExpressRouteCircuit } from '@cdktf/provider-azurerm/lib/express-route-circuit';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { VirtualNetworkGateway } from '@cdktf/provider-azurerm/lib/virtual-network-gateway';
import { VirtualNetworkGatewayConnection } from '@cdktf/provider-azurerm/lib/virtual-network-gateway-connection';
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { AzureHub, AzureHubProps } from '../../lib/hubs/azure-hub';
import { OciHub, OciHubProps } from '../../lib/hubs/oci-hub';
import { ExpressRouteFamily, ExpressRouteTier } from '../../lib/links/expressroute';
import { ExpressRouteToOracle, ExpressRouteToOracleProps } from '../../lib/patterns/expressroute-to-oracle';
import { OciProvider } from '../../lib/providers/oci';

const AZURE: AzureHubProps = {
  resourceGroupName: 'rg-net',
  location: 'eastus',
  virtualNetworkName: 'vnet-hub',
  addressSpace: ['10.10.0.0/16'],
  gatewaySubnetCidr: '10.10.255.0/27',
};
const OCI: OciHubProps = {
  compartmentId: 'ocid1.compartment.oc1..aaaa',
  region: 'us-ashburn-1',
  vcnId: 'ocid1.vcn.oc1.iad.aaaa',
  vcnCidrs: ['10.20.0.0/16'],
  subnetCidrs: ['10.20.1.0/24', '10.20.2.0/24'],
};

interface Built { stack: TerraformStack; link: ExpressRouteToOracle; json: any }

function build(props: Partial<ExpressRouteToOracleProps> = {}, azure: Partial<AzureHubProps> = {}, oci: Partial<OciHubProps> = {}): Built {
  // GIVEN
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  new OciProvider(stack, 'oci', { region: 'us-ashburn-1' });
  const a = new AzureHub(stack, 'Azure', { ...AZURE, ...azure });
  const o = new OciHub(stack, 'Oci', { ...OCI, ...oci });
  // WHEN
  const link = new ExpressRouteToOracle(stack, 'Interconnect', { azure: a, oci: o, peeringLocation: 'Washington DC', bandwidthMbps: 1000, ...props });
  const json = JSON.parse(Testing.synth(stack));
  return { stack, link, json };
}

const only = (json: any, type: string): any => {
  const all = Object.values(json.resource?.[type] ?? json.data?.[type] ?? {});
  expect(all).toHaveLength(1);
  return all[0];
};

describe('ExpressRouteToOracle', () => {
  test('the circuit uses the Oracle provider, the peering location and bandwidth, and is protected from destroy', () => {
    const { json } = build();
    const circuit = only(json, 'azurerm_express_route_circuit');
    expect(circuit).toMatchObject({
      service_provider_name: 'Oracle Cloud FastConnect',
      peering_location: 'Washington DC',
      bandwidth_in_mbps: 1000,
      sku: { tier: 'Standard', family: 'MeteredData' },
      lifecycle: { prevent_destroy: true },
    });
  });

  test('prevent_destroy can be turned off', () => {
    const { json } = build({ preventDestroy: false });
    expect(only(json, 'azurerm_express_route_circuit').lifecycle).toEqual({ prevent_destroy: false });
  });

  test('declares no circuit peering: OCI provisions Azure private peering', () => {
    const { json } = build();
    expect(json.resource.azurerm_express_route_circuit_peering).toBeUndefined();
  });

  test('an ExpressRoute gateway (AZ SKU, zonal Standard public IP) in the hub GatewaySubnet, and an ExpressRoute connection', () => {
    const { stack, json } = build();
    const synth = Testing.synth(stack);
    expect(synth).toHaveResourceWithProperties(VirtualNetworkGateway, { type: 'ExpressRoute', sku: 'ErGw1AZ' });
    const gw = only(json, 'azurerm_virtual_network_gateway');
    expect(gw.ip_configuration[0].subnet_id).toMatch(/^\$\{azurerm_subnet\.Azure_GatewaySubnet_[0-9A-F]+\.id\}$/);
    expect(only(json, 'azurerm_public_ip')).toMatchObject({ sku: 'Standard', allocation_method: 'Static', zones: ['1', '2', '3'] });
    expect(synth).toHaveResourceWithProperties(VirtualNetworkGatewayConnection, { type: 'ExpressRoute' });
    const conn = only(json, 'azurerm_virtual_network_gateway_connection');
    expect(conn.express_route_circuit_id).toMatch(/azurerm_express_route_circuit\..*\.id/);
    expect(synth).toHaveResource(ExpressRouteCircuit);
  });

  test('OCI looks up the "Microsoft Azure" provider service exactly and builds a PRIVATE virtual circuit on the DRG', () => {
    const { json } = build();
    const services = only(json, 'oci_core_fast_connect_provider_services');
    expect(services.filter).toEqual([{ name: 'provider_name', values: ['Microsoft Azure'] }]);
    const vc = only(json, 'oci_core_virtual_circuit');
    expect(vc).toMatchObject({
      type: 'PRIVATE',
      bandwidth_shape_name: '1 Gbps',
      compartment_id: OCI.compartmentId,
      is_bfd_enabled: false,
    });
    expect(vc.gateway_id).toMatch(/^\$\{oci_core_drg\..*\.id\}$/);
    expect(vc.provider_service_key_name).toMatch(/^\$\{azurerm_express_route_circuit\..*\.service_key\}$/);
    expect(vc.provider_service_id).toMatch(/oci_core_fast_connect_provider_services\..*fast_connect_provider_services\[0\]\.id/);
  });

  test('two cross-connect mappings: Oracle the first usable address of each /30, Azure the second', () => {
    const { json } = build({ bgpPeeringCidrs: ['192.168.50.0/30', '192.168.50.4/30'] });
    expect(only(json, 'oci_core_virtual_circuit').cross_connect_mappings).toEqual([
      { oracle_bgp_peering_ip: '192.168.50.1/30', customer_bgp_peering_ip: '192.168.50.2/30' },
      { oracle_bgp_peering_ip: '192.168.50.5/30', customer_bgp_peering_ip: '192.168.50.6/30' },
    ]);
  });

  test('allocates two distinct aligned /30s from the peering range when none are given', () => {
    const { json, link } = build({ peeringRange: ['172.31.250.0/26'] });
    const maps = only(json, 'oci_core_virtual_circuit').cross_connect_mappings;
    const subnets = link.peeringSubnets.map((s) => s.text);
    expect(new Set(subnets).size).toBe(2);
    for (const s of subnets) expect(s).toMatch(/^172\.31\.250\.\d+\/30$/);
    expect(maps[0].oracle_bgp_peering_ip).toBe(`${link.peeringSubnets[0].first}/30`);
    expect(maps[1].customer_bgp_peering_ip).toBe(`${link.peeringSubnets[1].second}/30`);
  });

  test('the same app gives the same addresses on every synth', () => {
    expect(build().json).toEqual(build().json);
  });

  test('the connection depends on the virtual circuit (create and destroy order)', () => {
    const { json } = build();
    const conn = only(json, 'azurerm_virtual_network_gateway_connection');
    // a bare reference: Terraform refuses `${...}` in depends_on ("A single static variable reference is required")
    expect(conn.depends_on).toEqual([expect.stringMatching(/^oci_core_virtual_circuit\.Interconnect_Oci_VirtualCircuit_[0-9A-F]+$/)]);
  });

  test('the OCI route table sends every VNet prefix to the DRG, and nothing to 0.0.0.0/0', () => {
    const { json } = build({}, { addressSpace: ['10.10.0.0/16', '10.11.0.0/16'] });
    const rt = only(json, 'oci_core_route_table');
    expect(rt.route_rules.map((r: any) => r.destination)).toEqual(['10.10.0.0/16', '10.11.0.0/16']);
    for (const r of rt.route_rules) {
      expect(r.destination_type).toBe('CIDR_BLOCK');
      expect(r.network_entity_id).toMatch(/oci_core_drg\..*\.id/);
    }
    expect(JSON.stringify(json)).not.toContain('0.0.0.0/0');
    expect(only(json, 'oci_core_drg_attachment').network_details).toEqual([{ id: OCI.vcnId, type: 'VCN' }]);
  });

  test('FastPath and a gateway SKU', () => {
    const { json } = build({ fastPath: true, gatewaySku: 'ErGw3AZ' });
    expect(only(json, 'azurerm_virtual_network_gateway').sku).toBe('ErGw3AZ');
    expect(only(json, 'azurerm_virtual_network_gateway_connection').express_route_gateway_bypass).toBe(true);
  });

  test('records the link with two sessions in the connectivity model', () => {
    const { link } = build({ bgpPeeringCidrs: ['192.168.50.0/30', '192.168.50.4/30'] });
    const { AppContext } = require('../../lib/core/context');
    const model = AppContext.of(link).model;
    const [l] = model.links;
    expect(l).toMatchObject({ pattern: 'ExpressRouteToOracle', kind: 'interconnect', role: 'primary', circuitMbps: 1000, gatewayMbps: 1000 });
    expect(l.sessions.map((s: any) => [s.a.asn, s.a.address, s.b.asn, s.b.address])).toEqual([
      [12076, '192.168.50.2', 31898, '192.168.50.1'],
      [12076, '192.168.50.6', 31898, '192.168.50.5'],
    ]);
    expect(model.hubs.map((h: any) => h.cloud)).toEqual(['Azure', 'OCI']);
  });

  test('snapshot', () => {
    const { stack } = build();
    expect(Testing.synth(stack)).toMatchSnapshot();
  });

  test('split stacks: Azure and OCI state kept apart, the service key passed across stacks', () => {
    // GIVEN the Azure hub and the OCI hub in their own stacks, the pattern in a third one that holds the connection
    const app = Testing.app();
    const azureStack = new TerraformStack(app, 'azure');
    new AzurermProvider(azureStack, 'azurerm', { features: [{}] });
    const ociStack = new TerraformStack(app, 'oci');
    new OciProvider(ociStack, 'oci', { region: 'us-ashburn-1' });
    const connect = new TerraformStack(app, 'interconnect');
    new AzurermProvider(connect, 'azurerm', { features: [{}] });
    const a = new AzureHub(azureStack, 'Azure', AZURE);
    const o = new OciHub(ociStack, 'Oci', OCI);
    // WHEN
    new ExpressRouteToOracle(connect, 'Interconnect', { azure: a, oci: o, peeringLocation: 'Washington DC', bandwidthMbps: 2000 });
    app.synth();
    // THEN each cloud's resources are in its own stack
    const read = (s: string) => JSON.parse(require('fs').readFileSync(require('path').join(app.outdir, `stacks/${s}/cdk.tf.json`), 'utf8'));
    const [az, oc, ic] = [read('azure'), read('oci'), read('interconnect')];
    expect(Object.keys(az.resource).sort()).toEqual(['azurerm_express_route_circuit', 'azurerm_public_ip', 'azurerm_subnet', 'azurerm_virtual_network_gateway']);
    expect(Object.keys(oc.resource).sort()).toEqual(['oci_core_drg', 'oci_core_drg_attachment', 'oci_core_route_table', 'oci_core_virtual_circuit']);
    expect(Object.keys(ic.resource)).toEqual(['azurerm_virtual_network_gateway_connection']);
    // the service key crosses from the Azure stack to the OCI stack through remote state
    const vc: any = Object.values(oc.resource.oci_core_virtual_circuit)[0];
    expect(vc.provider_service_key_name).toMatch(/^\$\{data\.terraform_remote_state\.cross-stack-reference-input-azure\.outputs\./);
    expect(vc.bandwidth_shape_name).toBe('2 Gbps');
    expect(Object.values(az.output).some((o: any) => /azurerm_express_route_circuit\..*\.service_key/.test(o.value))).toBe(true);
    // and the connection's stack deploys after the OCI stack (circuit -> virtual circuit -> connection)
    expect(connect.dependencies).toContain(ociStack);
  });

  test('fails when split stacks would depend on each other', () => {
    const app = Testing.app();
    const azureStack = new TerraformStack(app, 'azure');
    const ociStack = new TerraformStack(app, 'oci');
    const a = new AzureHub(azureStack, 'Azure', AZURE);
    const o = new OciHub(ociStack, 'Oci', OCI);
    expect(() => new ExpressRouteToOracle(azureStack, 'Interconnect', { azure: a, oci: o, peeringLocation: 'Washington DC', bandwidthMbps: 1000 }))
      .toThrow(/`scope` = "azure": .*needs three stacks.*Fix: create ExpressRouteToOracle in a third stack/);
  });
});

describe('ExpressRouteToOracle input checks', () => {
  test.each([500, 3000, 20000])('fails when the bandwidth is %p Mbit/s', (bw) => {
    expect(() => build({ bandwidthMbps: bw })).toThrow(/`bandwidthMbps` = \d+: FastConnect to Azure offers 1000, 2000, 5000, 10000/);
  });

  test('fails when the peering location has no OCI interconnect pair with the region', () => {
    expect(() => build({ peeringLocation: 'Amsterdam' }, {}, { region: 'eu-amsterdam-1' })).toThrow(/`peeringLocation` = "Amsterdam": .*only with Amsterdam2.*Fix: use "Amsterdam2"/);
    expect(() => build({ peeringLocation: 'Washington DC' }, {}, { region: 'eu-frankfurt-1' })).toThrow(/\[test\/Interconnect\] `peeringLocation`/);
  });

  test('an unlisted pair is accepted when the user says so', () => {
    expect(() => build({ peeringLocation: 'Phoenix', allowUnlistedPeeringLocation: true }, {}, { region: 'us-phoenix-1' })).not.toThrow();
  });

  test.each([
    [['192.168.50.0/29', '192.168.50.8/30'], /`bgpPeeringCidrs\[0\]` = "192.168.50.0\/29".*\/29 is not allowed/],
    [['192.168.50.1/30', '192.168.50.8/30'], /`bgpPeeringCidrs\[0\]`.*not aligned/],
    [['192.168.50.0/30', '192.168.50.0/30'], /`bgpPeeringCidrs\[1\]`.*overlaps 192.168.50.0\/30/],
    [['10.10.0.0/30', '192.168.50.8/30'], /`bgpPeeringCidrs\[0\]`.*overlaps the network range 10.10.0.0\/16/],
    [['192.168.50.0/30', '10.20.3.0/30'], /`bgpPeeringCidrs\[1\]`.*overlaps the network range 10.20.0.0\/16/],
    [['192.168.50.0/30'], /`bgpPeeringCidrs`.*exactly two/],
  ])('fails when the peering /30s are %p', (cidrs, why) => {
    expect(() => build({ bgpPeeringCidrs: cidrs })).toThrow(why);
  });

  test('fails when the peering range overlaps a network', () => {
    expect(() => build({ peeringRange: ['10.20.128.0/24'] })).toThrow(/`peeringRange\[0\]`.*overlaps the network range 10.20.0.0\/16/);
  });

  test('fails when the VNet and VCN ranges overlap', () => {
    expect(() => build({}, {}, { vcnCidrs: ['10.10.128.0/17'], subnetCidrs: ['10.10.130.0/24'] })).toThrow(/`oci.vcnCidrs` = "10.10.128.0\/17": the VCN range overlaps the VNet range 10.10.0.0\/16/);
  });

  test('fails when the GatewaySubnet is smaller than /27 or outside the address space', () => {
    expect(() => build({}, { gatewaySubnetCidr: '10.10.255.0/28' })).toThrow(/\[test\/Azure\] `gatewaySubnetCidr` = "10.10.255.0\/28": .*\/27 or larger/);
    expect(() => build({}, { gatewaySubnetCidr: '10.99.255.0/27' })).toThrow(/`gatewaySubnetCidr`.*inside the VNet address space/);
  });

  test('fails when ExpressRoute Local is metered', () => {
    expect(() => build({ skuTier: ExpressRouteTier.LOCAL, skuFamily: ExpressRouteFamily.METERED_DATA })).toThrow(/`skuFamily` = "MeteredData": ExpressRoute Local circuits are UnlimitedData only/);
    expect(() => build({ skuTier: ExpressRouteTier.LOCAL })).not.toThrow();
  });

  test('fails when FastPath is asked of a gateway SKU that lacks it', () => {
    expect(() => build({ fastPath: true })).toThrow(/`fastPath` = true: FastPath needs an UltraPerformance or ErGw3AZ gateway in a hub VNet; the ErGw1AZ lacks it/);
  });

  test('fails when OCI advertises more subnets than ExpressRoute private peering accepts', () => {
    const subnets = Array.from({ length: 4001 }, (_, i) => `10.20.${Math.floor(i / 16)}.${(i % 16) * 16}/28`);
    // checked when the app is complete (at synth), from the route propagation the report shows
    const { stack } = build({}, {}, { subnetCidrs: subnets });
    expect(() => Testing.synth(stack, true)).toThrow(/\[test\/Interconnect\] `oci.subnetCidrs` = "4001 prefixes": Microsoft edge \(primary\) \(ExpressRoute private peering.*\) accepts at most 4000 .*4001 of 4000 .*Fix: summarise `oci.subnetCidrs`: the session's 4001 prefixes cover the same addresses as \d+ \(10\.20\.0\.0\/17, /);
  });

  test('fails when a fifth circuit from one peering location connects to the hub', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'test');
    const a = new AzureHub(stack, 'Azure', AZURE);
    const oci = (i: number) => new OciHub(stack, `Oci${i}`, { ...OCI, vcnCidrs: [`10.${30 + i}.0.0/16`], subnetCidrs: undefined });
    for (let i = 0; i < 4; i++) new ExpressRouteToOracle(stack, `Er${i}`, { azure: a, oci: oci(i), peeringLocation: 'Washington DC', bandwidthMbps: 1000 });
    expect(() => new ExpressRouteToOracle(stack, 'Er4', { azure: a, oci: oci(4), peeringLocation: 'Washington DC', bandwidthMbps: 1000 }))
      .toThrow(/\[test\/Er4\/Azure\] `peeringLocation` = "Washington DC": a VNet connects to at most 4 ExpressRoute circuits from one peering location/);
  });

  test('fails when the VNet advertises more routes than an ExpressRoute gateway carries', () => {
    const space = Array.from({ length: 1001 }, (_, i) => `10.${10 + Math.floor(i / 256)}.${i % 256}.0/24`);
    expect(() => build({}, { addressSpace: space, gatewaySubnetCidr: '10.10.0.0/27' })).toThrow(/`addressSpace` = "1001 prefixes": an ExpressRoute gateway advertises at most 1000 VNet routes/);
  });

  test('fails when a value the plan needs is a token (known only at apply), naming the property; documented token props pass', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'test');
    const bw = new TerraformVariable(stack, 'bw', { type: 'number' });
    const loc = new TerraformVariable(stack, 'loc', { type: 'string' });
    const space = new TerraformVariable(stack, 'space', { type: 'list(string)' });
    const compartment = new TerraformVariable(stack, 'compartment', { type: 'string' });
    const refused = /must be known at synth: the library plans addresses, ASNs, VLANs, budgets and names from it.*Fix: pass the literal value; only props whose documentation says "Accepts a Terraform token" take one/;
    expect(() => new AzureHub(stack, 'A1', { ...AZURE, addressSpace: space.listValue })).toThrow(new RegExp(`\\[test/A1\\] \`addressSpace\` = "\\(a Terraform token\\)": ${refused.source}`));
    const a = new AzureHub(stack, 'Azure', AZURE);
    const o = new OciHub(stack, 'Oci', { ...OCI, compartmentId: compartment.stringValue });
    expect(() => new ExpressRouteToOracle(stack, 'I1', { azure: a, oci: o, peeringLocation: loc.stringValue, bandwidthMbps: 1000 })).toThrow(/\[test\/I1\] `peeringLocation` = "\(a Terraform token\)": must be known at synth/);
    // a token bandwidth once became bandwidth_shape_name "-8.1e+295 Gbps"
    expect(() => new ExpressRouteToOracle(stack, 'I2', { azure: a, oci: o, peeringLocation: 'Washington DC', bandwidthMbps: bw.numberValue })).toThrow(/`bandwidthMbps` = "\(a Terraform token\)": must be known at synth/);
    new ExpressRouteToOracle(stack, 'Interconnect', { azure: a, oci: o, peeringLocation: 'Washington DC', bandwidthMbps: 1000 });
    const json = JSON.parse(Testing.synth(stack));
    expect(Object.values(json.resource.oci_core_drg as Record<string, { compartment_id: string }>)[0].compartment_id).toBe('${var.compartment}');
  });
});

