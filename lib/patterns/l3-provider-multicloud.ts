import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { StackArtifacts } from '../core/artifacts';
import { claimVlan } from '../core/claims';
import { AppContext, checked, isUnresolved, known, stackName } from '../core/context';
import { AwsHub } from '../hubs/aws-hub';
import { AzureHub } from '../hubs/azure-hub';
import { GcpHub } from '../hubs/gcp-hub';
import { OciHub } from '../hubs/oci-hub';
import { AwsHostedVirtualInterfaceAccepterLink, DEFAULT_DX_GATEWAY_ASN } from '../links/aws-direct-connect';
import { DeployStage } from '../links/deploy-stage';
import { ExpressRouteLink, ExpressRouteOptions } from '../links/expressroute';
import { GCP_EDGE_AVAILABILITY_DOMAINS, GcpInterconnectLink, GcpInterconnectType } from '../links/gcp-interconnect';
import { OciFastConnectLink, OciProviderServiceType } from '../links/oci-fastconnect';
import { Asn, AsnRole, WellKnownAsn } from '../plan/asn';
import { BudgetLevel } from '../plan/budget';
import { Cidr, parseAll } from '../plan/cidr';
import { Cloud } from '../plan/clouds';
import { EdgeKind } from '../plan/edges';
import { fail } from '../plan/errors';
import { cloudKey, L3CloudRoutes, L3CloudSpec, L3PropagationPlan, L3RoutePropagation, VrfMode } from '../plan/l3-propagation';
import { EXPRESSROUTE_GATEWAY_SKUS, SessionType } from '../plan/limits';
import { BgpInitiator, BgpSessionRecord, BgpSpeakerRecord, LinkKind, LinkRole } from '../plan/model';
import { ProviderCatalog } from '../plan/providers';
import { Vlan } from '../plan/vlan';
import { ConnectivityReport } from '../report/connectivity-report';

/** Props of an `L3ProviderMultiCloud`. */
export interface L3ProviderMultiCloudProps extends ExpressRouteOptions {
  /** The Azure hub: the ExpressRoute circuit connects to its ExpressRoute gateway. */
  readonly azure: AzureHub;
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
   * @default - none
   */
  readonly awsVirtualInterfaceId?: string;
  /** The AWS account the provider must create the hosted virtual interface in (plan only: written into the handoff). @default - not in the handoff */
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
  /** The prefixes OCI accepts on the session (not published; set it to budget OCI). @default - no budget for OCI */
  readonly ociMaxPrefix?: number;
}

/** The property blamed for each origin's prefixes. */
/** The edge kind of each cloud's end of a provider session (edges.ts). */
const CLOUD_EDGE: { [cloud: string]: EdgeKind } = {
  [Cloud.AZURE]: EdgeKind.AZURE_EXPRESSROUTE, [Cloud.AWS]: EdgeKind.AWS_DIRECT_CONNECT_GATEWAY, [Cloud.GCP]: EdgeKind.GCP_CLOUD_ROUTER, [Cloud.OCI]: EdgeKind.OCI_DRG,
};

/** The hub property that holds the prefixes each cloud advertises (what a budget error names). */
const CLOUD_PROPERTY: { [cloud: string]: string } = {
  [Cloud.AZURE]: 'azure.addressSpace', [Cloud.AWS]: 'aws.vpcCidrs', [Cloud.GCP]: 'gcp.subnetCidrs', [Cloud.OCI]: 'oci.subnetCidrs',
};

