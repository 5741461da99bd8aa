// AzureVirtualWanHub: a Virtual WAN virtual hub (created or existing) whose ExpressRoute and site-to-site VPN
// gateways every pattern on the hub shares. The tests read the synthesized JSON (what Terraform gets), the
// connectivity model (what the report and the checks reason on) and the validation errors of every rule.
import { App, TerraformStack, Testing } from 'cdktf';
import { AppContext } from '../../lib/core/context';
import { AwsHub } from '../../lib/hubs/aws-hub';
import { AzureHub } from '../../lib/hubs/azure-hub';
import { AzureVirtualWanHub, AzureVirtualWanHubProps } from '../../lib/hubs/azure-virtual-wan-hub';
import { GcpHub } from '../../lib/hubs/gcp-hub';
import { OciHub } from '../../lib/hubs/oci-hub';
import { DeployStage } from '../../lib/links/deploy-stage';
import { ExpressRouteLink } from '../../lib/links/expressroute';
import { Cidr } from '../../lib/plan/addressing/cidr';
import { Cloud } from '../../lib/plan/facts/clouds';
import { BgpSessionRecord } from '../../lib/plan/routing/model';
import { ConnectivitySnapshot, PropagationResult, RoutePropagation } from '../../lib/plan/routing/propagation';
import { ExpressRouteToOracle } from '../../lib/patterns/expressroute-to-oracle';
import { L2ProviderMultiCloud, L2ProviderMultiCloudProps } from '../../lib/patterns/l2-provider-multicloud';
import { S2SVpnBackup, S2SVpnBackupProps } from '../../lib/patterns/s2s-vpn-backup';
import { L3ProviderMultiCloud } from '../../lib/patterns/l3-provider-multicloud';
import { VrfMode } from '../../lib/plan/routing/l3-propagation';
import { AWS_HUB, GCP_HUB, OCI_HUB, providerStack, synthJson } from '../support/fixtures';
import { expectValidationError } from '../support/errors';

const HUB: AzureVirtualWanHubProps = {
  resourceGroupName: 'rg-vwan',
  location: 'eastus',
  name: 'vhub-eastus',
  hubAddressPrefix: '10.90.0.0/23',
  connectedAddressSpaces: ['10.91.0.0/16', '10.92.0.0/16'],
};
const VHUB_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-vwan/providers/Microsoft.Network/virtualHubs/vhub-existing';
const VWAN_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-vwan/providers/Microsoft.Network/virtualWans/vwan-existing';
const CUSTOMER_ASN = 65020;
const ON_PREM = '172.30.0.0/16';
const MICROSOFT_EDGE_ASN = 12076;
const VIRTUAL_HUB_ASN = 65515;

const values = (json: any, kind: 'resource' | 'data', type: string): any[] => Object.values(json[kind]?.[type] ?? {});

interface Built { stack: TerraformStack; azure: AzureVirtualWanHub; aws: AwsHub; gcp: GcpHub }

function vwan(props: Partial<AzureVirtualWanHubProps> = {}, app?: App): Built {
  const stack = providerStack('test', app);
  return {
    stack,
    azure: new AzureVirtualWanHub(stack, 'VirtualHub', { ...HUB, ...props }),
    aws: new AwsHub(stack, 'AwsHub', AWS_HUB),
    gcp: new GcpHub(stack, 'GcpHub', GCP_HUB),
  };
}

/** The example's Layer 2 props (circuit through Equinix, on-premises router with Direct Connect to AWS). */
function l2Props(h: Built, overrides: Partial<L2ProviderMultiCloudProps> = {}): L2ProviderMultiCloudProps {
  return {
    azure: h.azure,
    aws: h.aws,
    customerRouterAsn: CUSTOMER_ASN,
    peeringRange: ['192.168.210.0/24'],
    onPremisesPrefixes: [ON_PREM],
    serviceProviderName: 'Equinix',
    peeringLocation: 'Washington DC',
    bandwidthMbps: 1000,
    azureVlan: 110,
    awsConnectionId: 'dxcon-ffabc210',
    awsVlan: 210,
    ...overrides,
  };
}

function vpn(hub: Partial<AzureVirtualWanHubProps> = {}, props: Partial<S2SVpnBackupProps> = {}) {
  const h = vwan(hub);
  const pattern = new S2SVpnBackup(h.stack, 'Vpn', { azure: h.azure, aws: h.aws, ...props });
  return { ...h, pattern, json: synthJson(h.stack) };
}

/** An address as a number, to compare against a range. */
const ipNumber = (ip: string): number => ip.split('.').reduce((n, o) => n * 256 + Number(o), 0);
const inCustomApipaRange = (ip: string): boolean => ipNumber(ip) >= ipNumber('169.254.21.0') && ipNumber(ip) <= ipNumber('169.254.22.255');

