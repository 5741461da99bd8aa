import { BudgetLevel, PrefixBudget } from './budget';
import { Cidr } from '../addressing/cidr';
import { Cloud } from '../facts/clouds';
import { EdgeBehaviours } from '../facts/edges';
import { EXPRESSROUTE_GATEWAY_SKU_SOURCE, PREFIX_LIMITS, SessionType, TUNNEL_THROUGHPUT_MBPS, VPN_GATEWAY_SKU_SOURCE } from '../facts/limits';
import { BgpSessionRecord, BgpSpeakerRecord, ConnectivityModel, HubRecord, LinkKind, LinkRecord, LinkRole } from './model';

/**
 * Route propagation over the connectivity model: which prefixes every BGP speaker receives and from whom, the
 * prefix budget of every session for each receiving side, and, for every pair of clouds, the primary and the
 * backup path with the throughput bottleneck of each. Pure TypeScript, no cdktf.
 *
 * The routing model (kept simple on purpose, and documented in the README, "The routing model"):
 * - every speaker advertises the prefixes it originates (`BgpSpeakerRecord.originates`);
 * - whether a speaker also re-advertises what it learns (transit) comes from its kind (`edge`) in the edge table
 *   (edges.ts, each entry with its source): an Azure VPN gateway transits between its BGP peers, an ExpressRoute
 *   edge, a Direct Connect gateway, a Cloud Router and an OCI DRG do not; a customer router and a Layer 3
 *   provider's VRF do (`transit` overrides it; without `edge`, a `Cloud.CUSTOMER` speaker transits);
 * - a transit speaker re-advertises its best route for every prefix it learns to its other peers, unless
 *   `advertiseFilter` says otherwise; it never sends a route back to a speaker already on the route's path, nor a
 *   learned route to a peer whose ASN is on its AS path (that peer would drop it as a loop, so it never counts);
 * - a receiver drops a route whose AS path holds its own ASN (RFC 4271 §9.1.2 loop prevention; not a speaker
 *   with `allowAsIn`, such as a Layer 3 provider's per-cloud VRF taking routes back from the customer router) and
 *   a route that originates in its own hub; the best route is the shortest AS path, then the fewest hops.
 */

/** A read-only copy of the connectivity model: what the checks and the report work on. */
export interface ConnectivitySnapshot {
  /** Every hub of the app. */
  readonly hubs: HubRecord[];
  /** Every link of the app (with its sessions). */
  readonly links: LinkRecord[];
}

/** A route a speaker accepted on one session. */
export interface ReceivedRoute {
  /** The prefix. */
  readonly prefix: string;
  /** The BGP session it arrived on. */
  readonly session: string;
  /** The link of that session. */
  readonly link: string;
  /** The speaker that advertised it (the other end of the session). */
  readonly fromNode: string;
  /** That speaker's display label. */
  readonly fromLabel: string;
  /** The speaker that originates the prefix. */
  readonly originNode: string;
  /** The hub the prefix belongs to, when the originating speaker has one. */
  readonly originHub?: string;
  /** The AS path as received (nearest AS first; ASNs a provider manages are absent). */
  readonly asPath: number[];
  /** The sessions the route crossed, from its origin to this speaker. */
  readonly sessionPath: string[];
  /** True when this is the route the speaker uses (and, if it transits, re-advertises) for the prefix. */
  readonly best: boolean;
}

/** A route a speaker was sent but dropped. */
export interface RejectedRoute {
  /** The prefix. */
  readonly prefix: string;
  /** The session it arrived on. */
  readonly session: string;
  /** The speaker that advertised it. */
  readonly fromNode: string;
  /** Why it was dropped. */
  readonly reason: string;
}

/** What one BGP speaker originates and receives. */
export interface SpeakerRoutes {
  /** The speaker's stable name. */
  readonly node: string;
  /** Its display label. */
  readonly label: string;
  /** Its cloud. */
  readonly cloud: Cloud;
  /** Its hub, if any. */
  readonly hub?: string;
  /** Its ASN, when known. */
  readonly asn?: number;
  /** True when it re-advertises what it learns. */
  readonly transit: boolean;
  /** The prefixes it originates. */
  readonly originates: string[];
  /** The sessions it takes part in. */
  readonly sessions: string[];
  /** The routes it accepted, per session (sorted by prefix, then session). */
  readonly received: ReceivedRoute[];
  /** The routes it was sent and dropped. */
  readonly rejected: RejectedRoute[];
}

