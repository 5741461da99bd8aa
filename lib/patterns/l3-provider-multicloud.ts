import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { StackArtifacts } from '../core/artifacts';
import { claimVlan } from '../core/claims';
import { AppContext, checked, isUnresolved, known } from '../core/context';
import { AwsHub } from '../hubs/aws-hub';
import { AzureHubBase } from '../hubs/azure-hub-base';
import { GcpHub } from '../hubs/gcp-hub';
import { IHub } from '../hubs/hub';
import { OciHub } from '../hubs/oci-hub';
import { AwsHostedVirtualInterfaceAccepterLink } from '../links/aws-direct-connect';
import { DeployStage } from '../links/deploy-stage';
import { ExpressRouteLink, ExpressRouteOptions } from '../links/expressroute';
import { GcpInterconnectLink, GcpInterconnectType } from '../links/gcp-interconnect';
import { OciFastConnectLink, OciProviderServiceType } from '../links/oci-fastconnect';
import { WellKnownAsn } from '../plan/addressing/asn';
import { Cloud } from '../plan/facts/clouds';
import { EdgeKind } from '../plan/facts/edges';
import { cloudKey, L3CloudSpec, L3PropagationPlan, L3RoutePropagation, VrfMode } from '../plan/routing/l3-propagation';
import { LinkKind } from '../plan/routing/model';
import { ConnectivityReport } from '../report/connectivity-report';
import { renderL3Handoff } from './l3/handoff';
import { validateL3 } from './l3/validate';
import { nameSlug } from '../plan/documents/text';
import { guardArgs } from '../core/guard-props';
import { skipCreationStacks } from '../core/creation-stacks';

/** Props of an `L3ProviderMultiCloud`. */
export interface L3ProviderMultiCloudProps extends ExpressRouteOptions {
  /** The Azure hub: the ExpressRoute circuit connects to its ExpressRoute gateway. */
  readonly azure: AzureHubBase;
  /** The AWS hub, reached over a hosted virtual interface the provider creates. @default - no AWS */
  readonly aws?: AwsHub;
  /** The Google Cloud hub, reached over Partner Interconnect through the provider. @default - no Google Cloud */
  readonly gcp?: GcpHub;
  /** The OCI hub, reached over FastConnect through the provider's Layer 3 service. @default - no OCI */
  readonly oci?: OciHub;

  /** How the provider lands the clouds: one VRF per cloud, or one shared VRF. */
  readonly vrfMode: VrfMode;
  /**
   * True when the customer's sites run BGP with the provider (a customer router originates the on-premises
   * prefixes and, with `VrfMode.PER_CLOUD`, re-advertises each cloud's routes into the other clouds' VRFs); false
   * when the provider routes to the sites statically and injects the on-premises prefixes itself.
   */
  readonly customerBgp: boolean;
  /**
   * The on-premises prefixes every cloud receives (originated by the customer router, or injected by the provider).
   * Accepts a Terraform token.
   * @default - none
   */
  readonly onPremisesPrefixes?: string[];

  // ---- the provider
  /** The provider as ExpressRoute names it (the circuit's `service_provider_name`), e.g. `AT&T` or `Verizon`. */
  readonly serviceProviderName: string;
  /** The ExpressRoute peering location, e.g. `Washington DC`. */
  readonly peeringLocation: string;
  /** The circuit's bandwidth, Mbit/s (50 to 10,000). */
  readonly bandwidthMbps: number;
  /**
   * Accept a provider name that the known lists (`ProviderCatalog`, snapshots of Microsoft's and Oracle's pages)
   * do not hold for the peering location or region, e.g. a provider that joined since the snapshot.
   * @default false
   */
  readonly allowUnlistedProvider?: boolean;
  /** The provider's name in the handoff document and the report. @default - `serviceProviderName` */
  readonly providerName?: string;
  /**
   * The provider's ASN (the peer ASN of every cloud's edge). Checked against every cloud's reserved ASNs and
   * cloud-side ASNs, and written into the AS paths of the plan and the report.
   * Accepts a Terraform token.
   * @default - not known: left out of the AS paths
   */
  readonly providerAsn?: number;
  /**
   * With `customerBgp`: the customer router's ASN (its session with the provider). Checked like `providerAsn`, and
   * against it.
   * @default - not known: left out of the AS paths
   */
  readonly customerAsn?: number;
  /**
   * With `customerBgp`: the VLAN of the customer router's attachment to each VRF, keyed by VRF: `shared` with
   * `VrfMode.SHARED`; `azure`, `aws`, `gcp`, `oci` with `VrfMode.PER_CLOUD` (plan only: written into the handoff).
   * @default - not in the handoff
   */
  readonly customerVlans?: { [vrf: string]: number };