describe('AzureVirtualWanHub: the virtual hub', () => {
  test('creates a Standard Virtual WAN with branch-to-branch traffic and a Standard virtual hub in it', () => {
    // GIVEN / WHEN
    const { stack } = vwan();
    const json = synthJson(stack);
    // THEN
    const wans = Object.entries(json.resource.azurerm_virtual_wan) as Array<[string, any]>;
    expect(wans).toHaveLength(1);
    const [wanName, wan] = wans[0];
    expect(wan).toMatchObject({ type: 'Standard', allow_branch_to_branch_traffic: true, location: 'eastus', resource_group_name: 'rg-vwan' });
    const hubs = values(json, 'resource', 'azurerm_virtual_hub');
    expect(hubs).toHaveLength(1);
    expect(hubs[0]).toMatchObject({
      name: 'vhub-eastus',
      address_prefix: '10.90.0.0/23',
      sku: 'Standard',
      hub_routing_preference: 'ExpressRoute',
      virtual_wan_id: `\${azurerm_virtual_wan.${wanName}.id}`,
    });
    // no gateway until a pattern asks for one
    expect(values(json, 'resource', 'azurerm_express_route_gateway')).toEqual([]);
    expect(values(json, 'resource', 'azurerm_vpn_gateway')).toEqual([]);
  });

  test('branchToBranchTraffic: false reaches the Virtual WAN it creates', () => {
    const json = synthJson(vwan({ branchToBranchTraffic: false }).stack);
    expect(values(json, 'resource', 'azurerm_virtual_wan')[0].allow_branch_to_branch_traffic).toBe(false);
  });

  test('with virtualWanId, the hub goes into that Virtual WAN and no Virtual WAN is created', () => {
    const { stack, azure } = vwan({ virtualWanId: VWAN_ID });
    const json = synthJson(stack);
    expect(json.resource.azurerm_virtual_wan).toBeUndefined();
    expect(values(json, 'resource', 'azurerm_virtual_hub')[0].virtual_wan_id).toBe(VWAN_ID);
    expect(azure.virtualWan).toBeUndefined();
    expect(azure.virtualWanId).toBe(VWAN_ID);
  });

  test('an existing hub is read at plan, never created, with its prefix and router ASN as postconditions', () => {
    const { stack, azure } = vwan({ existingVirtualHubId: VHUB_ID });
    const json = synthJson(stack);
    expect(json.resource?.azurerm_virtual_hub).toBeUndefined();
    expect(json.resource?.azurerm_virtual_wan).toBeUndefined();
    const states = values(json, 'data', 'azurerm_virtual_hub');
    expect(states).toHaveLength(1);
    expect(states[0]).toMatchObject({ name: 'vhub-existing', resource_group_name: 'rg-vwan' });
    const conditions: string[] = states[0].lifecycle.postcondition.map((c: any) => c.condition);
    expect(conditions).toHaveLength(2);
    expect(conditions.find((c) => c.includes('address_prefix'))).toContain('"10.90.0.0/23"');
    expect(conditions.find((c) => c.includes('virtual_router_asn'))).toContain(String(VIRTUAL_HUB_ASN));
    expect(azure.virtualHubId).toBe(VHUB_ID);
    // the Virtual WAN's id comes from the hub as read
    expect(azure.virtualWanId).toMatch(/data\.azurerm_virtual_hub\.[\w]+\.virtual_wan_id|TfToken/);
  });
});

