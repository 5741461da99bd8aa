import { AppCheckDefinition, AppCheckIssue, AppChecks, IssueLevel, sortIssues } from '../routing/app-checks';
import { Cloud } from '../facts/clouds';
import { BgpInitiator, BgpSessionRecord, BgpSpeakerRecord, HubRecord, LinkKind, LinkRecord, LinkRole } from '../routing/model';
import { SessionBudget } from '../routing/budget';
import { CloudPairPaths, PathInfo } from '../routing/paths';
import { ConnectivitySnapshot, PropagationResult, RoutePropagation, SpeakerRoutes } from '../routing/propagation';
import { CLOUD_ORDER, cmp, omitUndefined, uniqueSessions } from '../routing/util';

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
  /** The MD5 key reference ("none" without a key; never the key). */
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
  /** The stack the report is for; undefined for the whole app. */
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
  return omitUndefined({ node: sp.node, label: sp.label, cloud: sp.cloud, address: sp.address, asn: sp.asn }) as ReportSessionEnd;
}

function reportSession(s: BgpSessionRecord): ReportSession {
  return omitUndefined({
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
  return omitUndefined({ id: h.id, stack: h.stack, cloud: h.cloud, name: h.name, region: h.region, ranges: [...h.ranges], advertised: [...(h.advertised ?? h.ranges)] }) as ReportHub;
}

function reportLink(l: LinkRecord): ReportLink {
  return omitUndefined({
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
    const prop = propagation ?? RoutePropagation.compute(snapshot);
    const allIssues = issues ?? AppChecks.run(snapshot, prop);
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

    const paths = stack === undefined ? prop.paths : RoutePropagation.paths(snapshot, prop.speakers, [...linkIds]);

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
    const withMermaid = { ...data, mermaid: ConnectivityPlan.mermaid(hubs, links, sessions) };
    return omitUndefined(withMermaid) as ConnectivityReportData;
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
    const ids = new Map<string, string>();
    let counter = 0;
    const idOf = (kind: string, key: string): string => {
      const k = `${kind}\u0000${key}`;
      let id = ids.get(k);
      if (!id) ids.set(k, (id = `${kind}${++counter}`));
      return id;
    };
    const byCloud = new Map<Cloud, string[]>();
    const put = (cloud: Cloud, line: string) => {
      const l = byCloud.get(cloud) ?? [];
      l.push(line);
      byCloud.set(cloud, l);
    };
    const declared = new Set<string>();
    const edges: string[] = [];
    const edgeSeen = new Set<string>();
    const edge = (a: string, b: string, backup: boolean) => {
      const k = `${a} ${b}`;
      if (edgeSeen.has(k)) return;
      edgeSeen.add(k);
      edges.push(`  ${a} ${backup ? '-.-' : '---'} ${b}`);
    };
    const hubById = new Map(hubs.map((h) => [h.id, h] as [string, HubRecord]));
    const linkById = new Map(links.map((l) => [l.id, l] as [string, LinkRecord]));

    for (const h of hubs) {
      const id = idOf('hub', h.id);
      declared.add(id);
      put(h.cloud, `    ${id}["${label(`${h.cloud === Cloud.CUSTOMER ? 'On-premises' : networkWord(h.cloud)} ${h.name}`, h.ranges.join(', '))}"]`);
    }
    // gateways per hub (named by the links)
    const gatewayOf = new Map<string, string>(); // link id -> gateway node id
    for (const l of links) {
      if (!l.gatewayName) continue;
      const hubId = l.gatewayHub ?? (/expressroute|vpn/i.test(l.gatewayName) ? l.hubs.find((h) => hubById.get(h)?.cloud === Cloud.AZURE) : undefined);
      const hub = hubId !== undefined ? hubById.get(hubId) : undefined;
      if (!hub) continue;
      const id = idOf('gw', `${hub.id}\u0000${l.gatewayName}`);
      if (!declared.has(id)) {
        declared.add(id);
        put(hub.cloud, `    ${id}[/"${label(l.gatewayName, l.gatewayMbps !== undefined ? `${l.gatewayMbps} Mbit/s` : '')}"/]`);
      }
      gatewayOf.set(l.id, id);
    }
    const roleOfSpeaker = new Map<string, boolean>(); // node -> has a primary session
    for (const s of sessions) {
      const primary = linkById.get(s.link)?.role !== LinkRole.BACKUP;
      for (const sp of [s.a, s.b]) roleOfSpeaker.set(sp.node, (roleOfSpeaker.get(sp.node) ?? false) || primary);
    }
    for (const s of sessions) {
      for (const sp of [s.a, s.b]) {
        const id = idOf('bgp', sp.node);
        if (declared.has(id)) continue;
        declared.add(id);
        const shape = sp.cloud === Cloud.CUSTOMER && sp.hub === undefined ? ['((', '))'] : ['(', ')'];
        put(sp.cloud, `    ${id}${shape[0]}"${label(sp.label, [sp.asn !== undefined ? `AS${sp.asn}` : 'AS managed by provider', sp.address].filter((x) => x).join(' · '))}"${shape[1]}`);
      }
    }
    const middle: string[] = [];
    for (const l of links) {
      const id = idOf('link', l.id);
      declared.add(id);
      const figures = [l.circuitMbps !== undefined ? `circuit ${l.circuitMbps} Mbit/s` : '', l.tunnelMbps !== undefined ? `tunnels ${l.tunnelMbps} Mbit/s` : '', l.role].filter((x) => x).join(' · ');
      const name = l.kind === LinkKind.VPN ? `IPsec tunnels: ${l.pattern}` : `${kindWord(l.kind)}: ${l.pattern}`;
      middle.push(`  ${id}{{"${label(name, figures)}"}}`);
    }
    for (const s of sessions) {
      const l = linkById.get(s.link);
      if (!l) continue;
      const backup = l.role === LinkRole.BACKUP;
      const lid = idOf('link', l.id);
      for (const sp of [s.a, s.b]) {
        const sid = idOf('bgp', sp.node);
        edge(sid, lid, backup);
        if (sp.hub !== undefined && hubById.has(sp.hub)) {
          const hid = idOf('hub', sp.hub);
          const gw = gatewayOf.get(l.id);
          const speakerBackup = !roleOfSpeaker.get(sp.node);
          if (gw !== undefined && hubById.get(sp.hub)!.cloud === Cloud.AZURE && (l.gatewayHub === undefined || l.gatewayHub === sp.hub)) {
            edge(hid, gw, speakerBackup);
            edge(gw, sid, speakerBackup);
          } else {
            edge(hid, sid, speakerBackup);
          }
        }
      }
    }
    // links without sessions: join their hubs through the link node
    for (const l of links) {
      if (l.sessions.length > 0) continue;
      for (const h of l.hubs) if (hubById.has(h)) edge(idOf('hub', h), idOf('link', l.id), l.role === LinkRole.BACKUP);
    }

    const out = ['flowchart LR'];
    for (const cloud of CLOUD_ORDER) {
      const lines = byCloud.get(cloud);
      if (!lines) continue;
      out.push(`  subgraph ${cloudId(cloud)}["${cloud === Cloud.CUSTOMER ? 'Customer (on-premises)' : cloud}"]`, '    direction TB', ...lines, '  end');
    }
    out.push(...middle, ...edges);
    return out.join('\n') + '\n';
  }

  /**
   * The Markdown report.
   *
   * @param data the report data
   */
  public static markdown(data: ConnectivityReportData): string {
    const md: string[] = [];
    md.push(`# ${data.title}`, '');
    md.push('Written by cdktf-azure-multicloud at synth (or by `ConnectivityReport.forStack` / `forApp`). Limits and throughput figures come from `lib/plan/facts/limits.ts`, each with its source; figures marked *verify* come from a secondary source. The report holds no secret: MD5 keys appear as references only.', '');

    md.push('## Checks', '');
    if (data.issues.length === 0) md.push(`No issue: ${data.checks.map((c) => `\`${c.id}\``).join(', ')} passed.`, '');
    else md.push(...table(['Level', 'Check', 'Where', 'Message'], data.issues.map((i) => [i.level === IssueLevel.ERROR ? '**error**' : 'warning', `\`${i.check}\``, code(i.path), i.message])), '');

    md.push('## Topology', '', '```mermaid', data.mermaid.trimEnd(), '```', '');

    md.push('## Hubs', '');
    md.push(...table(['Hub', 'Cloud', 'Network', 'Region', 'Stack', 'Ranges', 'Advertised'],
      data.hubs.map((h) => [code(h.id), h.cloud, h.name, h.region ?? '-', h.stack, h.ranges.join(', ') || '(unknown at synth)', h.advertised.join(', ') || '-'])), '');

    md.push('## Links', '');
    md.push(...table(['Link', 'Pattern', 'Kind', 'Role', 'Clouds', 'Circuit', 'Gateway', 'Tunnels', 'Sessions'],
      data.links.map((l) => [code(l.id), l.pattern, l.kind, l.role, l.clouds.join(' ↔ '), mbps(l.circuitMbps),
        l.gatewayMbps !== undefined ? `${l.gatewayName ?? 'gateway'} (${l.gatewayMbps} Mbit/s)` : '-', mbps(l.tunnelMbps), String(l.sessionCount)])), '');

    md.push('## BGP sessions', '');
    md.push(...table(['Session', 'Link', 'VLAN', 'Subnet', 'Side A', 'A address', 'A ASN', 'Side B', 'B address', 'B ASN', 'Initiator', 'BFD', 'MD5 key'],
      data.sessions.map((s) => [code(s.id), code(s.link), s.vlan !== undefined ? `${s.vlan}${s.vlanDomain ? ` on ${code(s.vlanDomain)}` : ''}` : '-', s.subnet ?? '-',
        `${s.a.label} (${s.a.cloud})`, s.a.address ?? '-', s.a.asn !== undefined ? String(s.a.asn) : 'provider', `${s.b.label} (${s.b.cloud})`, s.b.address ?? '-', s.b.asn !== undefined ? String(s.b.asn) : 'provider',
        initiatorText(s), s.bfd ? 'yes' : 'no', s.md5 === 'none' ? 'none' : `reference: ${s.md5}`])), '');
    const managed = data.sessions.filter((s) => s.managedBy);
    if (managed.length > 0) md.push(...managed.map((s) => `- ${code(s.id)}: ${s.managedBy}`), '');

    md.push('## Prefix budgets', '');
    md.push('Per session and receiving side: the prefixes the other side advertises on it after propagation over every link of the app, against the receiving cloud\'s limit (warning from 80 %, error above 100 %).', '');
    md.push(...table(['Session', 'Receiver', 'Limit type', 'Used', 'Limit', 'Percent', 'Level', 'Source'],
      data.budgets.map((b) => [code(b.session), `${b.receiverLabel} (${b.receiverCloud})`, b.sessionType, String(b.used), b.limit !== undefined ? String(b.limit) : 'none published',
        b.percent !== undefined ? `${b.percent} %` : '-', b.level, `${b.source}${b.verify ? ' (verify)' : ''}`])), '');

    md.push('## Paths', '');
    md.push('For every pair of clouds: the primary and the backup path, and the bottleneck of each (the smallest of circuit bandwidth, gateway SKU throughput and tunnel throughput).', '');
    md.push(...table(['Clouds', 'Primary path', 'Primary bottleneck', 'Backup path', 'Backup bottleneck'],
      data.paths.map((p) => [`${p.cloudA} ↔ ${p.cloudB}`, pathText(p.primary), bottleneckText(p.primary), pathText(p.backup), bottleneckText(p.backup)])), '');
    const sources = new Map<string, string>();
    for (const p of data.paths) for (const x of [p.primary, p.backup]) for (const c of x?.constraints ?? []) sources.set(`${c.name}: ${c.mbps} Mbit/s`, c.source);
    if (sources.size > 0) md.push('Throughput figures:', '', ...[...sources.entries()].sort(([a], [b]) => cmp(a, b)).map(([k, v]) => `- ${k} (${v})`), '');

    md.push('## Route propagation', '');
    md.push('Cloud edges advertise only their own hub\'s ranges; a customer router or a Layer 3 provider re-advertises what it learns (unless filtered). `*` marks the route the speaker uses.', '');
    md.push(...table(['Speaker', 'Cloud', 'ASN', 'Transit', 'Originates', 'Receives (prefix ← from, session)'],
      data.speakers.map((s) => [`${s.label} (${code(s.node)})`, s.cloud, s.asn !== undefined ? String(s.asn) : 'provider', s.transit ? 'yes' : 'no', s.originates.join(', ') || '-',
        s.received.length === 0 ? '-' : s.received.map((r) => `${r.prefix}${r.best ? '*' : ''} ← ${r.fromLabel} (${shortSession(r.session)})`).join('<br/>')])), '');
    const rejected = data.speakers.flatMap((s) => s.rejected.map((r) => `- ${s.label}: ${r.prefix} from ${code(r.fromNode)} dropped: ${r.reason}`));
    if (rejected.length > 0) md.push('Dropped routes:', '', ...rejected, '');

    md.push('## Checks run', '');
    md.push(...table(['Check', 'Rule', 'Source'], data.checks.map((c) => [`\`${c.id}\``, c.rule, c.source])), '');
    return md.join('\n');
  }

  /**
   * The JSON document: the report data with object keys in sorted order (stable across runs), two-space indented.
   *
   * @param data the report data
   */
  public static json(data: ConnectivityReportData): string {
    return stableStringify(data) + '\n';
  }
}

