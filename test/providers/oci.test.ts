import * as fs from 'fs';
import * as path from 'path';
import { Lazy, TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import {
  CoreCpe,
  CoreDrg,
  CoreDrgAttachment,
  CoreDrgRouteDistribution,
  CoreDrgRouteTable,
  CoreIpsec,
  CoreIpsecConnectionTunnelManagement,
  CoreRouteTable,
  CoreSecurityList,
  CoreVirtualCircuit,
  DataOciCoreFastConnectProviderServices,
  DataOciCoreIpsecConnectionTunnels,
  DataOciCoreVirtualCircuitBandwidthShapes,
  OciProvider,
} from '../../lib/providers/oci';
import { ociSchemaProblems } from '../support/oci-schema';

const COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaexample';
const VCN = 'ocid1.vcn.oc1.iad.aaaaaaaexample';

function newStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'test');
  new OciProvider(stack, 'oci', { region: 'us-ashburn-1' });
  return stack;
}

/** The Terraform expressions the given attribute tokens resolve to (through outputs, the public way). */
function refs(stack: TerraformStack, values: Record<string, unknown>): Record<string, string> {
  for (const [k, v] of Object.entries(values)) new TerraformOutput(stack, `ref_${k}`, { value: v });
  const out = JSON.parse(Testing.synth(stack)).output;
  return Object.fromEntries(Object.keys(values).map((k) => [k, out[`ref_${k}`].value]));
}

/** One stack that uses every binding with realistic values (an Azure ExpressRoute + IPSec backup to OCI). */
function everything(stack: TerraformStack) {
  const services = new DataOciCoreFastConnectProviderServices(stack, 'services', {
    compartmentId: COMPARTMENT,
    filter: [{ name: 'provider_name', values: ['Microsoft Azure'] }],
  });
  const shapes = new DataOciCoreVirtualCircuitBandwidthShapes(stack, 'shapes', {
    providerServiceId: services.fastConnectProviderServices.get(0).id,
    filter: [{ name: 'bandwidth_in_mbps', values: ['1000'] }],
  });
  const drg = new CoreDrg(stack, 'drg', { compartmentId: COMPARTMENT, displayName: 'hub-drg', freeformTags: { owner: 'net' } });
  const importDist = new CoreDrgRouteDistribution(stack, 'import', { drgId: drg.id, distributionType: 'IMPORT', displayName: 'import-all' });
  const drgTable = new CoreDrgRouteTable(stack, 'drgrt', {
    drgId: drg.id,
    displayName: 'hub-drg-rt',
    importDrgRouteDistributionId: importDist.id,
    isEcmpEnabled: true,
  });
  new CoreDrgAttachment(stack, 'attach', {
    drgId: drg.id,
    drgRouteTableId: drgTable.id,
    networkDetails: { id: VCN, type: 'VCN' },
    timeouts: { create: '30m' },
  });
  new CoreRouteTable(stack, 'rt', {
    compartmentId: COMPARTMENT,
    vcnId: VCN,
    routeRules: [{ destination: '10.10.0.0/16', destinationType: 'CIDR_BLOCK', networkEntityId: drg.id, description: 'to Azure' }],
  });
  new CoreSecurityList(stack, 'sl', {
    compartmentId: COMPARTMENT,
    vcnId: VCN,
    ingressSecurityRules: [
      { protocol: '6', source: '10.10.0.0/16', tcpOptions: { min: 443, max: 443, sourcePortRange: { min: 1024, max: 65535 } } },
      { protocol: '1', source: '10.10.0.0/16', icmpOptions: { type: 3, code: 4 } },
      { protocol: '17', source: '10.10.0.0/16', stateless: true, udpOptions: { min: 500, max: 500 } },
    ],
    egressSecurityRules: [{ protocol: 'all', destination: '0.0.0.0/0', destinationType: 'CIDR_BLOCK' }],
  });
  const vc = new CoreVirtualCircuit(stack, 'vc', {
    compartmentId: COMPARTMENT,
    type: 'PRIVATE',
    bandwidthShapeName: shapes.virtualCircuitBandwidthShapes.get(0).name,
    gatewayId: drg.id,
    providerServiceId: services.fastConnectProviderServices.get(0).id,
    providerServiceKeyName: '00000000-0000-0000-0000-000000000000',
    isBfdEnabled: false,
    ipMtu: 'MTU_1500',
    crossConnectMappings: [
      { oracleBgpPeeringIp: '192.168.100.1/30', customerBgpPeeringIp: '192.168.100.2/30' },
      { oracleBgpPeeringIp: '192.168.100.5/30', customerBgpPeeringIp: '192.168.100.6/30' },
    ],
  });
  const cpe = new CoreCpe(stack, 'cpe', { compartmentId: COMPARTMENT, ipAddress: '203.0.113.10', displayName: 'azure-vng' });
  const ipsec = new CoreIpsec(stack, 'ipsec', {
    compartmentId: COMPARTMENT,
    cpeId: cpe.id,
    drgId: drg.id,
    staticRoutes: ['10.10.0.0/16'],
    cpeLocalIdentifier: '203.0.113.10',
    cpeLocalIdentifierType: 'IP_ADDRESS',
  });
  const tunnels = new DataOciCoreIpsecConnectionTunnels(stack, 'tunnels', { ipsecId: ipsec.id });
  const tunnel = new CoreIpsecConnectionTunnelManagement(stack, 'tunnel0', {
    ipsecId: ipsec.id,
    tunnelId: tunnels.tunnels.get(0).id,
    routing: 'BGP',
    ikeVersion: 'V2',
    sharedSecret: new TerraformVariable(stack, 'psk', { type: 'string', sensitive: true }).stringValue,
    natTranslationEnabled: 'AUTO',
    oracleCanInitiate: 'INITIATOR_OR_RESPONDER',
    bgpSessionInfo: { customerBgpAsn: '65515', customerInterfaceIp: '169.254.21.2/30', oracleInterfaceIp: '169.254.21.1/30' },
    dpdConfig: [{ dpdMode: 'INITIATE_AND_RESPOND', dpdTimeoutInSec: 20 }],
    phaseOneDetails: { isCustomPhaseOneConfig: true, customAuthenticationAlgorithm: 'SHA2_256', customDhGroup: 'GROUP14', customEncryptionAlgorithm: 'AES_256_CBC', lifetime: 28800 },
    phaseTwoDetails: { isCustomPhaseTwoConfig: true, customEncryptionAlgorithm: 'AES_256_GCM', dhGroup: 'GROUP14', isPfsEnabled: true, lifetime: 3600 },
  });
  return { services, shapes, drg, vc, cpe, ipsec, tunnels, tunnel };
}

