import { lookup } from '../guards';
import { Cloud } from '../facts/clouds';
import { EXPRESSROUTE_GATEWAY_SKU_SOURCE, TUNNEL_THROUGHPUT_MBPS, VPN_GATEWAY_SKU_SOURCE } from '../facts/limits';
import { LinkKind, LinkRecord, LinkRole } from './model';
import type { ConnectivitySnapshot, SpeakerRoutes } from './propagation';
import { CLOUD_ORDER, cmp, dropUndefined } from './util';

/**
 * Paths between clouds and their throughput: the figures of every link (circuit, gateway, tunnels, each with its
 * source), the bottleneck of a chain of links, and, for every pair of clouds, the primary and the backup path
 * found from the direct links and from the link chains the propagated routes crossed. Pure TypeScript, no cdktf.
 * `RoutePropagation.paths`, `linkConstraints` and `pathOf` are the public entry points.
 */

/** What limits the throughput of a link. */
export enum ThroughputKind {
  /** The circuit or port bandwidth. */
  CIRCUIT = 'circuit',
  /** A gateway SKU's throughput. */
  GATEWAY = 'gateway',
  /** IPsec tunnel throughput. */
  TUNNEL = 'tunnel',
}

/** One throughput figure on a path. */
export interface ThroughputConstraint {
  /** Circuit, gateway or tunnel. */
  readonly kind: ThroughputKind;
  /** The link it belongs to. */
  readonly link: string;
  /** What it is, e.g. "ExpressRoute gateway ErGw1AZ". */
  readonly name: string;
  /** The figure in Mbit/s. */
  readonly mbps: number;
  /** Where the figure comes from. */
  readonly source: string;
}

/** One path between two clouds: the links it crosses and its bottleneck. */
export interface PathInfo {
  /** PRIMARY when every link on it is primary, BACKUP otherwise. */
  readonly role: LinkRole;
  /** The links (construct paths), from the first cloud to the second. */
  readonly links: string[];
  /** The patterns of those links. */
  readonly patterns: string[];
  /** The kinds of those links. */
  readonly kinds: LinkKind[];
  /** The smallest throughput figure on the path, Mbit/s: undefined when no figure is known. */
  readonly bottleneckMbps?: number;
  /** The figures equal to the bottleneck (a tie names several). */
  readonly limitedBy: ThroughputConstraint[];
  /** Every figure on the path. */
  readonly constraints: ThroughputConstraint[];
  /** The bottleneck in words, e.g. "1000 Mbit/s: circuit (ExpressRouteToOracle) = ExpressRoute gateway ErGw1AZ". */
  readonly bottleneck: string;
  /** How many other paths of the same role exist (e.g. parallel circuits). */
  readonly alternatives: number;
}

/** The paths between two clouds. */
export interface CloudPairPaths {
  /** One cloud. */
  readonly cloudA: Cloud;
  /** The other cloud. */
  readonly cloudB: Cloud;
  /** The primary path, if there is one. */
  readonly primary?: PathInfo;
  /** The backup path, if there is one. */
  readonly backup?: PathInfo;
}

