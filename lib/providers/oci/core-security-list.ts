import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
import { _Attrs, _BlockLayout, _blocks, _elementConfig, _single, _stringMap, _timeoutsToTerraform, _toHcl } from './_internal';
import { OciResourceConfig } from './common';

/** A `source_port_range` block: an inclusive port range. */
export interface CoreSecurityListPortRange {
  /** First port (1-65535). */
  readonly min: number;
  /** Last port (1-65535, at least `min`). */
  readonly max: number;
}

/**
 * A `tcp_options` or `udp_options` block (at most one each): the destination port range and
 * optionally the source port range. Shared by ingress and egress rules.
 */
export interface CoreSecurityListPortOptions {
  /**
   * First destination port.
   * @default - all ports
   */
  readonly min?: number;
  /**
   * Last destination port.
   * @default - all ports
   */
  readonly max?: number;
  /**
   * Source port range.
   * @default - all source ports
   */
  readonly sourcePortRange?: CoreSecurityListPortRange;
}

/** An `icmp_options` block (at most one). */
export interface CoreSecurityListIcmpOptions {
  /** ICMP type, e.g. 3 (destination unreachable). */
  readonly type: number;
  /**
   * ICMP code: -1 matches every code.
   * @default -1
   */
  readonly code?: number;
}

/** One `ingress_security_rules` block. */
export interface CoreSecurityListIngressSecurityRules {
  /** `all` or an IANA protocol number as a string: `1` ICMP, `6` TCP, `17` UDP, `58` ICMPv6. */
  readonly protocol: string;
  /** Source CIDR (or service CIDR label with `sourceType: SERVICE_CIDR_BLOCK`). */
  readonly source: string;
  /**
   * `CIDR_BLOCK` or `SERVICE_CIDR_BLOCK`.
   * @default "CIDR_BLOCK"
   */
  readonly sourceType?: string;
  /**
   * Stateless rule (no connection tracking).
   * @default false
   */
  readonly stateless?: boolean | cdktf.IResolvable;
  /**
   * Description of the rule.
   * @default - none
   */
  readonly description?: string;
  /**
   * ICMP type and code (protocol `1` or `58`).
   * @default - all ICMP
   */
  readonly icmpOptions?: CoreSecurityListIcmpOptions;
  /**
   * TCP ports (protocol `6`).
   * @default - all ports
   */
  readonly tcpOptions?: CoreSecurityListPortOptions;
  /**
   * UDP ports (protocol `17`).
   * @default - all ports
   */
  readonly udpOptions?: CoreSecurityListPortOptions;
}

/** One `egress_security_rules` block. */
export interface CoreSecurityListEgressSecurityRules {
  /** `all` or an IANA protocol number as a string: `1` ICMP, `6` TCP, `17` UDP, `58` ICMPv6. */
  readonly protocol: string;
  /** Destination CIDR (or service CIDR label with `destinationType: SERVICE_CIDR_BLOCK`). */
  readonly destination: string;
  /**
   * `CIDR_BLOCK` or `SERVICE_CIDR_BLOCK`.
   * @default "CIDR_BLOCK"
   */
  readonly destinationType?: string;
  /**
   * Stateless rule (no connection tracking).
   * @default false
   */
  readonly stateless?: boolean | cdktf.IResolvable;
  /**
   * Description of the rule.
   * @default - none
   */
  readonly description?: string;
  /**
   * ICMP type and code (protocol `1` or `58`).
   * @default - all ICMP
   */
  readonly icmpOptions?: CoreSecurityListIcmpOptions;
  /**
   * TCP ports (protocol `6`).
   * @default - all ports
   */
  readonly tcpOptions?: CoreSecurityListPortOptions;
  /**
   * UDP ports (protocol `17`).
   * @default - all ports
   */
  readonly udpOptions?: CoreSecurityListPortOptions;
}

