import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
import { _Attrs, _blocks, _elementConfig, _stringMap, _strings, _timeoutsToTerraform, _toHcl } from './_internal';
import { OciResourceConfig } from './common';

/** One `tunnel_configuration` block of an IPSec connection (at most two, one per tunnel). */
export interface CoreIpsecTunnelConfiguration {
  /**
   * OCIDs of the virtual circuits that carry the tunnel (IPSec over FastConnect).
   * @default - none
   */
  readonly associatedVirtualCircuits?: string[];
  /**
   * OCID of the DRG route table for the tunnel's attachment.
   * @default - the DRG's default for IPSec tunnels
   */
  readonly drgRouteTableId?: string;
  /**
   * Oracle-side tunnel IP (IPSec over FastConnect, private addressing).
   * @default - assigned by OCI
   */
  readonly oracleTunnelIp?: string;
}

/** Configuration of an `oci_core_ipsec` (an IPSec connection with two tunnels). */
export interface CoreIpsecConfig extends OciResourceConfig {
  /**
   * Terraform `id` override: leave unset.
   * @default - computed
   */
  readonly id?: string;
  /** OCID of the compartment that contains the connection. */
  readonly compartmentId: string;
  /** OCID of the CPE. Changing it replaces the connection. */
  readonly cpeId: string;
  /** OCID of the DRG. Changing it replaces the connection. */
  readonly drgId: string;
  /**
   * Static routes to the remote network (CIDRs). Required by the schema: pass `[]` for
   * BGP-routed tunnels.
   */
  readonly staticRoutes: string[];
  /**
   * CPE IKE identifier (an IP address or a hostname).
   * @default - the CPE's public IP address
   */
  readonly cpeLocalIdentifier?: string;
  /**
   * `IP_ADDRESS` or `HOSTNAME` (OCI API values).
   * @default "IP_ADDRESS"
   */
  readonly cpeLocalIdentifierType?: string;
  /**
   * Per-tunnel settings (at most two).
   * @default - none
   */
  readonly tunnelConfiguration?: Array<CoreIpsecTunnelConfiguration | cdktf.IResolvable> | cdktf.IResolvable;
}

function tunnelConfigurationToTerraform(t: CoreIpsecTunnelConfiguration): _Attrs {
  return {
    associated_virtual_circuits: _strings(t.associatedVirtualCircuits),
    drg_route_table_id: cdktf.stringToTerraform(t.drgRouteTableId),
    oracle_tunnel_ip: cdktf.stringToTerraform(t.oracleTunnelIp),
  };
}

/**
 * An IPSec connection between a DRG and a CPE (`oci_core_ipsec`). OCI creates two tunnels;
 * list them with `DataOciCoreIpsecConnectionTunnels` and configure each with
 * `CoreIpsecConnectionTunnelManagement`.
 */
export class CoreIpsec extends cdktf.TerraformResource {
  /** The Terraform resource type. */
  public static readonly tfResourceType = 'oci_core_ipsec';

  private readonly _config: CoreIpsecConfig;

  /**
   * @param scope the scope in which to define this resource
   * @param id the scoped construct id
   * @param config the resource arguments
   */
  public constructor(scope: Construct, id: string, config: CoreIpsecConfig) {
    super(scope, id, _elementConfig(CoreIpsec.tfResourceType, config));
    this._config = config;
  }

  /** OCID of the IPSec connection. */
  public get id(): string {
    return this.getStringAttribute('id');
  }
  /** Lifecycle state. */
  public get state(): string {
    return this.getStringAttribute('state');
  }
  /** Transport type (`INTERNET` or `FASTCONNECT`). */
  public get transportType(): string {
    return this.getStringAttribute('transport_type');
  }
  /** Creation time (RFC 3339). */
  public get timeCreated(): string {
    return this.getStringAttribute('time_created');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this._config;
    return {
      compartment_id: cdktf.stringToTerraform(c.compartmentId),
      cpe_id: cdktf.stringToTerraform(c.cpeId),
      drg_id: cdktf.stringToTerraform(c.drgId),
      static_routes: _strings(c.staticRoutes),
      cpe_local_identifier: cdktf.stringToTerraform(c.cpeLocalIdentifier),
      cpe_local_identifier_type: cdktf.stringToTerraform(c.cpeLocalIdentifierType),
      tunnel_configuration: _blocks(c.tunnelConfiguration, tunnelConfigurationToTerraform),
      defined_tags: _stringMap(c.definedTags),
      display_name: cdktf.stringToTerraform(c.displayName),
      freeform_tags: _stringMap(c.freeformTags),
      id: cdktf.stringToTerraform(c.id),
      timeouts: _timeoutsToTerraform(c.timeouts),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return _toHcl(this.synthesizeAttributes(), { tunnel_configuration: {}, timeouts: {} });
  }
}
