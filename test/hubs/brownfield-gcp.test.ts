// Brownfield Google Cloud: a GcpHub whose network already runs its Cloud Routers and an HA VPN gateway. The links
// use them, never create a router or an HA VPN gateway, read them at plan with the declared ASN as a postcondition,
// and never hand out a link-local subnet or VLAN already in use.
import { TerraformStack } from 'cdktf';
import { AzureHub } from '../../lib/hubs/azure-hub';
import { GcpHub, GcpHubProps } from '../../lib/hubs/gcp-hub';
import { GcpExistingRouter } from '../../lib/hubs/gcp-existing';
import { GcpInterconnectLink, GcpInterconnectType } from '../../lib/links/gcp-interconnect';
import { Cidr } from '../../lib/plan/addressing/cidr';
import { S2SVpnBackup } from '../../lib/patterns/s2s-vpn-backup';
import { AZURE_HUB, GCP_HUB, providerStack, synthJson } from '../support/fixtures';
import { expectValidationError } from '../support/errors';

const VPN_ROUTER: GcpExistingRouter = { name: 'corp-vpn-router', asn: 64600, linkLocalCidrsInUse: ['169.254.21.0/30', '169.254.22.0/30'] };
const IC_ROUTER: GcpExistingRouter = { name: 'corp-ic-router', asn: 64601, linkLocalCidrsInUse: ['169.254.100.0/29'] };

const values = (json: any, kind: 'resource' | 'data', type: string): any[] => Object.values(json[kind]?.[type] ?? {});
const conditions = (ds: any): string[] => ds.lifecycle.postcondition.map((c: any) => c.condition);

function hubs(gcp: Partial<GcpHubProps>, stack: TerraformStack = providerStack()) {
  return { stack, azure: new AzureHub(stack, 'AzureHub', AZURE_HUB), gcp: new GcpHub(stack, 'GcpHub', { ...GCP_HUB, ...gcp }) };
}

function vpn(gcp: Partial<GcpHubProps> = { existingVpnRouter: VPN_ROUTER, existingHaVpnGateway: { name: 'corp-havpn' } }, patterns = 1) {
  const h = hubs(gcp);
  const list = Array.from({ length: patterns }, (_, i) => new S2SVpnBackup(h.stack, `Vpn${i}`, { azure: h.azure, gcp: h.gcp }));
  return { ...h, patterns: list, json: synthJson(h.stack) };
}

function dedicated(gcp: Partial<GcpHubProps> = { existingInterconnectRouter: IC_ROUTER }, links = 1, vlan = 300) {
  const h = hubs(gcp);
  const list = Array.from({ length: links }, (_, i) => new GcpInterconnectLink(h.stack, `Ic${i}`, {
    hub: h.gcp, type: GcpInterconnectType.DEDICATED, customerAsn: 65010, interconnects: ['ic-a', 'ic-b'], vlans: [vlan + 2 * i, vlan + 2 * i + 1],
  }));
  return { ...h, links: list, json: synthJson(h.stack) };
}

