import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
import { _Attrs, _blocks, _elementConfig, _stringMap, _timeoutsToTerraform, _toHcl } from './_internal';
import { OciResourceConfig } from './common';

/** One `route_rules` block of a VCN route table (`nesting_mode: set`). */
export interface CoreRouteTableRouteRules {
  /** OCID of the next hop (a DRG, internet gateway, private IP, ...). */
  readonly networkEntityId: string;
  /**
   * Destination: a CIDR (`10.1.0.0/16`) or, with `destinationType: SERVICE_CIDR_BLOCK`, a
   * service CIDR label.
   * @default - none (set this or the deprecated `cidrBlock`)
   */
  readonly destination?: string;
  /**
   * `CIDR_BLOCK` or `SERVICE_CIDR_BLOCK`.
   * @default "CIDR_BLOCK" (OCI default)
   */
  readonly destinationType?: string;
  /**
   * Description of the rule.
   * @default - none
   */
  readonly description?: string;
  /**
   * `STATIC` or `LOCAL` (OCI API values).
   * @default - computed
   */
  readonly routeType?: string;
  /**
   * Destination CIDR (deprecated by the provider).
   * @default - none
   * @deprecated use `destination`
   */
  readonly cidrBlock?: string;
}

/** Configuration of an `oci_core_route_table`. */
export interface CoreRouteTableConfig extends OciResourceConfig {
  /**
   * Terraform `id` override: leave unset.
   * @default - computed
   */
  readonly id?: string;
  /** OCID of the compartment that contains the route table. */
  readonly compartmentId: string;
  /** OCID of the VCN. Changing it replaces the route table. */
  readonly vcnId: string;
  /**
   * The route rules (an unordered set).
   * @default - no rules
   */
  readonly routeRules?: Array<CoreRouteTableRouteRules | cdktf.IResolvable> | cdktf.IResolvable;
}

function routeRuleToTerraform(r: CoreRouteTableRouteRules): _Attrs {
  return {
    network_entity_id: cdktf.stringToTerraform(r.networkEntityId),
    destination: cdktf.stringToTerraform(r.destination),
    destination_type: cdktf.stringToTerraform(r.destinationType),
    description: cdktf.stringToTerraform(r.description),
    route_type: cdktf.stringToTerraform(r.routeType),
    cidr_block: cdktf.stringToTerraform(r.cidrBlock),
  };
}

/** A VCN route table (`oci_core_route_table`). */
export class CoreRouteTable extends cdktf.TerraformResource {
  /** The Terraform resource type. */
  public static readonly tfResourceType = 'oci_core_route_table';

  private readonly _config: CoreRouteTableConfig;

  /**
   * @param scope the scope in which to define this resource
   * @param id the scoped construct id
   * @param config the resource arguments
   */
  public constructor(scope: Construct, id: string, config: CoreRouteTableConfig) {
    super(scope, id, _elementConfig(CoreRouteTable.tfResourceType, config));
    this._config = config;
  }

  /** OCID of the route table. */
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
      route_rules: _blocks(c.routeRules, routeRuleToTerraform),
      defined_tags: _stringMap(c.definedTags),
      display_name: cdktf.stringToTerraform(c.displayName),
      freeform_tags: _stringMap(c.freeformTags),
      id: cdktf.stringToTerraform(c.id),
      timeouts: _timeoutsToTerraform(c.timeouts),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return _toHcl(this.synthesizeAttributes(), { route_rules: {}, timeouts: {} });
  }
}
