import type { DataAzurermVirtualNetworkGateway } from '@cdktf/provider-azurerm/lib/data-azurerm-virtual-network-gateway';
import type { PublicIp } from '@cdktf/provider-azurerm/lib/public-ip';
import type { VirtualNetworkGateway } from '@cdktf/provider-azurerm/lib/virtual-network-gateway';
import type { VpnGateway } from '@cdktf/provider-azurerm/lib/vpn-gateway';
import type { DataAzurermVpnGateway } from '@cdktf/provider-azurerm/lib/data-azurerm-vpn-gateway';
import { Fn, Lazy, TerraformOutput } from 'cdktf';
import { isUnresolved } from '../core/context';
import { Construct } from 'constructs';
import { WellKnownAsn } from '../plan/addressing/asn';
import { fail } from '../plan/errors';
import { vpnGatewaySku } from '../plan/facts/limits';
import { PeeringAllocation } from '../plan/addressing/peering';
import { guardArgs } from '../core/guard-props';
import { providerModule } from '../core/providers-load';
import type { AzureHub } from './azure-hub';
import type { AzureHubBase } from './azure-hub-base';
import { VIRTUAL_WAN, VIRTUAL_WAN_SOURCE } from '../plan/facts/virtual-wan';
import { virtualHubVpnGateway } from './azure-virtual-hub-vpn';
import { AzureExistingVpnGateway, readExistingGateway } from './azure-existing';
import { skipCreationStacks } from '../core/creation-stacks';

/** Options of the hub's VPN gateway (created on first use, shared by every pattern). */
export interface VpnGatewayOptions {
  /** The SKU: must support BGP and active-active. @default 'VpnGw2AZ' */
  readonly sku?: string;
  /** The gateway generation. @default 'Generation2' */
  readonly generation?: string;
  /** The gateway's BGP ASN. @default 65515 */
  readonly asn?: number;
}

/**
 * The hub's active-active, BGP-enabled VPN gateway: created by the hub, or (brownfield) the VNet's existing one,
 * which it reads at plan (`State`) and never creates or changes. On an `AzureVirtualWanHub`, the virtual hub's
 * site-to-site VPN gateway (`azurerm_vpn_gateway`, child `Resource`, or the existing one read as `State`).
 */
export class AzureVpnGateway extends Construct {
  /** The gateway, when the hub creates it. @default - absent for an existing gateway, or on a Virtual WAN hub */
  public readonly resource?: VirtualNetworkGateway;
  /** A Virtual WAN hub's VPN gateway, when the hub creates it. @default - absent on a hub VNet, or for an existing gateway */
  public readonly virtualHubGateway?: VpnGateway;
  /** A Virtual WAN hub's existing VPN gateway as read at plan. @default - absent otherwise */
  public readonly virtualHubGatewayState?: DataAzurermVpnGateway;
  /** A Virtual WAN hub's gateway: its scale units. @default - absent on a hub VNet */
  public readonly scaleUnits?: number;
  /** A Virtual WAN hub's gateway: the Virtual WAN its VPN sites are created in. @default - absent on a hub VNet */
  public readonly virtualWanId?: string;
  /** The public IPs of instance 0 and instance 1 the hub creates (none for an existing gateway). */
  public readonly publicIps: PublicIp[];
  /** The public IP addresses of instance 0 and instance 1 (attributes of `publicIps`, or the declared ones). */
  public readonly publicIpAddresses: string[];
  /** The gateway's resource id (the created gateway's, or the declared one). */
  public readonly gatewayId: string;
  /** The existing gateway as read at plan, with the declared facts as postconditions. @default - absent for a created gateway */
  public readonly state?: DataAzurermVirtualNetworkGateway;
  /** The gateway's ASN. */
  public readonly asn: number;
  /** The SKU. */
  public readonly sku: string;
  /** The generation. */
  public readonly generation: string;
  /** The BGP ASNs of the existing gateway's peers, as declared (none for a created gateway). */
  public readonly peerAsnsInUse: number[];
  /** Routes the existing gateway learns from its existing peers and passes on to new ones, as declared (0 for a created gateway). */
  public readonly routesLearned: number = 0;
  /**
   * The two IP configurations (instance 0 and instance 1) as the connections' custom BGP addresses refer to them:
   * their names on a hub VNet's gateway, their ids (read from the gateway) on a Virtual WAN hub's.
   */
  public readonly ipConfigurationNames: string[] = ['instance-0', 'instance-1'];
  private readonly apipa: Array<Map<string, PeeringAllocation>> = [new Map(), new Map()];
  private connections = 0;