describe('AzureVirtualWanHub with S2SVpnBackup', () => {
  test('to AWS: one VPN gateway (AS65515, the hub\'s scale units) and no hub-VNet gateway, public IP or local network gateway', () => {
    const { json } = vpn({ vpnScaleUnits: 3 });
    const gateways = values(json, 'resource', 'azurerm_vpn_gateway');
    expect(gateways).toHaveLength(1);
    expect(gateways[0].bgp_settings.asn).toBe(VIRTUAL_HUB_ASN);
    expect(gateways[0].scale_unit).toBe(3);
    expect(gateways[0].virtual_hub_id).toMatch(/^\$\{azurerm_virtual_hub\.\w+\.id\}$/);
    for (const type of ['azurerm_local_network_gateway', 'azurerm_virtual_network_gateway', 'azurerm_virtual_network_gateway_connection', 'azurerm_public_ip']) {
      expect([type, values(json, 'resource', type)]).toEqual([type, []]);
    }
  });

  test('each gateway instance gets custom APIPA addresses in 169.254.21.0-169.254.22.255, different from the other instance\'s', () => {
    const { json } = vpn();
    const bgp = values(json, 'resource', 'azurerm_vpn_gateway')[0].bgp_settings;
    const ips = [0, 1].map((i) => bgp[`instance_${i}_bgp_peering_address`][0].custom_ips as string[]);
    for (const list of ips) {
      expect(list.length).toBeGreaterThan(0);
      for (const ip of list) expect([ip, inCustomApipaRange(ip)]).toEqual([ip, true]);
    }
    expect(ips[0].filter((ip) => ips[1].includes(ip))).toEqual([]);
  });

  test('one VPN site with a link per AWS tunnel: the AWS ASN, the first host of the tunnel /30, the tunnel\'s outside address', () => {
    const { json, pattern, aws } = vpn();
    const sites = Object.entries(json.resource.azurerm_vpn_site) as Array<[string, any]>;
    expect(sites).toHaveLength(1);
    const [, site] = sites[0];
    expect(site.virtual_wan_id).toMatch(/^\$\{azurerm_virtual_wan\.\w+\.id\}$/);
    expect(site.link).toHaveLength(4);
    const connections = Object.entries(json.resource.aws_vpn_connection) as Array<[string, any]>;
    expect(connections).toHaveLength(2);
    site.link.forEach((link: any, i: number) => {
      const [cnName, cn] = connections[Math.floor(i / 2)];
      const tunnel = (i % 2) + 1;
      expect(link.bgp.asn).toBe(aws.amazonSideAsn);
      // the /30 AWS runs on this tunnel; AWS takes its first host
      const inside = Cidr.parse(cn[`tunnel${tunnel}_inside_cidr`]);
      expect(link.bgp.peering_address).toBe(inside.firstUsable);
      expect(link.ip_address).toBe(`\${aws_vpn_connection.${cnName}.tunnel${tunnel}_address}`);
    });
    // the site links are the pattern's tunnel /30s
    expect(site.link.map((l: any) => l.bgp.peering_address).sort()).toEqual(pattern.awsTunnelCidrs.map((a) => a.first).sort());
  });

  test('one VPN connection with a link connection per site link: BGP, a generated key, IPsec policy, a BGP address per instance', () => {
    const { json } = vpn();
    const connections = values(json, 'resource', 'azurerm_vpn_gateway_connection');
    expect(connections).toHaveLength(1);
    const [cn] = connections;
    const [siteName] = Object.keys(json.resource.azurerm_vpn_site);
    const [gwName] = Object.keys(json.resource.azurerm_vpn_gateway);
    expect(cn.vpn_gateway_id).toBe(`\${azurerm_vpn_gateway.${gwName}.id}`);
    expect(cn.remote_vpn_site_id).toBe(`\${azurerm_vpn_site.${siteName}.id}`);
    expect(cn.vpn_link).toHaveLength(4);
    const passwords = Object.keys(json.resource.random_password);
    const customIps = [0, 1].map((i) => json.resource.azurerm_vpn_gateway[gwName].bgp_settings[`instance_${i}_bgp_peering_address`][0].custom_ips as string[]);
    cn.vpn_link.forEach((l: any, i: number) => {
      expect(l.vpn_site_link_id).toBe(`\${azurerm_vpn_site.${siteName}.link[${i}].id}`);
      expect(l.bgp_enabled).toBe(true);
      expect(l.protocol).toMatch(/^IKEv[12]$/);
      // a reference to a generated password, never a literal
      const key = /^\$\{random_password\.(\w+)\.result\}$/.exec(l.shared_key);
      expect(key).not.toBeNull();
      expect(passwords).toContain(key![1]);
      expect(l.ipsec_policy).toHaveLength(1);
      expect(l.ipsec_policy[0].sa_data_size_kb).toBe(102400000);
      expect(l.ipsec_policy[0]).toEqual(expect.objectContaining({ dh_group: expect.any(String), encryption_algorithm: expect.any(String), sa_lifetime_sec: expect.any(Number) }));
      // one custom BGP address per gateway instance, each one of that instance's custom_ips
      expect(l.custom_bgp_address).toHaveLength(2);
      l.custom_bgp_address.forEach((b: any, inst: number) => {
        expect(b.ip_configuration_id).toBe(`\${azurerm_vpn_gateway.${gwName}.bgp_settings[0].instance_${inst}_bgp_peering_address[0].ip_configuration_id}`);
        expect(customIps[inst]).toContain(b.ip_address);
      });
    });
    // the keys are the ones AWS gets for the same tunnels
    const awsKeys = values(json, 'resource', 'aws_vpn_connection').flatMap((c) => [c.tunnel1_preshared_key, c.tunnel2_preshared_key]);
    expect(cn.vpn_link.map((l: any) => l.shared_key)).toEqual(awsKeys);
  });

  test('each link connection gives the instance the AWS tunnel runs on the address of the tunnel /30 (the host after AWS\'s)', () => {
    const { json } = vpn();
    const [cn] = values(json, 'resource', 'azurerm_vpn_gateway_connection');
    const awsConnections = values(json, 'resource', 'aws_vpn_connection');
    cn.vpn_link.forEach((l: any, i: number) => {
      const instance = Math.floor(i / 2); // customer gateway i is gateway instance i
      const inside = Cidr.parse(awsConnections[instance][`tunnel${(i % 2) + 1}_inside_cidr`]);
      const own = l.custom_bgp_address[instance].ip_address;
      expect(inside.contains(Cidr.parse(`${own}/32`))).toBe(true);
      expect(own).not.toBe(inside.firstUsable);
    });
  });

  test('the AWS customer gateways are the two gateway instances\' public IPs (picked by locals) at AS65515', () => {
    const { json } = vpn();
    const [gwName] = Object.keys(json.resource.azurerm_vpn_gateway);
    const customerGateways = values(json, 'resource', 'aws_customer_gateway');
    expect(customerGateways).toHaveLength(2);
    customerGateways.forEach((g, i) => {
      expect(g.bgp_asn).toBe(String(VIRTUAL_HUB_ASN));
      const local = /^\$\{local\.(\w+)\}$/.exec(g.ip_address);
      expect(local).not.toBeNull();
      const expr: string = json.locals[local![1]];
      expect(expr).toContain(`azurerm_vpn_gateway.${gwName}.ip_configuration`);
      expect(expr).toContain('public_ip_address');
      expect(expr).toContain(`instance_${i}_bgp_peering_address[0].ip_configuration_id`);
    });
  });

  test('to Google Cloud as well: a second site and connection with 2 links, the Cloud Router ASN on each', () => {
    const h = vwan();
    new S2SVpnBackup(h.stack, 'Vpn', { azure: h.azure, aws: h.aws, gcp: h.gcp });
    const json = synthJson(h.stack);
    expect(values(json, 'resource', 'azurerm_vpn_gateway')).toHaveLength(1);
    const sites = Object.entries(json.resource.azurerm_vpn_site) as Array<[string, any]>;
    expect(sites).toHaveLength(2);
    const [gcpSiteName, gcpSite] = sites.find(([, s]) => s.link.length === 2)!;
    for (const l of gcpSite.link) {
      expect(l.bgp.asn).toBe(h.gcp.vpnRouterAsn);
      expect(l.ip_address).toMatch(/^\$\{google_compute_ha_vpn_gateway\.\w+\.vpn_interfaces\[[01]\]\.ip_address\}$/);
    }
    const gcpConnection = values(json, 'resource', 'azurerm_vpn_gateway_connection').find((c) => c.remote_vpn_site_id === `\${azurerm_vpn_site.${gcpSiteName}.id}`);
    expect(gcpConnection.vpn_link).toHaveLength(2);
    for (const l of gcpConnection.vpn_link) expect(l.shared_key).toMatch(/^\$\{random_password\.\w+\.result\}$/);
    // every APIPA address of the gateway is distinct across the AWS and Google tunnels
    const bgp = values(json, 'resource', 'azurerm_vpn_gateway')[0].bgp_settings;
    const all = [0, 1].flatMap((i) => bgp[`instance_${i}_bgp_peering_address`][0].custom_ips as string[]);
    expect(new Set(all).size).toBe(all.length);
    expect(values(json, 'resource', 'azurerm_virtual_network_gateway')).toEqual([]);
  });
});

