import { Token, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { isValidationError } from '../plan/errors';
import { ConnectivityModel, HubRecord } from '../plan/routing/model';
import { PeeringAllocator } from '../plan/addressing/peering';
import { VlanRegistry } from '../plan/addressing/vlan';

/**
 * App-wide state shared by every construct of the library: one peering allocator (so no peering subnet is handed
 * out twice in an app, across stacks), one VLAN registry and one connectivity model. Held per construct-tree
 * root, so two apps in one process (as in tests) never share addresses.
 */
export class AppContext {
  /** The context of the app `scope` belongs to. */
  public static of(scope: IConstruct): AppContext {
    const root = scope.node.root;
    let ctx = CONTEXTS.get(root);
    if (!ctx) {
      ctx = new AppContext();
      CONTEXTS.set(root, ctx);
    }
    return ctx;
  }

  /** The app's peering-subnet allocator. */
  public readonly allocator = new PeeringAllocator();
  /** VLANs per circuit or port. */
  public readonly vlans = new VlanRegistry();
  /** Hubs, links and sessions. */
  public readonly model = new ConnectivityModel();

  /**
   * Record a hub in the model and its ranges with the allocator, which keeps every peering subnet of the app out
   * of them whether the hub is constructed before or after the patterns.
   */
  public addHub(hub: HubRecord): void {
    this.model.addHub(hub);
    this.allocator.avoidNetworks([...hub.ranges, ...(hub.advertised ?? [])].filter((r) => !Token.isUnresolved(r)), hub.id);
  }
}

const CONTEXTS = new WeakMap<IConstruct, AppContext>();

/**
 * Run `check`, re-throwing any `ValidationError` with the construct path of `scope` (and `propertyPrefix`
 * before the property, e.g. `aws.vpcCidrs`).
 */
export function checked<T>(scope: IConstruct, check: () => T, propertyPrefix?: string): T {
  try {
    return check();
  } catch (e) {
    if (isValidationError(e)) throw e.withContext(scope.node.path, propertyPrefix);
    throw e;
  }
}

/** True when `value` (or any element of it) is a token known only at apply time. */
export function isUnresolved(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return Token.isUnresolved(value) || value.some((v) => isUnresolved(v));
  return Token.isUnresolved(value);
}

/** The values of `list` known at synth (tokens dropped). */
export function known<T>(list: T[] | undefined): T[] {
  if (!list || Token.isUnresolved(list)) return [];
  return list.filter((v) => !Token.isUnresolved(v));
}

/** The name of the stack `scope` is in. */
export function stackName(scope: IConstruct): string {
  return TerraformStack.of(scope).node.id;
}
