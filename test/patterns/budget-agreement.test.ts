// One budget authority, seen from the generated documents: every prefix-budget figure the Layer 3 provider handoff
// and the Layer 2 customer router plan (and its FRR file) state is the connectivity report's figure for the same
// session and receiving side, for the examples the README shows.
import { App, TerraformStack, Testing } from 'cdktf';
import { L2ProviderStack } from '../../examples/l2-provider-stack';
import { L3PerCloudVrfStack, L3SharedVrfStack } from '../../examples/l3-provider-stack';
import { L2ProviderMultiCloud } from '../../lib/patterns/l2-provider-multicloud';
import { L3ProviderMultiCloud } from '../../lib/patterns/l3-provider-multicloud';
import { SessionBudget } from '../../lib/plan/routing/budget';
import { ConnectivityReport } from '../../lib/report/connectivity-report';

function build<T extends TerraformStack>(make: (app: App) => T): T {
  return make(Testing.app());
}

function find<T>(stack: TerraformStack, type: new (...args: any[]) => T): T {
  const found = stack.node.findAll().filter((c) => c instanceof type) as unknown as T[];
  expect(found).toHaveLength(1);
  return found[0];
}

/** The rows of the handoff's budget table: cloud -> [limit type, planned, maximum, level]. */
function handoffBudgetRows(handoff: string): Map<string, string[]> {
  const lines = handoff.split('\n');
  const start = lines.indexOf('| Cloud | Limit type | Planned | Maximum | Level |');
  expect(start).toBeGreaterThan(-1);
  const out = new Map<string, string[]>();
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    out.set(cells[0], cells.slice(1));
  }
  return out;
}

describe('the handoff and the router plan state the report\'s budget figures', () => {
  test.each([
    ['VrfMode.SHARED', (app: App) => new L3SharedVrfStack(app, 'l3-shared-vrf')],
    ['VrfMode.PER_CLOUD', (app: App) => new L3PerCloudVrfStack(app, 'l3-per-cloud-vrf')],
  ])('L3ProviderMultiCloud (%s): every cloud\'s figures in propagation and in the handoff equal the report\'s on each of its sessions', (_, make) => {
    // GIVEN the example stack
    const stack = build(make);
    const l3 = find(stack, L3ProviderMultiCloud);
    // WHEN
    const report = ConnectivityReport.forStack(stack);
    const rows = handoffBudgetRows(l3.handoff);
    // THEN every session of the design appears in the report, and every cloud's figures are its sessions' figures
    const ids = l3.propagation.sessions.map((s) => s.id);
    const budgets = report.data.budgets.filter((b) => ids.includes(b.session));
    expect(budgets).toHaveLength(ids.length * 2);
    let compared = 0;
    for (const c of l3.propagation.clouds) {
      const mine = budgets.filter((b) => b.receiverCloud === c.cloud && b.link === l3.node.path);
      expect(mine.length).toBeGreaterThan(0);
      for (const b of mine) {
        expect({ used: c.used, limit: c.maxPrefix, percent: c.percent, level: c.level, source: c.maxPrefixSource, prefixes: [...c.advertiseToCloud].sort() })
          .toEqual({ used: b.used, limit: b.limit, percent: b.percent, level: b.level, source: b.source, prefixes: [...b.prefixes].sort() });
        expect(rows.get(c.cloud)).toEqual([b.sessionType, String(b.used), b.limit !== undefined ? String(b.limit) : 'not published', `${b.level}${b.level === 'ok' ? '' : `: ${b.advice}`}`]);
        expect(l3.handoff).toContain(`| Advertise to ${c.cloud} | ${b.used} prefixes: `);
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(l3.propagation.clouds.length);
  });

  test('L2ProviderMultiCloud (the L2 example): every session\'s figures in the router plan and the FRR file equal the report\'s', () => {
    // GIVEN the example stack
    const stack = build((app) => new L2ProviderStack(app, 'l2-provider'));
    const l2 = find(stack, L2ProviderMultiCloud);
    // WHEN
    const report = ConnectivityReport.forStack(stack);
    const plan = l2.routerPlan;
    const frr = l2.frrConfig;
    // THEN
    expect(plan.sessions.length).toBeGreaterThan(0);
    for (const s of plan.sessions) {
      const b = report.data.budgets.find((x) => x.session === `${l2.node.path}/${s.name}` && x.receiverCloud === s.cloud) as SessionBudget;
      expect(b).toBeDefined();
      expect({ used: s.used, limit: s.maxPrefix, percent: s.percent, level: s.level, source: s.maxPrefixSource, advice: s.advice, prefixes: [...s.advertise].sort() })
        .toEqual({ used: b.used, limit: b.limit, percent: b.percent, level: b.level, source: b.source, advice: b.advice, prefixes: [...b.prefixes].sort() });
      // the FRR file's session comment carries the same budget line
      expect(frr).toMatch(new RegExp(`^!   ${s.name}: .*; ${b.advice.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
      if (b.limit !== undefined) expect(frr).toContain(`maximum-prefix-out ${b.limit}`);
    }
  });
});