describe('AzureVirtualWanHub with L2ProviderMultiCloud', () => {
  test('one ExpressRoute gateway in the hub (the hub\'s scale units) and a connection to the circuit\'s private peering', () => {
    const h = vwan({ expressRouteScaleUnits: 2 });
    new L2ProviderMultiCloud(h.stack, 'L2', l2Props(h, { deployStage: DeployStage.CONNECT }));
    const json = synthJson(h.stack);
    const gateways = Object.entries(json.resource.azurerm_express_route_gateway) as Array<[string, any]>;
    expect(gateways).toHaveLength(1);
    const [gwName, gw] = gateways[0];
    expect(gw.scale_units).toBe(2);
    expect(gw.virtual_hub_id).toMatch(/^\$\{azurerm_virtual_hub\.\w+\.id\}$/);
    const [circuitName] = Object.keys(json.resource.azurerm_express_route_circuit);
    const connections = values(json, 'resource', 'azurerm_express_route_connection');
    expect(connections).toHaveLength(1);
    expect(connections[0].express_route_gateway_id).toBe(`\${azurerm_express_route_gateway.${gwName}.id}`);
    expect(connections[0].express_route_circuit_peering_id).toBe(`\${azurerm_express_route_circuit.${circuitName}.id}/peerings/AzurePrivatePeering`);
    expect(values(json, 'resource', 'azurerm_virtual_network_gateway')).toEqual([]);
    expect(values(json, 'resource', 'azurerm_virtual_network_gateway_connection')).toEqual([]);
  });
});

