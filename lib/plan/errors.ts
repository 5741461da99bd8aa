/**
 * The one error type of the library. Every check, in the planning core and in the constructs, throws a
 * `ValidationError` whose message names the construct path (when known), the property, the bad value, the rule
 * and the fix, so that a wrong address, ASN, VLAN or prefix count fails at synth time with an actionable message
 * instead of 45 minutes into `cdktf deploy`.
 *
 * The class extends the built-in `Error`, which jsii cannot export; it is therefore not part of the jsii API.
 * TypeScript users import it from `cdktf-azure-multicloud/lib/plan/errors`; every language can test for it with
 * `Errors.isValidationError(e)` (exported from the package root).
 */

/** What a failed check reports. */
export interface ValidationIssue {
  /** The property (or property path) that holds the bad value, e.g. `bgpPeeringCidrs[1]`. */
  readonly property: string;
  /** The value as the user gave it. */
  readonly value: unknown;
  /** The rule that the value breaks, with the cloud that imposes it. */
  readonly rule: string;
  /** What to do instead. */
  readonly fix: string;
  /** The construct path, when the check runs inside a construct. */
  readonly path?: string;
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** Raised for every input the clouds would reject or that would break routing. */
export class ValidationError extends Error {
  /** The construct path, if known. */
  public path?: string;
  /** The offending property. */
  public readonly property: string;
  /** The offending value. */
  public readonly value: unknown;
  /** The rule that was broken. */
  public readonly rule: string;
  /** How to fix it. */
  public readonly fix: string;

  constructor(issue: ValidationIssue) {
    super(ValidationError.format(issue));
    this.name = 'ValidationError';
    this.path = issue.path;
    this.property = issue.property;
    this.value = issue.value;
    this.rule = issue.rule;
    this.fix = issue.fix;
    Object.setPrototypeOf(this, ValidationError.prototype);
  }

  /** The message for an issue: `[path] \`prop\` = value: rule. Fix: fix.` */
  public static format(issue: ValidationIssue): string {
    const where = issue.path ? `[${issue.path}] ` : '';
    const rule = issue.rule.replace(/\.$/, '');
    const fix = issue.fix.replace(/\.$/, '');
    return `${where}\`${issue.property}\` = ${show(issue.value)}: ${rule}. Fix: ${fix}.`;
  }

  /** The same error, with the construct path (and optionally a property prefix) filled in. */
  public withContext(path: string, propertyPrefix?: string): ValidationError {
    const property = propertyPrefix ? `${propertyPrefix}${this.property.startsWith('[') ? '' : '.'}${this.property}` : this.property;
    return new ValidationError({ property, value: this.value, rule: this.rule, fix: this.fix, path: this.path ?? path });
  }
}

/** Shorthand used by the checks: build and throw a `ValidationError`. */
export function fail(property: string, value: unknown, rule: string, fix: string): never {
  throw new ValidationError({ property, value, rule, fix });
}

/** True for a `ValidationError` (also across copies of the library loaded twice). */
export function isValidationError(x: unknown): x is ValidationError {
  return x instanceof ValidationError || (typeof x === 'object' && x !== null && (x as { name?: string }).name === 'ValidationError');
}
