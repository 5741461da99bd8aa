import { lookup } from '../guards';
import { BudgetContributor, PrefixBudget, SessionBudget } from './budget';
import { Cidr } from '../addressing/cidr';
import { Cloud } from '../facts/clouds';
import { EdgeBehaviours } from '../facts/edges';
import { PREFIX_LIMITS } from '../facts/limits';
import { BgpSessionRecord, BgpSpeakerRecord, ConnectivityModel, HubRecord, LinkRecord } from './model';
import { CloudPairPaths, findPaths, linkConstraints, PathInfo, pathInfo, ThroughputConstraint } from './paths';
import { cmp, COMPUTED_FROM, dropUndefined, parseCached, uniqueSessions } from './util';
import { checkArgs } from '../shape-check';

/**
 * Route propagation over the connectivity model: which prefixes every BGP speaker receives and from whom, the
 * prefix budget of every session for each receiving side, and, for every pair of clouds, the primary and the
 * backup path with the throughput bottleneck of each (found in paths.ts). Pure TypeScript, no cdktf.
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
  /** The AS path as received (nearest AS first, ASNs a provider manages are absent). */
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

/** The result of `RoutePropagation.compute`. */
export interface PropagationResult {
  /** Every speaker, sorted by node name. */
  readonly speakers: SpeakerRoutes[];
  /** Every session's budget, per receiving side, sorted by session then receiver. */
  readonly budgets: SessionBudget[];
  /** For every pair of clouds with at least one path: primary and backup. */
  readonly paths: CloudPairPaths[];
}

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

function norm(prefix: string): string | undefined {
  try {
    return parseCached(prefix).toString();
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
    checkArgs('RoutePropagation.compute', [snapshot]);
    return computePropagation(snapshot);
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
    checkArgs('RoutePropagation.paths', [snapshot, speakers, onlyLinks]);
    return findPaths(snapshot, speakers, onlyLinks ? new Set(onlyLinks) : undefined);
  }

  /**
   * The throughput figures of one link (circuit, gateway, tunnels), each with its source.
   *
   * @param link the link
   */
  public static linkConstraints(link: LinkRecord): ThroughputConstraint[] {
    checkArgs('RoutePropagation.linkConstraints', [link]);
    return linkConstraints(link);
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
    checkArgs('RoutePropagation.pathOf', [links, endpoints, alternatives, hubs]);
    return pathInfo(links, endpoints, alternatives, new Map((hubs ?? []).map((h) => [h.id, h.cloud] as [string, Cloud])));
  }
}

/**
 * `RoutePropagation.compute` without the argument check: for the library's own callers, whose snapshot was built
 * from records the library made (or already checked at their public entry point).
 */