describe('AzureVirtualWanHub: the routing model', () => {
  /** The example's app: vWAN hub, Layer 2 circuit with AWS Direct Connect, VPN backup to AWS and Google Cloud. */
  function exampleLike(hub: Partial<AzureVirtualWanHubProps> = {}) {
    const app = Testing.app();
    const h = vwan(hub, app);
    new L2ProviderMultiCloud(h.stack, 'L2', l2Props(h));
    new S2SVpnBackup(h.stack, 'Vpn', { azure: h.azure, aws: h.aws, gcp: h.gcp });
    const snapshot = RoutePropagation.snapshot(AppContext.of(app).model);
    return { ...h, app, snapshot, result: RoutePropagation.compute(snapshot) };
  }
  const router = 'test/VirtualHub/router';
  const speakers = (r: PropagationResult, f: (node: string) => boolean) => r.speakers.filter((s) => f(s.node));
  const cloudRouters = (r: PropagationResult) => speakers(r, (n) => n.startsWith('test/GcpHub/VpnRouter/'));
  const customerRouter = (r: PropagationResult) => r.speakers.find((s) => s.node === 'test/L2/customer-router')!;
  const microsoftEdges = (r: PropagationResult) => speakers(r, (n) => n.startsWith('test/L2/azure-') && n.endsWith('/msee'));
  const sessionsOf = (s: ConnectivitySnapshot): BgpSessionRecord[] => s.links.flatMap((l) => l.sessions);

  test('Google Cloud Router receives the on-premises prefix through the hub router (65515, 12076, the customer ASN)', () => {
    const { result } = exampleLike();
    const routers = cloudRouters(result);
    expect(routers).toHaveLength(2);
    for (const r of routers) {
      const onPrem = r.received.filter((x) => x.prefix === ON_PREM && x.best);
      expect(onPrem).toHaveLength(1);
      expect(onPrem[0].fromNode).toBe(router);
      expect(onPrem[0].asPath).toEqual([VIRTUAL_HUB_ASN, MICROSOFT_EDGE_ASN, CUSTOMER_ASN]);
    }
  });

  test('the Microsoft edges offer Google\'s subnet to the customer router, whose inbound prefix lists (the FRR configuration) drop it', () => {
    const { result } = exampleLike();
    // each Microsoft edge learns it from the hub router, AS path 65515 ... 64514 (the Cloud Router, GcpHub's default vpnRouterAsn)
    for (const e of microsoftEdges(result)) {
      const g = e.received.filter((x) => x.prefix === GCP_HUB.subnetCidrs[0]);
      expect(g.length).toBeGreaterThan(0);
      for (const x of g) {
        expect(x.fromNode).toBe(router);
        expect(x.asPath[0]).toBe(VIRTUAL_HUB_ASN);
        expect(x.asPath[x.asPath.length - 1]).toBe(64514);
      }
    }
    // the customer router accepts from Azure only Azure's own prefixes: Google's arrives over both edges and is dropped
    const cr = customerRouter(result);
    expect(cr.received.filter((x) => x.prefix === GCP_HUB.subnetCidrs[0])).toEqual([]);
    const dropped = cr.rejected.filter((x) => x.prefix === GCP_HUB.subnetCidrs[0]);
    expect(dropped.map((x) => x.fromNode).sort()).toEqual(['test/L2/azure-primary/msee', 'test/L2/azure-secondary/msee']);
    for (const x of dropped) expect(x.reason).toMatch(/inbound prefix list/);
  });

  test('the hub router\'s ExpressRoute sessions are one transit group; its VPN sessions are in none', () => {
    const { snapshot } = exampleLike();
    const routerEnds = sessionsOf(snapshot).flatMap((s) => [s.a, s.b].filter((e) => e.node === router).map((e) => ({ id: s.id, group: e.transitGroup })));
    const er = routerEnds.filter((e) => e.id.endsWith('/virtual-hub'));
    const vpnEnds = routerEnds.filter((e) => e.id.startsWith('test/Vpn/'));
    expect(er.map((e) => e.id).sort()).toEqual(['test/L2/azure-primary/virtual-hub', 'test/L2/azure-secondary/virtual-hub']);
    for (const e of er) expect(e.group).toBe('expressroute');
    expect(vpnEnds).toHaveLength(6); // AWS 4, Google 2
    for (const e of vpnEnds) expect(e.group).toBeUndefined();
  });

  test('the hub router passes no route learned from one Microsoft edge to another Microsoft edge', () => {
    const { result, snapshot } = exampleLike();
    const edges = microsoftEdges(result);
    expect(edges).toHaveLength(2);
    for (const e of edges) {
      const viaOtherEdge = e.received.filter((x) => x.fromNode === router && x.sessionPath.slice(0, -1).some((s) => s.endsWith('/virtual-hub')));
      expect(viaOtherEdge).toEqual([]);
    }
    // Both edges are AS12076, so BGP loop prevention alone would drop such a route: without the ASN on the edges,
    // the transit group still keeps ExpressRoute-to-ExpressRoute routes in.
    const anonymous: ConnectivitySnapshot = {
      hubs: snapshot.hubs,
      links: snapshot.links.map((l) => ({
        ...l,
        sessions: l.sessions.map((s) => ({
          ...s,
          a: s.a.node.endsWith('/msee') ? { ...s.a, asn: undefined } : s.a,
          b: s.b.node.endsWith('/msee') ? { ...s.b, asn: undefined } : s.b,
        })),
      })),
    };
    const r2 = RoutePropagation.compute(anonymous);
    for (const e of microsoftEdges(r2)) {
      const fromHub = e.received.filter((x) => x.fromNode === router);
      expect(fromHub.length).toBeGreaterThan(0); // the hub's own prefixes and the VPN branches' still arrive
      expect(fromHub.filter((x) => x.sessionPath.slice(0, -1).some((s) => s.endsWith('/virtual-hub')))).toEqual([]);
      expect(fromHub.map((x) => x.prefix)).not.toContain(ON_PREM);
    }
  });

  test('with branchToBranchTraffic false, Google Cloud does not receive the on-premises prefix (but still the hub\'s)', () => {
    const { result } = exampleLike({ branchToBranchTraffic: false });
    for (const r of cloudRouters(result)) {
      const prefixes = r.received.map((x) => x.prefix);
      expect(prefixes).not.toContain(ON_PREM);
      expect(prefixes).toContain(HUB.hubAddressPrefix);
    }
    // nor does the customer router receive Google's subnet over ExpressRoute
    expect(customerRouter(result).received.map((x) => x.prefix)).not.toContain(GCP_HUB.subnetCidrs[0]);
  });
});

describe('AzureVirtualWanHub: the synthesized stack', () => {
  test('a vWAN hub with S2SVpnBackup to AWS', () => {
    const { json } = vpn();
    expect(json).toMatchSnapshot();
  });
});

