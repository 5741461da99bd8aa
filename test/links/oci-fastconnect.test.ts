import { TerraformVariable } from 'cdktf';
import { OciFastConnectLink, OciFastConnectLinkProps, OciProviderServiceType } from '../../lib/links/oci-fastconnect';
import { hubsStack, resourcesOf, synthJson } from '../support/fixtures';

function fc(props: Partial<OciFastConnectLinkProps> = {}) {
  const h = hubsStack();
  const link = new OciFastConnectLink(h.stack, 'Fc', { hub: h.oci, providerServiceName: 'Megaport', customerAsn: 65010, peeringCidr: '192.168.254.8/30', ...props });
  return { ...h, link };
}

describe('OciFastConnectLink', () => {
  test('Layer 2: a private virtual circuit on the hub\'s DRG with the customer ASN and the BGP addresses', () => {
    // GIVEN / WHEN
    const { stack, link } = fc();
    // THEN
    const vc = Object.values(resourcesOf(stack, 'oci_core_virtual_circuit'))[0];
    expect(vc).toMatchObject({ type: 'PRIVATE', customer_asn: '65010', bandwidth_shape_name: '1 Gbps', is_bfd_enabled: false });
    expect(vc.gateway_id).toMatch(/oci_core_drg\./);
    expect(vc.cross_connect_mappings[0]).toMatchObject({ customer_bgp_peering_ip: '192.168.254.9/30', oracle_bgp_peering_ip: '192.168.254.10/30' });
    expect(link.peering!.text).toBe('192.168.254.8/30');
  });

  test('Layer 2: claims its peering subnet from peeringRange when none is given', () => {
    const { link } = fc({ peeringCidr: undefined, peeringRange: ['192.168.253.0/24'] });
    expect(link.peering!.text).toMatch(/^192\.168\.253\.\d+\/30$/);
  });

  test('Layer 3: no customer ASN, no BGP addresses, and the lookup asks for LAYER3', () => {
    const { stack, link } = fc({ providerServiceType: OciProviderServiceType.LAYER3, customerAsn: undefined, peeringCidr: undefined });
    expect(link.peering).toBeUndefined();
    const vc = Object.values(resourcesOf(stack, 'oci_core_virtual_circuit'))[0];
    expect(vc.customer_asn).toBeUndefined();
    expect(vc.cross_connect_mappings).toBeUndefined();
    const lookup: any = Object.values(synthJson(stack).data.oci_core_fast_connect_provider_services)[0];
    expect(lookup.filter).toEqual(expect.arrayContaining([{ name: 'type', values: ['LAYER3'] }]));
  });

  test('fails when a Layer 2 circuit has no customer ASN', () => {
    expect(() => fc({ customerAsn: undefined, propertyPrefix: 'oci' })).toThrow(/`ociCustomerAsn`/);
  });

  test('fails when a Layer 2 circuit has neither peeringCidr nor peeringRange', () => {
    expect(() => fc({ peeringCidr: undefined, propertyPrefix: 'oci' })).toThrow(/`ociPeeringCidr`.*needs a BGP subnet/);
  });

  test('fails when a Layer 3 circuit is given BGP settings', () => {
    expect(() => fc({ providerServiceType: OciProviderServiceType.LAYER3, customerAsn: undefined })).toThrow(/`peeringCidr`.*Layer 3 provider runs BGP with Oracle itself/);
  });

  test('fails when the bandwidth shape is not a FastConnect shape', () => {
    expect(() => fc({ bandwidthShapeName: '3 Gbps' })).toThrow(/`bandwidthShapeName` = "3 Gbps"/);
  });

  test('fails when the provider name is empty', () => {
    expect(() => fc({ providerServiceName: ' ' })).toThrow(/`providerServiceName`/);
  });

  test('fails when the MD5 key is a literal, accepts a sensitive variable', () => {
    expect(() => fc({ md5Key: 'literal-key' })).toThrow(/`md5Key`/);
    const h = hubsStack();
    const key = new TerraformVariable(h.stack, 'Md5', { type: 'string', sensitive: true });
    const link = new OciFastConnectLink(h.stack, 'Fc', { hub: h.oci, providerServiceName: 'Megaport', customerAsn: 65010, peeringCidr: '192.168.254.8/30', md5Key: key.stringValue });
    expect(link.md5KeyOutput).toBeDefined();
  });
});
