import { TerraformStack } from 'cdktf';
import { ProviderRules } from '../plan/facts/provider-rules';
import { Cloud } from '../plan/facts/clouds';
import { ValidationError } from '../plan/errors';
import { AppContext } from './context';
import { skipCreationStacks } from './creation-stacks';

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
  // the tokens cdktf creates while it resolves are the library's too (see creation-stacks.ts)
  const endSkip = skipCreationStacks();
  let config: unknown;
  try {
    config = stack.toTerraform();
  } finally {
    endSkip();
  }
  reuseOnce(stack, config);
  return [
    ...ProviderRules.check(config).map((f) =>
      `[${stack.node.path}] the pinned provider or the cloud's API would refuse ${f}. Fix: change the property that sets this value.`),
    ...azureNameClashes(stack, config),
  ];
}

/** Per app root: the Azure resources seen so far, by `type/resource group/name` (ARM names are case-insensitive). */
const AZURE_NAMES = new WeakMap<object, Map<string, string>>();

/**
 * Two Azure resources of one type with one name in one resource group: ARM refuses the second at apply ("already
 * exists"; names are unique per resource group and type, and compared without case). Checked across every stack
 * of the app, whichever builds them (two patterns naming their circuits alike, a hub built twice).
 */
function azureNameClashes(stack: TerraformStack, config: unknown): string[] {
  let seen = AZURE_NAMES.get(stack.node.root);
  if (!seen) AZURE_NAMES.set(stack.node.root, (seen = new Map()));
  const resources = (config as { resource?: Record<string, Record<string, { name?: unknown; resource_group_name?: unknown; virtual_network_name?: unknown }>> }).resource ?? {};
  const out: string[] = [];
  for (const [type, byId] of Object.entries(resources)) {
    if (!type.startsWith('azurerm_') || type === 'azurerm_express_route_circuit_peering') continue;
    for (const [id, r] of Object.entries(byId)) {
      const { name, resource_group_name: group } = r;
      if (typeof name !== 'string' || typeof group !== 'string' || name.includes('${') || group.includes('${')) continue;
      // a subnet's name is unique within its virtual network
      const parent = typeof r.virtual_network_name === 'string' ? `${r.virtual_network_name.toLowerCase()}/` : '';
      const key = `${type}/${group.toLowerCase()}/${parent}${name.toLowerCase()}`;
      const where = `${stack.node.path}: ${type}.${id}`;
      const other = seen.get(key);
      if (other !== undefined && other !== where) {
        out.push(`[${stack.node.path}] ${type} "${name}" in resource group "${group}" is declared twice (${other} and ${where}): Azure names are unique per resource group and type, so the second fails at apply with "already exists". Fix: give one of them another name (the pattern's circuitName, the hub's namePrefix) or another resource group.`);
      } else {
        seen.set(key, where);
      }
    }
  }
  return out;
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

/** The pattern prop that takes a hub of each cloud. */
const HUB_PROP = new Map<string, string>([[Cloud.AZURE, 'azure'], [Cloud.AWS, 'aws'], [Cloud.GCP, 'gcp'], [Cloud.OCI, 'oci']]);

/**
 * cdktf's "circular dependency" between two stacks, said in the user's terms: the patterns whose hubs live in
 * another stack, in both directions. A pattern's resources reference its hubs' resources, so a pattern in stack A
 * with a hub in stack B makes A depend on B; two such uses in opposite directions cannot be ordered.
 */
function stackCycleError(stack: TerraformStack, e: unknown): ValidationError | undefined {
  if (!(e instanceof Error) || !/circular dependency/i.test(e.message)) return undefined;
  const model = AppContext.of(stack).model;
  const hubs = new Map(model.hubs.map((h) => [h.id, h]));
  const edges: { from: string; to: string; link: string; hub: string; prop: string }[] = [];
  for (const l of model.links) {
    for (const id of l.hubs) {
      const h = hubs.get(id);
      if (h && h.stack !== l.stack) edges.push({ from: l.stack, to: h.stack, link: l.id, hub: h.id, prop: HUB_PROP.get(h.cloud) ?? 'hub' });
    }
  }
  const reaches = (from: string, to: string, seen = new Set<string>()): boolean => {
    if (from === to) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    return edges.some((x) => x.from === from && reaches(x.to, to, seen));
  };
  const inCycle = edges.filter((x) => reaches(x.to, x.from));
  if (inCycle.length === 0) return undefined;
  const first = inCycle[0];
  const uses = inCycle.map((x) => `${x.link} (stack ${x.from}) uses the hub ${x.hub} (stack ${x.to}) through \`${x.prop}\``).join('; ');
  return new ValidationError({
    path: first.link,
    property: first.prop,
    value: first.hub,
    rule: `stacks that would depend on each other, which Terraform cannot order: ${uses}`,
    fix: 'keep the dependencies one way: create each pattern in the stack of its hubs, or put the patterns that join hubs of several stacks in one further stack',
  });
}

const CYCLES_EXPLAINED = new WeakSet<TerraformStack>();

/**
 * Make cdktf's "circular dependency" between stacks (thrown while it prepares the stacks, before any validation
 * runs) a ValidationError that names the patterns and hub props that cause it.
 */
export function explainStackCycles(stack: TerraformStack): void {
  if (CYCLES_EXPLAINED.has(stack)) return;
  CYCLES_EXPLAINED.add(stack);
  const prepare = stack.prepareStack.bind(stack);
  stack.prepareStack = (): void => {
    try {
      prepare();
    } catch (e) {
      throw stackCycleError(stack, e) ?? e;
    }
  };
}
