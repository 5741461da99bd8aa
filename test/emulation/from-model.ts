// Builds a `Topology` for the BGP lab (netlab.ts) from the library's own plan: the connectivity model every pattern
// records (AppContext.of(app).model), and predicts, with the library's route propagation
// (lib/plan/routing/propagation.ts), what every speaker's BGP table must hold.
//
// What each emulated node does, per the clouds' documented behaviour as the library models it:
// - one speaker per distinct `node` of the plan (each cloud edge; the customer router of a Layer 2 design), with
//   the planned ASN, and a veth link per BGP session carrying the planned addresses (VLAN sub-interface when the
//   kernel supports 802.1Q);
// - `maximum-prefix` = the receiving end's limit (PREFIX_LIMITS[receiveLimitType].value, or the override; none when
//   no figure is published);
// - a cloud edge originates its hub's prefixes (`originates`) and ignores its own hub's prefixes when they come
//   back; whether it also re-advertises what it learns comes from the library's edge table (lib/plan/facts/edges.ts,
//   `isTransit`): an Azure VPN gateway instance re-advertises between its BGP peers (learn.microsoft.com/azure/
//   vpn-gateway/vpn-gateway-bgp-overview), ExpressRoute, Direct Connect gateways, Cloud Routers and DRGs send only
//   their own prefixes; a customer router and a Layer 3 provider VRF re-advertise;
// - `initiator` becomes `neighbor ... passive` on the end that never opens the session, `md5KeyRef` a TCP MD5
//   password (the renderer's placeholder text, the same on both ends), `bfd` BFD, `allowAsIn` `allowas-in 1`;
// - an Azure Virtual WAN hub's router re-advertises between its branches except within a transit group
//   (`transitGroup`: one ExpressRoute circuit's routes never go to another): each session end with a group marks
//   what it learns with the group's community and sends nothing that carries it;
// - a customer router of a Layer 2 link runs the FRR configuration the library writes, unchanged;
// - harness-only: one "hub router" per hub stands for the cloud network's own routing (the VNet's or VCN's route
//   selection). Every edge of the hub hands it what it learned; it prefers primary links (routes from the edges of
//   a BACKUP link get local-preference 50) — "Azure prefers ExpressRoute, OCI prefers FastConnect". Backup edges
//   also prepend their AS twice towards the other cloud. This is where failover becomes visible.
// - lab addresses: a session whose ASNs the plan gives but whose addresses a provider or a cloud assigns at apply
//   time (a Layer 3 provider's sessions with every cloud and with the customer router) runs on a /30 of
//   LAB_LINK_RANGE that the harness assigns itself (side a the first usable address, side b the second), with the
//   planned ASNs. The run labels those addresses "lab address". Not for a session one of whose ends runs a
//   configuration loaded unchanged: that configuration has no such session, and the harness does not write one.
// - a Layer 3 provider link (L3ProviderMultiCloud) is checked against the pattern's own prediction too
//   (`propagation`, see `l3PlanFromApp`): per speaker, its table, and at the cloud edges and the customer router, the
//   AS paths.
import * as fs from 'fs';
import * as path from 'path';
import { IConstruct } from 'constructs';
import { Cidr } from '../../lib/plan/addressing/cidr';
import { Cloud } from '../../lib/plan/facts/clouds';
import { FrrConfig } from '../../lib/plan/documents/frr';
import { PREFIX_LIMITS } from '../../lib/plan/facts/limits';
import { L3PropagationPlan } from '../../lib/plan/routing/l3-propagation';
import { BgpInitiator, BgpSessionRecord, BgpSpeakerRecord, HubRecord, LinkKind, LinkRecord, LinkRole } from '../../lib/plan/routing/model';
import { ConnectivitySnapshot, isTransit as transitOf, PropagationResult, RoutePropagation } from '../../lib/plan/routing/propagation';
import { LinkSpec, NeighborSpec, SpeakerSpec, Topology } from './netlab';

/** Harness-only addresses (hub-router links, router ids): RFC 2544 benchmarking space, never in a plan. */
export const HARNESS_RANGE = '198.18.0.0/15';
/** The private 4-byte ASNs of the hub routers (harness-only). */
export const HUB_ROUTER_ASN_BASE = 4200000001;
/** The local preference a hub router gives routes from the edges of a BACKUP link (primary: FRR's default 100). */
export const BACKUP_LOCAL_PREF = 50;
/** How many times a backup edge prepends its AS towards the other cloud. */
export const BACKUP_PREPEND = 2;
/**
 * Lab-only link addresses (/30s) for sessions whose addresses a provider or a cloud assigns at apply time: RFC 6598
 * shared address space. A stack whose plan uses any of it gets no lab addresses (those sessions stay skipped).
 */
