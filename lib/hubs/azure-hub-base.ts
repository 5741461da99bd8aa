import type { VirtualNetworkGateway } from '@cdktf/provider-azurerm/lib/virtual-network-gateway';
import { TerraformProvider, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { Cloud } from '../plan/facts/clouds';
import { IHub } from './hub';
import type { AzureVpnGateway, VpnGatewayOptions } from './azure-vpn-gateway';
import type { CircuitConnectionSpec, ExpressRouteGatewayProfile, HubRouterSpec } from './azure-internal';
import type { VirtualHubVpnSpec } from './azure-virtual-hub-vpn';

/** Options of the hub's ExpressRoute gateway (created on first use, shared by every pattern). */
export interface ExpressRouteGatewayOptions {
  /**
   * The gateway SKU: `ErGw1AZ`, `ErGw2AZ`, `ErGw3AZ` (zone-redundant) or `Standard`, `HighPerformance`,
   * `UltraPerformance`. A hub VNet's gateway only: a Virtual WAN hub's ExpressRoute gateway has scale units instead
   * (`AzureVirtualWanHubProps.expressRouteScaleUnits`).
   * @default 'ErGw1AZ'
   */
  readonly sku?: string;
}

/**
 * What every Azure hub offers the patterns: the Azure side they attach to, either a hub virtual network with its
 * own gateways (`AzureHub`) or an Azure Virtual WAN hub (`AzureVirtualWanHub`). The patterns take this type; the
 * two differ in what they create for a circuit's connection and a VPN peer (a virtual network gateway connection
 * and local network gateways, or an ExpressRoute connection and a VPN site), which each hub decides.
 */
export abstract class AzureHubBase extends Construct implements IHub {
  /** The cloud: Azure. */
  public readonly cloud: Cloud = Cloud.AZURE;
  /**
   * What Azure advertises for this hub over its links: a hub VNet's address space, or a virtual hub's address prefix
   * and the address spaces of the VNets connected to it.
   */
  public abstract readonly addressSpace: string[];
  /** The hub's address ranges (other networks must not overlap them). */
  public abstract readonly ranges: string[];
  /** The property holding `ranges`. */
  public abstract readonly rangesProperty: string;
  /** The property holding what Azure advertises. */
  public abstract readonly advertisedProperty: string;
  /** The region. */
  public abstract readonly location: string;
  /** The region (the same as `location`). @default - the location */
  public abstract readonly region?: string;
  /** The resource group of the resources the hub and its links create. */
  public abstract readonly resourceGroupName: string;
  /** The prefix of the names of the resources the hub and its links create. */
  public abstract readonly namePrefix: string;
  /** The `azurerm` provider. @default - the stack's default azurerm provider */
  public abstract readonly provider?: TerraformProvider;
  /** Tags for every resource the hub and its links create. @default - none */
  public abstract readonly tags?: { [key: string]: string };

  /** What Azure advertises for this hub: `addressSpace` as far as it is known at synth. */
  public abstract get advertisedPrefixes(): string[];

  /**
   * The id of the hub's ExpressRoute gateway, created on first use (or the existing one the hub declares). Every
   * call must ask for the same gateway.
   */
  public abstract expressRouteGatewayId(options?: ExpressRouteGatewayOptions): string;

  /**
   * The hub's VPN gateway (active-active, BGP), created on first use (or the existing one the hub declares) and
   * shared by every VPN pattern on the hub.
   */
  public abstract vpnGateway(options?: VpnGatewayOptions): AzureVpnGateway;

  /**
   * The ExpressRoute gateway a pattern asking for SKU `asked` gets: its name, limits and the property that sizes it.
   * Known at construction, so the outcome does not depend on which pattern came first.
   *
   * @internal
   */
  public _erProfile(_asked?: string): ExpressRouteGatewayProfile {
    throw new Error(`${this.node.path}: an Azure hub must implement _erProfile`);
  }

  /**
   * Record that circuit `who` connects to the hub's ExpressRoute gateway (a pattern asking for SKU `asked`); throws
   * past the gateway's circuit limits.
   *
   * @internal
   */
  public _addCircuit(_peeringLocation: string | undefined, _who: string, _asked?: string): void {
    throw new Error(`${this.node.path}: an Azure hub must implement _addCircuit`);
  }

  /**
   * The hub VNet's ExpressRoute gateway the hub created, when it created one.
   *
   * @internal
   */
  public _createdErGateway(): VirtualNetworkGateway | undefined {
    return undefined;
  }

  /**
   * Connect a circuit to the hub's ExpressRoute gateway: the resource that does it (a virtual network gateway
   * connection, or a Virtual WAN ExpressRoute connection), child `id` of `scope`.
   *
   * @internal
   */
  public _connectCircuit(_scope: Construct, _id: string, _spec: CircuitConnectionSpec): TerraformResource {
    throw new Error(`${this.node.path}: an Azure hub must implement _connectCircuit`);
  }

  /**
   * The VPN gateway ASN a pattern asking for `asked` gets.
   *
   * @internal
   */
  public _vpnAsn(_asked?: number): number {
    throw new Error(`${this.node.path}: an Azure hub must implement _vpnAsn`);
  }

  /**
   * A Virtual WAN hub's router, which every ExpressRoute and VPN session of the hub reaches (absent for a hub VNet,
   * whose gateways do not pass routes between ExpressRoute and VPN).
   *
   * @internal
   */
  public _hubRouter(): HubRouterSpec | undefined {
    return undefined;
  }

  /**
   * A Virtual WAN hub's VPN gateway: what its `AzureVpnGateway` creates or reads (absent for a hub VNet).
   *
   * @internal
   */
  public _virtualHubVpn(): VirtualHubVpnSpec | undefined {
    return undefined;
  }
}
