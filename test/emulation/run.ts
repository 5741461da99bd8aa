// `npm run test:emulation`: every example stack brought up as a network of real BGP speakers (FRRouting in Linux
// network namespaces) from the library's own plan, and checked against the library's own predictions:
//   1. every emulated session reaches Established;
//   2. every speaker's BGP table holds exactly the prefixes the route propagation predicts, and every planned session
//      carries exactly the routes it predicts per receiving side (one known difference is listed as DIFF, not
//      hidden: a route sent back to the speaker it came from, which takes it with allowas-in; see sessionRouteDiffs);
//   3. no session is in PfxCt;
//   4. over-budget variant: one session's receive limit set one below what it carries; the budget check must name
//      exactly that session, and exactly that session must go down (Idle (PfxCt), "Maximum Number of Prefixes");
//   5. failover, where two hubs have a primary and a backup link: primary down, both hubs reach each other over the
//      backup within the hold time and every table matches the prediction without the primary; primary back up,
//      it wins again.
//   6. a Layer 3 provider link (L3ProviderMultiCloud): its sessions run on lab addresses (the provider and the
//      clouds assign the real ones), and the pattern's own prediction (`propagation`) must agree with the report's,
//      every table must hold exactly what it predicts, and every best route must have the AS path both give.
//   7. IPsec (ipsec-checks.ts): every VPN session runs inside a tunnel that two strongSwan instances negotiate, each
//      configured only from what the library synthesized for its side and accepting only what its cloud documents;
//      the negotiated proposal is the library's; BGP runs inside the tunnels; one tunnel torn down moves its routes
//      to another tunnel of the link; an IKEv1-only peer, a one-sided proposal change and swapped keys fail as
//      predicted. Per-tunnel table: link, tunnel, IKE version, proposal, IKE SA, child SA, ESP packets, BGP state.
// Root only (namespaces); installs FRR and strongSwan from Debian when missing; cleans up everything it started,
// also on failure and on SIGINT/SIGTERM. Exit 0 = pass, 1 = a check failed, 2 = this machine cannot run the
// emulation, or not its IPsec part (no TUN device, no strongSwan): the rest then runs over plain veth links and the
// run says why; that is not a pass (CI fails on it).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { buildExamples } from '../../examples/app';
import { AppContext } from '../../lib/core/context';
import { IpsecProposal } from '../../lib/plan/ipsec';
import { Cloud } from '../../lib/plan/facts/clouds';
import { BudgetLevel } from '../../lib/plan/routing/budget';
import { LinkRole } from '../../lib/plan/routing/model';
import { ConnectivitySnapshot, RoutePropagation } from '../../lib/plan/routing/propagation';
import {
  bestAsPaths, buildEmulation, customerRouterConfigFromSynth, Emulation, HubRouter, L3Expectation, l3Disagreements, l3PlanFromApp,
  maximumPrefixChanges, predictTables, withLimit,
} from './from-model';
import { IpsecLab, ipsecPreflight } from './ipsec';
import { checkRenderSweep, checkTunnels, Checker, ipsecVariants, libraryProposals, placement, stackTunnels, tunnelFailover } from './ipsec-checks';
import { LabUnavailableError, leftoverNamespaces, Netlab, poll, preflight, runPrefix, sleep } from './netlab';

/** The negotiated hold time (`timers bgp 3 9`). */
const HOLD_MS = 9000;
const ESTABLISH_TIMEOUT_MS = 30_000;
const CONVERGE_TIMEOUT_MS = 15_000;
// 9 stacks at 20-60 s each on this 2-core machine (the virtual-wan stack, with its 6 IPsec tunnels, about 60 s)
const TOTAL_BUDGET_MS = 330_000;

const failures: string[] = [];
let passes = 0;

function check(ok: boolean, what: string, detail?: string): boolean {
  if (ok) {
    passes++;
    console.log(`  ok   ${what}`);
  } else {
    failures.push(`${what}${detail ? `: ${detail}` : ''}`);
    console.log(`  FAIL ${what}${detail ? `\n       ${detail.split('\n').join('\n       ')}` : ''}`);
  }
  return ok;
}