/** Configuration of an `oci_core_security_list`. */
export interface CoreSecurityListConfig extends OciResourceConfig {
  /**
   * Terraform `id` override: leave unset.
   * @default - computed
   */
  readonly id?: string;
  /** OCID of the compartment that contains the security list. */
  readonly compartmentId: string;
  /** OCID of the VCN. Changing it replaces the security list. */
  readonly vcnId: string;
  /**
   * Ingress rules (an unordered set).
   * @default - no ingress allowed
   */
  readonly ingressSecurityRules?: Array<CoreSecurityListIngressSecurityRules | cdktf.IResolvable> | cdktf.IResolvable;
  /**
   * Egress rules (an unordered set).
   * @default - no egress allowed
   */
  readonly egressSecurityRules?: Array<CoreSecurityListEgressSecurityRules | cdktf.IResolvable> | cdktf.IResolvable;
}

function portRangeToTerraform(r: CoreSecurityListPortRange): _Attrs {
  return { min: cdktf.numberToTerraform(r.min), max: cdktf.numberToTerraform(r.max) };
}

function portOptionsToTerraform(o: CoreSecurityListPortOptions): _Attrs {
  return {
    min: cdktf.numberToTerraform(o.min),
    max: cdktf.numberToTerraform(o.max),
    source_port_range: _single(o.sourcePortRange, portRangeToTerraform),
  };
}

function icmpOptionsToTerraform(o: CoreSecurityListIcmpOptions): _Attrs {
  return { type: cdktf.numberToTerraform(o.type), code: cdktf.numberToTerraform(o.code) };
}

function ruleOptions(r: CoreSecurityListIngressSecurityRules | CoreSecurityListEgressSecurityRules): _Attrs {
  return {
    protocol: cdktf.stringToTerraform(r.protocol),
    stateless: cdktf.booleanToTerraform(r.stateless),
    description: cdktf.stringToTerraform(r.description),
    icmp_options: _single(r.icmpOptions, icmpOptionsToTerraform),
    tcp_options: _single(r.tcpOptions, portOptionsToTerraform),
    udp_options: _single(r.udpOptions, portOptionsToTerraform),
  };
}

function ingressToTerraform(r: CoreSecurityListIngressSecurityRules): _Attrs {
  return { source: cdktf.stringToTerraform(r.source), source_type: cdktf.stringToTerraform(r.sourceType), ...ruleOptions(r) };
}

function egressToTerraform(r: CoreSecurityListEgressSecurityRules): _Attrs {
  return { destination: cdktf.stringToTerraform(r.destination), destination_type: cdktf.stringToTerraform(r.destinationType), ...ruleOptions(r) };
}

const RULE_LAYOUT: _BlockLayout = { icmp_options: {}, tcp_options: { source_port_range: {} }, udp_options: { source_port_range: {} } };

/** A VCN security list (`oci_core_security_list`). */
export class CoreSecurityList extends cdktf.TerraformResource {
  /** The Terraform resource type. */
  public static readonly tfResourceType = 'oci_core_security_list';

  private readonly _config: CoreSecurityListConfig;

  /**
   * @param scope the scope in which to define this resource
   * @param id the scoped construct id
   * @param config the resource arguments
   */
  public constructor(scope: Construct, id: string, config: CoreSecurityListConfig) {
    super(scope, id, _elementConfig(CoreSecurityList.tfResourceType, config));
    this._config = config;
  }

  /** OCID of the security list. */
  public get id(): string {
    return this.getStringAttribute('id');
  }
  /** Lifecycle state. */
  public get state(): string {
    return this.getStringAttribute('state');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this._config;
    return {
      compartment_id: cdktf.stringToTerraform(c.compartmentId),
      vcn_id: cdktf.stringToTerraform(c.vcnId),
      ingress_security_rules: _blocks(c.ingressSecurityRules, ingressToTerraform),
      egress_security_rules: _blocks(c.egressSecurityRules, egressToTerraform),
      defined_tags: _stringMap(c.definedTags),
      display_name: cdktf.stringToTerraform(c.displayName),
      freeform_tags: _stringMap(c.freeformTags),
      id: cdktf.stringToTerraform(c.id),
      timeouts: _timeoutsToTerraform(c.timeouts),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return _toHcl(this.synthesizeAttributes(), { ingress_security_rules: RULE_LAYOUT, egress_security_rules: RULE_LAYOUT, timeouts: {} });
  }
}
