import type { DataAzurermVirtualHub } from '@cdktf/provider-azurerm/lib/data-azurerm-virtual-hub';
import type { DataAzurermVirtualWan } from '@cdktf/provider-azurerm/lib/data-azurerm-virtual-wan';
import type { ExpressRouteConnection } from '@cdktf/provider-azurerm/lib/express-route-connection';
import type { ExpressRouteGateway } from '@cdktf/provider-azurerm/lib/express-route-gateway';
import type { VirtualHub } from '@cdktf/provider-azurerm/lib/virtual-hub';
import type { VirtualWan } from '@cdktf/provider-azurerm/lib/virtual-wan';
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { AppContext, checked, isUnresolved, known, stackName } from '../core/context';
import { guardArgs } from '../core/guard-props';
import { providerModule } from '../core/providers-load';
import { addWarningOnce } from '../core/warnings';
import { Asn, AsnRole, WellKnownAsn } from '../plan/addressing/asn';
import { Cidr, parseAll } from '../plan/addressing/cidr';
import { fail } from '../plan/errors';
import { Cloud } from '../plan/facts/clouds';
import { requireListed } from '../plan/facts/listed-names';
import { AZURE_LOCATIONS } from '../plan/facts/regions';
import { SessionType } from '../plan/facts/limits';
import { VIRTUAL_WAN, VIRTUAL_WAN_SOURCE } from '../plan/facts/virtual-wan';
import { ConnectivityReport } from '../report/connectivity-report';
import { AzureHubBase, ExpressRouteGatewayOptions } from './azure-hub-base';
import { checkNamePrefix, CircuitConnectionSpec, claimApipaInUse, ExpressRouteGatewayProfile, HubRouterSpec } from './azure-internal';
import { readAttributes } from './azure-existing';
import { AzureVpnGateway, VpnGatewayOptions } from './azure-vpn-gateway';
import { AzureExistingVirtualHubVpnGateway, VirtualHubVpnSpec } from './azure-virtual-hub-vpn';
import { skipCreationStacks } from '../core/creation-stacks';

/** Which path a virtual hub prefers when it learns a prefix over more than one kind of connection. */
export enum VirtualHubRoutingPreference {
  /** ExpressRoute first (Azure's default). */
  EXPRESS_ROUTE = 'ExpressRoute',
  /** Site-to-site VPN first. */
  VPN_GATEWAY = 'VpnGateway',
  /** The shortest AS path first. */
  AS_PATH = 'ASPath',
}

/** Props of an `AzureVirtualWanHub`. */
export interface AzureVirtualWanHubProps {
  /** The resource group of the virtual hub and of what the hub and its links create. Accepts a Terraform token. */
  readonly resourceGroupName: string;
  /** The Azure region of the virtual hub, e.g. `westeurope`. */
  readonly location: string;
  /** Accept a location that is not on the library's list (checked at apply only). @default false */
  readonly allowUnlistedLocation?: boolean;
  /** The virtual hub's name (the one to create, or the existing hub's). */
  readonly name: string;
  /**
   * The virtual hub's address prefix (`address_prefix`): a /24 or larger that no other network uses; the hub's
   * routers and gateways take their addresses from it.
   */
  readonly hubAddressPrefix: string;
  /**
   * The address spaces of the virtual networks connected to the hub: what the hub advertises to its ExpressRoute
   * circuits and VPN sites besides its own prefix (connect the VNets with `azurerm_virtual_hub_connection`).
   * @default - none
   */
  readonly connectedAddressSpaces?: string[];
  /**
   * The id of the Virtual WAN to create the hub in. Accepts a Terraform token.
   * @default - the hub creates a Standard Virtual WAN `<namePrefix>-vwan` (child `VirtualWan`)
   */
  readonly virtualWanId?: string;
  /**
   * The existing virtual hub to use instead of creating one: its id. Its address prefix and router ASN are read and
   * checked at plan (child `VirtualHub/State`). Accepts a Terraform token.
   * @default - the hub creates the virtual hub
   */
  readonly existingVirtualHubId?: string;
  /**
   * Which path the hub prefers for a prefix learned over ExpressRoute and VPN (a created hub's
   * `hub_routing_preference`; for an existing hub, declare what it runs).
   * @default VirtualHubRoutingPreference.EXPRESS_ROUTE
   */
  readonly hubRoutingPreference?: VirtualHubRoutingPreference;
  /**
   * Whether the Virtual WAN the hub creates passes traffic between branches (VPN sites and ExpressRoute circuits:
   * `allow_branch_to_branch_traffic`); with an existing Virtual WAN, declare its setting.
   * @default true
   */
  readonly branchToBranchTraffic?: boolean;
  /** Scale units of the ExpressRoute gateway the hub creates on first use (2 Gbit/s each). @default 1 */
  readonly expressRouteScaleUnits?: number;
  /**
   * The hub's existing ExpressRoute gateway: its id (a virtual hub has at most one). Accepts a Terraform token.
   * @default - the hub creates one on first use
   */
  readonly existingExpressRouteGatewayId?: string;
  /** Scale units of the VPN gateway the hub creates on first use (500 Mbit/s each). @default 1 */
  readonly vpnScaleUnits?: number;
  /**
   * The hub's existing site-to-site VPN gateway (a virtual hub has at most one): read at plan, never changed.
   * @default - the hub creates one on first use
   */
  readonly existingVpnGateway?: AzureExistingVirtualHubVpnGateway;
  /** The `azurerm` provider to use. @default - the stack's default azurerm provider */
  readonly provider?: TerraformProvider;
  /** Tags for every resource the hub creates. Accepts a Terraform token. @default - none */
  readonly tags?: { [key: string]: string };
  /** A prefix for the names of the resources the hub and its links create. @default - the hub's name */
  readonly namePrefix?: string;
}