function short(id: string, stack: string): string {
  return id.startsWith(`${stack}/`) ? id.slice(stack.length + 1) : id;
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r, j) => {
    const line = r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
    return j === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
  }).join('\n');
}

/** Every (speaker, peer address) pair of the lab, planned sessions and harness sessions alike. */
function allPeers(em: Emulation): Array<{ speaker: string; peer: string; link: string }> {
  return em.topology.speakers.flatMap((s) => s.neighbors.map((n) => ({ speaker: s.name, peer: n.peerAddress, link: n.link })));
}

function states(lab: Netlab, em: Emulation): Map<string, string> {
  const out = new Map<string, string>();
  const bySpeaker = new Map(em.topology.speakers.map((s) => [s.name, lab.summary(s.name)]));
  for (const p of allPeers(em)) out.set(`${p.speaker}|${p.peer}`, bySpeaker.get(p.speaker)?.get(p.peer)?.state ?? '(not configured)');
  return out;
}

function notEstablished(lab: Netlab, em: Emulation): string[] {
  return [...states(lab, em).entries()].filter(([, s]) => s !== 'Established').map(([k, s]) => `${k}: ${s}`);
}

/** Per speaker: the difference between its BGP table and `predicted`. */
function tableDiffs(lab: Netlab, em: Emulation, predicted: Map<string, string[]>): string[] {
  const out: string[] = [];
  for (const s of em.topology.speakers) {
    const want = predicted.get(s.name) ?? [...s.networks].sort();
    const got = lab.bestPrefixes(s.name);
    const missing = want.filter((p) => !got.includes(p));
    const extra = got.filter((p) => !want.includes(p));
    if (missing.length || extra.length) out.push(`${em.labels.get(s.name) ?? s.name}: missing [${missing.join(' ')}] unexpected [${extra.join(' ')}]`);
  }
  return out;
}

function printSessions(lab: Netlab, em: Emulation): void {
  const rows = [['session', 'receiver (AS)', 'address', 'state', 'received', 'limit', 'planned']];
  const sums = new Map(em.topology.speakers.map((s) => [s.name, lab.summary(s.name)]));
  for (const e of em.sessions) {
    for (const [x, y] of [[e.a, e.b], [e.b, e.a]]) {
      const st = sums.get(x.rec.node)?.get(y.rec.address!);
      const budget = em.propagation.budgets.find((b) => b.session === e.rec.id && b.receiverNode === x.rec.node);
      rows.push([
        short(e.rec.id, em.stack),
        `${x.rec.label} (AS${x.rec.asn})${x.raw ? ' [library FRR config]' : ''}`,
        `${x.rec.address}/${e.rec.subnet!.split('/')[1]}${e.labAddresses ? ' (lab address)' : ''}`,
        st?.state ?? '?',
        `${st?.pfxRcd ?? '?'}`,
        x.limit !== undefined ? `${x.limit}` : 'none',
        budget ? `${budget.used}` : '?',
      ]);
    }
  }
  console.log(table(rows).split('\n').map((l) => `    ${l}`).join('\n'));
  const harness = allPeers(em).filter((p) => p.link.startsWith('hub-router:'));
  const up = harness.filter((p) => sums.get(p.speaker)?.get(p.peer)?.state === 'Established').length;
  console.log(`    (+ ${harness.length / 2} harness sessions between the edges and their hub routers: ${up}/${harness.length} ends Established)`);
}

/**
 * Per planned session and receiving side: the prefixes the receiver accepts in FRR (any path, best or not) against
 * those the report's propagation predicts it accepts on that session. `sentBack`: the only differences are routes
 * the sender sends back to the speaker it learned them from, which takes them because it runs `allowas-in`. The
 * model never sends a route to a speaker already on its path; FRR does (the receiver normally drops it as an AS
 * loop; without `neighbor ... solo` or sender-side loop detection the sender does not suppress it).
 */
