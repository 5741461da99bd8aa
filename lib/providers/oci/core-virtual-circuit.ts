import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
import { _Attrs, _blocks, _elementConfig, _stringMap, _strings, _timeoutsToTerraform, _toHcl } from './_internal';
import { OciResourceConfig } from './common';

/**
 * One `cross_connect_mappings` block: the BGP peering addresses (and, for colocation, the
 * cross-connect and VLAN) of one BGP session of the virtual circuit. A redundant provider
 * circuit has two. Every field is optional and also computed.
 */
export interface CoreVirtualCircuitCrossConnectMappings {
  /**
   * BGP MD5 authentication key.
   * @default - none
   */
  readonly bgpMd5AuthKey?: string;
  /**
   * OCID of the cross-connect or cross-connect group (colocation only, not for provider circuits).
   * @default - none
   */
  readonly crossConnectOrCrossConnectGroupId?: string;
  /**
   * Customer-side BGP IPv4 address with its prefix, e.g. `10.0.0.2/30` (/28 to /31 accepted).
   * @default - none (required for private circuits with customer-managed BGP)
   */
  readonly customerBgpPeeringIp?: string;
  /**
   * Customer-side BGP IPv6 address with its prefix.
   * @default - none
   */
  readonly customerBgpPeeringIpv6?: string;
  /**
   * Oracle-side BGP IPv4 address with its prefix, e.g. `10.0.0.1/30`.
   * @default - none
   */
  readonly oracleBgpPeeringIp?: string;
  /**
   * Oracle-side BGP IPv6 address with its prefix.
   * @default - none
   */
  readonly oracleBgpPeeringIpv6?: string;
  /**
   * VLAN (colocation only, provider circuits get it from the provider).
   * @default - assigned
   */
  readonly vlan?: number;
}

/** One `public_prefixes` block of a public virtual circuit. */
export interface CoreVirtualCircuitPublicPrefixes {
  /** A public IPv4 prefix the customer advertises, e.g. `203.0.113.0/24`. */
  readonly cidrBlock: string;
}

/** Configuration of an `oci_core_virtual_circuit` (a FastConnect virtual circuit). */
export interface CoreVirtualCircuitConfig extends OciResourceConfig {
  /**
   * Terraform `id` override: leave unset.
   * @default - computed
   */
  readonly id?: string;
  /** OCID of the compartment that contains the circuit. */
  readonly compartmentId: string;
  /**
   * `PRIVATE` (to a DRG) or `PUBLIC` (to Oracle services). The schema does not enumerate the
   * values; these are the OCI API's. Changing it replaces the circuit.
   */
  readonly type: string;
  /**
   * Bandwidth shape name as listed by `oci_core_virtual_circuit_bandwidth_shapes`, e.g. `1 Gbps`.
   * @default - computed (the provider's default shape)
   */
  readonly bandwidthShapeName?: string;
  /**
   * `ENABLED` or `DISABLED`: administrative state of the BGP session.
   * @default "ENABLED" (OCI default)
   */
  readonly bgpAdminState?: string;
  /**
   * Customer BGP ASN as a decimal string (2- or 4-byte). Conflicts with `customerBgpAsn`.
   * @default - none (the provider manages BGP for layer-3 providers)
   */
  readonly customerAsn?: string;
  /**
   * Customer BGP ASN as a number (deprecated). Conflicts with `customerAsn`.
   * @default - none
   * @deprecated use `customerAsn`
   */
  readonly customerBgpAsn?: number;
  /**
   * OCID of the DRG (private circuits).
   * @default - none
   */
  readonly gatewayId?: string;
  /**
   * IP MTU: `MTU_1500` or `MTU_9000` (OCI API values).
   * @default "MTU_1500"
   */
  readonly ipMtu?: string;
  /**
   * Enable BFD on the BGP session.
   * @default false
   */
  readonly isBfdEnabled?: boolean | cdktf.IResolvable;
  /**
   * Transport mode: only IPSec-over-FastConnect traffic.
   * @default false
   */
  readonly isTransportMode?: boolean | cdktf.IResolvable;
  /**
   * Provider's remote region (cross-region providers). Changing it replaces the circuit.
   * @default - none
   */
  readonly providerRemoteRegion?: string;
  /**
   * OCID of the FastConnect provider service (from `oci_core_fast_connect_provider_services`).
   * Changing it replaces the circuit.
   * @default - none (colocation)
   */
  readonly providerServiceId?: string;
  /**
   * Service key issued by the provider: for Azure the ExpressRoute circuit's `service_key`.
   * @default - none
   */
  readonly providerServiceKeyName?: string;
  /**
   * OCI region of the circuit. Changing it replaces the circuit.
   * @default - the provider's region
   */
  readonly region?: string;
  /**
   * Remote account id (used by some providers). Changing it replaces the circuit.
   * @default - none
   */
  readonly remoteAccountId?: string;
  /**
   * Routing policies: `ORACLE_SERVICE_NETWORK`, `REGIONAL`, `MARKET_LEVEL`, `GLOBAL` (OCI API
   * values).
   * @default - computed
   */
  readonly routingPolicy?: string[];
  /**
   * Traffic mode of the circuit (`traffic_mode`): the schema does not enumerate the values.
   * @default - computed
   */
  readonly trafficMode?: string;
  /**
   * BGP sessions (peering addresses) of the circuit.
   * @default - none
   */
  readonly crossConnectMappings?: Array<CoreVirtualCircuitCrossConnectMappings | cdktf.IResolvable> | cdktf.IResolvable;
  /**
   * Public prefixes (public circuits only).
   * @default - none
   */
  readonly publicPrefixes?: Array<CoreVirtualCircuitPublicPrefixes | cdktf.IResolvable> | cdktf.IResolvable;
}

