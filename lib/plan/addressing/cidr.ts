import * as ipaddr from 'ipaddr.js';
import { CidrSet } from './cidr-set';
import { fail } from '../errors';
import { guard } from '../guards';

/**
 * IPv4 and IPv6 prefixes: parse, normalise, compare, split and summarise.
 *
 * Parsing is done by `ipaddr.js` (bundled), the arithmetic on BigInt so that IPv6 works like IPv4.
 */

const V4_BITS = 32;
const V6_BITS = 128;
/** Puts IPv6 numbers above every IPv4 number when both share one ordered set. */
const V6_OFFSET = 1n << 129n;
/** The longest text a prefix can need (a full IPv6 address with an IPv4 tail and `/128`), with room for spaces. */
const MAX_TEXT = 100;
/** The most subnets `split` hands out in one call. */
const MAX_SPLIT = 1 << 20;

function bitsOf(version: number): number {
  return version === 4 ? V4_BITS : V6_BITS;
}

function toBigInt(bytes: number[]): bigint {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n;
}

function fromBigInt(n: bigint, version: number): string {
  if (version === 4) {
    // what ipaddr.js writes for IPv4 (the four octets in decimal), without building the byte array and its object
    const v = Number(n);
    return `${(v >>> 24) & 255}.${(v >>> 16) & 255}.${(v >>> 8) & 255}.${v & 255}`;
  }
  const len = version === 4 ? 4 : 16;
  const bytes: number[] = new Array(len);
  let v = n;
  for (let i = len - 1; i >= 0; i--) {
    bytes[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return ipaddr.fromByteArray(bytes).toString();
}

/** Four decimal octets without leading zeros: the IPv4 text `ipaddr.IPv4.isValidFourPartDecimal` accepts (octets up to 255). */
const V4_DECIMAL = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})$/;

/** Parse a bare address to [version, value]; undefined when it is not one. */
function parseAddress(text: string): { version: number; value: bigint } | undefined {
  if (typeof text !== 'string') return undefined;
  const t = text.trim();
  // the common case read directly (the same value ipaddr.js gives; anything else takes ipaddr.js's path below)
  const m = V4_DECIMAL.exec(t);
  if (m) {
    const a = Number(m[1]), b = Number(m[2]), c = Number(m[3]), d = Number(m[4]);
    if (a <= 255 && b <= 255 && c <= 255 && d <= 255) return { version: 4, value: BigInt(a * 16777216 + b * 65536 + c * 256 + d) };
  }
  if (ipaddr.IPv4.isValidFourPartDecimal(t)) {
    return { version: 4, value: toBigInt(ipaddr.IPv4.parse(t).toByteArray()) };
  }
  if (t.includes(':') && ipaddr.IPv6.isValid(t)) {
    const a = ipaddr.IPv6.parse(t);
    if (a.zoneId) return undefined;
    return { version: 6, value: toBigInt(a.toByteArray()) };
  }
  return undefined;
}

/** An IPv4 or IPv6 prefix such as `10.0.0.0/16` or `2001:db8::/32`. Immutable. */
export class Cidr {
  /**
   * Parse a prefix. The address must be in canonical form for IPv4 (four decimal parts) and the host bits must be
   * zero (`10.0.0.1/30` is rejected: write `10.0.0.0/30`).
   *
   * @param text the prefix
   * @param property the property name to use in the error message
   */
  public static parse(text: string, property?: string): Cidr {
    guard.optional(property, 'property', guard.string);
    const c = Cidr.parseLoose(text, property);
    if (!c.aligned) {
      fail(property ?? 'cidr', text, `the prefix has host bits set: a /${c.prefixLength} starts at ${c.networkAddress}`, `write ${c.toString()} (or the aligned block you meant)`);
    }
    return c;
  }

