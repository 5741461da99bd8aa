import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
import { _blocks, _elementConfig, _filterToTerraform, _toHcl } from './_internal';
import { DataOciCoreFilter } from './common';

/** Configuration of the `oci_core_ipsec_connection_tunnels` data source. */
export interface DataOciCoreIpsecConnectionTunnelsConfig extends cdktf.TerraformMetaArguments {
  /** OCID of the IPSec connection. */
  readonly ipsecId: string;
  /**
   * Filters on item attributes.
   * @default - both tunnels
   */
  readonly filter?: Array<DataOciCoreFilter | cdktf.IResolvable> | cdktf.IResolvable;
  /**
   * Terraform `id` override: leave unset.
   * @default - computed
   */
  readonly id?: string;
}

/** The BGP session of one tunnel. */
export class DataOciCoreIpsecConnectionTunnelsIpSecConnectionTunnelsBgpSessionInfoOutputReference extends cdktf.ComplexObject {
  /**
   * @param terraformResource the parent tunnel item
   * @param terraformAttribute the attribute holding the list
   * @param complexObjectIndex the index of this item in the list
   * @param complexObjectIsFromSet whether the list wraps a set
   */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  /** IPv4 BGP state (`UP` or `DOWN`). */
  public get bgpState(): string {
    return this.getStringAttribute('bgp_state');
  }
  /** IPv6 BGP state. */
  public get bgpIpv6State(): string {
    return this.getStringAttribute('bgp_ipv6_state');
  }
  /** Customer BGP ASN. */
  public get customerBgpAsn(): string {
    return this.getStringAttribute('customer_bgp_asn');
  }
  /** Customer-side inside-tunnel IPv4 address (with prefix). */
  public get customerInterfaceIp(): string {
    return this.getStringAttribute('customer_interface_ip');
  }
  /** Customer-side inside-tunnel IPv6 address (with prefix). */
  public get customerInterfaceIpv6(): string {
    return this.getStringAttribute('customer_interface_ipv6');
  }
  /** Oracle BGP ASN. */
  public get oracleBgpAsn(): string {
    return this.getStringAttribute('oracle_bgp_asn');
  }
  /** Oracle-side inside-tunnel IPv4 address (with prefix). */
  public get oracleInterfaceIp(): string {
    return this.getStringAttribute('oracle_interface_ip');
  }
  /** Oracle-side inside-tunnel IPv6 address (with prefix). */
  public get oracleInterfaceIpv6(): string {
    return this.getStringAttribute('oracle_interface_ipv6');
  }
}

