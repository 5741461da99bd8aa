import { AppCheckDefinition, AppCheckIssue, AppChecks, runAppChecks, sortIssues } from '../routing/app-checks';
import { Cloud } from '../facts/clouds';
import { SessionBudget } from '../routing/budget';
import { BgpInitiator, BgpSessionRecord, BgpSpeakerRecord, HubRecord, LinkKind, LinkRecord, LinkRole } from '../routing/model';
import { CloudPairPaths, findPaths } from '../routing/paths';
import { computePropagation, ConnectivitySnapshot, PropagationResult, SpeakerRoutes } from '../routing/propagation';
import { CLOUD_ORDER, cmp, COMPUTED_FROM, dropUndefined, uniqueSessions } from '../routing/util';
import { markdownOf, mermaidOf } from './report-markdown';
import { assertCleanDocument } from './text';
import { checkArgs } from '../shape-check';
/**
 * The connectivity report: hubs, links, BGP sessions, prefix budgets, paths with their bottlenecks, route
 * propagation and a Mermaid topology, as Markdown for people and JSON for tools. Pure TypeScript, no cdktf: the
 * construct layer (`ConnectivityReport`) feeds it the app's model.
 *
 * The report never holds a secret: sessions carry only a reference to their MD5 key, and a reference that does
 * not look like one (a token, or anything long and random) is replaced by "set (not shown)".
 */

/** The schema id written into the JSON document. */
export const CONNECTIVITY_REPORT_SCHEMA = 'cdktf-azure-multicloud/connectivity-report/v1';

/** A hub as the report shows it. */
export interface ReportHub {
  /** The construct path. */
  readonly id: string;
  /** The stack. */
  readonly stack: string;
  /** The cloud. */
  readonly cloud: Cloud;
  /** The network name. */
  readonly name: string;
  /** The region, when known. */
  readonly region?: string;
  /** The address ranges. */
  readonly ranges: string[];
  /** What the cloud advertises for it (the ranges, or OCI's subnets). */
  readonly advertised: string[];
}

/** A link as the report shows it. */
export interface ReportLink {
  /** The pattern's construct path. */
  readonly id: string;
  /** The stack. */
  readonly stack: string;
  /** The pattern class. */
  readonly pattern: string;
  /** Interconnect, Layer 2, Layer 3 or VPN. */
  readonly kind: LinkKind;
  /** Primary or backup. */
  readonly role: LinkRole;
  /** The clouds it joins. */
  readonly clouds: Cloud[];
  /** The hubs it joins. */
  readonly hubs: string[];
  /** Circuit bandwidth, Mbit/s. */
  readonly circuitMbps?: number;
  /** Gateway throughput, Mbit/s. */
  readonly gatewayMbps?: number;
  /** The gateway's name. */
  readonly gatewayName?: string;
  /** Tunnel throughput, Mbit/s. */
  readonly tunnelMbps?: number;
  /** How many BGP sessions. */
  readonly sessionCount: number;
}

/** One end of a BGP session as the report shows it. */
export interface ReportSessionEnd {
  /** The speaker's stable name. */
  readonly node: string;
  /** Its label. */
  readonly label: string;
  /** Its cloud. */
  readonly cloud: Cloud;
  /** Its peering address, when known at synth. */
  readonly address?: string;
  /** Its ASN, when known. */
  readonly asn?: number;
}

/** A BGP session as the report shows it. */
export interface ReportSession {
  /** The session id. */
  readonly id: string;
  /** Its link. */
  readonly link: string;
  /** The VLAN, if tagged. */
  readonly vlan?: number;
  /** The circuit or port the VLAN is on. */
  readonly vlanDomain?: string;
  /** The peering subnet. */
  readonly subnet?: string;
  /** Side A. */
  readonly a: ReportSessionEnd;
  /** Side B. */
  readonly b: ReportSessionEnd;
  /** Who opens the session. */
  readonly initiator: BgpInitiator;
  /** BFD on the session. */
  readonly bfd: boolean;
  /** The MD5 key reference ("none" without a key, never the key). */
  readonly md5: string;
  /** Who configures it, when not the customer. */
  readonly managedBy?: string;
}

/** Everything the report shows, for one stack or the whole app. */
export interface ConnectivityReportData {
  /** The schema id of the JSON document. */
  readonly schema: string;
  /** The title. */
  readonly title: string;
  /** The stack the report is for: undefined for the whole app. */
  readonly stack?: string;
  /** The hubs (those of the stack, and those its links reach). */
  readonly hubs: ReportHub[];
  /** The links (of the stack, or touching its hubs). */
  readonly links: ReportLink[];
  /** Their BGP sessions. */
  readonly sessions: ReportSession[];
  /** The prefix budget of each session, per receiving side (propagated over the whole app). */
  readonly budgets: SessionBudget[];
  /** Primary and backup paths for every pair of clouds the links join. */
  readonly paths: CloudPairPaths[];
  /** What every speaker of those sessions receives, and from whom. */
  readonly speakers: SpeakerRoutes[];
  /** The whole-app check issues that concern these hubs and links. */
  readonly issues: AppCheckIssue[];
  /** The checks that ran. */
  readonly checks: AppCheckDefinition[];
  /** The Mermaid `flowchart LR` of the topology. */
  readonly mermaid: string;
}