export const LAB_LINK_RANGE = '100.64.0.0/16';

/** One end of an emulated session. */
export interface SideView {
  /** The plan's speaker. */
  readonly rec: BgpSpeakerRecord;
  /** The `maximum-prefix` this end applies (what it accepts), when there is one. */
  readonly limit?: number;
  /** True when this end runs a configuration loaded unchanged. */
  readonly raw: boolean;
}

/** A planned BGP session that runs in the lab. */
export interface EmulatedSession {
  /** The plan's session. */
  readonly rec: BgpSessionRecord;
  /** Its link. */
  readonly linkRec: LinkRecord;
  /** Side a. */
  readonly a: SideView;
  /** Side b. */
  readonly b: SideView;
  /**
   * True when the addresses (`rec.a.address`, `rec.b.address`, `rec.subnet`) are lab addresses from
   * `LAB_LINK_RANGE`, not the plan's (which has none: a provider or a cloud assigns them at apply time).
   */
  readonly labAddresses: boolean;
}

/** A planned session the lab does not run, and why. */
export interface SkippedSession {
  /** The session id. */
  readonly id: string;
  /** Why. */
  readonly reason: string;
  /** True when the reason is an inconsistency in the plan (a failure), not a limitation of the emulation. */
  readonly error: boolean;
}

/** One edge of a hub router. */
export interface HubEdge {
  /** The edge speaker (a plan node). */
  readonly node: string;
  /** PRIMARY unless every link of the edge is a BACKUP link. */
  readonly role: LinkRole;
  /** The edge's address on the hub-router link (the hub router's next hop towards it). */
  readonly edgeAddress: string;
  /** The hub router's address on that link. */
  readonly hubAddress: string;
  /** The netlab link name. */
  readonly link: string;
}

/** The harness's stand-in for a cloud network's routing. */
export interface HubRouter {
  /** The hub. */
  readonly hub: HubRecord;
  /** The speaker name in the topology. */
  readonly speaker: string;
  /** A display label. */
  readonly label: string;
  /** Its private ASN. */
  readonly asn: number;
  /** The hub's edges. */
  readonly edges: HubEdge[];
}

/** The configuration a customer router runs unchanged, and where it came from. */
export interface RawConfig {
  /** The text. */
  readonly text: string;
  /** Where it came from (a file path). */
  readonly source: string;
}

/** Everything the runner needs for one stack. */
export interface Emulation {
  /** The stack. */
  readonly stack: string;
  /** The lab topology. */
  readonly topology: Topology;
  /** The planned sessions that run. */
  readonly sessions: EmulatedSession[];
  /** The planned sessions that do not. */
  readonly skipped: SkippedSession[];
  /** The hub routers (harness-only). */
  readonly hubRouters: HubRouter[];
  /** Notes (adapter points, deviations). */
  readonly notes: string[];
  /** The emulated part of the plan (what the prediction is computed on). */
  readonly snapshot: ConnectivitySnapshot;
  /** The library's route propagation and budgets over `snapshot`. */
  readonly propagation: PropagationResult;
  /** Per speaker: the prefixes its BGP table must hold (valid best path), sorted. */
  readonly predicted: Map<string, string[]>;
  /** Display labels per speaker. */
  readonly labels: Map<string, string>;
  /** Speakers that run a configuration loaded unchanged. */
  readonly rawSpeakers: Map<string, RawConfig>;
  /** Per such speaker: the aggregates its configuration originates. */
  readonly aggregates: Map<string, string[]>;
  /** Per Layer 3 provider link: the pattern's own prediction, as tables per speaker (see `l3Expectation`). */
  readonly l3: L3Expectation[];
}

/** What a Layer 3 provider pattern's own route propagation (`L3ProviderMultiCloud.propagation`) predicts, per speaker. */
export interface L3Expectation {
  /** The link (the pattern's construct path). */
  readonly link: string;
  /** The pattern's plan. */
  readonly plan: L3PropagationPlan;
  /**
   * Per speaker of the link: its BGP table. A cloud edge: what it advertises and what it receives; a provider VRF:
   * what its clouds advertise and what the provider advertises to them; the customer router: what it originates
   * and receives. Empty when `notApplicable` is set.
   */
  readonly tables: Map<string, string[]>;
  /** Per cloud edge and customer router, per received prefix: the AS paths the plan gives (nearest AS first). */
  readonly asPaths: Map<string, Map<string, string[]>>;
  /** Why the pattern's prediction is not compared (not every session of the link runs, or the model and the plan do not line up). */
  readonly notApplicable?: string;
}

