import { GcpInterconnectLink, GcpInterconnectLinkProps, GcpInterconnectType } from '../../lib/links/gcp-interconnect';
import { hubsStack, resourcesOf } from '../support/fixtures';

function partner(props: Partial<GcpInterconnectLinkProps> = {}) {
  const h = hubsStack();
  const link = new GcpInterconnectLink(h.stack, 'Ic', { hub: h.gcp, type: GcpInterconnectType.PARTNER, ...props });
  return { ...h, link };
}

function dedicated(props: Partial<GcpInterconnectLinkProps> = {}) {
  const h = hubsStack();
  const link = new GcpInterconnectLink(h.stack, 'Ic', {
    hub: h.gcp, type: GcpInterconnectType.DEDICATED, customerAsn: 65010, interconnects: ['ic-a', 'ic-b'], vlans: [300, 301], ...props,
  });
  return { ...h, link };
}

describe('GcpInterconnectLink', () => {
  test('Partner: two attachments in edge availability domains 1 and 2 on the hub\'s 16550 router, with pairing-key outputs', () => {
    // GIVEN / WHEN
    const { stack, link } = partner({ activate: false });
    // THEN
    const attachments = Object.values(resourcesOf(stack, 'google_compute_interconnect_attachment'));
    expect(attachments.map((a: any) => [a.type, a.edge_availability_domain, a.admin_enabled])).toEqual([
      ['PARTNER', 'AVAILABILITY_DOMAIN_1', false], ['PARTNER', 'AVAILABILITY_DOMAIN_2', false],
    ]);
    expect(Object.values(resourcesOf(stack, 'google_compute_router'))[0]).toMatchObject({ bgp: { asn: 16550 } });
    expect(link.routerAsn).toBe(16550);
    expect(link.pairingKeyOutputs).toHaveLength(2);
  });

  test('Dedicated: attachments with the VLANs and a link-local /29 each, interfaces and BGP peers', () => {
    const { stack, link } = dedicated();
    const attachments = Object.values(resourcesOf(stack, 'google_compute_interconnect_attachment'));
    expect(attachments.map((a: any) => [a.type, a.interconnect, a.vlan_tag8021q])).toEqual([['DEDICATED', 'ic-a', 300], ['DEDICATED', 'ic-b', 301]]);
    expect(link.candidateSubnets.map((c) => c.cidr.prefixLength)).toEqual([29, 29]);
    expect(link.candidateSubnets.every((c) => c.text.startsWith('169.254.'))).toBe(true);
    expect(Object.values(resourcesOf(stack, 'google_compute_router_peer')).map((p: any) => p.peer_asn)).toEqual([65010, 65010]);
  });

  test('Dedicated: explicit candidate subnets are reserved', () => {
    const { link } = dedicated({ candidateSubnets: ['169.254.100.0/29', '169.254.100.8/29'] });
    expect(link.candidateSubnets.map((c) => c.text)).toEqual(['169.254.100.0/29', '169.254.100.8/29']);
  });

  test('fails when a Partner attachment is given VLANs', () => {
    expect(() => partner({ vlans: [300], propertyPrefix: 'gcp' })).toThrow(/`gcpVlans`.*get their interconnect, VLAN/);
  });

  test('fails when a Partner router ASN is not 16550', () => {
    expect(() => partner({ routerName: 'my-router', routerAsn: 64600 })).toThrow(/`routerAsn`/);
  });

  test('fails when a Dedicated link has no customer ASN', () => {
    expect(() => dedicated({ customerAsn: undefined })).toThrow(/`customerAsn`/);
  });

  test('fails when the VLANs and the interconnects do not pair up', () => {
    expect(() => dedicated({ vlans: [300] })).toThrow(/`vlans`.*one VLAN per attachment/);
  });

  test.each([[1], [4094], [4095]])('fails when a Dedicated attachment\'s VLAN is %p: Google takes 2-4093', (v) => {
    expect(() => dedicated({ vlans: [300, v], propertyPrefix: 'gcp' })).toThrow(new RegExp(`\\[test/Ic\\] \`gcpVlans\\[1\\]\` = ${v}: google_compute_interconnect_attachment.vlan_tag8021q must be between 2 and 4093.*Fix: use a VLAN from 2 to 4093`));
  });

  test.each([[2], [4093]])('accepts the nearest valid VLAN %p', (v) => {
    expect(() => dedicated({ vlans: [300, v] })).not.toThrow();
  });

  test('fails when a second attachment claims a VLAN already used on the interconnect', () => {
    const { stack, gcp } = dedicated();
    expect(() => new GcpInterconnectLink(stack, 'Ic2', { hub: gcp, type: GcpInterconnectType.DEDICATED, customerAsn: 65010, interconnects: ['ic-b'], vlans: [301] }))
      .toThrow(/`vlans\[0\]` = 301/);
  });

  test('fails when a candidate subnet is not a link-local /29', () => {
    expect(() => dedicated({ candidateSubnets: ['10.0.0.0/29', '169.254.100.8/29'], propertyPrefix: 'gcp' })).toThrow(/`gcpCandidateSubnets\[0\]`/);
  });

  test('fails when the MTU is not one Google offers', () => {
    expect(() => partner({ mtu: 9000 })).toThrow(/`mtu` = 9000/);
  });
});