  /**
   * Created by `AzureHub.vpnGateway()`; use that rather than this constructor.
   *
   * @param existing the VNet's existing gateway, declared on the hub: nothing is created
   */
  constructor(scope: AzureHubBase, id: string, options: VpnGatewayOptions, existing?: AzureExistingVpnGateway) {
    guardArgs('AzureVpnGateway', [scope, id, options, existing]);
    super(scope, id);
    const endSkip = skipCreationStacks();
    try {
      this.asn = options.asn ?? WellKnownAsn.AZURE_VPN_GATEWAY_DEFAULT;
      this.sku = options.sku ?? 'VpnGw2AZ';
      this.generation = options.generation ?? 'Generation2';
      const vhub = scope._virtualHubVpn();
      if (vhub) {
        const parts = virtualHubVpnGateway(this, scope, vhub, (i) => this.apipaAddresses(i));
        this.sku = 'Virtual WAN';
        this.scaleUnits = vhub.scaleUnits;
        this.virtualWanId = vhub.virtualWanId;
        this.virtualHubGateway = parts.resource;
        this.virtualHubGatewayState = parts.state;
        this.publicIps = [];
        this.publicIpAddresses = parts.publicIpAddresses;
        this.gatewayId = parts.gatewayId;
        this.ipConfigurationNames = parts.ipConfigurationIds;
        this.peerAsnsInUse = vhub.existing?.peerAsnsInUse ?? [];
        this.routesLearned = vhub.existing?.routesLearned ?? 0;
        this.connections = (vhub.existing?.apipaCidrsInUse?.length ?? 0) * 2;
        return;
      }
      const hub = scope as AzureHub;
      if (existing) {
        this.publicIps = [];
        this.peerAsnsInUse = existing.peerAsnsInUse ?? [];
        this.routesLearned = existing.routesLearned ?? 0;
        this.publicIpAddresses = existing.publicIpAddresses;
        this.gatewayId = existing.id;
        // its tunnels today count towards the SKU's tunnel limit (one connection per inside /30)
        this.connections = existing.apipaCidrsInUse?.length ?? 0;
        this.state = this.readExisting(hub, existing);
        this.checkPublicIps(hub, this.state, existing);
        return;
      }
      this.peerAsnsInUse = [];
      const p = scope;
      const name = scope.namePrefix;
      const { PublicIp } = providerModule(this, 'azurerm/public-ip');
      const { VirtualNetworkGateway } = providerModule(this, 'azurerm/virtual-network-gateway');
      this.publicIps = [0, 1].map((i) => new PublicIp(this, `PublicIp${i}`, {
        name: `${name}-vpngw-pip${i}`,
        resourceGroupName: p.resourceGroupName,
        location: p.location,
        allocationMethod: 'Static',
        sku: 'Standard',
        zones: this.sku.endsWith('AZ') ? ['1', '2', '3'] : undefined,
        tags: p.tags,
        provider: p.provider,
      }));
      this.publicIpAddresses = this.publicIps.map((ip) => ip.ipAddress);
      const subnetId = hub._gatewaySubnetIdFor('VPN');
      const resource = new VirtualNetworkGateway(this, 'Resource', {
        name: `${name}-vpngw`,
        resourceGroupName: p.resourceGroupName,
        location: p.location,
        type: 'Vpn',
        vpnType: 'RouteBased',
        sku: this.sku,
        generation: this.generation,
        activeActive: true,
        enableBgp: true,
        ipConfiguration: [0, 1].map((i) => ({
          name: this.ipConfigurationNames[i],
          publicIpAddressId: this.publicIps[i].id,
          privateIpAddressAllocation: 'Dynamic',
          subnetId,
        })),
        bgpSettings: {
          asn: this.asn,
          peeringAddresses: [0, 1].map((i) => ({
            ipConfigurationName: this.ipConfigurationNames[i],
            // absent, not empty, without VPN links: azurerm 4.55 wants at least one item when the list is written
            apipaAddresses: Lazy.listValue({ produce: () => this.apipaAddresses(i) }, { omitEmpty: true }),
          })),
        },
        tags: p.tags,
        provider: p.provider,
      });
      this.resource = resource;
      this.gatewayId = resource.id;
    } finally {
      endSkip();
    }
  }

