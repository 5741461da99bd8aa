// `npm run test:emulation`: every example stack brought up as a network of real BGP speakers (FRRouting in Linux
// network namespaces) from the library's own plan, and checked against the library's own predictions:
//   1. every emulated session reaches Established;
//   2. every speaker's BGP table holds exactly the prefixes the route propagation predicts;
//   3. no session is in PfxCt;
//   4. over-budget variant: one session's receive limit set one below what it carries; the budget check must name
//      exactly that session, and exactly that session must go down (Idle (PfxCt), "Maximum Number of Prefixes");
//   5. failover, where two hubs have a primary and a backup link: primary down, both hubs reach each other over the
//      backup within the hold time and every table matches the prediction without the primary; primary back up,
//      it wins again.
// Root only (namespaces); installs FRR from Debian when missing; cleans up everything it started, also on failure
// and on SIGINT/SIGTERM. Exit 0 = pass, 1 = a check failed, 2 = this machine cannot run the emulation.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { buildExamples } from '../../examples/app';
import { AppContext } from '../../lib/core/context';
import { Cloud } from '../../lib/plan/clouds';
import { BudgetLevel } from '../../lib/plan/budget';
import { LinkRole } from '../../lib/plan/model';
import { ConnectivitySnapshot, RoutePropagation } from '../../lib/plan/propagation';
import {
  buildEmulation, customerRouterConfigFromSynth, Emulation, HubRouter, maximumPrefixChanges, predictTables, withLimit,
} from './from-model';
import { LabUnavailableError, leftoverNamespaces, Netlab, poll, preflight, runPrefix, sleep } from './netlab';

/** The negotiated hold time (`timers bgp 3 9`). */
const HOLD_MS = 9000;
const ESTABLISH_TIMEOUT_MS = 30_000;
const CONVERGE_TIMEOUT_MS = 15_000;
const TOTAL_BUDGET_MS = 180_000;

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
  const rows = [['session', 'receiver (AS)', 'state', 'received', 'limit', 'planned']];
  const sums = new Map(em.topology.speakers.map((s) => [s.name, lab.summary(s.name)]));
  for (const e of em.sessions) {
    for (const [x, y] of [[e.a, e.b], [e.b, e.a]]) {
      const st = sums.get(x.rec.node)?.get(y.rec.address!);
      const budget = em.propagation.budgets.find((b) => b.session === e.rec.id && b.receiverNode === x.rec.node);
      rows.push([
        short(e.rec.id, em.stack),
        `${x.rec.label} (AS${x.rec.asn})${x.raw ? ' [library FRR config]' : ''}`,
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

async function overBudget(lab: Netlab, em: Emulation): Promise<void> {
  const s = em.stack;
  const candidates = em.propagation.budgets
    .filter((b) => b.used >= 2 && !em.rawSpeakers.has(b.receiverNode))
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
    await waitTables(lab, em, predictTables(em, failed, (hr) => hr.edges.filter((e) => !pNodes.has(e.node)).map((e) => e.node)), 'primary down');

    for (const e of primarySessions) lab.setLink(e.rec.id, true);
    const back = await poll(() => (both().length === 0 ? true : undefined), 45_000, 200);
    check(back.value === true, `primary back up: it wins again after ${(back.ms / 1000).toFixed(1)} s`, back.value ? undefined : both().join('\n'));
    await waitEstablished(lab, em, 'after failover');
    await waitTables(lab, em, em.predicted, 'after failover');
  }
}

async function runStack(em: Emulation, vlan: boolean): Promise<void> {
  const t0 = Date.now();
  const planned = em.sessions.length;
  console.log(`\n== stack ${em.stack}: ${planned} planned session(s) emulated, ${em.skipped.length} not; ${em.topology.speakers.length} speakers (${em.hubRouters.length} harness hub routers), ${em.topology.links.length} links`);
  for (const k of em.skipped) {
    if (k.error) check(false, `${short(k.id, em.stack)}`, k.reason);
    else console.log(`  --   ${short(k.id, em.stack)}: ${k.reason}`);
  }
  for (const n of em.notes) console.log(`  note ${n}`);
  for (const [node, cfg] of em.rawSpeakers) console.log(`  note ${node} runs the library's FRR configuration unchanged: ${cfg.source}`);
  if (planned === 0) return;
  const tUp = Date.now();
  const lab = await Netlab.up(em.topology, { vlan });
  try {
    console.log(`  lab up: ${em.topology.speakers.length} namespaces, zebra + bgpd each, configured in ${((Date.now() - tUp) / 1000).toFixed(1)} s`);
    for (const n of lab.notes) console.log(`  note ${n}`);
    const up = await waitEstablished(lab, em, 'bring-up');
    const baseline = dropCounts(lab, em);
    await waitTables(lab, em, em.predicted, 'bring-up');
    const pfx = [...states(lab, em).entries()].filter(([, st]) => st.includes('PfxCt'));
    check(pfx.length === 0, 'no session in PfxCt', pfx.map(([k, v]) => `${k}: ${v}`).join('\n'));
    printSessions(lab, em);
    if (!up) return; // the remaining checks need a converged lab
    const flaps = flapsSince(lab, em, baseline);
    check(flaps.length === 0, 'no session went down after bring-up', flaps.join('\n'));
    await overBudget(lab, em);
    await failover(lab, em);
    lab.assertAlive();
  } finally {
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
  console.log(`emulation: ${env.frrVersion}, 802.1Q ${env.vlan ? 'available' : 'not available (VLANs run untagged)'}, run prefix ${runPrefix}, node ${process.version}`);

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
    console.log(`emulation: examples app synthesized (${stacks.length} stacks: ${stacks.join(', ')}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    for (const stack of stacks) {
      try {
        await runStack(buildEmulation(snapshot, stack, { customerRouterConfig: configOf }), env.vlan);
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
  return failures.length ? 1 : 0;
}

main().then((code) => process.exit(code), (e) => {
  console.error(`emulation: error: ${(e as Error).stack ?? e}`);
  process.exit(1);
});
