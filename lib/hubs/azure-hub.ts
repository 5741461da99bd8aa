import type { PublicIp } from '@cdktf/provider-azurerm/lib/public-ip';
import type { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import type { VirtualNetworkGateway } from '@cdktf/provider-azurerm/lib/virtual-network-gateway';
import type { DataAzurermVirtualNetworkGateway } from '@cdktf/provider-azurerm/lib/data-azurerm-virtual-network-gateway';
import type { VirtualNetworkGatewayConnection } from '@cdktf/provider-azurerm/lib/virtual-network-gateway-connection';
import { TerraformProvider } from 'cdktf';
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
import { addWarningOnce } from '../core/warnings';
import { ConnectivityReport } from '../report/connectivity-report';
import { AzureHubBase, ExpressRouteGatewayOptions } from './azure-hub-base';
import { checkNamePrefix, CircuitConnectionSpec, claimApipaInUse, ExpressRouteGatewayProfile } from './azure-internal';
import { guardArgs } from '../core/guard-props';
import { providerModule } from '../core/providers-load';
import { AzureExistingExpressRouteGateway, AzureExistingVpnGateway, readExistingGateway } from './azure-existing';
import { AzureVpnGateway, VpnGatewayOptions } from './azure-vpn-gateway';
import { skipCreationStacks } from '../core/creation-stacks';

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
   * gateway can coexist in it. With an existing `GatewaySubnet` (`existingGatewaySubnetId`, or an existing gateway),
   * its prefix: checked to lie in the address space, never created.
   */
  readonly gatewaySubnetCidr: string;
  /**
   * The id of the VNet's existing `GatewaySubnet`: the hub does not create one and creates any gateway it still needs
   * in this one. Accepts a Terraform token.
   * @default - the hub creates the `GatewaySubnet`, unless an existing gateway is declared (it sits in the existing one)
   */
  readonly existingGatewaySubnetId?: string;
  /**
   * The VNet's existing ExpressRoute gateway: every ExpressRoute pattern on the hub connects to it, and the hub never
   * creates one (a VNet has at most one). Its type and SKU are read and checked at plan.
   * @default - the hub creates an ExpressRoute gateway on first use
   */
  readonly existingExpressRouteGateway?: AzureExistingExpressRouteGateway;
  /**
   * The VNet's existing VPN gateway: every VPN pattern on the hub connects to it, and the hub never creates a VPN
   * gateway or its public IPs (a VNet has at most one). Its SKU, generation, ASN and active-active mode are read and
   * checked at plan; the inside /30s of its tunnels are never handed out again.
   * @default - the hub creates a VPN gateway on first use
   */
  readonly existingVpnGateway?: AzureExistingVpnGateway;
  /** The `azurerm` provider to use. @default - the stack's default azurerm provider */
  readonly provider?: TerraformProvider;
  /** Tags for every resource the hub creates. Accepts a Terraform token. @default - none */
  readonly tags?: { [key: string]: string };
  /** A prefix for the names of the resources the hub creates. @default - the virtual network name */
  readonly namePrefix?: string;
}

/** ExpressRoute circuits from one peering location per VNet (limits.ts, includes/expressroute-limits.md). */
const MAX_CIRCUITS_PER_LOCATION = EXPRESSROUTE_CIRCUITS_PER_PEERING_LOCATION.value!;

/**
 * The Azure side that patterns attach to: an existing virtual network. The hub creates its `GatewaySubnet` and,
 * on first use, one ExpressRoute gateway and one VPN gateway (a VNet has at most one of each), which every
 * pattern attached to the hub shares. Brownfield: a VNet that already runs a gateway declares it
 * (`existingExpressRouteGateway`, `existingVpnGateway`, `existingGatewaySubnetId`) and the patterns connect to it.
 */
export class AzureHub extends AzureHubBase {
  /** The `GatewaySubnet`, when the hub creates it. @default - absent when the VNet's existing one is used */
  public readonly gatewaySubnet?: Subnet;
  /** The address space, as given. */
  public readonly addressSpace: string[];
  /** The region. */
  public readonly location: string;
  /** The resource group. */
  public readonly resourceGroupName: string;
  /** The prefix used in resource names. */
  public readonly namePrefix: string;
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
  private readonly existingEr?: AzureExistingExpressRouteGateway;
  private readonly existingVpn?: AzureExistingVpnGateway;
  private readonly existingSubnetId?: string;
  private erSku?: string;
  private erState?: DataAzurermVirtualNetworkGateway;
  private readonly circuitsByLocation = new Map<string, string[]>();
  private readonly circuits: string[] = [];
  private vpnGw?: AzureVpnGateway;

