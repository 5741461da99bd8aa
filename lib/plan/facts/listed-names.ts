/**
 * Names a cloud publishes (regions, locations, ExpressRoute peering locations) checked against the lists in
 * `regions.ts`, with the nearest listed name as the fix. Pure TypeScript, no cdktf.
 */
import { fail } from '../errors';
import { NameList } from './regions';

/** Lower case without spaces, dashes, dots or underscores: `East US` and `east-us` both become `eastus`. */
function squash(s: string): string {
  return s.toLowerCase().replace(/[\s\-_.]/g, '');
}

/** Levenshtein distance, bounded: gives up (returns `max + 1`) once every path is past `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** The listed name nearest to `value` (same name but for case, spaces and dashes first, then by edit distance), if one is close. */
export function nearestListed(value: string, list: NameList): string | undefined {
  const v = squash(value);
  const same = list.names.find((n) => squash(n) === v);
  if (same !== undefined) return same;
  const max = Math.max(2, Math.floor(v.length / 4));
  let best: string | undefined;
  let bestD = max + 1;
  for (const n of list.names) {
    const d = distance(v, squash(n), bestD - 1);
    if (d < bestD) [best, bestD] = [n, d];
  }
  return best;
}

/**
 * Fail unless `value` is on `list` (exactly as listed). The error names `property`, the list's source and date,
 * the nearest listed name, and the escape property for a name newer than the list.
 *
 * @param what what the name is, e.g. `an Azure location`
 * @param escape the property that accepts an unlisted name, e.g. `allowUnlistedLocation`
 */
export function requireListed(value: string, list: NameList, property: string, what: string, escape: string): void {
  if (typeof value !== 'string') fail(property, value, `${what} is a string`, `give ${what} as a string`);
  if (list.names.length === 0 || list.names.includes(value)) return;
  const near = nearestListed(value, list);
  fail(property, value, `not ${what} (the list read from ${list.source.split(' ')[0]} on ${list.snapshot})`,
    near !== undefined
      ? `did you mean "${near}"? or, for a name newer than that list, set ${escape}: true`
      : `use a name from that list, or, for a name newer than it, set ${escape}: true`);
}
