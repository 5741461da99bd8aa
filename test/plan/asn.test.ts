import fc from 'fast-check';
import { Asn, AsnRole } from '../../lib/plan/addressing/asn';
import { Cloud } from '../../lib/plan/facts/clouds';

describe('Asn', () => {
  test('16/32-bit and private ranges', () => {
    expect(Asn.is16Bit(65534)).toBe(true);
    expect(Asn.is16Bit(4200000000)).toBe(false);
    expect(Asn.isPrivate(64512)).toBe(true);
    expect(Asn.isPrivate(65535)).toBe(false);
    expect(Asn.isPrivate(4200000000)).toBe(true);
    expect(Asn.isValid(23456)).toBe(false);
    expect(Asn.isValid(65010)).toBe(true);
  });

  test.each([
    [65515, Cloud.AZURE, AsnRole.PEER, /Azure reserves 65515-65520/],
    [12076, Cloud.AZURE, AsnRole.PEER, /12076/],
    [8075, Cloud.AZURE, AsnRole.PEER, /8074 and 8075/],
    [65517, Cloud.AZURE, AsnRole.CLOUD_SIDE, /65515-65520/],
    [7224, Cloud.AWS, AsnRole.PEER, /7224/],
    [65000, Cloud.AWS, AsnRole.CLOUD_SIDE, undefined],
    [3000, Cloud.AWS, AsnRole.CLOUD_SIDE, /must be private/],
    [64514, Cloud.GCP, AsnRole.PARTNER_INTERCONNECT_ROUTER, /16550/],
    [16550, Cloud.GCP, AsnRole.PEER, /16550/],
    [31898, Cloud.OCI, AsnRole.PEER, /Oracle/],
    [65000, Cloud.OCI, AsnRole.CLOUD_SIDE, /31898/],
    [64500, Cloud.AZURE, AsnRole.PEER, /documentation/],
    [0, Cloud.AWS, AsnRole.PEER, /1 to 4294967294/],
  ])('ASN %p on %p as %p', (asn, cloud, role, reason) => {
    const v = Asn.check(asn, cloud, role);
    if (reason === undefined) {
      expect(v.allowed).toBe(true);
    } else {
      expect(v.allowed).toBe(false);
      expect(v.reason).toMatch(reason);
      expect(v.fix).toBeTruthy();
    }
  });

  test('AWS region-specific reserved ASNs apply only in their region', () => {
    expect(Asn.check(9059, Cloud.AWS, AsnRole.PEER, 'eu-west-1').allowed).toBe(false);
    expect(Asn.check(9059, Cloud.AWS, AsnRole.PEER, 'us-east-1').allowed).toBe(true);
    // unknown region: be safe
    expect(Asn.check(9059, Cloud.AWS, AsnRole.PEER).allowed).toBe(false);
  });

  test('fails when validate is given a reserved ASN, naming the property', () => {
    expect(() => Asn.validate(65515, Cloud.AZURE, AsnRole.PEER, 'customerRouterAsn')).toThrow(/`customerRouterAsn` = 65515: Azure reserves/);
    expect(() => Asn.validateDistinct(64512, 64512, 'azureAsn', 'the Azure gateway and the AWS gateway')).toThrow(/same ASN on both ends/);
  });

  test('every private ASN outside Azure\'s reserved range may peer with every cloud (property)', () => {
    fc.assert(fc.property(fc.oneof(fc.integer({ min: 64512, max: 65514 }), fc.integer({ min: 65521, max: 65534 }), fc.integer({ min: 4200000000, max: 4294967294 })), (asn) => {
      for (const cloud of [Cloud.AZURE, Cloud.AWS, Cloud.GCP, Cloud.OCI]) expect(Asn.check(asn, cloud, AsnRole.PEER).allowed).toBe(true);
    }));
  });
});