/** JSON with every object's keys sorted, arrays in order, undefined values left out. */
export function stableStringify(value: unknown): string {
  const sortKeys = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sortKeys);
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
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

function networkWord(c: Cloud): string {
  switch (c) {
    case Cloud.AZURE: return 'VNet';
    case Cloud.AWS: return 'VPC';
    case Cloud.GCP: return 'VPC network';
    case Cloud.OCI: return 'VCN';
    default: return 'Network';
  }
}

function kindWord(k: LinkKind): string {
  switch (k) {
    case LinkKind.INTERCONNECT: return 'Interconnect';
    case LinkKind.LAYER2: return 'Layer 2 circuit';
    case LinkKind.LAYER3: return 'Layer 3 circuit';
    default: return 'VPN';
  }
}

function cloudId(c: Cloud): string {
  return `cloud_${c.replace(/[^A-Za-z0-9]/g, '')}`;
}

/** A Mermaid label: a title and a second line, quotes and markup neutralised. */
function label(title: string, detail: string): string {
  const esc = (t: string) => t.replace(/"/g, '#quot;').replace(/[<>]/g, ' ').replace(/[`\n\r]/g, ' ');
  return detail ? `${esc(title)}<br/>${esc(detail)}` : esc(title);
}

function table(head: string[], rows: string[][]): string[] {
  const cell = (t: string) => t.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  if (rows.length === 0) return ['(none)'];
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

function code(t: string): string {
  return `\`${t.replace(/`/g, "'")}\``;
}

function mbps(v?: number): string {
  return v !== undefined ? `${v} Mbit/s` : '-';
}

function shortSession(id: string): string {
  const parts = id.split('/');
  return parts.slice(-2).join('/');
}

function initiatorText(s: ReportSession): string {
  switch (s.initiator) {
    case BgpInitiator.A: return `${s.a.label} (A)`;
    case BgpInitiator.B: return `${s.b.label} (B)`;
    default: return 'either';
  }
}

function pathText(p?: PathInfo): string {
  if (!p) return 'none';
  const links = p.links.map((l, i) => `${p.patterns[i]} ${code(l)}`).join(' → ');
  return p.alternatives > 0 ? `${links} (+${p.alternatives} more)` : links;
}

function bottleneckText(p?: PathInfo): string {
  if (!p) return '-';
  return p.bottleneck;
}
