// The hand-written counterpart of `bench/scale-app.ts`: the same resources (types and counts, checked by the bench)
// for N links, written directly with deep-imported provider classes in loops, the BGP /30s and APIPA addresses
// computed by simple arithmetic instead of planned. `node bench/baselines/scale-deep.js <N>`; one measured run.
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { CustomerGateway } from '@cdktf/provider-aws/lib/customer-gateway';
import { VpnConnection } from '@cdktf/provider-aws/lib/vpn-connection';
import { VpnGateway } from '@cdktf/provider-aws/lib/vpn-gateway';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { DataAzurermExpressRouteCircuit } from '@cdktf/provider-azurerm/lib/data-azurerm-express-route-circuit';
import { ExpressRouteCircuit } from '@cdktf/provider-azurerm/lib/express-route-circuit';
import { LocalNetworkGateway } from '@cdktf/provider-azurerm/lib/local-network-gateway';
import { PublicIp } from '@cdktf/provider-azurerm/lib/public-ip';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { VirtualNetworkGateway } from '@cdktf/provider-azurerm/lib/virtual-network-gateway';
import { VirtualNetworkGatewayConnection } from '@cdktf/provider-azurerm/lib/virtual-network-gateway-connection';
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { ComputeExternalVpnGateway } from '@cdktf/provider-google/lib/compute-external-vpn-gateway';
import { ComputeHaVpnGateway } from '@cdktf/provider-google/lib/compute-ha-vpn-gateway';
import { ComputeRouter } from '@cdktf/provider-google/lib/compute-router';
import { ComputeRouterInterface } from '@cdktf/provider-google/lib/compute-router-interface';
import { ComputeRouterPeer } from '@cdktf/provider-google/lib/compute-router-peer';
import { ComputeVpnTunnel } from '@cdktf/provider-google/lib/compute-vpn-tunnel';
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { Password } from '@cdktf/provider-random/lib/password';
import { App, TerraformStack } from 'cdktf';
import { CoreDrg } from '../../lib/providers/oci/core-drg';
import { CoreDrgAttachment } from '../../lib/providers/oci/core-drg-attachment';
import { CoreRouteTable } from '../../lib/providers/oci/core-route-table';
import { CoreVirtualCircuit } from '../../lib/providers/oci/core-virtual-circuit';
import { DataOciCoreFastConnectProviderServices } from '../../lib/providers/oci/data-oci-core-fast-connect-provider-services';
import { OciProvider } from '../../lib/providers/oci/provider';
import { runMeasured } from '../child';
import { circuitProvisioned } from './stacks';
import { block20, peeringRange29, scaleMix, vpnHub } from '../scale-mix';

const IPSEC_POLICY = {
  dhGroup: 'ECP384', ikeEncryption: 'AES256', ikeIntegrity: 'SHA384', ipsecEncryption: 'GCMAES256',
  ipsecIntegrity: 'GCMAES256', pfsGroup: 'ECP384', saLifetime: 3600,
};

interface Hub { name: string; rg: string; subnet: Subnet; vpnGateway?: VirtualNetworkGateway; pips?: PublicIp[]; apipa: string[][] }

/** The i-th /30 of Azure's APIPA window: [network, first usable (the peer), second usable (Azure)]. */
function apipa(i: number): [string, string, string] {
  const third = 21 + (i >> 6);
  const base = (i & 63) * 4;
  return [`169.254.${third}.${base}`, `169.254.${third}.${base + 1}`, `169.254.${third}.${base + 2}`];
}

