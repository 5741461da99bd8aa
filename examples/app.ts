import { App } from 'cdktf';
import { AzureOracleStack } from './azure-oracle-stack';
import { BrownfieldStack } from './brownfield-stack';
import { L2DirectStack, L2ProviderStack } from './l2-provider-stack';
import { L3PerCloudVrfStack, L3SharedVrfStack } from './l3-provider-stack';
import { PlanningStack } from './planning-stack';
import { S2SVpnStack } from './s2s-vpn-stack';
import { VirtualWanStack } from './virtual-wan-stack';

/**
 * Adds every example stack to `app`. Each pattern contributes one or more stacks; the benchmarks and the
 * tests build the same app through this function.
 */
export function buildExamples(app: App): void {
  new PlanningStack(app, 'planning');
  new AzureOracleStack(app, 'azure-oracle');
  new S2SVpnStack(app, 's2s-vpn-backup');
  new L2ProviderStack(app, 'l2-provider');
  new L2DirectStack(app, 'l2-direct');
  new L3SharedVrfStack(app, 'l3-shared-vrf');
  new L3PerCloudVrfStack(app, 'l3-per-cloud-vrf');
  new BrownfieldStack(app, 'brownfield');
  new VirtualWanStack(app, 'virtual-wan');
}