describe('GcpHub with an existing HA VPN router and HA VPN gateway', () => {
  test('creates no Cloud Router and no HA VPN gateway; the tunnels, interfaces and peers use the existing ones', () => {
    const { json, patterns } = vpn();
    expect(values(json, 'resource', 'google_compute_router')).toEqual([]);
    expect(values(json, 'resource', 'google_compute_ha_vpn_gateway')).toEqual([]);
    for (const t of values(json, 'resource', 'google_compute_vpn_tunnel')) {
      expect(t.router).toBe('corp-vpn-router');
      expect(t.vpn_gateway).toMatch(/^\$\{data\.google_compute_ha_vpn_gateway\.GcpHub_HaVpnGatewayState_\w+\.id\}$/);
    }
    for (const type of ['google_compute_router_interface', 'google_compute_router_peer']) {
      expect(values(json, 'resource', type).map((r) => r.router)).toEqual(['corp-vpn-router', 'corp-vpn-router']);
    }
    expect(values(json, 'resource', 'google_compute_router_peer').map((p) => p.peer_asn)).toEqual([65515, 65515]);
    expect(patterns[0].gcp!.router).toBeUndefined();
    expect(patterns[0].gcp!.haVpnGateway).toBeUndefined();
  });

  test('the router and the gateway are read at plan; the declared ASN and the network are postconditions', () => {
    const { json } = vpn();
    const [router] = values(json, 'data', 'google_compute_router');
    expect(router).toMatchObject({ name: 'corp-vpn-router', network: 'vpc-prod', region: 'us-east4', project: 'net-prod' });
    expect(conditions(router)).toEqual(['${try(self.bgp[0].asn, 0) == 64600}']);
    expect(router.lifecycle.postcondition[0].error_message).toContain('`existingVpnRouter.asn` = 64600');
    const [gw] = values(json, 'data', 'google_compute_ha_vpn_gateway');
    expect(gw.name).toBe('corp-havpn');
    expect(conditions(gw)).toEqual(['${length(self.vpn_interfaces) >= 2}', '${reverse(split("/", self.network))[0] == "vpc-prod"}']);
  });

  test('Azure\'s local network gateways point at the existing gateway\'s interface addresses and the declared ASN', () => {
    const { json } = vpn();
    const lngs = values(json, 'resource', 'azurerm_local_network_gateway');
    expect(lngs.map((l) => l.gateway_address)).toEqual([0, 1].map((i) => expect.stringContaining(`.vpn_interfaces[${i}].ip_address}`)));
    expect(lngs.map((l) => l.bgp_settings.asn)).toEqual([64600, 64600]);
  });

  test('link-local /30s in use on the router are never handed out, over many patterns', () => {
    const inUse = Array.from({ length: 20 }, (_, i) => `169.254.21.${i * 4}/30`);
    const { patterns } = vpn({ existingVpnRouter: { ...VPN_ROUTER, linkLocalCidrsInUse: inUse } }, 10);
    const allocated = patterns.flatMap((p) => p.gcpTunnelCidrs.map((a) => a.cidr));
    expect(allocated).toHaveLength(20);
    for (const a of allocated) for (const u of inUse) expect(a.overlaps(Cidr.parse(u))).toBe(false);
  });

  test('an existing router alone: each link still creates its HA VPN gateway', () => {
    const { json } = vpn({ existingVpnRouter: VPN_ROUTER });
    expect(values(json, 'resource', 'google_compute_router')).toEqual([]);
    expect(values(json, 'resource', 'google_compute_ha_vpn_gateway')).toHaveLength(1);
  });

  describe('fails when', () => {
    test('fails when the router name is not a Cloud Router name', () => {
      expectValidationError(() => hubs({ existingVpnRouter: { ...VPN_ROUTER, name: 'Corp_Router' } }), { property: 'existingVpnRouter.name', value: 'Corp_Router', rule: /not a Cloud Router name/, fix: /gcloud compute routers list/ });
    });

    test('fails when the declared ASN is one Google refuses', () => {
      expectValidationError(() => hubs({ existingVpnRouter: { ...VPN_ROUTER, asn: 65535 } }), { property: 'existingVpnRouter.asn', value: 65535, rule: /./, fix: /./ });
    });

    test('fails when vpnRouterAsn differs from the existing router\'s', () => {
      expectValidationError(() => hubs({ existingVpnRouter: VPN_ROUTER, vpnRouterAsn: 64514 }), { property: 'vpnRouterAsn', value: 64514, rule: /runs 64600/, fix: /leave vpnRouterAsn out/ });
    });

    test('fails when a link-local /30 in use is not a /30 in 169.254.0.0/16', () => {
      expectValidationError(() => hubs({ existingVpnRouter: { ...VPN_ROUTER, linkLocalCidrsInUse: ['10.0.0.0/30'] } }), { property: 'existingVpnRouter.linkLocalCidrsInUse[0]', value: '10.0.0.0/30', rule: /169\.254\.0\.0\/16/, fix: /./ });
    });

    test('fails when a pattern gives a tunnel /30 the existing router already uses', () => {
      const h = hubs({ existingVpnRouter: VPN_ROUTER });
      expectValidationError(() => new S2SVpnBackup(h.stack, 'Vpn', { azure: h.azure, gcp: h.gcp, gcpTunnelInsideCidrs: ['169.254.21.8/30', '169.254.22.0/30'] }), {
        property: 'gcpTunnelInsideCidrs[1]', value: '169.254.22.0/30', rule: /existing-vpn-router\/in-use-1/, fix: /choose another subnet/,
      });
    });

    test('fails when vpnRouter() is asked for the resource of an existing router', () => {
      const h = hubs({ existingVpnRouter: VPN_ROUTER });
      expectValidationError(() => h.gcp.vpnRouter(), { property: 'existingVpnRouter', value: 'corp-vpn-router', rule: /does not create/, fix: /vpnRouterName\(\)/ });
    });

    test('fails when the HA VPN gateway name is not a name', () => {
      expectValidationError(() => hubs({ existingHaVpnGateway: { name: '-gw' } }), { property: 'existingHaVpnGateway.name', value: '-gw', rule: /not an HA VPN gateway name/, fix: /vpn-gateways list/ });
    });
  });
});

