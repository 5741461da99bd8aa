import { OciHub } from '../../lib/hubs/oci-hub';
import { Cloud } from '../../lib/plan/facts/clouds';
import { OCI_HUB, providerStack, resourcesOf } from '../support/fixtures';

describe('OciHub', () => {
  test('creates a DRG, attaches it to the VCN and owns a route table to the DRG', () => {
    // GIVEN
    const stack = providerStack();
    // WHEN
    new OciHub(stack, 'Oci', OCI_HUB);
    // THEN
    expect(Object.values(resourcesOf(stack, 'oci_core_drg'))[0]).toMatchObject({ compartment_id: OCI_HUB.compartmentId, display_name: 'Oci-drg' });
    expect(Object.values(resourcesOf(stack, 'oci_core_drg_attachment'))[0]).toMatchObject({ network_details: [{ id: OCI_HUB.vcnId, type: 'VCN' }] });
    expect(Object.values(resourcesOf(stack, 'oci_core_route_table'))[0]).toMatchObject({ vcn_id: OCI_HUB.vcnId, display_name: 'Oci-to-drg' });
  });

  test('the route table depends on the DRG attachment (a bare reference)', () => {
    // GIVEN
    const stack = providerStack();
    // WHEN
    new OciHub(stack, 'Oci', OCI_HUB);
    // THEN: a rule to the DRG is refused until the DRG is attached to the VCN
    const [attachment] = Object.keys(resourcesOf(stack, 'oci_core_drg_attachment'));
    const table = Object.values(resourcesOf(stack, 'oci_core_route_table'))[0];
    expect(table.depends_on).toEqual([`oci_core_drg_attachment.${attachment}`]);
  });

  test('routeToDrg adds one rule per prefix, sorted and without duplicates', () => {
    const stack = providerStack();
    const hub = new OciHub(stack, 'Oci', OCI_HUB);
    hub.routeToDrg(['10.20.0.0/16', '10.10.0.0/16']);
    hub.routeToDrg(['10.10.0.0/16']);
    expect(hub.routedPrefixes).toEqual(['10.10.0.0/16', '10.20.0.0/16']);
    const rules = Object.values(resourcesOf(stack, 'oci_core_route_table'))[0].route_rules;
    expect(rules.map((r: any) => r.destination)).toEqual(['10.10.0.0/16', '10.20.0.0/16']);
    expect(rules.every((r: any) => r.destination_type === 'CIDR_BLOCK')).toBe(true);
  });

  test('offers the hub contract: cloud, ranges, advertised prefixes, name prefix, tags, region', () => {
    const hub = new OciHub(providerStack(), 'Oci', { ...OCI_HUB, freeformTags: { team: 'net' } });
    expect(hub.cloud).toBe(Cloud.OCI);
    expect(hub.ranges).toEqual(['10.40.0.0/16']);
    expect(hub.rangesProperty).toBe('vcnCidrs');
    expect(hub.advertisedPrefixes).toEqual(['10.40.1.0/24']);
    expect(hub.advertisedProperty).toBe('subnetCidrs');
    expect(hub.namePrefix).toBe('Oci');
    expect(hub.tags).toEqual({ team: 'net' });
    expect(hub.region).toBe('us-ashburn-1');
    expect(hub.compartmentId).toBe(OCI_HUB.compartmentId);
  });

  test('advertises the VCN CIDRs when no subnets are given', () => {
    const hub = new OciHub(providerStack(), 'Oci', { ...OCI_HUB, subnetCidrs: undefined });
    expect(hub.advertisedPrefixes).toEqual(['10.40.0.0/16']);
  });

  test('fails when a subnet lies outside the VCN', () => {
    expect(() => new OciHub(providerStack(), 'Oci', { ...OCI_HUB, subnetCidrs: ['10.40.1.0/24', '10.50.0.0/24'] }))
      .toThrow(/`subnetCidrs\[1\]` = "10.50.0.0\/24": a subnet must lie inside the VCN CIDRs/);
  });

  test('fails when the VCN has no CIDR block', () => {
    expect(() => new OciHub(providerStack(), 'Oci', { ...OCI_HUB, vcnCidrs: [], subnetCidrs: undefined })).toThrow(/`vcnCidrs`/);
  });
});