/** The throughput figures of one link (circuit, gateway, tunnels), each with its source (`RoutePropagation.linkConstraints`). */
export function linkConstraints(link: LinkRecord): ThroughputConstraint[] {
  const out: ThroughputConstraint[] = [];
  if (link.circuitMbps !== undefined) {
    out.push({
      kind: ThroughputKind.CIRCUIT,
      link: link.id,
      name: `circuit (${link.pattern} ${shortId(link.id)})`,
      mbps: link.circuitMbps,
      source: link.circuitSource ?? `the circuit bandwidth configured on ${link.pattern} (bandwidthMbps)`,
    });
  }
  if (link.gatewayMbps !== undefined) {
    const name = link.gatewayName ?? 'gateway';
    let source = link.gatewaySource;
    if (!source) {
      if (/expressroute/i.test(name)) source = `limits.ts EXPRESSROUTE_GATEWAY_SKUS (${EXPRESSROUTE_GATEWAY_SKU_SOURCE})`;
      else if (/vpn/i.test(name)) source = `limits.ts VPN_GATEWAY_SKUS (${VPN_GATEWAY_SKU_SOURCE})`;
      else source = `as recorded by ${link.pattern}`;
    }
    out.push({ kind: ThroughputKind.GATEWAY, link: link.id, name, mbps: link.gatewayMbps, source });
  }
  if (link.tunnelMbps !== undefined) {
    const mbps = link.tunnelMbps;
    let source = link.tunnelSource;
    if (!source) {
      const hit = link.clouds.map((c) => lookup(TUNNEL_THROUGHPUT_MBPS, tunnelKey(c))).find((l) => l?.value !== undefined && l.value > 0 && mbps % l.value === 0);
      if (hit && hit.value === mbps) source = `limits.ts TUNNEL_THROUGHPUT_MBPS (${hit.source})`;
      else if (hit) source = `${mbps / hit.value!} tunnels × ${hit.value} Mbit/s, limits.ts TUNNEL_THROUGHPUT_MBPS (${hit.source})`;
      else source = `as recorded by ${link.pattern} (per-tunnel figures: limits.ts TUNNEL_THROUGHPUT_MBPS)`;
    }
    out.push({ kind: ThroughputKind.TUNNEL, link: link.id, name: `IPsec tunnels (${link.pattern} ${shortId(link.id)})`, mbps, source });
  }
  return out;
}

/** `RoutePropagation.pathOf` with the hubs' clouds already in a map (built once per app, not once per chain). */
export function pathInfo(links: LinkRecord[], endpoints: Cloud[] | undefined, alternatives: number | undefined, hubCloud: Map<string, Cloud>): PathInfo {
  const onPath = (c: ThroughputConstraint, l: LinkRecord): boolean => {
    if (!endpoints) return true;
    if (c.kind === ThroughputKind.CIRCUIT) return (l.circuitClouds ?? l.clouds).some((x) => endpoints.includes(x));
    if (c.kind === ThroughputKind.GATEWAY) {
      const cloud = gatewayCloud(l, hubCloud);
      return cloud === undefined || endpoints.includes(cloud);
    }
    return true;
  };
  const constraints = links.flatMap((l) => linkConstraints(l).filter((c) => onPath(c, l)));
  const min = constraints.length > 0 ? Math.min(...constraints.map((c) => c.mbps)) : undefined;
  const limitedBy = min === undefined ? [] : constraints.filter((c) => c.mbps === min);
  const bottleneck = min === undefined ? 'no throughput figure recorded' : `${min} Mbit/s: ${limitedBy.map((c) => c.name).join(' = ')}`;
  return dropUndefined({
    role: links.some((l) => l.role === LinkRole.BACKUP) ? LinkRole.BACKUP : LinkRole.PRIMARY,
    links: links.map((l) => l.id),
    patterns: links.map((l) => l.pattern),
    kinds: links.map((l) => l.kind),
    bottleneckMbps: min,
    limitedBy,
    constraints,
    bottleneck,
    alternatives: alternatives ?? 0,
  }) as PathInfo;
}

/**
 * The cloud of a link's gateway: its `gatewayHub`'s, or Azure for an ExpressRoute or VPN gateway of a link with an
 * Azure hub (the only gateways the patterns name); undefined when unknown.
 */
export function gatewayCloud(l: LinkRecord, hubCloud: Map<string, Cloud>): Cloud | undefined {
  if (l.gatewayHub !== undefined) return hubCloud.get(l.gatewayHub);
  if (l.gatewayName && /expressroute|vpn gateway/i.test(l.gatewayName) && l.clouds.includes(Cloud.AZURE)) return Cloud.AZURE;
  return undefined;
}

/** A link's construct path without its stack, e.g. `VpnBackup/aws`. */
function shortId(id: string): string {
  const parts = id.split('/');
  return parts.length > 1 ? parts.slice(1).join('/') : id;
}

function tunnelKey(c: Cloud): string {
  switch (c) {
    case Cloud.AWS: return 'aws';
    case Cloud.GCP: return 'gcp';
    case Cloud.OCI: return 'oci';
    default: return '';
  }
}

/** An end of a path: a hub, or an on-premises network a customer speaker originates. */
interface Endpoint {
  readonly id: string;
  readonly cloud: Cloud;
}