describe('OciProvider', () => {
  test('declares oracle/oci ~> 8.28 and synthesizes its arguments in snake_case', () => {
    // GIVEN
    const stack = new TerraformStack(Testing.app(), 'test');
    // WHEN
    new OciProvider(stack, 'oci', {
      region: 'us-ashburn-1',
      tenancyOcid: 'ocid1.tenancy.oc1..t',
      userOcid: 'ocid1.user.oc1..u',
      fingerprint: 'aa:bb',
      privateKeyPath: '~/.oci/key.pem',
      configFileProfile: 'DEFAULT',
      auth: 'ApiKey',
      retryDurationSeconds: 600,
      alias: 'ashburn',
    });
    // THEN
    const synth = JSON.parse(Testing.synth(stack));
    expect(synth.terraform.required_providers.oci).toEqual({ source: 'oracle/oci', version: '~> 8.28' });
    expect(synth.provider.oci).toEqual([
      {
        alias: 'ashburn',
        auth: 'ApiKey',
        config_file_profile: 'DEFAULT',
        fingerprint: 'aa:bb',
        private_key_path: '~/.oci/key.pem',
        region: 'us-ashburn-1',
        retry_duration_seconds: 600,
        tenancy_ocid: 'ocid1.tenancy.oc1..t',
        user_ocid: 'ocid1.user.oc1..u',
      },
    ]);
  });

  test('an aliased provider is referenced by resources', () => {
    const stack = newStack();
    const phoenix = new OciProvider(stack, 'phx', { region: 'us-phoenix-1', alias: 'phx' });
    new CoreDrg(stack, 'drg', { compartmentId: COMPARTMENT, provider: phoenix });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(CoreDrg, { provider: 'oci.phx' });
  });

});