function sessionRouteDiffs(lab: Netlab, em: Emulation): Array<{ line: string; sentBack: boolean }> {
  const out: Array<{ line: string; sentBack: boolean }> = [];
  const byNode = new Map(em.propagation.speakers.map((s) => [s.node, s]));
  for (const e of em.sessions) {
    for (const [x, y] of [[e.a, e.b], [e.b, e.a]]) {
      const want = [...new Set((byNode.get(x.rec.node)?.received ?? []).filter((r) => r.session === e.rec.id && r.fromNode === y.rec.node).map((r) => r.prefix))].sort();
      const got = lab.acceptedFrom(x.rec.node, y.rec.address!);
      const extra = got.filter((p) => !want.includes(p));
      const missing = want.filter((p) => !got.includes(p));
      if (!extra.length && !missing.length) continue;
      const senderBest = new Map((byNode.get(y.rec.node)?.received ?? []).filter((r) => r.best).map((r) => [r.prefix, r]));
      const sentBack = missing.length === 0 && x.rec.allowAsIn === true && extra.every((p) => senderBest.get(p)?.fromNode === x.rec.node);
      const table = lab.routes(x.rec.node);
      const paths = extra.map((p) => `${p} "${table.get(p)?.find((r) => r.nextHop === y.rec.address)?.asPath ?? '?'}"`).join(', ');
      out.push({
        sentBack,
        line: `${short(e.rec.id, em.stack)} at ${x.rec.label} (from ${y.rec.label}): accepts ${got.length} prefixes, the report's propagation predicts ${want.length}; `
          + `not predicted [${extra.join(' ')}], predicted but not accepted [${missing.join(' ')}]`
          + (sentBack ? `: ${y.rec.label} sends ${x.rec.label} back ${extra.length === 1 ? 'the route' : 'the routes'} it learned from it (the model does not), and allowas-in 1 takes ${extra.length === 1 ? 'it' : 'them'} as a second, longer path (AS path ${paths}; the best path and the table are as predicted; the report's count for this session is ${want.length}, FRR carries ${got.length})` : ''),
      });
    }
  }
  return out;
}

function dropCounts(lab: Netlab, em: Emulation): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of em.topology.speakers) for (const [ip, n] of lab.drops(s.name)) out.set(`${s.name}|${ip}`, n);
  return out;
}

function flapsSince(lab: Netlab, em: Emulation, before: Map<string, number>): string[] {
  return [...dropCounts(lab, em).entries()].filter(([k, n]) => n !== (before.get(k) ?? 0)).map(([k, n]) => `${k}: went down ${n - (before.get(k) ?? 0)} time(s) (${lab.lastReason(k.split('|')[0], k.split('|')[1]) ?? '?'})`);
}

async function waitEstablished(lab: Netlab, em: Emulation, what: string): Promise<boolean> {
  const r = await poll(() => (notEstablished(lab, em).length === 0 ? true : undefined), ESTABLISH_TIMEOUT_MS, 300);
  lab.assertAlive();
  return check(r.value === true, `${what}: all ${allPeers(em).length / 2} sessions Established${r.value ? ` (${(r.ms / 1000).toFixed(1)} s)` : ` within ${ESTABLISH_TIMEOUT_MS / 1000} s`}`,
    r.value ? undefined : notEstablished(lab, em).join('\n'));
}

async function waitTables(lab: Netlab, em: Emulation, predicted: Map<string, string[]>, what: string): Promise<boolean> {
  const r = await poll(() => (tableDiffs(lab, em, predicted).length === 0 ? true : undefined), CONVERGE_TIMEOUT_MS, 300);
  return check(r.value === true, `${what}: every BGP table holds exactly the predicted prefixes (${em.topology.speakers.length} speakers)`,
    r.value ? undefined : tableDiffs(lab, em, predicted).join('\n'));
}

/** The speakers of a link that run in the lab (planned sessions only). */
function linkSpeakers(em: Emulation, link: string): string[] {
  return [...new Set(em.sessions.filter((e) => e.linkRec.id === link).flatMap((e) => [e.a.rec.node, e.b.rec.node]))].sort();
}

/** Per speaker of an L3 link: the difference between its BGP table and the pattern's prediction. */
function l3TableDiffs(lab: Netlab, em: Emulation, x: L3Expectation): string[] {
  const out: string[] = [];
  for (const [node, want] of x.tables) {
    const got = lab.bestPrefixes(node);
    const missing = want.filter((p) => !got.includes(p));
    const extra = got.filter((p) => !want.includes(p));
    if (missing.length || extra.length) out.push(`${em.labels.get(node) ?? node}: missing [${missing.join(' ')}] unexpected [${extra.join(' ')}] (pattern's prediction)`);
  }
  return out;
}

