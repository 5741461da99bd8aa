import fc from 'fast-check';
import { Cidr } from '../../lib/plan/addressing/cidr';
import { AWS_RESERVED_TUNNEL_CIDRS, PeeringAllocator, PeeringKind } from '../../lib/plan/addressing/peering';

const AZ_AWS = [PeeringKind.AZURE_APIPA, PeeringKind.AWS_TUNNEL];

describe('PeeringAllocator', () => {
  test('an Azure-AWS tunnel comes from the APIPA window and avoids AWS reserved /30s', () => {
    const a = new PeeringAllocator();
    const t = a.request('app/vpn/aws/tunnel1', AZ_AWS);
    const c = t.cidr;
    expect(c.prefixLength).toBe(30);
    expect(Cidr.parse('169.254.21.0/24').contains(c) || Cidr.parse('169.254.22.0/24').contains(c)).toBe(true);
    expect(AWS_RESERVED_TUNNEL_CIDRS.some((r) => Cidr.parse(r).overlaps(c))).toBe(false);
    expect(t.first).toBe(c.hostAddress(1));
    expect(t.second).toBe(c.hostAddress(2));
  });

  test('addresses are keyed by name, not call order', () => {
    const keys = Array.from({ length: 40 }, (_, i) => `app/link${i}/tunnel${i % 4}`);
    const one = new PeeringAllocator();
    const fwd = keys.map((k) => one.request(k, AZ_AWS));
    const two = new PeeringAllocator();
    const rev = [...keys].reverse().map((k) => two.request(k, AZ_AWS)).reverse();
    expect(fwd.map((x) => x.text)).toEqual(rev.map((x) => x.text));
  });

  test('no /30 is handed out twice, and explicit subnets are reserved first', () => {
    const a = new PeeringAllocator();
    const fixed = a.reserve('user/tunnel', '169.254.21.0/30', AZ_AWS, 'tunnelCidrs[0]');
    const many = Array.from({ length: 127 }, (_, i) => a.request(`k${i}`, [PeeringKind.AZURE_APIPA]));
    const all = [fixed, ...many].map((x) => x.text);
    expect(new Set(all).size).toBe(128);
    expect(() => a.request('one-too-many', [PeeringKind.AZURE_APIPA]).cidr).toThrow(/every \/30 .* is taken/);
  });

  test.each([
    ['169.254.20.0/30', AZ_AWS, /only in 169.254.21.0-169.254.22.255/],
    ['169.254.21.2/30', AZ_AWS, /not aligned/],
    ['169.254.21.0/29', AZ_AWS, /a \/29 is not allowed/],
    ['169.254.5.0/30', [PeeringKind.AWS_TUNNEL], /reserved 169.254.5.0\/30/],
    ['169.254.169.252/30', [PeeringKind.GCP_LINK_LOCAL, PeeringKind.AWS_TUNNEL], /reserved/],
    ['10.0.0.0/30', [PeeringKind.GCP_LINK_LOCAL], /169.254.0.0\/16/],
  ])('fails when an explicit subnet is %p', (text, kinds, why) => {
    expect(() => new PeeringAllocator().reserve('k', text as string, kinds as PeeringKind[], 'tunnelCidr')).toThrow(why as RegExp);
  });

  test('fails when an explicit subnet is used twice in the app', () => {
    const a = new PeeringAllocator();
    a.reserve('one', '192.168.0.0/30', [PeeringKind.EXPRESSROUTE], 'p');
    expect(() => a.reserve('two', '192.168.0.0/30', [PeeringKind.EXPRESSROUTE], 'bgpPeeringCidrs[0]')).toThrow(/`bgpPeeringCidrs\[0\]`.*already used by one/);
  });

  test('draws ExpressRoute pairs from a user block and avoids given ranges', () => {
    const a = new PeeringAllocator();
    const ask = (i: number) => a.request(`er/${i}`, [PeeringKind.EXPRESSROUTE, PeeringKind.OCI_FASTCONNECT], { block: ['192.168.100.0/28'], avoid: ['192.168.100.0/30'] });
    const got = [0, 1, 2].map(ask);
    expect(got.map((g) => g.text).sort()).toEqual(['192.168.100.12/30', '192.168.100.4/30', '192.168.100.8/30']);
    expect(() => ask(3).cidr).toThrow(/`peeringRange`.*every \/30 in the range .* is taken/);
  });

  test('allocations never overlap and obey the rules (property)', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 60 }), (keys) => {
      const a = new PeeringAllocator();
      const got = keys.map((k, i) => a.request(k, i % 2 ? AZ_AWS : [PeeringKind.AZURE_APIPA, PeeringKind.GCP_LINK_LOCAL]).cidr);
      for (let x = 0; x < got.length; x++) {
        expect(got[x].networkAddress.startsWith('169.254.21.') || got[x].networkAddress.startsWith('169.254.22.')).toBe(true);
        for (let y = x + 1; y < got.length; y++) expect(got[x].overlaps(got[y])).toBe(false);
      }
    }), { numRuns: 40 });
  });
});