  /**
   * Parse a prefix, tolerating host bits (they are cleared, `aligned` tells whether any were set).
   *
   * @param text the prefix
   * @param property the property name to use in the error message
   */
  public static parseLoose(text: string, property?: string): Cidr {
    const prop = guard.optional(property, 'property', guard.string) ?? 'cidr';
    if (typeof text !== 'string' || !text.includes('/') || text.length > MAX_TEXT) {
      fail(prop, text, 'not a prefix in CIDR notation', 'write an address and a prefix length, e.g. "10.0.0.0/16" or "2001:db8::/48"');
    }
    const [addr, lenText, ...rest] = text.trim().split('/');
    const parsed = parseAddress(addr);
    if (!parsed || rest.length > 0 || !/^\d{1,3}$/.test(lenText)) {
      fail(prop, text, 'not a valid IPv4 or IPv6 prefix', 'write an address and a prefix length, e.g. "10.0.0.0/16" or "2001:db8::/48"');
    }
    const len = Number(lenText);
    const bits = bitsOf(parsed.version);
    if (len > bits) {
      fail(prop, text, `an IPv${parsed.version} prefix length is 0 to ${bits}`, `use a prefix length of at most /${bits}`);
    }
    return new Cidr(parsed.version, parsed.value, len);
  }

  /** True when `text` is a valid, aligned prefix. */
  public static isCidr(text: string): boolean {
    try {
      return Cidr.parseLoose(text).aligned;
    } catch {
      return false;
    }
  }

  /** True when `text` is a valid IPv4 or IPv6 address (no prefix length). */
  public static isAddress(text: string): boolean {
    return parseAddress(text) !== undefined;
  }

  /**
   * The fewest prefixes that cover exactly the same addresses as `cidrs` (duplicates and contained prefixes
   * removed, adjacent aligned blocks merged). IPv4 prefixes come first, then IPv6, each in address order.
   *
   * @param cidrs the prefixes to summarise
   */
  public static summarize(cidrs: string[]): string[] {
    guard.array(cidrs, 'cidrs');
    return Cidr._summarizeParsed(cidrs.map((c, i) => Cidr.parseLoose(c, `cidrs[${i}]`)));
  }

  /** @internal `summarize` for prefixes already parsed. */
  public static _summarizeParsed(parsed: Cidr[]): string[] {
    const out: string[] = [];
    for (const version of [4, 6]) {
      const ranges = parsed
        .filter((c) => c.version === version)
        .map((c) => [c.first, c.last] as [bigint, bigint])
        .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
      const merged: Array<[bigint, bigint]> = [];
      for (const r of ranges) {
        const last = merged[merged.length - 1];
        if (last && r[0] <= last[1] + 1n) {
          if (r[1] > last[1]) last[1] = r[1];
        } else {
          merged.push([r[0], r[1]]);
        }
      }
      for (const [lo, hi] of merged) out.push(...Cidr.rangeToCidrs(lo, hi, version).map((c) => c.toString()));
    }
    return out;
  }

  /** The minimal list of aligned prefixes covering [lo, hi]. */
  private static rangeToCidrs(lo: bigint, hi: bigint, version: number): Cidr[] {
    const bits = bitsOf(version);
    const out: Cidr[] = [];
    let cur = lo;
    while (cur <= hi) {
      // largest block aligned at `cur` that does not pass `hi`
      let size = 0;
      while (size < bits) {
        const next = size + 1;
        const blockMask = (1n << BigInt(next)) - 1n;
        if ((cur & blockMask) !== 0n) break;
        if (cur + blockMask > hi) break;
        size = next;
      }
      out.push(new Cidr(version, cur, bits - size));
      cur += 1n << BigInt(size);
    }
    return out;
  }

  /** 4 or 6. */
  public readonly version: number;
  /** The prefix length. */
  public readonly prefixLength: number;
  /** False when the text that was parsed had host bits set. */
  public readonly aligned: boolean;
  private readonly first: bigint;
  private readonly last: bigint;