  /**
   * The apply this synthesis is for. Apply 1 (`HANDOFF`) creates the circuit, the Direct Connect gateway, the
   * Google Partner attachments (inactive) and the OCI virtual circuit, and outputs the service key, pairing keys and
   * OCID for the provider. Apply 2 (`CONNECT`), once the provider reports the circuit provisioned with private
   * peering and has created the hosted virtual interface, connects the circuit to the hub's gateway (a precondition
   * fails `plan` until then), accepts the virtual interface and activates the Google attachments.
   * @default DeployStage.HANDOFF
   */
  readonly deployStage?: DeployStage;

  // ---- Azure
  /** The VLAN the provider should configure Azure private peering on (plan only: written into the handoff). @default - the provider chooses */
  readonly azureVlan?: number;

  // ---- AWS: a hosted virtual interface, accepted onto a Direct Connect gateway
  /**
   * The hosted virtual interface the provider created in the hub's account (`dxvif-...`). Required with `aws` in
   * apply 2 (`DeployStage.CONNECT`); the provider creates it after apply 1.
   * Accepts a Terraform token.
   * @default - none
   */
  readonly awsVirtualInterfaceId?: string;
  /** The AWS account the provider must create the hosted virtual interface in (plan only: written into the handoff). Accepts a Terraform token. @default - not in the handoff */
  readonly awsAccountId?: string;
  /** The Direct Connect gateway's Amazon-side ASN (distinct from the hub's gateway ASN). @default 64513 */
  readonly awsDirectConnectGatewayAsn?: number;
  /** The provider's name for the AWS side, if another company provides it. @default - `providerName` */
  readonly awsProviderName?: string;

  // ---- Google Cloud: Partner Interconnect through a Layer 3 partner
  /** An existing Cloud Router (ASN 16550) to use instead of the hub's. @default - the hub's Partner Interconnect router */
  readonly gcpRouterName?: string;
  /** The ASN of `gcpRouterName`: must be 16550. @default 16550 */
  readonly gcpRouterAsn?: number;
  /** The attachments' MTU (1440, 1460, 1500 or 8896). @default 1500 */
  readonly gcpMtu?: number;
  /** The prefixes a Cloud Router accepts per BGP peer (a figure marked "verify"). @default 5000 */
  readonly gcpMaxPrefix?: number;
  /** The partner's name for the Google side, if another company provides it. @default - `providerName` */
  readonly gcpProviderName?: string;

  // ---- OCI: FastConnect through the provider's Layer 3 service
  /** The FastConnect partner as OCI lists it (`provider_name`), looked up with type LAYER3. Required with `oci`. @default - none */
  readonly ociProviderServiceName?: string;
  /** The FastConnect bandwidth shape. @default '1 Gbps' */
  readonly ociBandwidthShapeName?: string;
  /** The provider's service key for the virtual circuit, if the provider issued one. @default - none */
  readonly ociProviderServiceKeyName?: string;
  /** The prefixes OCI accepts on the session (not published, set it to budget OCI). @default - no budget for OCI */
  readonly ociMaxPrefix?: number;
}

/** The edge kind of each cloud's end of a provider session (lib/plan/facts/edges.ts). */
const CLOUD_EDGE: { [cloud: string]: EdgeKind } = {
  [Cloud.AZURE]: EdgeKind.AZURE_EXPRESSROUTE, [Cloud.AWS]: EdgeKind.AWS_DIRECT_CONNECT_GATEWAY, [Cloud.GCP]: EdgeKind.GCP_CLOUD_ROUTER, [Cloud.OCI]: EdgeKind.OCI_DRG,
};

/**
 * ExpressRoute through a Layer 3 (IP VPN / MPLS) provider, with AWS, Google Cloud and OCI attached to the same
 * provider network: the provider runs BGP with Microsoft and with every cloud.
 *
 * The construct provisions every cloud's side of the provider-managed connection: the ExpressRoute circuit with
 * the provider's name and **no** private peering (the provider configures it), the hub's ExpressRoute gateway and
 * the connection; the acceptance of the provider's hosted virtual interface onto a Direct Connect gateway; two
 * Partner Interconnect attachments on the 16550 Cloud Router (the partner runs BGP); a FastConnect virtual circuit
 * through the provider's Layer 3 service (no customer ASN, no BGP addresses).
 *
 * It also computes the route propagation of the chosen VRF design (`propagation`: per cloud, what it receives,
 * from whom, and its prefix budget; over the limit fails, from 80 % warns) and writes a provider handoff document
 * next to the stack's `cdk.tf.json` (`handoffFileName`): per cloud, the prefixes to advertise, the maximum, the
 * ASNs and the keys to hand over.
 *
 * Children: `Azure` (circuit, connection, service-key output), `Aws`, `Gcp`, `Oci`.
 */
