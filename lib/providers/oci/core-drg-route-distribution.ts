import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
import { _elementConfig, _stringMap, _timeoutsToTerraform, _toHcl, _TIMEOUTS_LAYOUT } from './_internal';
import { OciResourceConfig } from './common';

/** Configuration of an `oci_core_drg_route_distribution`. */
export interface CoreDrgRouteDistributionConfig extends OciResourceConfig {
  /**
   * Terraform `id` override: leave unset.
   * @default - computed
   */
  readonly id?: string;
  /** OCID of the DRG. Changing it replaces the distribution. */
  readonly drgId: string;
  /**
   * `IMPORT` or `EXPORT` (OCI API values, the schema does not enumerate them). Changing it
   * replaces the distribution. Statements are separate `oci_core_drg_route_distribution_statement`
   * resources (not bound here).
   */
  readonly distributionType: string;
}

/** A DRG route distribution (`oci_core_drg_route_distribution`). */
export class CoreDrgRouteDistribution extends cdktf.TerraformResource {
  /** The Terraform resource type. */
  public static readonly tfResourceType = 'oci_core_drg_route_distribution';

  private readonly _config: CoreDrgRouteDistributionConfig;

  /**
   * @param scope the scope in which to define this resource
   * @param id the scoped construct id
   * @param config the resource arguments
   */
  public constructor(scope: Construct, id: string, config: CoreDrgRouteDistributionConfig) {
    super(scope, id, _elementConfig(CoreDrgRouteDistribution.tfResourceType, config));
    this._config = config;
  }

  /** OCID of the route distribution. */
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
      distribution_type: cdktf.stringToTerraform(c.distributionType),
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