function mappingToTerraform(m: CoreVirtualCircuitCrossConnectMappings): _Attrs {
  return {
    bgp_md5auth_key: cdktf.stringToTerraform(m.bgpMd5AuthKey),
    cross_connect_or_cross_connect_group_id: cdktf.stringToTerraform(m.crossConnectOrCrossConnectGroupId),
    customer_bgp_peering_ip: cdktf.stringToTerraform(m.customerBgpPeeringIp),
    customer_bgp_peering_ipv6: cdktf.stringToTerraform(m.customerBgpPeeringIpv6),
    oracle_bgp_peering_ip: cdktf.stringToTerraform(m.oracleBgpPeeringIp),
    oracle_bgp_peering_ipv6: cdktf.stringToTerraform(m.oracleBgpPeeringIpv6),
    vlan: cdktf.numberToTerraform(m.vlan),
  };
}

function publicPrefixToTerraform(p: CoreVirtualCircuitPublicPrefixes): _Attrs {
  return { cidr_block: cdktf.stringToTerraform(p.cidrBlock) };
}

/** A FastConnect virtual circuit (`oci_core_virtual_circuit`). */
export class CoreVirtualCircuit extends cdktf.TerraformResource {
  /** The Terraform resource type. */
  public static readonly tfResourceType = 'oci_core_virtual_circuit';

  private readonly _config: CoreVirtualCircuitConfig;

  /**
   * @param scope the scope in which to define this resource
   * @param id the scoped construct id
   * @param config the resource arguments
   */
  public constructor(scope: Construct, id: string, config: CoreVirtualCircuitConfig) {
    super(scope, id, _elementConfig(CoreVirtualCircuit.tfResourceType, config));
    this._config = config;
  }

  /** OCID of the virtual circuit. */
  public get id(): string {
    return this.getStringAttribute('id');
  }
  /** Lifecycle state (`PENDING_PROVIDER`, `VERIFYING`, `PROVISIONING`, `PROVISIONED`, ...). */
  public get state(): string {
    return this.getStringAttribute('state');
  }
  /** Provider state (`ACTIVE` or `INACTIVE`). */
  public get providerState(): string {
    return this.getStringAttribute('provider_state');
  }
  /** IPv4 BGP session state (`UP` or `DOWN`). */
  public get bgpSessionState(): string {
    return this.getStringAttribute('bgp_session_state');
  }
  /** IPv6 BGP session state (`UP` or `DOWN`). */
  public get bgpIpv6SessionState(): string {
    return this.getStringAttribute('bgp_ipv6session_state');
  }
  /** Service type (`COLOCATED`, `LAYER2` or `LAYER3`). */
  public get serviceType(): string {
    return this.getStringAttribute('service_type');
  }
  /** Oracle's BGP ASN. */
  public get oracleBgpAsn(): number {
    return this.getNumberAttribute('oracle_bgp_asn');
  }
  /** Bandwidth shape in effect. */
  public get bandwidthShapeName(): string {
    return this.getStringAttribute('bandwidth_shape_name');
  }
  /** Provider reference comment (e.g. the provider's order number). */
  public get referenceComment(): string {
    return this.getStringAttribute('reference_comment');
  }
  /** Creation time (RFC 3339). */
  public get timeCreated(): string {
    return this.getStringAttribute('time_created');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this._config;
    return {
      compartment_id: cdktf.stringToTerraform(c.compartmentId),
      type: cdktf.stringToTerraform(c.type),
      bandwidth_shape_name: cdktf.stringToTerraform(c.bandwidthShapeName),
      bgp_admin_state: cdktf.stringToTerraform(c.bgpAdminState),
      customer_asn: cdktf.stringToTerraform(c.customerAsn),
      customer_bgp_asn: cdktf.numberToTerraform(c.customerBgpAsn),
      gateway_id: cdktf.stringToTerraform(c.gatewayId),
      ip_mtu: cdktf.stringToTerraform(c.ipMtu),
      is_bfd_enabled: cdktf.booleanToTerraform(c.isBfdEnabled),
      is_transport_mode: cdktf.booleanToTerraform(c.isTransportMode),
      provider_remote_region: cdktf.stringToTerraform(c.providerRemoteRegion),
      provider_service_id: cdktf.stringToTerraform(c.providerServiceId),
      provider_service_key_name: cdktf.stringToTerraform(c.providerServiceKeyName),
      region: cdktf.stringToTerraform(c.region),
      remote_account_id: cdktf.stringToTerraform(c.remoteAccountId),
      routing_policy: _strings(c.routingPolicy),
      traffic_mode: cdktf.stringToTerraform(c.trafficMode),
      cross_connect_mappings: _blocks(c.crossConnectMappings, mappingToTerraform),
      public_prefixes: _blocks(c.publicPrefixes, publicPrefixToTerraform),
      defined_tags: _stringMap(c.definedTags),
      display_name: cdktf.stringToTerraform(c.displayName),
      freeform_tags: _stringMap(c.freeformTags),
      id: cdktf.stringToTerraform(c.id),
      timeouts: _timeoutsToTerraform(c.timeouts),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return _toHcl(this.synthesizeAttributes(), { cross_connect_mappings: {}, public_prefixes: {}, timeouts: {} });
  }
}
