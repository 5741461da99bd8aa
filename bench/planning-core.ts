// The planning core alone, timed in-process (no cdktf, no constructs): the peering allocator and the prefix budgets
// for 500 links. Run in a fresh process; the first round is what one `cdktf synth` pays (JIT cold), the next ones
// show the steady state. Prints one JSON line. `node bench/planning-core.js [links]`.
//
// Workloads:
// - `allocation, scale mix`: the sessions of the scale app at N links (`scale-mix.ts`): per interconnect two
//   ExpressRoute + FastConnect /30s from its own /29, per VPN 4 (AWS) or 2 (Google) tunnel /30s in Azure's APIPA
//   window; requested, then settled (every allocation read).
// - `allocation, one shared pool`: N links of 2, 3 or 4 sessions each (AWS Direct Connect, ExpressRoute, OCI
//   FastConnect kinds) all drawn from one range of 4 /30s per link (172.16.0.0/19 at N = 500, ~3/4 full), the allocator's worst
//   case: long probe runs and every placed subnet checked against every held one.
// - `budgets, scale mix`: the `PrefixBudget.enforce` calls the patterns of the scale app make (one per interconnect,
//   two per VPN; 1-2 prefixes each).
// - `budgets, 2-65 prefixes per session`: `PrefixBudget.enforce` on 500 sessions (one per link), each receiving 2-65
//   prefixes (spoke /28s; 16,438 in all at N = 500), rotating over the session types, with summarisation.
import { PrefixBudget } from '../lib/plan/routing/budget';
import { SessionType } from '../lib/plan/facts/limits';
import { PeeringAllocator, PeeringKind } from '../lib/plan/addressing/peering';
import { peeringRange29, scaleMix } from './scale-mix';

const LINKS = Number(process.argv[2] ?? 500);
const ROUNDS = Number(process.env.BENCH_CORE_ROUNDS ?? 5);

function time(f: () => number): { ms: number; count: number } {
  const t0 = performance.now();
  const count = f();
  return { ms: performance.now() - t0, count };
}

function allocationScaleMix(): number {
  const a = new PeeringAllocator();
  const mix = scaleMix(LINKS);
  const all = [];
  for (let k = 0; k < mix.interconnects; k++) {
    const block = [`172.${peeringRange29(k).join('.')}/29`];
    for (const s of ['primary', 'secondary']) {
      all.push(a.request(`scale/Interconnect${k}/${s}`, [PeeringKind.EXPRESSROUTE, PeeringKind.OCI_FASTCONNECT], { block, avoid: ['10.0.0.0/8'] }));
    }
  }
  for (let j = 0; j < mix.awsVpns + mix.gcpVpns; j++) {
    const aws = j % 2 === 0;
    const kinds = aws ? [PeeringKind.AWS_TUNNEL, PeeringKind.AZURE_APIPA] : [PeeringKind.GCP_LINK_LOCAL, PeeringKind.AZURE_APIPA];
    for (let t = 0; t < (aws ? 4 : 2); t++) all.push(a.request(`scale/Vpn${j}/${aws ? 'aws' : 'gcp'}/tunnel${t}`, kinds));
  }
  let n = 0;
  for (const x of all) n += x.text.length > 0 ? 1 : 0;
  return n;
}

function allocationSharedPool(): number {
  const a = new PeeringAllocator();
  // 4 /30s per link (~3/4 full at an average of 3 sessions): a /19 for 500 links.
  const block = [`172.16.0.0/${30 - Math.ceil(Math.log2(4 * LINKS))}`];
  const kinds = [[PeeringKind.EXPRESSROUTE, PeeringKind.OCI_FASTCONNECT], [PeeringKind.AWS_DX, PeeringKind.EXPRESSROUTE], [PeeringKind.OCI_FASTCONNECT, PeeringKind.AWS_DX]];
  const all = [];
  for (let i = 0; i < LINKS; i++) {
    const sessions = 2 + (i % 3);
    for (let s = 0; s < sessions; s++) all.push(a.request(`app/Link${i}/session${s}`, kinds[(i + s) % 3], { block, avoid: ['10.0.0.0/8'] }));
  }
  let n = 0;
  for (const x of all) n += x.text.length > 0 ? 1 : 0;
  return n;
}

const TYPES = [SessionType.EXPRESSROUTE_PRIVATE, SessionType.AZURE_VPN, SessionType.AWS_VPN, SessionType.GCP_CLOUD_ROUTER,
  SessionType.OCI_FASTCONNECT, SessionType.OCI_IPSEC, SessionType.AWS_DX_PRIVATE_VIF];

/** The prefixes session i receives: 2-65 spoke /28s. */
const SESSION_PREFIXES = Array.from({ length: LINKS }, (_, i) =>
  Array.from({ length: 2 + (i % 64) }, (__, p) => `10.${(i >> 4) & 255}.${((i & 15) << 4) + (p >> 4)}.${(p & 15) << 4}/28`));
/** How many prefixes the budget workload checks in all. */
const TOTAL_PREFIXES = SESSION_PREFIXES.reduce((s, x) => s + x.length, 0);

function budgets(): number {
  SESSION_PREFIXES.forEach((prefixes, i) => PrefixBudget.enforce(prefixes, TYPES[i % TYPES.length], `session${i}`));
  return SESSION_PREFIXES.length;
}

/** The budget checks the patterns of the scale app make: per interconnect the OCI subnets against ExpressRoute
 * private peering; per VPN, both directions (the peer's prefixes into Azure, the VNet into the peer). */
function budgetsScaleMix(): number {
  const mix = scaleMix(LINKS);
  let n = 0;
  for (let k = 0; k < mix.interconnects; k++) {
    const [oa, ob] = [64 + (k >> 4), (k & 15) << 4];
    PrefixBudget.enforce([`10.${oa}.${ob}.0/24`, `10.${oa}.${ob + 1}.0/24`], SessionType.EXPRESSROUTE_PRIVATE, 'oci.subnetCidrs');
    n++;
  }
  for (let j = 0; j < mix.awsVpns + mix.gcpVpns; j++) {
    const peer = [`10.${128 + (j >> 4)}.${(j & 15) << 4}.0/20`];
    PrefixBudget.enforce(peer, SessionType.AZURE_VPN, 'peer');
    PrefixBudget.enforce([`10.${j >> 4}.${(j & 15) << 4}.0/20`], j % 2 === 0 ? SessionType.AWS_VPN : SessionType.GCP_CLOUD_ROUTER, 'azure.addressSpace');
    n += 2;
  }
  return n;
}

const workloads: Record<string, () => number> = {
  'allocation, scale mix': allocationScaleMix,
  'allocation, one shared pool': allocationSharedPool,
  'budgets, scale mix': budgetsScaleMix,
  'budgets, 2-65 prefixes per session': budgets,
};
const out: Record<string, { firstMs: number; steadyMs: number; count: number }> = {};
for (const [name, f] of Object.entries(workloads)) {
  const runs = Array.from({ length: ROUNDS }, () => time(f));
  const steady = runs.slice(1).map((r) => r.ms).sort((x, y) => x - y);
  out[name] = { firstMs: runs[0].ms, steadyMs: steady[Math.floor(steady.length / 2)] ?? runs[0].ms, count: runs[0].count };
}
process.stdout.write(JSON.stringify({ links: LINKS, rounds: ROUNDS, budgetPrefixes: TOTAL_PREFIXES, workloads: out }) + '\n');
