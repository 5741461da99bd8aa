import { Testing } from 'cdktf';
import { AppContext } from '../../lib/core/context';
import { AwsVpnLink } from '../../lib/links/aws-vpn';
import { AzureVpnLink } from '../../lib/links/azure-vpn';
import { GcpHaVpnLink } from '../../lib/links/gcp-ha-vpn';
import { OciIpsecLink } from '../../lib/links/oci-ipsec';
import { IkeResolver, IpsecProposalMapper, VpnEndpointKind } from '../../lib/plan/ipsec';
import { PeeringKind } from '../../lib/plan/addressing/peering';
import { hubsStack, resourcesOf } from '../support/fixtures';

const IPS = ['20.0.0.1', '20.0.0.2'];
const proposal = (kind: VpnEndpointKind) => IkeResolver.resolve(VpnEndpointKind.AZURE_VPN_GATEWAY, kind).proposal;

function awsVpn(props: { tunnelInsideCidrs?: string[]; azurePublicIps?: string[]; propertyPrefix?: string } = {}) {
  const h = hubsStack();
  const link = new AwsVpnLink(h.stack, 'AwsVpn', {
    hub: h.aws, azurePublicIps: IPS, azureAsn: 65515, namePrefix: 'vpn',
    tunnelOptions: IpsecProposalMapper.toAwsTunnelOptions(proposal(VpnEndpointKind.AWS_VPN)), ...props,
  });
  return { ...h, link };
}

describe('AwsVpnLink', () => {
  test('two customer gateways with Azure\'s ASN, two VPN connections, four tunnels with claimed inside /30s', () => {
    // GIVEN / WHEN
    const { stack, link } = awsVpn();
    // THEN
    expect(Object.values(resourcesOf(stack, 'aws_customer_gateway')).map((c: any) => [c.ip_address, c.bgp_asn])).toEqual([['20.0.0.1', '65515'], ['20.0.0.2', '65515']]);
    const conns = Object.values(resourcesOf(stack, 'aws_vpn_connection'));
    expect(conns).toHaveLength(2);
    expect(link.insideCidrs).toHaveLength(4);
    const inside = conns.flatMap((c: any) => [c.tunnel1_inside_cidr, c.tunnel2_inside_cidr]);
    expect(inside).toEqual(link.insideCidrs.map((c) => c.text));
    expect(inside.every((c: string) => /^169\.254\.2[12]\.\d+\/30$/.test(c))).toBe(true);
  });

  test('explicit tunnel /30s are reserved as given', () => {
    const given = ['169.254.21.0/30', '169.254.21.4/30', '169.254.21.8/30', '169.254.21.12/30'];
    expect(awsVpn({ tunnelInsideCidrs: given }).link.insideCidrs.map((c) => c.text)).toEqual(given);
  });

  test('fails when the tunnel list does not have four /30s', () => {
    expect(() => awsVpn({ tunnelInsideCidrs: ['169.254.21.0/30'], propertyPrefix: 'aws' })).toThrow(/`awsTunnelInsideCidrs`.*need exactly 4 inside \/30s/);
  });

  test('fails when a tunnel /30 is outside Azure\'s APIPA window', () => {
    expect(() => awsVpn({ tunnelInsideCidrs: ['169.254.30.0/30', '169.254.21.4/30', '169.254.21.8/30', '169.254.21.12/30'] })).toThrow(/`tunnelInsideCidrs\[0\]`/);
  });

  test('fails when the Azure gateway does not have two public IPs', () => {
    expect(() => awsVpn({ azurePublicIps: ['20.0.0.1'] })).toThrow(/`azurePublicIps`/);
  });
});