/** Options of `buildEmulation`. */
export interface BuildOptions {
  /**
   * The FRR configuration the library generates for the customer router of `link`, if any. See
   * `customerRouterConfigFromSynth` (the adapter to L2ProviderMultiCloud).
   */
  readonly customerRouterConfig?: (link: LinkRecord) => RawConfig | undefined;
  /** The pattern's own route propagation of a Layer 3 provider link, if any. See `l3PlanFromApp`. */
  readonly l3Plan?: (link: LinkRecord) => L3PropagationPlan | undefined;
}

function norm(p: string): string {
  return Cidr.parseLoose(p).toString();
}

function uniqSorted(list: Iterable<string>): string[] {
  return [...new Set(list)].sort();
}

/** The receive limit of a speaker: its override, else the published figure; undefined when none is known. */
export function receiveLimit(rec: BgpSpeakerRecord): number | undefined {
  return rec.receiveLimitOverride ?? PREFIX_LIMITS[rec.receiveLimitType]?.value;
}

/** True when the speaker re-advertises what it learns: the library's edge table (lib/plan/facts/edges.ts), as the prediction uses it. */
/** The BGP community that marks routes learned in transit group `group` (harness-only, RFC 1997 private use). */
function groupCommunity(group: string): string {
  let h = 0;
  for (const c of group) h = (h * 31 + c.charCodeAt(0)) % 65000;
  return `65000:${h + 1}`;
}

function isTransit(rec: BgpSpeakerRecord): boolean {
  return transitOf(rec);
}

/** `interface X` / ` ip address A/L` pairs and `aggregate-address` lines of an FRR configuration. */
export function parseFrrConfig(text: string): { interfaceOf: Map<string, string>; aggregates: string[] } {
  const interfaceOf = new Map<string, string>();
  const aggregates: string[] = [];
  let current: string | undefined;
  for (const line of text.split('\n')) {
    const i = /^interface (\S+)/.exec(line);
    if (i) { current = i[1]; continue; }
    if (/^(exit|!)/.test(line)) current = undefined;
    const a = /^\s+ip address (\d+\.\d+\.\d+\.\d+)\/\d+/.exec(line);
    if (a && current) interfaceOf.set(a[1], current);
    const g = /^\s+aggregate-address (\S+)/.exec(line);
    if (g) aggregates.push(norm(g[1]));
  }
  return { interfaceOf, aggregates };
}

/**
 * ADAPTER POINT (L2ProviderMultiCloud): the customer router's FRR configuration, exactly as the synth wrote it.
 * The pattern exposes `frrConfigFileName` and writes that file next to the stack's `cdk.tf.json`; the file is
 * read back from the synth output directory and loaded unchanged. If the pattern changes how it publishes the
 * configuration, change only this function.
 *
 * @param app the synthesized app
 * @param outdir its output directory
 */
export function customerRouterConfigFromSynth(app: IConstruct, outdir: string): (link: LinkRecord) => RawConfig | undefined {
  let manifest: { stacks?: Record<string, { workingDirectory?: string }> } = {};
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
  } catch {
    // no manifest: the default layout below
  }
  const all = app.node.findAll();
  return (link) => {
    const construct = all.find((c) => c.node.path === link.id) as unknown as { frrConfigFileName?: unknown } | undefined;
    const file = construct?.frrConfigFileName;
    if (typeof file !== 'string') return undefined;
    const dir = path.join(outdir, manifest.stacks?.[link.stack]?.workingDirectory ?? path.join('stacks', link.stack));
    const p = path.join(dir, file);
    return fs.existsSync(p) ? { text: fs.readFileSync(p, 'utf8'), source: p } : undefined;
  };
}

/**
 * ADAPTER POINT (L3ProviderMultiCloud): the pattern's own route propagation (`propagation`, an
 * `L3PropagationPlan`), found by the link's id (the construct path). If the pattern renames it, change only this.
 *
 * @param app the synthesized app
 */
export function l3PlanFromApp(app: IConstruct): (link: LinkRecord) => L3PropagationPlan | undefined {
  const all = app.node.findAll();
  return (link) => {
    if (link.kind !== LinkKind.LAYER3) return undefined;
    const construct = all.find((c) => c.node.path === link.id) as unknown as { propagation?: Partial<L3PropagationPlan> } | undefined;
    const p = construct?.propagation;
    return p && Array.isArray(p.clouds) && p.customer !== undefined && p.vrfMode !== undefined ? (p as L3PropagationPlan) : undefined;
  };
}

/**
 * The pattern's prediction per speaker of `link`, with the speakers found in the model (a cloud's edge is the end
 * of that cloud's sessions, its VRF the other end; the customer router is the end of the customer sessions that is
 * no VRF). Not applicable unless every session of the link runs in the lab.
 */
