import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { CustomerGateway } from '@cdktf/provider-aws/lib/customer-gateway';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { VpnConnection } from '@cdktf/provider-aws/lib/vpn-connection';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { VirtualNetworkGateway } from '@cdktf/provider-azurerm/lib/virtual-network-gateway';
import { VirtualNetworkGatewayConnection } from '@cdktf/provider-azurerm/lib/virtual-network-gateway-connection';
import { ComputeExternalVpnGateway } from '@cdktf/provider-google/lib/compute-external-vpn-gateway';
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { App, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { S2SVpnStack } from '../../examples/s2s-vpn-stack';
import { AppContext } from '../../lib/core/context';
import { AwsHub, AwsHubProps } from '../../lib/hubs/aws-hub';
import { AzureHub, AzureHubProps } from '../../lib/hubs/azure-hub';
import { GcpHub, GcpHubProps } from '../../lib/hubs/gcp-hub';
import { OciHub, OciHubProps } from '../../lib/hubs/oci-hub';
import { Cidr } from '../../lib/plan/addressing/cidr';
import { IkeVersion, IpsecEncryption, IpsecIntegrity, IkeIntegrity, DhGroup } from '../../lib/plan/ipsec';
import { SessionType } from '../../lib/plan/facts/limits';
import { BgpInitiator, LinkKind, LinkRole } from '../../lib/plan/routing/model';
import { AWS_RESERVED_TUNNEL_CIDRS } from '../../lib/plan/addressing/peering';
import { S2SVpnBackup, S2SVpnBackupProps } from '../../lib/patterns/s2s-vpn-backup';
import { OciProvider } from '../../lib/providers/oci';

const AZURE: AzureHubProps = {
  resourceGroupName: 'rg-net',
  location: 'eastus',
  virtualNetworkName: 'vnet-hub',
  addressSpace: ['10.10.0.0/16'],
  gatewaySubnetCidr: '10.10.255.0/27',
};
const AWS: AwsHubProps = { vpcId: 'vpc-0123456789abcdef0', vpcCidrs: ['10.30.0.0/16'], region: 'us-east-1' };
const GCP: GcpHubProps = { project: 'net-project', region: 'us-east4', network: 'hub-vpc', subnetCidrs: ['10.40.0.0/20'] };
const OCI: OciHubProps = {
  compartmentId: 'ocid1.compartment.oc1..aaaa',
  region: 'us-ashburn-1',
  vcnId: 'ocid1.vcn.oc1.iad.aaaa',
  vcnCidrs: ['10.20.0.0/16'],
  subnetCidrs: ['10.20.1.0/24', '10.20.2.0/24'],
};

type Peer = 'aws' | 'gcp' | 'oci';

interface Options {
  peers?: Peer[];
  props?: Partial<S2SVpnBackupProps>;
  azure?: Partial<AzureHubProps>;
  aws?: Partial<AwsHubProps>;
  gcp?: Partial<GcpHubProps>;
  oci?: Partial<OciHubProps>;
  /** Adds things to the stack before the pattern (e.g. a variable); returns extra props. */
  before?: (stack: TerraformStack) => Partial<S2SVpnBackupProps>;
}

interface Built { app: App; stack: TerraformStack; vpn: S2SVpnBackup; synth: string; json: any }

function build(o: Options = {}): Built {
  // GIVEN
  const peers = o.peers ?? ['aws', 'gcp', 'oci'];
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  new AwsProvider(stack, 'aws', { region: 'us-east-1' });
  new GoogleProvider(stack, 'google', { project: 'net-project', region: 'us-east4' });
  new RandomProvider(stack, 'random');
  new OciProvider(stack, 'oci', { region: 'us-ashburn-1' });
  const azure = new AzureHub(stack, 'AzureHub', { ...AZURE, ...o.azure });
  const aws = peers.includes('aws') ? new AwsHub(stack, 'AwsHub', { ...AWS, ...o.aws }) : undefined;
  const gcp = peers.includes('gcp') ? new GcpHub(stack, 'GcpHub', { ...GCP, ...o.gcp }) : undefined;
  const oci = peers.includes('oci') ? new OciHub(stack, 'OciHub', { ...OCI, ...o.oci }) : undefined;
  const extra = o.before?.(stack) ?? {};
  // WHEN
  const vpn = new S2SVpnBackup(stack, 'VpnBackup', { azure, aws, gcp, oci, ...o.props, ...extra });
  const synth = Testing.synth(stack);
  return { app, stack, vpn, synth, json: JSON.parse(synth) };
}

const resources = (json: any, type: string): any[] => Object.values(json.resource?.[type] ?? {});
/** Resources whose construct path contains `pathPart` (e.g. `/Azure/Aws/`), by their unique ids. */
const named = (json: any, type: string, pathPart: string): any[] => {
  const infix = pathPart.replace(/\//g, '_');
  return Object.entries(json.resource?.[type] ?? {}).filter(([k]) => `_${k}`.includes(infix)).map(([, v]) => v);
};
const vpnGateway = (json: any): any => resources(json, 'azurerm_virtual_network_gateway').find((g: any) => g.type === 'Vpn');
const apipa = (json: any, instance: number): string[] => vpnGateway(json).bgp_settings.peering_addresses[instance].apipa_addresses;
const inWindow = (ip: string): boolean => Cidr.parse('169.254.21.0/24').contains(Cidr.parse(`${ip}/32`)) || Cidr.parse('169.254.22.0/24').contains(Cidr.parse(`${ip}/32`));
const warnings = (vpn: S2SVpnBackup): string[] => vpn.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));