interface RouteRow { node: string; prefix: string; frr?: string; report?: string; pattern?: string[]; ok: boolean }

/** Every best route a speaker of `x` learned, with its AS path in FRR and in both predictions. */
function l3Routes(lab: Netlab, em: Emulation, x: L3Expectation): RouteRow[] {
  const rows: RouteRow[] = [];
  for (const node of linkSpeakers(em, x.link)) {
    const report = bestAsPaths(em.propagation, node);
    const pattern = x.asPaths.get(node);
    const routes = lab.routes(node);
    const learned = new Map<string, string>();
    for (const [prefix, paths] of routes) {
      const best = paths.find((p) => p.best && p.valid);
      if (best && best.nextHop !== '0.0.0.0') learned.set(prefix, best.asPath);
    }
    for (const prefix of [...new Set([...learned.keys(), ...report.keys(), ...(pattern?.keys() ?? [])])].sort()) {
      const frr = learned.get(prefix);
      const r = report.get(prefix);
      const p = pattern?.get(prefix);
      rows.push({ node, prefix, frr, report: r, pattern: p, ok: frr !== undefined && frr === r && (p === undefined || p.includes(frr)) });
    }
  }
  return rows;
}

function printL3Routes(em: Emulation, rows: RouteRow[], nodes: Set<string>): void {
  const out = [['receiver', 'prefix', 'AS path in FRR (best)', 'planned: report', 'planned: pattern', '']];
  for (const r of rows.filter((x) => nodes.has(x.node))) {
    out.push([em.labels.get(r.node) ?? r.node, r.prefix, r.frr ?? '(none)', r.report ?? '(none)', r.pattern?.join(' | ') ?? '-', r.ok ? 'ok' : 'DIFFERS']);
  }
  console.log(table(out).split('\n').map((l) => `    ${l}`).join('\n'));
}

/** Before the lab: the pattern's own prediction of a Layer 3 provider link against the report's. */
function checkL3Plans(em: Emulation): void {
  for (const x of em.l3) {
    const name = short(x.link, em.stack);
    if (x.notApplicable) {
      console.log(`  --   ${name}: the pattern's own propagation is not compared: ${x.notApplicable}`);
      continue;
    }
    const design = `${x.plan.vrfMode}, ${x.plan.customerBgp ? 'customer BGP' : 'no customer BGP'}`;
    const dis = l3Disagreements(x, em.propagation, em.labels);
    check(dis.length === 0, `${name} (${design}): the pattern's own propagation and the report's agree (tables of ${x.tables.size} speakers, AS paths at ${x.asPaths.size})`, dis.join('\n'));
  }
}

/** In the lab: every table and best AS path of a Layer 3 provider link against the pattern's own prediction. */
async function checkL3(lab: Netlab, em: Emulation): Promise<void> {
  for (const x of em.l3) {
    if (x.notApplicable) continue;
    const name = short(x.link, em.stack);
    const r = await poll(() => (l3TableDiffs(lab, em, x).length === 0 ? true : undefined), CONVERGE_TIMEOUT_MS, 300);
    check(r.value === true, `${name}: every BGP table holds exactly what the pattern's own propagation predicts (${x.tables.size} speakers)`,
      r.value ? undefined : l3TableDiffs(lab, em, x).join('\n'));
    const rows = l3Routes(lab, em, x);
    const bad = rows.filter((row) => !row.ok);
    check(bad.length === 0, `${name}: every best route of the link's ${linkSpeakers(em, x.link).length} speakers has the planned AS path (${rows.length} routes; report's propagation, and the pattern's at the clouds and the customer router)`,
      bad.map((b) => `${em.labels.get(b.node) ?? b.node} ${b.prefix}: FRR ${b.frr === undefined ? '(no learned best route)' : `"${b.frr}"`}, report ${b.report === undefined ? '(none)' : `"${b.report}"`}${b.pattern ? `, pattern ${b.pattern.map((p) => `"${p}"`).join(' or ')}` : ''}`).join('\n'));
    printL3Routes(em, rows, new Set(x.asPaths.keys()));
  }
}

