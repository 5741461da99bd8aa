import type { ExpressRouteCircuitPeering } from '@cdktf/provider-azurerm/lib/express-route-circuit-peering';
import type { Password } from '@cdktf/provider-random/lib/password';
import { TerraformOutput, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { StackArtifacts } from '../core/artifacts';
import { AppContext, checked, isUnresolved, known } from '../core/context';
import { AwsHub } from '../hubs/aws-hub';
import { AzureHubBase } from '../hubs/azure-hub-base';
import { GcpHub } from '../hubs/gcp-hub';
import { OciHub } from '../hubs/oci-hub';
import { AwsDirectConnectLink } from '../links/aws-direct-connect';
import { DeployStage } from '../links/deploy-stage';
import { ExpressRouteLink, ExpressRouteOptions } from '../links/expressroute';
import { ExpressRouteDirectPort, ExpressRoutePortEncapsulation, MacsecCipher } from '../links/expressroute-port';
import { GcpInterconnectLink, GcpInterconnectType } from '../links/gcp-interconnect';
import { OciFastConnectLink } from '../links/oci-fastconnect';
import { Cloud } from '../plan/facts/clouds';
import { FrrConfig } from '../plan/documents/frr';
import { LinkKind } from '../plan/routing/model';
import { PeeringAllocation } from '../plan/addressing/peering';
import { CustomerRouterPlan, CustomerRouterPlanInput, CustomerRouterPlanner, RouterPlanOrigin } from '../plan/routing/router-plan';
import { ConnectivityReport } from '../report/connectivity-report';
import { buildL2AzureSide } from './l2/azure';
import { l2SessionRecords } from './l2/records';
import { l2RouterPlanInput } from './l2/router';
import { validateL2 } from './l2/validate';
import { nameSlug } from '../plan/documents/text';
import { guardArgs } from '../core/guard-props';
import { skipCreationStacks } from '../core/creation-stacks';

/** Props of an `L2ProviderMultiCloud`. */
export interface L2ProviderMultiCloudProps extends ExpressRouteOptions {
  /** The Azure hub: the ExpressRoute circuit connects to its ExpressRoute gateway. */
  readonly azure: AzureHubBase;
  /** The AWS hub, reached over Direct Connect. @default - no AWS */
  readonly aws?: AwsHub;
  /** The Google Cloud hub, reached over Partner or Dedicated Interconnect. @default - no Google Cloud */
  readonly gcp?: GcpHub;
  /** The OCI hub, reached over FastConnect through a Layer 2 provider. @default - no OCI */
  readonly oci?: OciHub;
  /**
   * The customer router's ASN: every cloud's `peer_asn` / `bgp_asn` / `customer_asn`. It must be allowed by every
   * cloud in play and differ from every cloud-side ASN (12076, the Direct Connect gateway's, the Cloud Router's,
   * 31898).
   * Accepts a Terraform token.
   */
  readonly customerRouterAsn: number;
  /**
   * Private blocks (RFC 1918 or RFC 6598) the BGP /30s of the ExpressRoute, Direct Connect and FastConnect sessions
   * are drawn from. Must not overlap any hub or on-premises range.
   * @default - none: every session then needs explicit addresses (`azurePeeringCidrs`, `awsPeeringCidr`, `ociPeeringCidr`)
   */
  readonly peeringRange?: string[];
  /**
   * The on-premises prefixes the customer router originates: every cloud receives them.
   * Accepts a Terraform token.
   * @default - none
   */
  readonly onPremisesPrefixes?: string[];

  // ---- Azure: ExpressRoute through a Layer 2 provider ...
  /** The Layer 2 provider of the circuit, e.g. `Equinix` or `Megaport`. Not with ExpressRoute Direct. @default - none (ExpressRoute Direct) */
  readonly serviceProviderName?: string;
  /** The peering location of the provider circuit, e.g. `Washington DC`. Not with ExpressRoute Direct. @default - none (ExpressRoute Direct) */
  readonly peeringLocation?: string;
  /** The provider circuit's bandwidth, Mbit/s. Not with ExpressRoute Direct. @default - none (ExpressRoute Direct) */
  readonly bandwidthMbps?: number;
  // ---- ... or on ExpressRoute Direct
  /** ExpressRoute Direct: an existing port's id. Accepts a Terraform token. @default - none */
  readonly expressRoutePortId?: string;
  /** ExpressRoute Direct: create a port at this ExpressRoute Direct peering location. @default - none */
  readonly expressRoutePortPeeringLocation?: string;
  /** ExpressRoute Direct: the port's speed, 10 or 100 Gbit/s (needed for the circuit size check). @default - none */
  readonly expressRoutePortBandwidthGbps?: number;
  /** ExpressRoute Direct: the port's encapsulation. @default ExpressRoutePortEncapsulation.DOT1Q */
  readonly expressRoutePortEncapsulation?: ExpressRoutePortEncapsulation;
  /** ExpressRoute Direct: the new port's name. @default - `<hub name prefix>-<construct id>-erd` */
  readonly expressRoutePortName?: string;
  /** ExpressRoute Direct: the circuit's bandwidth on the port, Gbit/s. @default - none */
  readonly bandwidthGbps?: number;
  /** ExpressRoute Direct (new port): MACsec cipher of both links. @default - no MACsec */
  readonly macsecCipher?: MacsecCipher;
  /** ExpressRoute Direct (new port): Key Vault secret id of the MACsec CKN. Accepts a Terraform token. @default - none */
  readonly macsecCknKeyVaultSecretId?: string;
  /** ExpressRoute Direct (new port): Key Vault secret id of the MACsec CAK. Accepts a Terraform token. @default - none */
  readonly macsecCakKeyVaultSecretId?: string;
  /** ExpressRoute Direct (new port): include the SCI in MACsec frames. @default false */
  readonly macsecSciEnabled?: boolean;
  /** ExpressRoute Direct (new port): user-assigned identity that reads the MACsec secrets. Accepts a Terraform token. @default - none */
  readonly macsecIdentityId?: string;
  // ---- Azure private peering
  /** The VLAN of Azure private peering (unique on the circuit, or on the port pair with Dot1Q). */
  readonly azureVlan: number;
  /**
   * The primary and secondary /30 of Azure private peering: the customer router takes the first usable address of
   * each, Microsoft the second.
   * @default - allocated from `peeringRange`
   */
  readonly azurePeeringCidrs?: string[];
  /** The private peering's MD5 key (`shared_key`): a sensitive variable. @default - generated (random_password) */
  readonly azureMd5Key?: TerraformVariable;

  // ---- AWS Direct Connect
  /** The Direct Connect dedicated or hosted connection id. Required with `aws`. Accepts a Terraform token. @default - none */
  readonly awsConnectionId?: string;
  /** The virtual interface's VLAN. Required with `aws`. Accepts a Terraform token. @default - none */
  readonly awsVlan?: number;
  /** The virtual interface's /30 or /31 (customer first usable, Amazon second). @default - allocated from `peeringRange` */
  readonly awsPeeringCidr?: string;
  /** The Direct Connect gateway's Amazon-side ASN (distinct from the hub's gateway ASN). @default 64513 */
  readonly awsDirectConnectGatewayAsn?: number;
  /** The virtual interface's MD5 key: a sensitive variable. @default - generated (random_password) */
  readonly awsMd5Key?: TerraformVariable;
  /** The virtual interface's MTU (1500, or 9001 private / 8500 transit). @default 1500 */
  readonly awsMtu?: number;

  // ---- Google Cloud Interconnect
  /** Partner or Dedicated Interconnect. @default GcpInterconnectType.PARTNER */
  readonly gcpInterconnectType?: GcpInterconnectType;
  /** An existing Cloud Router to use instead of the hub's. @default - the hub's router */
  readonly gcpRouterName?: string;
  /** The Cloud Router's ASN (Partner Interconnect requires 16550). @default - the hub router's ASN */
  readonly gcpRouterAsn?: number;
  /** Dedicated: the interconnect of each attachment (one or two). Each element accepts a Terraform token. @default - none */
  readonly gcpInterconnects?: string[];
  /** Dedicated: the VLAN of each attachment. @default - none */
  readonly gcpVlans?: number[];
  /** Dedicated: the link-local /29 of each attachment. @default - allocated from 169.254.0.0/16 */
  readonly gcpCandidateSubnets?: string[];
  /** Dedicated: the attachments' bandwidth. @default 'BPS_10G' */
  readonly gcpBandwidth?: string;
  /** Partner: the VLANs the provider delivers the two attachments on at the customer router (plan only). @default - not known at synth */
  readonly gcpCustomerVlans?: number[];
  /** Dedicated: the BGP peers' MD5 key, a sensitive variable. @default - generated (random_password) */
  readonly gcpMd5Key?: TerraformVariable;
  /** The attachments' MTU. @default 1500 */
  readonly gcpMtu?: number;
  /** The prefixes a Cloud Router accepts per BGP peer (a figure marked "verify"). @default 5000 */
  readonly gcpMaxPrefix?: number;

  // ---- OCI FastConnect
  /** The Layer 2 FastConnect provider as OCI lists it, e.g. `Megaport`. Required with `oci`. @default - none */
  readonly ociProviderServiceName?: string;
  /** The FastConnect bandwidth shape. @default '1 Gbps' */
  readonly ociBandwidthShapeName?: string;
  /** The virtual circuit's BGP subnet (customer first usable, Oracle second). @default - allocated from `peeringRange` */
  readonly ociPeeringCidr?: string;
  /** The VLAN the provider delivers the virtual circuit on at the customer router (plan only). @default - not known at synth */
  readonly ociVlan?: number;
  /** The virtual circuit's MD5 key, a sensitive variable. @default - generated (random_password) */
  readonly ociMd5Key?: TerraformVariable;
  /** The prefixes OCI accepts on the session (not published, set it to budget OCI). @default - no budget for OCI */
  readonly ociMaxPrefix?: number;

  // ---- every session
  /**
   * The apply this synthesis is for. Through a provider, apply 1 (`HANDOFF`) creates the circuit, the Direct
   * Connect side, the Google Partner attachments (inactive) and FastConnect, and outputs the service key and pairing
   * keys for the provider; apply 2 (`CONNECT`), once the provider reports the circuit provisioned, adds Azure private
   * peering and the VNet connection (a precondition fails `plan` while the circuit is not provisioned) and activates
   * the Google attachments. On ExpressRoute Direct without Google Partner there is nothing to wait for.
   * @default - `DeployStage.HANDOFF` when a provider circuit or Google Partner attachments are involved, else `DeployStage.CONNECT`
   */
  readonly deployStage?: DeployStage;
  /** Run BFD on every session that supports it (ExpressRoute, Direct Connect, Dedicated Interconnect, FastConnect). @default true */
  readonly bfd?: boolean;
  /** Generate the MD5 keys not given (random_password, the stack needs the `random` provider). @default true */
  readonly generateMd5Keys?: boolean;
  /** Advertise per-origin summaries (adjacent prefixes merged) instead of every prefix. @default true */
  readonly summarizeAdvertisements?: boolean;
  /** The most prefixes the customer router accepts from each cloud (`neighbor ... maximum-prefix`). @default 1000 */
  readonly customerRouterMaxPrefix?: number;
  /** The router's interface towards the provider's primary port, in the FRR file. @default 'eth0' */
  readonly routerPrimaryInterface?: string;
  /** The router's interface towards the provider's secondary port, in the FRR file. @default 'eth1' */
  readonly routerSecondaryInterface?: string;
}

/**
 * ExpressRoute through a Layer 2 provider (or on ExpressRoute Direct), with AWS Direct Connect, Google Cloud
 * Interconnect and OCI FastConnect, all meeting at the customer's router.
 *
 * BGP runs between each cloud's edge and the customer router; the router re-advertises what it learns from one
 * cloud to the others. The construct provisions every cloud's side of those sessions and computes the router's
 * side: `routerPlan` (one entry per session: cloud, VLAN, addresses, ASNs, MD5 key reference, max-prefix and the
 * prefixes to advertise) and an FRRouting configuration written next to the stack's `cdk.tf.json` at synth
 * (`frrConfigFileName`). Each session's prefix budget is checked at construction: over a cloud's limit fails,
 * 80 % warns.
 *
 * Children: `Azure` (circuit, connection, `PrivatePeering`, `Port`), `Aws`, `Gcp`, `Oci`.
 */
export class L2ProviderMultiCloud extends Construct {
  /** The Azure side: circuit (on a provider or a Direct port), gateway and connection. Construct id `Azure`. */
  public readonly expressRoute: ExpressRouteLink;
  /** Azure private peering. */
  public readonly privatePeering?: ExpressRouteCircuitPeering;
  /** The apply this synthesis is for. */
  public readonly deployStage: DeployStage;
  /** The ExpressRoute Direct port, when the construct created it. */
  public readonly expressRoutePort?: ExpressRouteDirectPort;
  /** The generated private-peering MD5 key, if generated. */
  public readonly azureMd5Key?: Password;
  /** The output carrying the private-peering MD5 key. */
  public readonly azureMd5KeyOutput?: TerraformOutput;
  /** The output carrying the circuit's service key (provider circuits: give it to the provider). */
  public readonly serviceKeyOutput?: TerraformOutput;
  /** The primary and secondary ExpressRoute /30. */
  public readonly azurePeeringSubnets: PeeringAllocation[];
  /** The AWS side (construct id `Aws`). */
  public readonly awsLink?: AwsDirectConnectLink;
  /** The Google Cloud side (construct id `Gcp`). */
  public readonly gcpLink?: GcpInterconnectLink;
  /** The OCI side (construct id `Oci`). */
  public readonly ociLink?: OciFastConnectLink;
  /** The FRR file's name, relative to the stack's output directory (next to `cdk.tf.json`). */
  public readonly frrConfigFileName: string;
  /** The customer router's ASN. */
  public readonly customerRouterAsn: number;

  private readonly props: L2ProviderMultiCloudProps;
  private readonly origins: RouterPlanOrigin[];

  constructor(scope: Construct, id: string, props: L2ProviderMultiCloudProps) {
    guardArgs('L2ProviderMultiCloud', [scope, id, props]);
    super(scope, id);
    const endSkip = skipCreationStacks();
    try {
      this.props = props;
      this.customerRouterAsn = props.customerRouterAsn;
      const { azure, aws, gcp, oci } = props;
      const ctx = AppContext.of(this);
      const direct = props.expressRoutePortId !== undefined || props.expressRoutePortPeeringLocation !== undefined;
      const generate = props.generateMd5Keys ?? true;
      const gcpType = props.gcpInterconnectType ?? GcpInterconnectType.PARTNER;
      // A provider circuit and Google Partner attachments wait for the provider between two applies.
      const waits = !direct || (props.gcp !== undefined && gcpType === GcpInterconnectType.PARTNER);
      this.deployStage = props.deployStage ?? (waits ? DeployStage.HANDOFF : DeployStage.CONNECT);
      const connectCircuit = direct || this.deployStage === DeployStage.CONNECT;

      // What each party originates: OCI advertises subnets, not the VCN CIDR (https://www.ateam-oracle.com/advertising-a-vcn-cidr-range-to-an-on-premises-network-over-bgp-instead-of-the-subnets%E2%80%99-cidr-ranges).
      this.origins = [
        { cloud: Cloud.AZURE, prefixes: known(azure.addressSpace) },
        ...(aws ? [{ cloud: Cloud.AWS, prefixes: known(aws.vpcCidrs) }] : []),
        ...(gcp ? [{ cloud: Cloud.GCP, prefixes: known(gcp.subnetCidrs) }] : []),
        ...(oci ? [{ cloud: Cloud.OCI, prefixes: oci.advertisedPrefixes }] : []),
        { cloud: Cloud.CUSTOMER, prefixes: known(props.onPremisesPrefixes) },
      ];
      const hubRanges = [
        ...ctx.model.hubs.flatMap((h) => [...h.ranges, ...(h.advertised ?? [])]),
        ...known(oci?.vcnCidrs),
      ];
      const avoid = [...new Set([...hubRanges, ...known(props.onPremisesPrefixes)])];

      // ---- Validation of everything that spans clouds
      checked(this, () => validateL2(props, { origins: this.origins, avoid, direct, gcpType }));

      // ---- Azure: circuit (+ port), gateway, connection, private peering and its /30s, VLAN and MD5 key.
      const azureSide = buildL2AzureSide(this, id, props, { direct, connectCircuit, generate, avoid });
      this.expressRoute = azureSide.expressRoute;
      this.expressRoutePort = azureSide.port;
      this.privatePeering = azureSide.privatePeering;
      this.azureMd5Key = azureSide.md5Key;
      this.azureMd5KeyOutput = azureSide.md5KeyOutput;
      this.serviceKeyOutput = azureSide.serviceKeyOutput;
      this.azurePeeringSubnets = azureSide.peeringSubnets;
      const vlanDomain = azureSide.vlanDomain;

      // ---- The other clouds' links: each claims its own peering subnet and VLAN and checks its own side.
      if (aws) this.awsLink = this.awsSide(aws, id, avoid);
      if (gcp) this.gcpLink = this.gcpSide(gcp, id, gcpType);
      if (oci) this.ociLink = this.ociSide(oci, id, avoid);

      // ---- Prefix budgets are checked once the app is complete, from the route propagation over the model (the
      // whole-app check `prefix-budget`): the same figures as the report.

      // ---- The FRR configuration, written at synth next to cdk.tf.json (see StackArtifacts for the hook).
      this.frrConfigFileName = `customer-router-${StackArtifacts.relativeName(this)}.frr.conf`;
      StackArtifacts.of(this)._add(this.frrConfigFileName, () => this.frrConfig);
      this.record(vlanDomain);
    } finally {
      endSkip();
    }
  }

  /**
   * The customer router's plan: one entry per BGP session (cloud, link, VLAN, local and peer address, ASNs, MD5 key
   * reference, max-prefix = the cloud's limit, what to advertise after summarisation). Reading it settles the app's
   * peering allocations, so read it once the whole app is built (at synth, or in tests after construction).
   */
  public get routerPlan(): CustomerRouterPlan {
    // the budget figures are the app's route propagation's (the report's), for the sessions the model records
    return CustomerRouterPlanner.plan(this.planInput(true), ConnectivityReport._propagation(this).budgets);
  }

  /** The FRRouting configuration of the customer router (what the synth writes to `frrConfigFileName`). */
  public get frrConfig(): string {
    let text = FrrConfig.render(this.routerPlan, {
      primaryInterface: this.props.routerPrimaryInterface,
      secondaryInterface: this.props.routerSecondaryInterface,
    });
    // An ASN known only at apply time reaches the plan as an encoded number: write a placeholder instead.
    const asns: Array<[string, number | undefined]> = [
      ['customerRouterAsn', this.props.customerRouterAsn],
      ['awsDirectConnectGatewayAsn', this.props.awsDirectConnectGatewayAsn],
      ['gcpRouterAsn', this.props.gcpRouterAsn],
    ];
    for (const [name, asn] of asns) {
      if (asn !== undefined && isUnresolved(asn)) text = text.split(String(asn)).join(`{{${name}}}`);
    }
    return text;
  }

  private planInput(withAddresses: boolean): CustomerRouterPlanInput {
    return l2RouterPlanInput({
      path: this.node.path,
      props: this.props,
      origins: this.origins,
      azurePeeringSubnets: this.azurePeeringSubnets,
      azureMd5KeyOutput: this.azureMd5KeyOutput,
      azurePeeringLimit: this.expressRoute.privatePeeringLimit,
      awsLink: this.awsLink,
      gcpLink: this.gcpLink,
      ociLink: this.ociLink,
    }, withAddresses);
  }

  /** AWS: Direct Connect gateway, association, private/transit VIF. */
  private awsSide(aws: AwsHub, id: string, avoid: string[]): AwsDirectConnectLink {
    const props = this.props;
    return new AwsDirectConnectLink(this, 'Aws', {
      hub: aws,
      connectionId: props.awsConnectionId!,
      vlan: props.awsVlan!,
      customerAsn: props.customerRouterAsn,
      peeringCidr: props.awsPeeringCidr,
      peeringRange: props.peeringRange,
      peeringAvoidRanges: avoid,
      peeringKey: `${this.node.path}/aws`,
      directConnectGatewayAsn: props.awsDirectConnectGatewayAsn,
      md5Key: props.awsMd5Key?.stringValue,
      generateMd5Key: props.generateMd5Keys ?? true,
      mtu: props.awsMtu,
      name: nameSlug(`${aws.namePrefix}-${id}`, 'a-z0-9-', 90),
      propertyPrefix: 'aws',
    });
  }

  /** Google: Partner (16550) or Dedicated attachments. */
  private gcpSide(gcp: GcpHub, id: string, gcpType: GcpInterconnectType): GcpInterconnectLink {
    const props = this.props;
    return new GcpInterconnectLink(this, 'Gcp', {
      hub: gcp,
      type: gcpType,
      customerAsn: props.customerRouterAsn,
      routerName: props.gcpRouterName,
      routerAsn: props.gcpRouterAsn,
      interconnects: props.gcpInterconnects,
      vlans: props.gcpVlans,
      candidateSubnets: props.gcpCandidateSubnets,
      bandwidth: props.gcpBandwidth,
      mtu: props.gcpMtu,
      md5Key: props.gcpMd5Key?.stringValue,
      generateMd5Key: gcpType === GcpInterconnectType.DEDICATED && (props.generateMd5Keys ?? true),
      bfd: props.bfd ?? true,
      activate: this.deployStage === DeployStage.CONNECT,
      namePrefix: `${gcp.namePrefix}-${id}`,
      propertyPrefix: 'gcp',
    });
  }

  /** OCI: FastConnect through the Layer 2 provider, on the hub's DRG; the VCN reaches every other party through it. */
  private ociSide(oci: OciHub, id: string, avoid: string[]): OciFastConnectLink {
    const props = this.props;
    const link = new OciFastConnectLink(this, 'Oci', {
      hub: oci,
      providerServiceName: props.ociProviderServiceName!,
      bandwidthShapeName: props.ociBandwidthShapeName,
      customerAsn: props.customerRouterAsn,
      peeringCidr: props.ociPeeringCidr,
      peeringRange: props.peeringRange,
      peeringAvoidRanges: avoid,
      peeringKey: `${this.node.path}/oci`,
      md5Key: props.ociMd5Key?.stringValue,
      generateMd5Key: props.generateMd5Keys ?? true,
      bfd: props.bfd ?? true,
      displayName: `${oci.displayNamePrefix}-${id}-fastconnect`.toLowerCase(),
      propertyPrefix: 'oci',
    });
    oci.routeToDrg(this.origins.filter((o) => o.cloud !== Cloud.OCI).flatMap((o) => o.prefixes));
    return link;
  }

  /** Record the link and its sessions (from the router plan, settled at synth) in the connectivity model. */
  private record(vlanDomain: string): void {
    const { azure, aws, gcp, oci } = this.props;
    const hubs = [azure, aws, gcp, oci].filter((h): h is NonNullable<typeof h> => h !== undefined);
    // the plan without budget figures: those come from the propagation over these very records (routerPlan)
    AppContext.of(this).model._addLink(() => this.expressRoute._modelRecord(this, 'L2ProviderMultiCloud', LinkKind.LAYER2, hubs,
      l2SessionRecords(this.node.path, this.props, CustomerRouterPlanner.plan(this.planInput(true)), vlanDomain), true));
    ConnectivityReport.attach(this);
  }
}
