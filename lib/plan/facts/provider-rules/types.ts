/**
 * The rules the pinned Terraform providers (and, where a provider does not check, the clouds' APIs) apply to the
 * attributes this library writes. Pure data with provenance: every rule names the file and line of the provider's
 * source at the pinned tag, or the documentation URL of the API. Pure TypeScript, no cdktf.
 *
 * Pinned: azurerm v4.55.0, aws v6.25.0, google v6.50.0, oracle/oci v8.28.0, random v3 (provider-random 12.x).
 */

/** What kind of rule a `ProviderRule` states. */
export enum ProviderRuleKind {
  /** The value is one of `values` (case-sensitive unless `ignoreCase`). */
  ENUM = 'enum',
  /** A number between `min` and `max` (inclusive; either may be absent). */
  RANGE = 'range',
  /** A string that matches `pattern` (a JavaScript regular expression source, anchored by the rule itself). */
  REGEX = 'regex',
  /** A string whose length is between `min` and `max` (inclusive). */
  LENGTH = 'length',
  /** A list or block set with at most `max` (and at least `min`) items. */
  ITEMS = 'items',
  /** When this attribute is set, none of `with` may be set. */
  CONFLICTS_WITH = 'conflicts-with',
  /** Exactly one of `with` (which includes this attribute) must be set. */
  EXACTLY_ONE_OF = 'exactly-one-of',
  /** At least one of `with` (which includes this attribute) must be set. */
  AT_LEAST_ONE_OF = 'at-least-one-of',
  /** When this attribute is set, every one of `with` must be set too. */
  REQUIRED_WITH = 'required-with',
  /** The attribute must be set. */
  REQUIRED = 'required',
  /** A valid CIDR (`ipv4` only when `values` is `['ipv4']`). */
  CIDR = 'cidr',
  /** A valid IP address (`ipv4` only when `values` is `['ipv4']`). */
  IP = 'ip',
}

/** One condition of a conditional rule, on an attribute of the same resource (same path syntax). */
export interface ProviderRuleCondition {
  /** The attribute the condition reads. */
  readonly attribute: string;
  /** The condition holds when the attribute has one of these values. */
  readonly values?: Array<string | number | boolean>;
  /** Compare `values` without case. @default false */
  readonly ignoreCase?: boolean;
  /** The condition also holds when the attribute is not written (the provider's default is one of `values`). @default false */
  readonly orUnset?: boolean;
  /** The condition holds when the attribute is written (with any value); used instead of `values`. */
  readonly set?: boolean;
}

/** One rule of one attribute of one resource or data source type. */
export interface ProviderRule {
  /** The Terraform type, e.g. `azurerm_express_route_port`; a data source is prefixed `data.`. */
  readonly resource: string;
  /**
   * The attribute path as written in the synthesized JSON, nested blocks joined with `.`:
   * `link1.macsec_cipher`, `tunnel1_phase1_dh_group_numbers`, `ipsec_policy.ike_encryption`.
   * A list of blocks is not indexed: `bgp_settings.peering_addresses.apipa_addresses`.
   */
  readonly attribute: string;
  /** What the rule checks. */
  readonly kind: ProviderRuleKind;
  /** ENUM: the allowed values (strings or numbers, as the provider compares them); CIDR/IP: `['ipv4']` to refuse IPv6. */
  readonly values?: Array<string | number>;
  /** ENUM: compare without case (the provider's `StringInSlice(..., true)`). @default false */
  readonly ignoreCase?: boolean;
  /** RANGE/LENGTH/ITEMS: the smallest allowed value, length or count. */
  readonly min?: number;
  /** RANGE/LENGTH/ITEMS: the largest allowed value, length or count. */
  readonly max?: number;
  /** REGEX: the pattern the whole value must match (written without `^`/`$`; the checker anchors it). */
  readonly pattern?: string;
  /** CONFLICTS_WITH / EXACTLY_ONE_OF / AT_LEAST_ONE_OF / REQUIRED_WITH: the other attributes, same path syntax. */
  readonly with?: string[];
  /** RANGE on a list-typed attribute: the rule applies to each element. @default false */
  readonly eachElement?: boolean;
  /**
   * Where the rule comes from: `terraform-provider-azurerm v4.55.0 internal/services/network/express_route_port_resource.go:123`
   * (file and line at the pinned tag), or the API documentation URL when the provider does not check.
   */
  readonly source: string;
  /** Who enforces it: the provider at `plan`, or the cloud's API at `apply`. */
  readonly enforcedBy: 'provider' | 'api';
  /** The rule applies only when every one of these holds (e.g. a SKU list per gateway type). @default - always */
  readonly when?: ProviderRuleCondition[];
  /** What a user can do when the value they need is refused (e.g. the provider version that lifts the limit). */
  readonly note?: string;
}