async function overBudget(lab: Netlab, em: Emulation): Promise<void> {
  const s = em.stack;
  const candidates = em.propagation.budgets
    // the lab carries the app's routes only: a receiver that also holds an existing gateway's declared routes
    // (`routesInUse`, counted in `used` but not in `prefixes`) cannot be pushed over its limit here
    .filter((b) => b.used >= 2 && b.used === b.prefixes.length && !em.rawSpeakers.has(b.receiverNode))
    .sort((x, y) => y.used - x.used || (x.session < y.session ? -1 : 1));
  const target = candidates[0];
  if (!target) {
    console.log('  --   over-budget variant: no session carries 2 or more prefixes to a generated speaker; nothing to push over');
    return;
  }
  const limit = target.used - 1;
  const label = `${short(target.session, s)} at ${target.receiverLabel}`;
  console.log(`  over-budget variant: ${label} accepts at most ${limit} (it carries ${target.used})`);
  const variant = withLimit(em.snapshot, target.session, target.receiverNode, limit);
  const predictedErrors = RoutePropagation.compute(variant).budgets.filter((b) => b.level === BudgetLevel.ERROR);
  check(predictedErrors.length === 1 && predictedErrors[0].session === target.session && predictedErrors[0].receiverNode === target.receiverNode,
    'the budget check names exactly that session', predictedErrors.map((b) => `${b.session} at ${b.receiverLabel}: ${b.advice}`).join('\n'));
  const changes = maximumPrefixChanges(em.topology, buildEmulation(variant, s).topology);
  if (!check(changes.length === 1, 'the variant differs from the plan in exactly one maximum-prefix', JSON.stringify(changes))) return;
  const c = changes[0];
  const original = em.topology.speakers.find((x) => x.name === c.speaker)!.neighbors.find((n) => n.peerAddress === c.peer)!.maximumPrefix;
  lab.setMaximumPrefix(c.speaker, c.peer, c.limit);
  try {
    const r = await poll(() => (lab.summary(c.speaker).get(c.peer)?.state.includes('PfxCt') ? true : undefined), 10_000, 200);
    await sleep(2000); // let anything else that would fall, fall
    const st = lab.summary(c.speaker).get(c.peer);
    const reason = r.value ? lab.lastReason(c.speaker, c.peer) ?? '' : '';
    check(r.value === true && /Maximum Number of Prefixes/i.test(reason), `${label} goes down: ${r.value ? `${st?.state} ("${reason}")` : `still ${st?.state}`}`,
      r.value ? undefined : `it receives ${st?.pfxRcd} prefixes, not the ${target.used} the budget check counts (${target.prefixes.join(' ')}), so a limit of ${limit} does not trip`);
    if (r.value === true) {
      const lost = notEstablished(lab, em);
      const targetRec = em.sessions.find((e) => e.rec.id === target.session)!;
      const expected = new Set([`${targetRec.a.rec.node}|${targetRec.b.rec.address}`, `${targetRec.b.rec.node}|${targetRec.a.rec.address}`]);
      const others = lost.filter((l) => !expected.has(l.split(': ')[0]));
      check(others.length === 0 && lost.length > 0, 'exactly that session was lost; every other session stayed Established', others.join('\n'));
    }
  } finally {
    lab.setMaximumPrefix(c.speaker, c.peer, original);
    lab.clear(c.speaker, c.peer);
  }
  await waitEstablished(lab, em, 'limit restored');
}

/** Pairs of hubs joined by at least one PRIMARY and one BACKUP link. */
function failoverPairs(em: Emulation): Array<{ near: HubRouter; far: HubRouter; primary: string[]; backup: string[] }> {
  const out: Array<{ near: HubRouter; far: HubRouter; primary: string[]; backup: string[] }> = [];
  const hrs = em.hubRouters;
  for (let i = 0; i < hrs.length; i++) {
    for (let j = i + 1; j < hrs.length; j++) {
      const between = em.snapshot.links.filter((l) => l.hubs.includes(hrs[i].hub.id) && l.hubs.includes(hrs[j].hub.id));
      const primary = between.filter((l) => l.role === LinkRole.PRIMARY).map((l) => l.id);
      const backup = between.filter((l) => l.role === LinkRole.BACKUP).map((l) => l.id);
      if (!primary.length || !backup.length) continue;
      const azureFirst = hrs[j].hub.cloud === Cloud.AZURE;
      out.push({ near: azureFirst ? hrs[j] : hrs[i], far: azureFirst ? hrs[i] : hrs[j], primary, backup });
    }
  }
  return out;
}