describe('AzureVirtualWanHub: fails when', () => {
  test('fails when hubAddressPrefix is longer than a /24', () => {
    expectValidationError(() => vwan({ hubAddressPrefix: '10.90.0.0/25' }), {
      path: 'test/VirtualHub', property: 'hubAddressPrefix', value: '10.90.0.0/25', rule: /\/24 or larger.*learn\.microsoft\.com/, fix: /\/24/,
    });
  });

  test('passes with a /24 hub prefix (the limit)', () => {
    expect(() => vwan({ hubAddressPrefix: '10.90.0.0/24' })).not.toThrow();
  });

  test('fails when a connected address space overlaps the hub prefix', () => {
    expectValidationError(() => vwan({ connectedAddressSpaces: ['10.91.0.0/16', '10.90.1.0/24'] }), {
      path: 'test/VirtualHub', property: 'connectedAddressSpaces[1]', value: '10.90.1.0/24', rule: /overlaps the hub's own prefix 10\.90\.0\.0\/23/, fix: /disjoint/,
    });
  });

  test.each([0, 11])('fails when expressRouteScaleUnits is %d (1 to 10)', (units) => {
    expectValidationError(() => vwan({ expressRouteScaleUnits: units }), {
      path: 'test/VirtualHub', property: 'expressRouteScaleUnits', value: units, rule: /1 to 10 scale units/, fix: /1 to 10/,
    });
  });

  test('passes with 1 and 10 ExpressRoute scale units', () => {
    expect(() => vwan({ expressRouteScaleUnits: 1 })).not.toThrow();
    expect(() => vwan({ expressRouteScaleUnits: 10 })).not.toThrow();
  });

  test('fails when vpnScaleUnits is given with existingVpnGateway', () => {
    const existingVpnGateway = { id: '/subscriptions/0/resourceGroups/rg-vwan/providers/Microsoft.Network/vpnGateways/vpngw', scaleUnits: 2 };
    expectValidationError(() => vwan({ existingVpnGateway, vpnScaleUnits: 2 }), {
      path: 'test/VirtualHub', property: 'vpnScaleUnits', value: 2, rule: /existingVpnGateway/, fix: /existingVpnGateway\.scaleUnits/,
    });
  });

  test('fails when a pattern on a vWAN hub sets gatewaySku', () => {
    const h = vwan();
    expectValidationError(() => new L2ProviderMultiCloud(h.stack, 'L2', l2Props(h, { gatewaySku: 'ErGw2AZ' })), {
      property: 'gatewaySku', value: 'ErGw2AZ', rule: /scale units, not a SKU/, fix: /expressRouteScaleUnits/,
    });
  });

  test('fails when S2SVpnBackup on a vWAN hub sets vpnGatewaySku', () => {
    expectValidationError(() => vpn({}, { vpnGatewaySku: 'VpnGw2AZ' }), {
      path: 'test/VirtualHub', property: 'vpnGatewaySku', value: 'VpnGw2AZ', rule: /scale units, not a SKU/, fix: /vpnScaleUnits/,
    });
  });

  test('fails when S2SVpnBackup on a vWAN hub sets vpnGatewayGeneration', () => {
    expectValidationError(() => vpn({}, { vpnGatewayGeneration: 'Generation2' }), {
      path: 'test/VirtualHub', property: 'vpnGatewayGeneration', value: 'Generation2', rule: /no generation/, fix: /leave vpnGatewayGeneration out/,
    });
  });

  test('fails when azureAsn is other than 65515 on a vWAN hub (65515 passes)', () => {
    expectValidationError(() => vpn({}, { azureAsn: 65010 }), {
      path: 'test/VirtualHub', property: 'azureAsn', value: 65010, rule: /AS65515, which cannot be changed/, fix: /leave azureAsn out/,
    });
    expect(() => vpn({}, { azureAsn: 65515 })).not.toThrow();
  });

  test('fails when a 9th ExpressRoute circuit connects to one hub (8 pass)', () => {
    const locations = ['Washington DC', 'Silicon Valley', 'Chicago', 'Dallas', 'Toronto', 'Amsterdam', 'London', 'Frankfurt', 'Singapore'];
    const h = vwan();
    const circuit = (i: number) => new ExpressRouteLink(h.stack, `Er${i}`, { hub: h.azure, serviceProviderName: 'Equinix', peeringLocation: locations[i], bandwidthMbps: 1000 });
    for (let i = 0; i < 8; i++) expect(() => circuit(i)).not.toThrow();
    expectValidationError(() => circuit(8), {
      path: 'test/Er8', property: 'azure', value: 'test/VirtualHub', rule: /at most 8 ExpressRoute circuits.*this hub would have 9/, fix: /another virtual hub/,
    });
  });

  // Only 4 circuits from one peering location may connect to a virtual hub (VIRTUAL_WAN.maxCircuitsPerLocation,
  // lib/plan/facts/virtual-wan.ts), but AzureVirtualWanHub._addCircuit ignores the location it is given.
  test('fails when a 5th circuit from one peering location connects to one hub', () => {
    const h = vwan();
    const circuit = (i: number) => new ExpressRouteLink(h.stack, `Er${i}`, { hub: h.azure, serviceProviderName: 'Equinix', peeringLocation: 'Washington DC', bandwidthMbps: 1000 });
    for (let i = 0; i < 4; i++) circuit(i);
    expectValidationError(() => circuit(4), {
      path: 'test/Er4', property: 'peeringLocation', value: 'Washington DC', rule: /at most 4 ExpressRoute circuits from one peering location .*this hub would have 5/, fix: /another peering location/,
    });
  });

  test('fails when ExpressRouteToOracle is given an AzureVirtualWanHub', () => {
    const stack = providerStack();
    const azure = new AzureVirtualWanHub(stack, 'VirtualHub', HUB);
    const oci = new OciHub(stack, 'OciHub', OCI_HUB);
    expectValidationError(() => new ExpressRouteToOracle(stack, 'Oracle', { azure, oci, peeringLocation: 'Washington DC', bandwidthMbps: 1000 }), {
      path: 'test/Oracle', property: 'azure', value: 'test/VirtualHub', rule: /Virtual WAN hub: neither Microsoft nor Oracle documents Oracle Interconnect for Azure with Virtual WAN/, fix: /hub VNet \(AzureHub\)/,
    });
  });

  const GATEWAY_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-vwan/providers/Microsoft.Network/virtualNetworkGateways/vnet-hub-vpngw';
  const notAHub = { property: 'existingVirtualHubId', value: GATEWAY_ID, rule: /not the resource id of a virtual hub/, fix: /Microsoft\.Network\/virtualHubs\/<name>/ };

  test('fails when existingVirtualHubId is not a virtual hub id', () => {
    expectValidationError(() => vwan({ existingVirtualHubId: GATEWAY_ID }), notAHub);
  });

  test('fails when existingVirtualHubId is not a virtual hub id: the error names the hub', () => {
    expectValidationError(() => vwan({ existingVirtualHubId: GATEWAY_ID }), { ...notAHub, path: 'test/VirtualHub' });
  });

  test('fails when existingVpnGateway.id is not a Virtual WAN VPN gateway id (at the hub)', () => {
    expectValidationError(() => vwan({ existingVpnGateway: { id: VWAN_ID, scaleUnits: 1 } }), {
      path: 'test/VirtualHub', property: 'existingVpnGateway.id', value: VWAN_ID, rule: /not the resource id of a Virtual WAN VPN gateway/, fix: /Microsoft\.Network\/vpnGateways\/<name>/,
    });
  });
});