  /**
   * The existing gateway read at plan, its declared facts checked there; and, since the library does not manage it,
   * an output `ApipaAddresses` with the custom APIPA addresses the new connections use, per instance, which must be
   * configured on the gateway before they are applied: azurerm finds each custom BGP address of a connection among
   * the gateway's `peering_addresses` and fails the create otherwise (azurerm v4.55.0
   * internal/services/network/virtual_network_gateway_connection_resource.go:957-997). The data source does not
   * expose them, so this cannot be a plan-time check.
   */
  private readExisting(scope: AzureHub, existing: AzureExistingVpnGateway): DataAzurermVirtualNetworkGateway {
    const p = 'existingVpnGateway';
    new TerraformOutput(this, 'ApipaAddresses', {
      description: `Custom APIPA BGP addresses to configure on the existing VPN gateway's instance 0 and instance 1 (in that order) before applying the new connections`,
      value: Lazy.anyValue({ produce: () => [this.apipaAddresses(0), this.apipaAddresses(1)] }),
    });
    return readExistingGateway(this, 'State', existing.id, p, [
      { condition: 'self.type == "Vpn"', attribute: 'type', actual: 'self.type', property: `${p}.id`, declared: 'a VPN gateway' },
      { condition: 'self.vpn_type == "RouteBased"', attribute: 'vpn_type', actual: 'self.vpn_type', property: `${p}.id`, declared: 'a route-based VPN gateway' },
      { condition: `self.sku == "${this.sku}"`, attribute: 'sku', actual: 'self.sku', property: `${p}.sku`, declared: this.sku },
      { condition: `self.generation == "${this.generation}"`, attribute: 'generation', actual: 'self.generation', property: `${p}.generation`, declared: this.generation },
      { condition: `self.active_active == ${existing.activeActive}`, attribute: 'active_active', actual: 'self.active_active', property: `${p}.activeActive`, declared: `${existing.activeActive}` },
      { condition: 'self.enable_bgp == true', attribute: 'enable_bgp', actual: 'self.enable_bgp', property: `${p}.asn`, declared: `${this.asn} (BGP on)` },
      { condition: `try(self.bgp_settings[0].asn, 0) == ${this.asn}`, attribute: 'BGP ASN', actual: 'try(self.bgp_settings[0].asn, "none")', property: `${p}.asn`, declared: `${this.asn}` },
    ], scope.provider);
  }

