import { lookup } from '../guards';
import { ValidationError } from '../errors';

/**
 * Error helpers shared by the resolver and the per-cloud renderers of the `ipsec` folder (not re-exported by its
 * index).
 *
 * Pure TypeScript: no cdktf, constructs or provider imports.
 */

/** Throw a `ValidationError` for one property. */
export function reject(property: string, value: unknown, rule: string, fix: string): never {
  throw new ValidationError({ property, value, rule, fix });
}

/** Look a neutral value up in one cloud's spelling table; reject it when that cloud has no spelling for it. */
export function spell<K extends string>(table: Partial<Record<K, string>>, value: K, property: string, cloud: string): string {
  const s = lookup<string | undefined>(table as { [key: string]: string | undefined }, value);
  if (s === undefined) {
    reject(property, value, `${cloud} has no setting for it (it accepts ${Object.keys(table).join(', ')})`,
      `resolve the proposal with IkeResolver.resolve for this pair of endpoints`);
  }
  return s;
}
