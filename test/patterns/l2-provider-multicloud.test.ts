import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { AnnotationMetadataEntryType, App, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { AppContext } from '../../lib/core/context';
import { AwsHub, AwsHubProps } from '../../lib/hubs/aws-hub';
import { AzureHub, AzureHubProps } from '../../lib/hubs/azure-hub';
import { GcpHub, GcpHubProps } from '../../lib/hubs/gcp-hub';
import { OciHub, OciHubProps } from '../../lib/hubs/oci-hub';
import { ExpressRoutePortEncapsulation, MacsecCipher } from '../../lib/links/expressroute-port';
import { GcpInterconnectType } from '../../lib/links/gcp-interconnect';
import { DeployStage } from '../../lib/links/deploy-stage';
import { L2ProviderMultiCloud, L2ProviderMultiCloudProps } from '../../lib/patterns/l2-provider-multicloud';
import { BudgetLevel } from '../../lib/plan/routing/budget';
import { Cidr } from '../../lib/plan/addressing/cidr';
import { Cloud } from '../../lib/plan/facts/clouds';
import { SessionType } from '../../lib/plan/facts/limits';
import { LinkKind, LinkRole } from '../../lib/plan/routing/model';
import { OciProvider } from '../../lib/providers/oci';
import { expectValidationError } from '../support/errors';
import { parseFrr } from '../plan/frr-parse';

const AZURE: AzureHubProps = { resourceGroupName: 'rg-net', location: 'eastus', virtualNetworkName: 'vnet-hub', addressSpace: ['10.10.0.0/16'], gatewaySubnetCidr: '10.10.255.0/27' };
const AWS: AwsHubProps = { vpcId: 'vpc-0abc', vpcCidrs: ['10.20.0.0/16', '10.21.0.0/16'], region: 'us-east-1' };
const GCP: GcpHubProps = { project: 'net-prod', region: 'us-east4', network: 'vpc-prod', subnetCidrs: ['10.30.0.0/20', '10.30.16.0/20'] };
const OCI: OciHubProps = { compartmentId: 'ocid1.compartment.oc1..aaaa', region: 'us-ashburn-1', vcnId: 'ocid1.vcn.oc1.iad.aaaa', vcnCidrs: ['10.40.0.0/16'], subnetCidrs: ['10.40.1.0/24', '10.40.2.0/24'] };
const RANGE = ['192.168.254.0/24'];

interface Hubs { azure: AzureHub; aws: AwsHub; gcp: GcpHub; oci: OciHub }
interface Built extends Hubs { app: App; stack: TerraformStack; l2: L2ProviderMultiCloud; json: any }
type Overrides = Partial<L2ProviderMultiCloudProps> & { awsHub?: Partial<AwsHubProps>; gcpHub?: Partial<GcpHubProps> };

function stackWithHubs(o: Overrides = {}): { app: App; stack: TerraformStack } & Hubs {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  new AwsProvider(stack, 'aws', { region: 'us-east-1' });
  new GoogleProvider(stack, 'google', { project: 'net-prod' });
  new RandomProvider(stack, 'random');
  new OciProvider(stack, 'oci', { region: 'us-ashburn-1' });
  return {
    app,
    stack,
    azure: new AzureHub(stack, 'AzureHub', AZURE),
    aws: new AwsHub(stack, 'AwsHub', { ...AWS, ...o.awsHub }),
    gcp: new GcpHub(stack, 'GcpHub', { ...GCP, ...o.gcpHub }),
    oci: new OciHub(stack, 'OciHub', OCI),
  };
}

function baseProps(h: Hubs): L2ProviderMultiCloudProps {
  return {
    azure: h.azure,
    aws: h.aws,
    gcp: h.gcp,
    oci: h.oci,
    customerRouterAsn: 65010,
    peeringRange: RANGE,
    onPremisesPrefixes: ['172.16.0.0/16'],
    serviceProviderName: 'Equinix',
    peeringLocation: 'Washington DC',
    bandwidthMbps: 1000,
    azureVlan: 100,
    awsConnectionId: 'dxcon-ffabc123',
    awsVlan: 200,
    gcpCustomerVlans: [300, 301],
    ociProviderServiceName: 'Megaport',
    ociVlan: 400,

    // the whole link, as apply 2 deploys it (apply 1 alone: test/links/deploy-stage.test.ts)
    deployStage: DeployStage.CONNECT,
  };
}

function build(o: Overrides = {}): Built {
  // GIVEN
  const h = stackWithHubs(o);
  const { awsHub: _a, gcpHub: _g, ...props } = o;
  // WHEN
  const l2 = new L2ProviderMultiCloud(h.stack, 'L2', { ...baseProps(h), ...props });
  return { ...h, l2, json: JSON.parse(Testing.synth(h.stack)) };
}

/** The resources (or data sources) of one type. */
const all = (json: any, type: string): any[] => Object.values(json.resource?.[type] ?? json.data?.[type] ?? {});
const only = (json: any, type: string): any => {
  const list = all(json, type);
  expect(list).toHaveLength(1);
  return list[0];
};
const ref = (json: any, type: string, attr: string): string => `\${${type}.${Object.keys(json.resource[type])[0]}.${attr}}`;
/** What the construct (not the hubs) synthesizes on one cloud, for the per-cloud snapshots. */
const ownOf = (section: any, prefix: string) => Object.fromEntries(Object.entries(section ?? {})
  .filter(([t]) => t.startsWith(prefix))
  .map(([t, byName]) => [t, Object.fromEntries(Object.entries(byName as object).filter(([n]) => n.startsWith('L2_')))])
  .filter(([, byName]) => Object.keys(byName).length > 0));
const cloudSide = (json: any, prefix: string) => ({
  resource: ownOf(json.resource, prefix),
  data: ownOf(json.data, prefix),
  output: Object.fromEntries(Object.entries(json.output ?? {}).filter(([n]) => n.startsWith(`L2_${{ azurerm_: 'Azure', aws_: 'Aws', google_: 'Gcp', oci_: 'Oci' }[prefix]}`))),
});
const slash24s = (n: number) => Array.from({ length: n }, (_, i) => `172.${16 + Math.floor(i / 100)}.${(i % 100) * 2}.0/24`); // never adjacent

describe('L2ProviderMultiCloud', () => {
  describe('Azure', () => {
    test('a provider circuit, private peering with the customer router first and Microsoft second, the VLAN and peer ASN', () => {
      const { json, l2 } = build();
      expect(only(json, 'azurerm_express_route_circuit')).toMatchObject({ service_provider_name: 'Equinix', peering_location: 'Washington DC', bandwidth_in_mbps: 1000, name: 'vnet-hub-l2-er' });
      const peering = only(json, 'azurerm_express_route_circuit_peering');
      const [primary, secondary] = l2.azurePeeringSubnets.map((a) => a.cidr);
      expect(peering).toMatchObject({
        peering_type: 'AzurePrivatePeering',
        express_route_circuit_name: ref(json, 'azurerm_express_route_circuit', 'name'),
        primary_peer_address_prefix: primary.toString(),
        secondary_peer_address_prefix: secondary.toString(),
        vlan_id: 100,
        peer_asn: 65010,
        ipv4_enabled: true,
      });
      expect(peering.shared_key).toMatch(/^\$\{random_password\.L2_Azure_Md5Key_\w+\.result\}$/);
      for (const c of [primary, secondary]) {
        expect(c.prefixLength).toBe(30);
        expect(Cidr.parse(RANGE[0]).contains(c)).toBe(true);
      }
      expect(primary.overlaps(secondary)).toBe(false);
      const plan = l2.routerPlan.sessions;
      expect(plan[0]).toMatchObject({ name: 'azure-primary', localAddress: primary.firstUsable, peerAddress: primary.secondUsable, peerAsn: 12076 });
      expect(plan[1]).toMatchObject({ name: 'azure-secondary', localAddress: secondary.firstUsable, peerAddress: secondary.secondUsable });
    });

    test('the hub\'s ExpressRoute gateway and a connection that waits for the peering', () => {
      const { json } = build();
      expect(only(json, 'azurerm_virtual_network_gateway')).toMatchObject({ type: 'ExpressRoute', sku: 'ErGw1AZ' });
      const connection = only(json, 'azurerm_virtual_network_gateway_connection');
      expect(connection).toMatchObject({
        type: 'ExpressRoute',
        express_route_circuit_id: ref(json, 'azurerm_express_route_circuit', 'id'),
        virtual_network_gateway_id: ref(json, 'azurerm_virtual_network_gateway', 'id'),
      });
      // a bare reference: Terraform refuses `${...}` in depends_on
      expect(connection.depends_on).toEqual([`azurerm_express_route_circuit_peering.${Object.keys(json.resource.azurerm_express_route_circuit_peering)[0]}`]);
    });

    test('the service key (for the provider) and the MD5 key are sensitive outputs', () => {
      const { json } = build();
      const outputs = Object.entries(json.output) as Array<[string, any]>;
      const serviceKey = outputs.find(([n]) => n.startsWith('L2_Azure_ServiceKey'))![1];
      expect(serviceKey).toMatchObject({ sensitive: true, value: ref(json, 'azurerm_express_route_circuit', 'service_key') });
      expect(outputs.find(([n]) => n.startsWith('L2_Azure_Md5KeyOutput'))![1].sensitive).toBe(true);
    });

    test('ExpressRoute Direct: a new port (encapsulation, MACsec) carries the circuit in Gbit/s', () => {
      const { json } = build({
        serviceProviderName: undefined, peeringLocation: undefined, bandwidthMbps: undefined,
        expressRoutePortPeeringLocation: 'Equinix-Ashburn-DC2', expressRoutePortBandwidthGbps: 10, bandwidthGbps: 5,
        expressRoutePortEncapsulation: ExpressRoutePortEncapsulation.QINQ,
        macsecCipher: MacsecCipher.GCM_AES_256, macsecCknKeyVaultSecretId: 'https://kv.vault.azure.net/secrets/ckn', macsecCakKeyVaultSecretId: 'https://kv.vault.azure.net/secrets/cak', macsecIdentityId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.ManagedIdentity/userAssignedIdentities/uai-erd',
      });
      const port = only(json, 'azurerm_express_route_port');
      expect(port).toMatchObject({
        peering_location: 'Equinix-Ashburn-DC2', bandwidth_in_gbps: 10, encapsulation: 'QinQ', name: 'vnet-hub-l2-erd',
        identity: { type: 'UserAssigned', identity_ids: ['/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.ManagedIdentity/userAssignedIdentities/uai-erd'] },
        link1: { macsec_cipher: 'GcmAes256', macsec_ckn_keyvault_secret_id: 'https://kv.vault.azure.net/secrets/ckn', macsec_cak_keyvault_secret_id: 'https://kv.vault.azure.net/secrets/cak', macsec_sci_enabled: false, admin_enabled: true },
      });
      expect(port.link2).toEqual(port.link1);
      const circuit = only(json, 'azurerm_express_route_circuit');
      expect(circuit).toMatchObject({ express_route_port_id: ref(json, 'azurerm_express_route_port', 'id'), bandwidth_in_gbps: 5 });
      expect(circuit.service_provider_name).toBeUndefined();
      expect(Object.keys(json.output).some((n) => n.includes('ServiceKey'))).toBe(false);
    });

    test('ExpressRoute Direct: an existing port', () => {
      const { json } = build({ serviceProviderName: undefined, peeringLocation: undefined, bandwidthMbps: undefined, expressRoutePortId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/expressRoutePorts/p1', expressRoutePortBandwidthGbps: 100, bandwidthGbps: 40 });
      expect(all(json, 'azurerm_express_route_port')).toHaveLength(0);
      expect(only(json, 'azurerm_express_route_circuit')).toMatchObject({ express_route_port_id: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/expressRoutePorts/p1', bandwidth_in_gbps: 40 });
    });

    test('a given MD5 key variable is used as shared_key; none is generated', () => {
      const h = stackWithHubs();
      const key = new TerraformVariable(h.stack, 'azure_md5', { type: 'string', sensitive: true });
      new L2ProviderMultiCloud(h.stack, 'L2', { ...baseProps(h), azureMd5Key: key });
      const json = JSON.parse(Testing.synth(h.stack));
      expect(only(json, 'azurerm_express_route_circuit_peering').shared_key).toBe('${var.azure_md5}');
      expect(Object.keys(json.resource.random_password).some((k) => k.startsWith('L2_Azure'))).toBe(false);
    });

    test('snapshot', () => {
      expect(cloudSide(build().json, 'azurerm_')).toMatchSnapshot();
    });
  });

  describe('AWS', () => {
    test('a Direct Connect gateway with its own ASN, associated with the VGW for the VPC CIDRs', () => {
      const { json } = build();
      expect(only(json, 'aws_dx_gateway')).toMatchObject({ amazon_side_asn: '64513' });
      expect(only(json, 'aws_vpn_gateway').amazon_side_asn).toBe('64512');
      expect(only(json, 'aws_dx_gateway_association')).toMatchObject({
        dx_gateway_id: ref(json, 'aws_dx_gateway', 'id'),
        associated_gateway_id: ref(json, 'aws_vpn_gateway', 'id'),
        allowed_prefixes: ['10.20.0.0/16', '10.21.0.0/16'],
      });
    });

    test('a private VIF on the connection with the VLAN, the customer ASN, allocated addresses and an MD5 key', () => {
      const { json, l2 } = build();
      const vif = only(json, 'aws_dx_private_virtual_interface');
      const session = l2.routerPlan.sessions.find((s) => s.name === 'aws')!;
      const subnet = Cidr.parse(session.subnet!);
      expect(vif).toMatchObject({
        connection_id: 'dxcon-ffabc123',
        vlan: 200,
        bgp_asn: 65010,
        address_family: 'ipv4',
        customer_address: `${subnet.firstUsable}/30`,
        amazon_address: `${subnet.secondUsable}/30`,
        dx_gateway_id: ref(json, 'aws_dx_gateway', 'id'),
        mtu: 1500,
      });
      expect(vif.bgp_auth_key).toMatch(/^\$\{random_password\.L2_Aws_Md5Key_\w+\.result\}$/);
      expect(Cidr.parse(RANGE[0]).contains(subnet)).toBe(true);
      expect(session).toMatchObject({ localAddress: subnet.firstUsable, peerAddress: subnet.secondUsable, peerAsn: 64513, maxPrefix: 100, sessionType: SessionType.AWS_DX_PRIVATE_VIF });
    });

    test('a transit VIF when the hub uses a transit gateway', () => {
      const { json, l2 } = build({ awsHub: { transitGatewayId: 'tgw-0abc', transitGatewayAsn: 64600 } });
      expect(all(json, 'aws_dx_private_virtual_interface')).toHaveLength(0);
      expect(only(json, 'aws_dx_transit_virtual_interface')).toMatchObject({ vlan: 200, bgp_asn: 65010, dx_gateway_id: ref(json, 'aws_dx_gateway', 'id') });
      expect(only(json, 'aws_dx_gateway_association')).toMatchObject({ associated_gateway_id: 'tgw-0abc', allowed_prefixes: ['10.20.0.0/16', '10.21.0.0/16'] });
      expect(l2.routerPlan.sessions.find((s) => s.name === 'aws')!.sessionType).toBe(SessionType.AWS_DX_TRANSIT_VIF);
    });

    test('a given MD5 key variable, an own gateway ASN and jumbo frames', () => {
      const h = stackWithHubs();
      const key = new TerraformVariable(h.stack, 'aws_md5', { type: 'string', sensitive: true });
      new L2ProviderMultiCloud(h.stack, 'L2', { ...baseProps(h), awsMd5Key: key, awsDirectConnectGatewayAsn: 4200000001, awsMtu: 9001 });
      const json = JSON.parse(Testing.synth(h.stack));
      expect(only(json, 'aws_dx_private_virtual_interface')).toMatchObject({ bgp_auth_key: '${var.aws_md5}', mtu: 9001 });
      expect(only(json, 'aws_dx_gateway').amazon_side_asn).toBe('4200000001');
    });

    test('snapshot', () => {
      expect(cloudSide(build().json, 'aws_')).toMatchSnapshot();
    });
  });

  describe('Google Cloud', () => {
    test('Partner: attachments in edge availability domains 1 and 2 on the 16550 router, pairing keys as sensitive outputs', () => {
      const { json } = build();
      expect(only(json, 'google_compute_router').bgp).toMatchObject({ asn: 16550 });
      const attachments = all(json, 'google_compute_interconnect_attachment');
      expect(attachments.map((a) => [a.type, a.edge_availability_domain, a.router])).toEqual([
        ['PARTNER', 'AVAILABILITY_DOMAIN_1', ref(json, 'google_compute_router', 'name')],
        ['PARTNER', 'AVAILABILITY_DOMAIN_2', ref(json, 'google_compute_router', 'name')],
      ]);
      expect(attachments.map((a) => a.name)).toEqual(['gcphub-l2-0', 'gcphub-l2-1']);
      const pairing = (Object.entries(json.output) as Array<[string, any]>).filter(([n]) => n.startsWith('L2_Gcp_PairingKey')).map(([, v]) => v);
      expect(pairing).toHaveLength(2);
      expect(pairing.every((o) => o.sensitive === true && /\.pairing_key\}$/.test(o.value))).toBe(true);
      expect(all(json, 'google_compute_router_peer')).toHaveLength(0);
    });

    test('Dedicated: attachments with VLANs and allocated link-local /29s, an interface and a BGP peer each', () => {
      const { json, l2 } = build({
        gcpInterconnectType: GcpInterconnectType.DEDICATED,
        gcpInterconnects: ['https://www.googleapis.com/compute/v1/projects/net-prod/global/interconnects/ic-iad-1', 'https://www.googleapis.com/compute/v1/projects/net-prod/global/interconnects/ic-iad-2'],
        gcpVlans: [310, 311],
        gcpCustomerVlans: undefined,
      });
      expect(only(json, 'google_compute_router').bgp).toMatchObject({ asn: 64515 });
      const attachments = all(json, 'google_compute_interconnect_attachment');
      expect(attachments.map((a) => [a.type, a.vlan_tag8021q, a.bandwidth])).toEqual([['DEDICATED', 310, 'BPS_10G'], ['DEDICATED', 311, 'BPS_10G']]);
      const subnets = attachments.map((a) => Cidr.parse(a.candidate_subnets[0]));
      for (const c of subnets) {
        expect(c.prefixLength).toBe(29);
        expect(Cidr.parse('169.254.0.0/16').contains(c)).toBe(true);
      }
      expect(subnets[0].overlaps(subnets[1])).toBe(false);
      const keys = Object.keys(json.resource.google_compute_interconnect_attachment);
      const ifaces = all(json, 'google_compute_router_interface');
      expect(ifaces.map((i) => [i.ip_range, i.interconnect_attachment])).toEqual(keys.map((k) => [
        `\${google_compute_interconnect_attachment.${k}.cloud_router_ip_address}`, `\${google_compute_interconnect_attachment.${k}.name}`,
      ]));
      const peers = all(json, 'google_compute_router_peer');
      expect(peers).toHaveLength(2);
      expect(peers[0]).toMatchObject({
        peer_asn: 65010,
        peer_ip_address: `\${element(split("/", google_compute_interconnect_attachment.${keys[0]}.customer_router_ip_address), 0)}`,
        bfd: { session_initialization_mode: 'ACTIVE' },
      });
      expect(peers[0].md5_authentication_key.key).toMatch(/random_password\.L2_Gcp_Md5Key/);
      const sessions = l2.routerPlan.sessions.filter((s) => s.cloud === Cloud.GCP);
      expect(sessions.map((s) => [s.name, s.vlan, s.subnet, s.peerAsn, s.bfd])).toEqual([['gcp-0', 310, subnets[0].toString(), 64515, true], ['gcp-1', 311, subnets[1].toString(), 64515, true]]);
    });

    test('snapshot', () => {
      expect(cloudSide(build().json, 'google_')).toMatchSnapshot();
    });
  });

  describe('OCI', () => {
    test('a PRIVATE virtual circuit through the Layer 2 provider looked up by name, on the DRG, with the customer ASN and BGP addresses', () => {
      const { json, l2 } = build();
      expect(only(json, 'oci_core_fast_connect_provider_services')).toMatchObject({
        compartment_id: OCI.compartmentId,
        filter: [{ name: 'provider_name', values: ['Megaport'] }, { name: 'type', values: ['LAYER2'] }],
      });
      const session = l2.routerPlan.sessions.find((s) => s.name === 'oci')!;
      const subnet = Cidr.parse(session.subnet!);
      const vc = only(json, 'oci_core_virtual_circuit');
      expect(vc).toMatchObject({
        type: 'PRIVATE',
        customer_asn: '65010',
        gateway_id: ref(json, 'oci_core_drg', 'id'),
        bandwidth_shape_name: '1 Gbps',
        is_bfd_enabled: true,
        cross_connect_mappings: [{ customer_bgp_peering_ip: `${subnet.firstUsable}/30`, oracle_bgp_peering_ip: `${subnet.secondUsable}/30` }],
      });
      expect(vc.provider_service_id).toMatch(/^\$\{data\.oci_core_fast_connect_provider_services\.\w+\.fast_connect_provider_services\[0\]\.id\}$/);
      expect(vc.cross_connect_mappings[0].bgp_md5auth_key).toMatch(/random_password\.L2_Oci_Md5Key/);
      expect(session).toMatchObject({ peerAsn: 31898, vlan: 400, maxPrefix: undefined, sessionType: SessionType.OCI_FASTCONNECT });
    });

    test('the VCN routes every other network to the DRG', () => {
      const { oci } = build();
      expect(oci.routedPrefixes).toEqual(['10.10.0.0/16', '10.20.0.0/16', '10.21.0.0/16', '10.30.0.0/20', '10.30.16.0/20', '172.16.0.0/16']);
    });

    test('passes the OCI provider schema check', () => {
      const tool = '/work/shared/tools/check-oci-schema.mjs';
      if (!fs.existsSync(tool)) return;
      const { stack } = build({ ociMaxPrefix: 500 });
      const dir = Testing.fullSynth(stack);
      expect(execFileSync('node', [tool, dir]).toString()).toMatch(/[1-9]\d* oci blocks checked, 0 problems/);
    });

    test('snapshot', () => {
      expect(cloudSide(build().json, 'oci_')).toMatchSnapshot();
    });
  });

  describe('customer router plan', () => {
    test('one session per BGP session with both ends, VLANs, ASNs, MD5 references and max-prefix = the cloud\'s limit', () => {
      const { l2, json } = build({ gcpMaxPrefix: 1000 });
      const plan = l2.routerPlan;
      expect(plan.routerAsn).toBe(65010);
      expect(plan.sessions.map((s) => [s.name, s.cloud, s.vlan, s.localAsn, s.peerAsn, s.maxPrefix])).toEqual([
        ['azure-primary', Cloud.AZURE, 100, 65010, 12076, 4000],
        ['azure-secondary', Cloud.AZURE, 100, 65010, 12076, 4000],
        ['aws', Cloud.AWS, 200, 65010, 64513, 100],
        ['gcp-ad1', Cloud.GCP, 300, 65010, 16550, 1000],
        ['gcp-ad2', Cloud.GCP, 301, 65010, 16550, 1000],
        ['oci', Cloud.OCI, 400, 65010, 31898, undefined],
      ]);
      for (const s of plan.sessions.filter((x) => x.md5KeyRef)) expect(json.output[s.md5KeyRef!]).toMatchObject({ sensitive: true });
      expect(plan.sessions.filter((s) => s.cloud !== Cloud.GCP).every((s) => s.md5KeyRef !== undefined)).toBe(true);
    });

    test('each cloud is told every other cloud and on-premises, summarised per origin', () => {
      const { l2 } = build();
      const byName = Object.fromEntries(l2.routerPlan.sessions.map((s) => [s.name, s]));
      expect(byName.aws.advertise).toEqual(['10.10.0.0/16', '10.30.0.0/19', '10.40.1.0/24', '10.40.2.0/24', '172.16.0.0/16']);
      expect(byName.aws.receives).toEqual(['10.20.0.0/16', '10.21.0.0/16']);
      expect(byName['azure-primary'].advertise).toEqual(['10.20.0.0/15', '10.30.0.0/19', '10.40.1.0/24', '10.40.2.0/24', '172.16.0.0/16']);
      expect(byName.oci.advertise).not.toContain('10.40.1.0/24');
      expect(l2.routerPlan.aggregates).toEqual(['10.20.0.0/15', '10.30.0.0/19']);
      // without summarisation: every prefix as learned
      const plain = build({ summarizeAdvertisements: false }).l2.routerPlan;
      expect(plain.sessions[0].advertise).toEqual(plain.sessions[0].reAdvertised);
      expect(plain.aggregates).toEqual([]);
    });

    test('the FRR configuration is written next to cdk.tf.json at synth and matches the plan', () => {
      const { stack, l2 } = build();
      const dir = Testing.fullSynth(stack);
      const file = path.join(dir, 'stacks', 'test', l2.frrConfigFileName);
      expect(l2.frrConfigFileName).toBe('customer-router-L2.frr.conf');
      const text = fs.readFileSync(file, 'utf8');
      expect(text).toBe(l2.frrConfig);

      const conf = parseFrr(text);
      const plan = l2.routerPlan;
      expect(conf.asn).toBe(plan.routerAsn);
      const configured = plan.sessions.filter((s) => s.peerAddress !== undefined);
      expect([...conf.neighbors.keys()].sort()).toEqual(configured.map((s) => s.peerAddress!).sort());
      for (const s of configured) {
        const n = conf.neighbors.get(s.peerAddress!)!;
        expect(n.remoteAs).toBe(s.peerAsn);
        expect(n.password).toBe(`{{md5:${s.md5KeyRef}}}`);
        expect(n.bfd).toBe(s.bfd);
        expect(n.maximumPrefixOut).toBe(s.maxPrefix);
        expect(n.maximumPrefix).toBe(s.inboundMaxPrefix);
        const iface = [...conf.interfaces.values()].find((i) => i.address === `${s.localAddress}/${s.prefixLength}`);
        expect(iface).toBeDefined();
        expect(Cidr.parse(s.subnet!).containsAddress(s.peerAddress!)).toBe(true);
        expect(conf.prefixLists.get(n.routeMapOut!)!.map((e) => e.prefix)).toEqual(s.advertise);
      }
      expect(conf.interfaces.get('eth0.100')!.address).toBe(`${plan.sessions[0].localAddress}/30`);
      expect(conf.interfaces.get('eth1.100')!.address).toBe(`${plan.sessions[1].localAddress}/30`);
      expect(conf.networks).toEqual(['172.16.0.0/16']);
      // Partner sessions: addresses come at activation, described in comments
      expect(text).toMatch(/! gcp-ad1 .*terraform output L2_Gcp_Addresses0_\w+/);
    });

    test('records one Layer 2 link in the connectivity model, with both ends of every session', () => {
      const { app, l2 } = build();
      const link = AppContext.of(app).model.links.find((x) => x.id === l2.node.path)!;
      expect(link).toMatchObject({ pattern: 'L2ProviderMultiCloud', kind: LinkKind.LAYER2, role: LinkRole.PRIMARY, circuitMbps: 1000, gatewayMbps: 1000, gatewayName: 'ExpressRoute gateway ErGw1AZ', stack: 'test' });
      expect(link.clouds).toEqual([Cloud.AZURE, Cloud.AWS, Cloud.GCP, Cloud.OCI, Cloud.CUSTOMER]);
      expect(link.hubs).toEqual(['test/AzureHub', 'test/AwsHub', 'test/GcpHub', 'test/OciHub']);
      expect(link.sessions).toHaveLength(6);
      for (const s of link.sessions) {
        expect(s.a).toMatchObject({ cloud: Cloud.CUSTOMER, node: 'test/L2/customer-router', asn: 65010, receiveLimitType: SessionType.CUSTOMER_ROUTER, receiveLimitOverride: 1000 });
      }
      expect(link.sessions.map((s) => s.b.receiveLimitType)).toEqual([
        SessionType.EXPRESSROUTE_PRIVATE, SessionType.EXPRESSROUTE_PRIVATE, SessionType.AWS_DX_PRIVATE_VIF, SessionType.GCP_CLOUD_ROUTER, SessionType.GCP_CLOUD_ROUTER, SessionType.OCI_FASTCONNECT,
      ]);
      const azure = link.sessions[0];
      expect(azure).toMatchObject({ vlan: 100, bfd: true, b: { cloud: Cloud.AZURE, asn: 12076, hub: 'test/AzureHub', originates: ['10.10.0.0/16'] } });
      expect(azure.a.address).toBe(Cidr.parse(azure.subnet!).firstUsable);
      expect(azure.b.address).toBe(Cidr.parse(azure.subnet!).secondUsable);
      expect(link.sessions[5].b.originates).toEqual(['10.40.1.0/24', '10.40.2.0/24']);
    });

    test('without generated MD5 keys: no shared key, AWS\'s own key as the reference, no password for Azure', () => {
      const { json, l2 } = build({ generateMd5Keys: false });
      expect(all(json, 'random_password')).toHaveLength(0);
      expect(only(json, 'azurerm_express_route_circuit_peering').shared_key).toBeUndefined();
      const aws = l2.routerPlan.sessions.find((s) => s.name === 'aws')!;
      expect(json.output[aws.md5KeyRef!]).toMatchObject({ sensitive: true, value: ref(json, 'aws_dx_private_virtual_interface', 'bgp_auth_key') });
      expect(l2.routerPlan.sessions[0].md5KeyRef).toBeUndefined();
      expect(parseFrr(l2.frrConfig).neighbors.get(l2.routerPlan.sessions[0].peerAddress!)!.password).toBeUndefined();
    });

    test('a Premium circuit raises Azure\'s limit to 10,000', async () => {
      const { ExpressRouteTier } = await import('../../lib/links/expressroute');
      const { l2 } = build({ skuTier: ExpressRouteTier.PREMIUM });
      expect(l2.routerPlan.sessions[0]).toMatchObject({ sessionType: SessionType.EXPRESSROUTE_PRIVATE_PREMIUM, maxPrefix: 10000 });
    });

    test('warns from 80 % of a session\'s limit', () => {
      const { l2, stack } = build({ onPremisesPrefixes: slash24s(80) });
      Testing.synth(stack, true); // checked when the app is complete
      const warnings = l2.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^`onPremisesPrefixes` = "84 prefixes": .*is at 84 % of it: 84 of 100 on session test\/L2\/aws.*Fix: bring the session below 80 \(80 % of 100\): list fewer, wider prefixes in `onPremisesPrefixes`/);
      expect(l2.routerPlan.sessions.find((s) => s.name === 'aws')!.level).toBe(BudgetLevel.WARNING);
    });

    test('values known only at apply time are never rejected', () => {
      const h = stackWithHubs();
      const vlan = new TerraformVariable(h.stack, 'aws_vlan', { type: 'number' });
      const onPrem = new TerraformVariable(h.stack, 'on_prem', { type: 'list(string)' });
      const l2 = new L2ProviderMultiCloud(h.stack, 'L2', { ...baseProps(h), awsVlan: vlan.numberValue, onPremisesPrefixes: onPrem.listValue });
      const json = JSON.parse(Testing.synth(h.stack));
      expect(only(json, 'aws_dx_private_virtual_interface').vlan).toBe('${var.aws_vlan}');
      expect(l2.routerPlan.sessions.find((s) => s.name === 'aws')!.vlan).toBeUndefined();
    });

    test('a customer ASN known only at apply time is passed through and written as a placeholder in the FRR file', () => {
      const h = stackWithHubs();
      const asn = new TerraformVariable(h.stack, 'router_asn', { type: 'number' });
      const l2 = new L2ProviderMultiCloud(h.stack, 'L2', { ...baseProps(h), customerRouterAsn: asn.numberValue });
      const json = JSON.parse(Testing.synth(h.stack));
      expect(only(json, 'oci_core_virtual_circuit').customer_asn).toBe('${var.router_asn}');
      expect(only(json, 'aws_dx_private_virtual_interface').bgp_asn).toBe('${var.router_asn}');
      expect(only(json, 'azurerm_express_route_circuit_peering').peer_asn).toBe('${var.router_asn}');
      expect(l2.frrConfig).toMatch(/^router bgp \{\{customerRouterAsn\}\}$/m);
    });
  });

  describe('bad input', () => {
    test('fails when two clouds\' sessions share a VLAN on one customer-router port (two eth0.<vlan> stanzas in the FRR file)', () => {
      expect(() => build({ awsVlan: 100 })).toThrow(/\[test\/L2\] `awsVlan` = 100: VLAN 100 is already azureVlan's on the customer router's primary port/);
      expect(() => build({ ociVlan: 200 })).toThrow(/`ociVlan` = 200: VLAN 200 is already awsVlan's on the customer router's primary port/);
      expect(() => build({ gcpCustomerVlans: [300, 100] })).toThrow(/`gcpCustomerVlans\[1\]` = 100: VLAN 100 is already azureVlan's on the customer router's secondary port/);
    });

    test('one VLAN on different ports is fine: AWS (primary port only) and Google\'s second attachment (secondary port)', () => {
      expect(() => build({ gcpCustomerVlans: [300, 200] })).not.toThrow();
    });

    // The pinned providers' rules, at the user's property (lib/plan/facts/provider-rules).
    test('fails when macsecCipher is an XPN cipher, which azurerm 4.55 refuses', () => {
      const port = {
        serviceProviderName: undefined, peeringLocation: undefined, bandwidthMbps: undefined, expressRoutePortPeeringLocation: 'Equinix-Ashburn-DC2',
        expressRoutePortBandwidthGbps: 10, bandwidthGbps: 5, macsecCknKeyVaultSecretId: 'https://kv.vault.azure.net/secrets/ckn', macsecCakKeyVaultSecretId: 'https://kv.vault.azure.net/secrets/cak',
        macsecIdentityId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.ManagedIdentity/userAssignedIdentities/uai-erd',
      };
      for (const cipher of [MacsecCipher.GCM_AES_XPN_128, MacsecCipher.GCM_AES_XPN_256]) {
        expect(() => build({ ...port, macsecCipher: cipher })).toThrow(/`macsecCipher` = "GcmAesXpn(128|256)": azurerm_express_route_port.link1.macsec_cipher must be one of "GcmAes128", "GcmAes256" .*express_route_port_resource.go.*Fix: use MacsecCipher.GCM_AES_256.*4.60/);
      }
      expect(() => build({ ...port, macsecCipher: MacsecCipher.GCM_AES_128 })).not.toThrow();
    });

    test('fails when customerRouterAsn is above 2147483647 with AWS: the aws provider 6.25 sends a VIF\'s bgp_asn as an int32', () => {
      expect(() => build({ customerRouterAsn: 4200000010 })).toThrow(/`customerRouterAsn` = 4200000010: aws_dx_private_virtual_interface.bgp_asn must be between 1 and 2147483647.*#40879/);
      expect(() => build({ customerRouterAsn: 2147483647 })).not.toThrow(/bgp_asn/);
      expect(() => build({ customerRouterAsn: 4200000010, aws: undefined, awsConnectionId: undefined, awsVlan: undefined })).not.toThrow();
    });

    test('fails when expressRoutePortId or macsecIdentityId is not a full Azure resource id', () => {
      const direct = { serviceProviderName: undefined, peeringLocation: undefined, bandwidthMbps: undefined, expressRoutePortBandwidthGbps: 10, bandwidthGbps: 1 };
      expect(() => build({ ...direct, expressRoutePortId: 'p1' })).toThrow(/`expressRoutePortId` = "p1": azurerm_express_route_circuit.express_route_port_id must match/);
    });

    test.each([0, 4095, 1.5])('fails when azureVlan is %p (outside 1-4094)', (v) => {
      expect(() => build({ azureVlan: v })).toThrow(/`azureVlan` = .*1 to 4094/);
    });

    test('fails when awsVlan is outside 1-4094', () => {
      expect(() => build({ awsVlan: 5000 })).toThrow(/`awsVlan`/);
    });

    test('fails when a VLAN is reused on one ExpressRoute Direct port (Dot1Q), but not across circuits with QinQ', () => {
      const direct = { serviceProviderName: undefined, peeringLocation: undefined, bandwidthMbps: undefined, expressRoutePortId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/expressRoutePorts/p1', expressRoutePortBandwidthGbps: 10, bandwidthGbps: 1 };
      const h = stackWithHubs();
      const { aws: _a, gcp: _g, oci: _o, ...azureOnly } = baseProps(h);
      new L2ProviderMultiCloud(h.stack, 'A', { ...azureOnly, ...direct });
      expect(() => new L2ProviderMultiCloud(h.stack, 'B', { ...azureOnly, ...direct })).toThrow(/\[test\/B\/Azure\] `azureVlan` = 100: VLAN 100 is already used/);
      const q = stackWithHubs();
      const { aws: _a2, gcp: _g2, oci: _o2, ...azureOnly2 } = baseProps(q);
      const qinq = { ...direct, expressRoutePortEncapsulation: ExpressRoutePortEncapsulation.QINQ };
      new L2ProviderMultiCloud(q.stack, 'A', { ...azureOnly2, ...qinq });
      expect(() => new L2ProviderMultiCloud(q.stack, 'B', { ...azureOnly2, ...qinq })).not.toThrow();
    });

    test('fails when a VLAN is reused on one Direct Connect connection', () => {
      const h = stackWithHubs();
      const { gcp: _g, oci: _o, ...props } = baseProps(h);
      new L2ProviderMultiCloud(h.stack, 'A', props);
      expect(() => new L2ProviderMultiCloud(h.stack, 'B', props)).toThrow(/`awsVlan` = 200: VLAN 200 is already used on aws-dx:dxcon-ffabc123/);
    });

    test('fails when a VLAN is reused on one Dedicated Interconnect', () => {
      expect(() => build({ gcpInterconnectType: GcpInterconnectType.DEDICATED, gcpInterconnects: ['ic-1', 'ic-1'], gcpVlans: [310, 310], gcpCustomerVlans: undefined })).toThrow(/`gcpVlans\[1\]` = 310/);
    });

    test.each([
      [65515, /Azure reserves 65515-65520/],
      [12076, /Azure reserves 12076/],
      [7224, /AWS reserves ASN 7224/],
      [16550, /16550 is Google's Partner Interconnect ASN/],
      [31898, /31898 is Oracle's own ASN/],
      [23456, /AS_TRANS/],
    ])('fails when customerRouterAsn is %p, which a cloud reserves', (asn, why) => {
      expect(() => build({ customerRouterAsn: asn })).toThrow(/`customerRouterAsn`/);
      expect(() => build({ customerRouterAsn: asn })).toThrow(why);
    });

    test.each([
      [{ customerRouterAsn: 64513 }, /the customer router and the Direct Connect gateway/],
      [{ customerRouterAsn: 64512 }, /the customer router and the AWS hub's virtual private gateway/],
      [{ customerRouterAsn: 64515, gcpInterconnectType: GcpInterconnectType.DEDICATED, gcpInterconnects: ['ic-1'], gcpVlans: [310], gcpCustomerVlans: undefined }, /the customer router and the Google Cloud Router/],
    ])('fails when customerRouterAsn equals a cloud-side ASN (%#)', (o, why) => {
      expect(() => build(o as Overrides)).toThrow(/`customerRouterAsn`/);
      expect(() => build(o as Overrides)).toThrow(why);
    });

    test('fails when the Partner Interconnect router is not on 16550', () => {
      expect(() => build({ gcpRouterName: 'my-router', gcpRouterAsn: 64514 })).toThrow(/`gcpRouterAsn` = 64514: a Cloud Router for Partner Interconnect VLAN attachments must use ASN 16550/);
    });

    test('fails when the Direct Connect gateway would share the hub\'s ASN', () => {
      expect(() => build({ awsDirectConnectGatewayAsn: 64512 })).toThrow(/`awsDirectConnectGatewayAsn` = 64512/);
    });

    test('fails when a /30 overlaps a hub\'s range', () => {
      expect(() => build({ azurePeeringCidrs: ['10.10.100.0/30', '192.168.254.4/30'] })).toThrow(/`azurePeeringCidrs\[0\]` = "10.10.100.0\/30": the peering subnet overlaps the network range 10.10.0.0\/16/);
      expect(() => build({ awsPeeringCidr: '172.16.0.0/30' })).toThrow(/`awsPeeringCidr`.*overlaps the network range 172.16.0.0\/16/);
    });

    test('fails when /30s overlap each other', () => {
      expect(() => build({ azurePeeringCidrs: ['192.168.250.0/30', '192.168.250.0/30'] })).toThrow(/`azurePeeringCidrs\[1\]`.*already used/);
      expect(() => build({ azurePeeringCidrs: ['192.168.250.0/30', '192.168.250.4/30'], ociPeeringCidr: '192.168.250.4/30' })).toThrow(/`ociPeeringCidr`.*already used/);
    });

    test('fails when an ExpressRoute peering subnet is not a /30', () => {
      expect(() => build({ azurePeeringCidrs: ['192.168.250.0/29', '192.168.250.8/30'] })).toThrow(/`azurePeeringCidrs\[0\]`/);
    });

    test('fails when the peering range overlaps a hub or is not private', () => {
      expect(() => build({ peeringRange: ['10.20.0.0/24'] })).toThrow(/`peeringRange\[0\]`.*overlaps the network range 10.20.0.0\/16/);
      expect(() => build({ peeringRange: ['203.0.113.0/24'] })).toThrow(/`peeringRange\[0\]`.*private/);
    });

    test('fails when a session has neither an explicit subnet nor a peering range', () => {
      expect(() => build({ peeringRange: undefined })).toThrow(/`azurePeeringCidrs\[0\]`.*peeringRange/);
    });

    test('fails when the ExpressRoute Direct circuit does not fit the port', () => {
      const direct = { serviceProviderName: undefined, peeringLocation: undefined, bandwidthMbps: undefined, expressRoutePortPeeringLocation: 'Equinix-Ashburn-DC2' };
      expect(() => build({ ...direct, expressRoutePortBandwidthGbps: 10, bandwidthGbps: 40 })).toThrow(/`bandwidthGbps` = 40: a 10 Gbit\/s ExpressRoute Direct port carries circuits of 1, 2, 5, 10 Gbit\/s/);
      expect(() => build({ ...direct, expressRoutePortBandwidthGbps: 40, bandwidthGbps: 40 })).toThrow(/`expressRoutePortBandwidthGbps` = 40/);
      expect(() => build({ ...direct, bandwidthGbps: 10 })).toThrow(/`expressRoutePortBandwidthGbps`/);
    });

    test('fails when ExpressRoute Direct settings are given for a provider circuit', () => {
      expect(() => build({ bandwidthGbps: 10 })).toThrow(/`bandwidthGbps`.*ExpressRoute Direct only/);
    });

    test('fails when MACsec is asked for without its secrets', () => {
      const direct = { serviceProviderName: undefined, peeringLocation: undefined, bandwidthMbps: undefined, expressRoutePortPeeringLocation: 'Equinix-Ashburn-DC2', expressRoutePortBandwidthGbps: 10, bandwidthGbps: 10 };
      expect(() => build({ ...direct, macsecCipher: MacsecCipher.GCM_AES_128 })).toThrow(/`macsecCknKeyVaultSecretId`/);
    });

    test('fails when a session\'s prefix budget is over its limit, naming the session, the count, the limit and what to summarise', () => {
      const { stack } = build({ onPremisesPrefixes: slash24s(120) });
      expect(() => Testing.synth(stack, true)).toThrow(/\[test\/L2\] `onPremisesPrefixes` = "124 prefixes": Direct Connect gateway \(AWS Direct Connect private VIF\) accepts at most 100 .*124 of 100 on session test\/L2\/aws from Customer router \(121 from Customer router \(onPremisesPrefixes\)/);
    });

    test('fails when an MD5 key variable is not sensitive, and never echoes a key', () => {
      const h = stackWithHubs();
      const key = new TerraformVariable(h.stack, 'aws_md5', { type: 'string' });
      expect(() => new L2ProviderMultiCloud(h.stack, 'L2', { ...baseProps(h), awsMd5Key: key })).toThrow(/`awsMd5Key` = "var.aws_md5": the variable holding the key is not sensitive/);
    });

    test('fails when an MD5 key variable has a default (the key itself in cdk.tf.json), without echoing it', () => {
      const h = stackWithHubs();
      const key = new TerraformVariable(h.stack, 'gcp_md5', { type: 'string', sensitive: true, default: 'correct-horse-battery' });
      const e = expectValidationError(() => new L2ProviderMultiCloud(h.stack, 'L2', { ...baseProps(h), gcpMd5Key: key }), {
        path: 'test/L2', property: 'gcpMd5Key', value: 'var.gcp_md5', rule: /has a default, which is the key itself written into cdk.tf.json/, fix: /remove the default/,
      });
      expect(e.message).not.toContain('correct-horse');
    });

    test('fails when the AWS connection, its VLAN or the OCI provider is missing', () => {
      expect(() => build({ awsConnectionId: undefined })).toThrow(/`awsConnectionId`/);
      expect(() => build({ awsVlan: undefined })).toThrow(/`awsVlan`/);
      expect(() => build({ ociProviderServiceName: undefined })).toThrow(/`ociProviderServiceName`/);
    });

    test('fails when Partner Interconnect is given Dedicated settings', () => {
      expect(() => build({ gcpVlans: [310, 311] })).toThrow(/`gcpVlans`.*Partner Interconnect attachments get their interconnect/);
    });

    test('fails when networks overlap each other', () => {
      expect(() => build({ onPremisesPrefixes: ['10.10.128.0/17'] })).toThrow(/`onPremisesPrefixes` = "10.10.128.0\/17".*overlaps 10.10.0.0\/16 \(Azure\)/);
    });

    test('fails when a customer-side VLAN delivered by the provider is outside 1-4094', () => {
      expect(() => build({ ociVlan: 4095 })).toThrow(/`ociVlan` = 4095/);
      expect(() => build({ gcpCustomerVlans: [300, 0] })).toThrow(/`gcpCustomerVlans\[1\]` = 0/);
    });

    test('fails when port settings are given for an existing port or a provider circuit', () => {
      expect(() => build({ expressRoutePortBandwidthGbps: 10 })).toThrow(/`expressRoutePortBandwidthGbps`.*ExpressRoute Direct only/);
      expect(() => build({ serviceProviderName: undefined, peeringLocation: undefined, bandwidthMbps: undefined, expressRoutePortId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/expressRoutePorts/p1', expressRoutePortBandwidthGbps: 10, bandwidthGbps: 1, macsecCipher: MacsecCipher.GCM_AES_128 })).toThrow(/`macsecCipher`.*existing port/);
    });

    test('fails when a limit is not a positive whole number', () => {
      expect(() => build({ ociMaxPrefix: 0 })).toThrow(/`ociMaxPrefix`/);
    });
  });
});
