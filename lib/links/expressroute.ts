import type { ExpressRouteCircuit } from '@cdktf/provider-azurerm/lib/express-route-circuit';
import type { ExpressRouteCircuitPeering } from '@cdktf/provider-azurerm/lib/express-route-circuit-peering';
import type { VirtualNetworkGateway } from '@cdktf/provider-azurerm/lib/virtual-network-gateway';
import type { VirtualNetworkGatewayConnection } from '@cdktf/provider-azurerm/lib/virtual-network-gateway-connection';
import type { ExpressRouteConnection } from '@cdktf/provider-azurerm/lib/express-route-connection';
import type { Password } from '@cdktf/provider-random/lib/password';
import { dependable, ITerraformDependable, Lazy, TerraformOutput, TerraformProvider, TerraformResource, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { claimPeering, claimVlan } from '../core/claims';
import { checked, isUnresolved, known } from '../core/context';
import { AzureHubBase } from '../hubs/azure-hub-base';
import { IHub } from '../hubs/hub';
import { PeeringAllocation, PeeringKind } from '../plan/addressing/peering';
import { fail } from '../plan/errors';
import { requireListed } from '../plan/facts/listed-names';
import { EXPRESSROUTE_PEERING_LOCATIONS } from '../plan/facts/regions';
import { Cloud } from '../plan/facts/clouds';
import { EXPRESSROUTE_BANDWIDTHS_MBPS, EXPRESSROUTE_DIRECT_CIRCUIT_GBPS, EXPRESSROUTE_GATEWAY_SKU_SOURCE, EXPRESSROUTE_GATEWAY_SKUS, EXPRESSROUTE_VNET_ADVERTISED_LIMIT, SessionType } from '../plan/facts/limits';
import { BgpSessionRecord, LinkKind, LinkRecord, LinkRole } from '../plan/routing/model';
import { throughVirtualHub } from './virtual-hub-sessions';
import { readExistingCircuit } from './expressroute-existing';
import type { DataAzurermExpressRouteCircuit } from '@cdktf/provider-azurerm/lib/data-azurerm-express-route-circuit';
import { requireProvisionedCircuit } from './deploy-stage';
import { generateMd5Key, md5KeyOutput, propName } from './link-util';
import { ProviderRules } from '../plan/facts/provider-rules';
import { nameSlug } from '../plan/documents/text';
import { guardArgs } from '../core/guard-props';
import { addWarningOnce } from '../core/warnings';
import { providerModule } from '../core/providers-load';
import { skipCreationStacks } from '../core/creation-stacks';

/** The ExpressRoute circuit SKU tier. */
export enum ExpressRouteTier {
  /** Local: VNets in the peering location's local Azure region only, and UnlimitedData only. */
  LOCAL = 'Local',
  /** Standard: VNets in the same geopolitical region. */
  STANDARD = 'Standard',
  /** Premium: global reach, more routes (10,000) and more VNet links. */
  PREMIUM = 'Premium',
}

/** The ExpressRoute circuit billing family. */
export enum ExpressRouteFamily {
  /** Metered outbound data. */
  METERED_DATA = 'MeteredData',
  /** Unlimited data. */
  UNLIMITED_DATA = 'UnlimitedData',
}

/** Options of the ExpressRoute circuit and its gateway connection that every pattern offers. */
export interface ExpressRouteOptions {
  /** The circuit tier. @default ExpressRouteTier.STANDARD */
  readonly skuTier?: ExpressRouteTier;
  /** The billing family. @default ExpressRouteFamily.METERED_DATA (UNLIMITED_DATA for a LOCAL tier) */
  readonly skuFamily?: ExpressRouteFamily;
  /** The hub's ExpressRoute gateway SKU. @default 'ErGw1AZ' */
  readonly gatewaySku?: string;
  /** Enable FastPath on the connection (needs UltraPerformance or ErGw3AZ). @default false */
  readonly fastPath?: boolean;
  /**
   * Protect the circuit from `terraform destroy` (`prevent_destroy`): a deleted circuit loses its service key and
   * the provider's provisioning. Set to false to allow destroying it.
   * @default true
   */
  readonly preventDestroy?: boolean;
  /** The connection's routing weight. @default 0 */
  readonly routingWeight?: number;
  /** The circuit name. @default - `<hub name prefix>-<pattern id>-er` */
  readonly circuitName?: string;
  /**
   * Brownfield: the id of an ExpressRoute circuit that already exists (ordered, with its service key), to use
   * instead of creating one. The circuit props (tier, family, provider, peering location, bandwidth) then declare
   * what it runs, and the plan reads the circuit (child `ExistingCircuit`) and fails while one differs.
   * Accepts a Terraform token.
   * @default - the pattern creates the circuit
   */
  readonly existingCircuitId?: string;
  /** Tags for the circuit and connection. Accepts a Terraform token. @default - the hub's tags */
  readonly tags?: { [key: string]: string };
  /**
   * Accept a peering location that is not on the library's list of ExpressRoute peering locations (one newer than
   * the list's snapshot), or, for the Oracle interconnect, not known to pair with the OCI region (Oracle adds pairs
   * over time). The check then only happens at apply. @default false
   */
  readonly allowUnlistedPeeringLocation?: boolean;
}

/** Options of `ExpressRouteLink.addPrivatePeering`: Azure private peering configured by the customer (Layer 2). */
export interface ExpressRoutePrivatePeeringOptions {
  /** The customer router's ASN (`peer_asn`). Accepts a Terraform token. */
  readonly peerAsn: number;
  /** The VLAN of private peering. */
  readonly vlan: number;
  /**
   * Where the VLAN must be unique: the circuit, or the port pair of an ExpressRoute Direct port with Dot1Q.
   * @default - the circuit
   */
  readonly vlanDomain?: string;
  /**
   * The primary and secondary /30: the customer router takes the first usable address of each, Microsoft the second.
   * @default - allocated from `peeringRange`
   */
  readonly peeringCidrs?: string[];
  /** The private range the /30s are drawn from when `peeringCidrs` is absent. @default - none: `peeringCidrs` is required */
  readonly peeringRange?: string[];
  /** Network ranges the /30s must not overlap. @default - none */
  readonly peeringAvoidRanges?: string[];
  /**
   * The /30s' allocation keys are `<peeringKeyPrefix>-primary` and `<peeringKeyPrefix>-secondary` (they decide the
   * allocated subnets): the VLAN's owner is `<peeringKeyPrefix>-private-peering`.
   * @default - `<construct path>/private-peering`
   */
  readonly peeringKeyPrefix?: string;
  /** The MD5 key (`shared_key`): a token of a sensitive variable or a generated password. Accepts a Terraform token. @default - generated when `generateMd5Key` is true, else none */
  readonly md5Key?: string;
  /** Generate the MD5 key with `random_password` when `md5Key` is absent. @default false */
  readonly generateMd5Key?: boolean;
  /**
   * Declare the peering (and make the connection wait for it). False in the first apply through a provider, before
   * the circuit is provisioned: the /30s, the VLAN and the key are still claimed.
   * @default true
   */
  readonly create?: boolean;
  /** Who the key output's description names. @default - the path of the construct the link belongs to */
  readonly ownerPath?: string;
  /** The prefix of the property names in error messages, e.g. `azure` gives `azurePeeringCidrs`. @default - none */
  readonly propertyPrefix?: string;
}

/** What `ExpressRouteLink.addPrivatePeering` created and claimed. */
export interface ExpressRoutePrivatePeering {
  /** The peering (child `PrivatePeering`), unless `create` was false. */
  readonly resource?: ExpressRouteCircuitPeering;
  /** The primary and secondary /30. */
  readonly peeringSubnets: PeeringAllocation[];
  /** The generated MD5 key (child `Md5Key`), if one was generated. */
  readonly generatedMd5Key?: Password;
  /** The sensitive output carrying the MD5 key (child `Md5KeyOutput`), if the peering has a key. */
  readonly md5KeyOutput?: TerraformOutput;
}

/** Props of an `ExpressRouteLink`. */
export interface ExpressRouteLinkProps extends ExpressRouteOptions {
  /** The hub whose ExpressRoute gateway the circuit connects to: a hub VNet (`AzureHub`) or a Virtual WAN hub. */
  readonly hub: AzureHubBase;
  /** The connectivity provider, e.g. `Equinix` or `Oracle Cloud FastConnect`. Not for ExpressRoute Direct. */
  readonly serviceProviderName?: string;
  /** The peering location, e.g. `Washington DC`. Not for ExpressRoute Direct. */
  readonly peeringLocation?: string;
  /** The circuit bandwidth through a provider, Mbit/s. */
  readonly bandwidthMbps?: number;
  /** ExpressRoute Direct: the port's id. Accepts a Terraform token. */
  readonly expressRoutePortId?: string;
  /** ExpressRoute Direct: the port's bandwidth (10 or 100 Gbit/s), to check `bandwidthGbps` against. */
  readonly portBandwidthGbps?: number;
  /** ExpressRoute Direct: the circuit bandwidth, Gbit/s. */
  readonly bandwidthGbps?: number;
  /** The prefix of the property names in error messages, e.g. `azure` gives `azureBandwidthMbps`. @default - none */
  readonly propertyPrefix?: string;
  /**
   * Where the `Connection` goes, when it must live in another stack than the circuit (see
   * `ExpressRouteToOracle` split across stacks). @default - this construct
   */
  readonly connectionScope?: Construct;
  /**
   * Connect the circuit to the hub's ExpressRoute gateway. False in the first apply of a circuit through a provider
   * (`DeployStage.HANDOFF`): the connection needs the provider to have provisioned the circuit.
   * @default true
   */
  readonly connect?: boolean;
}

/**
 * The Azure side of a private link: an ExpressRoute circuit (through a provider or on ExpressRoute Direct), the
 * hub's ExpressRoute gateway and the connection between them. A building block the patterns compose; the
 * children are `Circuit` and `Connection`.
 */
export class ExpressRouteLink extends Construct {
  /** The circuit, when the link creates it. @default - absent with `existingCircuitId` */
  public readonly circuit?: ExpressRouteCircuit;
  /** The existing circuit as read at plan, with the declared facts as postconditions. @default - absent for a created circuit */
  public readonly existingCircuit?: DataAzurermExpressRouteCircuit;
  /** The circuit's id (the created one's, or the existing one's). */
  public readonly circuitId: string;
  /** The circuit's service key, for the connectivity provider or OCI. */
  public readonly serviceKey: string;
  /** The domain a VLAN is unique in on this circuit (the created circuit's path, or the existing circuit's id). */
  public readonly vlanDomain: string;
  /** The hub's ExpressRoute gateway (shared), when the hub creates it. @default - absent when the hub uses the VNet's existing gateway */
  public readonly gateway?: VirtualNetworkGateway;
  /** The id of the hub's ExpressRoute gateway (shared): the created one's, or the existing one's. */
  public readonly gatewayId: string;
  /** The connection between a hub VNet's gateway and the circuit (absent when `connect` is false, or on a Virtual WAN hub). */
  public readonly connection?: VirtualNetworkGatewayConnection;
  /** The connection between a Virtual WAN hub's ExpressRoute gateway and the circuit's private peering (absent when `connect` is false, or on a hub VNet). */
  public readonly virtualHubConnection?: ExpressRouteConnection;
  /** The circuit bandwidth in Mbit/s, when known at synth. */
  public readonly bandwidthMbps?: number;
  /** The tier. */
  public readonly skuTier: ExpressRouteTier;
  /** The circuit's name. */
  public readonly circuitName: string;
  /** The limit type for routes Microsoft accepts on this circuit's private peering. */
  public readonly privatePeeringLimit: SessionType;

  private readonly provider?: TerraformProvider;
  private readonly hub: AzureHubBase;
  private readonly gatewaySku?: string;
  private readonly resourceGroupName: string;

  constructor(scope: Construct, id: string, props: ExpressRouteLinkProps) {
    guardArgs('ExpressRouteLink', [scope, id, props]);
    super(scope, id);
    const endSkip = skipCreationStacks();
    try {
      const hub = props.hub;
      const p = (name: string) => propName(props.propertyPrefix, name);
      const tier = props.skuTier ?? ExpressRouteTier.STANDARD;
      const family = props.skuFamily ?? (tier === ExpressRouteTier.LOCAL ? ExpressRouteFamily.UNLIMITED_DATA : ExpressRouteFamily.METERED_DATA);
      const direct = props.expressRoutePortId !== undefined;
      this.skuTier = tier;
      this.privatePeeringLimit = tier === ExpressRouteTier.PREMIUM ? SessionType.EXPRESSROUTE_PRIVATE_PREMIUM : SessionType.EXPRESSROUTE_PRIVATE;

      checked(this, () => {
        if (tier === ExpressRouteTier.LOCAL && family === ExpressRouteFamily.METERED_DATA) {
          fail(p('skuFamily'), family, 'ExpressRoute Local circuits are UnlimitedData only (learn.microsoft.com/azure/expressroute/expressroute-faqs, "ExpressRoute Local")', 'use ExpressRouteFamily.UNLIMITED_DATA, or the STANDARD tier for metered billing');
        }
        if (direct) {
          if (props.serviceProviderName !== undefined || props.bandwidthMbps !== undefined) {
            fail(p('serviceProviderName'), props.serviceProviderName ?? props.bandwidthMbps, 'an ExpressRoute Direct circuit is on your own port: it has no service provider, peering location or Mbit/s bandwidth', 'give either the port and bandwidthGbps, or serviceProviderName, peeringLocation and bandwidthMbps');
          }
          if (props.bandwidthGbps === undefined) fail(p('bandwidthGbps'), undefined, 'an ExpressRoute Direct circuit needs its bandwidth in Gbit/s', 'set bandwidthGbps');
          if (!isUnresolved(props.bandwidthGbps) && props.portBandwidthGbps !== undefined && !isUnresolved(props.portBandwidthGbps)) {
            const allowed = EXPRESSROUTE_DIRECT_CIRCUIT_GBPS[props.portBandwidthGbps];
            if (!allowed) fail(p('portBandwidthGbps'), props.portBandwidthGbps, 'ExpressRoute Direct ports are 10 or 100 Gbit/s', 'use 10 or 100');
            if (!allowed.includes(props.bandwidthGbps)) {
              fail(p('bandwidthGbps'), props.bandwidthGbps, `a ${props.portBandwidthGbps} Gbit/s ExpressRoute Direct port carries circuits of ${allowed.join(', ')} Gbit/s (learn.microsoft.com/azure/expressroute/expressroute-erdirect-about)`, `use one of ${allowed.join(', ')}`);
            }
          }
        } else {
          if (!props.serviceProviderName) fail(p('serviceProviderName'), props.serviceProviderName, 'a provider circuit needs its connectivity provider', 'set serviceProviderName (or use ExpressRoute Direct with expressRoutePortId)');
          if (!props.peeringLocation) fail(p('peeringLocation'), props.peeringLocation, 'a provider circuit needs its peering location', 'set peeringLocation, e.g. "Washington DC"');
          if (!isUnresolved(props.peeringLocation) && !props.allowUnlistedPeeringLocation) {
            requireListed(props.peeringLocation, EXPRESSROUTE_PEERING_LOCATIONS, p('peeringLocation'), 'an ExpressRoute peering location', 'allowUnlistedPeeringLocation');
          }
          if (props.bandwidthMbps === undefined) fail(p('bandwidthMbps'), undefined, 'a provider circuit needs its bandwidth', `set bandwidthMbps to one of ${EXPRESSROUTE_BANDWIDTHS_MBPS.join(', ')}`);
          if (!isUnresolved(props.bandwidthMbps) && !EXPRESSROUTE_BANDWIDTHS_MBPS.includes(props.bandwidthMbps)) {
            fail(p('bandwidthMbps'), props.bandwidthMbps, `ExpressRoute provider circuits come in ${EXPRESSROUTE_BANDWIDTHS_MBPS.join(', ')} Mbit/s`, 'use one of those');
          }
          if (tier === ExpressRouteTier.LOCAL && !isUnresolved(props.bandwidthMbps) && props.bandwidthMbps < 1000) {
            fail(p('bandwidthMbps'), props.bandwidthMbps, 'ExpressRoute Local starts at 1 Gbit/s', 'use 1000 Mbit/s or more, or the STANDARD tier');
          }
        }
        if (props.routingWeight !== undefined) {
          if (!Number.isInteger(props.routingWeight)) fail(p('routingWeight'), props.routingWeight, 'the connection\'s routing weight is a whole number (azurerm routing_weight is an integer)', 'use a whole number from 0 to 32000');
          ProviderRules.enforce('azurerm_virtual_network_gateway_connection', 'routing_weight', props.routingWeight, p('routingWeight'), 'use a whole number from 0 to 32000 (the higher weight is preferred)');
        }
        if (props.circuitName !== undefined && props.existingCircuitId !== undefined) {
          fail(p('circuitName'), props.circuitName, 'an existing circuit keeps its name (existingCircuitId names it)', 'leave circuitName out');
        }
        if (props.circuitName !== undefined) ProviderRules.enforce('azurerm_express_route_circuit', 'name', props.circuitName, p('circuitName'), 'choose a name Azure accepts');
        const gw = hub._erProfile(props.gatewaySku);
        if (props.fastPath && !gw.fastPath) {
          fail(p('fastPath'), true, `FastPath needs an UltraPerformance or ErGw3AZ gateway in a hub VNet; the ${gw.name} lacks it (learn.microsoft.com/azure/expressroute/about-fastpath)`, gw.sku ? 'set gatewaySku to ErGw3AZ, or turn FastPath off' : 'turn FastPath off');
        }
      });

      this.bandwidthMbps = direct
        ? (props.bandwidthGbps !== undefined && !isUnresolved(props.bandwidthGbps) ? props.bandwidthGbps * 1000 : undefined)
        : (props.bandwidthMbps !== undefined && !isUnresolved(props.bandwidthMbps) ? props.bandwidthMbps : undefined);

      const tags = props.tags ?? hub.tags;
      this.provider = hub.provider;
      this.hub = hub;
      this.gatewaySku = props.gatewaySku;
      if (props.existingCircuitId !== undefined) {
        const existing = checked(this, () => readExistingCircuit(this, 'ExistingCircuit', {
          circuitId: props.existingCircuitId!, tier, family, property: p, provider: hub.provider,
          serviceProviderName: direct ? undefined : props.serviceProviderName,
          peeringLocation: direct ? undefined : props.peeringLocation,
          bandwidthMbps: direct ? undefined : props.bandwidthMbps,
        }));
        this.existingCircuit = existing.state;
        this.resourceGroupName = existing.resourceGroupName;
        this.circuitName = existing.name;
        this.circuitId = props.existingCircuitId;
        this.serviceKey = existing.state.serviceKey;
        // an id known at synth identifies the circuit across patterns; a token only within this link
        this.vlanDomain = `azure-er-circuit:${isUnresolved(props.existingCircuitId) ? existing.state.node.path : props.existingCircuitId}`;
      } else {
        this.resourceGroupName = hub.resourceGroupName;
        this.circuitName = props.circuitName ?? `${hub.namePrefix}-${nameSlug(scope.node.id, 'a-z0-9_.-', 48)}-er`;
        this.circuit = this.createCircuit(props, tier, family, direct, tags);
        this.circuitId = this.circuit.id;
        this.serviceKey = this.circuit.serviceKey;
        this.vlanDomain = `azure-er-circuit:${this.circuit.node.path}`;
      }
      this.afterCircuit(props, direct, p);
      // the existing gateway's id, or the gateway the hub creates on first use
      this.gatewayId = hub.expressRouteGatewayId({ sku: props.gatewaySku });
      this.gateway = hub._createdErGateway();
      const connection = this.connect(props, tags);
      if (hub._hubRouter()) this.virtualHubConnection = connection as ExpressRouteConnection | undefined;
      else this.connection = connection as VirtualNetworkGatewayConnection | undefined;
    } finally {
      endSkip();
    }
  }

  private createCircuit(props: ExpressRouteLinkProps, tier: ExpressRouteTier, family: ExpressRouteFamily, direct: boolean, tags?: { [key: string]: string }): ExpressRouteCircuit {
    const hub = props.hub;
    const { ExpressRouteCircuit } = providerModule(this, 'azurerm/express-route-circuit');
    return new ExpressRouteCircuit(this, 'Circuit', {
      name: this.circuitName,
      resourceGroupName: hub.resourceGroupName,
      location: hub.location,
      sku: { tier, family },
      serviceProviderName: direct ? undefined : props.serviceProviderName,
      peeringLocation: direct ? undefined : props.peeringLocation,
      bandwidthInMbps: direct ? undefined : props.bandwidthMbps,
      expressRoutePortId: props.expressRoutePortId,
      bandwidthInGbps: direct ? props.bandwidthGbps : undefined,
      lifecycle: { preventDestroy: props.preventDestroy ?? true },
      tags,
      provider: hub.provider,
    });
  }

  /** The checks that need the circuit's bandwidth and the hub's gateway: circuit limits, throughput, advertised routes. */
  private afterCircuit(props: ExpressRouteLinkProps, direct: boolean, p: (name: string) => string): void {
    const hub = props.hub;
    checked(this, () => {
      const location = !direct && props.peeringLocation && !isUnresolved(props.peeringLocation) ? props.peeringLocation : undefined;
      hub._addCircuit(location, this.node.path, props.gatewaySku);
      // a circuit faster than the gateway: traffic to and from the VNet is capped at the gateway's throughput
      const gw = hub._erProfile(props.gatewaySku);
      const gatewayMbps = gw.throughputMbps;
      if (this.bandwidthMbps !== undefined && gatewayMbps !== undefined && this.bandwidthMbps > gatewayMbps) {
        const name = direct ? p('bandwidthGbps') : p('bandwidthMbps');
        const faster = Object.values(EXPRESSROUTE_GATEWAY_SKUS).filter((s) => s.zoneRedundant && s.throughputMbps >= this.bandwidthMbps!).map((s) => s.name);
        const fix = gw.sku === undefined ? `set ${gw.property} on the hub to at least ${Math.ceil(this.bandwidthMbps / 2000)}`
          : faster.length > 0 ? `set ${p('gatewaySku')} to ${faster.join(' or ')} (on every pattern attached to this hub)` : 'use a faster gateway';
        addWarningOnce(this, `\`${name}\` = ${direct ? props.bandwidthGbps : props.bandwidthMbps}: the circuit carries ${this.bandwidthMbps} Mbit/s but the ${gw.sku !== undefined ? `${gw.sku} ExpressRoute gateway` : gw.name} forwards at most ${gatewayMbps} Mbit/s to and from ${gw.sku !== undefined ? 'the VNet' : 'Azure'} (${gw.sku === undefined ? 'limits.ts VIRTUAL_WAN' : `limits.ts EXPRESSROUTE_GATEWAY_SKUS, ${EXPRESSROUTE_GATEWAY_SKU_SOURCE}`}). Fix: ${fix}, or order a circuit no faster than the gateway.`);
      }
      // Azure advertises at most 1,000 VNet routes to an ExpressRoute circuit; above that routes go missing.
      const advertised = known(hub.addressSpace).length;
      const limit = EXPRESSROUTE_VNET_ADVERTISED_LIMIT.value!;
      if (advertised > limit) {
        fail(p('addressSpace'), `${advertised} prefixes`, `an ExpressRoute gateway advertises at most ${limit} VNet routes (${EXPRESSROUTE_VNET_ADVERTISED_LIMIT.source})`, 'summarise the VNet address space');
      }
    });
  }

  /** The circuit's connection to the hub's gateway (absent when `connect` is false). */
  private connect(props: ExpressRouteLinkProps, tags?: { [key: string]: string }): TerraformResource | undefined {
    if (props.connect === false) return undefined;
    return props.hub._connectCircuit(props.connectionScope ?? this, 'Connection', {
      name: `${this.circuit?.name ?? this.circuitName}-connection`,
      circuitId: this.circuitId,
      routingWeight: props.routingWeight ?? 0,
      fastPath: props.fastPath,
      tags,
    });
  }

  /**
   * Azure private peering on this circuit, configured by the customer (Layer 2): claims the primary and secondary
   * /30 (explicit, or from `peeringRange`) and the VLAN, generates the MD5 key if asked, and declares
   * `azurerm_express_route_circuit_peering` (child `PrivatePeering`) with the connection waiting for it.
   *
   * @param options the peer ASN, the VLAN, the /30s or the range to draw them from, the key
   */
  public addPrivatePeering(options: ExpressRoutePrivatePeeringOptions): ExpressRoutePrivatePeering {
    guardArgs('ExpressRouteLink.addPrivatePeering', [options], this);
    const p = (name: string) => propName(options.propertyPrefix, name);
    const keyPrefix = options.peeringKeyPrefix ?? `${this.node.path}/private-peering`;
    const peeringSubnets = ['primary', 'secondary'].map((which, i) => claimPeering(this, {
      key: `${keyPrefix}-${which}`,
      explicit: options.peeringCidrs?.[i],
      kinds: [PeeringKind.EXPRESSROUTE],
      property: `${p('peeringCidrs')}[${i}]`,
      block: options.peeringRange,
      requireBlock: true,
      avoid: options.peeringAvoidRanges,
      what: `the ${which} private peering session of ${this.node.path}`,
    }));
    claimVlan(this, { domain: options.vlanDomain ?? this.vlanDomain, vlan: options.vlan, owner: `${keyPrefix}-private-peering`, property: p('vlan') });
    const generatedMd5Key = options.md5Key === undefined && options.generateMd5Key ? generateMd5Key(this) : undefined;
    const key = options.md5Key ?? generatedMd5Key?.result;
    const [primary, secondary] = peeringSubnets;
    let resource: ExpressRouteCircuitPeering | undefined;
    const { ExpressRouteCircuitPeering } = providerModule(this, 'azurerm/express-route-circuit-peering');
    if (options.create ?? true) {
      resource = new ExpressRouteCircuitPeering(this, 'PrivatePeering', {
        peeringType: 'AzurePrivatePeering',
        expressRouteCircuitName: this.circuit?.name ?? this.circuitName,
        resourceGroupName: this.resourceGroupName,
        peerAsn: options.peerAsn,
        primaryPeerAddressPrefix: Lazy.stringValue({ produce: () => primary.text }),
        secondaryPeerAddressPrefix: Lazy.stringValue({ produce: () => secondary.text }),
        vlanId: options.vlan,
        sharedKey: key,
        ipv4Enabled: true,
        provider: this.provider,
      });
      this.connectAfter([resource]);
    }
    const owner = options.ownerPath ?? this.node.scope?.node.path ?? this.node.path;
    const output = key === undefined ? undefined : md5KeyOutput(this, key, `BGP MD5 key of Azure private peering of ${owner}`);
    return { resource, peeringSubnets, generatedMd5Key, md5KeyOutput: output };
  }

  /**
   * Check, before `resources` are created, that the provider has provisioned the circuit (and, with
   * `requirePrivatePeering`, configured its private peering): a data source reads the circuit's live state (child
   * `CircuitState`, next to the first resource) and each resource gets a `lifecycle.precondition` on it. In a plan where the circuit exists, a
   * circuit the provider has not finished fails the plan with a message saying what is missing.
   *
   * @param resources the resources that need the provisioned circuit (private peering, connection)
   * @param providerName who provisions the circuit, for the message
   * @param todo what the user does until then, for the message
   * @param requirePrivatePeering also require Azure private peering (configured by a Layer 3 provider or OCI)
   * @param readAfter read the circuit only after these are created (e.g. the OCI virtual circuit)
   */
  public requireProvisioned(resources: TerraformResource[], providerName: string, todo: string, requirePrivatePeering?: boolean, readAfter?: ITerraformDependable[]): void {
    guardArgs('ExpressRouteLink.requireProvisioned', [resources, providerName, todo, requirePrivatePeering, readAfter], this);
    // Next to the first resource: with the connection in another stack (`connectionScope`), the data source is there too.
    const scope = (resources[0]?.node.scope as Construct | undefined) ?? this;
    const sameStack = TerraformStack.of(scope) === TerraformStack.of(this);
    requireProvisionedCircuit(scope, 'CircuitState', resources, {
      circuitName: this.circuitName,
      circuitNameRef: sameStack ? (this.circuit?.name ?? this.existingCircuit?.name) : undefined,
      resourceGroupName: this.resourceGroupName,
      providerName,
      todo,
      requirePrivatePeering,
      readAfter,
      provider: this.provider,
    });
  }

  /**
   * The connectivity-model record of a pattern whose sessions meet Azure through this circuit: the pattern's
   * identity, clouds, hubs and sessions with the circuit's and the hub gateway's figures (the SKU read when the model
   * is, so a SKU another pattern set on the shared gateway counts). Call it inside the `_addLink` thunk.
   *
   * @internal
   */
  public _modelRecord(pattern: Construct, patternName: string, kind: LinkKind, hubs: IHub[], sessions: BgpSessionRecord[], customer: boolean, id?: string): LinkRecord {
    const gw = this.hub._erProfile(this.gatewaySku);
    return throughVirtualHub(this.hub, {
      id: id ?? pattern.node.path,
      stack: TerraformStack.of(pattern).node.id,
      pattern: patternName,
      construct: id ?? pattern.node.path,
      kind,
      role: LinkRole.PRIMARY,
      clouds: [...hubs.map((h) => h.cloud), ...(customer ? [Cloud.CUSTOMER] : [])],
      hubs: hubs.map((h) => h.node.path),
      circuitMbps: this.bandwidthMbps,
      // with a customer router, the ExpressRoute circuit carries only traffic to and from Azure
      circuitClouds: customer ? [Cloud.AZURE] : undefined,
      gatewayMbps: gw.throughputMbps,
      gatewayName: gw.sku !== undefined ? `ExpressRoute gateway ${gw.sku}` : gw.name,
      sessions,
    });
  }

  /** Make the connection wait for `resources` (e.g. the peering, or the OCI virtual circuit that provisions it). */
  public connectAfter(resources: ITerraformDependable[]): void {
    guardArgs('ExpressRouteLink.connectAfter', [resources], this);
    const connection: TerraformResource | undefined = this.connection ?? this.virtualHubConnection;
    if (!connection) return;
    // `depends_on` holds bare references (`oci_core_virtual_circuit.x`): cdktf's `dependable` writes them without
    // `\${}`, which Terraform refuses there ("A single static variable reference is required").
    const deps = connection.dependsOn ?? [];
    connection.dependsOn = [...deps, ...resources.map((r) => dependable(r))];
  }
}