describe('resources', () => {
  test('CoreDrg synthesizes its arguments, and defaultDrgRouteTables references the computed list', () => {
    const stack = newStack();
    const drg = new CoreDrg(stack, 'drg', {
      compartmentId: COMPARTMENT,
      displayName: 'hub',
      definedTags: { 'ops.env': 'prod' },
      timeouts: { create: '30m', delete: '45m' },
    });
    new CoreDrgAttachment(stack, 'a', { drgId: drg.id, drgRouteTableId: drg.defaultDrgRouteTables.get(0).vcn, networkDetails: { type: 'VCN', id: VCN } });
    const synth = Testing.synth(stack);
    expect(synth).toHaveResourceWithProperties(CoreDrg, {
      compartment_id: COMPARTMENT,
      display_name: 'hub',
      defined_tags: { 'ops.env': 'prod' },
      timeouts: { create: '30m', delete: '45m' },
    });
    expect(synth).toHaveResourceWithProperties(CoreDrgAttachment, {
      drg_id: '${oci_core_drg.drg.id}',
      drg_route_table_id: '${oci_core_drg.drg.default_drg_route_tables[0].vcn}',
      network_details: [{ type: 'VCN', id: VCN }],
    });
  });

  test('CoreRouteTable synthesizes route_rules, and accepts a token for the whole set', () => {
    const stack = newStack();
    new CoreRouteTable(stack, 'rt', {
      compartmentId: COMPARTMENT,
      vcnId: VCN,
      routeRules: [{ destination: '10.1.0.0/16', destinationType: 'CIDR_BLOCK', networkEntityId: 'ocid1.drg.oc1..d' }],
    });
    new CoreRouteTable(stack, 'lazy', {
      compartmentId: COMPARTMENT,
      vcnId: VCN,
      routeRules: Lazy.anyValue({ produce: () => [{ destination: '10.2.0.0/16', destination_type: 'CIDR_BLOCK', network_entity_id: 'ocid1.drg.oc1..d' }] }),
    });
    const synth = JSON.parse(Testing.synth(stack));
    expect(synth.resource.oci_core_route_table.rt).toEqual({
      compartment_id: COMPARTMENT,
      vcn_id: VCN,
      route_rules: [{ destination: '10.1.0.0/16', destination_type: 'CIDR_BLOCK', network_entity_id: 'ocid1.drg.oc1..d' }],
    });
    expect(synth.resource.oci_core_route_table.lazy.route_rules).toEqual([{ destination: '10.2.0.0/16', destination_type: 'CIDR_BLOCK', network_entity_id: 'ocid1.drg.oc1..d' }]);
  });

  test('CoreVirtualCircuit synthesizes every cross_connect_mappings field', () => {
    const stack = newStack();
    const vc = new CoreVirtualCircuit(stack, 'vc', {
      compartmentId: COMPARTMENT,
      type: 'PRIVATE',
      bandwidthShapeName: '1 Gbps',
      customerAsn: '65010',
      gatewayId: 'ocid1.drg.oc1..d',
      providerServiceId: 'ocid1.providerservice.oc1..p',
      providerServiceKeyName: 'key',
      routingPolicy: ['REGIONAL'],
      isBfdEnabled: true,
      crossConnectMappings: [
        {
          bgpMd5AuthKey: 'secret',
          crossConnectOrCrossConnectGroupId: 'ocid1.crossconnect.oc1..c',
          customerBgpPeeringIp: '10.0.0.2/30',
          customerBgpPeeringIpv6: 'fd00::2/126',
          oracleBgpPeeringIp: '10.0.0.1/30',
          oracleBgpPeeringIpv6: 'fd00::1/126',
          vlan: 200,
        },
      ],
      publicPrefixes: [{ cidrBlock: '203.0.113.0/24' }],
    });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(CoreVirtualCircuit, {
      type: 'PRIVATE',
      bandwidth_shape_name: '1 Gbps',
      customer_asn: '65010',
      routing_policy: ['REGIONAL'],
      is_bfd_enabled: true,
      cross_connect_mappings: [
        {
          bgp_md5auth_key: 'secret',
          cross_connect_or_cross_connect_group_id: 'ocid1.crossconnect.oc1..c',
          customer_bgp_peering_ip: '10.0.0.2/30',
          customer_bgp_peering_ipv6: 'fd00::2/126',
          oracle_bgp_peering_ip: '10.0.0.1/30',
          oracle_bgp_peering_ipv6: 'fd00::1/126',
          vlan: 200,
        },
      ],
      public_prefixes: [{ cidr_block: '203.0.113.0/24' }],
    });
    expect(refs(stack, { id: vc.id, state: vc.state, providerState: vc.providerState, bgp: vc.bgpSessionState, serviceType: vc.serviceType })).toEqual({
      id: '${oci_core_virtual_circuit.vc.id}',
      state: '${oci_core_virtual_circuit.vc.state}',
      providerState: '${oci_core_virtual_circuit.vc.provider_state}',
      bgp: '${oci_core_virtual_circuit.vc.bgp_session_state}',
      serviceType: '${oci_core_virtual_circuit.vc.service_type}',
    });
  });

  test('CoreCpe and CoreIpsec synthesize their arguments', () => {
    const stack = newStack();
    const cpe = new CoreCpe(stack, 'cpe', { compartmentId: COMPARTMENT, ipAddress: '203.0.113.10', isPrivate: false });
    new CoreIpsec(stack, 'ipsec', {
      compartmentId: COMPARTMENT,
      cpeId: cpe.id,
      drgId: 'ocid1.drg.oc1..d',
      staticRoutes: [],
      tunnelConfiguration: [{ oracleTunnelIp: '10.0.0.1' }, { oracleTunnelIp: '10.0.0.5' }],
    });
    const synth = Testing.synth(stack);
    expect(synth).toHaveResourceWithProperties(CoreCpe, { compartment_id: COMPARTMENT, ip_address: '203.0.113.10', is_private: false });
    expect(synth).toHaveResourceWithProperties(CoreIpsec, {
      cpe_id: '${oci_core_cpe.cpe.id}',
      static_routes: [],
      tunnel_configuration: [{ oracle_tunnel_ip: '10.0.0.1' }, { oracle_tunnel_ip: '10.0.0.5' }],
    });
    expect(refs(stack, { ip: cpe.ipAddress }).ip).toBe('${oci_core_cpe.cpe.ip_address}');
  });

  test('CoreIpsecConnectionTunnelManagement synthesizes max-1 blocks as lists of one', () => {
    const stack = newStack();
    new CoreIpsecConnectionTunnelManagement(stack, 't', {
      ipsecId: 'ocid1.ipsecconnection.oc1..i',
      tunnelId: 'ocid1.ipsectunnel.oc1..t',
      routing: 'POLICY',
      ikeVersion: 'V1',
      encryptionDomainConfig: { cpeTrafficSelector: ['10.10.0.0/16'], oracleTrafficSelector: ['10.0.0.0/16'] },
      bgpSessionInfo: { customerBgpAsn: '65000', customerInterfaceIp: '169.254.0.2/30', oracleInterfaceIp: '169.254.0.1/30' },
      phaseOneDetails: { isCustomPhaseOneConfig: true, customDhGroup: 'GROUP20' },
      phaseTwoDetails: { isCustomPhaseTwoConfig: true, customEncryptionAlgorithm: 'AES_128_GCM' },
      dpdConfig: [{ dpdMode: 'RESPOND_ONLY', dpdTimeoutInSec: 30 }],
    });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(CoreIpsecConnectionTunnelManagement, {
      routing: 'POLICY',
      ike_version: 'V1',
      encryption_domain_config: [{ cpe_traffic_selector: ['10.10.0.0/16'], oracle_traffic_selector: ['10.0.0.0/16'] }],
      bgp_session_info: [{ customer_bgp_asn: '65000', customer_interface_ip: '169.254.0.2/30', oracle_interface_ip: '169.254.0.1/30' }],
      phase_one_details: [{ is_custom_phase_one_config: true, custom_dh_group: 'GROUP20' }],
      phase_two_details: [{ is_custom_phase_two_config: true, custom_encryption_algorithm: 'AES_128_GCM' }],
      dpd_config: [{ dpd_mode: 'RESPOND_ONLY', dpd_timeout_in_sec: 30 }],
    });
  });

  test('CoreSecurityList synthesizes nested tcp/udp/icmp options as lists of one', () => {
    const stack = newStack();
    new CoreSecurityList(stack, 'sl', {
      compartmentId: COMPARTMENT,
      vcnId: VCN,
      ingressSecurityRules: [
        { protocol: '6', source: '10.0.0.0/8', tcpOptions: { min: 22, max: 22, sourcePortRange: { min: 1024, max: 65535 } } },
        { protocol: '1', source: '0.0.0.0/0', icmpOptions: { type: 3, code: 4 } },
      ],
      egressSecurityRules: [{ protocol: '17', destination: '0.0.0.0/0', udpOptions: { min: 53, max: 53 } }],
    });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(CoreSecurityList, {
      ingress_security_rules: [
        { protocol: '6', source: '10.0.0.0/8', tcp_options: [{ min: 22, max: 22, source_port_range: [{ min: 1024, max: 65535 }] }] },
        { protocol: '1', source: '0.0.0.0/0', icmp_options: [{ type: 3, code: 4 }] },
      ],
      egress_security_rules: [{ protocol: '17', destination: '0.0.0.0/0', udp_options: [{ min: 53, max: 53 }] }],
    });
  });

  test('CoreDrgRouteTable and CoreDrgRouteDistribution synthesize their arguments', () => {
    const stack = newStack();
    const dist = new CoreDrgRouteDistribution(stack, 'd', { drgId: 'ocid1.drg.oc1..d', distributionType: 'IMPORT' });
    new CoreDrgRouteTable(stack, 't', { drgId: 'ocid1.drg.oc1..d', importDrgRouteDistributionId: dist.id, isEcmpEnabled: true });
    const synth = Testing.synth(stack);
    expect(synth).toHaveResourceWithProperties(CoreDrgRouteDistribution, { drg_id: 'ocid1.drg.oc1..d', distribution_type: 'IMPORT' });
    expect(synth).toHaveResourceWithProperties(CoreDrgRouteTable, {
      import_drg_route_distribution_id: '${oci_core_drg_route_distribution.d.id}',
      is_ecmp_enabled: true,
    });
  });

});