  private constructor(version: number, value: bigint, prefixLength: number) {
    const bits = bitsOf(version);
    const hostBits = BigInt(bits - prefixLength);
    const mask = ((1n << BigInt(bits)) - 1n) ^ ((1n << hostBits) - 1n);
    this.version = version;
    this.prefixLength = prefixLength;
    this.first = value & mask;
    this.last = this.first + (1n << hostBits) - 1n;
    this.aligned = this.first === value;
  }

  /** The first address of the prefix. */
  public get networkAddress(): string {
    return fromBigInt(this.first, this.version);
  }

  /** The last address of the prefix. */
  public get lastAddress(): string {
    return fromBigInt(this.last, this.version);
  }

  /** How many addresses the prefix holds (a float for large IPv6 prefixes). */
  public get addressCount(): number {
    return Number(this.last - this.first + 1n);
  }

  /** The canonical text, e.g. `10.0.0.0/16`. */
  public toString(): string {
    return `${this.networkAddress}/${this.prefixLength}`;
  }

  /** True when `other` lies entirely inside this prefix. */
  public contains(other: Cidr): boolean {
    isCidrObject(other, 'other');
    return this.version === other.version && other.first >= this.first && other.last <= this.last;
  }

  /** True when the address `address` lies inside this prefix. */
  public containsAddress(address: string): boolean {
    guard.string(address, 'address', { maxLength: MAX_TEXT });
    const a = parseAddress(address);
    return a !== undefined && a.version === this.version && a.value >= this.first && a.value <= this.last;
  }

  /** True when the two prefixes share at least one address. */
  public overlaps(other: Cidr): boolean {
    isCidrObject(other, 'other');
    return this.version === other.version && this.first <= other.last && other.first <= this.last;
  }

  /** True when both prefixes cover the same addresses. */
  public sameAs(other: Cidr): boolean {
    isCidrObject(other, 'other');
    return this.version === other.version && this.first === other.first && this.last === other.last;
  }

  /**
   * Split into aligned subnets of `newPrefixLength`, in address order.
   *
   * @param newPrefixLength the length of each subnet (at least this prefix's length)
   * @param max refuse to return more than this many subnets (default 65536)
   */
  public split(newPrefixLength: number, max?: number): Cidr[] {
    const bits = bitsOf(this.version);
    guard.optional(max, 'max', (v, p) => guard.integer(v, p, { min: 1, max: MAX_SPLIT }));
    if (typeof newPrefixLength !== 'number' || !Number.isInteger(newPrefixLength) || newPrefixLength < this.prefixLength || newPrefixLength > bits) {
      fail('newPrefixLength', newPrefixLength, `a /${this.prefixLength} splits into prefixes of length ${this.prefixLength} to ${bits}`, 'choose a length in that range');
    }
    const count = 1n << BigInt(newPrefixLength - this.prefixLength);
    const limit = BigInt(max ?? 65536);
    if (count > limit) {
      fail('newPrefixLength', newPrefixLength, `splitting ${this} into /${newPrefixLength}s gives ${count} subnets, more than ${limit}`, 'split a smaller block or raise `max`');
    }
    const step = 1n << BigInt(bits - newPrefixLength);
    const out: Cidr[] = [];
    for (let i = 0n; i < count; i++) out.push(new Cidr(this.version, this.first + i * step, newPrefixLength));
    return out;
  }

  /**
   * The address at offset `index` from the start of the prefix (0 is the network address). Negative offsets count
   * back from the last address (-1 is the last).
   */
  public hostAddress(index: number): string {
    guard.integer(index, 'index');
    const offset = BigInt(index);
    const value = offset >= 0n ? this.first + offset : this.last + offset + 1n;
    if (value < this.first || value > this.last) {
      fail('index', index, `${this} holds ${this.last - this.first + 1n} addresses`, 'use an offset inside the prefix');
    }
    return fromBigInt(value, this.version);
  }