export function computePropagation(snapshot: ConnectivitySnapshot): PropagationResult {
  const sessions = uniqueSessions(snapshot.links);
  const speakers = collectSpeakers(sessions);
  const tables = propagate(sessions, speakers);
  const { received, rejected, sent } = finalPass(sessions, speakers, tables);

  const speakerRoutes: SpeakerRoutes[] = [...speakers.values()].sort((a, b) => cmp(a.rec.node, b.rec.node)).map((s) => {
    const r = s.rec;
    const recv = (received.get(r.node) ?? []).sort((x, y) => cmp(x.prefix, y.prefix) || cmp(x.session, y.session) || cmp(x.fromNode, y.fromNode));
    return dropUndefined({
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

  const result = { speakers: speakerRoutes, budgets, paths: findPaths(snapshot, speakerRoutes) };
  COMPUTED_FROM.set(result, snapshot);
  return result;
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
        const filter = rec.advertiseFilter?.map((f) => norm(f)).filter((f): f is string => f !== undefined).map((f) => parseCached(f));
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
function advertisedBy(from: Speaker, to: Speaker, table: Map<string, Route>, s: BgpSessionRecord, byId: Map<string, BgpSessionRecord>): Route[] {
  const mine = s.a.node === from.rec.node ? s.a : s.b;
  const exports = mine.exports;
  if (exports) {
    // A listed prefix goes out when the speaker holds it (learned or its own), or as an aggregate when it holds a
    // more-specific route inside it (BGP sends an aggregate only while a component route exists).
    const held = [...table.values()].map((r) => ({ r, c: parseCached(r.prefix) }));
    const out: Route[] = [];
    for (const p of exports.map((e) => norm(e)).filter((e): e is string => e !== undefined).sort(cmp)) {
      const exact = table.get(p);
      if (exact) {
        if (!exact.nodePath.includes(to.rec.node)) out.push(exact);
        continue;
      }
      const agg = parseCached(p);
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
      if (from.filter && !from.filter.some((f) => f.contains(parseCached(r.prefix)))) continue;
      // nor between two sessions of one transit group (a virtual hub between two ExpressRoute circuits)
      if (mine.transitGroup !== undefined && groupOn(byId.get(r.sessionPath[r.sessionPath.length - 1]), from.rec.node) === mine.transitGroup) continue;
    }
    out.push(r);
  }
  return out.sort((a, b) => cmp(a.prefix, b.prefix));
}

/** The transit group of `node`'s end of session `s`. */
function groupOn(s: BgpSessionRecord | undefined, node: string): string | undefined {
  if (!s) return undefined;
  return (s.a.node === node ? s.a : s.b).transitGroup;
}

/** The route `r` as `to` receives it from `from` over session `s`, or the reason `to` drops it. */
function receive(r: Route, from: Speaker, to: Speaker, s: BgpSessionRecord): Route | string {
  const asPath = from.rec.asn !== undefined ? [from.rec.asn, ...r.asPath] : r.asPath;
  if (to.rec.asn !== undefined && !to.rec.allowAsIn && asPath.includes(to.rec.asn)) return `AS path ${asPath.join(' ')} holds the receiver's own AS${to.rec.asn} (BGP loop prevention)`;
  if (to.rec.hub !== undefined && r.originHub === to.rec.hub) return 'the prefix is the receiver\'s own hub\'s';
  if (r.nodePath.includes(to.rec.node) && !to.rec.allowAsIn) return 'the route already passed this speaker';
  const imports = (s.a.node === to.rec.node ? s.a : s.b).imports;
  if (imports && !imports.some((p) => parseCached(p).contains(parseCached(r.prefix)))) return 'the receiver\'s inbound prefix list on this session does not accept it';
  return { prefix: r.prefix, originNode: r.originNode, originHub: r.originHub, asPath, nodePath: [...r.nodePath, to.rec.node], sessionPath: [...r.sessionPath, s.id], session: s.id, fromNode: from.rec.node };
}

function propagate(sessions: BgpSessionRecord[], speakers: Map<string, Speaker>): Map<string, Map<string, Route>> {
  const byId = new Map(sessions.map((s) => [s.id, s] as const));
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
        for (const r of advertisedBy(from, to, tables.get(x)!, s, byId)) {
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
  const byId = new Map(sessions.map((s) => [s.id, s] as const));
  const received = new Map<string, ReceivedRoute[]>();
  const rejected = new Map<string, RejectedRoute[]>();
  const sent = new Map<string, Route[]>();
  for (const s of sessions) {
    for (const [x, y] of [[s.a.node, s.b.node], [s.b.node, s.a.node]]) {
      const from = speakers.get(x)!;
      const to = speakers.get(y)!;
      if (from === to) continue;
      const routes = advertisedBy(from, to, tables.get(x)!, s, byId);
      sent.set(`${s.id}\u0000${x}\u0000${y}`, routes);
      const best = tables.get(y)!;
      for (const r of routes) {
        const got = receive(r, from, to, s);
        if (typeof got === 'string') {
          push(rejected, y, { prefix: r.prefix, session: s.id, fromNode: x, reason: got });
          continue;
        }
        const b = best.get(got.prefix);
        push(received, y, dropUndefined({
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
  // what the receiver already holds, and what an existing transit sender passes on from peers outside the app
  const passedOn = isTransit(from) ? from.advertisesInUse ?? 0 : 0;
  const inUse = (to.routesInUse ?? 0) + passedOn;
  const r = PrefixBudget.evaluate(routes.map((x) => x.prefix), to.receiveLimitType, to.receiveLimitOverride, inUse > 0 ? inUse : undefined);
  const byOrigin = new Map<string, Set<string>>();
  for (const x of routes) {
    if (!byOrigin.has(x.originNode)) byOrigin.set(x.originNode, new Set());
    byOrigin.get(x.originNode)!.add(x.prefix);
  }
  const contributors: BudgetContributor[] = [...byOrigin.entries()].map(([node, set]) => {
    const rec = node === from.node ? from : speakers.get(node)?.rec;
    return dropUndefined({ node, label: rec?.label ?? node, property: rec?.prefixesProperty, count: set.size }) as BudgetContributor;
  }).concat((to.routesInUse ?? 0) > 0 ? [dropUndefined({ node: `${to.node}/routes-in-use`, label: `the routes ${to.label} already holds`, property: to.routesInUseProperty, count: to.routesInUse }) as BudgetContributor] : [])
    .concat(passedOn > 0 ? [dropUndefined({ node: `${from.node}/routes-passed-on`, label: `the routes ${from.label} passes on from its existing peers`, property: from.advertisesInUseProperty, count: passedOn }) as BudgetContributor] : []).sort((a, b) => b.count - a.count || (a.node === from.node ? -1 : b.node === from.node ? 1 : cmp(a.node, b.node)));
  const property = contributors.find((c) => c.property !== undefined)?.property ?? from.prefixesProperty;
  const published = lookup(PREFIX_LIMITS, to.receiveLimitType);
  return dropUndefined({
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