describe('GcpHaVpnLink', () => {
  const build = (more: { advertisedRoutePriority?: number; tunnelInsideCidrs?: string[] } = {}) => {
    const h = hubsStack();
    const link = new GcpHaVpnLink(h.stack, 'GcpVpn', {
      hub: h.gcp, azurePublicIps: IPS, azureAsn: 65515, namePrefix: 'vpn', advertisedRoutePriority: 10200,
      ikeVersion: IpsecProposalMapper.toGcpTunnel(proposal(VpnEndpointKind.GCP_HA_VPN)).ikeVersion, ...more,
    });
    return { ...h, link };
  };

  test('HA VPN, an external gateway for both Azure IPs, two tunnels and two BGP peers on the hub\'s VPN router', () => {
    const { stack, link } = build();
    expect(Object.keys(resourcesOf(stack, 'google_compute_vpn_tunnel'))).toHaveLength(2);
    expect(Object.values(resourcesOf(stack, 'google_compute_router_peer')).map((p: any) => [p.peer_asn, p.advertised_route_priority])).toEqual([[65515, 10200], [65515, 10200]]);
    expect(link.insideCidrs).toHaveLength(2);
  });

  test('fails when the advertised route priority is out of range', () => {
    expect(() => build({ advertisedRoutePriority: 70000 })).toThrow(/`advertisedRoutePriority` = 70000/);
  });

  test('fails when the tunnel list does not have two /30s', () => {
    expect(() => build({ tunnelInsideCidrs: ['169.254.21.0/30'] })).toThrow(/`tunnelInsideCidrs`/);
  });
});

describe('OciIpsecLink', () => {
  test('two CPEs and two IPSec connections on the DRG, four tunnels with BGP', () => {
    const h = hubsStack();
    const link = new OciIpsecLink(h.stack, 'OciVpn', {
      hub: h.oci, azurePublicIps: IPS, azureAsn: 65515, displayNamePrefix: 'vpn', staticRoutes: ['10.10.0.0/16'],
      tunnelDetails: IpsecProposalMapper.toOciTunnelDetails(proposal(VpnEndpointKind.OCI_IPSEC)),
    });
    expect(Object.keys(resourcesOf(h.stack, 'oci_core_cpe'))).toHaveLength(2);
    expect(Object.keys(resourcesOf(h.stack, 'oci_core_ipsec'))).toHaveLength(2);
    expect(link.tunnels).toHaveLength(4);
    expect(link.insideCidrs).toHaveLength(4);
  });

  test('fails when the Azure gateway does not have two public IPs', () => {
    const h = hubsStack();
    expect(() => new OciIpsecLink(h.stack, 'OciVpn', {
      hub: h.oci, azurePublicIps: [], azureAsn: 65515, displayNamePrefix: 'vpn', staticRoutes: ['10.10.0.0/16'],
      tunnelDetails: IpsecProposalMapper.toOciTunnelDetails(proposal(VpnEndpointKind.OCI_IPSEC)),
    })).toThrow(/`azurePublicIps`/);
  });
});

describe('AzureVpnLink', () => {
  test('one local network gateway and one connection per tunnel, with the custom APIPA addresses', () => {
    // GIVEN
    const h = hubsStack();
    const gateway = h.azure.vpnGateway();
    const alloc = AppContext.of(h.stack).allocator;
    const kinds = [PeeringKind.AWS_TUNNEL, PeeringKind.AZURE_APIPA];
    const a = alloc.reserve('t0', '169.254.21.0/30', kinds, 'a');
    const b = alloc.reserve('t1', '169.254.21.4/30', kinds, 'b');
    const p = proposal(VpnEndpointKind.AWS_VPN);
    // WHEN
    new AzureVpnLink(h.stack, 'Conns', {
      hub: h.azure, gateway, namePrefix: 'vpn',
      tunnels: [
        { remoteAddress: '3.0.0.1', remoteAsn: 64512, instance: 0, insideCidr: a, otherInstanceCidr: b, sharedKey: 'k0' },
        { remoteAddress: '3.0.0.2', remoteAsn: 64512, instance: 1, insideCidr: b, otherInstanceCidr: a, sharedKey: 'k1' },
      ],
      ipsecPolicy: IpsecProposalMapper.toAzureIpsecPolicy(p), connectionProtocol: IpsecProposalMapper.toAzureConnectionProtocol(p),
    });
    // THEN
    const lgws = Object.values(resourcesOf(h.stack, 'azurerm_local_network_gateway'));
    expect(lgws.map((l: any) => [l.gateway_address, l.bgp_settings.asn, l.bgp_settings.bgp_peering_address])).toEqual([
      ['3.0.0.1', 64512, '169.254.21.1'], ['3.0.0.2', 64512, '169.254.21.5'],
    ]);
    expect(Object.keys(resourcesOf(h.stack, 'azurerm_virtual_network_gateway_connection'))).toHaveLength(2);
    expect(Testing.synth(h.stack)).toContain('169.254.21.2');
  });
});
