// The hand-written cdktf baseline: the resources of the examples app (stacks `planning`, `azure-oracle`,
// `s2s-vpn-backup`) written directly with the provider classes, every value spelled out the way someone without the
// library would write it (the BGP /30s, APIPA addresses, IKE/IPsec parameters and names are the ones the library
// plans for the examples; `bench/compare.ts` checks that both synthesize the same resources and attributes).
//
// One body, two import styles: `handwritten-root.ts` passes the classes it imported from the package roots,
// `handwritten-deep.ts` the classes it imported by deep path. Only types are imported here (erased at compile time),
// so this file loads no provider module itself and the two baselines differ in nothing but how they import.
import type { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import type { CustomerGateway } from '@cdktf/provider-aws/lib/customer-gateway';
import type { VpnConnection } from '@cdktf/provider-aws/lib/vpn-connection';
import type { VpnGateway } from '@cdktf/provider-aws/lib/vpn-gateway';
import type { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import type { DataAzurermExpressRouteCircuit } from '@cdktf/provider-azurerm/lib/data-azurerm-express-route-circuit';
import type { ExpressRouteCircuit } from '@cdktf/provider-azurerm/lib/express-route-circuit';
import type { LocalNetworkGateway } from '@cdktf/provider-azurerm/lib/local-network-gateway';
import type { PublicIp } from '@cdktf/provider-azurerm/lib/public-ip';
import type { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import type { VirtualNetworkGateway } from '@cdktf/provider-azurerm/lib/virtual-network-gateway';
import type { VirtualNetworkGatewayConnection } from '@cdktf/provider-azurerm/lib/virtual-network-gateway-connection';
import type { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import type { ComputeExternalVpnGateway } from '@cdktf/provider-google/lib/compute-external-vpn-gateway';
import type { ComputeHaVpnGateway } from '@cdktf/provider-google/lib/compute-ha-vpn-gateway';
import type { ComputeRouter } from '@cdktf/provider-google/lib/compute-router';
import type { ComputeRouterInterface } from '@cdktf/provider-google/lib/compute-router-interface';
import type { ComputeRouterPeer } from '@cdktf/provider-google/lib/compute-router-peer';
import type { ComputeVpnTunnel } from '@cdktf/provider-google/lib/compute-vpn-tunnel';
import type { RandomProvider } from '@cdktf/provider-random/lib/provider';
import type { Password } from '@cdktf/provider-random/lib/password';
import type { App } from 'cdktf';
import type { CoreCpe } from '../../lib/providers/oci/core-cpe';
import type { CoreDrg } from '../../lib/providers/oci/core-drg';
import type { CoreDrgAttachment } from '../../lib/providers/oci/core-drg-attachment';
import type { CoreIpsec } from '../../lib/providers/oci/core-ipsec';
import type { CoreIpsecConnectionTunnelManagement } from '../../lib/providers/oci/core-ipsec-connection-tunnel-management';
import type { CoreRouteTable } from '../../lib/providers/oci/core-route-table';
import type { CoreVirtualCircuit } from '../../lib/providers/oci/core-virtual-circuit';
import type { DataOciCoreFastConnectProviderServices } from '../../lib/providers/oci/data-oci-core-fast-connect-provider-services';
import type { DataOciCoreIpsecConnectionTunnels } from '../../lib/providers/oci/data-oci-core-ipsec-connection-tunnels';
import type { OciProvider } from '../../lib/providers/oci/provider';

/** The provider classes a baseline uses, however it imported them. */
export interface BaselineClasses {
  readonly TerraformStack: typeof import('cdktf').TerraformStack;
  readonly TerraformOutput: typeof import('cdktf').TerraformOutput;
  readonly TerraformVariable: typeof import('cdktf').TerraformVariable;
  readonly AzurermProvider: typeof AzurermProvider;
  readonly Subnet: typeof Subnet;
  readonly PublicIp: typeof PublicIp;
  readonly VirtualNetworkGateway: typeof VirtualNetworkGateway;
  readonly VirtualNetworkGatewayConnection: typeof VirtualNetworkGatewayConnection;
  readonly ExpressRouteCircuit: typeof ExpressRouteCircuit;
  readonly DataAzurermExpressRouteCircuit: typeof DataAzurermExpressRouteCircuit;
  readonly LocalNetworkGateway: typeof LocalNetworkGateway;
  readonly AwsProvider: typeof AwsProvider;
  readonly VpnGateway: typeof VpnGateway;
  readonly CustomerGateway: typeof CustomerGateway;
  readonly VpnConnection: typeof VpnConnection;
  readonly GoogleProvider: typeof GoogleProvider;
  readonly ComputeRouter: typeof ComputeRouter;
  readonly ComputeHaVpnGateway: typeof ComputeHaVpnGateway;
  readonly ComputeExternalVpnGateway: typeof ComputeExternalVpnGateway;
  readonly ComputeVpnTunnel: typeof ComputeVpnTunnel;
  readonly ComputeRouterInterface: typeof ComputeRouterInterface;
  readonly ComputeRouterPeer: typeof ComputeRouterPeer;
  readonly RandomProvider: typeof RandomProvider;
  readonly Password: typeof Password;
  readonly OciProvider: typeof OciProvider;
  readonly CoreDrg: typeof CoreDrg;
  readonly CoreDrgAttachment: typeof CoreDrgAttachment;
  readonly CoreRouteTable: typeof CoreRouteTable;
  readonly CoreVirtualCircuit: typeof CoreVirtualCircuit;
  readonly DataOciCoreFastConnectProviderServices: typeof DataOciCoreFastConnectProviderServices;
  readonly CoreCpe: typeof CoreCpe;
  readonly CoreIpsec: typeof CoreIpsec;
  readonly CoreIpsecConnectionTunnelManagement: typeof CoreIpsecConnectionTunnelManagement;
  readonly DataOciCoreIpsecConnectionTunnels: typeof DataOciCoreIpsecConnectionTunnels;
}

/** An Azure virtual network the stacks attach to. */
interface Vnet { readonly rg: string; readonly location: string; readonly name: string; readonly addressSpace: string; readonly gatewaySubnet: string }
const PLANNING: Vnet = { rg: 'rg-planning-eastus', location: 'eastus', name: 'vnet-planning-eastus', addressSpace: '10.0.0.0/16', gatewaySubnet: '10.0.255.0/27' };
const EAST: Vnet = { rg: 'rg-network-eastus', location: 'eastus', name: 'vnet-hub-eastus', addressSpace: '10.10.0.0/16', gatewaySubnet: '10.10.255.0/27' };
const WEST: Vnet = { rg: 'rg-network-westeurope', location: 'westeurope', name: 'vnet-hub-westeurope', addressSpace: '10.110.0.0/16', gatewaySubnet: '10.110.255.0/27' };
const GCP_PROJECT = 'example-network-project';
const GCP_REGION = 'europe-west4';

/** Adds the three hand-written stacks to `app`. */
export function buildBaseline(app: App, c: BaselineClasses): void {
  planningStack(app, c);
  azureOracleStack(app, c);
  s2sVpnStack(app, c);
}

function planningStack(app: App, c: BaselineClasses): void {
  const stack = new c.TerraformStack(app, 'planning');
  new c.AzurermProvider(stack, 'azurerm', { features: [{}] });
  const subnet = new c.Subnet(stack, 'gateway_subnet', {
    name: 'GatewaySubnet',
    resourceGroupName: PLANNING.rg,
    virtualNetworkName: PLANNING.name,
    addressPrefixes: [PLANNING.gatewaySubnet],
  });
  new c.TerraformOutput(stack, 'gateway_subnet_id', { value: subnet.id });
  new c.TerraformOutput(stack, 'expressroute_budget', { value: '16 of 4000 prefixes (0.4 %)' });
}

/** The Azure hub's gateway subnet and ExpressRoute gateway. */
function expressRouteGateway(stack: import('cdktf').TerraformStack, c: BaselineClasses, v: Vnet): { subnet: Subnet; gateway: VirtualNetworkGateway } {
  const subnet = new c.Subnet(stack, 'gateway_subnet', {
    name: 'GatewaySubnet',
    resourceGroupName: v.rg,
    virtualNetworkName: v.name,
    addressPrefixes: [v.gatewaySubnet],
  });
  const pip = new c.PublicIp(stack, 'ergw_pip', {
    name: `${v.name}-ergw-pip`,
    resourceGroupName: v.rg,
    location: v.location,
    allocationMethod: 'Static',
    sku: 'Standard',
    zones: ['1', '2', '3'],
  });
  const gateway = new c.VirtualNetworkGateway(stack, 'ergw', {
    name: `${v.name}-ergw`,
    resourceGroupName: v.rg,
    location: v.location,
    type: 'ExpressRoute',
    sku: 'ErGw1AZ',
    ipConfiguration: [{ name: 'default', publicIpAddressId: pip.id, privateIpAddressAllocation: 'Dynamic', subnetId: subnet.id }],
  });
  return { subnet, gateway };
}

/** The OCI side: DRG, its VCN attachment and the route table to the DRG. */
function ociHub(stack: import('cdktf').TerraformStack, c: BaselineClasses, compartmentId: string, vcnId: string, v: Vnet): { drg: CoreDrg; routeTable: CoreRouteTable } {
  const drg = new c.CoreDrg(stack, 'drg', { compartmentId, displayName: 'OciHub-drg' });
  const attachment = new c.CoreDrgAttachment(stack, 'drg_attachment', {
    drgId: drg.id,
    displayName: 'OciHub-drg-vcn',
    networkDetails: { id: vcnId, type: 'VCN' },
  });
  const routeTable = new c.CoreRouteTable(stack, 'route_table', {
    compartmentId,
    vcnId,
    displayName: 'OciHub-to-drg',
    routeRules: [{
      destination: v.addressSpace,
      destinationType: 'CIDR_BLOCK',
      networkEntityId: drg.id,
      description: 'to the other clouds through the DRG (cdktf-azure-multicloud)',
    }],
    dependsOn: [attachment],
  });
  return { drg, routeTable };
}

/** The two preconditions on the circuit's live state, as a user would write them. */
export function circuitProvisioned(state: DataAzurermExpressRouteCircuit, circuitName: string): Array<{ condition: string; errorMessage: string }> {
  const ref = `data.azurerm_express_route_circuit.${state.friendlyUniqueId}`;
  return [{
    condition: `\${${ref}.service_provider_provisioning_state == "Provisioned"}`,
    errorMessage: `The ExpressRoute circuit ${circuitName} is not provisioned yet (service_provider_provisioning_state is \${${ref}.service_provider_provisioning_state}): `
      + `the FastConnect virtual circuit provisions it and configures its private peering within minutes; once Oracle has provisioned it, plan and apply again.`,
  }, {
    condition: `\${length([for p in ${ref}.peerings : p if p.peering_type == "AzurePrivatePeering"]) > 0}`,
    errorMessage: `The ExpressRoute circuit ${circuitName} has no Azure private peering yet: Oracle configures it once the circuit is provisioned; apply again when it is there.`,
  }];
}

/** ExpressRoute circuit to Oracle, the FastConnect virtual circuit on the DRG, then the gateway connection. */
function interconnect(stack: import('cdktf').TerraformStack, c: BaselineClasses, v: Vnet, peeringLocation: string, gateway: VirtualNetworkGateway,
  drg: CoreDrg, compartmentId: string, mappings: Array<[string, string]>): ExpressRouteCircuit {
  const circuit = new c.ExpressRouteCircuit(stack, 'circuit', {
    name: `${v.name}-interconnect-er`,
    resourceGroupName: v.rg,
    location: v.location,
    sku: { tier: 'Standard', family: 'MeteredData' },
    serviceProviderName: 'Oracle Cloud FastConnect',
    peeringLocation,
    bandwidthInMbps: 1000,
    lifecycle: { preventDestroy: true },
  });
  const services = new c.DataOciCoreFastConnectProviderServices(stack, 'provider_services', {
    compartmentId,
    filter: [{ name: 'provider_name', values: ['Microsoft Azure'] }],
  });
  const vc = new c.CoreVirtualCircuit(stack, 'virtual_circuit', {
    compartmentId,
    displayName: 'ocihub-interconnect-fastconnect',
    type: 'PRIVATE',
    bandwidthShapeName: '1 Gbps',
    gatewayId: drg.id,
    providerServiceId: services.fastConnectProviderServices.get(0).id,
    providerServiceKeyName: circuit.serviceKey,
    isBfdEnabled: false,
    crossConnectMappings: mappings.map(([oracle, customer]) => ({ oracleBgpPeeringIp: oracle, customerBgpPeeringIp: customer })),
  });
  // The connection waits for Oracle to provision the circuit: a data source reads its live state (after the virtual
  // circuit) and two preconditions fail the plan until it is provisioned and has its private peering.
  const state = new c.DataAzurermExpressRouteCircuit(stack, 'circuit_state', { name: circuit.name, resourceGroupName: v.rg, dependsOn: [vc] });
  new c.VirtualNetworkGatewayConnection(stack, 'er_connection', {
    name: `${circuit.name}-connection`,
    resourceGroupName: v.rg,
    location: v.location,
    type: 'ExpressRoute',
    virtualNetworkGatewayId: gateway.id,
    expressRouteCircuitId: circuit.id,
    routingWeight: 0,
    dependsOn: [vc],
    lifecycle: { precondition: circuitProvisioned(state, `${v.name}-interconnect-er`) },
  });
  return circuit;
}

function azureOracleStack(app: App, c: BaselineClasses): void {
  const stack = new c.TerraformStack(app, 'azure-oracle');
  new c.AzurermProvider(stack, 'azurerm', { features: [{}] });
  new c.OciProvider(stack, 'oci', { region: 'us-ashburn-1' });
  const compartment = new c.TerraformVariable(stack, 'oci_compartment_ocid', { type: 'string', description: 'OCI compartment for the DRG and FastConnect' });
  const vcn = new c.TerraformVariable(stack, 'oci_vcn_ocid', { type: 'string', description: 'The existing VCN' });
  const { gateway } = expressRouteGateway(stack, c, EAST);
  const { drg, routeTable } = ociHub(stack, c, compartment.stringValue, vcn.stringValue, EAST);
  const circuit = interconnect(stack, c, EAST, 'Washington DC', gateway, drg, compartment.stringValue,
    [['192.168.255.61/30', '192.168.255.62/30'], ['192.168.255.173/30', '192.168.255.174/30']]);
  new c.TerraformOutput(stack, 'oci_route_table_id', { value: routeTable.id, description: 'Associate this route table with the OCI subnets that talk to Azure' });
  new c.TerraformOutput(stack, 'expressroute_circuit_id', { value: circuit.id });
}

const IPSEC_POLICY = {
  dhGroup: 'ECP384',
  ikeEncryption: 'AES256',
  ikeIntegrity: 'SHA384',
  ipsecEncryption: 'GCMAES256',
  ipsecIntegrity: 'GCMAES256',
  pfsGroup: 'ECP384',
  saLifetime: 3600,
};

/** One Azure tunnel: where the remote end is, its BGP address, and the connection's two custom BGP addresses. */
interface AzureTunnel {
  readonly remoteAddress: string;
  readonly remoteBgpAddress: string;
  readonly primary: string;
  readonly secondary: string;
  readonly key: string;
}

function s2sVpnStack(app: App, c: BaselineClasses): void {
  const stack = new c.TerraformStack(app, 's2s-vpn-backup');
  new c.AzurermProvider(stack, 'azurerm', { features: [{}] });
  new c.AwsProvider(stack, 'aws', { region: 'eu-west-1' });
  new c.GoogleProvider(stack, 'google', { project: GCP_PROJECT, region: GCP_REGION });
  new c.RandomProvider(stack, 'random');
  new c.OciProvider(stack, 'oci', { region: 'eu-amsterdam-1' });
  const compartment = new c.TerraformVariable(stack, 'oci_compartment_ocid', { type: 'string', description: 'OCI compartment for the DRG, CPEs and IPSec connections' });
  const vcn = new c.TerraformVariable(stack, 'oci_vcn_ocid', { type: 'string', description: 'The existing VCN' });
  const vpc = new c.TerraformVariable(stack, 'aws_vpc_id', { type: 'string', description: 'The existing VPC' });
  const compartmentId = compartment.stringValue;

  // Azure hub, OCI hub and the interconnect (primary path).
  const v = WEST;
  const { subnet, gateway: erGateway } = expressRouteGateway(stack, c, v);
  const { drg, routeTable } = ociHub(stack, c, compartmentId, vcn.stringValue, v);
  interconnect(stack, c, v, 'Amsterdam2', erGateway, drg, compartmentId,
    [['192.168.255.45/30', '192.168.255.46/30'], ['192.168.255.65/30', '192.168.255.66/30']]);

  // Azure VPN gateway: active-active, BGP, custom APIPA addresses of every tunnel below.
  const pips = [0, 1].map((i) => new c.PublicIp(stack, `vpngw_pip${i}`, {
    name: `${v.name}-vpngw-pip${i}`,
    resourceGroupName: v.rg,
    location: v.location,
    allocationMethod: 'Static',
    sku: 'Standard',
    zones: ['1', '2', '3'],
  }));
  const vpnGateway = new c.VirtualNetworkGateway(stack, 'vpngw', {
    name: `${v.name}-vpngw`,
    resourceGroupName: v.rg,
    location: v.location,
    type: 'Vpn',
    vpnType: 'RouteBased',
    sku: 'VpnGw2AZ',
    generation: 'Generation2',
    activeActive: true,
    enableBgp: true,
    ipConfiguration: [0, 1].map((i) => ({
      name: `instance-${i}`,
      publicIpAddressId: pips[i].id,
      privateIpAddressAllocation: 'Dynamic',
      subnetId: subnet.id,
    })),
    bgpSettings: {
      asn: 65515,
      peeringAddresses: [
        { ipConfigurationName: 'instance-0', apipaAddresses: ['169.254.21.126', '169.254.21.46', '169.254.21.50', '169.254.21.98', '169.254.22.226'] },
        { ipConfigurationName: 'instance-1', apipaAddresses: ['169.254.21.122', '169.254.21.174', '169.254.21.198', '169.254.21.202', '169.254.22.22'] },
      ],
    },
  });
  const azureIps = pips.map((p) => p.ipAddress);
  const psk = (name: string, count: number): Password[] => Array.from({ length: count }, (_, i) => new c.Password(stack, `${name}_psk${i}`, {
    length: 32,
    special: false,
    numeric: false,
    upper: true,
    lower: true,
    minUpper: 1,
    minLower: 1,
    keepers: { tunnel: `${name}-tunnel${i}`, version: '1' },
  }));
  const azureTunnels = (name: string, asn: number, tunnels: AzureTunnel[]): void => tunnels.forEach((t, i) => {
    const lgw = new c.LocalNetworkGateway(stack, `${name}_lgw${i}`, {
      name: `${v.name}-vpnbackup-${name}-lgw${i}`,
      resourceGroupName: v.rg,
      location: v.location,
      gatewayAddress: t.remoteAddress,
      bgpSettings: { asn, bgpPeeringAddress: t.remoteBgpAddress },
    });
    new c.VirtualNetworkGatewayConnection(stack, `${name}_cn${i}`, {
      name: `${v.name}-vpnbackup-${name}-cn${i}`,
      resourceGroupName: v.rg,
      location: v.location,
      type: 'IPsec',
      virtualNetworkGatewayId: vpnGateway.id,
      localNetworkGatewayId: lgw.id,
      sharedKey: t.key,
      enableBgp: true,
      connectionProtocol: 'IKEv2',
      ipsecPolicy: IPSEC_POLICY,
      customBgpAddresses: { primary: t.primary, secondary: t.secondary },
    });
  });

  // AWS: virtual private gateway, two customer gateways (one per Azure instance), two VPN connections of two tunnels.
  const vgw = new c.VpnGateway(stack, 'vgw', { vpcId: vpc.stringValue, amazonSideAsn: '64512', tags: { Name: 'AwsHub-vgw' } });
  const awsKeys = psk('aws', 4);
  const awsInside = ['169.254.21.124/30', '169.254.21.48/30', '169.254.22.20/30', '169.254.21.200/30'];
  const tunnel = (n: 1 | 2, t: number): Record<string, unknown> => ({
    [`tunnel${n}InsideCidr`]: awsInside[t],
    [`tunnel${n}PresharedKey`]: awsKeys[t].result,
    [`tunnel${n}StartupAction`]: 'start',
    [`tunnel${n}DpdTimeoutAction`]: 'restart',
    [`tunnel${n}IkeVersions`]: ['ikev2'],
    [`tunnel${n}Phase1EncryptionAlgorithms`]: ['AES256'],
    [`tunnel${n}Phase1IntegrityAlgorithms`]: ['SHA2-384'],
    [`tunnel${n}Phase1DhGroupNumbers`]: [20],
    [`tunnel${n}Phase1LifetimeSeconds`]: 28800,
    [`tunnel${n}Phase2EncryptionAlgorithms`]: ['AES256-GCM-16'],
    [`tunnel${n}Phase2IntegrityAlgorithms`]: ['SHA2-384'],
    [`tunnel${n}Phase2DhGroupNumbers`]: [20],
    [`tunnel${n}Phase2LifetimeSeconds`]: 3600,
  });
  const vpnConnections = [0, 1].map((i) => {
    const cgw = new c.CustomerGateway(stack, `cgw${i}`, {
      type: 'ipsec.1',
      ipAddress: azureIps[i],
      bgpAsn: '65515',
      tags: { Name: `AwsHub-vpnbackup-azure-instance${i}` },
    });
    return new c.VpnConnection(stack, `vpn${i}`, {
      type: 'ipsec.1',
      customerGatewayId: cgw.id,
      vpnGatewayId: vgw.id,
      staticRoutesOnly: false,
      ...tunnel(1, 2 * i),
      ...tunnel(2, 2 * i + 1),
      tags: { Name: `AwsHub-vpnbackup-azure-instance${i}` },
    });
  });
  azureTunnels('aws', 64512, [
    { remoteAddress: vpnConnections[0].tunnel1Address, remoteBgpAddress: '169.254.21.125', primary: '169.254.21.126', secondary: '169.254.22.22', key: awsKeys[0].result },
    { remoteAddress: vpnConnections[0].tunnel2Address, remoteBgpAddress: '169.254.21.49', primary: '169.254.21.50', secondary: '169.254.21.202', key: awsKeys[1].result },
    { remoteAddress: vpnConnections[1].tunnel1Address, remoteBgpAddress: '169.254.22.21', primary: '169.254.21.126', secondary: '169.254.22.22', key: awsKeys[2].result },
    { remoteAddress: vpnConnections[1].tunnel2Address, remoteBgpAddress: '169.254.21.201', primary: '169.254.21.50', secondary: '169.254.21.202', key: awsKeys[3].result },
  ]);

  // Google: HA VPN to the two Azure instances, on a Cloud Router with BGP peers at the APIPA addresses.
  const router = new c.ComputeRouter(stack, 'vpn_router', {
    name: 'gcphub-vpn-router',
    project: GCP_PROJECT,
    region: GCP_REGION,
    network: 'hub-vpc',
    bgp: { asn: 64514, advertiseMode: 'DEFAULT' },
  });
  const gcpKeys = psk('gcp', 2);
  const haVpn = new c.ComputeHaVpnGateway(stack, 'ha_vpn', { name: 'gcphub-vpnbackup-havpn', project: GCP_PROJECT, region: GCP_REGION, network: 'hub-vpc' });
  const external = new c.ComputeExternalVpnGateway(stack, 'azure_gateway', {
    name: 'gcphub-vpnbackup-azure',
    project: GCP_PROJECT,
    redundancyType: 'TWO_IPS_REDUNDANCY',
    description: 'Azure active-active VPN gateway (instance 0, instance 1)',
    interface: azureIps.map((ip, i) => ({ id: i, ipAddress: ip })),
  });
  const gcpInside = [['169.254.21.97', '169.254.21.98'], ['169.254.21.173', '169.254.21.174']];
  [0, 1].forEach((i) => {
    const t = new c.ComputeVpnTunnel(stack, `gcp_tunnel${i}`, {
      name: `gcphub-vpnbackup-tunnel${i}`,
      project: GCP_PROJECT,
      region: GCP_REGION,
      vpnGateway: haVpn.id,
      vpnGatewayInterface: i,
      peerExternalGateway: external.id,
      peerExternalGatewayInterface: i,
      router: router.id,
      ikeVersion: 2,
      sharedSecret: gcpKeys[i].result,
    });
    const ifc = new c.ComputeRouterInterface(stack, `gcp_if${i}`, {
      name: `gcphub-vpnbackup-if${i}`,
      project: GCP_PROJECT,
      region: GCP_REGION,
      router: router.name,
      ipRange: `${gcpInside[i][0]}/30`,
      vpnTunnel: t.name,
    });
    new c.ComputeRouterPeer(stack, `gcp_peer${i}`, {
      name: `gcphub-vpnbackup-peer${i}`,
      project: GCP_PROJECT,
      region: GCP_REGION,
      router: router.name,
      interface: ifc.name,
      ipAddress: gcpInside[i][0],
      peerIpAddress: gcpInside[i][1],
      peerAsn: 65515,
      advertisedRoutePriority: 10200,
    });
  });
  azureTunnels('gcp', 64514, [0, 1].map((i) => ({
    remoteAddress: haVpn.vpnInterfaces.get(i).ipAddress,
    remoteBgpAddress: gcpInside[i][0],
    primary: '169.254.21.98',
    secondary: '169.254.21.174',
    key: gcpKeys[i].result,
  })));

  // OCI: a CPE and an IPSec connection per Azure instance, their tunnels managed with BGP.
  const ociKeys = psk('oci', 4);
  const ipsecs = [0, 1].map((i) => {
    const cpe = new c.CoreCpe(stack, `cpe${i}`, { compartmentId, ipAddress: azureIps[i], displayName: `OciHub-vpnbackup-azure-instance${i}` });
    return new c.CoreIpsec(stack, `ipsec${i}`, {
      compartmentId,
      cpeId: cpe.id,
      drgId: drg.id,
      staticRoutes: [v.addressSpace],
      displayName: `OciHub-vpnbackup-azure-instance${i}`,
    });
  });
  const lookups = ipsecs.map((ipsec, i) => new c.DataOciCoreIpsecConnectionTunnels(stack, `tunnels${i}`, { ipsecId: ipsec.id }));
  const ociInside = [['169.254.21.45', '169.254.21.46'], ['169.254.22.225', '169.254.22.226'], ['169.254.21.197', '169.254.21.198'], ['169.254.21.121', '169.254.21.122']];
  const ociTunnels = [0, 1, 2, 3].map((t) => {
    const i = Math.floor(t / 2);
    return new c.CoreIpsecConnectionTunnelManagement(stack, `oci_tunnel${t}`, {
      ipsecId: ipsecs[i].id,
      tunnelId: lookups[i].ipSecConnectionTunnels.get(t % 2).id,
      displayName: `OciHub-vpnbackup-azure-instance${i}-tunnel${t % 2}`,
      routing: 'BGP',
      ikeVersion: 'V2',
      sharedSecret: ociKeys[t].result,
      oracleCanInitiate: 'INITIATOR_OR_RESPONDER',
      bgpSessionInfo: {
        customerBgpAsn: '65515',
        customerInterfaceIp: `${ociInside[t][1]}/30`,
        oracleInterfaceIp: `${ociInside[t][0]}/30`,
      },
      phaseOneDetails: {
        isCustomPhaseOneConfig: true,
        customAuthenticationAlgorithm: 'SHA2_384',
        customDhGroup: 'GROUP20',
        customEncryptionAlgorithm: 'AES_256_CBC',
        lifetime: 28800,
      },
      phaseTwoDetails: {
        isCustomPhaseTwoConfig: true,
        customEncryptionAlgorithm: 'AES_256_GCM',
        dhGroup: 'GROUP20',
        isPfsEnabled: true,
        lifetime: 3600,
      },
    });
  });
  const ociPairs: Array<[string, string]> = [['169.254.21.46', '169.254.21.198'], ['169.254.22.226', '169.254.21.122']];
  azureTunnels('oci', 31898, ociTunnels.map((t, i) => ({
    remoteAddress: t.vpnIp,
    remoteBgpAddress: ociInside[i][0],
    primary: ociPairs[i % 2][0],
    secondary: ociPairs[i % 2][1],
    key: ociKeys[i].result,
  })));

  new c.TerraformOutput(stack, 'azure_vpn_gateway_public_ips', { value: azureIps });
  new c.TerraformOutput(stack, 'oci_route_table_id', { value: routeTable.id, description: 'Associate this route table with the OCI subnets that talk to Azure' });
}
