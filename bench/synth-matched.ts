// One measured run of the library side of the baseline comparison: the example stacks that the hand-written
// baselines reproduce (`planning`, `azure-oracle`, `s2s-vpn-backup`), built through the library exactly as the examples
// app builds them, nothing else. Prints one JSON line (see `child.ts`).
import { AzureOracleStack } from '../examples/azure-oracle-stack';
import { PlanningStack } from '../examples/planning-stack';
import { S2SVpnStack } from '../examples/s2s-vpn-stack';
import { runMeasured } from './child';

runMeasured('library-matched', (app) => {
  new PlanningStack(app, 'planning');
  new AzureOracleStack(app, 'azure-oracle');
  new S2SVpnStack(app, 's2s-vpn-backup');
});