describe('S2SVpnBackup — Azure side', () => {
  test('the hub VPN gateway is route-based, active-active, BGP, an AZ SKU with two zonal public IPs', () => {
    const { synth, json } = build({ peers: ['aws'] });
    expect(synth).toHaveResourceWithProperties(VirtualNetworkGateway, {
      type: 'Vpn', vpn_type: 'RouteBased', sku: 'VpnGw2AZ', generation: 'Generation2', active_active: true, enable_bgp: true,
    });
    expect(vpnGateway(json).bgp_settings.asn).toBe(65515);
    expect(vpnGateway(json).ip_configuration.map((c: any) => c.name)).toEqual(['instance-0', 'instance-1']);
    const ips = resources(json, 'azurerm_public_ip');
    expect(ips).toHaveLength(2);
    for (const ip of ips) expect(ip).toMatchObject({ sku: 'Standard', allocation_method: 'Static', zones: ['1', '2', '3'] });
  });

  test('custom APIPA addresses lie in 169.254.21.0-169.254.22.255, two per instance for AWS, all distinct', () => {
    const { json } = build({ peers: ['aws'] });
    const all = [...apipa(json, 0), ...apipa(json, 1)];
    expect(apipa(json, 0)).toHaveLength(2);
    expect(apipa(json, 1)).toHaveLength(2);
    expect(new Set(all).size).toBe(4);
    for (const ip of all) expect(inWindow(ip)).toBe(true);
  });

  test('one local network gateway per AWS tunnel: outside IP, AWS ASN and AWS BGP address', () => {
    const { json, vpn } = build({ peers: ['aws'] });
    const lgws = named(json, 'azurerm_local_network_gateway', '/Azure/Aws/');
    expect(lgws).toHaveLength(4);
    const conns = resources(json, 'aws_vpn_connection');
    const ref = (i: number, t: number): string => `\${aws_vpn_connection.${Object.keys(json.resource.aws_vpn_connection)[i]}.tunnel${t}_address}`;
    expect(conns).toHaveLength(2);
    expect(lgws.map((l) => l.gateway_address)).toEqual([ref(0, 1), ref(0, 2), ref(1, 1), ref(1, 2)]);
    lgws.forEach((l, t) => {
      expect(l.bgp_settings).toEqual({ asn: 64512, bgp_peering_address: vpn.awsTunnelCidrs[t].first });
      expect(l.address_space).toBeUndefined();
    });
  });

  test('one IPsec connection per tunnel: IKEv2, BGP, explicit IPsec policy, PSK reference', () => {
    const { synth, json } = build({ peers: ['aws'] });
    expect(synth).toHaveResourceWithProperties(VirtualNetworkGatewayConnection, {
      type: 'IPsec',
      connection_protocol: 'IKEv2',
      enable_bgp: true,
      ipsec_policy: {
        dh_group: 'ECP384', ike_encryption: 'AES256', ike_integrity: 'SHA384',
        ipsec_encryption: 'GCMAES256', ipsec_integrity: 'GCMAES256', pfs_group: 'ECP384', sa_lifetime: 3600,
      },
    });
    const conns = named(json, 'azurerm_virtual_network_gateway_connection', '/Azure/Aws/');
    expect(conns).toHaveLength(4);
    conns.forEach((c, t) => {
      expect(c.local_network_gateway_id).toBe(`\${azurerm_local_network_gateway.${Object.keys(json.resource.azurerm_local_network_gateway)[t]}.id}`);
      expect(c.shared_key).toMatch(/^\$\{random_password\.VpnBackup_Aws_Psk\d_[0-9A-F]+\.result\}$/);
    });
  });

  test('custom_bgp_addresses: primary is an instance-0 APIPA, secondary an instance-1 APIPA, the tunnel\'s own in its instance slot', () => {
    const { json, vpn } = build({ peers: ['aws'] });
    const conns = named(json, 'azurerm_virtual_network_gateway_connection', '/Azure/Aws/');
    const azureAddr = vpn.awsTunnelCidrs.map((c) => c.second);
    conns.forEach((c) => {
      expect(apipa(json, 0)).toContain(c.custom_bgp_addresses.primary);
      expect(apipa(json, 1)).toContain(c.custom_bgp_addresses.secondary);
    });
    // AWS connection 0 (tunnels 0, 1) points at Azure instance 0, connection 1 (tunnels 2, 3) at instance 1.
    expect(conns[0].custom_bgp_addresses).toEqual({ primary: azureAddr[0], secondary: azureAddr[2] });
    expect(conns[1].custom_bgp_addresses).toEqual({ primary: azureAddr[1], secondary: azureAddr[3] });
    expect(conns[2].custom_bgp_addresses).toEqual({ primary: azureAddr[0], secondary: azureAddr[2] });
    expect(conns[3].custom_bgp_addresses).toEqual({ primary: azureAddr[1], secondary: azureAddr[3] });
    expect(apipa(json, 0).sort()).toEqual([azureAddr[0], azureAddr[1]].sort());
    expect(apipa(json, 1).sort()).toEqual([azureAddr[2], azureAddr[3]].sort());
  });
});

