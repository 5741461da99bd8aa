import { Cidr, findOverlap, parseAll } from '../../lib/plan/addressing/cidr';
import { CidrSet } from '../../lib/plan/addressing/cidr-set';
import { PeeringAllocator, PeeringKind } from '../../lib/plan/addressing/peering';

// Inputs that used to take minutes: every overlap check sorts once and searches, and the allocator jumps over
// whole avoided blocks. Each case runs well under a second (the earlier code: > 10 minutes and ~2^29 steps).

const vnet = Array.from({ length: 10000 }, (_, i) => `10.${i >> 8}.${i & 255}.0/24`);
const range = Array.from({ length: 10000 }, (_, i) => `172.${16 + (i >> 14)}.${(i >> 6) & 255}.${(i & 63) * 4}/30`);

test('a 10,000-entry range list against 10,000 VNet ranges: no overlap found, in well under a second', () => {
  const a = parseAll(vnet, 'addressSpace');
  const b = parseAll(range, 'peeringRange');
  const t = Date.now();
  const set = new CidrSet(a);
  expect(b.some((c) => set.overlapsAny(c))).toBe(false);
  expect(findOverlap(a, b)).toBeUndefined();
  expect(findOverlap([...a, ...b])).toBeUndefined();
  expect(Date.now() - t).toBeLessThan(1000);
});

test('the same lists with one overlap at the very end: the pair found is the first in list order', () => {
  const a = parseAll(vnet, 'addressSpace');
  const b = parseAll([...range.slice(0, 9999), '10.39.15.128/25'], 'peeringRange');
  const t = Date.now();
  expect(findOverlap(a, b)?.map(String)).toEqual(['10.39.15.0/24', '10.39.15.128/25']);
  expect(findOverlap([...a, ...b])?.map(String)).toEqual(['10.39.15.0/24', '10.39.15.128/25']);
  expect(Date.now() - t).toBeLessThan(1000);
});

test('findOverlap within one list returns the first overlapping pair by index, as comparing every pair does', () => {
  const list = parseAll(['10.0.0.0/24', '10.1.0.0/16', '10.0.1.0/24', '10.1.2.0/24', '10.0.0.128/25'], 'x');
  expect(findOverlap(list)?.map(String)).toEqual(['10.0.0.0/24', '10.0.0.128/25']);
  expect(findOverlap(list.slice(1))?.map(String)).toEqual(['10.1.0.0/16', '10.1.2.0/24']);
  expect(findOverlap(list.slice(2, 4))).toBeUndefined();
});

test('CidrSet containment and overlap answer as the linear scans do', () => {
  const set = new CidrSet(parseAll(['10.0.0.0/8', '192.168.0.0/24', '2001:db8::/32'], 'x'));
  expect(set.containsAny(Cidr.parse('10.5.0.0/16'))).toBe(true);
  expect(set.containsAny(Cidr.parse('192.168.0.0/23'))).toBe(false);
  expect(set.overlapsAny(Cidr.parse('192.168.0.0/23'))).toBe(true);
  expect(set.overlapsAny(Cidr.parse('192.168.1.0/24'))).toBe(false);
  expect(set.overlapsAny(Cidr.parse('2001:db8:1::/48'))).toBe(true);
  expect(set.firstContaining(Cidr.parse('10.0.0.0/30'))?.toString()).toBe('10.0.0.0/8');
});

test('a /30 in 0.0.0.0/0 avoiding 0.0.0.0/1 returns at once: the first slot after the avoided half', () => {
  // the key's hash slot lies in 0.0.0.0/1: the walk used to step through the rest of that half one /30 at a time
  const t = Date.now();
  const a = new PeeringAllocator().request('app/link', [PeeringKind.OCI_IPSEC], { block: ['0.0.0.0/0'], avoid: ['0.0.0.0/1'], prefixLength: 30 });
  expect(a.text).toBe('128.0.0.0/30');
  // a key whose hash slot is free keeps it
  expect(new PeeringAllocator().request('k', [PeeringKind.OCI_IPSEC], { block: ['0.0.0.0/0'], avoid: ['0.0.0.0/1'], prefixLength: 30 }).text).toBe('184.48.227.168/30');
  expect(Date.now() - t).toBeLessThan(1000);
});

test('a range that is entirely avoided fails at once instead of walking every slot', () => {
  const t = Date.now();
  const a = new PeeringAllocator().request('k', [PeeringKind.OCI_IPSEC], { block: ['0.0.0.0/0'], avoid: ['0.0.0.0/1', '128.0.0.0/2', '192.0.0.0/2'], prefixLength: 30 });
  expect(() => a.cidr).toThrow(/`peeringRange` = \["0.0.0.0\/0"\]: every \/30 in the range/);
  expect(Date.now() - t).toBeLessThan(1000);
});

test('jumping keeps the walk\'s answer: the free slot right after an avoided block, wrapping to the start', () => {
  // 16 /30 slots in 10.0.0.0/26; the key's hash slot lies somewhere in it; avoiding all but one slot leaves that one
  for (const free of [0, 7, 15]) {
    const avoid = Array.from({ length: 16 }, (_, i) => `10.0.0.${i * 4}/30`).filter((_, i) => i !== free);
    const a = new PeeringAllocator().request('app/link', [PeeringKind.OCI_IPSEC], { block: ['10.0.0.0/26'], avoid, prefixLength: 30 });
    expect(a.text).toBe(`10.0.0.${free * 4}/30`);
  }
});

test('many allocations from one small range with held subnets in between stay distinct and fast', () => {
  const al = new PeeringAllocator();
  const t = Date.now();
  const got = Array.from({ length: 1500 }, (_, i) => al.request(`app/l${i}`, [PeeringKind.OCI_IPSEC], { block: ['10.0.0.0/19'], avoid: ['10.0.8.0/22'], prefixLength: 30 }));
  const texts = new Set(got.map((g) => g.text));
  expect(texts.size).toBe(1500);
  expect([...texts].some((x) => Cidr.parse('10.0.8.0/22').overlaps(Cidr.parse(x)))).toBe(false);
  expect(Date.now() - t).toBeLessThan(3000);
});