export class L3ProviderMultiCloud extends Construct {
  /** The Azure side: circuit, gateway and connection. Construct id `Azure`. */
  public readonly expressRoute: ExpressRouteLink;
  /** The output carrying the circuit's service key (sensitive): give it to the provider. */
  public readonly serviceKeyOutput: TerraformOutput;
  /** The AWS side (construct id `Aws`). */
  public readonly awsLink?: AwsHostedVirtualInterfaceAccepterLink;
  /** The Google Cloud side (construct id `Gcp`). */
  public readonly gcpLink?: GcpInterconnectLink;
  /** The OCI side (construct id `Oci`). */
  public readonly ociLink?: OciFastConnectLink;
  /** The output carrying the OCID of the OCI virtual circuit: give it to the provider. */
  public readonly ociVirtualCircuitIdOutput?: TerraformOutput;
  /** The route propagation of the VRF design: per cloud, what it receives, from whom, and its budget. */
  public readonly propagation: L3PropagationPlan;
  /** The handoff file's name, relative to the stack's output directory (next to `cdk.tf.json`). */
  public readonly handoffFileName: string;
  /** The VRF design. */
  public readonly vrfMode: VrfMode;
  /** The apply this synthesis is for. */
  public readonly deployStage: DeployStage;
  /** True when the customer's sites run BGP with the provider. */
  public readonly customerBgp: boolean;
  /** The provider's display name. */
  public readonly providerName: string;

  private readonly props: L3ProviderMultiCloudProps;
  private readonly circuitName: string;

  constructor(scope: Construct, id: string, props: L3ProviderMultiCloudProps) {
    guardArgs('L3ProviderMultiCloud', [scope, id, props]);
    super(scope, id);
    const endSkip = skipCreationStacks();
    try {
      this.props = props;
      this.vrfMode = props.vrfMode;
      this.customerBgp = props.customerBgp;
      this.providerName = props.providerName ?? props.serviceProviderName;
      this.deployStage = props.deployStage ?? DeployStage.HANDOFF;
      const connect = this.deployStage === DeployStage.CONNECT;
      const { azure, aws, gcp, oci } = props;
      this.circuitName = props.circuitName ?? `${azure.namePrefix}-${nameSlug(id, 'a-z0-9_.-', 48)}-er`;

      // ---- What spans clouds; each link checks its own side.
      checked(this, () => validateL3(props, this.providerName, this.deployStage));

      // ---- Azure: the circuit with the provider's name, the hub's gateway and the connection; no private peering.
      this.expressRoute = this.azureSide(connect);
      this.serviceKeyOutput = this.handOverServiceKey();
      if (props.azureVlan !== undefined) claimVlan(this, { domain: this.azureVlanDomain, vlan: props.azureVlan, owner: `${this.node.path}/azure-private-peering`, property: 'azureVlan' });

      // ---- AWS: accept the provider's hosted VIF onto a Direct Connect gateway associated with the hub.
      if (aws) {
        this.awsLink = new AwsHostedVirtualInterfaceAccepterLink(this, 'Aws', {
          hub: aws,
          virtualInterfaceId: connect ? props.awsVirtualInterfaceId : undefined,
          directConnectGatewayAsn: props.awsDirectConnectGatewayAsn,
          name: nameSlug(`${aws.namePrefix}-${id}`, 'a-z0-9-', 90),
          propertyPrefix: 'aws',
        });
      }
      // ---- Google: Partner attachments on the 16550 router; the Layer 3 partner runs the BGP sessions.
      if (gcp) {
        this.gcpLink = new GcpInterconnectLink(this, 'Gcp', {
          hub: gcp,
          type: GcpInterconnectType.PARTNER,
          customerAsn: props.providerAsn,
          routerName: props.gcpRouterName,
          routerAsn: props.gcpRouterAsn,
          mtu: props.gcpMtu,
          peerRouterLabel: `${props.gcpProviderName ?? this.providerName}'s edge`,
          activate: connect,
          namePrefix: `${gcp.namePrefix}-${id}`,
          propertyPrefix: 'gcp',
        });
      }
      // ---- OCI: a virtual circuit through the provider's Layer 3 service (no customer ASN, no BGP addresses).
      if (oci) {
        this.ociLink = new OciFastConnectLink(this, 'Oci', {
          hub: oci,
          providerServiceName: props.ociProviderServiceName!,
          providerServiceType: OciProviderServiceType.LAYER3,
          bandwidthShapeName: props.ociBandwidthShapeName,
          providerServiceKeyName: props.ociProviderServiceKeyName,
          displayName: `${oci.displayNamePrefix}-${id}-fastconnect`.toLowerCase(),
          propertyPrefix: 'oci',
        });
        this.ociVirtualCircuitIdOutput = new TerraformOutput(this.ociLink, 'VirtualCircuitId', {
          value: this.ociLink.virtualCircuit.id,
          description: `OCID of the FastConnect virtual circuit of ${this.node.path}: give it to ${props.ociProviderServiceName} to complete the circuit`,
        });
      }

      // ---- The route propagation of the VRF design (for the handoff document and the VCN's routes). The budgets are
      // checked once the app is complete, from the route propagation over the model (the whole-app check
      // `prefix-budget`), so they are the report's figures.
      this.propagation = checked(this, () => L3RoutePropagation.plan(this.propagationInput()));
      // The VCN reaches what OCI receives through the DRG.
      const ociRoutes = this.propagation.clouds.find((c) => c.cloud === Cloud.OCI);
      if (oci && ociRoutes) oci.routeToDrg(ociRoutes.receives.map((r) => r.prefix));

      // ---- The provider handoff, written at synth next to cdk.tf.json; the connectivity model.
      this.handoffFileName = `provider-handoff-${StackArtifacts.relativeName(this)}.md`;
      StackArtifacts.of(this)._add(this.handoffFileName, () => this.handoff);
      this.record();
    } finally {
      endSkip();
    }
  }

