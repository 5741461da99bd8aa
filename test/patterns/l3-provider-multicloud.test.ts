import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { AnnotationMetadataEntryType, App, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { AppContext } from '../../lib/core/context';
import { AwsHub, AwsHubProps } from '../../lib/hubs/aws-hub';
import { AzureHub, AzureHubProps } from '../../lib/hubs/azure-hub';
import { GcpHub, GcpHubProps } from '../../lib/hubs/gcp-hub';
import { OciHub, OciHubProps } from '../../lib/hubs/oci-hub';
import { DeployStage } from '../../lib/links/deploy-stage';
import { L3ProviderMultiCloud, L3ProviderMultiCloudProps } from '../../lib/patterns/l3-provider-multicloud';
import { BudgetLevel } from '../../lib/plan/routing/budget';
import { Cloud } from '../../lib/plan/facts/clouds';
import { VrfMode } from '../../lib/plan/routing/l3-propagation';
import { SessionType } from '../../lib/plan/facts/limits';
import { LinkKind, LinkRole } from '../../lib/plan/routing/model';
import { RoutePropagation } from '../../lib/plan/routing/propagation';
import { OciProvider } from '../../lib/providers/oci';

const AZURE: AzureHubProps = { resourceGroupName: 'rg-net', location: 'eastus', virtualNetworkName: 'vnet-hub', addressSpace: ['10.70.0.0/16'], gatewaySubnetCidr: '10.70.255.0/27' };
const AWS: AwsHubProps = { vpcId: 'vpc-0abc', vpcCidrs: ['10.71.0.0/16'], region: 'us-east-1' };
const GCP: GcpHubProps = { project: 'net-prod', region: 'us-east4', network: 'vpc-prod', subnetCidrs: ['10.72.0.0/20', '10.72.16.0/20'] };
const OCI: OciHubProps = { compartmentId: 'ocid1.compartment.oc1..aaaa', region: 'us-ashburn-1', vcnId: 'ocid1.vcn.oc1.iad.aaaa', vcnCidrs: ['10.73.0.0/16'], subnetCidrs: ['10.73.1.0/24', '10.73.2.0/24'] };
const ON_PREM = ['172.24.0.0/16'];

interface Hubs { azure: AzureHub; aws: AwsHub; gcp: GcpHub; oci: OciHub }
interface Built extends Hubs { app: App; stack: TerraformStack; l3: L3ProviderMultiCloud; json: any }
type Overrides = Partial<L3ProviderMultiCloudProps> & { awsHub?: Partial<AwsHubProps> };

function stackWithHubs(o: Overrides = {}): { app: App; stack: TerraformStack } & Hubs {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  new AwsProvider(stack, 'aws', { region: 'us-east-1' });
  new GoogleProvider(stack, 'google', { project: 'net-prod' });
  new OciProvider(stack, 'oci', { region: 'us-ashburn-1' });
  return {
    app,
    stack,
    azure: new AzureHub(stack, 'AzureHub', AZURE),
    aws: new AwsHub(stack, 'AwsHub', { ...AWS, ...o.awsHub }),
    gcp: new GcpHub(stack, 'GcpHub', GCP),
    oci: new OciHub(stack, 'OciHub', OCI),
  };
}

function baseProps(h: Hubs): L3ProviderMultiCloudProps {
  return {
    azure: h.azure,
    aws: h.aws,
    gcp: h.gcp,
    oci: h.oci,
    vrfMode: VrfMode.SHARED,
    customerBgp: true,
    customerAsn: 65020,
    onPremisesPrefixes: ON_PREM,
    serviceProviderName: 'AT&T',
    peeringLocation: 'Washington DC',
    bandwidthMbps: 1000,
    providerAsn: 65100,
    awsVirtualInterfaceId: 'dxvif-ffabc123',
    ociProviderServiceName: 'AT&T',

    // the whole link, as apply 2 deploys it (apply 1 alone: test/links/deploy-stage.test.ts)
    deployStage: DeployStage.CONNECT,
  };
}

function build(o: Overrides = {}): Built {
  // GIVEN
  const h = stackWithHubs(o);
  const { awsHub: _a, ...props } = o;
  // WHEN
  const l3 = new L3ProviderMultiCloud(h.stack, 'L3', { ...baseProps(h), ...props });
  return { ...h, l3, json: JSON.parse(Testing.synth(h.stack)) };
}

/** The resources (or data sources) of one type. */
const all = (json: any, type: string): any[] => Object.values(json.resource?.[type] ?? json.data?.[type] ?? {});
const only = (json: any, type: string): any => {
  const list = all(json, type);
  expect(list).toHaveLength(1);
  return list[0];
};
const ref = (json: any, type: string, attr: string): string => `\${${type}.${Object.keys(json.resource[type])[0]}.${attr}}`;
/** What the construct (not the hubs) synthesizes, for the snapshots. */
const own = (json: any) => {
  const pick = (section: any) => Object.fromEntries(Object.entries(section ?? {})
    .map(([t, byName]) => [t, Object.fromEntries(Object.entries(byName as object).filter(([n]) => n.startsWith('L3_')))])
    .filter(([, byName]) => Object.keys(byName).length > 0));
  return { resource: pick(json.resource), data: pick(json.data), output: Object.fromEntries(Object.entries(json.output ?? {}).filter(([n]) => n.startsWith('L3_'))) };
};
const slash24s = (n: number) => Array.from({ length: n }, (_, i) => `172.${26 + Math.floor(i / 100)}.${(i % 100) * 2}.0/24`); // never adjacent
const cloudOf = (l3: L3ProviderMultiCloud, cloud: Cloud) => l3.propagation.clouds.find((c) => c.cloud === cloud)!;

describe('L3ProviderMultiCloud', () => {
  describe('Azure', () => {
    test('a circuit with the provider\'s name and no private peering resource: the provider configures it', () => {
      const { json } = build();
      expect(only(json, 'azurerm_express_route_circuit')).toMatchObject({
        service_provider_name: 'AT&T', peering_location: 'Washington DC', bandwidth_in_mbps: 1000, name: 'vnet-hub-l3-er', sku: { tier: 'Standard', family: 'MeteredData' },
      });
      expect(json.resource.azurerm_express_route_circuit_peering).toBeUndefined();
    });

    test('the hub\'s ExpressRoute gateway and a connection to the circuit', () => {
      const { json } = build();
      expect(only(json, 'azurerm_virtual_network_gateway')).toMatchObject({ type: 'ExpressRoute', sku: 'ErGw1AZ' });
      const connection = only(json, 'azurerm_virtual_network_gateway_connection');
      expect(connection).toMatchObject({
        type: 'ExpressRoute',
        express_route_circuit_id: ref(json, 'azurerm_express_route_circuit', 'id'),
        virtual_network_gateway_id: ref(json, 'azurerm_virtual_network_gateway', 'id'),
      });
      expect(connection.depends_on).toBeUndefined();
    });

    test('the service key is a sensitive output for the provider', () => {
      const { json, l3 } = build();
      expect(json.output[l3.serviceKeyOutput.friendlyUniqueId]).toMatchObject({ sensitive: true, value: ref(json, 'azurerm_express_route_circuit', 'service_key') });
    });
  });

  describe('AWS', () => {
    test('the provider\'s hosted private VIF accepted onto a Direct Connect gateway associated with the VGW for the VPC CIDRs', () => {
      const { json } = build();
      expect(only(json, 'aws_dx_gateway')).toMatchObject({ amazon_side_asn: '64513' });
      expect(only(json, 'aws_dx_gateway_association')).toMatchObject({
        dx_gateway_id: ref(json, 'aws_dx_gateway', 'id'),
        associated_gateway_id: ref(json, 'aws_vpn_gateway', 'id'),
        allowed_prefixes: ['10.71.0.0/16'],
      });
      const accepter = only(json, 'aws_dx_hosted_private_virtual_interface_accepter');
      expect(accepter).toMatchObject({ virtual_interface_id: 'dxvif-ffabc123', dx_gateway_id: ref(json, 'aws_dx_gateway', 'id') });
      expect(accepter.vpn_gateway_id).toBeUndefined();
      for (const t of ['aws_dx_private_virtual_interface', 'aws_dx_transit_virtual_interface', 'aws_dx_hosted_transit_virtual_interface_accepter']) expect(all(json, t)).toHaveLength(0);
    });

    test('the hosted transit VIF accepter when the hub uses a transit gateway', () => {
      const { json, l3 } = build({ awsHub: { transitGatewayId: 'tgw-0abc', transitGatewayAsn: 64600 } });
      expect(all(json, 'aws_dx_hosted_private_virtual_interface_accepter')).toHaveLength(0);
      expect(only(json, 'aws_dx_hosted_transit_virtual_interface_accepter')).toMatchObject({ virtual_interface_id: 'dxvif-ffabc123', dx_gateway_id: ref(json, 'aws_dx_gateway', 'id') });
      expect(only(json, 'aws_dx_gateway_association')).toMatchObject({ associated_gateway_id: 'tgw-0abc', allowed_prefixes: ['10.71.0.0/16'] });
      expect(cloudOf(l3, Cloud.AWS)).toMatchObject({ sessionType: SessionType.AWS_DX_TRANSIT_VIF, maxPrefix: 100 });
    });

    test('an own Direct Connect gateway ASN', () => {
      const { json, l3 } = build({ awsDirectConnectGatewayAsn: 4200000001 });
      expect(only(json, 'aws_dx_gateway').amazon_side_asn).toBe('4200000001');
      expect(cloudOf(l3, Cloud.AWS).edgeAsn).toBe(4200000001);
    });
  });

  describe('Google Cloud', () => {
    test('Partner attachments in both edge availability domains on the 16550 router, and no router interface or peer: the partner runs BGP', () => {
      const { json } = build();
      expect(only(json, 'google_compute_router').bgp).toMatchObject({ asn: 16550 });
      const attachments = all(json, 'google_compute_interconnect_attachment');
      expect(attachments.map((a) => [a.type, a.edge_availability_domain, a.router])).toEqual([
        ['PARTNER', 'AVAILABILITY_DOMAIN_1', ref(json, 'google_compute_router', 'name')],
        ['PARTNER', 'AVAILABILITY_DOMAIN_2', ref(json, 'google_compute_router', 'name')],
      ]);
      expect(all(json, 'google_compute_router_peer')).toHaveLength(0);
      expect(all(json, 'google_compute_router_interface')).toHaveLength(0);
      const pairing = (Object.entries(json.output) as Array<[string, any]>).filter(([n]) => n.startsWith('L3_Gcp_PairingKey')).map(([, v]) => v);
      expect(pairing).toHaveLength(2);
      expect(pairing.every((p) => p.sensitive === true && /\.pairing_key\}$/.test(p.value))).toBe(true);
    });
  });

  describe('OCI', () => {
    test('a virtual circuit through the provider\'s Layer 3 service on the DRG, without customer ASN or BGP addresses', () => {
      const { json, l3 } = build({ ociProviderServiceKeyName: 'att-sk-1' });
      expect(only(json, 'oci_core_fast_connect_provider_services')).toMatchObject({
        compartment_id: OCI.compartmentId,
        filter: [{ name: 'provider_name', values: ['AT&T'] }, { name: 'type', values: ['LAYER3'] }],
      });
      const vc = only(json, 'oci_core_virtual_circuit');
      expect(vc).toMatchObject({ type: 'PRIVATE', gateway_id: ref(json, 'oci_core_drg', 'id'), bandwidth_shape_name: '1 Gbps', provider_service_key_name: 'att-sk-1' });
      expect(vc.provider_service_id).toMatch(/^\$\{data\.oci_core_fast_connect_provider_services\.\w+\.fast_connect_provider_services\[0\]\.id\}$/);
      expect(vc.customer_asn).toBeUndefined();
      expect(vc.cross_connect_mappings).toBeUndefined();
      expect(all(json, 'random_password')).toHaveLength(0);
      expect(json.output[l3.ociVirtualCircuitIdOutput!.friendlyUniqueId]).toMatchObject({ value: ref(json, 'oci_core_virtual_circuit', 'id') });
    });

    test('the VCN routes what OCI receives to the DRG', () => {
      expect(build().oci.routedPrefixes).toEqual(['10.70.0.0/16', '10.71.0.0/16', '10.72.0.0/20', '10.72.16.0/20', '172.24.0.0/16']);
      expect(build({ vrfMode: VrfMode.PER_CLOUD, customerBgp: false, customerAsn: undefined }).oci.routedPrefixes).toEqual(['172.24.0.0/16']);
    });

    test('passes the OCI provider schema check', () => {
      const tool = '/work/shared/tools/check-oci-schema.mjs';
      if (!fs.existsSync(tool)) return;
      const { stack } = build({ ociProviderServiceKeyName: 'att-sk-1', ociBandwidthShapeName: '2 Gbps' });
      const dir = Testing.fullSynth(stack);
      expect(execFileSync('node', [tool, dir]).toString()).toMatch(/[1-9]\d* oci blocks checked, 0 problems/);
    });
  });

  describe('snapshots', () => {
    // The Terraform is the same in both modes (the provider configures the VRFs); the plan and the handoff differ.
    test('one shared VRF', () => {
      const { json, l3 } = build();
      expect(own(json)).toMatchSnapshot();
      expect(l3.handoff).toMatchSnapshot();
    });

    test('one VRF per cloud', () => {
      const { json, l3 } = build({ vrfMode: VrfMode.PER_CLOUD, customerVlans: { azure: 701, aws: 702, gcp: 703, oci: 704 }, azureVlan: 710 });
      expect(own(json)).toMatchSnapshot();
      expect(l3.handoff).toMatchSnapshot();
    });
  });

  describe('route propagation', () => {
    test('one shared VRF: the provider re-advertises every cloud to every other cloud directly', () => {
      const { l3 } = build();
      expect(l3.propagation).toMatchObject({ vrfMode: VrfMode.SHARED, customerBgp: true, providerName: 'AT&T', providerAsn: 65100, vrfs: ['shared'] });
      const aws = cloudOf(l3, Cloud.AWS);
      expect(aws.advertiseToCloud).toEqual(['10.70.0.0/16', '10.72.0.0/20', '10.72.16.0/20', '10.73.1.0/24', '10.73.2.0/24', '172.24.0.0/16']);
      expect(aws.receives.filter((r) => r.origin !== Cloud.CUSTOMER).every((r) => r.from === 'AT&T shared VRF' && r.via.length === 2)).toBe(true);
      expect(aws.receives.find((r) => r.origin === Cloud.AZURE)!.asPath).toEqual([65100, 12076]);
    });

    test('one VRF per cloud with customer BGP: the clouds learn each other through the customer router', () => {
      const { l3 } = build({ vrfMode: VrfMode.PER_CLOUD });
      expect(l3.propagation.vrfs).toEqual(['azure', 'aws', 'gcp', 'oci']);
      const azure = cloudOf(l3, Cloud.AZURE);
      expect(azure.advertiseToCloud).toEqual(['10.71.0.0/16', '10.72.0.0/20', '10.72.16.0/20', '10.73.1.0/24', '10.73.2.0/24', '172.24.0.0/16']);
      expect(azure.receives.find((r) => r.origin === Cloud.GCP)).toMatchObject({ via: ['Cloud Router', 'AT&T VRF gcp', 'customer router', 'AT&T VRF azure'], asPath: [65100, 65020, 65100, 16550] });
    });

    test('one VRF per cloud without customer BGP: only the on-premises prefixes, nothing from the other clouds', () => {
      const { l3 } = build({ vrfMode: VrfMode.PER_CLOUD, customerBgp: false, customerAsn: undefined });
      for (const c of l3.propagation.clouds) expect(c.advertiseToCloud).toEqual(['172.24.0.0/16']);
    });

    test.each([
      ['shared VRF', { vrfMode: VrfMode.SHARED }],
      ['shared VRF, no customer BGP', { vrfMode: VrfMode.SHARED, customerBgp: false, customerAsn: undefined }],
      ['per-cloud VRFs', { vrfMode: VrfMode.PER_CLOUD }],
      ['per-cloud VRFs, no customer BGP', { vrfMode: VrfMode.PER_CLOUD, customerBgp: false, customerAsn: undefined }],
    ])('the connectivity model propagates exactly what the plan says (%s)', (_, o) => {
      const { app, l3 } = build(o as Overrides);
      const result = RoutePropagation.compute(RoutePropagation.snapshot(AppContext.of(app).model));
      for (const c of l3.propagation.clouds) {
        const edge = result.speakers.find((s) => s.cloud === c.cloud && s.node.startsWith('test/L3/'))!;
        const best = [...new Set(edge.received.filter((r) => r.best).map((r) => r.prefix))].sort();
        expect(best).toEqual(c.receives.map((r) => r.prefix).sort());
        for (const b of result.budgets.filter((x) => x.receiverNode === edge.node)) expect(b.used).toBe(c.used);
        // the AS paths agree too
        for (const r of c.receives) expect(edge.received.find((x) => x.best && x.prefix === r.prefix)!.asPath).toEqual(r.asPath);
      }
    });

    test('records one Layer 3 link: provider-managed sessions between each cloud edge and the provider, the customer router on every VRF', () => {
      const { app, l3 } = build({ vrfMode: VrfMode.PER_CLOUD, customerVlans: { azure: 701, aws: 702, gcp: 703, oci: 704 } });
      const link = AppContext.of(app).model.links.find((x) => x.id === l3.node.path)!;
      expect(link).toMatchObject({ pattern: 'L3ProviderMultiCloud', kind: LinkKind.LAYER3, role: LinkRole.PRIMARY, circuitMbps: 1000, gatewayMbps: 1000, circuitClouds: [Cloud.AZURE] });
      expect(link.clouds).toEqual([Cloud.AZURE, Cloud.AWS, Cloud.GCP, Cloud.OCI, Cloud.CUSTOMER]);
      expect(link.sessions.map((s) => s.id.replace('test/L3/', ''))).toEqual([
        'azure-primary', 'azure-secondary', 'aws', 'gcp-ad1', 'gcp-ad2', 'oci', 'customer-azure', 'customer-aws', 'customer-gcp', 'customer-oci',
      ]);
      const cloudSessions = link.sessions.slice(0, 6);
      for (const s of cloudSessions) {
        expect(s.a).toMatchObject({ cloud: Cloud.CUSTOMER, asn: 65100, transit: true, allowAsIn: true });
        expect(s.managedBy).toMatch(/AT&T/);
        expect(s.subnet).toBeUndefined();
        expect(s.a.address).toBeUndefined();
        expect(s.b.address).toBeUndefined();
      }
      expect(cloudSessions.map((s) => [s.a.node, s.b.node, s.b.asn, s.b.hub])).toEqual([
        ['test/L3/provider-vrf-azure', 'test/L3/msee', 12076, 'test/AzureHub'],
        ['test/L3/provider-vrf-azure', 'test/L3/msee', 12076, 'test/AzureHub'],
        ['test/L3/provider-vrf-aws', 'test/L3/dx-gateway', 64513, 'test/AwsHub'],
        ['test/L3/provider-vrf-gcp', 'test/L3/cloud-router', 16550, 'test/GcpHub'],
        ['test/L3/provider-vrf-gcp', 'test/L3/cloud-router', 16550, 'test/GcpHub'],
        ['test/L3/provider-vrf-oci', 'test/L3/fastconnect', 31898, 'test/OciHub'],
      ]);
      expect(link.sessions[6]).toMatchObject({ vlan: 701, a: { node: 'test/L3/customer-router', asn: 65020, originates: ON_PREM }, b: { node: 'test/L3/provider-vrf-azure' } });
      expect(link.sessions[6].managedBy).toBeUndefined();
    });

    test('Azure alone: the circuit and the on-premises routes, nothing of the other clouds', () => {
      const h = stackWithHubs();
      const { aws: _a, gcp: _g, oci: _o, awsVirtualInterfaceId: _v, ociProviderServiceName: _n, ...azureOnly } = baseProps(h);
      const l3 = new L3ProviderMultiCloud(h.stack, 'L3', { ...azureOnly, vrfMode: VrfMode.PER_CLOUD });
      const json = JSON.parse(Testing.synth(h.stack));
      expect(all(json, 'aws_dx_gateway')).toHaveLength(0);
      expect(all(json, 'google_compute_interconnect_attachment')).toHaveLength(0);
      expect(all(json, 'oci_core_virtual_circuit')).toHaveLength(0);
      expect(l3.propagation.clouds.map((c) => [c.cloud, c.vrf, c.advertiseToCloud])).toEqual([[Cloud.AZURE, 'azure', ON_PREM]]);
      expect(l3.handoff).toContain('### Azure: ExpressRoute private peering');
      expect(l3.handoff).not.toContain('### AWS');
    });

    test('the shared VRF transits; without customer BGP it originates the on-premises prefixes itself', () => {
      const { app, l3 } = build({ customerBgp: false, customerAsn: undefined, providerAsn: undefined });
      const link = AppContext.of(app).model.links.find((x) => x.id === l3.node.path)!;
      expect(link.sessions).toHaveLength(6);
      expect(link.sessions[0].a).toMatchObject({ node: 'test/L3/provider-vrf', cloud: Cloud.CUSTOMER, transit: true, originates: ON_PREM, label: 'AT&T shared VRF' });
      expect(link.sessions[0].a.asn).toBeUndefined();
      expect(link.sessions[0].a.allowAsIn).toBeUndefined();
    });

    test('warns from 80 % of a cloud\'s limit', () => {
      // AWS gets 75 on-premises + 5 = 80 of 100
      const { l3, stack } = build({ onPremisesPrefixes: slash24s(75) });
      Testing.synth(stack, true); // checked when the app is complete
      const warnings = l3.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^`onPremisesPrefixes` = "80 prefixes": .*\(AWS Direct Connect private VIF\) .*is at 80 % of it: 80 of 100 on session test\/L3\/aws from AT&T shared VRF/);
      expect(cloudOf(l3, Cloud.AWS).level).toBe(BudgetLevel.WARNING);
    });
  });

  describe('provider handoff', () => {
    test('written next to cdk.tf.json at synth: per cloud the prefixes to advertise, the maximum, the ASNs and the keys to hand over', () => {
      const { stack, l3, json } = build({ vrfMode: VrfMode.PER_CLOUD, awsAccountId: '123456789012', azureVlan: 710 });
      const dir = Testing.fullSynth(stack);
      expect(l3.handoffFileName).toBe('provider-handoff-L3.md');
      const text = fs.readFileSync(path.join(dir, 'stacks', 'test', l3.handoffFileName), 'utf8');
      expect(text).toBe(l3.handoff);
      expect(text).toMatch(/^# Provider handoff: test\/L3$/m);
      expect(text).toMatch(/\| VRFs \| one VRF per cloud: `azure`, `aws`, `gcp`, `oci` \|/);
      expect(text).toMatch(/allowas-in 1/);
      // every output to hand over exists
      for (const o of [l3.serviceKeyOutput, ...l3.gcpLink!.pairingKeyOutputs, l3.ociVirtualCircuitIdOutput!]) {
        expect(text).toContain(`terraform output -raw ${o.friendlyUniqueId}`);
        expect(json.output[o.friendlyUniqueId]).toBeDefined();
      }
      expect(text).toContain('the AWS account id `123456789012`');
      expect(text).toContain('VLAN 710');
      for (const c of l3.propagation.clouds) {
        expect(text).toContain(`| Advertise to ${c.cloud} | ${c.used} prefixes: ${c.advertiseToCloud.join(', ')} |`);
      }
      expect(text).toContain('| ASNs | Microsoft edge (MSEE) AS12076 ↔ AT&T AS65100 |');
      expect(text).toContain('| ASNs | Direct Connect gateway AS64513 ↔ AT&T AS65100 |');
      expect(text).toContain('| ASNs | Cloud Router AS16550 ↔ AT&T AS65100 |');
      expect(text).toContain('| ASNs | Oracle FastConnect edge AS31898 ↔ AT&T AS65100 |');
      expect(text).toMatch(/\| Maximum \| 100 prefixes per session \(AWS Direct Connect private VIF; https:\/\/docs\.aws\.amazon\.com/);
      expect(text).not.toMatch(/TfToken|\$\{/);
    });

    test('values known only at apply time are never rejected, and never written as tokens', () => {
      const h = stackWithHubs();
      const vif = new TerraformVariable(h.stack, 'vif', { type: 'string' });
      const asn = new TerraformVariable(h.stack, 'provider_asn', { type: 'number' });
      const onPrem = new TerraformVariable(h.stack, 'on_prem', { type: 'list(string)' });
      const l3 = new L3ProviderMultiCloud(h.stack, 'L3', { ...baseProps(h), awsVirtualInterfaceId: vif.stringValue, providerAsn: asn.numberValue, onPremisesPrefixes: onPrem.listValue });
      const json = JSON.parse(Testing.synth(h.stack));
      expect(only(json, 'aws_dx_hosted_private_virtual_interface_accepter').virtual_interface_id).toBe('${var.vif}');
      expect(l3.propagation.providerAsn).toBeUndefined();
      expect(l3.handoff).not.toMatch(/TfToken|\$\{/);
      expect(l3.handoff).toContain('set at apply time');
    });
  });

  describe('bad input', () => {
    test('fails when the peering location does not offer the provider, unless allowUnlistedProvider', () => {
      expect(() => build({ serviceProviderName: 'Telstra Corporation' })).toThrow(/`serviceProviderName` = "Telstra Corporation": Microsoft does not list "Telstra Corporation" as an ExpressRoute connectivity provider at the peering location "Washington DC"/);
      expect(() => build({ serviceProviderName: 'Telstra Corporation', allowUnlistedProvider: true })).not.toThrow();
      // a location whose list is not held is never guessed
      expect(() => build({ serviceProviderName: 'Telstra Corporation', peeringLocation: 'Canberra' })).not.toThrow();
    });

    test('fails when ranges overlap across hubs or with on-premises', () => {
      expect(() => build({ onPremisesPrefixes: ['10.70.128.0/17'] })).toThrow(/`onPremisesPrefixes` = "10.70.128.0\/17": 10.70.128.0\/17 \(on-premises\) overlaps 10.70.0.0\/16 \(Azure\)/);
      expect(() => build({ awsHub: { vpcCidrs: ['10.72.0.0/16'] } })).toThrow(/`gcp` = "10.72.0.0\/20": .*overlaps 10.72.0.0\/16 \(AWS\)/);
    });

    test('fails when a budget is over any cloud\'s limit', () => {
      // checked when the app is complete (at synth), from the route propagation the report shows
      const synth = (o: Parameters<typeof build>[0]) => () => Testing.synth(build(o).stack, true);
      expect(synth({ onPremisesPrefixes: slash24s(120) })).toThrow(/\[test\/L3\] `onPremisesPrefixes` = "125 prefixes": .*\(AWS Direct Connect private VIF\) accepts at most 100 .*125 of 100 on session test\/L3\/aws from AT&T shared VRF/);
      // OCI's limit is not published: with one set, OCI is budgeted too (the biggest contributor is blamed)
      expect(synth({ ociMaxPrefix: 4 })).toThrow(/`gcp.subnetCidrs` = "5 prefixes": .*\(OCI FastConnect virtual circuit\) accepts at most 4 .*\(set explicitly\)/);
      // the same prefixes fit when the provider keeps AWS in its own VRF and the customer does not hair-pin
      expect(synth({ onPremisesPrefixes: slash24s(90), vrfMode: VrfMode.PER_CLOUD, customerBgp: false, customerAsn: undefined })).not.toThrow();
    });

    test.each([
      [12076, /Azure reserves 12076/],
      [65515, /Azure reserves 65515-65520/],
      [16550, /16550 is Google's Partner Interconnect ASN/],
      [31898, /31898 is Oracle's own ASN/],
      [64513, /AT&T's edge and the Direct Connect gateway/],
      [64512, /AT&T's edge and the AWS hub's virtual private gateway/],
    ])('fails when providerAsn is %p', (asn, why) => {
      expect(() => build({ providerAsn: asn })).toThrow(/`providerAsn`/);
      expect(() => build({ providerAsn: asn })).toThrow(why);
    });

    test('fails when the customer ASN equals the provider\'s or a cloud\'s, or is given without customer BGP', () => {
      expect(() => build({ customerAsn: 65100 })).toThrow(/`customerAsn` = 65100: the customer router and AT&T's edge would run BGP with the same ASN/);
      expect(() => build({ customerAsn: 64513 })).toThrow(/`customerAsn` = 64513: the customer router and the Direct Connect gateway/);
      expect(() => build({ customerBgp: false })).toThrow(/`customerAsn` = 65020: without customer BGP/);
    });

    test('fails when the hosted virtual interface is missing or malformed', () => {
      expect(() => build({ awsVirtualInterfaceId: undefined })).toThrow(/`awsVirtualInterfaceId` = undefined/);
      expect(() => build({ awsVirtualInterfaceId: 'vif-123' })).toThrow(/`awsVirtualInterfaceId` = "vif-123": a Direct Connect virtual interface id is "dxvif-"/);
    });

    test('fails when the Direct Connect gateway would share the hub\'s ASN', () => {
      expect(() => build({ awsDirectConnectGatewayAsn: 64512 })).toThrow(/`awsDirectConnectGatewayAsn` = 64512/);
    });

    test('fails when the OCI provider is missing, or a cloud\'s setting is given without its hub', () => {
      expect(() => build({ ociProviderServiceName: undefined })).toThrow(/`ociProviderServiceName`/);
      const h = stackWithHubs();
      const { aws: _a, ...noAws } = baseProps(h);
      expect(() => new L3ProviderMultiCloud(h.stack, 'L3', noAws)).toThrow(/`awsVirtualInterfaceId` = "dxvif-ffabc123": this setting belongs to the aws hub/);
    });

    test('fails when the AWS account id is not 12 digits', () => {
      expect(() => build({ awsAccountId: '1234' })).toThrow(/`awsAccountId` = "1234"/);
    });

    test('fails when the Cloud Router is not on 16550', () => {
      expect(() => build({ gcpRouterName: 'my-router', gcpRouterAsn: 64514 })).toThrow(/`gcpRouterAsn` = 64514: a Cloud Router for Partner Interconnect VLAN attachments must use ASN 16550/);
    });

    test('fails when a VLAN is outside 1-4094 or reused', () => {
      expect(() => build({ azureVlan: 4095 })).toThrow(/`azureVlan` = 4095/);
      expect(() => build({ customerVlans: { shared: 0 } })).toThrow(/`customerVlans.shared` = 0/);
      expect(() => build({ vrfMode: VrfMode.PER_CLOUD, customerVlans: { azure: 701, aws: 701 } })).toThrow(/`customerVlans.aws` = 701: VLAN 701 is already the customer router's attachment to VRF azure/);
    });

    test('fails when customer VLANs name another VRF or come without customer BGP', () => {
      expect(() => build({ customerVlans: { azure: 701 } })).toThrow(/`customerVlans.azure` = 701: the design's VRFs are shared/);
      expect(() => build({ customerBgp: false, customerAsn: undefined, customerVlans: { shared: 600 } })).toThrow(/`customerVlans`/);
    });

    test('fails when the circuit bandwidth is not offered', () => {
      expect(() => build({ bandwidthMbps: 3000 })).toThrow(/`bandwidthMbps` = 3000/);
    });

    test('fails when a limit is not a positive whole number', () => {
      expect(() => build({ gcpMaxPrefix: 0 })).toThrow(/`gcpMaxPrefix`/);
    });
  });
});