describe('data sources', () => {
  test('provider services, bandwidth shapes and tunnels synthesize filters and expose item references', () => {
    const stack = newStack();
    const { services, tunnels, vc, tunnel } = everything(stack);
    const synth = Testing.synth(stack);
    expect(synth).toHaveDataSourceWithProperties(DataOciCoreFastConnectProviderServices, {
      compartment_id: COMPARTMENT,
      filter: [{ name: 'provider_name', values: ['Microsoft Azure'] }],
    });
    expect(synth).toHaveDataSourceWithProperties(DataOciCoreVirtualCircuitBandwidthShapes, {
      provider_service_id: '${data.oci_core_fast_connect_provider_services.services.fast_connect_provider_services[0].id}',
    });
    expect(synth).toHaveDataSourceWithProperties(DataOciCoreIpsecConnectionTunnels, { ipsec_id: '${oci_core_ipsec.ipsec.id}' });
    expect(synth).toHaveResourceWithProperties(CoreVirtualCircuit, {
      bandwidth_shape_name: '${data.oci_core_virtual_circuit_bandwidth_shapes.shapes.virtual_circuit_bandwidth_shapes[0].name}',
    });
    expect(synth).toHaveResourceWithProperties(CoreIpsecConnectionTunnelManagement, {
      tunnel_id: '${data.oci_core_ipsec_connection_tunnels.tunnels.ip_sec_connection_tunnels[0].id}',
    });

    const svc = services.fastConnectProviderServices.get(0);
    const t1 = tunnels.tunnels.get(1);
    const svcRef = '${data.oci_core_fast_connect_provider_services.services.fast_connect_provider_services[0]';
    const tRef = '${data.oci_core_ipsec_connection_tunnels.tunnels.ip_sec_connection_tunnels[1]';
    expect(
      refs(stack, {
        id: svc.id,
        providerName: svc.providerName,
        providerServiceName: svc.providerServiceName,
        bgpMgmt: svc.privatePeeringBgpManagement,
        asnMgmt: svc.customerAsnManagement,
        keyMgmt: svc.providerServiceKeyManagement,
        shapeMgmt: svc.bandwithShapeManagement,
        type: svc.type,
        tunnelId: t1.id,
        vpnIp: t1.vpnIp,
        cpeIp: t1.cpeIp,
        oracleIp: t1.bgpSessionInfo.get(0).oracleInterfaceIp,
        managedVpnIp: tunnel.vpnIp,
        vcId: vc.id,
      }),
    ).toEqual({
      id: `${svcRef}.id}`,
      providerName: `${svcRef}.provider_name}`,
      providerServiceName: `${svcRef}.provider_service_name}`,
      bgpMgmt: `${svcRef}.private_peering_bgp_management}`,
      asnMgmt: `${svcRef}.customer_asn_management}`,
      keyMgmt: `${svcRef}.provider_service_key_management}`,
      shapeMgmt: `${svcRef}.bandwith_shape_management}`,
      type: `${svcRef}.type}`,
      tunnelId: `${tRef}.id}`,
      vpnIp: `${tRef}.vpn_ip}`,
      cpeIp: `${tRef}.cpe_ip}`,
      oracleIp: `${tRef}.bgp_session_info[0].oracle_interface_ip}`,
      managedVpnIp: '${oci_core_ipsec_connection_tunnel_management.tunnel0.vpn_ip}',
      vcId: '${oci_core_virtual_circuit.vc.id}',
    });
  });

});