  /**
   * The provider handoff document (Markdown, what the synth writes to `handoffFileName`): the VRF design and what the
   * provider must configure, then per cloud the keys to hand over, the ASNs, the prefixes to advertise to the cloud
   * and the maximum it accepts, and the route propagation table.
   */
  public get handoff(): string {
    const props = this.props;
    return renderL3Handoff({
      path: this.node.path,
      providerName: this.providerName,
      providerAsn: props.providerAsn,
      customerAsn: props.customerAsn,
      customerVlans: props.customerVlans,
      plan: this.propagation,
      connectStage: this.deployStage === DeployStage.CONNECT,
      azure: {
        circuitName: this.expressRoute.circuitName,
        peeringLocation: props.peeringLocation,
        bandwidthMbps: props.bandwidthMbps,
        skuTier: this.expressRoute.skuTier,
        vlan: props.azureVlan,
        serviceKeyOutput: this.serviceKeyOutput.friendlyUniqueId,
      },
      aws: props.aws && {
        transit: props.aws.usesTransitGateway,
        providerName: props.awsProviderName ?? this.providerName,
        accountId: props.awsAccountId,
        virtualInterfaceId: props.awsVirtualInterfaceId,
      },
      gcp: this.gcpLink && {
        providerName: props.gcpProviderName ?? this.providerName,
        pairingKeyOutputs: this.gcpLink.pairingKeyOutputs.map((o) => o.friendlyUniqueId),
        addressOutputs: this.gcpLink.addressOutputs.map((o) => o.friendlyUniqueId),
        region: props.gcp!.region,
        routerName: props.gcpRouterName,
      },
      oci: this.ociLink && {
        providerServiceName: props.ociProviderServiceName,
        bandwidthShapeName: this.ociLink.bandwidthShapeName,
        virtualCircuitIdOutput: this.ociVirtualCircuitIdOutput?.friendlyUniqueId,
        providerServiceKeyName: props.ociProviderServiceKeyName,
      },
    });
  }

  private get azureVlanDomain(): string {
    return this.expressRoute.vlanDomain;
  }

  /** The circuit, the hub's gateway and (apply 2) the connection, which waits for the provider's work. */
  private azureSide(connect: boolean): ExpressRouteLink {
    const props = this.props;
    return new ExpressRouteLink(this, 'Azure', {
      hub: props.azure,
      skuTier: props.skuTier,
      skuFamily: props.skuFamily,
      gatewaySku: props.gatewaySku,
      fastPath: props.fastPath,
      preventDestroy: props.preventDestroy,
      routingWeight: props.routingWeight,
      tags: props.tags,
      existingCircuitId: props.existingCircuitId,
      // an existing circuit keeps its name
      circuitName: props.existingCircuitId === undefined ? this.circuitName : props.circuitName,
      serviceProviderName: props.serviceProviderName,
      peeringLocation: props.peeringLocation,
      bandwidthMbps: props.bandwidthMbps,
      allowUnlistedPeeringLocation: props.allowUnlistedPeeringLocation,
      connect,
    });
  }

