import { TerraformStack } from 'cdktf';
import { ProviderRules } from '../plan/facts/provider-rules';

/**
 * The last line of defence before Terraform: every literal value of the stack's synthesized configuration against
 * the pinned providers' rules (`lib/plan/facts/provider-rules`). The constructs check what users choose at their
 * properties with the same table; this catches whatever reaches a resource another way (an override, a value
 * passed through a construct unchecked). One message per finding, naming the resource, the attribute, the value
 * and the rule with its source.
 *
 * The stack synthesizer resolves the configuration again right after the validations (to write `cdk.tf.json`);
 * the configuration resolved here is handed to that call (same synchronous pass, then dropped), so the check costs
 * a walk over the JSON, not a second resolution of every token.
 *
 * @param stack the stack to check (call it once the app is built, at synth)
 */
export function providerRuleErrors(stack: TerraformStack): string[] {
  const config = stack.toTerraform();
  reuseOnce(stack, config);
  return ProviderRules.check(config).map((f) =>
    `[${stack.node.path}] the pinned provider or the cloud's API would refuse ${f}. Fix: change the property that sets this value.`);
}

const PATCHED = new WeakSet<TerraformStack>();
const PENDING = new WeakMap<TerraformStack, unknown>();

/** The next `stack.toTerraform()` in this synchronous pass returns `config` instead of resolving everything again. */
function reuseOnce(stack: TerraformStack, config: unknown): void {
  if (!PATCHED.has(stack)) {
    PATCHED.add(stack);
    const resolve = stack.toTerraform.bind(stack);
    stack.toTerraform = (): any => {
      if (!PENDING.has(stack)) return resolve();
      const cached = PENDING.get(stack);
      PENDING.delete(stack);
      return cached;
    };
  }
  PENDING.set(stack, config);
  // never across passes: whatever changes after this synchronous synth is resolved afresh
  queueMicrotask(() => PENDING.delete(stack));
}