describe('synthesized output', () => {
  test('HCL output renders nested blocks as blocks', () => {
    const stack = newStack();
    everything(stack);
    const hcl: string = Testing.synthHcl(stack);
    expect(hcl).toMatch(/cross_connect_mappings\s*\{/);
    expect(hcl).toMatch(/network_details\s*\{/);
    expect(hcl).toMatch(/tcp_options\s*\{\s*[^}]*source_port_range\s*\{/);
    expect(hcl).toMatch(/timeouts\s*\{/);
    expect(hcl).toMatch(/filter\s*\{/);
    expect(hcl).toMatch(/region\s*=\s*"us-ashburn-1"/);
    expect(hcl).toMatch(/protocol = "6"/);
  });

  test('a stack using every binding fits the vendored oracle/oci 8.28.0 schema (test/fixtures)', () => {
    // GIVEN
    const stack = newStack();
    everything(stack);
    // WHEN
    const outdir = Testing.fullSynth(stack);
    // THEN
    const json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'test', 'cdk.tf.json'), 'utf8'));
    expect(json.terraform.required_providers.oci.source).toBe('oracle/oci');
    expect(json.terraform.required_providers.oci.version).toBe('~> 8.28');
    expect(Object.keys(json.resource).sort()).toEqual([
      'oci_core_cpe',
      'oci_core_drg',
      'oci_core_drg_attachment',
      'oci_core_drg_route_distribution',
      'oci_core_drg_route_table',
      'oci_core_ipsec',
      'oci_core_ipsec_connection_tunnel_management',
      'oci_core_route_table',
      'oci_core_security_list',
      'oci_core_virtual_circuit',
    ]);
    expect(ociSchemaProblems(json)).toEqual([]);
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  test('the schema check finds an unknown argument, a computed-only one, a missing required one and a wrong type', () => {
    expect(ociSchemaProblems({ resource: { oci_core_drg: { d: { compartment_id: 'c', colour: 'red', state: 'AVAILABLE' } } } })).toEqual([
      expect.stringMatching(/^oci_core_drg\.d\.colour: not an argument of this type in oracle\/oci 8\.28\.0$/),
      'oci_core_drg.d.state: the provider computes it; it cannot be set',
    ]);
    expect(ociSchemaProblems({ resource: { oci_core_ipsec: { i: { compartment_id: 'c', cpe_id: 'p', drg_id: 'd', static_routes: '10.0.0.0/8' } } } })).toEqual([
      'oci_core_ipsec.i.static_routes: a list is expected, not "10.0.0.0/8"',
    ]);
    expect(ociSchemaProblems({ resource: { oci_core_cpe: { c: { compartment_id: 'c' } } } })).toEqual(['oci_core_cpe.c.ip_address: required, missing']);
  });
});
