import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
import { _Attrs, _elementConfig, _single, _stringMap, _timeoutsToTerraform, _toHcl } from './_internal';
import { OciResourceConfig } from './common';

/** The `network_details` block of a DRG attachment (at most one). */
export interface CoreDrgAttachmentNetworkDetails {
  /**
   * Attachment type: `VCN`, `IPSEC_TUNNEL`, `REMOTE_PEERING_CONNECTION` or `LOOPBACK`
   * (case-insensitive). Only `VCN` attachments are created explicitly; the others appear
   * automatically for IPSec tunnels, virtual circuits and RPCs.
   */
  readonly type: string;
  /**
   * OCID of the attached network (the VCN for `type: VCN`). Changing it replaces the attachment.
   * @default - computed
   */
  readonly id?: string;
  /**
   * OCID of the VCN route table applied to traffic entering the VCN through this attachment
   * (transit routing).
   * @default - none
   */
  readonly routeTableId?: string;
  /**
   * How the VCN's routes are advertised to the DRG: `SUBNET_CIDRS` or `VCN_CIDRS`.
   * @default - "SUBNET_CIDRS" (OCI default)
   */
  readonly vcnRouteType?: string;
}

/** Configuration of an `oci_core_drg_attachment`. */
export interface CoreDrgAttachmentConfig extends OciResourceConfig {
  /**
   * Terraform `id` override: leave unset.
   * @default - computed
   */
  readonly id?: string;
  /** OCID of the DRG. Changing it replaces the attachment. */
  readonly drgId: string;
  /**
   * The attached network. Use this rather than the older `vcnId`.
   * @default - none (then `vcnId` must be set)
   */
  readonly networkDetails?: CoreDrgAttachmentNetworkDetails;
  /**
   * OCID of the VCN to attach (legacy form of `networkDetails`).
   * @default - none
   */
  readonly vcnId?: string;
  /**
   * OCID of the DRG route table assigned to this attachment.
   * @default - the DRG's default route table for the attachment type
   */
  readonly drgRouteTableId?: string;
  /**
   * OCID of the export route distribution for this attachment.
   * @default - the DRG's default export distribution
   */
  readonly exportDrgRouteDistributionId?: string;
  /**
   * Set true to remove the export route distribution from the attachment.
   * @default - unset
   */
  readonly removeExportDrgRouteDistributionTrigger?: boolean | cdktf.IResolvable;
  /**
   * OCID of the VCN route table for traffic entering the VCN (legacy form of
   * `networkDetails.routeTableId`).
   * @default - none
   */
  readonly routeTableId?: string;
}

function networkDetailsToTerraform(n: CoreDrgAttachmentNetworkDetails): _Attrs {
  return {
    type: cdktf.stringToTerraform(n.type),
    id: cdktf.stringToTerraform(n.id),
    route_table_id: cdktf.stringToTerraform(n.routeTableId),
    vcn_route_type: cdktf.stringToTerraform(n.vcnRouteType),
  };
}

/** Attaches a network (usually a VCN) to a DRG (`oci_core_drg_attachment`). */
export class CoreDrgAttachment extends cdktf.TerraformResource {
  /** The Terraform resource type. */
  public static readonly tfResourceType = 'oci_core_drg_attachment';

  private readonly _config: CoreDrgAttachmentConfig;

  /**
   * @param scope the scope in which to define this resource
   * @param id the scoped construct id
   * @param config the resource arguments
   */
  public constructor(scope: Construct, id: string, config: CoreDrgAttachmentConfig) {
    super(scope, id, _elementConfig(CoreDrgAttachment.tfResourceType, config));
    this._config = config;
  }

  /** OCID of the attachment. */
  public get id(): string {
    return this.getStringAttribute('id');
  }
  /** OCID of the compartment (that of the DRG). */
  public get compartmentId(): string {
    return this.getStringAttribute('compartment_id');
  }
  /** OCID of the DRG route table in use. */
  public get drgRouteTableId(): string {
    return this.getStringAttribute('drg_route_table_id');
  }
  /** Whether the attachment crosses tenancies. */
  public get isCrossTenancy(): cdktf.IResolvable {
    return this.getBooleanAttribute('is_cross_tenancy');
  }
  /** Lifecycle state (`ATTACHING`, `ATTACHED`, ...). */
  public get state(): string {
    return this.getStringAttribute('state');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this._config;
    return {
      drg_id: cdktf.stringToTerraform(c.drgId),
      network_details: _single(c.networkDetails, networkDetailsToTerraform),
      vcn_id: cdktf.stringToTerraform(c.vcnId),
      drg_route_table_id: cdktf.stringToTerraform(c.drgRouteTableId),
      export_drg_route_distribution_id: cdktf.stringToTerraform(c.exportDrgRouteDistributionId),
      remove_export_drg_route_distribution_trigger: cdktf.booleanToTerraform(c.removeExportDrgRouteDistributionTrigger),
      route_table_id: cdktf.stringToTerraform(c.routeTableId),
      defined_tags: _stringMap(c.definedTags),
      display_name: cdktf.stringToTerraform(c.displayName),
      freeform_tags: _stringMap(c.freeformTags),
      id: cdktf.stringToTerraform(c.id),
      timeouts: _timeoutsToTerraform(c.timeouts),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return _toHcl(this.synthesizeAttributes(), { network_details: {}, timeouts: {} });
  }
}
