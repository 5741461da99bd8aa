import { DeployStage } from '../lib';

/**
 * The apply the example stacks are synthesized for, from the environment: `DEPLOY_STAGE=connect` for apply 2 of
 * the patterns that wait for a provider (see the README, "Deploy"). Unset: apply 1 (`handoff`).
 */
export function deployStageFromEnv(): DeployStage {
  const value = process.env.DEPLOY_STAGE ?? DeployStage.HANDOFF;
  const stages = Object.values(DeployStage) as string[];
  if (!stages.includes(value)) throw new Error(`DEPLOY_STAGE=${value}: use one of ${stages.join(', ')}`);
  return value as DeployStage;
}
