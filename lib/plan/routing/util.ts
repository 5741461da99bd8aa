import { Cloud } from '../facts/clouds';
import { BgpSessionRecord, LinkRecord } from './model';

/** Small helpers the routing modules and the report share. Pure TypeScript, no cdktf. */

/** The display order of the clouds. */
export const CLOUD_ORDER: Cloud[] = [Cloud.AZURE, Cloud.AWS, Cloud.GCP, Cloud.OCI, Cloud.CUSTOMER];

/** String order by code unit (stable, locale-independent). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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

/** Sessions sorted by id, duplicates (same id) dropped. */
export function uniqueSessions(links: LinkRecord[]): BgpSessionRecord[] {
  const byId = new Map<string, BgpSessionRecord>();
  for (const l of links) for (const s of l.sessions) if (!byId.has(s.id)) byId.set(s.id, s);
  return [...byId.values()].sort((x, y) => cmp(x.id, y.id));
}