/**
 * The Azure side that patterns attach to, as an Azure Virtual WAN hub: a virtual hub (created, or an existing one)
 * with, on first use, one ExpressRoute gateway and one site-to-site VPN gateway, which every pattern on the hub
 * shares. Unlike a hub VNet, the hub's router passes routes between its branches: from a VPN site to an
 * ExpressRoute circuit and between VPN sites (branch-to-branch), never from one ExpressRoute circuit to another.
 * Its router's ASN is 65515 and cannot be changed.
 */
export class AzureVirtualWanHub extends AzureHubBase {
  /** What the hub advertises: its prefix and the connected VNets' address spaces. */
  public readonly addressSpace: string[];
  /** The hub's ranges (the same). */
  public readonly ranges: string[];
  /** The property holding `ranges`. */
  public readonly rangesProperty: string = 'connectedAddressSpaces';
  /** The property holding what the hub advertises. */
  public readonly advertisedProperty: string = 'connectedAddressSpaces';
  /** The region. */
  public readonly location: string;
  /** The region. @default - the location */
  public readonly region?: string;
  /** The resource group. */
  public readonly resourceGroupName: string;
  /** The prefix of names. */
  public readonly namePrefix: string;
  /** The `azurerm` provider. @default - the stack's default */
  public readonly provider?: TerraformProvider;
  /** Tags. @default - none */
  public readonly tags?: { [key: string]: string };
  /** The Virtual WAN the hub creates. @default - absent with `virtualWanId` or an existing hub */
  public readonly virtualWan?: VirtualWan;
  /** The virtual hub the hub creates. @default - absent with `existingVirtualHubId` */
  public readonly virtualHub?: VirtualHub;
  /** The existing virtual hub as read at plan. @default - absent for a created hub */
  public readonly virtualHubState?: DataAzurermVirtualHub;
  /** The existing Virtual WAN as read at plan (its branch-to-branch setting checked). @default - absent when the hub creates the WAN */
  public readonly virtualWanState?: DataAzurermVirtualWan;
  /** The virtual hub's id. */
  public readonly virtualHubId: string;
  /** The Virtual WAN's id (VPN sites are created in it). */
  public readonly virtualWanId: string;
  /** The routing preference. */
  public readonly hubRoutingPreference: VirtualHubRoutingPreference;
  /** Whether branches reach each other through the hub. */
  public readonly branchToBranchTraffic: boolean;
  private readonly props: AzureVirtualWanHubProps;
  private erGateway?: ExpressRouteGateway;
  private readonly circuits: string[] = [];
  private readonly circuitsByLocation = new Map<string, string[]>();
  private vpnGw?: AzureVpnGateway;