export function l3Expectation(link: LinkRecord, plan: L3PropagationPlan, emulatedIds: Set<string>): L3Expectation {
  const tables = new Map<string, string[]>();
  const asPaths = new Map<string, Map<string, string[]>>();
  const na = (why: string): L3Expectation => ({ link: link.id, plan, tables: new Map(), asPaths: new Map(), notApplicable: why });
  const missing = link.sessions.filter((s) => !emulatedIds.has(s.id));
  if (missing.length) return na(`${missing.length} of the link's ${link.sessions.length} sessions do not run in the lab`);
  const add = (node: string, prefixes: string[]) => tables.set(node, uniqSorted([...(tables.get(node) ?? []), ...prefixes.map(norm)]));
  const addPath = (node: string, prefix: string, asPath: number[]) => {
    if (!asPaths.has(node)) asPaths.set(node, new Map());
    const m = asPaths.get(node)!;
    const p = norm(prefix);
    m.set(p, uniqSorted([...(m.get(p) ?? []), asPath.join(' ')]));
  };
  const vrfs = new Set<string>();
  for (const c of plan.clouds) {
    const sessions = link.sessions.filter((s) => s.a.cloud === c.cloud || s.b.cloud === c.cloud);
    if (sessions.length === 0) return na(`the model records no session with the ${c.cloud} edge`);
    for (const s of sessions) {
      const [edge, vrf] = s.b.cloud === c.cloud ? [s.b, s.a] : [s.a, s.b];
      vrfs.add(vrf.node);
      add(edge.node, [...c.advertises, ...c.receives.map((r) => r.prefix)]);
      for (const r of c.receives) addPath(edge.node, r.prefix, r.asPath);
      // the VRF holds what its cloud advertises and what it sends its cloud (a shared VRF: every cloud's)
      add(vrf.node, [...c.advertises, ...c.advertiseToCloud]);
    }
  }
  if (plan.customerBgp) {
    const routers = new Set(link.sessions.filter((s) => s.a.cloud === Cloud.CUSTOMER && s.b.cloud === Cloud.CUSTOMER)
      .flatMap((s) => [s.a.node, s.b.node]).filter((n) => !vrfs.has(n)));
    if (routers.size !== 1) return na(`the model records ${routers.size} customer routers on the link, the plan one`);
    const router = [...routers][0];
    add(router, [...plan.customer.advertises, ...plan.customer.receives.map((r) => r.prefix)]);
    for (const r of plan.customer.receives) addPath(router, r.prefix, r.asPath);
  }
  return { link: link.id, plan, tables, asPaths };
}

/**
 * Where the pattern's prediction and the report's route propagation (over the same sessions) disagree: per
 * speaker, the prefixes only one of them predicts, and the AS paths of the best routes.
 */
export function l3Disagreements(x: L3Expectation, propagation: PropagationResult, labels: Map<string, string>): string[] {
  if (x.notApplicable) return [];
  const out: string[] = [];
  const byNode = new Map(propagation.speakers.map((s) => [s.node, s]));
  for (const [node, want] of x.tables) {
    const sp = byNode.get(node);
    const report = sp ? uniqSorted([...sp.originates.map(norm), ...sp.received.map((r) => norm(r.prefix))]) : [];
    const onlyPattern = want.filter((p) => !report.includes(p));
    const onlyReport = report.filter((p) => !want.includes(p));
    if (onlyPattern.length || onlyReport.length) out.push(`${labels.get(node) ?? node}: only the pattern predicts [${onlyPattern.join(' ')}], only the report [${onlyReport.join(' ')}]`);
  }
  for (const [node, paths] of x.asPaths) {
    const best = bestAsPaths(propagation, node);
    for (const [prefix, planned] of paths) {
      const r = best.get(prefix);
      if (r !== undefined && !planned.includes(r)) out.push(`${labels.get(node) ?? node} ${prefix}: the pattern's AS path ${planned.map((p) => `"${p}"`).join(' or ')}, the report's "${r}"`);
    }
  }
  return out;
}

/** Per prefix: the AS path (nearest AS first, space-separated) of the best route `node` receives, per the report's propagation. */
export function bestAsPaths(propagation: PropagationResult, node: string): Map<string, string> {
  const sp = propagation.speakers.find((s) => s.node === node);
  return new Map((sp?.received ?? []).filter((r) => r.best).map((r) => [norm(r.prefix), r.asPath.join(' ')]));
}

/** Every prefix a snapshot's stack names (hub ranges, originated, exported, filtered, planned subnets). */
function stackPrefixes(hubs: HubRecord[], links: LinkRecord[]): string[] {
  const out: string[] = [];
  for (const h of hubs) out.push(...h.ranges, ...(h.advertised ?? []));
  for (const l of links) {
    for (const s of l.sessions) {
      if (s.subnet) out.push(s.subnet);
      for (const r of [s.a, s.b]) out.push(...r.originates, ...(r.exports ?? []), ...(r.advertiseFilter ?? []));
    }
  }
  return out;
}