describe('AzureVirtualWanHub: an existing virtual hub with its gateways (brownfield)', () => {
  const RG = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-vwan/providers/Microsoft.Network';
  const existing: Partial<AzureVirtualWanHubProps> = {
    existingVirtualHubId: VHUB_ID,
    existingExpressRouteGatewayId: `${RG}/expressRouteGateways/vhub-existing-ergw`,
    existingVpnGateway: { id: `${RG}/vpnGateways/vhub-existing-vpngw`, scaleUnits: 2, apipaCidrsInUse: ['169.254.21.0/30'], routesLearned: 40 },
  };

  test('ExpressRoute and VPN links attach to what exists: no WAN, hub or gateway is created; the hub and VPN gateway are read at plan', () => {
    const h = vwan(existing);
    new L2ProviderMultiCloud(h.stack, 'L2', { ...l2Props(h), deployStage: DeployStage.CONNECT });
    const vpnPattern = new S2SVpnBackup(h.stack, 'Vpn', { azure: h.azure, aws: h.aws, gcp: h.gcp });
    const json = synthJson(h.stack);
    for (const type of ['azurerm_virtual_wan', 'azurerm_virtual_hub', 'azurerm_vpn_gateway', 'azurerm_express_route_gateway']) expect(values(json, 'resource', type)).toEqual([]);
    expect(values(json, 'data', 'azurerm_virtual_hub')).toHaveLength(1);
    const gw = values(json, 'data', 'azurerm_vpn_gateway');
    expect(gw).toHaveLength(1);
    expect(gw[0].name).toBe('vhub-existing-vpngw');
    expect(gw[0].lifecycle.postcondition.map((c: any) => c.condition)).toEqual([`\${lower(self.virtual_hub_id) == lower("${VHUB_ID}")}`, '${self.scale_unit == 2}']);
    expect(values(json, 'resource', 'azurerm_express_route_connection').map((c) => c.express_route_gateway_id)).toEqual([`${RG}/expressRouteGateways/vhub-existing-ergw`]);
    // VPN sites go into the hub's Virtual WAN, read from the existing hub
    for (const site of values(json, 'resource', 'azurerm_vpn_site')) expect(site.virtual_wan_id).toMatch(/^\$\{data\.azurerm_virtual_hub\.\w+\.virtual_wan_id\}$/);
    // the tunnel /30 in use is never handed out again
    for (const c of [...vpnPattern.awsTunnelCidrs, ...vpnPattern.gcpTunnelCidrs]) expect(c.cidr.overlaps(Cidr.parse('169.254.21.0/30'))).toBe(false);
  });

  test('the routes the hub learns from its existing branches are passed on to the new peers and counted', () => {
    const h = vwan(existing);
    new S2SVpnBackup(h.stack, 'Vpn', { azure: h.azure, aws: h.aws });
    const snapshot = RoutePropagation.snapshot(AppContext.of(h.stack).model);
    const budget = RoutePropagation.compute(snapshot).budgets.find((b) => b.receiverCloud === 'AWS')!;
    const own = [HUB.hubAddressPrefix, ...(HUB.connectedAddressSpaces ?? [])].length;
    expect(budget.used).toBe(40 + own);
    expect(budget.contributors.map((c) => [c.count, c.property])).toEqual([[40, 'azure.existingVpnGateway.routesLearned'], [own, 'azure.connectedAddressSpaces']]);
  });

  test('fails when the existing ExpressRoute gateway id is not one, or scale units are asked of it', () => {
    const bad = `${RG}/virtualNetworkGateways/x`;
    expectValidationError(() => vwan({ existingExpressRouteGatewayId: bad }), {
      path: 'test/VirtualHub', property: 'existingExpressRouteGatewayId', value: bad, rule: /not the resource id of a Virtual WAN ExpressRoute gateway/, fix: /expressRouteGateways\/<name>/,
    });
    expectValidationError(() => vwan({ existingExpressRouteGatewayId: `${RG}/expressRouteGateways/g`, expressRouteScaleUnits: 2 }), {
      path: 'test/VirtualHub', property: 'expressRouteScaleUnits', value: 2, rule: /does not resize/, fix: /leave expressRouteScaleUnits out/,
    });
  });
});

