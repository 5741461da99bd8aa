import type { ConnectivityReportData, ReportSession } from './report';
import { IssueLevel } from '../routing/app-checks';
import { Cloud } from '../facts/clouds';
import { BgpInitiator, BgpSessionRecord, HubRecord, LinkKind, LinkRecord, LinkRole } from '../routing/model';
import type { PathInfo } from '../routing/paths';
import { CLOUD_ORDER, cmp } from '../routing/util';
import { markdownCell, singleLine } from './text';

/**
 * The connectivity report rendered: the Markdown document (`ConnectivityPlan.markdown`) and the Mermaid topology
 * it embeds (`ConnectivityPlan.mermaid`). Pure TypeScript, no cdktf; the data comes from `ConnectivityPlan.compose`
 * (report.ts).
 */

/** The Mermaid `flowchart LR` of hubs, links and sessions (`ConnectivityPlan.mermaid`). */
export function mermaidOf(hubs: HubRecord[], links: LinkRecord[], sessions: BgpSessionRecord[]): string {
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
    put(h.cloud, `    ${id}["${label(`${h.cloud === Cloud.CUSTOMER ? 'On-premises' : h.networkKind ?? networkWord(h.cloud)} ${h.name}`, h.ranges.join(', '))}"]`);
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

/** The Markdown report of `data` (`ConnectivityPlan.markdown`). */
export function markdownOf(data: ConnectivityReportData): string {
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
  const esc = (t: string) => singleLine(t, 1000).replace(/"/g, '#quot;').replace(/[<>]/g, ' ').replace(/`/g, ' ');
  return detail ? `${esc(title)}<br/>${esc(detail)}` : esc(title);
}

function table(head: string[], rows: string[][]): string[] {
  if (rows.length === 0) return ['(none)'];
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(markdownCell).join(' | ')} |`)];
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
