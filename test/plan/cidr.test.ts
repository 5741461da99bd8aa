import fc from 'fast-check';
import { Cidr } from '../../lib/plan/addressing/cidr';
import { ValidationError } from '../../lib/plan/errors';

describe('Cidr', () => {
  test('parses and normalises IPv4 and IPv6', () => {
    const v4 = Cidr.parse('10.0.0.0/16');
    expect(v4.version).toBe(4);
    expect(v4.prefixLength).toBe(16);
    expect(v4.lastAddress).toBe('10.0.255.255');
    const v6 = Cidr.parse('2001:0db8:0000::/48');
    expect(v6.version).toBe(6);
    expect(v6.toString()).toBe('2001:db8::/48');
  });

  test('fails when host bits are set, naming the aligned block', () => {
    expect(() => Cidr.parse('10.0.0.1/30', 'bgpPeeringCidrs[0]')).toThrow(/`bgpPeeringCidrs\[0\]` = "10.0.0.1\/30".*host bits.*10\.0\.0\.0\/30/);
    expect(Cidr.parseLoose('10.0.0.1/30').aligned).toBe(false);
    expect(Cidr.parseLoose('10.0.0.1/30').toString()).toBe('10.0.0.0/30');
  });

  test.each(['10.0.0/24', '10.0.0.0', '10.0.0.0/33', '300.0.0.0/8', 'abc/8', '10.0.0.0/8/1', '::/129'])('fails when the prefix is %p', (text) => {
    expect(() => Cidr.parse(text, 'cidr')).toThrow(ValidationError);
  });

  test('contains, overlaps, and versions never mix', () => {
    const a = Cidr.parse('10.0.0.0/16');
    expect(a.contains(Cidr.parse('10.0.4.0/24'))).toBe(true);
    expect(a.contains(Cidr.parse('10.1.0.0/24'))).toBe(false);
    expect(a.overlaps(Cidr.parse('10.0.255.0/24'))).toBe(true);
    expect(a.overlaps(Cidr.parse('10.1.0.0/16'))).toBe(false);
    expect(Cidr.parse('::/0').overlaps(a)).toBe(false);
    expect(a.containsAddress('10.0.3.4')).toBe(true);
  });

  test('splits into aligned /30s and gives the usable hosts', () => {
    const subnets = Cidr.parse('192.168.255.0/28').split(30);
    expect(subnets.map(String)).toEqual(['192.168.255.0/30', '192.168.255.4/30', '192.168.255.8/30', '192.168.255.12/30']);
    expect(subnets[1].firstUsable).toBe('192.168.255.5');
    expect(subnets[1].secondUsable).toBe('192.168.255.6');
    const p2p = Cidr.parse('169.254.0.2/31');
    expect([p2p.firstUsable, p2p.secondUsable]).toEqual(['169.254.0.2', '169.254.0.3']);
    const v6 = Cidr.parse('2001:db8::/126');
    expect([v6.firstUsable, v6.secondUsable]).toEqual(['2001:db8::1', '2001:db8::2']);
  });

  test('fails when a split would be enormous', () => {
    expect(() => Cidr.parse('10.0.0.0/8').split(30)).toThrow(/`newPrefixLength`/);
  });

  test('summarises into the fewest prefixes covering the same addresses', () => {
    expect(Cidr.summarize(['10.0.0.0/24', '10.0.1.0/24', '10.0.2.0/23', '10.0.3.0/24'])).toEqual(['10.0.0.0/22']);
    expect(Cidr.summarize(['10.0.1.0/24', '10.0.2.0/24'])).toEqual(['10.0.1.0/24', '10.0.2.0/24']);
    expect(Cidr.summarize(['2001:db8::/33', '2001:db8:8000::/33', '10.0.0.0/8'])).toEqual(['10.0.0.0/8', '2001:db8::/32']);
  });

  // Property: a summary covers exactly the same addresses and is never longer than its input.
  test('summaries preserve the address set (property)', () => {
    const prefix = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 20, max: 28 }))
      .map(([b, c, len]) => Cidr.parseLoose(`10.${b}.${c}.0/${len}`).toString());
    fc.assert(fc.property(fc.array(prefix, { minLength: 1, maxLength: 12 }), (list) => {
      const sum = Cidr.summarize(list).map((s) => Cidr.parse(s));
      const inputs = list.map((s) => Cidr.parse(s));
      expect(sum.length).toBeLessThanOrEqual(new Set(list).size);
      // every input lies in some summary prefix, and every summary prefix is covered by inputs (sample addresses)
      for (const i of inputs) expect(sum.some((s) => s.contains(i))).toBe(true);
      for (const s of sum) {
        for (const probe of [0, s.addressCount - 1, Math.floor(s.addressCount / 2)]) {
          const addr = s.hostAddress(probe);
          expect(inputs.some((i) => i.containsAddress(addr))).toBe(true);
        }
      }
      // no two summary prefixes overlap
      for (let x = 0; x < sum.length; x++) for (let y = x + 1; y < sum.length; y++) expect(sum[x].overlaps(sum[y])).toBe(false);
    }));
  });

  // Property: splitting partitions the block.
  test('split partitions the block (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 22, max: 28 }), fc.integer({ min: 0, max: 4 }), (b, len, extra) => {
      const block = Cidr.parseLoose(`172.16.${b}.0/${len}`);
      const parts = block.split(Math.min(32, len + extra));
      expect(parts.length).toBe(2 ** Math.min(32 - len, extra));
      expect(parts.every((p) => block.contains(p) && p.aligned)).toBe(true);
      expect(Cidr.summarize(parts.map(String))).toEqual([block.toString()]);
    }));
  });
});
