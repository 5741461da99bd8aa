import { Cloud } from '../facts/clouds';
import { L3RejectedRoute, L3Route } from './l3-propagation';
import { BgpSessionRecord } from './model';
import { ReceivedRoute, SpeakerRoutes } from './propagation';

/**
 * Reads the route propagation in the design's terms: the origin cloud of a route, the speakers it passed (by the
 * handoff's names), and the display order of the plan (clouds in input order, then on-premises; each party's
 * prefixes in its own order).
 */
export class L3RouteReader {
  private readonly byNode: Map<string, SpeakerRoutes>;
  private readonly sessionEnds: Map<string, [string, string]>;
  private readonly display = new Map<string, string>();
  private readonly originOf = new Map<string, Cloud>();
  private readonly rank = new Map<string, number>();

  /**
   * @param sessions the design's sessions
   * @param speakers the route propagation's speakers
   * @param routerNode the customer router's node
   * @param parties every party's prefixes, in display order (clouds, then on-premises)
   */
  constructor(sessions: BgpSessionRecord[], speakers: SpeakerRoutes[], routerNode: string, parties: Array<[Cloud, string[]]>) {
    this.byNode = new Map(speakers.map((s) => [s.node, s] as [string, SpeakerRoutes]));
    this.sessionEnds = new Map(sessions.map((s) => [s.id, [s.a.node, s.b.node]] as [string, [string, string]]));
    for (const s of sessions) for (const r of [s.a, s.b]) this.display.set(r.node, r.label);
    // the handoff's name for the customer's router
    this.display.set(routerNode, 'customer router');
    parties.forEach(([cloud, prefixes], i) => prefixes.forEach((p, j) => {
      if (!this.rank.has(p)) this.rank.set(p, i * 1e6 + j);
      if (!this.originOf.has(p)) this.originOf.set(p, cloud);
    }));
  }

  /** `prefixes` in the plan's display order. */
  public ordered(prefixes: string[]): string[] {
    return [...prefixes].sort((a, b) => this.order(a, b));
  }

  /** The best route per prefix `node` accepts. */
  public receives(node: string): L3Route[] {
    const best = (this.byNode.get(node)?.received ?? []).filter((r) => r.best);
    const seen = new Set<string>();
    return best.filter((r) => !seen.has(r.prefix) && seen.add(r.prefix) !== undefined)
      .sort((a, b) => this.order(a.prefix, b.prefix))
      .map((r) => this.route(r));
  }

  /** The routes `node` was sent and dropped, once per prefix. */
  public rejected(node: string): L3RejectedRoute[] {
    const seen = new Set<string>();
    return (this.byNode.get(node)?.rejected ?? [])
      .filter((r) => !seen.has(r.prefix) && seen.add(r.prefix) !== undefined)
      .sort((a, b) => this.order(a.prefix, b.prefix))
      .map((r) => ({ prefix: r.prefix, origin: this.originOf.get(r.prefix) ?? Cloud.CUSTOMER, reason: r.reason }));
  }

  private route(r: ReceivedRoute): L3Route {
    // the speakers from the origin to the receiver's neighbour, walked along the sessions the route crossed
    const nodes = [r.originNode];
    for (const id of r.sessionPath) {
      const [a, b] = this.sessionEnds.get(id)!;
      nodes.push(nodes[nodes.length - 1] === a ? b : a);
    }
    const via = nodes.slice(0, -1).map((n) => this.display.get(n) ?? n);
    const origin = this.byNode.get(r.originNode)?.cloud ?? this.originOf.get(r.prefix) ?? Cloud.CUSTOMER;
    return { prefix: r.prefix, origin, from: this.display.get(r.fromNode) ?? r.fromNode, via, asPath: r.asPath };
  }

  private order(a: string, b: string): number {
    const x = this.rank.get(a) ?? Number.MAX_SAFE_INTEGER;
    const y = this.rank.get(b) ?? Number.MAX_SAFE_INTEGER;
    return x - y || (a < b ? -1 : a > b ? 1 : 0);
  }
}