/** The prefixes of a hub (its ranges and what its cloud advertises for it). */
function hubPrefixes(hub: HubRecord | undefined): string[] {
  if (!hub) return [];
  return uniqSorted([...hub.ranges, ...(hub.advertised ?? [])].map(norm));
}

/** Build the emulation of one stack of `snapshot`. */
export function buildEmulation(snapshot: ConnectivitySnapshot, stack: string, options: BuildOptions = {}): Emulation {
  const hubs = snapshot.hubs.filter((h) => h.stack === stack);
  const hubById = new Map(snapshot.hubs.map((h) => [h.id, h]));
  const links = snapshot.links.filter((l) => l.stack === stack);
  const notes: string[] = [];
  const skipped: SkippedSession[] = [];
  const harness = Cidr.parse(HARNESS_RANGE);

  // Customer routers that run the library's own configuration.
  const rawSpeakers = new Map<string, RawConfig>();
  const rawParsed = new Map<string, ReturnType<typeof parseFrrConfig>>();
  const noConfig = new Set<string>();
  for (const l of links) {
    const customers = new Set(l.sessions.flatMap((s) => [s.a, s.b]).filter((r) => r.cloud === Cloud.CUSTOMER).map((r) => r.node));
    if (customers.size === 0) continue;
    const cfg = options.customerRouterConfig?.(l);
    if (!cfg) {
      noConfig.add(l.id);
      continue;
    }
    for (const node of customers) {
      rawSpeakers.set(node, cfg);
      rawParsed.set(node, parseFrrConfig(cfg.text));
    }
  }

  // Lab addresses: usable unless the stack's plan uses the range itself.
  const labRange = Cidr.parse(LAB_LINK_RANGE);
  const labClash = uniqSorted(stackPrefixes(hubs, links).filter((p) => {
    try {
      return Cidr.parseLoose(p).overlaps(labRange);
    } catch {
      return false;
    }
  }));
  let labSlot = 0;

  // The sessions that can run.
  const emulated: EmulatedSession[] = [];
  const asnOf = new Map<string, number>();
  const usedIf = new Map<string, Set<string>>();
  for (const l of links) {
    for (const planned of l.sessions) {
      let s = planned;
      const who = s.managedBy ? `assigned at apply time: ${s.managedBy}` : 'assigned at apply time';
      const noAsn = [s.a, s.b].filter((r) => r.asn === undefined).map((r) => `${r.label} ASN`);
      const noAddress = [s.a, s.b].filter((r) => r.address === undefined).map((r) => `${r.label} address`);
      if (noAsn.length) {
        skipped.push({ id: s.id, reason: `not emulated: ${who} (no ${[...noAsn, ...noAddress].join(', ')}); the plan gives no ASN to emulate it with`, error: false });
        continue;
      }
      let lab = false;
      if (noAddress.length) {
        const raw = [s.a, s.b].find((r) => rawSpeakers.has(r.node));
        if (noAddress.length !== 2) {
          skipped.push({ id: s.id, reason: `not emulated: the plan gives one address of the session and not the other (no ${noAddress.join(', ')})`, error: false });
          continue;
        }
        if (raw) {
          skipped.push({ id: s.id, reason: `not emulated: addresses ${who}; ${raw.label} runs the library's FRR configuration unchanged, which leaves this session out until the addresses are known, so the lab gives it no lab address`, error: false });
          continue;
        }
        if (labClash.length) {
          skipped.push({ id: s.id, reason: `not emulated: addresses ${who}; the stack's plan uses ${labClash.join(', ')}, inside the lab address range ${LAB_LINK_RANGE}`, error: false });
          continue;
        }
        // Tentative: the slot is taken only when the session runs (so a variant of the plan gets the same addresses).
        const cidr = Cidr.parse(`${labRange.hostAddress(labSlot * 4)}/30`);
        s = { ...s, subnet: cidr.toString(), a: { ...s.a, address: cidr.firstUsable }, b: { ...s.b, address: cidr.secondUsable } };
        lab = true;
      }
      if (!s.subnet) {
        skipped.push({ id: s.id, reason: 'not emulated: the plan records no peering subnet', error: false });
        continue;
      }
      const subnet = Cidr.parseLoose(s.subnet);
      const outside = [s.a, s.b].filter((r) => !subnet.containsAddress(r.address!));
      if (outside.length || s.a.address === s.b.address) {
        skipped.push({ id: s.id, reason: `plan error: addresses ${s.a.address} and ${s.b.address} are not two distinct addresses of ${s.subnet}`, error: true });
        continue;
      }
      if (subnet.overlaps(harness)) {
        skipped.push({ id: s.id, reason: `not emulated: ${s.subnet} overlaps the harness's own range ${HARNESS_RANGE}`, error: false });
        continue;
      }
      const clash = [s.a, s.b].find((r) => asnOf.has(r.node) && asnOf.get(r.node) !== r.asn);
      if (clash) {
        skipped.push({ id: s.id, reason: `plan error: ${clash.node} has ASN ${asnOf.get(clash.node)} on another session and ${clash.asn} here`, error: true });
        continue;
      }
      let rawProblem: string | undefined;
      for (const r of [s.a, s.b]) {
        const parsed = rawParsed.get(r.node);
        if (!parsed) continue;
        const ifname = parsed.interfaceOf.get(r.address!);
        if (!ifname) rawProblem = `not emulated: the customer router's configuration has no interface with ${r.address}`;
        else if (usedIf.get(r.node)?.has(ifname)) rawProblem = `not emulated: the customer router's configuration puts two sessions on ${ifname} (VLAN not known at synth?)`;
      }
      if (rawProblem) {
        skipped.push({ id: s.id, reason: rawProblem, error: false });
        continue;
      }
      for (const r of [s.a, s.b]) {
        asnOf.set(r.node, r.asn!);
        const ifname = rawParsed.get(r.node)?.interfaceOf.get(r.address!);
        if (ifname) {
          if (!usedIf.has(r.node)) usedIf.set(r.node, new Set());
          usedIf.get(r.node)!.add(ifname);
        }
      }
      const side = (r: BgpSpeakerRecord): SideView => ({ rec: r, limit: receiveLimit(r), raw: rawSpeakers.has(r.node) });
      emulated.push({ rec: s, linkRec: l, a: side(s.a), b: side(s.b), labAddresses: lab });
      if (lab) labSlot++;
    }
  }

  for (const id of noConfig) {
    if (!emulated.some((e) => e.linkRec.id === id && (e.a.rec.cloud === Cloud.CUSTOMER || e.b.rec.cloud === Cloud.CUSTOMER))) continue;
    // A Layer 3 provider link has no customer router configuration in the library (it writes a provider handoff).
    if (links.find((l) => l.id === id)?.kind === LinkKind.LAYER3) continue;
    notes.push(`ADAPTER POINT: no FRR configuration found for the customer router of ${id}; it runs a generated transit configuration instead of the library's (see customerRouterConfigFromSynth in test/emulation/from-model.ts)`);
  }
  const labCount = emulated.filter((e) => e.labAddresses).length;
  if (labCount) {
    notes.push(`${labCount} session(s) run on lab addresses (/30s of ${LAB_LINK_RANGE}, "lab address" in the table): a provider or a cloud assigns the real ones at apply time; the ASNs are the plan's`);
  }
  for (const l of links.filter((x) => x.kind === LinkKind.LAYER3)) {
    const transit = uniqSorted(emulated.filter((e) => e.linkRec.id === l.id).flatMap((e) => [e.a.rec, e.b.rec]).filter((r) => isTransit(r)).map((r) => `${r.label}${r.allowAsIn ? ' (allowas-in 1)' : ''}`));
    if (transit.length) notes.push(`${l.id}: generated configurations; transit speakers (re-advertise what they learn): ${transit.join(', ')}`);
  }

  // Speakers and their sessions.
  interface Builder { rec: BgpSpeakerRecord; networks: Set<string>; neighbors: NeighborSpec[]; roles: Set<LinkRole> }
  const builders = new Map<string, Builder>();
  const labels = new Map<string, string>();
  const linkSpecs: LinkSpec[] = [];
  const builder = (r: BgpSpeakerRecord): Builder => {
    let b = builders.get(r.node);
    if (!b) {
      b = { rec: r, networks: new Set(), neighbors: [], roles: new Set() };
      builders.set(r.node, b);
      labels.set(r.node, r.label);
    }
    return b;
  };
  for (const e of emulated) {
    const s = e.rec;
    const len = Cidr.parseLoose(s.subnet!).prefixLength;
    for (const [x, y] of [[s.a, s.b], [s.b, s.a]] as Array<[BgpSpeakerRecord, BgpSpeakerRecord]>) {
      const b = builder(x);
      b.roles.add(e.linkRec.role);
      for (const p of x.originates) b.networks.add(norm(p));
      const own = uniqSorted([...x.originates.map(norm), ...hubPrefixes(x.hub ? hubById.get(x.hub) : undefined)]);
      const transit = isTransit(x);
      const filter = x.advertiseFilter?.map(norm);
      b.neighbors.push({
        link: s.id,
        localAddress: `${x.address}/${len}`,
        peerAddress: y.address!,
        peerAsn: y.asn!,
        description: `${s.id} to ${y.label}`,
        maximumPrefix: receiveLimit(x),
        prefixListOut: transit ? (filter ? [...x.originates.map(norm), ...filter.map((f) => (f.endsWith('/32') ? f : `${f} le 32`))] : undefined) : uniqSorted(x.originates.map(norm)),
        denyIn: x.hub ? own : undefined,
        passive: (s.initiator === BgpInitiator.A && x === s.b) || (s.initiator === BgpInitiator.B && x === s.a),
        password: s.md5KeyRef ? FrrConfig.md5Placeholder(s.md5KeyRef) : undefined,
        bfd: s.bfd,
        // a cloud edge of a backup link prepends (a transit Azure VPN gateway too); a customer router or provider VRF does not
        prependOut: e.linkRec.role === LinkRole.BACKUP && x.cloud !== Cloud.CUSTOMER ? BACKUP_PREPEND : undefined,
        allowasIn: x.allowAsIn,
        // a transit group (a Virtual WAN hub's ExpressRoute sessions): marked on the way in, held back on the way out
        tagIn: x.transitGroup !== undefined ? groupCommunity(x.transitGroup) : undefined,
        denyTagOut: x.transitGroup !== undefined ? groupCommunity(x.transitGroup) : undefined,
      });
    }
    const ifA = rawParsed.get(s.a.node)?.interfaceOf.get(s.a.address!);
    const ifB = rawParsed.get(s.b.node)?.interfaceOf.get(s.b.address!);
    linkSpecs.push({ name: s.id, a: s.a.node, b: s.b.node, vlan: s.vlan, aInterface: ifA, bInterface: ifB });
  }

  // Hub routers (harness-only): a hub's edges hand it what they learn; it prefers primary links.
  const hubRouters: HubRouter[] = [];
  const hubSpeakers: SpeakerSpec[] = [];
  let slot = 0;
  hubs.forEach((h, k) => {
    const edges = [...builders.values()].filter((b) => b.rec.hub === h.id && b.rec.cloud !== Cloud.CUSTOMER && !rawSpeakers.has(b.rec.node));
    if (edges.length === 0) return;
    const speaker = `hub-router:${h.id}`;
    const asn = HUB_ROUTER_ASN_BASE + k;
    const label = `${h.cloud} ${h.name} routing (harness)`;
    labels.set(speaker, label);
    const neighbors: NeighborSpec[] = [];
    const hubEdges: HubEdge[] = [];
    const own = hubPrefixes(h);
    for (const edge of edges) {
      const cidr = Cidr.parse(`${harness.hostAddress(slot * 4)}/30`);
      slot++;
      const link = `${speaker}|${edge.rec.node}`;
      const role = edge.roles.has(LinkRole.PRIMARY) ? LinkRole.PRIMARY : LinkRole.BACKUP;
      if (edge.roles.size > 1) notes.push(`${edge.rec.node} serves both primary and backup links; the hub router treats it as primary`);
      neighbors.push({
        link, localAddress: cidr.withLength(cidr.firstUsable), peerAddress: cidr.secondUsable, peerAsn: edge.rec.asn!,
        description: `edge ${edge.rec.label}`, prefixListOut: [], localPref: role === LinkRole.BACKUP ? BACKUP_LOCAL_PREF : undefined,
      });
      edge.neighbors.push({
        link, localAddress: cidr.withLength(cidr.secondUsable), peerAddress: cidr.firstUsable, peerAsn: asn,
        description: `hub router of ${h.name} (harness)`, denyOut: uniqSorted([...own, ...edge.networks]),
      });
      linkSpecs.push({ name: link, a: speaker, b: edge.rec.node });
      hubEdges.push({ node: edge.rec.node, role, edgeAddress: cidr.secondUsable, hubAddress: cidr.firstUsable, link });
    }
    hubSpeakers.push({ name: speaker, asn, routerId: '', networks: [], neighbors });
    hubRouters.push({ hub: h, speaker, label, asn, edges: hubEdges });
  });

  const speakers: SpeakerSpec[] = [...builders.values()].map((b) => {
    const raw = rawSpeakers.get(b.rec.node);
    return { name: b.rec.node, asn: b.rec.asn!, routerId: '', networks: uniqSorted(b.networks), neighbors: b.neighbors, rawConfig: raw?.text };
  });
  const all = [...speakers, ...hubSpeakers].map((s, i) => ({ ...s, routerId: `198.19.${200 + Math.floor(i / 250)}.${(i % 250) + 1}` }));

  // The prediction: the library's propagation over exactly the sessions that run.
  const ids = new Set(emulated.map((e) => e.rec.id));
  const emuSnapshot: ConnectivitySnapshot = {
    hubs,
    links: links.map((l) => ({ ...l, sessions: l.sessions.filter((s) => ids.has(s.id)) })).filter((l) => l.sessions.length > 0),
  };
  const propagation = RoutePropagation.compute(emuSnapshot);
  const aggregates = new Map([...rawParsed.entries()].map(([node, parsed]) => [node, parsed.aggregates]));
  const topology = { speakers: all, links: linkSpecs };
  const predicted = predictTables({ topology, hubRouters, aggregates }, emuSnapshot);
  const l3: L3Expectation[] = [];
  for (const l of links) {
    const plan = options.l3Plan?.(l);
    if (plan) l3.push(l3Expectation(l, plan, ids));
  }

  return {
    stack,
    topology,
    sessions: emulated,
    skipped,
    hubRouters,
    notes,
    snapshot: emuSnapshot,
    propagation,
    predicted,
    labels,
    rawSpeakers,
    aggregates,
    l3,
  };
}