/** The prefix budget of one session, from one receiving side. */
export interface SessionBudget {
  /** The session. */
  readonly session: string;
  /** Its link. */
  readonly link: string;
  /** The receiving speaker. */
  readonly receiverNode: string;
  /** Its display label. */
  readonly receiverLabel: string;
  /** Its cloud. */
  readonly receiverCloud: Cloud;
  /** The receiving speaker's hub, if any. */
  readonly receiverHub?: string;
  /** The sending speaker. */
  readonly senderNode: string;
  /** Its display label. */
  readonly senderLabel: string;
  /** The session type whose limit applies. */
  readonly sessionType: SessionType;
  /** The prefixes the sender advertises on the session (what the receiving cloud counts). */
  readonly prefixes: string[];
  /** How many. */
  readonly used: number;
  /** The limit, when one is known. */
  readonly limit?: number;
  /** `used / limit` in percent, one decimal. */
  readonly percent?: number;
  /** Where the limit comes from ("set explicitly" for an override). */
  readonly source: string;
  /** True when the published figure is marked "verify" (secondary source). */
  readonly verify: boolean;
  /** OK, WARNING (>= 80 %) or ERROR (> 100 %). */
  readonly level: BudgetLevel;
  /** The fewest prefixes that cover the same addresses. */
  readonly summarized: string[];
  /** True when advertising `summarized` instead fits the limit. */
  readonly summaryFits: boolean;
  /** A one-line advice. */
  readonly advice: string;
  /**
   * The user's property that holds most of the counted prefixes (`prefixesProperty` of the origin that contributes
   * the most, the sender's on a tie), when the model records one: what a budget error or warning names.
   */
  readonly property?: string;
  /** How many of the counted prefixes each origin contributes, largest first (origin speaker's label). */
  readonly contributors: BudgetContributor[];
}

/** What one origin contributes to a session's budget. */
export interface BudgetContributor {
  /** The originating speaker. */
  readonly node: string;
  /** Its label. */
  readonly label: string;
  /** The property that holds its prefixes, when recorded. */
  readonly property?: string;
  /** How many prefixes. */
  readonly count: number;
}

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
  /** The smallest throughput figure on the path, Mbit/s; undefined when no figure is known. */
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

/** The result of `RoutePropagation.compute`. */
export interface PropagationResult {
  /** Every speaker, sorted by node name. */
  readonly speakers: SpeakerRoutes[];
  /** Every session's budget, per receiving side, sorted by session then receiver. */
  readonly budgets: SessionBudget[];
  /** For every pair of clouds with at least one path: primary and backup. */
  readonly paths: CloudPairPaths[];
}

/** The display order of the clouds. */
export const CLOUD_ORDER: Cloud[] = [Cloud.AZURE, Cloud.AWS, Cloud.GCP, Cloud.OCI, Cloud.CUSTOMER];

interface Speaker {
  readonly rec: BgpSpeakerRecord;
  readonly transit: boolean;
  readonly originates: Set<string>;
  readonly filter?: Cidr[];
  readonly sessions: string[];
}