  constructor(scope: Construct, id: string, props: AzureVirtualWanHubProps) {
    guardArgs('AzureVirtualWanHub', [scope, id, props]);
    super(scope, id);
    const endSkip = skipCreationStacks();
    try {
      this.props = props;
      this.location = props.location;
      this.region = props.location;
      this.resourceGroupName = props.resourceGroupName;
      this.provider = props.provider;
      this.tags = props.tags;
      this.namePrefix = props.namePrefix ?? props.name;
      this.addressSpace = [props.hubAddressPrefix, ...(props.connectedAddressSpaces ?? [])];
      this.ranges = this.addressSpace;
      this.hubRoutingPreference = props.hubRoutingPreference ?? VirtualHubRoutingPreference.EXPRESS_ROUTE;
      this.branchToBranchTraffic = props.branchToBranchTraffic ?? true;
      checked(this, () => this.validate());

      if (props.existingVirtualHubId !== undefined) {
        this.virtualHubId = props.existingVirtualHubId;
        this.virtualHubState = checked(this, () => this.readExistingHub(props.existingVirtualHubId!));
        this.virtualWanId = props.virtualWanId ?? this.virtualHubState.virtualWanId;
        addWarningOnce(this, `the hub uses the existing virtual hub ${isUnresolved(props.existingVirtualHubId) ? '' : `${props.existingVirtualHubId} `}(read, never changed): the plan fails while its address prefix differs from \`hubAddressPrefix\`.`);
      } else {
        if (props.virtualWanId === undefined) {
          const { VirtualWan } = providerModule(this, 'azurerm/virtual-wan');
          this.virtualWan = new VirtualWan(this, 'VirtualWan', {
            name: `${this.namePrefix}-vwan`,
            resourceGroupName: props.resourceGroupName,
            location: props.location,
            type: 'Standard',
            allowBranchToBranchTraffic: this.branchToBranchTraffic,
            tags: props.tags,
            provider: props.provider,
          });
        }
        this.virtualWanId = props.virtualWanId ?? this.virtualWan!.id;
        const { VirtualHub } = providerModule(this, 'azurerm/virtual-hub');
        this.virtualHub = new VirtualHub(this, 'VirtualHub', {
          name: props.name,
          resourceGroupName: props.resourceGroupName,
          location: props.location,
          virtualWanId: this.virtualWanId,
          addressPrefix: props.hubAddressPrefix,
          sku: 'Standard',
          hubRoutingPreference: this.hubRoutingPreference,
          tags: props.tags,
          provider: props.provider,
        });
        this.virtualHubId = this.virtualHub.id;
      }

      // a Virtual WAN the hub does not create: its branch-to-branch setting (which the routing model uses) read at plan
      if (!this.virtualWan) this.virtualWanState = checked(this, () => this.readExistingWan());
      // the existing VPN gateway's tunnels keep their inside /30s
      claimApipaInUse(this, props.existingVpnGateway?.apipaCidrsInUse);
      AppContext.of(this).addHub({
        id: this.node.path,
        stack: stackName(this),
        cloud: Cloud.AZURE,
        name: props.name,
        networkKind: 'Virtual WAN hub',
        region: isUnresolved(props.location) ? undefined : props.location,
        ranges: known(this.addressSpace),
      });
      ConnectivityReport.attach(this);
    } finally {
      endSkip();
    }
  }

