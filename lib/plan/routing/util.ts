import { Cidr } from '../addressing/cidr';
import { Cloud } from '../facts/clouds';
import { BgpSessionRecord, LinkRecord } from './model';

/** Small helpers the routing modules and the report share. Pure TypeScript, no cdktf. */

/** The display order of the clouds. */
export const CLOUD_ORDER: Cloud[] = [Cloud.AZURE, Cloud.AWS, Cloud.GCP, Cloud.OCI, Cloud.CUSTOMER];

/** String order by code unit (stable, locale-independent). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Prefixes parsed so far (a `Cidr` is immutable; the propagation and the budgets read the same few thousand). */
const PARSED = new Map<string, Cidr>();

/**
 * `Cidr.parseLoose`, remembered by text: a whole-app propagation reads every prefix of the app once per session
 * and per budget. Only successful parses are kept (a failure throws as `parseLoose` does, with `property`).
 */
export function parseCached(text: string, property?: string): Cidr {
  const hit = typeof text === 'string' ? PARSED.get(text) : undefined;
  if (hit) return hit;
  const c = Cidr.parseLoose(text, property);
  if (PARSED.size >= 100_000) PARSED.clear();
  PARSED.set(text, c);
  return c;
}

/** Drop keys whose value is undefined (so that JSON and `toEqual` stay clean). */
export function omitUndefined<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o)) {
    const v = (o as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = v;
  }
  return out as T;
}

/**
 * `omitUndefined` for an object literal the caller has just built and handed to no one: its undefined keys are
 * deleted in place instead of copying the others into a new object (the copies of the report's records were a
 * third of the route propagation's time at 500 links). The remaining keys keep their order.
 */
export function dropUndefined<T extends object>(fresh: T): T {
  for (const k of Object.keys(fresh)) {
    if ((fresh as Record<string, unknown>)[k] === undefined) delete (fresh as Record<string, unknown>)[k];
  }
  return fresh;
}

/** The snapshot (hubs and links) each result of `computePropagation` was computed from, by the result object. */
export const COMPUTED_FROM = new WeakMap<object, object>();

/** Sessions sorted by id, duplicates (same id) dropped. */
export function uniqueSessions(links: LinkRecord[]): BgpSessionRecord[] {
  const byId = new Map<string, BgpSessionRecord>();
  for (const l of links) for (const s of l.sessions) if (!byId.has(s.id)) byId.set(s.id, s);
  return [...byId.values()].sort((x, y) => cmp(x.id, y.id));
}

/**
 * The pairs of networks (indices into `nets`, `i < j`) with at least one overlapping range, each `j` list in
 * ascending order: the only pairs `overlappingRanges` can report (two declarations of the same network have the
 * same ranges, so they overlap too). A sweep over the ranges in address order instead of comparing every pair of
 * hubs: prefixes are nested or disjoint, so the ranges open at an address form one chain of containers.
 */
export function overlappingPairs(nets: Cidr[][]): Map<number, number[]> {
  const ranges = nets.flatMap((cidrs, net) => cidrs.map((c) => ({ net, c })))
    .sort((x, y) => x.c.version - y.c.version || (x.c._first < y.c._first ? -1 : x.c._first > y.c._first ? 1 : 0)
      || (x.c._last > y.c._last ? -1 : x.c._last < y.c._last ? 1 : 0));
  const found = new Map<number, Set<number>>();
  const open: Array<{ net: number; c: Cidr }> = [];
  for (const r of ranges) {
    while (open.length > 0 && (open[open.length - 1].c.version !== r.c.version || open[open.length - 1].c._last < r.c._first)) open.pop();
    for (const o of open) {
      if (o.net === r.net) continue;
      const [i, j] = o.net < r.net ? [o.net, r.net] : [r.net, o.net];
      let set = found.get(i);
      if (!set) found.set(i, (set = new Set()));
      set.add(j);
    }
    open.push(r);
  }
  return new Map([...found].map(([i, set]) => [i, [...set].sort((x, y) => x - y)]));
}

export function push<T>(m: Map<string, T[]>, k: string, v: T): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

export function add(m: Map<string, Set<string>>, k: string, v: string): void {
  const s = m.get(k);
  if (s) s.add(v);
  else m.set(k, new Set([v]));
}
