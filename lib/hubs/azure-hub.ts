import type { PublicIp } from '@cdktf/provider-azurerm/lib/public-ip';
import type { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import type { VirtualNetworkGateway } from '@cdktf/provider-azurerm/lib/virtual-network-gateway';
import { Lazy, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { AppContext, checked, isUnresolved, known, stackName } from '../core/context';
import { Asn, AsnRole, WellKnownAsn } from '../plan/addressing/asn';
import { Cidr, parseAll } from '../plan/addressing/cidr';
import { Cloud } from '../plan/facts/clouds';
import { fail } from '../plan/errors';
import { requireListed } from '../plan/facts/listed-names';
import { AZURE_LOCATIONS } from '../plan/facts/regions';
import { AZURE_VNET_RESERVED_RANGES, AZURE_VNET_RESERVED_SOURCE, EXPRESSROUTE_CIRCUITS_PER_PEERING_LOCATION, EXPRESSROUTE_GATEWAY_SKUS, vpnGatewaySku } from '../plan/facts/limits';
import { hasOwn, lookup } from '../plan/guards';
import { PeeringAllocation } from '../plan/addressing/peering';
import { ConnectivityReport } from '../report/connectivity-report';
import { IHub } from './hub';
import { DOC_NAME_RULES } from '../plan/facts/provider-rules/azurerm-names';
import { guardArgs } from '../core/guard-props';
import { providerModule } from '../core/providers-load';

/** The ExpressRoute gateway SKU a pattern asks for when it does not set `gatewaySku`. */
const DEFAULT_ER_GATEWAY_SKU = 'ErGw1AZ';

/** Props of an `AzureHub`. */
export interface AzureHubProps {
  /** The resource group of the virtual network (the gateways are created there too). Accepts a Terraform token. */
  readonly resourceGroupName: string;
  /** The Azure region of the virtual network, e.g. `eastus`. */
  readonly location: string;
  /**
   * Accept a location that is not on the library's list (one newer than the list's snapshot): the check then only
   * happens at apply. @default false
   */
  readonly allowUnlistedLocation?: boolean;
  /** The name of the existing virtual network. */
  readonly virtualNetworkName: string;
  /** The address space of the virtual network (needed for planning: overlaps, advertised prefixes). */
  readonly addressSpace: string[];
  /**
   * The prefix of the `GatewaySubnet` the hub creates. At least a /27, so that an ExpressRoute gateway and a VPN
   * gateway can coexist in it.
   */
  readonly gatewaySubnetCidr: string;
  /** The `azurerm` provider to use. @default - the stack's default azurerm provider */
  readonly provider?: TerraformProvider;
  /** Tags for every resource the hub creates. Accepts a Terraform token. @default - none */
  readonly tags?: { [key: string]: string };
  /** A prefix for the names of the resources the hub creates. @default - the virtual network name */
  readonly namePrefix?: string;
}

/** Options of the hub's ExpressRoute gateway (created on first use, shared by every pattern). */
export interface ExpressRouteGatewayOptions {
  /**
   * The gateway SKU: `ErGw1AZ`, `ErGw2AZ`, `ErGw3AZ` (zone-redundant) or `Standard`, `HighPerformance`,
   * `UltraPerformance`.
   * @default 'ErGw1AZ'
   */
  readonly sku?: string;
}

/** Options of the hub's VPN gateway (created on first use, shared by every pattern). */
export interface VpnGatewayOptions {
  /** The SKU: must support BGP and active-active. @default 'VpnGw2AZ' */
  readonly sku?: string;
  /** The gateway generation. @default 'Generation2' */
  readonly generation?: string;
  /** The gateway's BGP ASN. @default 65515 */
  readonly asn?: number;
}

/** The hub's active-active, BGP-enabled VPN gateway. */
export class AzureVpnGateway extends Construct {
  /** The gateway. */
  public readonly resource: VirtualNetworkGateway;
  /** The public IPs of instance 0 and instance 1. */
  public readonly publicIps: PublicIp[];
  /** The gateway's ASN. */
  public readonly asn: number;
  /** The SKU. */
  public readonly sku: string;
  /** The generation. */
  public readonly generation: string;
  /** The names of the two IP configurations (instance 0 and instance 1), as `custom_bgp_addresses` refers to them. */
  public readonly ipConfigurationNames: string[] = ['instance-0', 'instance-1'];
  private readonly apipa: Array<Map<string, PeeringAllocation>> = [new Map(), new Map()];
  private connections = 0;

  /** Created by `AzureHub.vpnGateway()`; use that rather than this constructor. */
  constructor(scope: AzureHub, id: string, options: VpnGatewayOptions) {
    guardArgs('AzureVpnGateway', [scope, id, options]);
    super(scope, id);
    this.asn = options.asn ?? WellKnownAsn.AZURE_VPN_GATEWAY_DEFAULT;
    this.sku = options.sku ?? 'VpnGw2AZ';
    this.generation = options.generation ?? 'Generation2';
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
      zones: sku(this.sku).zoneRedundant ? ['1', '2', '3'] : undefined,
      tags: p.tags,
      provider: p.provider,
    }));
    this.resource = new VirtualNetworkGateway(this, 'Resource', {
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
        subnetId: scope.gatewaySubnet.id,
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
    const sku = vpnGatewaySku(this.sku, this.generation);
    const total = this.connections + count;
    if (sku && total > sku.maxS2sTunnels) {
      fail('vpnGatewaySku', this.sku, `the hub's VPN gateway would carry ${total} site-to-site connections (${who} adds ${count}); ${this.sku} supports ${sku.maxS2sTunnels} (learn.microsoft.com/azure/vpn-gateway/about-gateway-skus)`, 'use VpnGw4AZ or VpnGw5AZ (100 tunnels), or split the peers across hubs');
    }
    this.connections = total;
  }

  /** The gateway's aggregate throughput from the SKU table, in Mbit/s. */
  public get throughputMbps(): number {
    return vpnGatewaySku(this.sku, this.generation)?.throughputMbps ?? 0;
  }
}

/** ExpressRoute circuits from one peering location per VNet (limits.ts, includes/expressroute-limits.md). */
const MAX_CIRCUITS_PER_LOCATION = EXPRESSROUTE_CIRCUITS_PER_PEERING_LOCATION.value!;

function sku(name: string): { zoneRedundant: boolean } {
  return { zoneRedundant: name.endsWith('AZ') };
}

/**
 * The Azure side that patterns attach to: an existing virtual network. The hub creates its `GatewaySubnet` and,
 * on first use, one ExpressRoute gateway and one VPN gateway (a VNet has at most one of each), which every
 * pattern attached to the hub shares.
 */
export class AzureHub extends Construct implements IHub {
  /** The `GatewaySubnet`. */
  public readonly gatewaySubnet: Subnet;
  /** The address space, as given. */
  public readonly addressSpace: string[];
  /** The region. */
  public readonly location: string;
  /** The resource group. */
  public readonly resourceGroupName: string;
  /** The prefix used in resource names. */
  public readonly namePrefix: string;
  /** The cloud: Azure. */
  public readonly cloud: Cloud = Cloud.AZURE;
  /** The address space (the hub's ranges). */
  public readonly ranges: string[];
  /** The property holding `ranges`. */
  public readonly rangesProperty: string = 'addressSpace';
  /** The property holding what Azure advertises (the address space). */
  public readonly advertisedProperty: string = 'addressSpace';
  /** The region (the same as `location`, always set). @default - the location */
  public readonly region?: string;
  /** The `azurerm` provider. @default - the stack's default azurerm provider */
  public readonly provider?: TerraformProvider;
  /** Tags for every resource the hub and its links create. @default - none */
  public readonly tags?: { [key: string]: string };
  private erGateway?: VirtualNetworkGateway;
  private erGatewayIp?: PublicIp;
  private erSku?: string;
  private readonly circuitsByLocation = new Map<string, string[]>();
  private readonly circuits: string[] = [];
  private vpnGw?: AzureVpnGateway;

  constructor(scope: Construct, id: string, props: AzureHubProps) {
    guardArgs('AzureHub', [scope, id, props]);
    super(scope, id);
    this.addressSpace = props.addressSpace;
    this.ranges = props.addressSpace;
    this.location = props.location;
    this.region = props.location;
    this.provider = props.provider;
    this.tags = props.tags;
    this.resourceGroupName = props.resourceGroupName;
    this.namePrefix = props.namePrefix ?? props.virtualNetworkName;
    // The prefix starts every name the hub and its patterns give (`<prefix>-ergw`, `<prefix>-<id>-er`, ...).
    checked(this, () => {
      if (!/^[A-Za-z0-9][\w.-]{0,59}$/.test(this.namePrefix)) {
        fail(props.namePrefix !== undefined ? 'namePrefix' : 'virtualNetworkName', this.namePrefix, `starts the names of the gateways, circuits and connections, which Azure limits to 80 letters, digits, underscores, periods or hyphens starting with a letter or digit (${DOC_NAME_RULES})`, 'use at most 60 such characters, starting with a letter or digit');
      }
    });

    checked(this, () => {
      if (!isUnresolved(props.location) && !props.allowUnlistedLocation) requireListed(props.location, AZURE_LOCATIONS, 'location', 'an Azure location', 'allowUnlistedLocation');
      if (isUnresolved(props.addressSpace) || isUnresolved(props.gatewaySubnetCidr)) return;
      const space = parseAll(props.addressSpace, 'addressSpace');
      if (space.length === 0) fail('addressSpace', props.addressSpace, 'a virtual network has at least one address prefix', 'list the VNet\'s address space');
      space.forEach((s, i) => {
        const hit = AZURE_VNET_RESERVED_RANGES.find((r) => Cidr.parse(r.cidr).overlaps(s));
        if (hit) fail(`addressSpace[${i}]`, props.addressSpace[i], `it overlaps ${hit.cidr} (${hit.what}), which an Azure virtual network cannot use (${AZURE_VNET_RESERVED_SOURCE})`, 'use private (RFC 1918) or public ranges outside the reserved ones');
      });
      const gw = Cidr.parse(props.gatewaySubnetCidr, 'gatewaySubnetCidr');
      if (gw.prefixLength > 27) {
        fail('gatewaySubnetCidr', props.gatewaySubnetCidr, 'the GatewaySubnet must be a /27 or larger for an ExpressRoute and a VPN gateway to coexist (learn.microsoft.com/azure/expressroute/expressroute-howto-coexist-resource-manager)', 'use a /27 (or a /26)');
      }
      if (!space.some((s) => s.contains(gw))) {
        fail('gatewaySubnetCidr', props.gatewaySubnetCidr, `the GatewaySubnet must lie inside the VNet address space ${props.addressSpace.join(', ')}`, 'choose a /27 inside the address space that no other subnet uses');
      }
    });

    const { Subnet } = providerModule(this, 'azurerm/subnet');
    this.gatewaySubnet = new Subnet(this, 'GatewaySubnet', {
      name: 'GatewaySubnet',
      resourceGroupName: props.resourceGroupName,
      virtualNetworkName: props.virtualNetworkName,
      addressPrefixes: [props.gatewaySubnetCidr],
      provider: props.provider,
    });

    AppContext.of(this).addHub({
      id: this.node.path,
      stack: stackName(this),
      cloud: Cloud.AZURE,
      name: props.virtualNetworkName,
      region: isUnresolved(props.location) ? undefined : props.location,
      ranges: known(props.addressSpace),
    });
    ConnectivityReport.attach(this);
  }

  /** What Azure advertises for this hub: the address space known at synth. */
  public get advertisedPrefixes(): string[] {
    return known(this.addressSpace);
  }

  /**
   * The hub's ExpressRoute gateway, created on first use. Later calls return the same gateway; every call must ask
   * for the same SKU (leaving it out asks for the default, ErGw1AZ), so the outcome never depends on which
   * pattern was built first.
   */
  public expressRouteGateway(options: ExpressRouteGatewayOptions = {}): VirtualNetworkGateway {
    guardArgs('AzureHub.expressRouteGateway', [options], this);
    // Order-independent: every caller's SKU (its own or the default) must be the same, whichever pattern came first.
    const wanted = options.sku ?? DEFAULT_ER_GATEWAY_SKU;
    checked(this, () => {
      if (!hasOwn(EXPRESSROUTE_GATEWAY_SKUS, wanted)) {
        fail('gatewaySku', wanted, `not an ExpressRoute gateway SKU (${Object.keys(EXPRESSROUTE_GATEWAY_SKUS).join(', ')})`, `use one of those; ${DEFAULT_ER_GATEWAY_SKU} is the default`);
      }
      if (this.erSku && this.erSku !== wanted) {
        fail('gatewaySku', options.sku ?? `(not set: the default ${DEFAULT_ER_GATEWAY_SKU})`, `another pattern on this hub asks for its ExpressRoute gateway as ${this.erSku}; a VNet has one ExpressRoute gateway, and every pattern attached to it must ask for the same SKU (a pattern that does not set gatewaySku asks for ${DEFAULT_ER_GATEWAY_SKU})`, `pass the same gatewaySku (e.g. ${this.erSku === DEFAULT_ER_GATEWAY_SKU ? wanted : this.erSku}) on every pattern attached to this hub`);
      }
    });
    if (this.erGateway) return this.erGateway;
    const { PublicIp } = providerModule(this, 'azurerm/public-ip');
    const { VirtualNetworkGateway } = providerModule(this, 'azurerm/virtual-network-gateway');
    this.erSku = wanted;
    const scope = new Construct(this, 'ExpressRouteGateway');
    const zoneRedundant = EXPRESSROUTE_GATEWAY_SKUS[wanted].zoneRedundant; // own key: checked above
    this.erGatewayIp = new PublicIp(scope, 'PublicIp', {
      name: `${this.namePrefix}-ergw-pip`,
      resourceGroupName: this.resourceGroupName,
      location: this.location,
      allocationMethod: 'Static',
      sku: 'Standard',
      zones: zoneRedundant ? ['1', '2', '3'] : undefined,
      tags: this.tags,
      provider: this.provider,
    });
    this.erGateway = new VirtualNetworkGateway(scope, 'Resource', {
      name: `${this.namePrefix}-ergw`,
      resourceGroupName: this.resourceGroupName,
      location: this.location,
      type: 'ExpressRoute',
      sku: wanted,
      ipConfiguration: [{
        name: 'default',
        publicIpAddressId: this.erGatewayIp.id,
        privateIpAddressAllocation: 'Dynamic',
        subnetId: this.gatewaySubnet.id,
      }],
      tags: this.tags,
      provider: this.provider,
    });
    return this.erGateway;
  }

  /**
   * Record that the circuit `who` connects to this hub's ExpressRoute gateway of SKU `gatewaySku`; throws past the
   * SKU's circuit limit (4, 8 or 16) or, with `peeringLocation` (a provider circuit), past four circuits from one
   * peering location per VNet (includes/expressroute-limits.md).
   *
   * @internal
   */
  public _addCircuit(peeringLocation: string | undefined, who: string, gatewaySku: string): void {
    if (peeringLocation !== undefined) {
      const list = this.circuitsByLocation.get(peeringLocation) ?? [];
      if (!list.includes(who)) list.push(who);
      if (list.length > MAX_CIRCUITS_PER_LOCATION) {
        fail('peeringLocation', peeringLocation, `a VNet connects to at most ${MAX_CIRCUITS_PER_LOCATION} ExpressRoute circuits from one peering location (includes/expressroute-limits.md); this hub would have ${list.length}: ${list.join(', ')}`, 'use a circuit at another peering location, or connect fewer circuits to this hub');
      }
      this.circuitsByLocation.set(peeringLocation, list);
    }
    if (!this.circuits.includes(who)) this.circuits.push(who);
    const max = lookup(EXPRESSROUTE_GATEWAY_SKUS, gatewaySku)?.maxCircuits;
    if (max !== undefined && this.circuits.length > max) {
      const bigger = Object.values(EXPRESSROUTE_GATEWAY_SKUS).filter((s) => s.zoneRedundant && s.maxCircuits >= this.circuits.length).map((s) => `${s.name} (${s.maxCircuits})`);
      fail('gatewaySku', gatewaySku, `an ${gatewaySku} ExpressRoute gateway takes at most ${max} circuits linked to its virtual network (includes/expressroute-limits.md); this hub would have ${this.circuits.length}: ${this.circuits.join(', ')}`, bigger.length > 0 ? `set gatewaySku to ${bigger.join(' or ')} on every pattern attached to this hub, or connect fewer circuits to it` : 'connect fewer circuits to this hub (use a second hub for the others)');
    }
  }

  /** The ExpressRoute gateway SKU, once the gateway exists. */
  public get expressRouteGatewaySku(): string | undefined {
    return this.erSku;
  }

  /**
   * The hub's VPN gateway (route-based, active-active, BGP), created on first use and shared. Every call must ask
   * for the same SKU, generation and ASN (leaving one out asks for its default), so the outcome never depends on
   * which pattern was built first.
   */
  public vpnGateway(options: VpnGatewayOptions = {}): AzureVpnGateway {
    guardArgs('AzureHub.vpnGateway', [options], this);
    const current = this.vpnGw;
    // Order-independent: every caller's SKU, generation and ASN (its own or the defaults) must be the same.
    const wanted: Required<VpnGatewayOptions> = {
      sku: options.sku ?? 'VpnGw2AZ',
      generation: options.generation ?? 'Generation2',
      asn: options.asn ?? WellKnownAsn.AZURE_VPN_GATEWAY_DEFAULT,
    };
    checked(this, () => {
      const s = vpnGatewaySku(wanted.sku, wanted.generation);
      if (!s) {
        fail('vpnGatewaySku', `${wanted.sku}/${wanted.generation}`, 'not a known Azure VPN gateway SKU and generation (VpnGw1 is Generation1 only; VpnGw4 and VpnGw5 are Generation2 only)', 'use e.g. VpnGw2AZ with Generation2');
      }
      if (!s.bgp || !s.activeActive) {
        fail('vpnGatewaySku', wanted.sku, `the ${wanted.sku} SKU supports neither BGP nor active-active, which a highly available BGP VPN needs`, 'use a VpnGw1-5 or VpnGw1AZ-5AZ SKU (VpnGw2AZ is the default)');
      }
      Asn.validate(wanted.asn, Cloud.AZURE, AsnRole.CLOUD_SIDE, 'azureAsn');
      if (current && (current.sku !== wanted.sku || current.generation !== wanted.generation || current.asn !== wanted.asn)) {
        fail('vpnGateway', `${wanted.sku}/${wanted.generation}/AS${wanted.asn}`, `another pattern on this hub asks for its VPN gateway as ${current.sku}/${current.generation}/AS${current.asn}; a VNet has one VPN gateway, and every pattern attached to it must ask for the same SKU, generation and ASN (unset means VpnGw2AZ/Generation2/AS65515)`, 'pass the same vpnGatewaySku, vpnGatewayGeneration and azureAsn on every pattern attached to this hub');
      }
    });
    if (!this.vpnGw) this.vpnGw = new AzureVpnGateway(this, 'VpnGateway', wanted);
    return this.vpnGw;
  }

  /** The VPN gateway, if a pattern created it. */
  public get existingVpnGateway(): AzureVpnGateway | undefined {
    return this.vpnGw;
  }
}
