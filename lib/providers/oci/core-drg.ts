import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
import { _elementConfig, _stringMap, _timeoutsToTerraform, _toHcl, _TIMEOUTS_LAYOUT } from './_internal';
import { OciResourceConfig } from './common';

/** Configuration of an `oci_core_drg` (dynamic routing gateway). */
export interface CoreDrgConfig extends OciResourceConfig {
  /**
   * Terraform `id` override: leave unset.
   * @default - computed
   */
  readonly id?: string;
  /** OCID of the compartment that contains the DRG. */
  readonly compartmentId: string;
}

/** One item of `default_drg_route_tables` (the DRG route table used per attachment type). */
export class CoreDrgDefaultDrgRouteTablesOutputReference extends cdktf.ComplexObject {
  /**
   * @param terraformResource the parent resource
   * @param terraformAttribute the attribute holding the list
   * @param complexObjectIndex the index of this item in the list
   * @param complexObjectIsFromSet whether the list wraps a set
   */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  /** Default DRG route table OCID for IPSec tunnel attachments. */
  public get ipsecTunnel(): string {
    return this.getStringAttribute('ipsec_tunnel');
  }
  /** Default DRG route table OCID for remote peering connection attachments. */
  public get remotePeeringConnection(): string {
    return this.getStringAttribute('remote_peering_connection');
  }
  /** Default DRG route table OCID for VCN attachments. */
  public get vcn(): string {
    return this.getStringAttribute('vcn');
  }
  /** Default DRG route table OCID for virtual circuit (FastConnect) attachments. */
  public get virtualCircuit(): string {
    return this.getStringAttribute('virtual_circuit');
  }
}

/** The computed `default_drg_route_tables` list of a DRG. */
export class CoreDrgDefaultDrgRouteTablesList extends cdktf.ComplexList {
  /**
   * @param terraformResource the parent resource
   * @param terraformAttribute the attribute holding the list
   * @param wrapsSet whether the list wraps a set
   */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet);
  }

  /**
   * @param index the index of the item to return
   */
  public get(index: number): CoreDrgDefaultDrgRouteTablesOutputReference {
    return new CoreDrgDefaultDrgRouteTablesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/** An OCI dynamic routing gateway (`oci_core_drg`). */
export class CoreDrg extends cdktf.TerraformResource {
  /** The Terraform resource type. */
  public static readonly tfResourceType = 'oci_core_drg';

  private readonly _config: CoreDrgConfig;
  private readonly _defaultDrgRouteTables = new CoreDrgDefaultDrgRouteTablesList(this, 'default_drg_route_tables', false);

  /**
   * @param scope the scope in which to define this resource
   * @param id the scoped construct id
   * @param config the resource arguments
   */
  public constructor(scope: Construct, id: string, config: CoreDrgConfig) {
    super(scope, id, _elementConfig(CoreDrg.tfResourceType, config));
    this._config = config;
  }

  /** OCID of the DRG. */
  public get id(): string {
    return this.getStringAttribute('id');
  }
  /** Default DRG route tables per attachment type: use `.get(0).vcn` etc. */
  public get defaultDrgRouteTables(): CoreDrgDefaultDrgRouteTablesList {
    return this._defaultDrgRouteTables;
  }
  /** OCID of the DRG's default export route distribution. */
  public get defaultExportDrgRouteDistributionId(): string {
    return this.getStringAttribute('default_export_drg_route_distribution_id');
  }
  /** Redundancy status of the DRG's connections. */
  public get redundancyStatus(): string {
    return this.getStringAttribute('redundancy_status');
  }
  /** Lifecycle state (`PROVISIONING`, `AVAILABLE`, ...). */
  public get state(): string {
    return this.getStringAttribute('state');
  }
  /** Creation time (RFC 3339). */
  public get timeCreated(): string {
    return this.getStringAttribute('time_created');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this._config;
    return {
      compartment_id: cdktf.stringToTerraform(c.compartmentId),
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
