import * as cdktf from 'cdktf';

/**
 * Operation timeouts of an OCI resource (the `timeouts` block, `nesting_mode: single`).
 *
 * Each value is a Go duration string such as `"20m"` or `"1h"`.
 */
export interface OciTimeouts {
  /**
   * Time allowed for create.
   * @default "20m" (provider default)
   */
  readonly create?: string;
  /**
   * Time allowed for update.
   * @default "20m" (provider default)
   */
  readonly update?: string;
  /**
   * Time allowed for delete.
   * @default "20m" (provider default)
   */
  readonly delete?: string;
}

/**
 * A `filter` block of an `oci_core_*` plural data source: keeps the items whose attribute
 * `name` equals (or, with `regex`, matches) one of `values`.
 */
export interface DataOciCoreFilter {
  /** Name of the item attribute to filter on, in snake_case (e.g. `provider_name`). */
  readonly name: string;
  /** Accepted values (or regular expressions when `regex` is true). */
  readonly values: string[];
  /**
   * Treat `values` as regular expressions.
   * @default false
   */
  readonly regex?: boolean | cdktf.IResolvable;
}