/** Options of `ConnectivityPlan.compose`. */
export interface ConnectivityPlanOptions {
  /** Report on this stack (its hubs, its links and the links that touch its hubs). @default - the whole app */
  readonly stack?: string;
  /** The title. @default - "Connectivity report: <stack>" or "Connectivity report" */
  readonly title?: string;
}

/** A logical id cdktf allocated (e.g. a Terraform output name): `<human part>_<8 upper-case hex>`. */
const CDKTF_LOGICAL_ID = /^[A-Za-z][A-Za-z0-9_-]*_[0-9A-F]{8}$/;
/** A Terraform address: `var.x`, `random_password.md5.result`, `data.x.y`, `module.m.output`. */
const TERRAFORM_ADDRESS = /^(var|local|data|module|output|[a-z][a-z0-9]*_[a-z0-9_]+)\.[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*|\[\d+\])*$/;
/** A construct path: `stack/Pattern/Md5Key`. */
const CONSTRUCT_PATH = /^[A-Za-z_][\w.-]*(\/[A-Za-z_][\w.-]*)+$/;

/**
 * An MD5 key reference as the report may show it: a Terraform address (`var.bgp_md5`,
 * `random_password.md5.result`), the name of a Terraform output cdktf allocated (`L2_md5_key_1A2B3C4D`) or a
 * construct path. Anything else (an unresolved token, a literal that might be the key itself, a word that looks
 * random) is withheld as "set (not shown)"; no key: "none".
 */