/** Problems with `hr` reaching the `far` hub's prefixes through the edges in `via` (best BGP path and kernel route). */
function reachVia(lab: Netlab, em: Emulation, hr: HubRouter, farHub: string, via: Set<string>): string[] {
  const prefixes = [...new Set(em.propagation.speakers.filter((sp) => hr.edges.some((e) => e.node === sp.node))
    .flatMap((sp) => sp.received.filter((r) => r.originHub === farHub).map((r) => r.prefix)))].sort();
  if (prefixes.length === 0) return [`${hr.label}: the plan predicts no prefix of ${farHub}`];
  const edges = hr.edges.filter((e) => via.has(e.node));
  const hops = new Set(edges.map((e) => e.edgeAddress));
  const routes = lab.routes(hr.speaker);
  const out: string[] = [];
  for (const p of prefixes) {
    const best = routes.get(p)?.find((x) => x.best);
    const fib = lab.fib(hr.speaker, p);
    if (!best || !hops.has(best.nextHop)) out.push(`${hr.label} ${p}: best path via ${best?.nextHop ?? '(none)'}`);
    else if (!fib?.via.length || !fib.via.every((v) => hops.has(v))) out.push(`${hr.label} ${p}: kernel route via ${fib?.via.join(', ') || '(none)'}`);
  }
  return out;
}

async function failover(lab: Netlab, em: Emulation): Promise<void> {
  const pairs = failoverPairs(em);
  if (pairs.length === 0) {
    console.log('  --   failover: no two hubs of this stack have both a primary and a backup link');
    return;
  }
  for (const { near, far, primary, backup } of pairs) {
    const nodesOf = (linkIds: string[]) => new Set(em.sessions.filter((e) => linkIds.includes(e.linkRec.id)).flatMap((e) => [e.a.rec.node, e.b.rec.node]));
    const pNodes = nodesOf(primary);
    const bNodes = nodesOf(backup);
    const both = () => [...reachVia(lab, em, near, far.hub.id, pNodes), ...reachVia(lab, em, far, near.hub.id, pNodes)];
    const viaBackup = () => [...reachVia(lab, em, near, far.hub.id, bNodes), ...reachVia(lab, em, far, near.hub.id, bNodes)];
    const title = `${near.hub.cloud} ${near.hub.name} <-> ${far.hub.cloud} ${far.hub.name}`;
    console.log(`  failover ${title}: primary ${primary.map((l) => short(l, em.stack)).join(', ')}; backup ${backup.map((l) => short(l, em.stack)).join(', ')}`);
    check(both().length === 0, 'with every link up, both hubs route over the primary link (best path and kernel route)', both().join('\n'));

    const primarySessions = em.sessions.filter((e) => primary.includes(e.linkRec.id));
    for (const e of primarySessions) lab.setLink(e.rec.id, false);
    const down = await poll(() => (viaBackup().length === 0 ? true : undefined), CONVERGE_TIMEOUT_MS, 100);
    check(down.value === true && down.ms <= HOLD_MS, `primary down (${primarySessions.length} sessions): both hubs reach each other over the backup in ${(down.ms / 1000).toFixed(1)} s (hold time ${HOLD_MS / 1000} s)`,
      down.value ? undefined : viaBackup().join('\n'));
    const failed: ConnectivitySnapshot = { hubs: em.snapshot.hubs, links: em.snapshot.links.filter((l) => !primary.includes(l.id)) };
    // an edge is down when every session it has is on the primary (a Virtual WAN hub router also runs the backup's)
    const upNodes = nodesOf(em.snapshot.links.filter((l) => !primary.includes(l.id)).map((l) => l.id));
    await waitTables(lab, em, predictTables(em, failed, (hr) => hr.edges.filter((e) => !pNodes.has(e.node) || upNodes.has(e.node)).map((e) => e.node)), 'primary down');

    for (const e of primarySessions) lab.setLink(e.rec.id, true);
    const back = await poll(() => (both().length === 0 ? true : undefined), 45_000, 200);
    check(back.value === true, `primary back up: it wins again after ${(back.ms / 1000).toFixed(1)} s`, back.value ? undefined : both().join('\n'));
    await waitEstablished(lab, em, 'after failover');
    await waitTables(lab, em, em.predicted, 'after failover');
  }
}

