import { Vlan, VlanRegistry } from '../../lib/plan/addressing/vlan';

describe('VLANs', () => {
  test.each([0, 4095, -1, 1.5, 5000])('fails when the VLAN is %p', (v) => {
    expect(() => Vlan.validate(v, 'vlan')).toThrow(/`vlan`.*1 to 4094/);
  });

  test('accepts 1 and 4094', () => {
    expect(() => Vlan.validate(1, 'vlan')).not.toThrow();
    expect(() => Vlan.validate(4094, 'vlan')).not.toThrow();
  });

  test('fails when a VLAN is reused on one circuit, not across circuits', () => {
    const r = new VlanRegistry();
    r.claim('circuit-a', 100, 'aws', 'aws.vlan');
    r.claim('circuit-b', 100, 'gcp', 'gcp.vlan');
    expect(() => r.claim('circuit-a', 100, 'oci', 'oci.vlan')).toThrow(/`oci.vlan` = 100: VLAN 100 is already used on circuit-a by aws/);
    expect(r.used('circuit-a')).toEqual([100]);
  });
});