describe('S2SVpnBackup — AWS', () => {
  test('two customer gateways for the Azure public IPs with the Azure ASN', () => {
    const { synth, json } = build({ peers: ['aws'] });
    expect(synth).toHaveResourceWithProperties(CustomerGateway, { type: 'ipsec.1', bgp_asn: '65515' });
    const cgws = resources(json, 'aws_customer_gateway');
    const pips = Object.keys(json.resource.azurerm_public_ip);
    expect(cgws.map((c) => c.ip_address)).toEqual(pips.map((p) => `\${azurerm_public_ip.${p}.ip_address}`));
  });

  test('two VPN connections to the VGW: 4 tunnels with inside CIDRs in the Azure window, off AWS\'s reserved list', () => {
    const { synth, json, vpn } = build({ peers: ['aws'] });
    expect(synth).toHaveResourceWithProperties(VpnConnection, { type: 'ipsec.1', static_routes_only: false });
    const conns = resources(json, 'aws_vpn_connection');
    const vgw = Object.keys(json.resource.aws_vpn_gateway)[0];
    const cidrs = conns.flatMap((c) => [c.tunnel1_inside_cidr, c.tunnel2_inside_cidr]);
    expect(cidrs).toEqual(vpn.awsTunnelCidrs.map((c) => c.text));
    expect(new Set(cidrs).size).toBe(4);
    for (const c of cidrs) {
      const x = Cidr.parse(c);
      expect(x.prefixLength).toBe(30);
      expect(['169.254.21.0/24', '169.254.22.0/24'].some((w) => Cidr.parse(w).contains(x))).toBe(true);
      expect(AWS_RESERVED_TUNNEL_CIDRS.some((r) => Cidr.parse(r).overlaps(x))).toBe(false);
    }
    for (const c of conns) {
      expect(c.vpn_gateway_id).toBe(`\${aws_vpn_gateway.${vgw}.id}`);
      expect(c.transit_gateway_id).toBeUndefined();
    }
  });

  test('explicit IKE version, algorithms, DH groups and lifetimes matching the Azure policy; AWS starts the tunnels', () => {
    const { json } = build({ peers: ['aws'] });
    for (const c of resources(json, 'aws_vpn_connection')) {
      for (const t of [1, 2]) {
        expect(c).toMatchObject({
          [`tunnel${t}_ike_versions`]: ['ikev2'],
          [`tunnel${t}_phase1_encryption_algorithms`]: ['AES256'],
          [`tunnel${t}_phase1_integrity_algorithms`]: ['SHA2-384'],
          [`tunnel${t}_phase1_dh_group_numbers`]: [20],
          [`tunnel${t}_phase1_lifetime_seconds`]: 28800,
          [`tunnel${t}_phase2_encryption_algorithms`]: ['AES256-GCM-16'],
          [`tunnel${t}_phase2_dh_group_numbers`]: [20],
          [`tunnel${t}_phase2_lifetime_seconds`]: 3600,
          [`tunnel${t}_startup_action`]: 'start',
          [`tunnel${t}_dpd_timeout_action`]: 'restart',
        });
        expect(c[`tunnel${t}_preshared_key`]).toMatch(/^\$\{random_password\..+\.result\}$/);
      }
    }
  });

  test('a transit gateway hub terminates the connections on the TGW', () => {
    const { json } = build({ peers: ['aws'], aws: { transitGatewayId: 'tgw-0123', transitGatewayAsn: 64600 } });
    for (const c of resources(json, 'aws_vpn_connection')) {
      expect(c.transit_gateway_id).toBe('tgw-0123');
      expect(c.vpn_gateway_id).toBeUndefined();
    }
    for (const l of named(json, 'azurerm_local_network_gateway', '/Azure/Aws/')) expect(l.bgp_settings.asn).toBe(64600);
  });

  test('user-given tunnel CIDRs are used as given', () => {
    const given = ['169.254.21.0/30', '169.254.22.0/30', '169.254.21.4/30', '169.254.22.4/30'];
    const { json } = build({ peers: ['aws'], props: { awsTunnelInsideCidrs: given } });
    const conns = resources(json, 'aws_vpn_connection');
    expect(conns.flatMap((c) => [c.tunnel1_inside_cidr, c.tunnel2_inside_cidr])).toEqual(given);
    expect(apipa(json, 0).sort()).toEqual(['169.254.21.2', '169.254.22.2']);
    expect(apipa(json, 1).sort()).toEqual(['169.254.21.6', '169.254.22.6']);
  });
});