/** What the IPsec part needs from the run: the synth directory and the library's proposals; undefined when it cannot run. */
interface IpsecContext { readonly outdir: string; readonly proposals: Map<string, IpsecProposal> }

async function runStack(em: Emulation, vlan: boolean, ipsecCtx?: IpsecContext): Promise<void> {
  const t0 = Date.now();
  const planned = em.sessions.length;
  console.log(`\n== stack ${em.stack}: ${planned} planned session(s) emulated, ${em.skipped.length} not; ${em.topology.speakers.length} speakers (${em.hubRouters.length} harness hub routers), ${em.topology.links.length} links`);
  for (const k of em.skipped) {
    if (k.error) check(false, `${short(k.id, em.stack)}`, k.reason);
    else console.log(`  --   ${short(k.id, em.stack)}: ${k.reason}`);
  }
  for (const n of em.notes) console.log(`  note ${n}`);
  for (const [node, cfg] of em.rawSpeakers) console.log(`  note ${node} runs the library's FRR configuration unchanged: ${cfg.source}`);
  checkL3Plans(em);
  if (planned === 0) return;
  const tUp = Date.now();
  const st = ipsecCtx ? stackTunnels(em, ipsecCtx.outdir) : undefined;
  let ipsec: IpsecLab | undefined;
  const attach = st ? async (l: Netlab) => { ipsec = await IpsecLab.up(st.tunnels.map((t) => t.plan), placement(l, st)); } : undefined;
  let lab: Netlab;
  try {
    lab = await Netlab.up(st ? st.topology : em.topology, { vlan, attach });
  } catch (e) {
    ipsec?.downSync();
    throw e;
  }
  const checker: Checker = { check, short: (id) => short(id, em.stack), table };
  try {
    console.log(`  lab up: ${em.topology.speakers.length} namespaces, zebra + bgpd each, configured in ${((Date.now() - tUp) / 1000).toFixed(1)} s`);
    if (st) console.log(`  IPsec: ${st.tunnels.length} tunnels from ${path.basename(path.dirname(st.file))}/cdk.tf.json carry ${st.tunnels.length} of the sessions; 2 strongSwan charons each (kernel-libipsec, ESP in user space over TUN)`);
    for (const n of lab.notes) console.log(`  note ${n}`);
    const up = await waitEstablished(lab, em, 'bring-up');
    const baseline = dropCounts(lab, em);
    await waitTables(lab, em, em.predicted, 'bring-up');
    const pfx = [...states(lab, em).entries()].filter(([, st]) => st.includes('PfxCt'));
    check(pfx.length === 0, 'no session in PfxCt', pfx.map(([k, v]) => `${k}: ${v}`).join('\n'));
    printSessions(lab, em);
    if (st && ipsec) await checkTunnels(checker, lab, ipsec, st, ipsecCtx!.proposals);
    const routeDiffs = sessionRouteDiffs(lab, em);
    const sentBack = routeDiffs.filter((d) => d.sentBack);
    for (const d of sentBack) console.log(`  DIFF ${d.line}`);
    check(routeDiffs.length === sentBack.length,
      `every planned session carries exactly the routes the report's propagation predicts, per receiving side${sentBack.length ? ` (except the ${sentBack.length} DIFF above: routes sent back to their sender, taken by allowas-in)` : ''}`,
      routeDiffs.filter((d) => !d.sentBack).map((d) => d.line).join('\n'));
    if (!up) return; // the remaining checks need a converged lab
    await checkL3(lab, em);
    const flaps = flapsSince(lab, em, baseline);
    check(flaps.length === 0, 'no session went down after bring-up', flaps.join('\n'));
    await overBudget(lab, em);
    await failover(lab, em);
    if (st && ipsec) {
      const tunnels = ipsec;
      await tunnelFailover(checker, lab, tunnels, em, st, (snap) => predictTables(em, snap), (p, what) => waitTables(lab, em, p, what), (what) => waitEstablished(lab, em, what));
      tunnels.assertAlive();
      await ipsecVariants(checker, st);
    }
    lab.assertAlive();
  } finally {
    if (ipsec) {
      const tunnels: IpsecLab = ipsec;
      await tunnels.down();
      const left = tunnels.livePids();
      check(left.length === 0, `cleanup: every charon of the lab stopped (${em.stack})`, `still running: ${left.join(' ')}`);
    }
    await lab.down();
    const pids = lab.livePids();
    check(pids.length === 0, `cleanup: every daemon of the lab stopped (${em.stack})`, `still running: ${pids.join(' ')}`);
  }
  console.log(`  stack ${em.stack}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

async function main(): Promise<number> {
  const t0 = Date.now();
  let env: { frrVersion: string; vlan: boolean };
  try {
    env = preflight();
  } catch (e) {
    if (e instanceof LabUnavailableError) {
      console.error(`emulation: CANNOT RUN ON THIS MACHINE: ${e.message}`);
      console.error('emulation: nothing was checked; this is not a pass.');
      return 2;
    }
    throw e;
  }
  let ipsecVersion: string | undefined;
  let ipsecUnavailable: string | undefined;
  try {
    ipsecVersion = ipsecPreflight();
  } catch (e) {
    if (!(e instanceof LabUnavailableError)) throw e;
    ipsecUnavailable = e.message;
    console.error(`emulation: IPsec CANNOT RUN ON THIS MACHINE: ${e.message}; the VPN sessions run over plain veth links and no IKE is checked`);
  }
  console.log(`emulation: ${env.frrVersion}, ${ipsecVersion ?? 'no IPsec'}, 802.1Q ${env.vlan ? 'available' : 'not available (VLANs run untagged)'}, run prefix ${runPrefix}, node ${process.version}`);

  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), `${runPrefix}-synth-`));
  process.on('exit', () => fs.rmSync(outdir, { recursive: true, force: true }));
  try {
    const app = new App({ outdir });
    buildExamples(app);
    app.synth();
    const snapshot = RoutePropagation.snapshot(AppContext.of(app).model);
    const only = process.env.EMULATION_STACKS?.split(',').filter((x) => x);
    const stacks = app.node.children.filter((c): c is TerraformStack => c instanceof TerraformStack).map((c) => c.node.id)
      .filter((id) => !only || only.includes(id));
    const configOf = customerRouterConfigFromSynth(app, outdir);
    const l3Plan = l3PlanFromApp(app);
    const ipsecCtx = ipsecUnavailable ? undefined : { outdir, proposals: libraryProposals(app) };
    checkRenderSweep({ check, short: (id) => id, table });
    console.log(`emulation: examples app synthesized (${stacks.length} stacks: ${stacks.join(', ')}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    for (const stack of stacks) {
      try {
        await runStack(buildEmulation(snapshot, stack, { customerRouterConfig: configOf, l3Plan }), env.vlan, ipsecCtx);
      } catch (e) {
        check(false, `stack ${stack}: the emulation failed`, (e as Error).stack ?? String(e));
      }
    }
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }

  const left = leftoverNamespaces();
  check(left.length === 0, 'cleanup: no namespace of this run is left', left.join(' '));
  const ms = Date.now() - t0;
  check(ms < TOTAL_BUDGET_MS, `the whole run took ${(ms / 1000).toFixed(1)} s (budget ${TOTAL_BUDGET_MS / 1000} s)`);
  console.log(`\nemulation: ${passes} checks passed, ${failures.length} failed, ${(ms / 1000).toFixed(1)} s`);
  for (const f of failures) console.log(`  FAIL ${f.split('\n')[0]}`);
  if (failures.length) return 1;
  if (ipsecUnavailable) {
    console.error(`emulation: the IPsec part was NOT checked (${ipsecUnavailable}); this is not a pass${process.env.CI === 'true' ? ' (CI=true)' : ''}.`);
    return 2;
  }
  return 0;
}

main().then((code) => process.exit(code), (e) => {
  console.error(`emulation: error: ${(e as Error).stack ?? e}`);
  process.exit(1);
});