/**
 * The BGP table every speaker must hold (valid best paths), as the library's route propagation predicts it over
 * `snapshot` (the plan, or the plan with a link failed): what the speaker originates and receives. A hub router
 * holds what its edges in `upEdges` receive from outside the hub (all edges by default). Aggregates a
 * configuration loaded unchanged originates are added (they are not part of the model).
 */
export function predictTables(em: Pick<Emulation, 'topology' | 'hubRouters' | 'aggregates'>, snapshot: ConnectivitySnapshot, upEdges?: (hr: HubRouter) => string[]): Map<string, string[]> {
  const prop = RoutePropagation.compute(snapshot);
  const out = new Map<string, string[]>();
  // FRR originates an aggregate-address only while at least one more specific prefix is in its BGP table.
  const withAggregates = (node: string, prefixes: string[]) => {
    const inside = prefixes.map((p) => Cidr.parseLoose(p));
    const active = (em.aggregates.get(node) ?? []).filter((a) => {
      const c = Cidr.parseLoose(a);
      return inside.some((p) => c.contains(p) && !c.sameAs(p));
    });
    return uniqSorted([...prefixes, ...active]);
  };
  for (const s of em.topology.speakers) out.set(s.name, withAggregates(s.name, s.networks.map(norm)));
  for (const sp of prop.speakers) {
    out.set(sp.node, withAggregates(sp.node, [...sp.originates.map(norm), ...sp.received.map((r) => norm(r.prefix))]));
  }
  for (const hr of em.hubRouters) out.set(hr.speaker, hubRouterPrediction(prop, hr, upEdges ? upEdges(hr) : hr.edges.map((e) => e.node)));
  return out;
}