const PROPERTY_OF: { [cloud: string]: string } = {
  [Cloud.AZURE]: 'azure', [Cloud.AWS]: 'aws', [Cloud.GCP]: 'gcp', [Cloud.OCI]: 'oci', [Cloud.CUSTOMER]: 'onPremisesPrefixes',
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
    super(scope, id);
    this.props = props;
    this.vrfMode = props.vrfMode;
    this.customerBgp = props.customerBgp;
    this.providerName = props.providerName ?? props.serviceProviderName;
    this.deployStage = props.deployStage ?? DeployStage.HANDOFF;
    const connect = this.deployStage === DeployStage.CONNECT;
    const { azure, aws, gcp, oci } = props;
    this.circuitName = props.circuitName ?? `${azure.namePrefix}-${id.toLowerCase()}-er`;
    const ctx = AppContext.of(this);

    // ---- Validation of everything that spans clouds
    checked(this, () => {
      if (props.vrfMode !== VrfMode.PER_CLOUD && props.vrfMode !== VrfMode.SHARED) {
        fail('vrfMode', props.vrfMode, 'the provider lands the clouds in one VRF each or in one shared VRF', 'use VrfMode.PER_CLOUD or VrfMode.SHARED');
      }
      if (props.serviceProviderName && props.peeringLocation && !isUnresolved(props.serviceProviderName) && !isUnresolved(props.peeringLocation)) {
        ProviderCatalog.validateExpressRoute(props.serviceProviderName, props.peeringLocation, 'serviceProviderName', props.allowUnlistedProvider);
      }
      if (aws && props.awsVirtualInterfaceId === undefined && this.deployStage === DeployStage.CONNECT) {
        fail('awsVirtualInterfaceId', undefined, 'in apply 2 (DeployStage.CONNECT) the construct accepts the hosted virtual interface the Layer 3 provider created in your AWS account, by id', 'ask the provider for the id of the hosted virtual interface (dxvif-...) and set awsVirtualInterfaceId (a variable is fine)');
      }
      if (oci) {
        if (props.ociProviderServiceName === undefined) {
          fail('ociProviderServiceName', undefined, 'the OCI side is a FastConnect through the provider\'s Layer 3 service, looked up by name', 'set ociProviderServiceName to the provider as OCI lists it');
        }
        if (!isUnresolved(props.ociProviderServiceName) && oci.region !== undefined && !isUnresolved(oci.region)) {
          ProviderCatalog.validateOci(props.ociProviderServiceName, oci.region, 'ociProviderServiceName', props.allowUnlistedProvider);
        }
      }
      const cloudOnly: Array<[string, unknown, boolean]> = [
        ['awsVirtualInterfaceId', props.awsVirtualInterfaceId, aws !== undefined], ['awsAccountId', props.awsAccountId, aws !== undefined],
        ['awsDirectConnectGatewayAsn', props.awsDirectConnectGatewayAsn, aws !== undefined], ['gcpRouterName', props.gcpRouterName, gcp !== undefined],
        ['gcpMaxPrefix', props.gcpMaxPrefix, gcp !== undefined], ['ociProviderServiceName', props.ociProviderServiceName, oci !== undefined],
        ['ociMaxPrefix', props.ociMaxPrefix, oci !== undefined],
      ];
      for (const [name, v, present] of cloudOnly) {
        if (v !== undefined && !present) fail(name, v, `this setting belongs to the ${name.startsWith('aws') ? 'aws' : name.startsWith('gcp') ? 'gcp' : 'oci'} hub, which is not given`, `give the ${name.startsWith('aws') ? 'aws' : name.startsWith('gcp') ? 'gcp' : 'oci'} hub, or leave ${name} out`);
      }
      if (props.awsAccountId !== undefined && !isUnresolved(props.awsAccountId) && !/^\d{12}$/.test(props.awsAccountId)) {
        fail('awsAccountId', props.awsAccountId, 'an AWS account id is 12 digits', 'use the 12-digit id of the account that owns the VPC');
      }
      if (props.onPremisesPrefixes && !isUnresolved(props.onPremisesPrefixes)) parseAll(known(props.onPremisesPrefixes), 'onPremisesPrefixes');
      this.validateRangesDisjoint();
      this.validateAsns();
      this.validateVlans();
      for (const [name, v] of [['gcpMaxPrefix', props.gcpMaxPrefix], ['ociMaxPrefix', props.ociMaxPrefix]] as Array<[string, number | undefined]>) {
        if (v !== undefined && !isUnresolved(v) && (!Number.isInteger(v) || v < 1)) fail(name, v, 'a prefix limit is a whole number of at least 1', 'use e.g. 100');
      }
    });

    // ---- Azure: the circuit with the provider's name, the hub's gateway and the connection; no private peering.
    this.expressRoute = new ExpressRouteLink(this, 'Azure', {
      hub: azure,
      skuTier: props.skuTier,
      skuFamily: props.skuFamily,
      gatewaySku: props.gatewaySku,
      fastPath: props.fastPath,
      preventDestroy: props.preventDestroy,
      routingWeight: props.routingWeight,
      tags: props.tags,
      circuitName: this.circuitName,
      serviceProviderName: props.serviceProviderName,
      peeringLocation: props.peeringLocation,
      bandwidthMbps: props.bandwidthMbps,
      connect,
    });
    this.serviceKeyOutput = new TerraformOutput(this.expressRoute, 'ServiceKey', {
      value: this.expressRoute.circuit.serviceKey,
      sensitive: true,
      description: `Service key of the ExpressRoute circuit of ${this.node.path}: give it to ${this.providerName}, who configures Azure private peering`,
    });
    // Apply 2: the connection needs the circuit provisioned and private peering configured by the provider.
    if (this.expressRoute.connection) {
      this.expressRoute.requireProvisioned([this.expressRoute.connection], this.providerName,
        `give ${this.providerName} the service key (terraform output -raw ${this.serviceKeyOutput.friendlyUniqueId}) and ask it to configure Azure private peering`, true);
    }
    if (props.azureVlan !== undefined) claimVlan(this, { domain: this.azureVlanDomain, vlan: props.azureVlan, owner: `${this.node.path}/azure-private-peering`, property: 'azureVlan' });

    // ---- AWS: accept the provider's hosted VIF onto a Direct Connect gateway associated with the hub.
    if (aws) {
      this.awsLink = new AwsHostedVirtualInterfaceAccepterLink(this, 'Aws', {
        hub: aws,
        virtualInterfaceId: connect ? props.awsVirtualInterfaceId : undefined,
        directConnectGatewayAsn: props.awsDirectConnectGatewayAsn,
        name: `${aws.namePrefix}-${id}`.toLowerCase(),
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

    // ---- The provider handoff, written at synth next to cdk.tf.json.
    const stack = TerraformStack.of(this);
    const relative = this.node.path.split('/').slice(stack.node.path.split('/').length).join('-') || id;
    this.handoffFileName = `provider-handoff-${relative}.md`;
    StackArtifacts.of(this)._add(this.handoffFileName, () => this.handoff);

    // ---- The connectivity model.
    const gwSku = props.gatewaySku ?? azure.expressRouteGatewaySku ?? 'ErGw1AZ';
    ctx.model._addLink(() => ({
      id: this.node.path,
      stack: stackName(this),
      pattern: 'L3ProviderMultiCloud',
      construct: this.node.path,
      kind: LinkKind.LAYER3,
      role: LinkRole.PRIMARY,
      clouds: [Cloud.AZURE, ...(aws ? [Cloud.AWS] : []), ...(gcp ? [Cloud.GCP] : []), ...(oci ? [Cloud.OCI] : []), Cloud.CUSTOMER],
      hubs: [azure, aws, gcp, oci].filter((h) => h !== undefined).map((h) => h!.node.path),
      circuitMbps: this.expressRoute.bandwidthMbps,
      // the ExpressRoute circuit carries only traffic to and from Azure
      circuitClouds: [Cloud.AZURE],
      gatewayMbps: EXPRESSROUTE_GATEWAY_SKUS[gwSku]?.throughputMbps,
      gatewayName: `ExpressRoute gateway ${gwSku}`,
      sessions: this.sessionRecords(),
    }));
    ConnectivityReport.attach(this);
  }

  /**
   * The provider handoff document (Markdown; what the synth writes to `handoffFileName`): the VRF design and what the
   * provider must configure, then per cloud the keys to hand over, the ASNs, the prefixes to advertise to the cloud
   * and the maximum it accepts, and the route propagation table.
   */
  public get handoff(): string {
    const props = this.props;
    const plan = this.propagation;
    const md: string[] = [];
    const code = (s: string) => `\`${s}\``;
    const value = (v: unknown) => (v === undefined ? undefined : isUnresolved(v) ? '(a value known at apply time)' : String(v));
    const asn = (v?: number) => (v === undefined ? 'not given' : isUnresolved(v) ? 'set at apply time' : `AS${v}`);
    const out = (o?: TerraformOutput) => (o ? `${code(`terraform output -raw ${o.friendlyUniqueId}`)}` : '');
    const list = (xs: string[]) => (xs.length === 0 ? 'none' : xs.join(', '));
    const providerAsn = asn(props.providerAsn);
    const shared = plan.vrfMode === VrfMode.SHARED;

    md.push(`# Provider handoff: ${this.node.path}`, '');
    md.push(`Written by cdktf-azure-multicloud (L3ProviderMultiCloud) at synth. Provider: **${this.providerName}** (${providerAsn}), Layer 3 (IP VPN / MPLS).`, '');
    md.push('| Design | |', '|---|---|');
    md.push(`| VRFs | ${shared ? 'one shared VRF for every cloud' : 'one VRF per cloud'}: ${plan.vrfs.map(code).join(', ')} |`);
    md.push(`| Customer BGP | ${plan.customerBgp ? `yes: the customer router (${asn(props.customerAsn)}) runs BGP with ${this.providerName}` : `no: ${this.providerName} routes to the customer's sites statically`} |`);
    md.push(`| On-premises prefixes | ${list(plan.customer.advertises)} (${plan.customerBgp ? 'originated by the customer router' : `injected by ${this.providerName}`}) |`);
    if (props.customerVlans && Object.keys(props.customerVlans).length > 0) {
      md.push(`| Customer router VLANs | ${Object.entries(props.customerVlans).map(([vrf, v]) => `VRF ${code(vrf)}: VLAN ${value(v)}`).join(', ')} |`);
    }
    md.push('');
    md.push(`## What ${this.providerName} configures`, '');
    plan.providerRequirements.forEach((r, i) => md.push(`${i + 1}. ${r.charAt(0).toUpperCase()}${r.slice(1)}.`));
    md.push('');

    md.push('## Per cloud', '');
    for (const c of plan.clouds) {
      const rows: Array<[string, string]> = [];
      if (c.cloud === Cloud.AZURE) {
        md.push('### Azure: ExpressRoute private peering', '');
        rows.push(['Circuit', `${code(value(this.circuitName)!)}, ${this.providerName} at ${props.peeringLocation}, ${value(props.bandwidthMbps)} Mbit/s, ${this.expressRoute.skuTier}`]);
        rows.push(['Hand over', `the circuit's service key: ${out(this.serviceKeyOutput)} (sensitive)`]);
        rows.push(['Session', `Azure private peering on the primary and the secondary link: two /30s of ${this.providerName}'s choice (its router takes the first usable address of each, Microsoft the second), ${props.azureVlan !== undefined ? `VLAN ${value(props.azureVlan)}` : `a VLAN of ${this.providerName}'s choice`}; both sessions are required for the SLA`]);
        rows.push(['Order of work', `the connection of the circuit to the hub's ExpressRoute gateway needs the circuit provisioned and private peering configured (learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-arm): apply 1 (${code('deployStage: DeployStage.HANDOFF')}) creates the circuit; hand over the service key; once ${this.providerName} reports the circuit provisioned and private peering configured, apply 2 (${code('deployStage: DeployStage.CONNECT')}) connects it (its plan fails, naming what is missing, until then). This synthesis is apply ${this.deployStage === DeployStage.CONNECT ? '2' : '1'}`]);
      } else if (c.cloud === Cloud.AWS) {
        const transit = this.props.aws!.usesTransitGateway;
        md.push(`### AWS: hosted ${transit ? 'transit' : 'private'} virtual interface`, '');
        rows.push(['Provider', props.awsProviderName ?? this.providerName]);
        rows.push(['Hand over', `${props.awsAccountId !== undefined ? `the AWS account id ${code(value(props.awsAccountId)!)}` : 'the id of the AWS account that owns the VPC'}: ${props.awsProviderName ?? this.providerName} creates a hosted ${transit ? 'transit' : 'private'} virtual interface there and gives you its id (${code('awsVirtualInterfaceId')}: ${isUnresolved(props.awsVirtualInterfaceId) ? 'a value known at apply time' : code(String(props.awsVirtualInterfaceId))}); the construct accepts it onto the Direct Connect gateway`]);
        rows.push(['Session', `VLAN, BGP /30 (or /31) addresses and MD5 key of ${props.awsProviderName ?? this.providerName}'s choice, set on the hosted virtual interface`]);
      } else if (c.cloud === Cloud.GCP) {
        const link = this.gcpLink!;
        md.push('### Google Cloud: Partner Interconnect', '');
        rows.push(['Provider', props.gcpProviderName ?? this.providerName]);
        rows.push(['Hand over', link.pairingKeyOutputs.map((o, i) => `pairing key of ${GCP_EDGE_AVAILABILITY_DOMAINS[i]}: ${out(o)}`).join('; ') + ' (sensitive)']);
        rows.push(['Session', `Google creates the Cloud Router's BGP peers and assigns the link-local addresses when the partner activates the attachments (${link.addressOutputs.map((o) => code(`terraform output ${o.friendlyUniqueId}`)).join(', ')}); the partner runs the sessions`]);
        rows.push(['Region', `${value(this.props.gcp!.region)}, ${props.gcpRouterName !== undefined ? `Cloud Router ${code(value(props.gcpRouterName)!)}` : 'the hub\'s Partner Interconnect Cloud Router'} (ASN 16550)`]);
      } else if (c.cloud === Cloud.OCI) {
        const link = this.ociLink!;
        md.push('### OCI: FastConnect through the Layer 3 service', '');
        rows.push(['Provider', `${value(props.ociProviderServiceName)} (OCI provider service, type LAYER3), ${link.bandwidthShapeName}`]);
        rows.push(['Hand over', `the virtual circuit's OCID: ${out(this.ociVirtualCircuitIdOutput)}${props.ociProviderServiceKeyName !== undefined ? `; the provider's service key ${code(value(props.ociProviderServiceKeyName)!)} is set on the circuit` : ''}`]);
        rows.push(['Session', `BGP addresses, ASN and MD5 key are ${value(props.ociProviderServiceName)}'s (the provider manages BGP with Oracle)`]);
      }
      rows.push(['ASNs', `${c.edgeLabel} ${asn(c.edgeAsn)} ↔ ${this.providerName} ${providerAsn}`]);
      rows.push(['VRF', code(c.vrf)]);
      rows.push([`${c.cloud} advertises`, list(c.advertises)]);
      rows.push([`Advertise to ${c.cloud}`, `${c.used} prefixes: ${list(c.advertiseToCloud)}`]);
      rows.push(['Maximum', c.maxPrefix !== undefined
        ? `${c.maxPrefix} prefixes per session (${c.sessionType}; ${c.maxPrefixSource}); planned ${c.used} (${c.percent} %, ${c.level})`
        : `no published limit (${c.sessionType}; ${c.maxPrefixSource}); planned ${c.used}`]);
      md.push('| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, '\\|')} |`), '');
    }
    md.push('### On-premises', '');
    md.push('| | |', '|---|---|');
    md.push(`| BGP | ${plan.customerBgp ? `yes, customer router ${asn(props.customerAsn)}` : 'no'} |`);
    md.push(`| Originates | ${list(plan.customer.advertises)} |`);
    md.push(`| Receives | ${plan.customerBgp ? list([...new Set(plan.customer.receives.map((r) => r.prefix))]) : 'no BGP routes'} (${plan.customer.note}) |`, '');

    md.push('## Route propagation', '');
    md.push('What each cloud receives, from whom and with which AS path (nearest AS first; ASNs not given are left out).', '');
    md.push('| Cloud | Prefix | Origin | From | Via | AS path |', '|---|---|---|---|---|---|');
    for (const c of plan.clouds) {
      for (const r of c.receives) {
        md.push(`| ${c.cloud} | ${r.prefix} | ${r.origin === Cloud.CUSTOMER ? 'on-premises' : r.origin} | ${r.from} | ${r.via.join(' → ')} | ${r.asPath.join(' ') || '-'} |`);
      }
      for (const r of c.rejected) md.push(`| ${c.cloud} | ~~${r.prefix}~~ | ${r.origin} | dropped | ${r.reason} | |`);
      if (c.receives.length === 0 && c.rejected.length === 0) md.push(`| ${c.cloud} | (nothing) | | | | |`);
    }
    md.push('');
    md.push('| Cloud | Limit type | Planned | Maximum | Level |', '|---|---|---|---|---|');
    for (const c of plan.clouds) md.push(`| ${c.cloud} | ${c.sessionType} | ${c.used} | ${c.maxPrefix ?? 'not published'} | ${c.level}${c.level === BudgetLevel.OK ? '' : `: ${c.advice}`} |`);
    md.push('');
    return md.join('\n');
  }

  private get azureVlanDomain(): string {
    return `azure-er-circuit:${this.expressRoute.circuit.node.path}`;
  }

  private propagationInput() {
    const props = this.props;
    const num = (v?: number) => (v === undefined || isUnresolved(v) ? undefined : v);
    const clouds: L3CloudSpec[] = [{
      cloud: Cloud.AZURE,
      prefixes: known(props.azure.addressSpace),
      edgeAsn: WellKnownAsn.MICROSOFT,
      edgeLabel: 'Microsoft edge (MSEE)',
      sessionType: this.expressRoute.privatePeeringLimit,
    }];
    if (props.aws && this.awsLink) {
      clouds.push({ cloud: Cloud.AWS, prefixes: known(props.aws.vpcCidrs), edgeAsn: num(this.awsLink.directConnectGatewayAsn), edgeLabel: 'Direct Connect gateway', sessionType: this.awsLink.sessionType });
    }
    if (props.gcp && this.gcpLink) {
      clouds.push({ cloud: Cloud.GCP, prefixes: known(props.gcp.subnetCidrs), edgeAsn: num(this.gcpLink.routerAsn), edgeLabel: 'Cloud Router', sessionType: this.gcpLink.sessionType, maxPrefixOverride: num(props.gcpMaxPrefix) });
    }
    if (props.oci && this.ociLink) {
      clouds.push({ cloud: Cloud.OCI, prefixes: props.oci.advertisedPrefixes, edgeAsn: WellKnownAsn.ORACLE, edgeLabel: 'Oracle FastConnect edge', sessionType: this.ociLink.sessionType, maxPrefixOverride: num(props.ociMaxPrefix) });
    }
    return {
      name: this.node.path,
      vrfMode: props.vrfMode,
      customerBgp: props.customerBgp,
      clouds,
      onPremisesPrefixes: known(props.onPremisesPrefixes),
      providerAsn: num(props.providerAsn),
      customerAsn: num(props.customerAsn),
      providerName: this.providerName,
    };
  }

  /** The model's sessions: every cloud edge with its provider VRF, and the customer router with every VRF. */
  private sessionRecords(): BgpSessionRecord[] {
    const props = this.props;
    const plan = this.propagation;
    const path = this.node.path;
    const num = (v?: number) => (v === undefined || isUnresolved(v) ? undefined : v);
    const shared = plan.vrfMode === VrfMode.SHARED;
    const providerAsn = num(props.providerAsn);
    const onPrem = plan.customer.advertises;
    const vrfSpeaker = (vrf: string): BgpSpeakerRecord => ({
      cloud: Cloud.CUSTOMER,
      node: `${path}/provider-vrf${shared ? '' : `-${vrf}`}`,
      label: shared ? `${this.providerName} shared VRF` : `${this.providerName} VRF ${vrf}`,
      asn: providerAsn,
      // without customer BGP, the provider injects the on-premises prefixes itself
      originates: props.customerBgp ? [] : onPrem,
      receiveLimitType: SessionType.CUSTOMER_ROUTER,
      edge: EdgeKind.L3_PROVIDER_VRF,
      transit: true,
      prefixesProperty: props.customerBgp ? undefined : 'onPremisesPrefixes',
      // a per-cloud VRF takes the other clouds' routes back from the customer router (allowas-in)
      allowAsIn: !shared && props.customerBgp ? true : undefined,
    });
    const hubOf: { [cloud: string]: string | undefined } = {
      [Cloud.AZURE]: props.azure.node.path, [Cloud.AWS]: props.aws?.node.path, [Cloud.GCP]: props.gcp?.node.path, [Cloud.OCI]: props.oci?.node.path,
    };
    const edgeNode: { [cloud: string]: string } = { [Cloud.AZURE]: 'msee', [Cloud.AWS]: 'dx-gateway', [Cloud.GCP]: 'cloud-router', [Cloud.OCI]: 'fastconnect' };
    const limitOverride = (c: L3CloudRoutes) => (c.cloud === Cloud.GCP ? num(props.gcpMaxPrefix) : c.cloud === Cloud.OCI ? num(props.ociMaxPrefix) : undefined);
    const sessions: BgpSessionRecord[] = [];
    for (const c of plan.clouds) {
      const edge: BgpSpeakerRecord = {
        cloud: c.cloud,
        node: `${path}/${edgeNode[c.cloud]}`,
        label: c.edgeLabel,
        asn: c.edgeAsn,
        originates: c.advertises,
        receiveLimitType: c.sessionType,
        receiveLimitOverride: limitOverride(c),
        hub: hubOf[c.cloud],
        edge: CLOUD_EDGE[c.cloud],
        prefixesProperty: CLOUD_PROPERTY[c.cloud],
      };
      const vrf = vrfSpeaker(c.vrf);
      const names = c.cloud === Cloud.AZURE ? ['azure-primary', 'azure-secondary'] : c.cloud === Cloud.GCP ? ['gcp-ad1', 'gcp-ad2'] : [cloudKey(c.cloud)];
      const managedBy = c.cloud === Cloud.AZURE
        ? `${this.providerName} configures Azure private peering and runs BGP with Microsoft (Layer 3 provider)`
        : c.cloud === Cloud.AWS
          ? `${props.awsProviderName ?? this.providerName} created the hosted virtual interface and runs its BGP session (Layer 3 provider)`
          : c.cloud === Cloud.GCP
            ? `${props.gcpProviderName ?? this.providerName} activates the Partner attachment and runs BGP with the Cloud Router (Layer 3 partner)`
            : `${props.ociProviderServiceName} runs BGP with Oracle (FastConnect Layer 3 service)`;
      for (const name of names) {
        sessions.push({
          id: `${path}/${name}`,
          link: path,
          a: vrf,
          b: edge,
          vlan: c.cloud === Cloud.AZURE ? num(props.azureVlan) : undefined,
          vlanDomain: c.cloud === Cloud.AZURE && num(props.azureVlan) !== undefined ? this.azureVlanDomain : undefined,
          initiator: BgpInitiator.EITHER,
          bfd: false,
          managedBy,
        });
      }
    }
    if (props.customerBgp) {
      const router: BgpSpeakerRecord = {
        cloud: Cloud.CUSTOMER,
        node: `${path}/customer-router`,
        label: 'Customer router',
        asn: num(props.customerAsn),
        originates: onPrem,
        receiveLimitType: SessionType.CUSTOMER_ROUTER,
        edge: EdgeKind.CUSTOMER_ROUTER,
        prefixesProperty: 'onPremisesPrefixes',
      };
      for (const vrf of plan.vrfs) {
        const vlan = num(props.customerVlans?.[vrf]);
        sessions.push({
          id: `${path}/customer${shared ? '' : `-${vrf}`}`,
          link: path,
          a: router,
          b: vrfSpeaker(vrf),
          vlan,
          vlanDomain: vlan !== undefined ? `l3-customer-attachment:${path}` : undefined,
          initiator: BgpInitiator.EITHER,
          bfd: false,
        });
      }
    }
    return sessions;
  }

  /** The networks of the clouds and on-premises must not overlap: the provider could not tell where to send traffic. */
  private validateRangesDisjoint(): void {
    const props = this.props;
    const parties: Array<[Cloud, string[]]> = [
      [Cloud.AZURE, known(props.azure.addressSpace)],
      ...(props.aws ? [[Cloud.AWS, known(props.aws.vpcCidrs)] as [Cloud, string[]]] : []),
      ...(props.gcp ? [[Cloud.GCP, known(props.gcp.subnetCidrs)] as [Cloud, string[]]] : []),
      ...(props.oci ? [[Cloud.OCI, known(props.oci.vcnCidrs)] as [Cloud, string[]]] : []),
      [Cloud.CUSTOMER, known(props.onPremisesPrefixes)],
    ];
    const list = parties.flatMap(([cloud, prefixes]) => prefixes.map((prefix) => ({ cloud, prefix, c: Cidr.parseLoose(prefix) })));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [x, y] = [list[i], list[j]];
        if (x.cloud === y.cloud || !x.c.overlaps(y.c)) continue;
        fail(PROPERTY_OF[y.cloud], y.prefix, `${y.prefix} (${y.cloud === Cloud.CUSTOMER ? 'on-premises' : y.cloud}) overlaps ${x.prefix} (${x.cloud === Cloud.CUSTOMER ? 'on-premises' : x.cloud}); the provider would learn one range from two places and send traffic for one of them to the other`, 'readdress one of the networks, or leave the overlapping network out of this design');
      }
    }
  }

  /** The provider's and the customer's ASNs: allowed by every cloud in play and distinct from every cloud-side ASN. */
  private validateAsns(): void {
    const props = this.props;
    const cloudSide: Array<[number | undefined, string]> = [[WellKnownAsn.MICROSOFT, 'Microsoft\'s ExpressRoute edge']];
    if (props.aws) {
      cloudSide.push([props.awsDirectConnectGatewayAsn ?? DEFAULT_DX_GATEWAY_ASN, 'the Direct Connect gateway']);
      cloudSide.push([props.aws.amazonSideAsn, `the AWS hub's ${props.aws.usesTransitGateway ? 'transit' : 'virtual private'} gateway`]);
    }
    if (props.gcp) cloudSide.push([props.gcpRouterAsn ?? WellKnownAsn.GOOGLE_PARTNER_INTERCONNECT, 'the Google Cloud Router']);
    if (props.oci) cloudSide.push([WellKnownAsn.ORACLE, 'Oracle\'s FastConnect edge']);
    const check = (asn: number, p: string, who: string) => {
      Asn.validate(asn, Cloud.AZURE, AsnRole.PEER, p);
      if (props.aws) Asn.validate(asn, Cloud.AWS, AsnRole.PEER, p, props.aws.region);
      if (props.gcp) Asn.validate(asn, Cloud.GCP, AsnRole.PEER, p);
      if (props.oci) Asn.validate(asn, Cloud.OCI, AsnRole.PEER, p);
      for (const [other, what] of cloudSide) {
        if (other !== undefined && !isUnresolved(other)) Asn.validateDistinct(asn, other, p, `${who} and ${what}`);
      }
    };
    if (props.providerAsn !== undefined && !isUnresolved(props.providerAsn)) check(props.providerAsn, 'providerAsn', `${this.providerName}'s edge`);
    if (props.customerAsn !== undefined) {
      if (!props.customerBgp) {
        fail('customerAsn', props.customerAsn, 'without customer BGP no customer router takes part in the routing', 'set customerBgp: true, or leave customerAsn out');
      }
      if (!isUnresolved(props.customerAsn)) {
        // the on-premises routes reach every cloud with the customer's ASN on the path
        check(props.customerAsn, 'customerAsn', 'the customer router');
        if (props.providerAsn !== undefined && !isUnresolved(props.providerAsn)) {
          Asn.validateDistinct(props.customerAsn, props.providerAsn, 'customerAsn', `the customer router and ${this.providerName}'s edge`);
        }
      }
    }
  }

  /** The plan-only VLANs: 802.1Q, and unique among the customer router's attachments. */
  private validateVlans(): void {
    const props = this.props;
    if (props.azureVlan !== undefined && !isUnresolved(props.azureVlan)) Vlan.validate(props.azureVlan, 'azureVlan');
    const vlans = props.customerVlans;
    if (vlans === undefined || isUnresolved(vlans)) return;
    if (!props.customerBgp) fail('customerVlans', vlans, 'the customer router attaches to the provider\'s VRFs only when it runs BGP with the provider', 'set customerBgp: true, or leave customerVlans out');
    const vrfs = props.vrfMode === VrfMode.SHARED
      ? ['shared']
      : [Cloud.AZURE, ...(props.aws ? [Cloud.AWS] : []), ...(props.gcp ? [Cloud.GCP] : []), ...(props.oci ? [Cloud.OCI] : [])].map(cloudKey);
    const seen = new Map<number, string>();
    for (const [vrf, vlan] of Object.entries(vlans)) {
      if (!vrfs.includes(vrf)) fail(`customerVlans.${vrf}`, vlan, `the design's VRFs are ${vrfs.join(', ')}`, `key the VLANs by VRF: ${vrfs.join(', ')}`);
      if (isUnresolved(vlan)) continue;
      Vlan.validate(vlan, `customerVlans.${vrf}`);
      const other = seen.get(vlan);
      if (other !== undefined) fail(`customerVlans.${vrf}`, vlan, `VLAN ${vlan} is already the customer router's attachment to VRF ${other}; each VRF needs its own sub-interface`, 'give each VRF its own VLAN');
      seen.set(vlan, vrf);
    }
  }
}