describe('S2SVpnBackup — Google Cloud', () => {
  test('HA VPN gateway and an external gateway with the two Azure IPs (TWO_IPS_REDUNDANCY)', () => {
    const { synth, json } = build({ peers: ['gcp'] });
    expect(synth).toHaveResourceWithProperties(ComputeExternalVpnGateway, { redundancy_type: 'TWO_IPS_REDUNDANCY' });
    const pips = Object.keys(json.resource.azurerm_public_ip);
    expect(resources(json, 'google_compute_external_vpn_gateway')[0].interface).toEqual(
      pips.map((p, i) => ({ id: i, ip_address: `\${azurerm_public_ip.${p}.ip_address}` })));
    expect(resources(json, 'google_compute_ha_vpn_gateway')[0]).toMatchObject({ network: 'hub-vpc', region: 'us-east4', project: 'net-project' });
  });

  test('two tunnels: interface i to peer interface i, IKEv2, on the HA VPN router', () => {
    const { json } = build({ peers: ['gcp'] });
    const router = Object.keys(json.resource.google_compute_router)[0];
    expect(json.resource.google_compute_router[router].bgp.asn).toBe(64514);
    resources(json, 'google_compute_vpn_tunnel').forEach((t, i) => {
      expect(t).toMatchObject({ vpn_gateway_interface: i, peer_external_gateway_interface: i, ike_version: 2, router: `\${google_compute_router.${router}.id}` });
      expect(t.shared_secret).toMatch(/^\$\{random_password\..+\.result\}$/);
    });
  });

  test('router interfaces and BGP peers use the planned link-local addresses; backup priority 10200', () => {
    const { json, vpn } = build({ peers: ['gcp'] });
    const ifs = resources(json, 'google_compute_router_interface');
    const peers = resources(json, 'google_compute_router_peer');
    vpn.gcpTunnelCidrs.forEach((c, i) => {
      expect(ifs[i].ip_range).toBe(`${c.first}/30`);
      expect(peers[i]).toMatchObject({ ip_address: c.first, peer_ip_address: c.second, peer_asn: 65515, advertised_route_priority: 10200 });
      expect(inWindow(c.second)).toBe(true);
    });
  });

  test('a primary role keeps Google\'s default priority 100', () => {
    const { json } = build({ peers: ['gcp'], props: { role: LinkRole.PRIMARY } });
    for (const p of resources(json, 'google_compute_router_peer')) expect(p.advertised_route_priority).toBe(100);
  });

  test('Azure side: one local network gateway per HA VPN interface IP, with the router ASN', () => {
    const { json, vpn } = build({ peers: ['gcp'] });
    const ha = Object.keys(json.resource.google_compute_ha_vpn_gateway)[0];
    const lgws = named(json, 'azurerm_local_network_gateway', '/Azure/Gcp/');
    expect(lgws.map((l) => l.gateway_address)).toEqual([0, 1].map((i) => `\${google_compute_ha_vpn_gateway.${ha}.vpn_interfaces[${i}].ip_address}`));
    lgws.forEach((l, i) => expect(l.bgp_settings).toEqual({ asn: 64514, bgp_peering_address: vpn.gcpTunnelCidrs[i].first }));
    const conns = named(json, 'azurerm_virtual_network_gateway_connection', '/Azure/Gcp/');
    const own = vpn.gcpTunnelCidrs.map((c) => c.second);
    expect(conns.map((c) => c.custom_bgp_addresses)).toEqual([
      { primary: own[0], secondary: own[1] },
      { primary: own[0], secondary: own[1] },
    ]);
  });
});

