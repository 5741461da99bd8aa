import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
import { _elementConfig, _stringMap, _timeoutsToTerraform, _toHcl, _TIMEOUTS_LAYOUT } from './_internal';
import { OciResourceConfig } from './common';

/** Configuration of an `oci_core_cpe` (customer-premises equipment, the far end of an IPSec VPN). */
export interface CoreCpeConfig extends OciResourceConfig {
  /**
   * Terraform `id` override: leave unset.
   * @default - computed
   */
  readonly id?: string;
  /** OCID of the compartment that contains the CPE. */
  readonly compartmentId: string;
  /**
   * Public IP address of the remote VPN device (for another cloud: its VPN gateway's public
   * IP). Changing it replaces the CPE.
   */
  readonly ipAddress: string;
  /**
   * OCID of the CPE device shape (vendor template), from `oci_core_cpe_device_shapes`.
   * @default - none
   */
  readonly cpeDeviceShapeId?: string;
  /**
   * The CPE address is private (IPSec over FastConnect). Changing it replaces the CPE.
   * @default false
   */
  readonly isPrivate?: boolean | cdktf.IResolvable;
}

/** A customer-premises equipment object (`oci_core_cpe`). */
export class CoreCpe extends cdktf.TerraformResource {
  /** The Terraform resource type. */
  public static readonly tfResourceType = 'oci_core_cpe';

  private readonly _config: CoreCpeConfig;

  /**
   * @param scope the scope in which to define this resource
   * @param id the scoped construct id
   * @param config the resource arguments
   */
  public constructor(scope: Construct, id: string, config: CoreCpeConfig) {
    super(scope, id, _elementConfig(CoreCpe.tfResourceType, config));
    this._config = config;
  }

  /** OCID of the CPE. */
  public get id(): string {
    return this.getStringAttribute('id');
  }
  /** Public IP address of the CPE. */
  public get ipAddress(): string {
    return this.getStringAttribute('ip_address');
  }
  /** Creation time (RFC 3339). */
  public get timeCreated(): string {
    return this.getStringAttribute('time_created');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this._config;
    return {
      compartment_id: cdktf.stringToTerraform(c.compartmentId),
      ip_address: cdktf.stringToTerraform(c.ipAddress),
      cpe_device_shape_id: cdktf.stringToTerraform(c.cpeDeviceShapeId),
      is_private: cdktf.booleanToTerraform(c.isPrivate),
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