/** What a hub router must hold when only `edges` are up: what those edges receive from outside the hub. */
export function hubRouterPrediction(propagation: PropagationResult, hr: HubRouter, edges: string[]): string[] {
  const byNode = new Map(propagation.speakers.map((s) => [s.node, s]));
  return uniqSorted(edges.flatMap((n) => (byNode.get(n)?.received ?? []).filter((r) => r.originHub !== hr.hub.id).map((r) => norm(r.prefix))));
}

/**
 * A copy of `snapshot` in which one speaker of one session accepts at most `limit` prefixes (the over-budget
 * variant).
 */
export function withLimit(snapshot: ConnectivitySnapshot, sessionId: string, node: string, limit: number): ConnectivitySnapshot {
  return {
    hubs: snapshot.hubs,
    links: snapshot.links.map((l) => ({
      ...l,
      sessions: l.sessions.map((s) => {
        if (s.id !== sessionId) return s;
        return {
          ...s,
          a: s.a.node === node ? { ...s.a, receiveLimitOverride: limit } : s.a,
          b: s.b.node === node ? { ...s.b, receiveLimitOverride: limit } : s.b,
        };
      }),
    })),
  };
}

/** The `maximum-prefix` changes that turn topology `from` into `to`: [speaker, peer address, new limit]. */
export function maximumPrefixChanges(from: Topology, to: Topology): Array<{ speaker: string; peer: string; limit?: number }> {
  const out: Array<{ speaker: string; peer: string; limit?: number }> = [];
  for (const s of to.speakers) {
    const before = from.speakers.find((x) => x.name === s.name);
    if (!before) throw new Error(`the variant has a speaker ${s.name} the lab does not run`);
    for (const nb of s.neighbors) {
      const old = before.neighbors.find((x) => x.peerAddress === nb.peerAddress && x.link === nb.link);
      if (!old) throw new Error(`the variant has a session ${s.name} -> ${nb.peerAddress} the lab does not run`);
      if (old.maximumPrefix !== nb.maximumPrefix) out.push({ speaker: s.name, peer: nb.peerAddress, limit: nb.maximumPrefix });
    }
  }
  return out;
}