  constructor(scope: Construct, id: string, props: AzureHubProps) {
    guardArgs('AzureHub', [scope, id, props]);
    super(scope, id);
    const endSkip = skipCreationStacks();
    try {
      this.addressSpace = props.addressSpace;
      this.ranges = props.addressSpace;
      this.location = props.location;
      this.region = props.location;
      this.provider = props.provider;
      this.tags = props.tags;
      this.resourceGroupName = props.resourceGroupName;
      this.namePrefix = props.namePrefix ?? props.virtualNetworkName;
      this.existingEr = props.existingExpressRouteGateway;
      this.existingVpn = props.existingVpnGateway;
      this.existingSubnetId = props.existingGatewaySubnetId;
      // A gateway sits in the GatewaySubnet, so a VNet with a gateway has one already (and a VNet has one GatewaySubnet).
      const createSubnet = !this.existingSubnetId && !this.existingEr && !this.existingVpn;
      // The prefix starts every name the hub and its patterns give (`<prefix>-ergw`, `<prefix>-<id>-er`, ...).
      checked(this, () => checkNamePrefix(this.namePrefix, props.namePrefix !== undefined ? 'namePrefix' : 'virtualNetworkName'));

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
        if (createSubnet && gw.prefixLength > 27) {
          fail('gatewaySubnetCidr', props.gatewaySubnetCidr, 'the GatewaySubnet must be a /27 or larger for an ExpressRoute and a VPN gateway to coexist (learn.microsoft.com/azure/expressroute/expressroute-howto-coexist-resource-manager)', 'use a /27 (or a /26)');
        }
        if (!space.some((s) => s.contains(gw))) {
          fail('gatewaySubnetCidr', props.gatewaySubnetCidr, `the GatewaySubnet must lie inside the VNet address space ${props.addressSpace.join(', ')}`, 'choose a /27 inside the address space that no other subnet uses');
        }
      });

      if (createSubnet) {
        const { Subnet } = providerModule(this, 'azurerm/subnet');
        this.gatewaySubnet = new Subnet(this, 'GatewaySubnet', {
          name: 'GatewaySubnet',
          resourceGroupName: props.resourceGroupName,
          virtualNetworkName: props.virtualNetworkName,
          addressPrefixes: [props.gatewaySubnetCidr],
          provider: props.provider,
        });
      }
      this.checkExisting();