/** The `bgp_session_info` list of one tunnel (zero or one item). */
export class DataOciCoreIpsecConnectionTunnelsIpSecConnectionTunnelsBgpSessionInfoList extends cdktf.ComplexList {
  /**
   * @param terraformResource the parent tunnel item
   * @param terraformAttribute the attribute holding the list
   * @param wrapsSet whether the list wraps a set
   */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet);
  }

  /**
   * @param index the index of the item to return
   */
  public get(index: number): DataOciCoreIpsecConnectionTunnelsIpSecConnectionTunnelsBgpSessionInfoOutputReference {
    return new DataOciCoreIpsecConnectionTunnelsIpSecConnectionTunnelsBgpSessionInfoOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/** One tunnel of an IPSec connection. */
export class DataOciCoreIpsecConnectionTunnelsIpSecConnectionTunnelsOutputReference extends cdktf.ComplexObject {
  private readonly _bgpSessionInfo = new DataOciCoreIpsecConnectionTunnelsIpSecConnectionTunnelsBgpSessionInfoList(this, 'bgp_session_info', false);

  /**
   * @param terraformResource the parent data source
   * @param terraformAttribute the attribute holding the list
   * @param complexObjectIndex the index of this item in the list
   * @param complexObjectIsFromSet whether the list wraps a set
   */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  /** OCID of the tunnel (the `tunnel_id` for `CoreIpsecConnectionTunnelManagement`). */
  public get id(): string {
    return this.getStringAttribute('id');
  }
  /** Oracle's public VPN endpoint IP of the tunnel. */
  public get vpnIp(): string {
    return this.getStringAttribute('vpn_ip');
  }
  /** The CPE's IP for this tunnel. */
  public get cpeIp(): string {
    return this.getStringAttribute('cpe_ip');
  }
  /** OCID of the IPSec connection. */
  public get ipsecId(): string {
    return this.getStringAttribute('ipsec_id');
  }
  /** OCID of the compartment. */
  public get compartmentId(): string {
    return this.getStringAttribute('compartment_id');
  }
  /** Display name. */
  public get displayName(): string {
    return this.getStringAttribute('display_name');
  }
  /** Routing type (`BGP`, `STATIC` or `POLICY`). */
  public get routing(): string {
    return this.getStringAttribute('routing');
  }
  /** IKE version (`V1` or `V2`). */
  public get ikeVersion(): string {
    return this.getStringAttribute('ike_version');
  }
  /** Tunnel status (`UP`, `DOWN`, ...). */
  public get status(): string {
    return this.getStringAttribute('status');
  }
  /** Lifecycle state. */
  public get state(): string {
    return this.getStringAttribute('state');
  }
  /** Pre-shared key (sensitive). */
  public get sharedSecret(): string {
    return this.getStringAttribute('shared_secret');
  }
  /** BGP session of the tunnel: `.get(0).oracleInterfaceIp` etc. */
  public get bgpSessionInfo(): DataOciCoreIpsecConnectionTunnelsIpSecConnectionTunnelsBgpSessionInfoList {
    return this._bgpSessionInfo;
  }
}

/** The computed `ip_sec_connection_tunnels` list. */
export class DataOciCoreIpsecConnectionTunnelsIpSecConnectionTunnelsList extends cdktf.ComplexList {
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
  public get(index: number): DataOciCoreIpsecConnectionTunnelsIpSecConnectionTunnelsOutputReference {
    return new DataOciCoreIpsecConnectionTunnelsIpSecConnectionTunnelsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/** Lists the two tunnels of an IPSec connection (`oci_core_ipsec_connection_tunnels`). */
export class DataOciCoreIpsecConnectionTunnels extends cdktf.TerraformDataSource {
  /** The Terraform data source type. */
  public static readonly tfResourceType = 'oci_core_ipsec_connection_tunnels';

  private readonly _config: DataOciCoreIpsecConnectionTunnelsConfig;
  private readonly _tunnels = new DataOciCoreIpsecConnectionTunnelsIpSecConnectionTunnelsList(this, 'ip_sec_connection_tunnels', false);

  /**
   * @param scope the scope in which to define this data source
   * @param id the scoped construct id
   * @param config the data source arguments
   */
  public constructor(scope: Construct, id: string, config: DataOciCoreIpsecConnectionTunnelsConfig) {
    super(scope, id, _elementConfig(DataOciCoreIpsecConnectionTunnels.tfResourceType, config));
    this._config = config;
  }

  /** Terraform id of the data source. */
  public get id(): string {
    return this.getStringAttribute('id');
  }
  /** The tunnels (attribute `ip_sec_connection_tunnels`): `.get(0).vpnIp` etc. */
  public get ipSecConnectionTunnels(): DataOciCoreIpsecConnectionTunnelsIpSecConnectionTunnelsList {
    return this._tunnels;
  }
  /** Alias of `ipSecConnectionTunnels`. */
  public get tunnels(): DataOciCoreIpsecConnectionTunnelsIpSecConnectionTunnelsList {
    return this._tunnels;
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this._config;
    return {
      ipsec_id: cdktf.stringToTerraform(c.ipsecId),
      filter: _blocks(c.filter, _filterToTerraform),
      id: cdktf.stringToTerraform(c.id),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return _toHcl(this.synthesizeAttributes(), { filter: {} });
  }
}