  private validate(): void {
    const props = this.props;
    checkNamePrefix(this.namePrefix, props.namePrefix !== undefined ? 'namePrefix' : 'name');
    if (!props.allowUnlistedLocation) requireListed(props.location, AZURE_LOCATIONS, 'location', 'an Azure location', 'allowUnlistedLocation');
    const prefix = Cidr.parse(props.hubAddressPrefix, 'hubAddressPrefix');
    if (prefix.prefixLength > VIRTUAL_WAN.hubPrefixMaxLength) {
      fail('hubAddressPrefix', props.hubAddressPrefix, `a virtual hub's address prefix is a /${VIRTUAL_WAN.hubPrefixMaxLength} or larger (${VIRTUAL_WAN_SOURCE.hubPrefix})`, `use a /${VIRTUAL_WAN.hubPrefixMaxLength} that no VNet or other network uses`);
    }
    const spaces = parseAll(props.connectedAddressSpaces ?? [], 'connectedAddressSpaces');
    spaces.forEach((s, i) => {
      if (s.overlaps(prefix)) fail(`connectedAddressSpaces[${i}]`, s.toString(), `it overlaps the hub's own prefix ${prefix} (a VNet connected to a virtual hub cannot overlap the hub's address prefix; ${VIRTUAL_WAN_SOURCE.hubPrefix})`, 'move the hub prefix or the VNet to disjoint ranges');
    });
    for (const [k, v] of [['expressRouteScaleUnits', props.expressRouteScaleUnits], ['vpnScaleUnits', props.vpnScaleUnits]] as const) {
      if (v === undefined) continue;
      const max = k === 'vpnScaleUnits' ? VIRTUAL_WAN.vpnMaxScaleUnits : VIRTUAL_WAN.expressRouteMaxScaleUnits;
      if (!Number.isInteger(v) || v < 1 || v > max) fail(k, v, `a virtual hub's ${k === 'vpnScaleUnits' ? 'VPN' : 'ExpressRoute'} gateway has 1 to ${max} scale units (${VIRTUAL_WAN_SOURCE.scaleUnits})`, `use a whole number from 1 to ${max}`);
    }
    const learned = props.existingVpnGateway?.routesLearned;
    if (learned !== undefined && (!Number.isInteger(learned) || learned < 0)) fail('existingVpnGateway.routesLearned', learned, 'a number of routes is a whole number, 0 or more', 'count the routes the hub learns today from its branches (effective routes of the hub)');
    (props.existingVpnGateway?.peerAsnsInUse ?? []).forEach((asn, i) => Asn.validate(asn, Cloud.AZURE, AsnRole.PEER, `existingVpnGateway.peerAsnsInUse[${i}]`));
    if (props.existingVpnGateway) readAttributes(props.existingVpnGateway.id, 'existingVpnGateway.id', 'vpnGateways', 'a Virtual WAN VPN gateway', 'az network vpn-gateway show --query id');
    // no data source reads a Virtual WAN ExpressRoute gateway at azurerm v4.55.0: its id's form is all that is checked
    if (props.existingExpressRouteGatewayId !== undefined) readAttributes(props.existingExpressRouteGatewayId, 'existingExpressRouteGatewayId', 'expressRouteGateways', 'a Virtual WAN ExpressRoute gateway', 'az network express-route gateway show --query id');
    if (props.existingExpressRouteGatewayId !== undefined && props.expressRouteScaleUnits !== undefined) {
      fail('expressRouteScaleUnits', props.expressRouteScaleUnits, 'the hub uses its existing ExpressRoute gateway (existingExpressRouteGatewayId), which it does not resize', 'leave expressRouteScaleUnits out');
    }
    if (props.existingVpnGateway && props.vpnScaleUnits !== undefined) {
      fail('vpnScaleUnits', props.vpnScaleUnits, 'the hub uses its existing VPN gateway (existingVpnGateway), whose scale units are declared there', 'leave vpnScaleUnits out and declare existingVpnGateway.scaleUnits');
    }
  }

  /**
   * The existing Virtual WAN, read at plan (`data.azurerm_virtual_wan`, child `VirtualWan/State`): its
   * `allow_branch_to_branch_traffic` must be the declared `branchToBranchTraffic` (the routing model passes routes
   * between branches by it). azurerm v4.55.0 internal/services/network/virtual_wan_data_source.go:30-70.
   */
  private readExistingWan(): DataAzurermVirtualWan {
    const { DataAzurermVirtualWan } = providerModule(this, 'azurerm/data-azurerm-virtual-wan');
    const ref = readAttributes(this.virtualWanId, 'virtualWanId', 'virtualWans', 'a Virtual WAN', 'az network vwan show --query id');
    return new DataAzurermVirtualWan(new Construct(this, 'VirtualWan'), 'State', {
      name: ref.name,
      resourceGroupName: ref.resourceGroupName,
      provider: this.provider,
      lifecycle: {
        postcondition: [{
          condition: `\${self.allow_branch_to_branch_traffic == ${this.branchToBranchTraffic}}`,
          errorMessage: `The Virtual WAN has allow_branch_to_branch_traffic \${self.allow_branch_to_branch_traffic}, but the hub declares \`branchToBranchTraffic\` = ${this.branchToBranchTraffic}: correct it (the routing model passes routes between branches by it).`,
        }],
      },
    });
  }

