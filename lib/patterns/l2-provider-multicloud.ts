import { ExpressRouteCircuitPeering } from '@cdktf/provider-azurerm/lib/express-route-circuit-peering';
import { Password } from '@cdktf/provider-random/lib/password';
import { Lazy, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { claimPeering, claimVlan } from '../core/claims';
import { AppContext, checked, isUnresolved, known, stackName } from '../core/context';
import { StackArtifacts } from '../core/artifacts';
import { AwsHub } from '../hubs/aws-hub';
import { AzureHub } from '../hubs/azure-hub';
import { GcpHub } from '../hubs/gcp-hub';
import { OciHub } from '../hubs/oci-hub';
import { AwsDirectConnectLink, DEFAULT_DX_GATEWAY_ASN } from '../links/aws-direct-connect';
import { DeployStage } from '../links/deploy-stage';
import { ExpressRouteLink, ExpressRouteOptions } from '../links/expressroute';
import { ExpressRouteDirectPort, ExpressRoutePortEncapsulation, MacsecCipher } from '../links/expressroute-port';
import { GCP_EDGE_AVAILABILITY_DOMAINS, GcpInterconnectLink, GcpInterconnectType } from '../links/gcp-interconnect';
import { generateMd5Key, md5KeyOutput } from '../links/link-util';
import { OciFastConnectLink } from '../links/oci-fastconnect';
import { Asn, AsnRole, WellKnownAsn } from '../plan/asn';
import { Cidr, parseAll } from '../plan/cidr';
import { Cloud } from '../plan/clouds';
import { EdgeKind } from '../plan/edges';
import { fail } from '../plan/errors';
import { ProviderRules } from '../plan/facts/provider-rules';
import { FrrConfig } from '../plan/frr';
import { EXPRESSROUTE_GATEWAY_SKUS, SessionType } from '../plan/limits';
import { BgpInitiator, BgpSessionRecord, LinkKind, LinkRole } from '../plan/model';
import { PeeringAllocation, PeeringKind } from '../plan/peering';
import { Vlan } from '../plan/vlan';
import { CustomerRouterPlan, CustomerRouterPlanInput, CustomerRouterPlanner, RouterPlanOrigin, RouterPort, RouterSessionSpec } from '../plan/router-plan';
import { ConnectivityReport } from '../report/connectivity-report';

/** Props of an `L2ProviderMultiCloud`. */
export interface L2ProviderMultiCloudProps extends ExpressRouteOptions {
  /** The Azure hub: the ExpressRoute circuit connects to its ExpressRoute gateway. */
  readonly azure: AzureHub;
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
   */
  readonly customerRouterAsn: number;
  /**
   * Private blocks (RFC 1918 or RFC 6598) the BGP /30s of the ExpressRoute, Direct Connect and FastConnect sessions
   * are drawn from. Must not overlap any hub or on-premises range.
   * @default - none: every session then needs explicit addresses (`azurePeeringCidrs`, `awsPeeringCidr`, `ociPeeringCidr`)
   */
  readonly peeringRange?: string[];
  /**
   * The on-premises prefixes the customer router originates; every cloud receives them.
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
  /** ExpressRoute Direct: an existing port's id. @default - none */
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
  /** ExpressRoute Direct (new port): Key Vault secret id of the MACsec CKN. @default - none */
  readonly macsecCknKeyVaultSecretId?: string;
  /** ExpressRoute Direct (new port): Key Vault secret id of the MACsec CAK. @default - none */
  readonly macsecCakKeyVaultSecretId?: string;
  /** ExpressRoute Direct (new port): include the SCI in MACsec frames. @default false */
  readonly macsecSciEnabled?: boolean;
  /** ExpressRoute Direct (new port): user-assigned identity that reads the MACsec secrets. @default - none */
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
  /** The Direct Connect dedicated or hosted connection id. Required with `aws`. @default - none */
  readonly awsConnectionId?: string;
  /** The virtual interface's VLAN. Required with `aws`. @default - none */
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
  /** Dedicated: the interconnect of each attachment (one or two). @default - none */
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
  /** The prefixes OCI accepts on the session (not published; set it to budget OCI). @default - no budget for OCI */
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
  /** Generate the MD5 keys not given (random_password; the stack needs the `random` provider). @default true */
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

/** RFC 1918 and RFC 6598: the ranges a private `peeringRange` may come from. */
const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'];

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
    super(scope, id);
    this.props = props;
    this.customerRouterAsn = props.customerRouterAsn;
    const { azure, aws, gcp, oci } = props;
    const ctx = AppContext.of(this);
    const direct = props.expressRoutePortId !== undefined || props.expressRoutePortPeeringLocation !== undefined;
    const bfd = props.bfd ?? true;
    const generate = props.generateMd5Keys ?? true;
    const gcpType = props.gcpInterconnectType ?? GcpInterconnectType.PARTNER;
    // A provider circuit and Google Partner attachments wait for the provider between two applies.
    const waits = !direct || (props.gcp !== undefined && gcpType === GcpInterconnectType.PARTNER);
    this.deployStage = props.deployStage ?? (waits ? DeployStage.HANDOFF : DeployStage.CONNECT);
    const connectCircuit = direct || this.deployStage === DeployStage.CONNECT;

    // What each party originates: OCI advertises subnets, not the VCN CIDR (cloud-facts §3.5).
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
    checked(this, () => {
      this.validateAsn(gcpType);
      if (props.onPremisesPrefixes && !isUnresolved(props.onPremisesPrefixes)) parseAll(known(props.onPremisesPrefixes), 'onPremisesPrefixes');
      this.validateOriginsDisjoint();
      if (props.peeringRange !== undefined && !isUnresolved(props.peeringRange)) {
        props.peeringRange.forEach((r, j) => {
          if (isUnresolved(r)) return;
          const block = Cidr.parse(r, `peeringRange[${j}]`);
          if (block.version !== 4 || !PRIVATE_RANGES.some((x) => Cidr.parse(x).contains(block))) {
            fail(`peeringRange[${j}]`, r, `the peering range must be private IPv4 (${PRIVATE_RANGES.join(', ')}) so that the BGP /30s never collide with routed address space`, 'use e.g. 192.168.254.0/24, or give explicit public /30s per session');
          }
          const hit = avoid.find((a) => Cidr.parseLoose(a).overlaps(block));
          if (hit) fail(`peeringRange[${j}]`, r, `the peering range overlaps the network range ${hit}; peering subnets must not overlap any VNet, VPC, VCN or on-premises network (expressroute-routing.md)`, 'use a private range that no network uses');
        });
      }
      if (aws) {
        if (props.awsConnectionId === undefined) fail('awsConnectionId', undefined, 'the AWS side needs the Direct Connect connection (or hosted connection) the virtual interface goes on', 'set awsConnectionId, e.g. "dxcon-ffabc123"');
        if (props.awsVlan === undefined) fail('awsVlan', undefined, 'a Direct Connect virtual interface needs its VLAN', 'set awsVlan to the VLAN of the connection (the partner assigns it on a hosted connection)');
      }
      if (oci && props.ociProviderServiceName === undefined) {
        fail('ociProviderServiceName', undefined, 'the OCI side is a FastConnect through a Layer 2 provider, looked up by name', 'set ociProviderServiceName to the provider as OCI lists it, e.g. "Megaport"');
      }
      if (direct) {
        if (props.expressRoutePortId !== undefined && !isUnresolved(props.expressRoutePortId)) {
          ProviderRules.enforce('azurerm_express_route_circuit', 'express_route_port_id', props.expressRoutePortId, 'expressRoutePortId',
            'give the port\'s full resource id, /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/expressRoutePorts/<name>');
        }
        if (props.expressRoutePortId !== undefined && props.expressRoutePortPeeringLocation !== undefined) {
          fail('expressRoutePortPeeringLocation', props.expressRoutePortPeeringLocation, 'give either an existing port (expressRoutePortId) or the location of a new one, not both', 'leave one of them out');
        }
        if (props.expressRoutePortBandwidthGbps === undefined) fail('expressRoutePortBandwidthGbps', undefined, 'an ExpressRoute Direct circuit must fit its port: the port speed is needed to check bandwidthGbps', 'set expressRoutePortBandwidthGbps to 10 or 100');
        if (props.bandwidthGbps === undefined) fail('bandwidthGbps', undefined, 'an ExpressRoute Direct circuit needs its bandwidth in Gbit/s', 'set bandwidthGbps');
        ExpressRouteDirectPort.validateBandwidth(props.expressRoutePortBandwidthGbps, 'expressRoutePortBandwidthGbps', props.bandwidthGbps, 'bandwidthGbps');
        if (props.expressRoutePortId !== undefined && (props.macsecCipher !== undefined || props.expressRoutePortName !== undefined)) {
          fail(props.macsecCipher !== undefined ? 'macsecCipher' : 'expressRoutePortName', props.macsecCipher ?? props.expressRoutePortName, 'MACsec and the port name are settings of a port this construct creates; an existing port keeps its own', 'configure MACsec on the existing port, or create the port with expressRoutePortPeeringLocation');
        }
      } else {
        const directOnly: Array<[string, unknown]> = [
          ['bandwidthGbps', props.bandwidthGbps], ['expressRoutePortBandwidthGbps', props.expressRoutePortBandwidthGbps],
          ['expressRoutePortEncapsulation', props.expressRoutePortEncapsulation], ['expressRoutePortName', props.expressRoutePortName],
          ['macsecCipher', props.macsecCipher], ['macsecCknKeyVaultSecretId', props.macsecCknKeyVaultSecretId],
          ['macsecCakKeyVaultSecretId', props.macsecCakKeyVaultSecretId], ['macsecSciEnabled', props.macsecSciEnabled], ['macsecIdentityId', props.macsecIdentityId],
        ];
        for (const [name, v] of directOnly) {
          if (v !== undefined) fail(name, v, 'this setting applies to ExpressRoute Direct only', 'set expressRoutePortId or expressRoutePortPeeringLocation, or leave it out');
        }
      }
      if (props.azurePeeringCidrs !== undefined && !isUnresolved(props.azurePeeringCidrs) && props.azurePeeringCidrs.length !== 2) {
        fail('azurePeeringCidrs', props.azurePeeringCidrs, 'Azure private peering needs exactly two /30s (primary and secondary; both sessions are required for the SLA)', 'give two /30s, or leave azurePeeringCidrs out to allocate them');
      }
      // Customer-side VLANs the provider delivers (plan only): still 802.1Q VLANs.
      props.gcpCustomerVlans?.forEach((v, i) => { if (!isUnresolved(v)) Vlan.validate(v, `gcpCustomerVlans[${i}]`); });
      if (props.ociVlan !== undefined && !isUnresolved(props.ociVlan)) Vlan.validate(props.ociVlan, 'ociVlan');
      for (const [name, v] of [['azureMd5Key', props.azureMd5Key], ['awsMd5Key', props.awsMd5Key], ['gcpMd5Key', props.gcpMd5Key], ['ociMd5Key', props.ociMd5Key]] as Array<[string, TerraformVariable | undefined]>) {
        if (v !== undefined && v.sensitive !== true) {
          fail(name, v.node.id, 'a BGP MD5 key variable must be sensitive, or Terraform prints it in plans and logs', 'declare the TerraformVariable with sensitive: true');
        }
      }
      for (const [name, v] of [['customerRouterMaxPrefix', props.customerRouterMaxPrefix], ['gcpMaxPrefix', props.gcpMaxPrefix], ['ociMaxPrefix', props.ociMaxPrefix]] as Array<[string, number | undefined]>) {
        if (v !== undefined && !isUnresolved(v) && (!Number.isInteger(v) || v < 1)) fail(name, v, 'a prefix limit is a whole number of at least 1', 'use e.g. 100');
      }
    });

    // ---- Azure private peering's /30s (the other clouds' links claim their own subnets).
    this.azurePeeringSubnets = ['primary', 'secondary'].map((s, i) => claimPeering(this, {
      key: `${this.node.path}/azure-${s}`,
      explicit: props.azurePeeringCidrs?.[i],
      kinds: [PeeringKind.EXPRESSROUTE],
      property: `azurePeeringCidrs[${i}]`,
      block: props.peeringRange,
      requireBlock: true,
      avoid,
      what: `the azure-${s} session of ${this.node.path}`,
    }));

    // ---- Azure: circuit (+ port), gateway, connection, private peering.
    let portId = props.expressRoutePortId;
    let port: ExpressRouteDirectPort | undefined;
    this.expressRoute = new ExpressRouteLink(this, 'Azure', {
      ...props,
      hub: azure,
      connect: connectCircuit,
      circuitName: props.circuitName ?? `${azure.namePrefix}-${id.toLowerCase()}-er`,
      serviceProviderName: direct ? undefined : props.serviceProviderName,
      peeringLocation: direct ? undefined : props.peeringLocation,
      bandwidthMbps: direct ? undefined : props.bandwidthMbps,
      expressRoutePortId: direct ? Lazy.stringValue({ produce: () => portId }) : undefined,
      portBandwidthGbps: props.expressRoutePortBandwidthGbps,
      bandwidthGbps: props.bandwidthGbps,
    });
    if (props.expressRoutePortPeeringLocation !== undefined) {
      port = new ExpressRouteDirectPort(this.expressRoute, 'Port', {
        hub: azure,
        peeringLocation: props.expressRoutePortPeeringLocation,
        bandwidthGbps: props.expressRoutePortBandwidthGbps!,
        encapsulation: props.expressRoutePortEncapsulation,
        name: props.expressRoutePortName ?? `${azure.namePrefix}-${id.toLowerCase()}-erd`,
        macsecCipher: props.macsecCipher,
        macsecCknKeyVaultSecretId: props.macsecCknKeyVaultSecretId,
        macsecCakKeyVaultSecretId: props.macsecCakKeyVaultSecretId,
        macsecSciEnabled: props.macsecSciEnabled,
        macsecIdentityId: props.macsecIdentityId,
        propertyPrefix: 'expressRoutePort',
      });
      this.expressRoutePort = port;
      portId = port.resource.id;
    }
    // The VLAN is unique per circuit, except with Dot1Q on ExpressRoute Direct: unique on the whole port pair.
    const encapsulation = props.expressRoutePortEncapsulation ?? ExpressRoutePortEncapsulation.DOT1Q;
    const vlanDomain = direct && encapsulation === ExpressRoutePortEncapsulation.DOT1Q
      ? `azure-er-port:${port ? port.node.path : props.expressRoutePortId}`
      : `azure-er-circuit:${this.expressRoute.circuit.node.path}`;
    claimVlan(this, { domain: vlanDomain, vlan: props.azureVlan, owner: `${this.node.path}/azure-private-peering`, property: 'azureVlan' });
    if (props.azureMd5Key === undefined && generate) this.azureMd5Key = generateMd5Key(this.expressRoute);
    const azureKey = props.azureMd5Key?.stringValue ?? this.azureMd5Key?.result;
    const [primary, secondary] = this.azurePeeringSubnets;
    if (connectCircuit) {
      this.privatePeering = new ExpressRouteCircuitPeering(this.expressRoute, 'PrivatePeering', {
        peeringType: 'AzurePrivatePeering',
        expressRouteCircuitName: this.expressRoute.circuit.name,
        resourceGroupName: azure.resourceGroupName,
        peerAsn: props.customerRouterAsn,
        primaryPeerAddressPrefix: Lazy.stringValue({ produce: () => primary.text }),
        secondaryPeerAddressPrefix: Lazy.stringValue({ produce: () => secondary.text }),
        vlanId: props.azureVlan,
        sharedKey: azureKey,
        ipv4Enabled: true,
        provider: azure.provider,
      });
      this.expressRoute.connectAfter([this.privatePeering]);
    }
    if (azureKey !== undefined) this.azureMd5KeyOutput = md5KeyOutput(this.expressRoute, azureKey, `BGP MD5 key of Azure private peering of ${this.node.path}`);
    if (!direct) {
      this.serviceKeyOutput = new TerraformOutput(this.expressRoute, 'ServiceKey', {
        value: this.expressRoute.circuit.serviceKey,
        sensitive: true,
        description: `Service key of the ExpressRoute circuit of ${this.node.path}: give it to ${props.serviceProviderName ?? 'the provider'}`,
      });
      // Apply 2: private peering and the connection only on a circuit the provider has provisioned.
      if (this.privatePeering && this.expressRoute.connection) {
        const provider = props.serviceProviderName ?? 'the provider';
        this.expressRoute.requireProvisioned([this.privatePeering, this.expressRoute.connection], provider,
          `give ${provider} the service key (terraform output -raw ${this.serviceKeyOutput.friendlyUniqueId})`);
      }
    }

    // ---- AWS: Direct Connect gateway, association, private/transit VIF.
    if (aws) {
      this.awsLink = new AwsDirectConnectLink(this, 'Aws', {
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
        generateMd5Key: generate,
        mtu: props.awsMtu,
        name: `${aws.namePrefix}-${id}`.toLowerCase(),
        propertyPrefix: 'aws',
      });
    }

    // ---- Google: Partner (16550) or Dedicated attachments.
    if (gcp) {
      this.gcpLink = new GcpInterconnectLink(this, 'Gcp', {
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
        generateMd5Key: gcpType === GcpInterconnectType.DEDICATED && generate,
        bfd,
        activate: this.deployStage === DeployStage.CONNECT,
        namePrefix: `${gcp.namePrefix}-${id}`,
        propertyPrefix: 'gcp',
      });
    }

    // ---- OCI: FastConnect through the Layer 2 provider, on the hub's DRG.
    if (oci) {
      this.ociLink = new OciFastConnectLink(this, 'Oci', {
        hub: oci,
        providerServiceName: props.ociProviderServiceName!,
        bandwidthShapeName: props.ociBandwidthShapeName,
        customerAsn: props.customerRouterAsn,
        peeringCidr: props.ociPeeringCidr,
        peeringRange: props.peeringRange,
        peeringAvoidRanges: avoid,
        peeringKey: `${this.node.path}/oci`,
        md5Key: props.ociMd5Key?.stringValue,
        generateMd5Key: generate,
        bfd,
        displayName: `${oci.displayNamePrefix}-${id}-fastconnect`.toLowerCase(),
        propertyPrefix: 'oci',
      });
      // The VCN reaches every other party through the DRG.
      oci.routeToDrg(this.origins.filter((o) => o.cloud !== Cloud.OCI).flatMap((o) => o.prefixes));
    }

    // ---- Prefix budgets are checked once the app is complete, from the route propagation over the model (the
    // whole-app check `prefix-budget`): the same figures as the report.

    // ---- The FRR configuration, written at synth next to cdk.tf.json (see StackArtifacts for the hook).
    const stack = TerraformStack.of(this);
    const relative = this.node.path.split('/').slice(stack.node.path.split('/').length).join('-') || id;
    this.frrConfigFileName = `customer-router-${relative}.frr.conf`;
    StackArtifacts.of(this)._add(this.frrConfigFileName, () => this.frrConfig);

    // ---- The connectivity model.
    const gwSku = azure.expressRouteGatewaySku ?? 'ErGw1AZ';
    ctx.model._addLink(() => {
      const plan = this.routerPlan;
      return {
        id: this.node.path,
        stack: stackName(this),
        pattern: 'L2ProviderMultiCloud',
        construct: this.node.path,
        kind: LinkKind.LAYER2,
        role: LinkRole.PRIMARY,
        clouds: [Cloud.AZURE, ...(aws ? [Cloud.AWS] : []), ...(gcp ? [Cloud.GCP] : []), ...(oci ? [Cloud.OCI] : []), Cloud.CUSTOMER],
        hubs: [azure, aws, gcp, oci].filter((h) => h !== undefined).map((h) => h!.node.path),
        circuitMbps: this.expressRoute.bandwidthMbps,
        // the ExpressRoute circuit carries only traffic to and from Azure
        circuitClouds: [Cloud.AZURE],
        gatewayMbps: EXPRESSROUTE_GATEWAY_SKUS[gwSku]?.throughputMbps,
        gatewayName: `ExpressRoute gateway ${gwSku}`,
        sessions: plan.sessions.map((s): BgpSessionRecord => {
          const hub = s.cloud === Cloud.AZURE ? azure : s.cloud === Cloud.AWS ? aws : s.cloud === Cloud.GCP ? gcp : oci;
          return {
            id: `${this.node.path}/${s.name}`,
            link: this.node.path,
            a: {
              cloud: Cloud.CUSTOMER,
              node: `${this.node.path}/customer-router`,
              label: 'Customer router',
              asn: s.localAsn,
              address: s.localAddress,
              originates: known(props.onPremisesPrefixes),
              // exactly what the FRR configuration sends on this session (prefix list and aggregates)
              exports: s.advertise,
              receiveLimitType: SessionType.CUSTOMER_ROUTER,
              receiveLimitOverride: s.inboundMaxPrefix,
              edge: EdgeKind.CUSTOMER_ROUTER,
              prefixesProperty: 'onPremisesPrefixes',
            },
            b: {
              cloud: s.cloud,
              node: `${this.node.path}/${s.name}/${s.cloud === Cloud.AZURE ? 'msee' : s.cloud === Cloud.AWS ? 'dx-gateway' : s.cloud === Cloud.GCP ? 'cloud-router' : 'fastconnect'}`,
              label: s.cloud === Cloud.AZURE ? `Microsoft edge, ${s.port} link` : s.cloud === Cloud.AWS ? 'Direct Connect gateway' : s.cloud === Cloud.GCP ? `Cloud Router, ${s.link}` : 'Oracle FastConnect edge',
              asn: s.peerAsn,
              address: s.peerAddress,
              originates: s.receives,
              receiveLimitType: s.sessionType,
              receiveLimitOverride: s.cloud === Cloud.GCP ? props.gcpMaxPrefix : s.cloud === Cloud.OCI ? props.ociMaxPrefix : undefined,
              hub: hub?.node.path,
              edge: CLOUD_EDGE[s.cloud],
              prefixesProperty: CLOUD_PROPERTY[s.cloud],
            },
            subnet: s.subnet,
            vlan: s.vlan,
            vlanDomain: s.cloud === Cloud.AZURE ? vlanDomain : s.cloud === Cloud.AWS ? `aws-dx:${props.awsConnectionId}` : s.cloud === Cloud.GCP && gcpType === GcpInterconnectType.DEDICATED ? `gcp-interconnect:${props.gcpInterconnects?.[Number(s.name.slice(-1))]}` : undefined,
            initiator: BgpInitiator.EITHER,
            bfd: s.bfd,
            md5KeyRef: s.md5KeyRef,
            managedBy: s.cloud === Cloud.GCP && gcpType === GcpInterconnectType.PARTNER ? 'Google creates the Cloud Router side when the provider activates the attachment' : undefined,
          };
        }),
      };
    });
    ConnectivityReport.attach(this);
  }

  /**
   * The customer router's plan: one entry per BGP session (cloud, link, VLAN, local and peer address, ASNs, MD5 key
   * reference, max-prefix = the cloud's limit, what to advertise after summarisation). Reading it settles the app's
   * peering allocations, so read it once the whole app is built (at synth, or in tests after construction).
   */
  public get routerPlan(): CustomerRouterPlan {
    return CustomerRouterPlanner.plan(this.planInput(true));
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
    const props = this.props;
    const bfd = props.bfd ?? true;
    const ref = (output?: TerraformOutput) => (withAddresses && output ? output.friendlyUniqueId : undefined);
    // A VLAN known only at apply time is left out of the plan (the FRR file then says "VLAN not known at synth").
    const vlan = (v?: number) => (v === undefined || isUnresolved(v) ? undefined : v);
    // The customer router takes the first usable address of every subnet, the cloud the second.
    const addr = (a: PeeringAllocation | undefined) => (withAddresses && a ? { subnet: a.text, localAddress: a.first, peerAddress: a.second } : {});
    const sessions: RouterSessionSpec[] = [];
    ['primary', 'secondary'].forEach((which, i) => sessions.push({
      name: `azure-${which}`,
      cloud: Cloud.AZURE,
      link: `ExpressRoute private peering (${which} link)`,
      port: i === 0 ? RouterPort.PRIMARY : RouterPort.SECONDARY,
      vlan: vlan(props.azureVlan),
      ...addr(this.azurePeeringSubnets[i]),
      peerAsn: WellKnownAsn.MICROSOFT,
      md5KeyRef: ref(this.azureMd5KeyOutput),
      bfd,
      sessionType: this.expressRoute.privatePeeringLimit,
    }));
    if (this.awsLink) {
      sessions.push({
        name: 'aws',
        cloud: Cloud.AWS,
        link: `Direct Connect ${this.awsLink.transitVirtualInterface ? 'transit' : 'private'} virtual interface`,
        vlan: vlan(props.awsVlan),
        ...addr(this.awsLink.peering),
        peerAsn: this.awsLink.directConnectGatewayAsn,
        md5KeyRef: ref(this.awsLink.md5KeyOutput),
        bfd,
        sessionType: this.awsLink.sessionType,
      });
    }
    if (this.gcpLink) {
      const partner = this.gcpLink.type === GcpInterconnectType.PARTNER;
      this.gcpLink.attachments.forEach((_, i) => sessions.push({
        name: partner ? `gcp-ad${i + 1}` : `gcp-${i}`,
        cloud: Cloud.GCP,
        link: partner ? `Partner Interconnect attachment (${GCP_EDGE_AVAILABILITY_DOMAINS[i]})` : `Dedicated Interconnect attachment ${i}`,
        port: i === 0 ? RouterPort.PRIMARY : RouterPort.SECONDARY,
        vlan: vlan(partner ? props.gcpCustomerVlans?.[i] : props.gcpVlans?.[i]),
        subnet: !partner && withAddresses ? this.gcpLink!.candidateSubnets[i]?.text : undefined,
        peerAsn: this.gcpLink!.routerAsn,
        md5KeyRef: ref(this.gcpLink!.md5KeyOutput),
        bfd: !partner && bfd,
        sessionType: this.gcpLink!.sessionType,
        maxPrefixOverride: props.gcpMaxPrefix,
        note: (() => {
          const out = withAddresses ? ` (terraform output ${this.gcpLink!.addressOutputs[i].friendlyUniqueId})` : '';
          return partner
            // Google creates the interface and BGP peer itself (auto-ia-if-..., auto-ia-bgp-...); on Layer 2 "you must add
            // your on-premises ASN to each BGP peer" (cloud.google.com/network-connectivity/docs/interconnect/tutorials/partner-creating-9999-availability)
            ? `Google assigns the link-local addresses when the provider configures the attachment${out}; before apply 2, add the peer ASN to the BGP peer Google created: gcloud compute routers update-bgp-peer ${this.gcpLink!.routerName} --region ${props.gcp!.region} --peer-name <auto-ia-bgp-... of this attachment> --peer-asn ${props.customerRouterAsn}`
            : `Google assigns both addresses inside the candidate subnet${out}`;
        })(),
      }));
    }
    if (this.ociLink) {
      sessions.push({
        name: 'oci',
        cloud: Cloud.OCI,
        link: 'FastConnect virtual circuit (Layer 2 provider)',
        vlan: vlan(props.ociVlan),
        ...addr(this.ociLink.peering),
        peerAsn: WellKnownAsn.ORACLE,
        md5KeyRef: ref(this.ociLink.md5KeyOutput),
        bfd,
        sessionType: this.ociLink.sessionType,
        maxPrefixOverride: props.ociMaxPrefix,
      });
    }
    return {
      name: this.node.path,
      routerAsn: props.customerRouterAsn,
      sessions,
      origins: this.origins,
      summarize: props.summarizeAdvertisements ?? true,
      inboundMaxPrefix: props.customerRouterMaxPrefix,
    };
  }

  /** `customerRouterAsn`: allowed by every cloud in play and distinct from every cloud-side ASN. */
  private validateAsn(gcpType: GcpInterconnectType): void {
    const props = this.props;
    const asn = props.customerRouterAsn;
    if (isUnresolved(asn)) return;
    const p = 'customerRouterAsn';
    Asn.validate(asn, Cloud.AZURE, AsnRole.PEER, p);
    const cloudSide: Array<[number | undefined, string]> = [[WellKnownAsn.MICROSOFT, 'Microsoft\'s ExpressRoute edge']];
    if (props.aws) {
      Asn.validate(asn, Cloud.AWS, AsnRole.PEER, p, props.aws.region);
      AwsDirectConnectLink.validateVifAsn(asn, p);
      cloudSide.push([props.awsDirectConnectGatewayAsn ?? DEFAULT_DX_GATEWAY_ASN, 'the Direct Connect gateway']);
      cloudSide.push([props.aws.amazonSideAsn, `the AWS hub's ${props.aws.usesTransitGateway ? 'transit' : 'virtual private'} gateway`]);
    }
    if (props.gcp) {
      Asn.validate(asn, Cloud.GCP, AsnRole.PEER, p);
      const routerAsn = props.gcpRouterAsn ?? (gcpType === GcpInterconnectType.PARTNER ? WellKnownAsn.GOOGLE_PARTNER_INTERCONNECT : props.gcp.interconnectRouterAsn);
      cloudSide.push([routerAsn, 'the Google Cloud Router']);
    }
    if (props.oci) {
      Asn.validate(asn, Cloud.OCI, AsnRole.PEER, p);
      cloudSide.push([WellKnownAsn.ORACLE, 'Oracle\'s FastConnect edge']);
    }
    for (const [other, what] of cloudSide) {
      if (other !== undefined && !isUnresolved(other)) Asn.validateDistinct(asn, other, p, `the customer router and ${what}`);
    }
  }

  /** The networks of the clouds and on-premises must not overlap, or the router cannot tell where to send traffic. */
  private validateOriginsDisjoint(): void {
    const list = this.origins.flatMap((o) => o.prefixes.map((prefix) => ({ cloud: o.cloud, prefix, c: Cidr.parseLoose(prefix) })));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [x, y] = [list[i], list[j]];
        if (x.cloud === y.cloud || !x.c.overlaps(y.c)) continue;
        const blame = y.cloud === Cloud.CUSTOMER ? 'onPremisesPrefixes' : y.cloud === Cloud.AWS ? 'aws' : y.cloud === Cloud.GCP ? 'gcp' : y.cloud === Cloud.OCI ? 'oci' : 'azure';
        fail(blame, y.prefix, `${y.prefix} (${y.cloud}) overlaps ${x.prefix} (${x.cloud}); the customer router would learn one range from two clouds and send traffic for one of them to the other`, 'readdress one of the networks, or leave the overlapping network out of this design');
      }
    }
  }
}

/** The edge kind of each cloud's end of a Layer 2 session (edges.ts). */
const CLOUD_EDGE: { [cloud: string]: EdgeKind } = {
  [Cloud.AZURE]: EdgeKind.AZURE_EXPRESSROUTE,
  [Cloud.AWS]: EdgeKind.AWS_DIRECT_CONNECT_GATEWAY,
  [Cloud.GCP]: EdgeKind.GCP_CLOUD_ROUTER,
  [Cloud.OCI]: EdgeKind.OCI_DRG,
};

/** The hub property that holds the prefixes each cloud advertises (what a budget error names). */
const CLOUD_PROPERTY: { [cloud: string]: string } = {
  [Cloud.AZURE]: 'azure.addressSpace',
  [Cloud.AWS]: 'aws.vpcCidrs',
  [Cloud.GCP]: 'gcp.subnetCidrs',
  [Cloud.OCI]: 'oci.subnetCidrs',
};