export function safeKeyReference(ref: string | undefined): string {
  if (ref === undefined || ref === '') return 'none';
  const shaped = CDKTF_LOGICAL_ID.test(ref) || TERRAFORM_ADDRESS.test(ref) || CONSTRUCT_PATH.test(ref);
  const randomWord = ref.split(/[^A-Za-z0-9]+/).some((w) => w.length >= 16 && /[0-9]/.test(w) && /[a-z]/.test(w) && /[A-Z]/.test(w));
  if (!shaped || randomWord || ref.length > 200 || /TOKEN|\$\{/.test(ref)) return 'set (not shown)';
  return ref;
}

function end(sp: BgpSpeakerRecord): ReportSessionEnd {
  return dropUndefined({ node: sp.node, label: sp.label, cloud: sp.cloud, address: sp.address, asn: sp.asn }) as ReportSessionEnd;
}

function reportSession(s: BgpSessionRecord): ReportSession {
  return dropUndefined({
    id: s.id,
    link: s.link,
    vlan: s.vlan,
    vlanDomain: s.vlanDomain,
    subnet: s.subnet,
    a: end(s.a),
    b: end(s.b),
    initiator: s.initiator,
    bfd: s.bfd,
    md5: safeKeyReference(s.md5KeyRef),
    managedBy: s.managedBy,
  }) as ReportSession;
}

function reportHub(h: HubRecord): ReportHub {
  return dropUndefined({ id: h.id, stack: h.stack, cloud: h.cloud, name: h.name, region: h.region, ranges: [...h.ranges], advertised: [...(h.advertised ?? h.ranges)] }) as ReportHub;
}

function reportLink(l: LinkRecord): ReportLink {
  return dropUndefined({
    id: l.id, stack: l.stack, pattern: l.pattern, kind: l.kind, role: l.role, clouds: [...l.clouds], hubs: [...l.hubs],
    circuitMbps: l.circuitMbps, gatewayMbps: l.gatewayMbps, gatewayName: l.gatewayName, tunnelMbps: l.tunnelMbps, sessionCount: l.sessions.length,
  }) as ReportLink;
}

/** Builds and renders the connectivity report. */
export class ConnectivityPlan {
  /**
   * The report data of the whole app, or of one stack.
   *
   * @param snapshot the hubs and links of the whole app (propagation and checks always see all of it)
   * @param options the stack to report on, a title
   * @param propagation the propagation result, when already computed
   * @param issues the check issues of the whole app, when already computed
   */
  public static compose(snapshot: ConnectivitySnapshot, options: ConnectivityPlanOptions = {}, propagation?: PropagationResult, issues?: AppCheckIssue[]): ConnectivityReportData {
    checkArgs('ConnectivityPlan.compose', [snapshot, options, propagation, issues]);
    return composeReport(snapshot, options, propagation, issues);
  }

  /**
   * The Mermaid `flowchart LR` of hubs, links and sessions: one subgraph per cloud (the customer's router in its
   * own), hubs, their gateways, the BGP speakers, and one node per circuit or tunnel group. Primary links are
   * solid (`---`), backup links dotted (`-.-`).
   *
   * @param hubs the hubs
   * @param links the links
   * @param sessions their sessions
   */
  public static mermaid(hubs: HubRecord[], links: LinkRecord[], sessions: BgpSessionRecord[]): string {
    checkArgs('ConnectivityPlan.mermaid', [hubs, links, sessions]);
    return assertCleanDocument('connectivity report (Mermaid)', mermaidOf(hubs, links, sessions));
  }

  /**
   * The Markdown report.
   *
   * @param data the report data
   */
  public static markdown(data: ConnectivityReportData): string {
    if (fresh === undefined || data !== fresh) checkArgs('ConnectivityPlan.markdown', [data]);
    return assertCleanDocument('connectivity report (Markdown)', markdownOf(data));
  }

  /**
   * The JSON document: the report data with object keys in sorted order (stable across runs), two-space indented.
   *
   * @param data the report data
   */
  public static json(data: ConnectivityReportData): string {
    if (fresh === undefined || data !== fresh) checkArgs('ConnectivityPlan.json', [data]);
    return assertCleanDocument('connectivity report (JSON)', stableStringify(data) + '\n');
  }
}

/**
 * `ConnectivityPlan.compose` without the argument check: for the library's own callers, whose snapshot,
 * propagation and issues the library built (or checked at their public entry point).
 */
export function composeReport(snapshot: ConnectivitySnapshot, options: ConnectivityPlanOptions = {}, propagation?: PropagationResult, issues?: AppCheckIssue[]): ConnectivityReportData {
  const prop = propagation ?? computePropagation(snapshot);
  const allIssues = issues ?? runAppChecks(snapshot, prop);
  const stack = options.stack;

  const hubsById = new Map(snapshot.hubs.map((h) => [h.id, h] as [string, HubRecord]));
  const ownHubs = new Set(snapshot.hubs.filter((h) => stack === undefined || h.stack === stack).map((h) => h.id));
  const links = snapshot.links
    .filter((l) => stack === undefined || l.stack === stack || l.hubs.some((h) => ownHubs.has(h)))
    .sort((x, y) => cmp(x.id, y.id));
  const linkIds = new Set(links.map((l) => l.id));
  const hubIds = new Set([...ownHubs, ...links.flatMap((l) => l.hubs).filter((h) => hubsById.has(h))]);
  const hubs = [...hubIds].map((id) => hubsById.get(id)!).sort((x, y) => CLOUD_ORDER.indexOf(x.cloud) - CLOUD_ORDER.indexOf(y.cloud) || cmp(x.id, y.id));
  const sessions = uniqueSessions(links);
  const sessionIds = new Set(sessions.map((s) => s.id));
  const nodes = new Set(sessions.flatMap((s) => [s.a.node, s.b.node]));
  const scopeIds = new Set([...hubIds, ...linkIds]);

  // a stack that holds every link of the app has the app's paths, which the propagation of this snapshot found
  const everyLink = stack === undefined || (COMPUTED_FROM.get(prop) === snapshot && snapshot.links.every((l) => linkIds.has(l.id)));
  const paths = everyLink ? prop.paths : findPaths(snapshot, prop.speakers, linkIds);

  const data = {
    schema: CONNECTIVITY_REPORT_SCHEMA,
    title: options.title ?? (stack === undefined ? 'Connectivity report' : `Connectivity report: ${stack}`),
    stack,
    hubs: hubs.map(reportHub),
    links: links.map(reportLink),
    sessions: sessions.map(reportSession),
    budgets: prop.budgets.filter((b) => sessionIds.has(b.session)),
    paths,
    speakers: prop.speakers.filter((s) => nodes.has(s.node)),
    issues: sortIssues(allIssues.filter((i) => stack === undefined || i.paths.some((p) => scopeIds.has(p)))),
    checks: AppChecks.definitions(),
    mermaid: '',
  };
  const withMermaid = { ...data, mermaid: assertCleanDocument('connectivity report (Mermaid)', mermaidOf(hubs, links, sessions)) };
  return dropUndefined(withMermaid) as ConnectivityReportData;
}

/** Report data `composeReport` has just made and no one else has seen yet (see `renderFresh`). */
let fresh: ConnectivityReportData | undefined;

/**
 * Run `render` (which calls `ConnectivityPlan.markdown` and `json` on `data`) without checking `data` again:
 * for report data the library composed itself a moment before and has not handed out.
 */
export function renderFresh<T>(data: ConnectivityReportData, render: () => T): T {
  const before = fresh;
  fresh = data;
  try {
    return render();
  } finally {
    fresh = before;
  }
}

/** JSON with every object's keys sorted, arrays in order, undefined values left out. */
export function stableStringify(value: unknown): string {
  const sortKeys = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sortKeys);
    if (v !== null && typeof v === 'object') {
      // no prototype: a key named `__proto__` stays a key instead of replacing the prototype
      const out: Record<string, unknown> = Object.create(null);
      for (const k of Object.keys(v as object).sort()) {
        const x = (v as Record<string, unknown>)[k];
        if (x !== undefined) out[k] = sortKeys(x);
      }
      return out;
    }
    return v;
  };
  return JSON.stringify(sortKeys(value), null, 2);
}
