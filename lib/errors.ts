import { isValidationError } from './plan/errors';

/** Helpers for the library's errors that work in every jsii language. */
export class Errors {
  /**
   * True when `candidate` is the library's `ValidationError` (a rule of a cloud, or of routing, was broken). In
   * TypeScript, `import { ValidationError } from 'cdktf-azure-multicloud/lib/plan/errors'` gives the class itself.
   */
  public static isValidationError(candidate: any): boolean {
    return isValidationError(candidate);
  }
}