describe('AzureVirtualWanHub with a Layer 3 provider', () => {
  test('the circuit connects to the hub\'s ExpressRoute gateway, and the hub router passes the provider\'s routes to a VPN peer', () => {
    const h = vwan();
    new L3ProviderMultiCloud(h.stack, 'L3', {
      azure: h.azure, aws: h.aws, vrfMode: VrfMode.SHARED, customerBgp: true, customerAsn: CUSTOMER_ASN, onPremisesPrefixes: [ON_PREM],
      serviceProviderName: 'AT&T', peeringLocation: 'Washington DC', bandwidthMbps: 1000, providerAsn: 65100,
      awsVirtualInterfaceId: 'dxvif-ffabc123', deployStage: DeployStage.CONNECT,
    });
    new S2SVpnBackup(h.stack, 'Vpn', { azure: h.azure, gcp: h.gcp });
    const json = synthJson(h.stack);
    expect(values(json, 'resource', 'azurerm_virtual_network_gateway_connection')).toEqual([]);
    const conn = values(json, 'resource', 'azurerm_express_route_connection');
    expect(conn).toHaveLength(1);
    expect(conn[0].express_route_circuit_peering_id).toMatch(/^\$\{azurerm_express_route_circuit\.\w+\.id\}\/peerings\/AzurePrivatePeering$/);
    // Google learns the on-premises prefix through the hub router, after the Microsoft edge
    const result = RoutePropagation.compute(RoutePropagation.snapshot(AppContext.of(h.stack).model));
    const google = result.speakers.filter((s) => s.cloud === Cloud.GCP);
    expect(google).toHaveLength(2); // the Cloud Router's two HA VPN interfaces
    for (const s of google) {
      const r = s.received.find((x) => x.prefix === ON_PREM)!;
      expect(r.asPath.slice(0, 2)).toEqual([VIRTUAL_HUB_ASN, MICROSOFT_EDGE_ASN]);
    }
  });
});

describe('AzureVirtualWanHub: an existing Virtual WAN', () => {
  test('is read at plan and its branch-to-branch setting checked against the declaration (the routing model uses it)', () => {
    const { stack } = vwan({ virtualWanId: VWAN_ID, branchToBranchTraffic: false });
    const json = synthJson(stack);
    expect(values(json, 'resource', 'azurerm_virtual_wan')).toEqual([]);
    const wan = values(json, 'data', 'azurerm_virtual_wan');
    expect(wan).toHaveLength(1);
    expect([wan[0].name, wan[0].resource_group_name]).toEqual(['vwan-existing', 'rg-vwan']);
    expect(wan[0].lifecycle.postcondition.map((c: any) => c.condition)).toEqual(['${self.allow_branch_to_branch_traffic == false}']);
  });

  test('with an existing hub, the WAN is the hub\'s, read by the expressions that take its id apart', () => {
    const { stack } = vwan({ existingVirtualHubId: VHUB_ID });
    const wan = values(synthJson(stack), 'data', 'azurerm_virtual_wan');
    expect(wan).toHaveLength(1);
    expect(wan[0].name).toMatch(/^\$\{element\(split\("\/", data\.azurerm_virtual_hub\.\w+\.virtual_wan_id\), 8\)\}$/);
  });

  test('fails when virtualWanId is not a Virtual WAN id', () => {
    expectValidationError(() => vwan({ virtualWanId: VHUB_ID }), {
      path: 'test/VirtualHub', property: 'virtualWanId', value: VHUB_ID, rule: /not the resource id of a Virtual WAN/, fix: /virtualWans\/<name>/,
    });
  });
});

test('fails when a VPN peer of a Virtual WAN hub has an ASN Azure reserves (65517), as on a hub VNet', () => {
  const stack = providerStack();
  const azure = new AzureVirtualWanHub(stack, 'VirtualHub', HUB);
  const aws = new AwsHub(stack, 'AwsHub', { ...AWS_HUB, amazonSideAsn: 65517 });
  expectValidationError(() => new S2SVpnBackup(stack, 'Vpn', { azure, aws }), {
    path: 'test/Vpn', property: 'aws.amazonSideAsn', value: 65517, rule: /Azure reserves 65515-65520/, fix: /private ASN outside 65515-65520/,
  });
});