  /**
   * The declared public IPs checked at plan: the public IP resource of each of the gateway's two ip configurations
   * (the data source's `ip_configuration[i].public_ip_address_id`, azurerm v4.55.0
   * internal/services/network/virtual_network_gateway_data_source.go:78-112, 343) is read (`PublicIp<i>State`) and
   * its `ip_address` must be the declared address of instance `i`: a peer pointed at a wrong address fails the plan.
   */
  private checkPublicIps(hub: AzureHub, state: DataAzurermVirtualNetworkGateway, existing: AzureExistingVpnGateway): void {
    const { DataAzurermPublicIp } = providerModule(this, 'azurerm/data-azurerm-public-ip');
    existing.publicIpAddresses.forEach((declared, i) => {
      const id = state.ipConfiguration.get(i).publicIpAddressId;
      new DataAzurermPublicIp(this, `PublicIp${i}State`, {
        name: Fn.element(Fn.split('/', id), 8),
        resourceGroupName: Fn.element(Fn.split('/', id), 4),
        provider: hub.provider,
        lifecycle: {
          postcondition: [{
            // a token (a data source's attribute) is an expression, compared as it is; a literal address is quoted
            condition: `\${self.ip_address == ${isUnresolved(declared) ? declared : JSON.stringify(declared)}}`,
            errorMessage: `Instance ${i} of the existing VPN gateway has public IP \${self.ip_address}, but the hub declares \`existingVpnGateway.publicIpAddresses[${i}]\` = ${isUnresolved(declared) ? 'a value read elsewhere' : declared}: correct it (instance 0 first).`,
          }],
        },
      });
    });
  }

  /**
   * Register a custom APIPA BGP address of instance `instance` (0 or 1); the address is the second usable host of
   * the allocation (the peer takes the first). Returns the address as a token resolved at synth.
   *
   * @internal
   */
  public _addApipa(instance: number, allocation: PeeringAllocation): string {
    this.apipa[instance].set(allocation.key, allocation);
    return Lazy.stringValue({ produce: () => allocation.second });
  }

  /** The custom APIPA addresses of instance `instance`, sorted. */
  public apipaAddresses(instance: number): string[] {
    guardArgs('AzureVpnGateway.apipaAddresses', [instance], this);
    return [...this.apipa[instance].values()].map((a) => a.second).sort();
  }

  /**
   * Count `count` more site-to-site connections on this gateway (every pattern attached to the hub shares it);
   * throws when the SKU's tunnel limit would be exceeded.
   *
   * @internal
   */
  public _addConnections(count: number, who: string): void {
    if (this.scaleUnits !== undefined) {
      // a Virtual WAN link connection is two tunnels, one to each instance
      const total = this.connections + 2 * count;
      if (total > VIRTUAL_WAN.maxTunnelsPerHub) {
        fail('azure', this.node.scope!.node.path, `the virtual hub's VPN gateway would carry ${total} IPsec tunnels (${who} adds ${2 * count}, two per link); a virtual hub takes ${VIRTUAL_WAN.maxTunnelsPerHub} (${VIRTUAL_WAN_SOURCE.limits})`, 'split the peers across virtual hubs');
      }
      this.connections = total;
      return;
    }
    const sku = vpnGatewaySku(this.sku, this.generation);
    const total = this.connections + count;
    if (sku && total > sku.maxS2sTunnels) {
      const inUse = this.resource ? '' : ` (with the existing tunnels of existingVpnGateway.apipaCidrsInUse)`;
      fail(this.resource ? 'vpnGatewaySku' : 'existingVpnGateway.sku', this.sku, `the hub's VPN gateway would carry ${total} site-to-site connections${inUse} (${who} adds ${count}); ${this.sku} supports ${sku.maxS2sTunnels} (learn.microsoft.com/azure/vpn-gateway/about-gateway-skus)`, `use VpnGw4AZ or VpnGw5AZ (100 tunnels)${this.resource ? '' : ', resizing the existing gateway first'}, or split the peers across hubs`);
    }
    this.connections = total;
  }

  /** The gateway's aggregate throughput from the SKU table, in Mbit/s. */
  public get throughputMbps(): number {
    if (this.scaleUnits !== undefined) return this.scaleUnits * VIRTUAL_WAN.vpnScaleUnitMbps;
    return vpnGatewaySku(this.sku, this.generation)?.throughputMbps ?? 0;
  }
}