      AppContext.of(this).addHub({
        id: this.node.path,
        stack: stackName(this),
        cloud: Cloud.AZURE,
        name: props.virtualNetworkName,
        region: isUnresolved(props.location) ? undefined : props.location,
        ranges: known(props.addressSpace),
        expressRouteRoutesInUse: props.existingExpressRouteGateway?.routesLearned,
      });
      ConnectivityReport.attach(this);
    } finally {
      endSkip();
    }
  }

  /**
   * Check the declared existing gateways (what can be checked at synth; the rest is checked at plan, see
   * `readExistingGateway`) and reserve the inside /30s of the existing VPN gateway's tunnels in the app's allocator.
   */
  private checkExisting(): void {
    const er = this.existingEr;
    const vpn = this.existingVpn;
    checked(this, () => {
      if (er && !hasOwn(EXPRESSROUTE_GATEWAY_SKUS, er.sku)) {
        fail('existingExpressRouteGateway.sku', er.sku, `not an ExpressRoute gateway SKU (${Object.keys(EXPRESSROUTE_GATEWAY_SKUS).join(', ')}; learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways)`, 'declare the SKU the gateway runs (az network vnet-gateway show --query sku.name)');
      }
      const count = (v: number | undefined, p: string) => {
        if (v !== undefined && (!Number.isInteger(v) || v < 0)) fail(p, v, 'a number of routes is a whole number, 0 or more', 'count the routes the gateway learns today (az network vnet-gateway list-learned-routes)');
      };
      count(er?.routesLearned, 'existingExpressRouteGateway.routesLearned');
      count(vpn?.routesLearned, 'existingVpnGateway.routesLearned');
      if (!vpn) return;
      const generation = vpn.generation ?? 'Generation2';
      const s = vpnGatewaySku(vpn.sku, generation);
      if (!s) fail('existingVpnGateway.sku', `${vpn.sku}/${generation}`, 'not a known Azure VPN gateway SKU and generation (VpnGw1 is Generation1 only; VpnGw4 and VpnGw5 are Generation2 only; learn.microsoft.com/azure/vpn-gateway/about-gateway-skus)', 'declare the SKU and generation the gateway runs (az network vnet-gateway show --query "[sku.name, vpnGatewayGeneration]")');
      if (!s.bgp || !s.activeActive) {
        fail('existingVpnGateway.sku', vpn.sku, `the ${vpn.sku} SKU supports neither BGP nor active-active, which the VPN patterns need (learn.microsoft.com/azure/vpn-gateway/about-gateway-skus)`, 'resize or migrate the gateway to a VpnGw1-5 or VpnGw1AZ-5AZ SKU first (a Basic gateway cannot be resized: it is recreated)');
      }
      if (!vpn.activeActive) {
        fail('existingVpnGateway.activeActive', false, 'the VPN patterns terminate their tunnels on both instances of an active-active gateway (learn.microsoft.com/azure/vpn-gateway/vpn-gateway-highlyavailable)', 'switch the gateway to active-active (az network vnet-gateway update --set activeActive=true, with a second public IP) and declare activeActive: true');
      }
      Asn.validate(vpn.asn, Cloud.AZURE, AsnRole.CLOUD_SIDE, 'existingVpnGateway.asn');
      (vpn.peerAsnsInUse ?? []).forEach((asn, i) => Asn.validate(asn, Cloud.AZURE, AsnRole.PEER, `existingVpnGateway.peerAsnsInUse[${i}]`));
      if (!isUnresolved(vpn.publicIpAddresses) && vpn.publicIpAddresses.length !== 2) {
        fail('existingVpnGateway.publicIpAddresses', vpn.publicIpAddresses, 'an active-active gateway has two public IPs, one per instance', 'list the public IP address of instance 0, then of instance 1');
      }
    });
    claimApipaInUse(this, vpn?.apipaCidrsInUse);
    if (er || vpn) {
      const what = er && vpn ? 'ExpressRoute and VPN gateways: they are' : `${er ? 'ExpressRoute' : 'VPN'} gateway: it is`;
      const apipa = vpn ? ' Configure the custom APIPA addresses of the output ApipaAddresses on the VPN gateway\'s two instances before the new VPN connections are applied.' : '';
      addWarningOnce(this, `the hub uses the VNet's existing ${what} read, never changed, and the plan fails while one differs from the declaration.${apipa}`);
    }
  }

  /**
   * The id of the `GatewaySubnet` to create a `kind` gateway in: the hub's own, or the declared existing one.
   *
   * @internal
   */
  public _gatewaySubnetIdFor(kind: string): string {
    if (this.gatewaySubnet) return this.gatewaySubnet.id;
    if (this.existingSubnetId !== undefined) return this.existingSubnetId;
    return checked(this, () => fail('existingGatewaySubnetId', undefined, `the hub creates its ${kind} gateway in the VNet's existing GatewaySubnet (the declared existing gateway sits in it, and a VNet has one), whose id it needs`, 'set existingGatewaySubnetId (az network vnet subnet show -n GatewaySubnet --query id)'));
  }

  /**
   * The ExpressRoute gateway SKU a pattern asking for `asked` gets: `asked`, else the existing gateway's, else the
   * default. Known at construction, so the outcome does not depend on which pattern came first.
   *
   * @internal
   */
  public _erSku(asked?: string): string {
    return asked ?? this.existingEr?.sku ?? DEFAULT_ER_GATEWAY_SKU;
  }

  /**
   * The gateway a pattern asking for SKU `asked` gets, with the SKU's figures (limits.ts EXPRESSROUTE_GATEWAY_SKUS).
   *
   * @internal
   */
  public _erProfile(asked?: string): ExpressRouteGatewayProfile {
    const sku = this._erSku(asked);
    const s = lookup(EXPRESSROUTE_GATEWAY_SKUS, sku);
    return { name: sku, sku, throughputMbps: s?.throughputMbps, maxCircuits: s?.maxCircuits, fastPath: s?.fastPath ?? false, property: 'gatewaySku' };
  }

  /** @internal */
  public _createdErGateway(): VirtualNetworkGateway | undefined {
    return this.erGateway;
  }

  /**
   * The circuit's connection to the VNet's ExpressRoute gateway (`azurerm_virtual_network_gateway_connection` of
   * type ExpressRoute), once the gateway exists (`expressRouteGatewayId`).
   *
   * @internal
   */
  public _connectCircuit(scope: Construct, id: string, spec: CircuitConnectionSpec): VirtualNetworkGatewayConnection {
    const { VirtualNetworkGatewayConnection } = providerModule(this, 'azurerm/virtual-network-gateway-connection');
    return new VirtualNetworkGatewayConnection(scope, id, {
      name: spec.name,
      resourceGroupName: this.resourceGroupName,
      location: this.location,
      type: 'ExpressRoute',
      virtualNetworkGatewayId: this.erGateway?.id ?? this.existingEr!.id,
      expressRouteCircuitId: spec.circuitId,
      routingWeight: spec.routingWeight,
      expressRouteGatewayBypass: spec.fastPath ? true : undefined,
      tags: spec.tags,
      provider: this.provider,
    });
  }

  /**
   * The VPN gateway ASN a pattern asking for `asked` gets: `asked`, else the existing gateway's, else 65515.
   *
   * @internal
   */
  public _vpnAsn(asked?: number): number {
    return asked ?? this.existingVpn?.asn ?? WellKnownAsn.AZURE_VPN_GATEWAY_DEFAULT;
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
    if (this.existingEr) {
      checked(this, () => fail('existingExpressRouteGateway', this.existingEr?.id, 'the hub uses the VNet\'s existing ExpressRoute gateway, which it does not create', 'use expressRouteGatewayId(), which returns the id of the gateway the hub uses'));
    }
    return this.createdErGateway(options);
  }

  /**
   * The id of the hub's ExpressRoute gateway: the existing one (read and checked at plan, child
   * `ExpressRouteGateway/State`), or the one the hub creates on first use (see `expressRouteGateway`). Every call
   * must ask for the same SKU; leaving it out asks for the existing gateway's, or the default ErGw1AZ.
   */
  public expressRouteGatewayId(options: ExpressRouteGatewayOptions = {}): string {
    guardArgs('AzureHub.expressRouteGatewayId', [options], this);
    const er = this.existingEr;
    if (!er) return this.createdErGateway(options).id;
    checked(this, () => {
      if (options.sku !== undefined && options.sku !== er.sku) {
        fail('gatewaySku', options.sku, `the hub's existing ExpressRoute gateway runs ${er.sku} (existingExpressRouteGateway.sku), and a VNet has one ExpressRoute gateway`, `leave gatewaySku out, or set it to ${er.sku}`);
      }
    });
    if (!this.erState) {
      const p = 'existingExpressRouteGateway';
      this.erState = readExistingGateway(new Construct(this, 'ExpressRouteGateway'), 'State', er.id, p, [
        { condition: 'self.type == "ExpressRoute"', attribute: 'type', actual: 'self.type', property: `${p}.id`, declared: 'an ExpressRoute gateway' },
        { condition: `self.sku == "${er.sku}"`, attribute: 'sku', actual: 'self.sku', property: `${p}.sku`, declared: er.sku },
      ], this.provider);
    }
    return er.id;
  }

  private createdErGateway(options: ExpressRouteGatewayOptions): VirtualNetworkGateway {
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
        subnetId: this._gatewaySubnetIdFor('ExpressRoute'),
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
  public _addCircuit(peeringLocation: string | undefined, who: string, asked?: string): void {
    const gatewaySku = this._erSku(asked);
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

  /** The ExpressRoute gateway the hub created, once a pattern asked for it. @default - none (or the VNet's existing gateway is used) */
  public get createdExpressRouteGateway(): VirtualNetworkGateway | undefined {
    return this.erGateway;
  }

  /** The ExpressRoute gateway SKU, once the gateway exists (the existing gateway's, declared). */
  public get expressRouteGatewaySku(): string | undefined {
    return this.erSku ?? this.existingEr?.sku;
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
    const existing = this.existingVpn;
    const wanted: Required<VpnGatewayOptions> = {
      sku: options.sku ?? existing?.sku ?? 'VpnGw2AZ',
      generation: options.generation ?? existing?.generation ?? 'Generation2',
      asn: this._vpnAsn(options.asn),
    };
    checked(this, () => {
      if (existing) {
        // the existing gateway's facts were checked by the hub; a pattern may only ask for what it runs
        const declared = { sku: existing.sku, generation: existing.generation ?? 'Generation2', asn: existing.asn };
        const asked: Array<[string, string | number, string | number]> = [['vpnGatewaySku', wanted.sku, declared.sku], ['vpnGatewayGeneration', wanted.generation, declared.generation], ['azureAsn', wanted.asn, declared.asn]];
        for (const [prop, value, runs] of asked) {
          if (value !== runs) fail(prop, value, `the hub's existing VPN gateway runs ${runs} (existingVpnGateway), and a VNet has one VPN gateway`, `leave ${prop} out, or set it to ${runs}`);
        }
        return;
      }
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
    if (!this.vpnGw) this.vpnGw = new AzureVpnGateway(this, 'VpnGateway', wanted, existing);
    return this.vpnGw;
  }

  /** The VPN gateway, once a pattern asked for it (created, or the existing one). */
  public get existingVpnGateway(): AzureVpnGateway | undefined {
    return this.vpnGw;
  }
}
