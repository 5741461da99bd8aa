import { App } from 'cdktf';
import { AzureOracleStack } from './azure-oracle-stack';
import { PlanningStack } from './planning-stack';

/**
 * Adds every example stack to `app`. Each pattern contributes one or more stacks; the benchmarks and the
 * tests build the same app through this function.
 */
export function buildExamples(app: App): void {
  new PlanningStack(app, 'planning');
  new AzureOracleStack(app, 'azure-oracle');
}