interface Route {
  readonly prefix: string;
  readonly originNode: string;
  readonly originHub?: string;
  readonly asPath: number[];
  /** Speakers the route went through, origin first, ending at the speaker holding it. */
  readonly nodePath: string[];
  readonly sessionPath: string[];
  readonly session?: string;
  readonly fromNode?: string;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function norm(prefix: string): string | undefined {
  try {
    return Cidr.parseLoose(prefix).toString();
  } catch {
    return undefined;
  }
}

/** True when `a` is a better route than `b`: shorter AS path, fewer hops, then the smaller session path. */
function better(a: Route, b: Route): boolean {
  if (a.asPath.length !== b.asPath.length) return a.asPath.length < b.asPath.length;
  if (a.nodePath.length !== b.nodePath.length) return a.nodePath.length < b.nodePath.length;
  return cmp(a.sessionPath.join(' '), b.sessionPath.join(' ')) < 0;
}

/** Sessions sorted by id, duplicates (same id) dropped. */
export function uniqueSessions(links: LinkRecord[]): BgpSessionRecord[] {
  const byId = new Map<string, BgpSessionRecord>();
  for (const l of links) for (const s of l.sessions) if (!byId.has(s.id)) byId.set(s.id, s);
  return [...byId.values()].sort((x, y) => cmp(x.id, y.id));
}

/** A snapshot of `model` (reading it resolves every link). */
export function snapshotOf(model: ConnectivityModel): ConnectivitySnapshot {
  return { hubs: model.hubs, links: model.links };
}

/** Route propagation, prefix budgets and paths over a connectivity snapshot. */
export class RoutePropagation {
  /** A snapshot of `model`: its hubs and links (reading the links resolves them, so call it at synth). */
  public static snapshot(model: ConnectivityModel): ConnectivitySnapshot {
    return snapshotOf(model);
  }

  /**
   * Propagate routes, evaluate every session's prefix budget and find the paths between clouds.
   *
   * @param snapshot the hubs and links of the app
   */
  public static compute(snapshot: ConnectivitySnapshot): PropagationResult {
    const sessions = uniqueSessions(snapshot.links);
    const speakers = collectSpeakers(sessions);
    const tables = propagate(sessions, speakers);
    const { received, rejected, sent } = finalPass(sessions, speakers, tables);

    const speakerRoutes: SpeakerRoutes[] = [...speakers.values()].sort((a, b) => cmp(a.rec.node, b.rec.node)).map((s) => {
      const r = s.rec;
      const recv = (received.get(r.node) ?? []).sort((x, y) => cmp(x.prefix, y.prefix) || cmp(x.session, y.session) || cmp(x.fromNode, y.fromNode));
      return omitUndefined({
        node: r.node,
        label: r.label,
        cloud: r.cloud,
        hub: r.hub,
        asn: r.asn,
        transit: s.transit,
        originates: [...s.originates].sort(cmp),
        sessions: [...s.sessions].sort(cmp),
        received: recv,
        rejected: (rejected.get(r.node) ?? []).sort((x, y) => cmp(x.prefix, y.prefix) || cmp(x.session, y.session)),
      }) as SpeakerRoutes;
    });

    const budgets: SessionBudget[] = [];
    for (const s of sessions) {
      for (const [from, to] of [[s.a, s.b], [s.b, s.a]] as Array<[BgpSpeakerRecord, BgpSpeakerRecord]>) {
        const routes = sent.get(`${s.id}\u0000${from.node}\u0000${to.node}`) ?? [];
        budgets.push(budgetOf(s, from, to, routes, speakers));
      }
    }

    return { speakers: speakerRoutes, budgets, paths: RoutePropagation.paths(snapshot, speakerRoutes) };
  }

  /**
   * For every pair of clouds: the primary and the backup path (the one with the highest bottleneck of each role),
   * from the direct links and from the link chains the propagated routes crossed.
   *
   * @param snapshot the hubs and links of the app
   * @param speakers the speakers' routes (from `compute`)
   * @param onlyLinks consider only paths made of these links (e.g. one stack's) @default - every link
   */
  public static paths(snapshot: ConnectivitySnapshot, speakers: SpeakerRoutes[], onlyLinks?: string[]): CloudPairPaths[] {
    return findPaths(snapshot, speakers, onlyLinks ? new Set(onlyLinks) : undefined);
  }