describe('GcpHub with an existing Dedicated Interconnect router', () => {
  test('the attachments use the existing router, read at plan with its ASN; no router is created', () => {
    const { json, links } = dedicated(undefined, 2);
    expect(values(json, 'resource', 'google_compute_router')).toEqual([]);
    expect(values(json, 'resource', 'google_compute_interconnect_attachment').map((a) => a.router)).toEqual(Array(4).fill('corp-ic-router'));
    expect(links.map((l) => l.routerAsn)).toEqual([64601, 64601]);
    const [router] = values(json, 'data', 'google_compute_router');
    expect(conditions(router)).toEqual(['${try(self.bgp[0].asn, 0) == 64601}']);
  });

  test('candidate /29s in use are never handed out, over many links', () => {
    const inUse = Array.from({ length: 8 }, (_, i) => `169.254.0.${i * 8}/29`);
    const { links } = dedicated({ existingInterconnectRouter: { ...IC_ROUTER, linkLocalCidrsInUse: inUse } }, 6);
    const allocated = links.flatMap((l) => l.candidateSubnets.map((a) => a.cidr));
    expect(allocated).toHaveLength(12);
    for (const a of allocated) for (const u of inUse) expect(a.overlaps(Cidr.parse(u))).toBe(false);
  });

  test('VLANs in use on an interconnect are never given again', () => {
    expect(() => dedicated({ interconnectVlansInUse: [{ connection: 'ic-a', vlans: [100, 101] }] }, 3)).not.toThrow();
  });

  describe('fails when', () => {
    test('fails when an attachment asks for a VLAN in use on its interconnect', () => {
      expectValidationError(() => dedicated({ interconnectVlansInUse: [{ connection: 'ic-b', vlans: [303] }] }, 2), {
        property: 'vlans[1]', value: 303, rule: /already used on gcp-interconnect:ic-b by .*interconnectVlansInUse\[0\]/, fix: /pick a VLAN/,
      });
    });

    test('fails when a /29 in use is not a /29', () => {
      expectValidationError(() => hubs({ existingInterconnectRouter: { ...IC_ROUTER, linkLocalCidrsInUse: ['169.254.100.0/30'] } }), {
        property: 'existingInterconnectRouter.linkLocalCidrsInUse[0]', rule: /\/30 is not allowed/, fix: /./,
      });
    });

    test('fails when dedicatedInterconnectRouter() is asked for the resource of an existing router', () => {
      const h = hubs({ existingInterconnectRouter: IC_ROUTER });
      expectValidationError(() => h.gcp.dedicatedInterconnectRouter(), { property: 'existingInterconnectRouter', rule: /does not create/, fix: /dedicatedInterconnectRouterName\(\)/ });
    });
  });
});
