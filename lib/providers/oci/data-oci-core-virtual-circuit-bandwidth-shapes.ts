import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
import { _blocks, _elementConfig, _filterToTerraform, _toHcl } from './_internal';
import { DataOciCoreFilter } from './common';

/** Configuration of the `oci_core_virtual_circuit_bandwidth_shapes` data source. */
export interface DataOciCoreVirtualCircuitBandwidthShapesConfig extends cdktf.TerraformMetaArguments {
  /** OCID of the FastConnect provider service. */
  readonly providerServiceId: string;
  /**
   * Filters on item attributes, e.g. `{ name: 'bandwidth_in_mbps', values: ['1000'] }`.
   * @default - all shapes
   */
  readonly filter?: Array<DataOciCoreFilter | cdktf.IResolvable> | cdktf.IResolvable;
  /**
   * Terraform `id` override: leave unset.
   * @default - computed
   */
  readonly id?: string;
}

/** One bandwidth shape offered by a provider service. */
export class DataOciCoreVirtualCircuitBandwidthShapesVirtualCircuitBandwidthShapesOutputReference extends cdktf.ComplexObject {
  /**
   * @param terraformResource the parent data source
   * @param terraformAttribute the attribute holding the list
   * @param complexObjectIndex the index of this item in the list
   * @param complexObjectIsFromSet whether the list wraps a set
   */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  /** Shape name, the value for the virtual circuit's `bandwidth_shape_name` (e.g. `1 Gbps`). */
  public get name(): string {
    return this.getStringAttribute('name');
  }
  /** Bandwidth in Mbps. */
  public get bandwidthInMbps(): number {
    return this.getNumberAttribute('bandwidth_in_mbps');
  }
}

/** The computed `virtual_circuit_bandwidth_shapes` list. */
export class DataOciCoreVirtualCircuitBandwidthShapesVirtualCircuitBandwidthShapesList extends cdktf.ComplexList {
  /**
   * @param terraformResource the parent data source
   * @param terraformAttribute the attribute holding the list
   * @param wrapsSet whether the list wraps a set
   */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet);
  }

  /**
   * @param index the index of the item to return
   */
  public get(index: number): DataOciCoreVirtualCircuitBandwidthShapesVirtualCircuitBandwidthShapesOutputReference {
    return new DataOciCoreVirtualCircuitBandwidthShapesVirtualCircuitBandwidthShapesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/** Lists the bandwidth shapes of a FastConnect provider service (`oci_core_virtual_circuit_bandwidth_shapes`). */
export class DataOciCoreVirtualCircuitBandwidthShapes extends cdktf.TerraformDataSource {
  /** The Terraform data source type. */
  public static readonly tfResourceType = 'oci_core_virtual_circuit_bandwidth_shapes';

  private readonly _config: DataOciCoreVirtualCircuitBandwidthShapesConfig;
  private readonly _shapes = new DataOciCoreVirtualCircuitBandwidthShapesVirtualCircuitBandwidthShapesList(this, 'virtual_circuit_bandwidth_shapes', false);

  /**
   * @param scope the scope in which to define this data source
   * @param id the scoped construct id
   * @param config the data source arguments
   */
  public constructor(scope: Construct, id: string, config: DataOciCoreVirtualCircuitBandwidthShapesConfig) {
    super(scope, id, _elementConfig(DataOciCoreVirtualCircuitBandwidthShapes.tfResourceType, config));
    this._config = config;
  }

  /** Terraform id of the data source. */
  public get id(): string {
    return this.getStringAttribute('id');
  }
  /** The matching shapes: `.get(0).name` references the first one's name. */
  public get virtualCircuitBandwidthShapes(): DataOciCoreVirtualCircuitBandwidthShapesVirtualCircuitBandwidthShapesList {
    return this._shapes;
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this._config;
    return {
      provider_service_id: cdktf.stringToTerraform(c.providerServiceId),
      filter: _blocks(c.filter, _filterToTerraform),
      id: cdktf.stringToTerraform(c.id),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return _toHcl(this.synthesizeAttributes(), { filter: {} });
  }
}