  /**
   * The throughput figures of one link (circuit, gateway, tunnels), each with its source.
   *
   * @param link the link
   */
  public static linkConstraints(link: LinkRecord): ThroughputConstraint[] {
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
        const hit = link.clouds.map((c) => TUNNEL_THROUGHPUT_MBPS[tunnelKey(c)]).find((l) => l?.value !== undefined && l.value > 0 && mbps % l.value === 0);
        if (hit && hit.value === mbps) source = `limits.ts TUNNEL_THROUGHPUT_MBPS (${hit.source})`;
        else if (hit) source = `${mbps / hit.value!} tunnels × ${hit.value} Mbit/s, limits.ts TUNNEL_THROUGHPUT_MBPS (${hit.source})`;
        else source = `as recorded by ${link.pattern} (per-tunnel figures: limits.ts TUNNEL_THROUGHPUT_MBPS)`;
      }
      out.push({ kind: ThroughputKind.TUNNEL, link: link.id, name: `IPsec tunnels (${link.pattern} ${shortId(link.id)})`, mbps, source });
    }
    return out;
  }

  /**
   * The path made of `links` between the clouds `endpoints`: its role, bottleneck and figures. A circuit counts
   * when one of its `circuitClouds` is an endpoint, a gateway when its hub's cloud is one (figures of the other
   * clouds' side of a multi-cloud link are not on the path).
   *
   * @param links the links, in order
   * @param endpoints the two clouds the path joins @default - every figure of every link counts
   * @param alternatives how many other paths of the same role exist @default 0
   * @param hubs the hubs, to find the cloud of a link's `gatewayHub` @default - none
   */
  public static pathOf(links: LinkRecord[], endpoints?: Cloud[], alternatives?: number, hubs?: HubRecord[]): PathInfo {
    return pathInfo(links, endpoints, alternatives, new Map((hubs ?? []).map((h) => [h.id, h.cloud] as [string, Cloud])));
  }
}

