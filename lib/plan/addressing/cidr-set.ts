import type { Cidr } from './cidr';

/**
 * A fixed list of prefixes indexed for overlap and containment queries: the prefixes are parsed once by the
 * caller, sorted once by first address, and each query is a binary search over the sorted firsts plus a prefix
 * maximum of the lasts (exact for any intervals, IPv4 and IPv6 kept apart by `Cidr._first`). n queries against m
 * prefixes cost O((n + m) log m) instead of n * m comparisons. Internal to the planning core (not jsii API).
 */
export class CidrSet {
  private readonly firsts: bigint[];
  /** The largest last address among the sorted prefixes 0..i, and which prefix (list index) holds it. */
  private readonly maxLast: bigint[];
  private readonly maxAt: number[];

  constructor(public readonly cidrs: readonly Cidr[]) {
    const order = cidrs.map((c, i) => ({ f: c._first, l: c._last, i })).sort((x, y) => (x.f < y.f ? -1 : x.f > y.f ? 1 : x.i - y.i));
    this.firsts = order.map((o) => o.f);
    this.maxLast = [];
    this.maxAt = [];
    order.forEach((o, k) => {
      const prev = k > 0 ? this.maxLast[k - 1] : undefined;
      if (prev === undefined || o.l > prev) {
        this.maxLast.push(o.l);
        this.maxAt.push(o.i);
      } else {
        this.maxLast.push(prev);
        this.maxAt.push(this.maxAt[k - 1]);
      }
    });
  }

  public get size(): number {
    return this.cidrs.length;
  }

  /** The index (in the sorted order) of the last prefix starting at or before `at`; -1 when none does. */
  private lastStartingBy(at: bigint): number {
    return lastAtOrBefore(this.firsts, at);
  }

  /** The list index of a prefix that overlaps [first, last] and reaches furthest, or undefined. */
  public _reaching(first: bigint, last: bigint): number | undefined {
    const k = this.lastStartingBy(last);
    return k >= 0 && this.maxLast[k] >= first ? this.maxAt[k] : undefined;
  }

  /** True when some prefix shares an address with `c`. */
  public overlapsAny(c: Cidr): boolean {
    return this._reaching(c._first, c._last) !== undefined;
  }

  /** True when some prefix holds all of `c`. */
  public containsAny(c: Cidr): boolean {
    const k = this.lastStartingBy(c._first);
    return k >= 0 && this.maxLast[k] >= c._last;
  }

  /** The first prefix in list order that overlaps `c` (the same answer as `cidrs.find(x => x.overlaps(c))`). */
  public firstOverlapping(c: Cidr): Cidr | undefined {
    const i = this.firstOverlappingIndex(c);
    return i === undefined ? undefined : this.cidrs[i];
  }

  /** The list index of the first prefix that overlaps `c` (as `cidrs.findIndex(x => x.overlaps(c))`), or undefined. */
  public firstOverlappingIndex(c: Cidr): number | undefined {
    if (!this.overlapsAny(c)) return undefined;
    return this.cidrs.findIndex((x) => x.overlaps(c));
  }

  /** The first prefix in list order that contains `c` (the same answer as `cidrs.find(x => x.contains(c))`). */
  public firstContaining(c: Cidr): Cidr | undefined {
    return this.containsAny(c) ? this.cidrs.find((x) => x.contains(c)) : undefined;
  }

  /** The last address (as `Cidr._last`) of the avoided space that overlaps [first, last], or undefined when it is free. */
  public _blockedUntil(first: bigint, last: bigint): bigint | undefined {
    const i = this._reaching(first, last);
    return i === undefined ? undefined : this.cidrs[i]._last;
  }
}

/** In an ascending list, the index of the last value at or before `at` (binary search); -1 when none is. */
export function lastAtOrBefore(sorted: readonly bigint[], at: bigint): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= at) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