  /** The service-key output; in apply 2 the connection needs the circuit provisioned and private peering configured. */
  private handOverServiceKey(): TerraformOutput {
    const output = new TerraformOutput(this.expressRoute, 'ServiceKey', {
      value: this.expressRoute.serviceKey,
      sensitive: true,
      description: `Service key of the ExpressRoute circuit of ${this.node.path}: give it to ${this.providerName}, who configures Azure private peering`,
    });
    if (this.expressRoute.connection) {
      this.expressRoute.requireProvisioned([this.expressRoute.connection], this.providerName,
        `give ${this.providerName} the service key (terraform output -raw ${output.friendlyUniqueId}) and ask it to configure Azure private peering`, true);
    }
    return output;
  }

  private propagationInput() {
    const props = this.props;
    const num = (v?: number) => (v === undefined || isUnresolved(v) ? undefined : v);
    // what the model records of each cloud's edge and sessions besides the routing (L3RoutePropagation.sessions)
    const model = (cloud: Cloud, hub: IHub, managedBy: string) => ({ hub: hub.node.path, edgeKind: CLOUD_EDGE[cloud], prefixesProperty: `${cloudKey(cloud)}.${hub.advertisedProperty}`, managedBy });
    const clouds: L3CloudSpec[] = [{
      cloud: Cloud.AZURE,
      prefixes: known(props.azure.addressSpace),
      edgeAsn: WellKnownAsn.MICROSOFT,
      edgeLabel: 'Microsoft edge (MSEE)',
      sessionType: this.expressRoute.privatePeeringLimit,
      ...model(Cloud.AZURE, props.azure, `${this.providerName} configures Azure private peering and runs BGP with Microsoft (Layer 3 provider)`),
      vlan: num(props.azureVlan),
      vlanDomain: this.azureVlanDomain,
    }];
    if (props.aws && this.awsLink) {
      clouds.push({ cloud: Cloud.AWS, prefixes: known(props.aws.vpcCidrs), edgeAsn: num(this.awsLink.directConnectGatewayAsn), edgeLabel: 'Direct Connect gateway', sessionType: this.awsLink.sessionType, ...model(Cloud.AWS, props.aws, `${props.awsProviderName ?? this.providerName} created the hosted virtual interface and runs its BGP session (Layer 3 provider)`) });
    }
    if (props.gcp && this.gcpLink) {
      clouds.push({ cloud: Cloud.GCP, prefixes: known(props.gcp.subnetCidrs), edgeAsn: num(this.gcpLink.routerAsn), edgeLabel: 'Cloud Router', sessionType: this.gcpLink.sessionType, maxPrefixOverride: num(props.gcpMaxPrefix), ...model(Cloud.GCP, props.gcp, `${props.gcpProviderName ?? this.providerName} activates the Partner attachment and runs BGP with the Cloud Router (Layer 3 partner)`) });
    }
    if (props.oci && this.ociLink) {
      clouds.push({ cloud: Cloud.OCI, prefixes: props.oci.advertisedPrefixes, edgeAsn: WellKnownAsn.ORACLE, edgeLabel: 'Oracle FastConnect edge', sessionType: this.ociLink.sessionType, maxPrefixOverride: num(props.ociMaxPrefix), ...model(Cloud.OCI, props.oci, `${props.ociProviderServiceName} runs BGP with Oracle (FastConnect Layer 3 service)`) });
    }
    const vlans = props.customerVlans;
    const customerVlans = vlans === undefined || isUnresolved(vlans) ? undefined
      : Object.fromEntries(Object.entries(vlans).filter(([, v]) => num(v) !== undefined));
    return {
      name: this.node.path,
      vrfMode: props.vrfMode,
      customerBgp: props.customerBgp,
      clouds,
      onPremisesPrefixes: known(props.onPremisesPrefixes),
      providerAsn: num(props.providerAsn),
      customerAsn: num(props.customerAsn),
      providerName: this.providerName,
      customerVlans,
    };
  }

  /** Record the link and its sessions in the connectivity model. */
  private record(): void {
    const { azure, aws, gcp, oci } = this.props;
    const hubs = [azure, aws, gcp, oci].filter((h): h is NonNullable<typeof h> => h !== undefined);
    // the very sessions the route propagation of `propagation` was computed over (L3RoutePropagation.sessions)
    AppContext.of(this).model._addLink(() => this.expressRoute._modelRecord(this, 'L3ProviderMultiCloud', LinkKind.LAYER3, hubs, this.propagation.sessions, true));
    ConnectivityReport.attach(this);
  }
}