/**
 * For every pair of clouds, the primary and the backup path (`RoutePropagation.paths`); `allowed`, when given,
 * keeps only the paths made of those links.
 */
export function findPaths(snapshot: ConnectivitySnapshot, speakers: SpeakerRoutes[], allowed?: Set<string>): CloudPairPaths[] {
  const linkById = new Map(snapshot.links.map((l) => [l.id, l] as [string, LinkRecord]));
  const sessionLink = new Map<string, string>();
  for (const l of snapshot.links) for (const s of l.sessions) sessionLink.set(s.id, l.id);
  const hubCloud = new Map(snapshot.hubs.map((h) => [h.id, h.cloud] as [string, Cloud]));

  // candidates per unordered cloud pair: link chains (as ordered, de-duplicated link lists)
  const candidates = new Map<string, Map<string, string[]>>();
  const add = (c1: Cloud, c2: Cloud, chain: string[]) => {
    if (c1 === c2 || chain.length === 0) return;
    if (allowed && chain.some((l) => !allowed.has(l))) return;
    const [a, b] = CLOUD_ORDER.indexOf(c1) <= CLOUD_ORDER.indexOf(c2) ? [c1, c2] : [c2, c1];
    const ordered = a === c1 ? chain : [...chain].reverse();
    const key = `${a}\u0000${b}`;
    let m = candidates.get(key);
    if (!m) candidates.set(key, (m = new Map()));
    m.set(ordered.join('\u0000'), ordered);
  };

  // direct links: every pair of its hubs in different clouds
  for (const l of snapshot.links) {
    const ends: Endpoint[] = l.hubs.filter((h) => hubCloud.has(h)).map((h) => ({ id: h, cloud: hubCloud.get(h)! }));
    for (const c of l.clouds) if (!ends.some((e) => e.cloud === c)) ends.push({ id: `${l.id}#${c}`, cloud: c });
    for (let i = 0; i < ends.length; i++) for (let j = i + 1; j < ends.length; j++) add(ends[i].cloud, ends[j].cloud, [l.id]);
  }
  // multi-link paths from propagation: the links a route crossed from its origin's hub to the receiver's hub
  const speakerCloud = new Map(speakers.map((s) => [s.node, s.cloud] as [string, Cloud]));
  for (const sp of speakers) {
    for (const r of sp.received) {
      const originCloud = r.originHub !== undefined ? hubCloud.get(r.originHub) ?? speakerCloud.get(r.originNode) : speakerCloud.get(r.originNode);
      if (originCloud === undefined) continue;
      const chain: string[] = [];
      for (const sid of r.sessionPath) {
        const lid = sessionLink.get(sid);
        if (lid !== undefined && !chain.includes(lid)) chain.push(lid);
      }
      add(originCloud, sp.cloud, chain);
    }
  }

  const out: CloudPairPaths[] = [];
  const keys = [...candidates.keys()].sort((x, y) => {
    const [a1, b1] = x.split('\u0000') as Cloud[];
    const [a2, b2] = y.split('\u0000') as Cloud[];
    return CLOUD_ORDER.indexOf(a1) - CLOUD_ORDER.indexOf(a2) || CLOUD_ORDER.indexOf(b1) - CLOUD_ORDER.indexOf(b2);
  });
  for (const key of keys) {
    const [cloudA, cloudB] = key.split('\u0000') as Cloud[];
    const chains = [...candidates.get(key)!.values()].map((c) => c.map((id) => linkById.get(id)!).filter((l) => l !== undefined));
    const infos = chains.map((c) => pathInfo(c, [cloudA, cloudB], 0, hubCloud));
    const pick = (role: LinkRole): PathInfo | undefined => {
      const of = infos.filter((p) => p.role === role).sort((p, q) =>
        (q.bottleneckMbps ?? -1) - (p.bottleneckMbps ?? -1) || p.links.length - q.links.length || cmp(p.links.join(' '), q.links.join(' ')));
      if (of.length === 0) return undefined;
      return { ...of[0], alternatives: of.length - 1 };
    };
    out.push(dropUndefined({ cloudA, cloudB, primary: pick(LinkRole.PRIMARY), backup: pick(LinkRole.BACKUP) }) as CloudPairPaths);
  }
  return out;
}