export function buildScaleBaseline(app: App, n: number): Record<string, unknown> {
  const mix = scaleMix(n);
  const stack = new TerraformStack(app, 'scale');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  new OciProvider(stack, 'oci', { region: 'us-ashburn-1' });
  if (mix.awsVpns > 0) new AwsProvider(stack, 'aws', { region: 'us-east-1' });
  if (mix.gcpVpns > 0) new GoogleProvider(stack, 'google', { project: 'scale-network', region: 'us-east4' });
  if (mix.awsVpns + mix.gcpVpns > 0) new RandomProvider(stack, 'random');
  const compartmentId = 'ocid1.compartment.oc1..scale';

  const hubs: Hub[] = [];
  for (let k = 0; k < mix.interconnects; k++) {
    const [a, b] = block20(k);
    const [pa, pb, pc] = peeringRange29(k);
    const name = `vnet-scale-${k}`;
    const rg = `rg-scale-${k}`;
    const subnet = new Subnet(stack, `gateway_subnet_${k}`, { name: 'GatewaySubnet', resourceGroupName: rg, virtualNetworkName: name, addressPrefixes: [`10.${a}.${b + 15}.224/27`] });
    const pip = new PublicIp(stack, `ergw_pip_${k}`, { name: `${name}-ergw-pip`, resourceGroupName: rg, location: 'eastus', allocationMethod: 'Static', sku: 'Standard', zones: ['1', '2', '3'] });
    const ergw = new VirtualNetworkGateway(stack, `ergw_${k}`, {
      name: `${name}-ergw`, resourceGroupName: rg, location: 'eastus', type: 'ExpressRoute', sku: 'ErGw1AZ',
      ipConfiguration: [{ name: 'default', publicIpAddressId: pip.id, privateIpAddressAllocation: 'Dynamic', subnetId: subnet.id }],
    });
    const drg = new CoreDrg(stack, `drg_${k}`, { compartmentId, displayName: `OciHub${k}-drg` });
    const attachment = new CoreDrgAttachment(stack, `drg_attachment_${k}`, { drgId: drg.id, displayName: `OciHub${k}-drg-vcn`, networkDetails: { id: `ocid1.vcn.oc1.iad.scale${k}`, type: 'VCN' } });
    new CoreRouteTable(stack, `route_table_${k}`, {
      compartmentId,
      vcnId: `ocid1.vcn.oc1.iad.scale${k}`,
      displayName: `OciHub${k}-to-drg`,
      routeRules: [{ destination: `10.${a}.${b}.0/20`, destinationType: 'CIDR_BLOCK', networkEntityId: drg.id, description: 'to Azure through the DRG' }],
      dependsOn: [attachment],
    });
    const circuit = new ExpressRouteCircuit(stack, `circuit_${k}`, {
      name: `${name}-interconnect${k}-er`, resourceGroupName: rg, location: 'eastus', sku: { tier: 'Standard', family: 'MeteredData' },
      serviceProviderName: 'Oracle Cloud FastConnect', peeringLocation: 'Washington DC', bandwidthInMbps: 1000, lifecycle: { preventDestroy: true },
    });
    const services = new DataOciCoreFastConnectProviderServices(stack, `provider_services_${k}`, { compartmentId, filter: [{ name: 'provider_name', values: ['Microsoft Azure'] }] });
    const vc = new CoreVirtualCircuit(stack, `virtual_circuit_${k}`, {
      compartmentId,
      displayName: `ocihub${k}-interconnect${k}-fastconnect`,
      type: 'PRIVATE',
      bandwidthShapeName: '1 Gbps',
      gatewayId: drg.id,
      providerServiceId: services.fastConnectProviderServices.get(0).id,
      providerServiceKeyName: circuit.serviceKey,
      isBfdEnabled: false,
      crossConnectMappings: [0, 4].map((o) => ({ oracleBgpPeeringIp: `172.${pa}.${pb}.${pc + o + 1}/30`, customerBgpPeeringIp: `172.${pa}.${pb}.${pc + o + 2}/30` })),
    });
    const state = new DataAzurermExpressRouteCircuit(stack, `circuit_state_${k}`, { name: circuit.name, resourceGroupName: rg, dependsOn: [vc] });
    new VirtualNetworkGatewayConnection(stack, `er_connection_${k}`, {
      name: `${circuit.name}-connection`, resourceGroupName: rg, location: 'eastus', type: 'ExpressRoute',
      virtualNetworkGatewayId: ergw.id, expressRouteCircuitId: circuit.id, routingWeight: 0, dependsOn: [vc],
      lifecycle: { precondition: circuitProvisioned(state, `${name}-interconnect${k}-er`) },
    });
    hubs.push({ name, rg, subnet, apipa: [[], []] });
  }

  // VPNs: the Azure hub's VPN gateway (first use), then the peer side and the Azure connections.
  const vpns = mix.awsVpns + mix.gcpVpns;
  let slot = 0;
  for (let j = 0; j < vpns; j++) {
    const hub = hubs[vpnHub(j, vpns, hubs.length)];
    if (!hub.pips) {
      hub.pips = [0, 1].map((i) => new PublicIp(stack, `vpngw_pip_${j}_${i}`, {
        name: `${hub.name}-vpngw-pip${i}`, resourceGroupName: hub.rg, location: 'eastus', allocationMethod: 'Static', sku: 'Standard', zones: ['1', '2', '3'],
      }));
      const h = hub;
      hub.vpnGateway = new VirtualNetworkGateway(stack, `vpngw_${j}`, {
        name: `${hub.name}-vpngw`, resourceGroupName: hub.rg, location: 'eastus', type: 'Vpn', vpnType: 'RouteBased', sku: 'VpnGw2AZ',
        generation: 'Generation2', activeActive: true, enableBgp: true,
        ipConfiguration: [0, 1].map((i) => ({ name: `instance-${i}`, publicIpAddressId: h.pips![i].id, privateIpAddressAllocation: 'Dynamic', subnetId: h.subnet.id })),
        bgpSettings: { asn: 65515, peeringAddresses: [0, 1].map((i) => ({ ipConfigurationName: `instance-${i}`, apipaAddresses: h.apipa[i] })) },
      });
    }
    const ips = hub.pips.map((p) => p.ipAddress);
    const count = j % 2 === 0 ? 4 : 2;
    const instances = count === 4 ? [0, 0, 1, 1] : [0, 1];
    const cidrs = Array.from({ length: count }, () => apipa(slot++));
    cidrs.forEach((c, t) => hub.apipa[instances[t]].push(c[2]));
    const keys = Array.from({ length: count }, (_, t) => new Password(stack, `psk_${j}_${t}`, {
      length: 32, special: false, numeric: false, upper: true, lower: true, minUpper: 1, minLower: 1, keepers: { tunnel: `tunnel${t}`, version: '1' },
    }));
    let remote: string[];
    let remoteAsn: number;
    const [a, b] = block20(2048 + j);
    if (count === 4) {
      const vgw = new VpnGateway(stack, `vgw_${j}`, { vpcId: `vpc-scale${j}`, amazonSideAsn: '64512', tags: { Name: `AwsHub${j}-vgw` } });
      const tunnel = (t: number): Record<string, unknown> => {
        const m = t % 2 === 0 ? 1 : 2;
        return {
          [`tunnel${m}InsideCidr`]: `${cidrs[t][0]}/30`,
          [`tunnel${m}PresharedKey`]: keys[t].result,
          [`tunnel${m}StartupAction`]: 'start',
          [`tunnel${m}DpdTimeoutAction`]: 'restart',
          [`tunnel${m}IkeVersions`]: ['ikev2'],
          [`tunnel${m}Phase1EncryptionAlgorithms`]: ['AES256'],
          [`tunnel${m}Phase1IntegrityAlgorithms`]: ['SHA2-384'],
          [`tunnel${m}Phase1DhGroupNumbers`]: [20],
          [`tunnel${m}Phase1LifetimeSeconds`]: 28800,
          [`tunnel${m}Phase2EncryptionAlgorithms`]: ['AES256-GCM-16'],
          [`tunnel${m}Phase2IntegrityAlgorithms`]: ['SHA2-384'],
          [`tunnel${m}Phase2DhGroupNumbers`]: [20],
          [`tunnel${m}Phase2LifetimeSeconds`]: 3600,
        };
      };
      const conns = [0, 1].map((i) => {
        const cgw = new CustomerGateway(stack, `cgw_${j}_${i}`, { type: 'ipsec.1', ipAddress: ips[i], bgpAsn: '65515', tags: { Name: `AwsHub${j}-azure-instance${i}` } });
        return new VpnConnection(stack, `vpn_${j}_${i}`, {
          type: 'ipsec.1', customerGatewayId: cgw.id, vpnGatewayId: vgw.id, staticRoutesOnly: false,
          ...tunnel(2 * i), ...tunnel(2 * i + 1), tags: { Name: `AwsHub${j}-azure-instance${i}` },
        });
      });
      remote = conns.flatMap((c) => [c.tunnel1Address, c.tunnel2Address]);
      remoteAsn = 64512;
    } else {
      const router = new ComputeRouter(stack, `router_${j}`, {
        name: `gcphub${j}-vpn-router`, project: 'scale-network', region: 'us-east4', network: `vpc-scale-${j}`, bgp: { asn: 64514, advertiseMode: 'DEFAULT' },
      });
      const ha = new ComputeHaVpnGateway(stack, `havpn_${j}`, { name: `gcphub${j}-vpn${j}-havpn`, project: 'scale-network', region: 'us-east4', network: `vpc-scale-${j}` });
      const ext = new ComputeExternalVpnGateway(stack, `ext_${j}`, {
        name: `gcphub${j}-vpn${j}-azure`, project: 'scale-network', redundancyType: 'TWO_IPS_REDUNDANCY',
        description: `Azure VPN gateway for 10.${a}.${b}.0/20`, interface: ips.map((ip, i) => ({ id: i, ipAddress: ip })),
      });
      [0, 1].forEach((i) => {
        const t = new ComputeVpnTunnel(stack, `tunnel_${j}_${i}`, {
          name: `gcphub${j}-vpn${j}-tunnel${i}`, project: 'scale-network', region: 'us-east4', vpnGateway: ha.id, vpnGatewayInterface: i,
          peerExternalGateway: ext.id, peerExternalGatewayInterface: i, router: router.id, ikeVersion: 2, sharedSecret: keys[i].result,
        });
        const ifc = new ComputeRouterInterface(stack, `if_${j}_${i}`, {
          name: `gcphub${j}-vpn${j}-if${i}`, project: 'scale-network', region: 'us-east4', router: router.name, ipRange: `${cidrs[i][1]}/30`, vpnTunnel: t.name,
        });
        new ComputeRouterPeer(stack, `peer_${j}_${i}`, {
          name: `gcphub${j}-vpn${j}-peer${i}`, project: 'scale-network', region: 'us-east4', router: router.name, interface: ifc.name,
          ipAddress: cidrs[i][1], peerIpAddress: cidrs[i][2], peerAsn: 65515, advertisedRoutePriority: 10200,
        });
      });
      remote = [0, 1].map((i) => ha.vpnInterfaces.get(i).ipAddress);
      remoteAsn = 64514;
    }
    const other = (t: number): string => cidrs[instances.findIndex((x, u) => x !== instances[t] && (count === 2 || u % 2 === t % 2))][2];
    cidrs.forEach((c, t) => {
      const lgw = new LocalNetworkGateway(stack, `lgw_${j}_${t}`, {
        name: `${hub.name}-vpn${j}-lgw${t}`, resourceGroupName: hub.rg, location: 'eastus', gatewayAddress: remote[t], bgpSettings: { asn: remoteAsn, bgpPeeringAddress: c[1] },
      });
      const own = c[2];
      new VirtualNetworkGatewayConnection(stack, `cn_${j}_${t}`, {
        name: `${hub.name}-vpn${j}-cn${t}`, resourceGroupName: hub.rg, location: 'eastus', type: 'IPsec',
        virtualNetworkGatewayId: hub.vpnGateway!.id, localNetworkGatewayId: lgw.id, sharedKey: keys[t].result, enableBgp: true,
        connectionProtocol: 'IKEv2', ipsecPolicy: IPSEC_POLICY,
        customBgpAddresses: instances[t] === 0 ? { primary: own, secondary: other(t) } : { primary: other(t), secondary: own },
      });
    });
  }
  return { links: n, ...mix };
}

if (require.main === module) {
  const n = Number(process.argv[2]);
  if (!Number.isInteger(n) || n < 1) throw new Error('usage: node bench/baselines/scale-deep.js <links>');
  runMeasured(`scale-deep-${n}`, (app) => buildScaleBaseline(app, n));
}
