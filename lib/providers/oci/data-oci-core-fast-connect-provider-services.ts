import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
import { _blocks, _elementConfig, _filterToTerraform, _toHcl } from './_internal';
import { DataOciCoreFilter } from './common';

/** Configuration of the `oci_core_fast_connect_provider_services` data source. */
export interface DataOciCoreFastConnectProviderServicesConfig extends cdktf.TerraformMetaArguments {
  /** OCID of the compartment to list the provider services in (usually the tenancy). */
  readonly compartmentId: string;
  /**
   * Filters on item attributes, e.g. `{ name: 'provider_name', values: ['Microsoft Azure'] }`.
   * @default - all provider services
   */
  readonly filter?: Array<DataOciCoreFilter | cdktf.IResolvable> | cdktf.IResolvable;
  /**
   * Terraform `id` override: leave unset.
   * @default - computed
   */
  readonly id?: string;
}

/** One FastConnect provider service. */
export class DataOciCoreFastConnectProviderServicesFastConnectProviderServicesOutputReference extends cdktf.ComplexObject {
  /**
   * @param terraformResource the parent data source
   * @param terraformAttribute the attribute holding the list
   * @param complexObjectIndex the index of this item in the list
   * @param complexObjectIsFromSet whether the list wraps a set
   */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  /** OCID of the provider service (the virtual circuit's `provider_service_id`). */
  public get id(): string {
    return this.getStringAttribute('id');
  }
  /** Provider name, e.g. `Microsoft Azure`. */
  public get providerName(): string {
    return this.getStringAttribute('provider_name');
  }
  /** Provider service name, e.g. `ExpressRoute`. */
  public get providerServiceName(): string {
    return this.getStringAttribute('provider_service_name');
  }
  /** Description. */
  public get description(): string {
    return this.getStringAttribute('description');
  }
  /** Who manages private-peering BGP: `CUSTOMER_MANAGED`, `PROVIDER_MANAGED` or `ORACLE_MANAGED`. */
  public get privatePeeringBgpManagement(): string {
    return this.getStringAttribute('private_peering_bgp_management');
  }
  /** Who manages public-peering BGP. */
  public get publicPeeringBgpManagement(): string {
    return this.getStringAttribute('public_peering_bgp_management');
  }
  /** Who manages the customer ASN. */
  public get customerAsnManagement(): string {
    return this.getStringAttribute('customer_asn_management');
  }
  /** Who manages the provider service key. */
  public get providerServiceKeyManagement(): string {
    return this.getStringAttribute('provider_service_key_management');
  }
  /** Who manages the bandwidth shape (the schema spells it `bandwith_shape_management`). */
  public get bandwithShapeManagement(): string {
    return this.getStringAttribute('bandwith_shape_management');
  }
  /** Number of cross-connects the provider requires. */
  public get requiredTotalCrossConnects(): number {
    return this.getNumberAttribute('required_total_cross_connects');
  }
  /** Supported virtual circuit types (`PUBLIC`, `PRIVATE`). */
  public get supportedVirtualCircuitTypes(): string[] {
    return this.getListAttribute('supported_virtual_circuit_types');
  }
  /** Service type: `LAYER2` or `LAYER3`. */
  public get type(): string {
    return this.getStringAttribute('type');
  }
}

/** The computed `fast_connect_provider_services` list. */
export class DataOciCoreFastConnectProviderServicesFastConnectProviderServicesList extends cdktf.ComplexList {
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
  public get(index: number): DataOciCoreFastConnectProviderServicesFastConnectProviderServicesOutputReference {
    return new DataOciCoreFastConnectProviderServicesFastConnectProviderServicesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/** Lists the FastConnect provider services of a region (`oci_core_fast_connect_provider_services`). */
export class DataOciCoreFastConnectProviderServices extends cdktf.TerraformDataSource {
  /** The Terraform data source type. */
  public static readonly tfResourceType = 'oci_core_fast_connect_provider_services';

  private readonly _config: DataOciCoreFastConnectProviderServicesConfig;
  private readonly _services = new DataOciCoreFastConnectProviderServicesFastConnectProviderServicesList(this, 'fast_connect_provider_services', false);

  /**
   * @param scope the scope in which to define this data source
   * @param id the scoped construct id
   * @param config the data source arguments
   */
  public constructor(scope: Construct, id: string, config: DataOciCoreFastConnectProviderServicesConfig) {
    super(scope, id, _elementConfig(DataOciCoreFastConnectProviderServices.tfResourceType, config));
    this._config = config;
  }

  /** Terraform id of the data source. */
  public get id(): string {
    return this.getStringAttribute('id');
  }
  /** The matching provider services: `.get(0).id` references the first one. */
  public get fastConnectProviderServices(): DataOciCoreFastConnectProviderServicesFastConnectProviderServicesList {
    return this._services;
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this._config;
    return {
      compartment_id: cdktf.stringToTerraform(c.compartmentId),
      filter: _blocks(c.filter, _filterToTerraform),
      id: cdktf.stringToTerraform(c.id),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return _toHcl(this.synthesizeAttributes(), { filter: {} });
  }
}
