import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
import { _elementConfig, _stringMap, _timeoutsToTerraform, _toHcl, _TIMEOUTS_LAYOUT } from './_internal';
import { OciResourceConfig } from './common';

/** Configuration of an `oci_core_drg_route_table`. */
export interface CoreDrgRouteTableConfig extends OciResourceConfig {
  /**
   * Terraform `id` override: leave unset.
   * @default - computed
   */
  readonly id?: string;
  /** OCID of the DRG. Changing it replaces the route table. */
  readonly drgId: string;
  /**
   * OCID of the import route distribution that fills this table with dynamic routes.
   * @default - none (static rules only)
   */
  readonly importDrgRouteDistributionId?: string;
  /**
   * Enable ECMP across equal-cost routes (e.g. both IPSec tunnels or both FastConnect circuits).
   * @default false
   */
  readonly isEcmpEnabled?: boolean | cdktf.IResolvable;
  /**
   * Set true to remove the import route distribution from the table.
   * @default - unset
   */
  readonly removeImportTrigger?: boolean | cdktf.IResolvable;
}

/** A DRG route table (`oci_core_drg_route_table`). */
export class CoreDrgRouteTable extends cdktf.TerraformResource {
  /** The Terraform resource type. */
  public static readonly tfResourceType = 'oci_core_drg_route_table';

  private readonly _config: CoreDrgRouteTableConfig;

  /**
   * @param scope the scope in which to define this resource
   * @param id the scoped construct id
   * @param config the resource arguments
   */
  public constructor(scope: Construct, id: string, config: CoreDrgRouteTableConfig) {
    super(scope, id, _elementConfig(CoreDrgRouteTable.tfResourceType, config));
    this._config = config;
  }

  /** OCID of the DRG route table. */
  public get id(): string {
    return this.getStringAttribute('id');
  }
  /** OCID of the compartment (that of the DRG). */
  public get compartmentId(): string {
    return this.getStringAttribute('compartment_id');
  }
  /** Lifecycle state. */
  public get state(): string {
    return this.getStringAttribute('state');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this._config;
    return {
      drg_id: cdktf.stringToTerraform(c.drgId),
      import_drg_route_distribution_id: cdktf.stringToTerraform(c.importDrgRouteDistributionId),
      is_ecmp_enabled: cdktf.booleanToTerraform(c.isEcmpEnabled),
      remove_import_trigger: cdktf.booleanToTerraform(c.removeImportTrigger),
      defined_tags: _stringMap(c.definedTags),
      display_name: cdktf.stringToTerraform(c.displayName),
      freeform_tags: _stringMap(c.freeformTags),
      id: cdktf.stringToTerraform(c.id),
      timeouts: _timeoutsToTerraform(c.timeouts),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return _toHcl(this.synthesizeAttributes(), _TIMEOUTS_LAYOUT);
  }
}