/** `RoutePropagation.pathOf` with the hubs' clouds already in a map (built once per app, not once per chain). */
function pathInfo(links: LinkRecord[], endpoints: Cloud[] | undefined, alternatives: number | undefined, hubCloud: Map<string, Cloud>): PathInfo {
  const onPath = (c: ThroughputConstraint, l: LinkRecord): boolean => {
    if (!endpoints) return true;
    if (c.kind === ThroughputKind.CIRCUIT) return (l.circuitClouds ?? l.clouds).some((x) => endpoints.includes(x));
    if (c.kind === ThroughputKind.GATEWAY) {
      const cloud = gatewayCloud(l, hubCloud);
      return cloud === undefined || endpoints.includes(cloud);
    }
    return true;
  };
  const constraints = links.flatMap((l) => RoutePropagation.linkConstraints(l).filter((c) => onPath(c, l)));
  const min = constraints.length > 0 ? Math.min(...constraints.map((c) => c.mbps)) : undefined;
  const limitedBy = min === undefined ? [] : constraints.filter((c) => c.mbps === min);
  const bottleneck = min === undefined ? 'no throughput figure recorded' : `${min} Mbit/s: ${limitedBy.map((c) => c.name).join(' = ')}`;
  return omitUndefined({
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

/** Drop keys whose value is undefined (so that JSON and `toEqual` stay clean). */
export function omitUndefined<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as T;
}

/** True when `rec` re-advertises what it learns: its `transit`, else its edge kind's, else true for a customer speaker. */
export function isTransit(rec: BgpSpeakerRecord): boolean {
  if (rec.transit !== undefined) return rec.transit;
  if (rec.edge !== undefined) return EdgeBehaviours.transits(rec.edge);
  return rec.cloud === Cloud.CUSTOMER;
}

function collectSpeakers(sessions: BgpSessionRecord[]): Map<string, Speaker> {
  const out = new Map<string, Speaker>();
  for (const s of sessions) {
    for (const rec of [s.a, s.b]) {
      let sp = out.get(rec.node);
      if (!sp) {
        const filter = rec.advertiseFilter?.map((f) => norm(f)).filter((f): f is string => f !== undefined).map((f) => Cidr.parseLoose(f));
        sp = { rec, transit: isTransit(rec), originates: new Set(), filter, sessions: [] };
        out.set(rec.node, sp);
      }
      for (const p of rec.originates ?? []) {
        const n = norm(p);
        if (n) sp.originates.add(n);
      }
      if (!sp.sessions.includes(s.id)) sp.sessions.push(s.id);
    }
  }
  return out;
}

/** The routes `from` advertises to `to` over `s`, as held in `from`'s table (or as its export list says). */
function advertisedBy(from: Speaker, to: Speaker, table: Map<string, Route>, s: BgpSessionRecord): Route[] {
  const exports = (s.a.node === from.rec.node ? s.a : s.b).exports;
  if (exports) {
    // A listed prefix goes out when the speaker holds it (learned or its own), or as an aggregate when it holds a
    // more-specific route inside it (BGP sends an aggregate only while a component route exists).
    const held = [...table.values()].map((r) => ({ r, c: Cidr.parseLoose(r.prefix) }));
    const out: Route[] = [];
    for (const p of exports.map((e) => norm(e)).filter((e): e is string => e !== undefined).sort(cmp)) {
      const exact = table.get(p);
      if (exact) {
        if (!exact.nodePath.includes(to.rec.node)) out.push(exact);
        continue;
      }
      const agg = Cidr.parseLoose(p);
      if (held.some((h) => agg.contains(h.c))) out.push({ prefix: p, originNode: from.rec.node, originHub: from.rec.hub, asPath: [], nodePath: [from.rec.node], sessionPath: [] });
    }
    return out;
  }
  const out: Route[] = [];
  for (const r of table.values()) {
    const own = r.nodePath.length === 1;
    if (!own) {
      if (!from.transit) continue;
      // BGP sends a route back to a peer it passed through (the peer drops it as an AS-path loop), except that a
      // peer with allowas-in accepts it as a second, longer path (a Layer 3 provider's per-cloud VRF)
      if (r.nodePath.includes(to.rec.node) && !to.rec.allowAsIn) continue;
      // nor a learned route whose AS path holds the peer's ASN: the peer drops it as a loop and never counts it
      if (to.rec.asn !== undefined && !to.rec.allowAsIn && r.asPath.includes(to.rec.asn)) continue;
      if (from.filter && !from.filter.some((f) => f.contains(Cidr.parseLoose(r.prefix)))) continue;
    }
    out.push(r);
  }
  return out.sort((a, b) => cmp(a.prefix, b.prefix));
}

/** The route `r` as `to` receives it from `from` over session `s`, or the reason `to` drops it. */
function receive(r: Route, from: Speaker, to: Speaker, s: BgpSessionRecord): Route | string {
  const asPath = from.rec.asn !== undefined ? [from.rec.asn, ...r.asPath] : r.asPath;
  if (to.rec.asn !== undefined && !to.rec.allowAsIn && asPath.includes(to.rec.asn)) return `AS path ${asPath.join(' ')} holds the receiver's own AS${to.rec.asn} (BGP loop prevention)`;
  if (to.rec.hub !== undefined && r.originHub === to.rec.hub) return 'the prefix is the receiver\'s own hub\'s';
  if (r.nodePath.includes(to.rec.node) && !to.rec.allowAsIn) return 'the route already passed this speaker';
  return { prefix: r.prefix, originNode: r.originNode, originHub: r.originHub, asPath, nodePath: [...r.nodePath, to.rec.node], sessionPath: [...r.sessionPath, s.id], session: s.id, fromNode: from.rec.node };
}

function propagate(sessions: BgpSessionRecord[], speakers: Map<string, Speaker>): Map<string, Map<string, Route>> {
  const tables = new Map<string, Map<string, Route>>();
  for (const [node, sp] of speakers) {
    const t = new Map<string, Route>();
    for (const p of [...sp.originates].sort(cmp)) t.set(p, { prefix: p, originNode: node, originHub: sp.rec.hub, asPath: [], nodePath: [node], sessionPath: [] });
    tables.set(node, t);
  }
  const maxRounds = speakers.size + 2;
  for (let round = 0; round < maxRounds; round++) {
    let changed = false;
    for (const s of sessions) {
      for (const [x, y] of [[s.a.node, s.b.node], [s.b.node, s.a.node]]) {
        const from = speakers.get(x)!;
        const to = speakers.get(y)!;
        if (from === to) continue;
        const target = tables.get(y)!;
        for (const r of advertisedBy(from, to, tables.get(x)!, s)) {
          const got = receive(r, from, to, s);
          if (typeof got === 'string') continue;
          const cur = target.get(got.prefix);
          if (cur && cur.nodePath.length === 1) continue; // its own prefix always wins
          if (!cur || better(got, cur)) {
            target.set(got.prefix, got);
            changed = true;
          }
        }
      }
    }
    if (!changed) break;
  }
  return tables;
}

function finalPass(sessions: BgpSessionRecord[], speakers: Map<string, Speaker>, tables: Map<string, Map<string, Route>>) {
  const received = new Map<string, ReceivedRoute[]>();
  const rejected = new Map<string, RejectedRoute[]>();
  const sent = new Map<string, Route[]>();
  for (const s of sessions) {
    for (const [x, y] of [[s.a.node, s.b.node], [s.b.node, s.a.node]]) {
      const from = speakers.get(x)!;
      const to = speakers.get(y)!;
      if (from === to) continue;
      const routes = advertisedBy(from, to, tables.get(x)!, s);
      sent.set(`${s.id}\u0000${x}\u0000${y}`, routes);
      const best = tables.get(y)!;
      for (const r of routes) {
        const got = receive(r, from, to, s);
        if (typeof got === 'string') {
          push(rejected, y, { prefix: r.prefix, session: s.id, fromNode: x, reason: got });
          continue;
        }
        const b = best.get(got.prefix);
        push(received, y, omitUndefined({
          prefix: got.prefix,
          session: s.id,
          link: s.link,
          fromNode: x,
          fromLabel: from.rec.label,
          originNode: got.originNode,
          originHub: got.originHub,
          asPath: got.asPath,
          sessionPath: got.sessionPath,
          best: b !== undefined && b.session === s.id && b.fromNode === x,
        }) as ReceivedRoute);
      }
    }
  }
  return { received, rejected, sent };
}

function push<T>(m: Map<string, T[]>, k: string, v: T): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

function budgetOf(s: BgpSessionRecord, from: BgpSpeakerRecord, to: BgpSpeakerRecord, routes: Route[], speakers: Map<string, Speaker>): SessionBudget {
  const r = PrefixBudget.evaluate(routes.map((x) => x.prefix), to.receiveLimitType, to.receiveLimitOverride);
  const byOrigin = new Map<string, Set<string>>();
  for (const x of routes) {
    if (!byOrigin.has(x.originNode)) byOrigin.set(x.originNode, new Set());
    byOrigin.get(x.originNode)!.add(x.prefix);
  }
  const contributors: BudgetContributor[] = [...byOrigin.entries()].map(([node, set]) => {
    const rec = node === from.node ? from : speakers.get(node)?.rec;
    return omitUndefined({ node, label: rec?.label ?? node, property: rec?.prefixesProperty, count: set.size }) as BudgetContributor;
  }).sort((a, b) => b.count - a.count || (a.node === from.node ? -1 : b.node === from.node ? 1 : cmp(a.node, b.node)));
  const property = contributors.find((c) => c.property !== undefined)?.property ?? from.prefixesProperty;
  const published = PREFIX_LIMITS[to.receiveLimitType];
  return omitUndefined({
    session: s.id,
    link: s.link,
    receiverNode: to.node,
    receiverLabel: to.label,
    receiverCloud: to.cloud,
    receiverHub: to.hub,
    senderNode: from.node,
    senderLabel: from.label,
    sessionType: to.receiveLimitType,
    prefixes: r.prefixes,
    used: r.used,
    limit: r.limit,
    percent: r.percent,
    source: r.source,
    verify: to.receiveLimitOverride === undefined && (published?.verify ?? false),
    level: r.level,
    summarized: r.summarized,
    summaryFits: r.summaryFits,
    advice: r.advice,
    property,
    contributors,
  }) as SessionBudget;
}

/** An end of a path: a hub, or an on-premises network a customer speaker originates. */
interface Endpoint {
  readonly id: string;
  readonly cloud: Cloud;
}

function findPaths(snapshot: ConnectivitySnapshot, speakers: SpeakerRoutes[], allowed?: Set<string>): CloudPairPaths[] {
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
    out.push(omitUndefined({ cloudA, cloudB, primary: pick(LinkRole.PRIMARY), backup: pick(LinkRole.BACKUP) }) as CloudPairPaths);
  }
  return out;
}
