import { Lazy, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { claimPeering } from '../core/claims';
import { AppContext, checked, isUnresolved, known } from '../core/context';
import { AzureHubBase } from '../hubs/azure-hub-base';
import { VIRTUAL_WAN_SOURCE } from '../plan/facts/virtual-wan';
import { OciHub } from '../hubs/oci-hub';
import { ExpressRouteLink, ExpressRouteOptions } from '../links/expressroute';
import { hubEnd, sessionRecord } from '../links/sessions';
import { WellKnownAsn } from '../plan/addressing/asn';
import { findOverlap, parseAll } from '../plan/addressing/cidr';
import { EdgeKind } from '../plan/facts/edges';
import { fail } from '../plan/errors';
import { SessionType } from '../plan/facts/limits';
import { LinkKind } from '../plan/routing/model';
import { OracleInterconnect } from '../plan/facts/oracle-interconnect';
import { PeeringAllocation, PeeringKind } from '../plan/addressing/peering';
import { CoreVirtualCircuit } from '../providers/oci/core-virtual-circuit';
import { DataOciCoreFastConnectProviderServices } from '../providers/oci/data-oci-core-fast-connect-provider-services';
import { ConnectivityReport } from '../report/connectivity-report';
import { guardArgs, propsOf } from '../core/guard-props';
import { skipCreationStacks } from '../core/creation-stacks';

/** The Azure-side provider name of the Oracle Interconnect (configure-azure-oci-networking.md). */
export const ORACLE_EXPRESSROUTE_PROVIDER = 'Oracle Cloud FastConnect';
/** The OCI-side provider name to look up, exactly (matching "Azure" alone never creates the link: https://github.com/oci-landing-zones/oracle-enterprise-landingzone/issues/117). */
export const AZURE_FASTCONNECT_PROVIDER = 'Microsoft Azure';
/** Where the BGP /30s come from when neither `bgpPeeringCidrs` nor `peeringRange` is given. */
export const DEFAULT_INTERCONNECT_PEERING_RANGE = '192.168.255.0/24';

/** Props of an `ExpressRouteToOracle`. */
export interface ExpressRouteToOracleProps extends ExpressRouteOptions {
  /**
   * The Azure hub VNet (its ExpressRoute gateway is created on first use). Not an `AzureVirtualWanHub`: neither
   * Microsoft nor Oracle documents Oracle Interconnect for Azure with Virtual WAN (Microsoft calls the interconnect's
   * circuit "a regular ExpressRoute circuit", learn.microsoft.com/azure/virtual-machines/workloads/oracle/configure-azure-oci-networking,
   * and Virtual WAN connects Local, Standard and Premium circuits, learn.microsoft.com/azure/virtual-wan/virtual-wan-expressroute-about,
   * but no page states the combination): a Virtual WAN hub is refused, naming that source.
   */
  readonly azure: AzureHubBase;
  /** The OCI hub (its DRG terminates the FastConnect virtual circuit). */
  readonly oci: OciHub;
  /** The ExpressRoute peering location, e.g. `Washington DC`; must pair with the OCI hub's region. */
  readonly peeringLocation: string;
  /** The bandwidth of both the circuit and the FastConnect: 1000, 2000, 5000 or 10000 Mbit/s. */
  readonly bandwidthMbps: number;
  /**
   * The two BGP /30s (primary, secondary): Oracle takes the first usable address of each, Azure the second.
   * @default - allocated from `peeringRange`
   */
  readonly bgpPeeringCidrs?: string[];
  /**
   * The private range the /30s are allocated from when `bgpPeeringCidrs` is absent. Must not overlap the VNet or
   * VCN.
   * @default ['192.168.255.0/24']
   */
  readonly peeringRange?: string[];
  /** Enable BFD on the FastConnect virtual circuit. @default false */
  readonly bfd?: boolean;
  /** Emit the circuit's service key as a (sensitive) Terraform output. @default false */
  readonly outputServiceKey?: boolean;
}

/**
 * Azure ExpressRoute straight to OCI FastConnect (the Oracle Interconnect for Azure): two clouds back to back, no
 * customer router.
 *
 * Creates the ExpressRoute circuit with provider "Oracle Cloud FastConnect", the Azure hub's ExpressRoute gateway
 * and a connection, and on OCI a private virtual circuit through the "Microsoft Azure" provider service whose
 * `provider_service_key_name` is the circuit's service key, on the OCI hub's DRG. Azure private peering is
 * provisioned by OCI from the FastConnect side, so no `azurerm_express_route_circuit_peering` is declared. The
 * connection depends on the virtual circuit, so that Terraform creates circuit → virtual circuit → connection and
 * destroys them in the reverse, safe order.
 */
export class ExpressRouteToOracle extends Construct {
  /** The Azure side: circuit, gateway and connection (construct id `Azure`). */
  public readonly expressRoute: ExpressRouteLink;
  /** The OCI provider-service lookup. */
  public readonly providerServices: DataOciCoreFastConnectProviderServices;
  /** The FastConnect virtual circuit. */
  public readonly virtualCircuit: CoreVirtualCircuit;
  /** The primary and secondary BGP peering subnets. */
  public readonly peeringSubnets: PeeringAllocation[];
  /** The FastConnect bandwidth shape, e.g. `1 Gbps`. */
  public readonly bandwidthShape: string;

  constructor(scope: Construct, id: string, props: ExpressRouteToOracleProps) {
    guardArgs('ExpressRouteToOracle', [scope, id, props]);
    super(scope, id);
    const endSkip = skipCreationStacks();
    try {
      const { azure, oci } = props;
      checked(this, () => {
        if (azure._hubRouter()) fail('azure', azure.node.path, `an Oracle interconnect on an Azure Virtual WAN hub: ${VIRTUAL_WAN_SOURCE.oracle}`, 'use a hub VNet (AzureHub) for the interconnect; the Virtual WAN hub can reach OCI over S2SVpnBackup');
      });
      this.bandwidthShape = checked(this, () => {
        if (isUnresolved(props.bandwidthMbps)) return Lazy.stringValue({ produce: () => `${props.bandwidthMbps / 1000} Gbps` });
        return OracleInterconnect.bandwidthShape(props.bandwidthMbps);
      });
      checked(this, () => validateCrossCloud(props));

      // BGP /30s: explicit ones validated and reserved, or allocated from the peering range, avoiding both networks.
      this.peeringSubnets = ['primary', 'secondary'].map((name, i) => claimPeering(this, {
        key: `${this.node.path}/${name}`,
        explicit: props.bgpPeeringCidrs?.[i],
        kinds: [PeeringKind.EXPRESSROUTE, PeeringKind.OCI_FASTCONNECT],
        property: `bgpPeeringCidrs[${i}]`,
        block: props.peeringRange ?? [DEFAULT_INTERCONNECT_PEERING_RANGE],
        blockProperty: 'peeringRange',
        avoid: [...known(azure.addressSpace), ...known(oci.vcnCidrs)],
        avoidRule: 'ExpressRoute peering subnets must not overlap any VNet (expressroute-routing.md)',
        avoidFix: 'use a /30 outside the VNet and VCN ranges',
        what: `the ${name} ExpressRoute-FastConnect session`,
      }));

      const place = this.placement(props, id);
      this.expressRoute = new ExpressRouteLink(place.azureScope, 'Azure', {
        ...propsOf('ExpressRouteOptions', props),
        hub: azure,
        serviceProviderName: ORACLE_EXPRESSROUTE_PROVIDER,
        peeringLocation: props.peeringLocation,
        bandwidthMbps: props.bandwidthMbps,
        connectionScope: place.split ? new Construct(this, 'Azure') : undefined,
      });
      [this.providerServices, this.virtualCircuit] = this.ociSide(new Construct(place.ociParent, 'Oci'), id, props);

      // Created after the virtual circuit, destroyed before it: the connection fails while the circuit is not
      // provisioned, and deleting the circuit first fails with "ConflictError ... not in Deprovisioned state".
      // (Split across stacks, the stack order does this: this stack depends on the OCI stack.)
      if (place.split) TerraformStack.of(this).addDependency(TerraformStack.of(oci));
      else this.expressRoute.connectAfter([this.virtualCircuit]);
      // The OCI provider's create returns once the virtual circuit is PENDING_PROVIDER or PROVISIONED
      // (terraform-provider-oci core_virtual_circuit_resource.go, CreatedTarget), and Azure shows the private peering
      // Oracle configures a little later (docs.oracle.com/iaas/Content/Network/Concepts/azure.htm, task 4): read the
      // circuit after the virtual circuit and connect only a provisioned circuit with its private peering.
      this.expressRoute.requireProvisioned([this.expressRoute.connection!], 'Oracle',
        'the FastConnect virtual circuit provisions it and configures its private peering within minutes', true, place.split ? undefined : [this.virtualCircuit]);

      // Routing: OCI subnets on the hub's route table reach every VNet prefix through the DRG.
      oci.routeToDrg(known(azure.addressSpace));
      if (props.outputServiceKey) {
        new TerraformOutput(this, 'ServiceKey', { value: this.expressRoute.serviceKey, sensitive: true });
      }
      // Budgets (Azure receives OCI's subnets on each session, OCI the VNet prefixes) are checked once the app is
      // complete, from the route propagation over the model (the whole-app check `prefix-budget`).
      this.record(props);
    } finally {
      endSkip();
    }
  }

  /**
   * One stack: everything under this construct (`Azure`, `Oci`). Hubs in other stacks (teams that keep Azure and
   * OCI state apart): each cloud's part lives in its hub's stack, under a construct named after this pattern, and
   * the ExpressRoute connection stays here. The three steps (circuit, then the virtual circuit that needs its
   * service key, then the connection that needs the provisioned circuit) then map to three stacks that cdktf
   * deploys in order, with the service key passed across stacks.
   */
  private placement(props: ExpressRouteToOracleProps, id: string): { split: boolean; azureScope: Construct; ociParent: Construct } {
    const here = TerraformStack.of(this);
    const azureStack = TerraformStack.of(props.azure);
    const ociStack = TerraformStack.of(props.oci);
    const split = azureStack !== here || ociStack !== here;
    checked(this, () => {
      if (split && (azureStack === here || ociStack === here || azureStack === ociStack)) {
        fail('scope', here.node.id, `with the Azure hub in stack "${azureStack.node.id}" and the OCI hub in stack "${ociStack.node.id}", the circuit, the FastConnect virtual circuit and the ExpressRoute connection must come up in that order, which needs three stacks (two would depend on each other)`, 'create ExpressRouteToOracle in a third stack that holds only the connection, or keep both hubs in the pattern\'s stack');
      }
    });
    const azureScope = split ? new Construct(azureStack, id) : this;
    const ociParent = split ? new Construct(ociStack, id) : this;
    return { split, azureScope, ociParent };
  }

  /** The OCI side: the "Microsoft Azure" provider service and a private virtual circuit on the hub's DRG. */
  private ociSide(scope: Construct, id: string, props: ExpressRouteToOracleProps): [DataOciCoreFastConnectProviderServices, CoreVirtualCircuit] {
    const oci = props.oci;
    const providerServices = new DataOciCoreFastConnectProviderServices(scope, 'ProviderServices', {
      compartmentId: oci.compartmentId,
      filter: [{ name: 'provider_name', values: [AZURE_FASTCONNECT_PROVIDER] }],
      provider: oci.provider,
    });
    const virtualCircuit = new CoreVirtualCircuit(scope, 'VirtualCircuit', {
      compartmentId: oci.compartmentId,
      displayName: `${oci.displayNamePrefix}-${id}-fastconnect`.toLowerCase(),
      type: 'PRIVATE',
      bandwidthShapeName: this.bandwidthShape,
      gatewayId: oci.drgId,
      providerServiceId: providerServices.fastConnectProviderServices.get(0).id,
      providerServiceKeyName: this.expressRoute.serviceKey,
      isBfdEnabled: props.bfd ?? false,
      // one token for both mappings (settled at synth): Oracle the first usable address of each /30, Azure the second
      crossConnectMappings: Lazy.anyValue({
        produce: () => this.peeringSubnets.map((s) => ({
          oracle_bgp_peering_ip: s.cidr.withLength(s.first),
          customer_bgp_peering_ip: s.cidr.withLength(s.second),
        })),
      }),
      freeformTags: oci.tags,
      provider: oci.provider,
    });
    return [providerServices, virtualCircuit];
  }

  /** Record the link and its two sessions (Microsoft edge and OCI FastConnect, back to back) in the model. */
  private record(props: ExpressRouteToOracleProps): void {
    const { azure, oci } = props;
    const linkId = this.node.path;
    const limitType = this.expressRoute.privatePeeringLimit;
    AppContext.of(this).model._addLink(() => this.expressRoute._modelRecord(this, 'ExpressRouteToOracle', LinkKind.INTERCONNECT, [azure, oci],
      this.peeringSubnets.map((s, i) => {
        const which = i === 0 ? 'primary' : 'secondary';
        return sessionRecord(linkId, which,
          hubEnd(azure, {
            node: `${this.expressRoute.node.path}/msee-${which}`,
            label: `Microsoft edge (${which})`,
            asn: WellKnownAsn.MICROSOFT,
            address: s.second,
            receiveLimitType: limitType,
            edge: EdgeKind.AZURE_EXPRESSROUTE,
          }),
          hubEnd(oci, {
            node: `${this.virtualCircuit.node.path}/${which}`,
            label: `OCI FastConnect (${which})`,
            asn: WellKnownAsn.ORACLE,
            address: s.first,
            receiveLimitType: SessionType.OCI_FASTCONNECT,
            edge: EdgeKind.OCI_DRG,
          }),
          { subnet: s.text, bfd: props.bfd ?? false, managedBy: 'OCI provisions Azure private peering from the FastConnect' });
      }), false));
    ConnectivityReport.attach(this);
  }
}

/** The checks that span the two clouds: the interconnect pairing, disjoint networks, two /30s. */
function validateCrossCloud(props: ExpressRouteToOracleProps): void {
  const { azure, oci } = props;
  if (!props.allowUnlistedPeeringLocation && !isUnresolved(props.peeringLocation) && oci.region !== undefined && !isUnresolved(oci.region)) {
    OracleInterconnect.validatePair(props.peeringLocation, oci.region);
  }
  if (!isUnresolved(azure.addressSpace) && !isUnresolved(oci.vcnCidrs)) {
    const clash = findOverlap(parseAll(azure.addressSpace, 'azure.addressSpace'), parseAll(oci.vcnCidrs, 'oci.vcnCidrs'));
    if (clash) {
      fail('oci.vcnCidrs', clash[1].toString(), `the VCN range overlaps the VNet range ${clash[0]}; routes between them would be ambiguous and Azure and OCI would each prefer their own`, 'readdress one network so the VNet and VCN ranges are disjoint');
    }
  }
  if (props.bgpPeeringCidrs !== undefined && props.bgpPeeringCidrs.length !== 2) {
    fail('bgpPeeringCidrs', props.bgpPeeringCidrs, 'the interconnect needs exactly two /30s (primary and secondary BGP sessions, both required for the SLA)', 'give two non-overlapping /30s, or leave bgpPeeringCidrs out to allocate them');
  }
}