  /** The existing virtual hub, read at plan: its prefix and router ASN checked against the declaration. */
  private readExistingHub(hubId: string): DataAzurermVirtualHub {
    const { DataAzurermVirtualHub } = providerModule(this, 'azurerm/data-azurerm-virtual-hub');
    const ref = readAttributes(hubId, 'existingVirtualHubId', 'virtualHubs', 'a virtual hub', 'az network vhub show --query id');
    return new DataAzurermVirtualHub(new Construct(this, 'VirtualHub'), 'State', {
      name: ref.name,
      resourceGroupName: ref.resourceGroupName,
      provider: this.provider,
      lifecycle: {
        postcondition: [
          {
            condition: `\${self.address_prefix == "${this.props.hubAddressPrefix}"}`,
            errorMessage: `The existing virtual hub has address prefix \${self.address_prefix}, but the hub declares \`hubAddressPrefix\` = ${this.props.hubAddressPrefix}: correct \`hubAddressPrefix\` to what the hub runs.`,
          },
          {
            condition: `\${self.virtual_router_asn == ${WellKnownAsn.AZURE_VPN_GATEWAY_DEFAULT}}`,
            errorMessage: `The existing virtual hub's router has ASN \${self.virtual_router_asn}; the library plans a virtual hub at AS${WellKnownAsn.AZURE_VPN_GATEWAY_DEFAULT} (${VIRTUAL_WAN_SOURCE.asn}).`,
          },
        ],
      },
    });
  }

  /** What the hub advertises: its prefix and the connected VNets' spaces known at synth. */
  public get advertisedPrefixes(): string[] {
    return known(this.addressSpace);
  }

  /** The ExpressRoute gateway the hub created, once a pattern asked for it. @default - none (or the existing gateway) */
  public get createdExpressRouteGateway(): ExpressRouteGateway | undefined {
    return this.erGateway;
  }

  /** The id of the hub's ExpressRoute gateway: the existing one, or the one the hub creates on first use. */
  public expressRouteGatewayId(options: ExpressRouteGatewayOptions = {}): string {
    guardArgs('AzureVirtualWanHub.expressRouteGatewayId', [options], this);
    this._erProfile(options.sku);
    if (this.props.existingExpressRouteGatewayId !== undefined) return this.props.existingExpressRouteGatewayId;
    if (!this.erGateway) {
      const { ExpressRouteGateway } = providerModule(this, 'azurerm/express-route-gateway');
      this.erGateway = new ExpressRouteGateway(this, 'ExpressRouteGateway', {
        name: `${this.namePrefix}-ergw`,
        resourceGroupName: this.resourceGroupName,
        location: this.location,
        virtualHubId: this.virtualHubId,
        scaleUnits: this.props.expressRouteScaleUnits ?? 1,
        tags: this.tags,
        provider: this.provider,
      });
    }
    return this.erGateway.id;
  }

  /** @internal */
  public _erProfile(asked?: string): ExpressRouteGatewayProfile {
    checked(this, () => {
      if (asked !== undefined) {
        fail('gatewaySku', asked, `a Virtual WAN hub's ExpressRoute gateway has scale units, not a SKU (${VIRTUAL_WAN_SOURCE.scaleUnits})`, 'leave gatewaySku out and set expressRouteScaleUnits on the AzureVirtualWanHub');
      }
    });
    const units = this.props.expressRouteScaleUnits ?? 1;
    return {
      name: `Virtual WAN ExpressRoute gateway (${this.props.existingExpressRouteGatewayId !== undefined ? 'existing' : `${units} scale unit${units === 1 ? '' : 's'}`})`,
      throughputMbps: this.props.existingExpressRouteGatewayId !== undefined ? undefined : units * VIRTUAL_WAN.expressRouteScaleUnitMbps,
      maxCircuits: VIRTUAL_WAN.maxCircuitsPerHub,
      fastPath: false,
      property: 'expressRouteScaleUnits',
    };
  }

  /** @internal */
  public _addCircuit(peeringLocation: string | undefined, who: string, asked?: string): void {
    const max = this._erProfile(asked).maxCircuits!;
    if (peeringLocation !== undefined) {
      const list = this.circuitsByLocation.get(peeringLocation) ?? [];
      if (!list.includes(who)) list.push(who);
      this.circuitsByLocation.set(peeringLocation, list);
      if (list.length > VIRTUAL_WAN.maxCircuitsPerLocation) {
        fail('peeringLocation', peeringLocation, `a virtual hub connects at most ${VIRTUAL_WAN.maxCircuitsPerLocation} ExpressRoute circuits from one peering location (${VIRTUAL_WAN_SOURCE.limits}); this hub would have ${list.length}: ${list.join(', ')}`, 'use a circuit at another peering location, or connect it to another virtual hub');
      }
    }
    if (!this.circuits.includes(who)) this.circuits.push(who);
    if (this.circuits.length > max) {
      fail('azure', this.node.path, `a virtual hub connects at most ${max} ExpressRoute circuits (${VIRTUAL_WAN_SOURCE.limits}); this hub would have ${this.circuits.length}: ${this.circuits.join(', ')}`, 'connect the other circuits to another virtual hub');
    }
  }