  /**
   * The first usable host address: network + 1 for an IPv4 /30 (or shorter) and an IPv6 /126 (or shorter), the
   * network address itself for a point-to-point IPv4 /31 or IPv6 /127 (RFC 3021 / RFC 6164).
   */
  public get firstUsable(): string {
    return this.hostAddress(this.isPointToPoint ? 0 : 1);
  }

  /** The second usable host address: the peer of `firstUsable` on a /30, /31, /126 or /127. */
  public get secondUsable(): string {
    return this.hostAddress(this.isPointToPoint ? 1 : 2);
  }

  /** The usable host address with `prefixLength` appended, e.g. `169.254.21.1/30`. */
  public withLength(address: string): string {
    if (parseAddress(address)?.version !== this.version) {
      fail('address', address, `not an IPv${this.version} address (the prefix is ${this})`, `give an address of ${this}, e.g. ${this.networkAddress}`);
    }
    return `${address}/${this.prefixLength}`;
  }

  private get isPointToPoint(): boolean {
    return this.prefixLength >= bitsOf(this.version) - 1;
  }

  /** @internal The first address as a number (IPv6 above every IPv4 address), for fast interval arithmetic. */
  public get _first(): bigint {
    return this.version === 6 ? this.first + V6_OFFSET : this.first;
  }

  /** @internal The last address as a number (IPv6 above every IPv4 address). */
  public get _last(): bigint {
    return this.version === 6 ? this.last + V6_OFFSET : this.last;
  }

  /** @internal The prefix of length `prefixLength` that starts at `first` (no parsing; `first` must be aligned). */
  public static _at(version: number, first: bigint, prefixLength: number): Cidr {
    return new Cidr(version, first, prefixLength);
  }

  /** @internal The prefix's first address as a number within its own version. */
  public get _base(): bigint {
    return this.first;
  }
}

/** Parse each of `values` as a prefix; `property` names the list in errors (`addressSpace[2]`). */
export function parseAll(values: string[], property: string): Cidr[] {
  guard.string(property, 'property');
  guard.array(values, property);
  return values.map((v, i) => Cidr.parse(v, `${property}[${i}]`));
}

/**
 * The first pair of overlapping prefixes between two lists (or within one when `b` is omitted), in list order: the
 * same pair as comparing every element with every other, found with one sort and a binary search per element.
 */
export function findOverlap(a: Cidr[], b?: Cidr[]): [Cidr, Cidr] | undefined {
  guard.array(a, 'a', isCidrObject);
  if (b === undefined) {
    // The first element that overlaps any other has its partner later in the list (its earlier partners would
    // themselves be earlier elements with a partner). Which elements have a partner: one sweep in address order.
    const order = a.map((_c, i) => i).sort((x, y) => (a[x]._first < a[y]._first ? -1 : a[x]._first > a[y]._first ? 1 : x - y));
    const partnered = new Array<boolean>(a.length).fill(false);
    let reach = -1n;
    order.forEach((i, k) => {
      const next = order[k + 1];
      if (reach >= a[i]._first || (next !== undefined && a[next]._first <= a[i]._last)) partnered[i] = true;
      if (a[i]._last > reach) reach = a[i]._last;
    });
    const i = partnered.indexOf(true);
    if (i < 0) return undefined;
    for (let j = i + 1; j < a.length; j++) if (a[i].overlaps(a[j])) return [a[i], a[j]];
    return undefined;
  }
  guard.array(b, 'b', isCidrObject);
  const set = new CidrSet(b);
  for (const x of a) {
    const y = set.firstOverlapping(x);
    if (y) return [x, y];
  }
  return undefined;
}

/** Throws unless `value` is a parsed `Cidr`. */
function isCidrObject(value: unknown, property: string): Cidr {
  if (!(value instanceof Cidr)) fail(property, value, 'must be a parsed prefix (a Cidr)', 'parse the text first with Cidr.parse');
  return value;
}
