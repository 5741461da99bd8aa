import { TerraformStack } from 'cdktf';
import { ProviderRules } from '../plan/facts/provider-rules';

/**
 * The last line of defence before Terraform: every literal value of the stack's synthesized configuration against
 * the pinned providers' rules (`lib/plan/facts/provider-rules`). The constructs check what users choose at their
 * properties with the same table; this catches whatever reaches a resource another way (an override, a value
 * passed through a construct unchecked). One message per finding, naming the resource, the attribute, the value
 * and the rule with its source.
 *
 * @param stack the stack to check (its configuration is resolved: call it once the app is built, at synth)
 */
export function providerRuleErrors(stack: TerraformStack): string[] {
  return ProviderRules.check(stack.toTerraform()).map((f) =>
    `[${stack.node.path}] the pinned provider or the cloud's API would refuse ${f}. Fix: change the property that sets this value.`);
}