  /**
   * The circuit's connection to the hub's ExpressRoute gateway (`azurerm_express_route_connection`): it names the
   * circuit's Azure private peering, `<circuit id>/peerings/AzurePrivatePeering` (the peering's resource id; the
   * provider parses it as an ExpressRoute circuit peering id, azurerm v4.55.0
   * internal/services/network/express_route_connection_resource.go).
   *
   * @internal
   */
  public _connectCircuit(scope: Construct, id: string, spec: CircuitConnectionSpec): ExpressRouteConnection {
    const { ExpressRouteConnection } = providerModule(this, 'azurerm/express-route-connection');
    return new ExpressRouteConnection(scope, id, {
      name: spec.name,
      expressRouteGatewayId: this.expressRouteGatewayId(),
      expressRouteCircuitPeeringId: `${spec.circuitId}/peerings/AzurePrivatePeering`,
      routingWeight: spec.routingWeight,
      provider: this.provider,
    });
  }

  /** @internal */
  public _vpnAsn(asked?: number): number {
    checked(this, () => {
      if (asked !== undefined && asked !== WellKnownAsn.AZURE_VPN_GATEWAY_DEFAULT) {
        fail('azureAsn', asked, `a Virtual WAN hub's VPN gateway runs BGP as AS${WellKnownAsn.AZURE_VPN_GATEWAY_DEFAULT}, which cannot be changed (${VIRTUAL_WAN_SOURCE.asn})`, 'leave azureAsn out');
      }
    });
    return WellKnownAsn.AZURE_VPN_GATEWAY_DEFAULT;
  }

  /**
   * The hub's site-to-site VPN gateway (`azurerm_vpn_gateway`), created on first use, or the existing one. A Virtual
   * WAN VPN gateway has scale units, not a SKU: `sku` and `generation` must be left out and `asn` is 65515.
   */
  public vpnGateway(options: VpnGatewayOptions = {}): AzureVpnGateway {
    guardArgs('AzureVirtualWanHub.vpnGateway', [options], this);
    checked(this, () => {
      if (options.sku !== undefined) fail('vpnGatewaySku', options.sku, `a Virtual WAN hub's VPN gateway has scale units, not a SKU (${VIRTUAL_WAN_SOURCE.scaleUnits})`, 'leave vpnGatewaySku out and set vpnScaleUnits on the AzureVirtualWanHub');
      if (options.generation !== undefined) fail('vpnGatewayGeneration', options.generation, 'a Virtual WAN hub\'s VPN gateway has no generation', 'leave vpnGatewayGeneration out');
    });
    const asn = this._vpnAsn(options.asn);
    if (!this.vpnGw) {
      this.vpnGw = new AzureVpnGateway(this, 'VpnGateway', { asn });
    }
    return this.vpnGw;
  }

  /** @internal */
  public _virtualHubVpn(): VirtualHubVpnSpec {
    return {
      virtualHubId: this.virtualHubId,
      scaleUnits: this.props.existingVpnGateway?.scaleUnits ?? this.props.vpnScaleUnits ?? 1,
      existing: this.props.existingVpnGateway,
      virtualWanId: this.virtualWanId,
    };
  }

  /** @internal */
  public _hubRouter(): HubRouterSpec {
    return {
      node: `${this.node.path}/router`,
      label: 'Azure Virtual WAN hub router',
      asn: WellKnownAsn.AZURE_VPN_GATEWAY_DEFAULT,
      vpnReceiveLimitType: SessionType.AZURE_VIRTUAL_HUB,
      expressRouteReceiveLimitType: SessionType.AZURE_VIRTUAL_HUB,
      branchToBranch: this.branchToBranchTraffic,
      originates: this.advertisedPrefixes,
    };
  }
}