describe('S2SVpnBackup — OCI', () => {
  test('a CPE per Azure public IP and an IPSec connection per CPE on the hub DRG', () => {
    const { json } = build({ peers: ['oci'] });
    const pips = Object.keys(json.resource.azurerm_public_ip);
    expect(resources(json, 'oci_core_cpe').map((c) => c.ip_address)).toEqual(pips.map((p) => `\${azurerm_public_ip.${p}.ip_address}`));
    const drg = Object.keys(json.resource.oci_core_drg)[0];
    const cpes = Object.keys(json.resource.oci_core_cpe);
    resources(json, 'oci_core_ipsec').forEach((c, i) => {
      expect(c).toMatchObject({ drg_id: `\${oci_core_drg.${drg}.id}`, cpe_id: `\${oci_core_cpe.${cpes[i]}.id}`, static_routes: ['10.10.0.0/16'] });
    });
  });

  test('four managed tunnels: BGP, IKEv2, BGP session addresses, phase one/two matching Azure', () => {
    const { json, vpn } = build({ peers: ['oci'] });
    const lookups = Object.keys(json.data.oci_core_ipsec_connection_tunnels);
    expect(lookups).toHaveLength(2);
    resources(json, 'oci_core_ipsec_connection_tunnel_management').forEach((t, i) => {
      const c = vpn.ociTunnelCidrs[i];
      expect(t).toMatchObject({
        routing: 'BGP',
        ike_version: 'V2',
        tunnel_id: `\${data.oci_core_ipsec_connection_tunnels.${lookups[Math.floor(i / 2)]}.ip_sec_connection_tunnels[${i % 2}].id}`,
        bgp_session_info: [{ customer_bgp_asn: '65515', customer_interface_ip: `${c.second}/30`, oracle_interface_ip: `${c.first}/30` }],
        phase_one_details: [{ is_custom_phase_one_config: true, custom_encryption_algorithm: 'AES_256_CBC', custom_authentication_algorithm: 'SHA2_384', custom_dh_group: 'GROUP20', lifetime: 28800 }],
        phase_two_details: [{ is_custom_phase_two_config: true, custom_encryption_algorithm: 'AES_256_GCM', is_pfs_enabled: true, dh_group: 'GROUP20', lifetime: 3600 }],
      });
      expect(t.shared_secret).toMatch(/^\$\{random_password\..+\.result\}$/);
    });
  });

  test('Azure side: local network gateways at the Oracle headends with ASN 31898; the VCN routes Azure to the DRG', () => {
    const { json, vpn } = build({ peers: ['oci'] });
    const tunnels = Object.keys(json.resource.oci_core_ipsec_connection_tunnel_management);
    named(json, 'azurerm_local_network_gateway', '/Azure/Oci/').forEach((l, i) => {
      expect(l.gateway_address).toBe(`\${oci_core_ipsec_connection_tunnel_management.${tunnels[i]}.vpn_ip}`);
      expect(l.bgp_settings).toEqual({ asn: 31898, bgp_peering_address: vpn.ociTunnelCidrs[i].first });
    });
    const rt = resources(json, 'oci_core_route_table')[0];
    expect(rt.route_rules.map((r: any) => r.destination)).toEqual(['10.10.0.0/16']);
  });

  test('the OCI resources pass the provider schema check', () => {
    const dir = mkdtempSync(join(tmpdir(), 's2s-oci-'));
    try {
      const app = new App({ outdir: dir });
      new S2SVpnStack(app, 's2s-vpn-backup');
      app.synth();
      const out = execFileSync('node', ['/work/shared/tools/check-oci-schema.mjs', dir], { encoding: 'utf8' });
      expect(out).toMatch(/ 0 problems/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('S2SVpnBackup — pre-shared keys', () => {
  test('a random_password per tunnel: 32 letters, no digits or specials, with keepers', () => {
    const { json } = build();
    const pw = resources(json, 'random_password');
    expect(pw).toHaveLength(10);
    for (const p of pw) {
      expect(p).toMatchObject({ length: 32, special: false, numeric: false, upper: true, lower: true, min_upper: 1, min_lower: 1 });
      expect(p.keepers).toEqual({ tunnel: expect.stringMatching(/^(aws|gcp|oci)-tunnel\d$/), version: '1' });
    }
  });

  test('preSharedKeyVersion rotates every generated key', () => {
    const { json } = build({ peers: ['aws'], props: { preSharedKeyVersion: '2' } });
    for (const p of resources(json, 'random_password')) expect(p.keepers.version).toBe('2');
  });

  test('the synthesized JSON contains no pre-shared key literal', () => {
    const check = (json: any): void => {
      let seen = 0;
      const walk = (x: any, key: string): void => {
        if (x && typeof x === 'object') {
          for (const [k, v] of Object.entries(x)) walk(v, k);
        } else if (/shared_key|preshared_key|shared_secret/.test(key)) {
          seen++;
          expect(String(x)).toMatch(/^\$\{[^}]+\}$/);
        }
      };
      walk(json, '');
      expect(seen).toBe(20);
    };
    check(build().json);
    check(build({ before: (s) => ({ preSharedKey: new TerraformVariable(s, 'psk', { type: 'string', sensitive: true }) }) }).json);
  });

  test('fails when the pre-shared key variable has a default (the key itself in cdk.tf.json), without echoing it', () => {
    expect(() => build({ before: (st) => ({ preSharedKey: new TerraformVariable(st, 'psk', { type: 'string', sensitive: true, default: 'abcdefghijklmnopqrstuvwxyz123456' }) }) }))
      .toThrow(/`preSharedKey` = "var.psk": the variable holding the key has a default, which is the key itself written into cdk.tf.json.*Fix: remove the default/);
    try {
      build({ before: (st) => ({ preSharedKey: new TerraformVariable(st, 'psk', { type: 'string', sensitive: true, default: 'abcdefghijklmnopqrstuvwxyz123456' }) }) });
    } catch (e) {
      expect(String(e)).not.toContain('abcdefghij');
    }
  });

  test('a sensitive variable supplies every key and gets the AWS and OCI format validations', () => {
    const { json } = build({ before: (s) => ({ preSharedKey: new TerraformVariable(s, 'psk', { type: 'string', sensitive: true }) }) });
    expect(json.resource.random_password).toBeUndefined();
    for (const c of resources(json, 'azurerm_virtual_network_gateway_connection').filter((x) => x.type === 'IPsec')) expect(c.shared_key).toBe('${var.psk}');
    expect(json.variable.psk.sensitive).toBe(true);
    expect(json.variable.psk.validation).toEqual([{
      condition: '${can(regex("^[A-Za-z1-9._][A-Za-z0-9._]{7,63}$", var.psk))}',
      error_message: expect.stringContaining('must not start with "0"'),
    }, {
      condition: '${can(regex("^[A-Za-z0-9 ]+$", var.psk))}',
      error_message: expect.stringContaining('only letters, digits and spaces'),
    }]);
  });

  test('outputs that carry keys are sensitive', () => {
    const { json } = build({ props: { outputPreSharedKeys: true } });
    const outs = Object.values(json.output) as any[];
    expect(outs).toHaveLength(3);
    for (const o of outs) expect(o.sensitive).toBe(true);
  });
});

describe('S2SVpnBackup — connectivity model', () => {
  test('records one backup VPN link per peer with sessions, ASNs, addresses and limit types', () => {
    const { vpn, stack } = build();
    const links = AppContext.of(stack).model.links.filter((l) => l.pattern === 'S2SVpnBackup');
    expect(links.map((l) => l.clouds[1])).toEqual(['AWS', 'Google Cloud', 'OCI']);
    for (const l of links) {
      expect(l).toMatchObject({ kind: LinkKind.VPN, role: LinkRole.BACKUP, gatewayMbps: 1250, gatewayName: 'Azure VPN gateway VpnGw2AZ' });
      for (const s of l.sessions) {
        expect(s.initiator).toBe(BgpInitiator.B);
        expect(s.a).toMatchObject({ cloud: 'Azure', asn: 65515, receiveLimitType: SessionType.AZURE_VPN, originates: ['10.10.0.0/16'] });
        expect(Cidr.parse(s.subnet!).firstUsable).toBe(s.b.address);
        expect(Cidr.parse(s.subnet!).secondUsable).toBe(s.a.address);
      }
    }
    const [aws, gcp, oci] = links;
    expect(aws.sessions).toHaveLength(4);
    expect(aws.sessions[0].b).toMatchObject({ asn: 64512, receiveLimitType: SessionType.AWS_VPN, originates: ['10.30.0.0/16'] });
    expect(aws.tunnelMbps).toBe(5000);
    expect(gcp.sessions.map((s) => s.b.asn)).toEqual([64514, 64514]);
    expect(gcp.sessions[0].b.receiveLimitType).toBe(SessionType.GCP_CLOUD_ROUTER);
    expect(oci.sessions[0].b).toMatchObject({ asn: 31898, receiveLimitType: SessionType.OCI_IPSEC, originates: ['10.20.1.0/24', '10.20.2.0/24'] });
    expect(aws.sessions.map((s) => s.a.node.endsWith('instance-0'))).toEqual([true, true, false, false]);
    expect(vpn.role).toBe(LinkRole.BACKUP);
  });
});

describe('S2SVpnBackup — IKE/IPsec', () => {
  test('overrides apply to both ends', () => {
    const { json } = build({ peers: ['aws'], props: { ipsecOverrides: { ipsecEncryption: IpsecEncryption.AES256, ipsecIntegrity: IpsecIntegrity.SHA256, dhGroup: DhGroup.GROUP14 } } });
    const az = named(json, 'azurerm_virtual_network_gateway_connection', '/Azure/Aws/')[0];
    expect(az.ipsec_policy).toMatchObject({ ipsec_encryption: 'AES256', ipsec_integrity: 'SHA256', dh_group: 'DHGroup14' });
    const aws = resources(json, 'aws_vpn_connection')[0];
    expect(aws).toMatchObject({ tunnel1_phase2_encryption_algorithms: ['AES256'], tunnel1_phase2_integrity_algorithms: ['SHA2-256'], tunnel1_phase1_dh_group_numbers: [14] });
  });

  test('a weak override is used with a warning', () => {
    const { vpn } = build({ peers: ['aws'], props: { ipsecOverrides: { ikeIntegrity: IkeIntegrity.SHA1 } } });
    expect(warnings(vpn).some((w) => /SHA1 is weak/.test(w))).toBe(true);
  });
});

describe('S2SVpnBackup — determinism and snapshots', () => {
  test('two synths are equal', () => {
    expect(build().synth).toEqual(build().synth);
  });

  test.each(['aws', 'gcp', 'oci'] as Peer[])('snapshot: Azure to %s', (peer) => {
    expect(build({ peers: [peer] }).synth).toMatchSnapshot();
  });
});

describe('S2SVpnBackup — bad input', () => {
  test('fails when VPN patterns sharing one hub exceed the gateway SKU\'s tunnel limit', () => {
    // VpnGw2AZ: 30 site-to-site connections; each VPN to AWS takes 4 (two customer gateways x two tunnels)
    const stack = new TerraformStack(Testing.app(), 'test');
    const azure = new AzureHub(stack, 'Azure', AZURE);
    const vpnTo = (i: number) => new S2SVpnBackup(stack, `Vpn${i}`, {
      azure,
      aws: new AwsHub(stack, `Aws${i}`, { vpcId: `vpc-${i}`, vpcCidrs: [`10.${60 + i}.0.0/16`], region: 'us-east-1' }),
    });
    for (let i = 0; i < 7; i++) vpnTo(i); // 28 connections
    expect(() => vpnTo(7)).toThrow(/\[test\/Vpn7\] `vpnGatewaySku` = "VpnGw2AZ": the hub's VPN gateway would carry 32 site-to-site connections \(test\/Vpn7 adds 4\); VpnGw2AZ supports 30/);
  });

  test('fails when no peer cloud is given', () => {
    expect(() => build({ peers: [] })).toThrow(/`aws`/);
  });

  test('fails when a tunnel CIDR lies outside Azure\'s APIPA window', () => {
    expect(() => build({ peers: ['aws'], props: { awsTunnelInsideCidrs: ['169.254.30.0/30', '169.254.21.4/30', '169.254.21.8/30', '169.254.21.12/30'] } }))
      .toThrow(/`awsTunnelInsideCidrs\[0\]`.*169\.254\.21\.0-169\.254\.22\.255/);
    expect(() => build({ peers: ['gcp'], props: { gcpTunnelInsideCidrs: ['169.254.21.0/30', '169.254.100.0/30'] } }))
      .toThrow(/`gcpTunnelInsideCidrs\[1\]`/);
    expect(() => build({ peers: ['oci'], props: { ociTunnelInsideCidrs: ['169.254.21.0/30', '169.254.21.4/30', '10.0.0.0/30', '169.254.21.12/30'] } }))
      .toThrow(/`ociTunnelInsideCidrs\[2\]`/);
  });

  test('fails when a tunnel CIDR is on AWS\'s reserved list', () => {
    expect(() => build({ peers: ['aws'], props: { awsTunnelInsideCidrs: ['169.254.5.0/30', '169.254.21.4/30', '169.254.21.8/30', '169.254.21.12/30'] } }))
      .toThrow(/`awsTunnelInsideCidrs\[0\]`.*reserved 169\.254\.5\.0\/30/);
  });

  test('fails when a tunnel CIDR is not a /30', () => {
    expect(() => build({ peers: ['aws'], props: { awsTunnelInsideCidrs: ['169.254.21.0/29', '169.254.21.8/30', '169.254.21.12/30', '169.254.21.16/30'] } }))
      .toThrow(/`awsTunnelInsideCidrs\[0\]`/);
  });

  test('fails when tunnel /30s are duplicated', () => {
    expect(() => build({ peers: ['aws'], props: { awsTunnelInsideCidrs: ['169.254.21.0/30', '169.254.21.0/30', '169.254.21.8/30', '169.254.21.12/30'] } }))
      .toThrow(/`awsTunnelInsideCidrs\[1\]`.*already used/);
    expect(() => build({ peers: ['aws', 'gcp'], props: {
      awsTunnelInsideCidrs: ['169.254.21.0/30', '169.254.21.4/30', '169.254.21.8/30', '169.254.21.12/30'],
      gcpTunnelInsideCidrs: ['169.254.22.0/30', '169.254.21.4/30'],
    } })).toThrow(/`gcpTunnelInsideCidrs\[1\]`.*already used/);
  });

  test('fails when the wrong number of tunnel CIDRs is given', () => {
    expect(() => build({ peers: ['aws'], props: { awsTunnelInsideCidrs: ['169.254.21.0/30'] } })).toThrow(/`awsTunnelInsideCidrs`/);
  });

  test('fails when a tunnel CIDR is a token', () => {
    expect(() => build({ peers: ['gcp'], before: (s) => ({ gcpTunnelInsideCidrs: [new TerraformVariable(s, 'c', { type: 'string' }).stringValue, '169.254.21.4/30'] }) }))
      .toThrow(/`gcpTunnelInsideCidrs\[0\]`/);
  });

  test('fails when the Azure ASN reuses AWS\'s default 64512', () => {
    expect(() => build({ peers: ['aws'], props: { azureAsn: 64512 } })).toThrow(/`azureAsn` = 64512.*default Amazon-side ASN/);
  });

  test('fails when the Azure ASN equals the AWS gateway\'s custom ASN', () => {
    expect(() => build({ peers: ['aws'], props: { azureAsn: 65010 }, aws: { amazonSideAsn: 65010 } })).toThrow(/`azureAsn`/);
  });

  test('fails when the AWS gateway takes Azure\'s default 65515, blaming the AWS property the user set', () => {
    expect(() => build({ peers: ['aws'], aws: { amazonSideAsn: 65515 } }))
      .toThrow(/\[test\/VpnBackup\] `aws.amazonSideAsn` = 65515: the Azure VPN gateway \(at its default ASN\) and the AWS virtual private gateway would both use ASN 65515.*Fix: give the AWS gateway another private ASN/);
    expect(() => build({ peers: ['aws'], aws: { amazonSideAsn: 65514 } })).not.toThrow();
  });

  test('fails when the Azure ASN equals the Google router ASN', () => {
    expect(() => build({ peers: ['gcp'], props: { azureAsn: 64514 } })).toThrow(/`azureAsn`/);
  });

  test('fails when the Azure ASN is one Azure reserves', () => {
    expect(() => build({ peers: ['aws'], props: { azureAsn: 65520 } })).toThrow(/`azureAsn` = 65520/);
  });

  test('fails when the Azure ASN is Oracle\'s 31898', () => {
    expect(() => build({ peers: ['oci'], props: { azureAsn: 31898 } })).toThrow(/`azureAsn` = 31898/);
  });

  test('fails when the Azure ASN is one AWS reserves for customer gateways', () => {
    expect(() => build({ peers: ['aws'], props: { azureAsn: 7224 } })).toThrow(/`azureAsn` = 7224.*AWS reserves/);
  });

  test('fails when the AWS ASN is one Azure reserves', () => {
    expect(() => build({ peers: ['aws'], aws: { amazonSideAsn: 65517 } })).toThrow(/`aws.amazonSideAsn` = 65517/);
  });

  test('fails when the Google router ASN is one Azure reserves', () => {
    expect(() => build({ peers: ['gcp'], gcp: { vpnRouterAsn: 65518 } })).toThrow(/`gcp.vpnRouterAsn` = 65518/);
  });

  test('fails when the GatewaySubnet is too small for coexistence', () => {
    expect(() => build({ peers: ['aws'], azure: { gatewaySubnetCidr: '10.10.255.0/28' } })).toThrow(/`gatewaySubnetCidr`.*\/27/);
  });

  test('fails when the VPN gateway SKU has no BGP or active-active', () => {
    expect(() => build({ peers: ['aws'], props: { vpnGatewaySku: 'Basic' } })).toThrow(/`vpnGatewaySku`/);
  });

  test('fails when a pre-shared key is a plain string, without echoing it', () => {
    let message = '';
    try {
      build({ peers: ['aws'], props: { preSharedKey: 'SuperSecret123' as any } });
    } catch (e) {
      message = String((e as Error).message);
    }
    expect(message).toMatch(/`preSharedKey`/);
    expect(message).not.toContain('SuperSecret123');
  });

  test('fails when the pre-shared key variable is not sensitive', () => {
    expect(() => build({ peers: ['aws'], before: (s) => ({ preSharedKey: new TerraformVariable(s, 'psk', { type: 'string' }) }) }))
      .toThrow(/`preSharedKey`.*sensitive/);
  });

  test('fails when the two ends share no IKE version, asking for a VPN termination endpoint', () => {
    expect(() => build({ peers: ['aws'], props: { azureIkeVersions: [IkeVersion.IKEV2], awsIkeVersions: [IkeVersion.IKEV1] } }))
      .toThrow(/`awsIkeVersions`.*VPN termination endpoint/);
  });

  test('fails when an override is not accepted by both ends', () => {
    expect(() => build({ peers: ['aws'], props: { ipsecOverrides: { ikeIntegrity: IkeIntegrity.SHA512 } } })).toThrow(/`ipsecOverrides.ikeIntegrity`/);
  });

  test('fails when the networks overlap', () => {
    expect(() => build({ peers: ['aws'], aws: { vpcCidrs: ['10.10.128.0/20'] } })).toThrow(/`aws.vpcCidrs`/);
  });

  test('fails when the Google advertised route priority is out of range', () => {
    expect(() => build({ peers: ['gcp'], props: { gcpAdvertisedRoutePriority: 70000 } })).toThrow(/`gcpAdvertisedRoutePriority`/);
  });

  test('fails when a hub range or location is a token (the plan needs them at synth); ids and tags may be tokens', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'test');
    const v = (id: string, type = 'string'): TerraformVariable => new TerraformVariable(stack, id, { type });
    expect(() => new AzureHub(stack, 'A1', { ...AZURE, location: v('location').stringValue })).toThrow(/\[test\/A1\] `location` = "\(a Terraform token\)": must be known at synth/);
    expect(() => new AwsHub(stack, 'W1', { ...AWS, vpcCidrs: v('vpc', 'list(string)').listValue })).toThrow(/\[test\/W1\] `vpcCidrs` = "\(a Terraform token\)": must be known at synth/);
    expect(() => new OciHub(stack, 'O1', { ...OCI, vcnCidrs: ['10.30.0.0/16', v('vcn').stringValue] })).toThrow(/\[test\/O1\] `vcnCidrs\[1\]` = "\(a Terraform token\)": must be known at synth/);
    const azure = new AzureHub(stack, 'AzureHub', { ...AZURE, resourceGroupName: v('rg').stringValue });
    const aws = new AwsHub(stack, 'AwsHub', { ...AWS, vpcId: v('vpc_id').stringValue });
    const oci = new OciHub(stack, 'OciHub', OCI);
    expect(() => new S2SVpnBackup(stack, 'VpnBackup', { azure, aws, oci, azureAsn: v('asn', 'number').numberValue })).toThrow(/\[test\/VpnBackup\] `azureAsn` = "\(a Terraform token\)": must be known at synth/);
    new S2SVpnBackup(stack, 'Backup', { azure, aws, oci });
    const json = JSON.parse(Testing.synth(stack));
    expect(resources(json, 'aws_vpn_gateway')[0].vpc_id).toBe('${var.vpc_id}');
    expect(resources(json, 'azurerm_virtual_network_gateway')[0].resource_group_name).toBe('${var.rg}');
  });
});
