import { Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { isValidationError } from '../plan/errors';
import { checkArgs, isConstruct } from '../plan/shape-check';

export { propsOf } from '../plan/shape-check';

/**
 * The constructs' run-time argument checks (lib/plan/shape-check.ts) with cdktf's token detection and the
 * construct path. Every constructor and public method of a hub, link or pattern calls it before it reads an
 * argument.
 *
 * Token policy: a prop accepts a Terraform token only when its doc comment says "Accepts a Terraform token"
 * (or "Each element accepts a Terraform token"); the generator of lib/plan/prop-shapes.generated.ts reads that
 * phrase. Every other prop drives the plan (addresses, ASNs, VLANs, budgets, names, locations) and must be known
 * at synth.
 *
 * @param entry the class name (constructor) or `Class.method`
 * @param args the arguments, in order (`[scope, id, props]` for a constructor)
 * @param self the construct, for a method
 */
export function guardArgs(entry: string, args: readonly unknown[], self?: IConstruct): void {
  try {
    checkArgs(entry, args, isToken, true);
  } catch (e) {
    // the construct path is worked out only for the error (a path walks up the construct tree)
    const where = self ? self.node.path : constructorPath(args);
    if (isValidationError(e) && where) throw e.withContext(where);
    throw e;
  }
}

function constructorPath(args: readonly unknown[]): string | undefined {
  const [scope, id] = args;
  if (!Construct.isConstruct(scope) || typeof id !== 'string') return undefined;
  return scope.node.path ? `${scope.node.path}/${id}` : id;
}

/** A token, by cdktf's rule; a construct with a method named `resolve` would look like an IResolvable, so not those. */
function isToken(value: unknown): boolean {
  if (isConstruct(value)) return false;
  try {
    return Token.isUnresolved(value);
  } catch {
    return false;
  }
}
