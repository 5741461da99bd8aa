import { Annotations, TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { claimPeering } from '../core/claims';
import { AppContext, checked, isUnresolved, known, stackName } from '../core/context';
import { AwsHub } from '../hubs/aws-hub';
import { AzureHub, AzureVpnGateway } from '../hubs/azure-hub';
import { GcpHub } from '../hubs/gcp-hub';
import { OciHub } from '../hubs/oci-hub';
import { AwsVpnToAzure } from '../links/vpn-aws';
import { AzureVpnConnections, AzureVpnTunnel } from '../links/vpn-azure';
import { GCP_BACKUP_ADVERTISED_ROUTE_PRIORITY, GCP_DEFAULT_ADVERTISED_ROUTE_PRIORITY, GcpHaVpnToAzure } from '../links/vpn-gcp';
import { VpnPreSharedKeyOptions, _validatePreSharedKey } from '../links/vpn-keys';
import { OciIpsecToAzure } from '../links/vpn-oci';
import { Asn, AsnRole, WellKnownAsn } from '../plan/asn';
import { Cidr, parseAll } from '../plan/cidr';
import { Cloud } from '../plan/clouds';
import { EdgeKind } from '../plan/edges';
import { fail, isValidationError, ValidationError } from '../plan/errors';
import {
  IkeResolver, IkeVersion, IpsecEndpoint, IpsecProposal, IpsecProposalMapper, IpsecProposalOverrides, VpnEndpointKind,
} from '../plan/ike';
import { SessionType, TUNNEL_THROUGHPUT_MBPS, vpnGatewaySku } from '../plan/limits';
import { BgpInitiator, BgpSessionRecord, LinkKind, LinkRole } from '../plan/model';
import { PeeringAllocation, PeeringKind } from '../plan/peering';
import { ConnectivityReport } from '../report/connectivity-report';

export * from '../links/vpn-keys';
export * from '../links/vpn-azure';
export * from '../links/vpn-aws';
export * from '../links/vpn-gcp';
export * from '../links/vpn-oci';

/** Props of an `S2SVpnBackup`. */
export interface S2SVpnBackupProps extends VpnPreSharedKeyOptions {
  /** The Azure hub; its VPN gateway (route-based, active-active, BGP) is created on first use and shared. */
  readonly azure: AzureHub;
  /** A VPN to this AWS hub's virtual private or transit gateway (4 tunnels). @default - no VPN to AWS */
  readonly aws?: AwsHub;
  /** A VPN to this Google Cloud hub over HA VPN (2 tunnels). @default - no VPN to Google Cloud */
  readonly gcp?: GcpHub;
  /** A VPN to this OCI hub's DRG (4 tunnels). @default - no VPN to OCI */
  readonly oci?: OciHub;
  /**
   * The Azure VPN gateway's BGP ASN. It is also the ASN the other clouds are told their peer uses (AWS customer
   * gateway, Google BGP peer, OCI `customer_bgp_asn`).
   * @default 65515 (or the ASN of the hub's existing VPN gateway)
   */
  readonly azureAsn?: number;
  /**
   * The Azure VPN gateway SKU; it must support BGP and active-active (not `Basic`).
   * @default 'VpnGw2AZ' (or the SKU of the hub's existing VPN gateway)
   */
  readonly vpnGatewaySku?: string;
  /** The Azure VPN gateway generation. @default 'Generation2' (or that of the hub's existing VPN gateway) */
  readonly vpnGatewayGeneration?: string;
  /**
   * IKE/IPsec values to force on every tunnel; each must be accepted by both ends of every tunnel. Weak values (DES,
   * 3DES, MD5, SHA-1, DH groups below 14, no PFS) are used only when asked for here, with a warning.
   * @default - `IkeResolver` picks one strong proposal per peer (IKEv2, AES-256, SHA-384, ECP384, AES-256-GCM)
   */
  readonly ipsecOverrides?: IpsecProposalOverrides;
  /** Primary or backup. A backup is configured so that the private link wins whenever it is up. @default LinkRole.BACKUP */
  readonly role?: LinkRole;
  /**
   * The four AWS tunnel inside /30s (connection to instance 0: tunnels 1, 2; connection to instance 1: tunnels 1, 2),
   * each inside Azure's APIPA window 169.254.21.0-169.254.22.255 and off AWS's reserved list. Must be known at synth:
   * every BGP address on both sides is derived from it.
   * @default - allocated from the app-wide peering allocator
   */
  readonly awsTunnelInsideCidrs?: string[];
  /**
   * The two Google tunnel inside /30s (HA VPN interface 0, 1), inside Azure's APIPA window. Known at synth.
   * @default - allocated from the app-wide peering allocator
   */
  readonly gcpTunnelInsideCidrs?: string[];
  /**
   * The four OCI tunnel inside /30s (IPSec connection to instance 0: 2 tunnels; to instance 1: 2 tunnels), inside
   * Azure's APIPA window. Known at synth.
   * @default - allocated from the app-wide peering allocator
   */
  readonly ociTunnelInsideCidrs?: string[];
  /**
   * The Cloud Router base priority (MED) of the routes Google advertises to Azure; lower wins.
   * @default 10200 for a backup (Google's value for "always a backup"), 100 (Google's default) for a primary
   */
  readonly gcpAdvertisedRoutePriority?: number;
  /** The IKE versions the Azure gateway may use (narrow it to express a policy). @default - IKEv1 and IKEv2 */
  readonly azureIkeVersions?: IkeVersion[];
  /** The IKE versions the AWS tunnels may use. @default - IKEv1 and IKEv2 */
  readonly awsIkeVersions?: IkeVersion[];
  /** The IKE versions the Google tunnels may use. @default - IKEv1 and IKEv2 */
  readonly gcpIkeVersions?: IkeVersion[];
  /** The IKE versions the OCI tunnels may use. @default - IKEv1 and IKEv2 */
  readonly ociIkeVersions?: IkeVersion[];
  /** Emit the pre-shared keys as sensitive Terraform outputs (one list per peer cloud). @default false */
  readonly outputPreSharedKeys?: boolean;
}

/** Azure's side of a tunnel set towards one peer cloud. */
interface PeerPlan {
  readonly cloud: Cloud;
  readonly key: 'aws' | 'gcp' | 'oci';
  readonly cidrs: PeeringAllocation[];
  /** Gateway instance of each tunnel. */
  readonly instances: number[];
}

/**
 * Site-to-site IPsec VPN with BGP from an Azure hub to AWS, Google Cloud and/or OCI, as the backup of a private link
 * (or as a primary path, with `role`).
 *
 * Azure: the hub's route-based, active-active VPN gateway with BGP, custom APIPA BGP addresses (169.254.21.0-22.255)
 * per tunnel, and per remote tunnel endpoint a local network gateway and an IKEv2 connection with an explicit IPsec
 * policy and the per-instance custom BGP addresses (children of `Azure/Aws`, `Azure/Gcp`, `Azure/Oci`). AWS (`Aws`):
 * two customer gateways, two VPN connections, four tunnels started by AWS. Google (`Gcp`): HA VPN, an external gateway
 * for the two Azure IPs, two tunnels, router interfaces and BGP peers. OCI (`Oci`): two CPEs and IPSec connections on
 * the DRG, four tunnels with BGP. Tunnel /30s come from the app-wide allocator (the non-Azure side takes the first
 * usable address, Azure the second); IKE/IPsec settings come from `IkeResolver`, one proposal per peer that both ends
 * accept; pre-shared keys are generated per tunnel or taken from a sensitive variable, never written as literals.
 * Every peer is recorded as a VPN link in the connectivity model.
 *
 * Backup semantics: Azure prefers ExpressRoute over VPN for the same prefix, AWS prefers Direct Connect, OCI prefers
 * FastConnect over IPSec; the library advertises no more-specific prefixes over the VPN, and sets the Google BGP
 * peers' advertised route priority to 10200 so that Google's interconnect routes win. See the README, "Failover behaviour per cloud".
 */
export class S2SVpnBackup extends Construct {
  /** The hub's VPN gateway (shared with other patterns on the hub). */
  public readonly gateway: AzureVpnGateway;
  /** The Azure VPN gateway's ASN. */
  public readonly azureAsn: number;
  /** Primary or backup. */
  public readonly role: LinkRole;
  /** The AWS side (`Aws`), when `aws` is given. */
  public readonly aws?: AwsVpnToAzure;
  /** The Azure side towards AWS (`Azure/Aws`). */
  public readonly azureToAws?: AzureVpnConnections;
  /** The Google side (`Gcp`), when `gcp` is given. */
  public readonly gcp?: GcpHaVpnToAzure;
  /** The Azure side towards Google (`Azure/Gcp`). */
  public readonly azureToGcp?: AzureVpnConnections;
  /** The OCI side (`Oci`), when `oci` is given. */
  public readonly oci?: OciIpsecToAzure;
  /** The Azure side towards OCI (`Azure/Oci`). */
  public readonly azureToOci?: AzureVpnConnections;
  /** The IKE/IPsec proposal of the AWS tunnels. */
  public readonly awsProposal?: IpsecProposal;
  /** The IKE/IPsec proposal of the Google tunnels. */
  public readonly gcpProposal?: IpsecProposal;
  /** The IKE/IPsec proposal of the OCI tunnels. */
  public readonly ociProposal?: IpsecProposal;
  /** The AWS tunnels' inside /30s. */
  public readonly awsTunnelCidrs: PeeringAllocation[] = [];
  /** The Google tunnels' inside /30s. */
  public readonly gcpTunnelCidrs: PeeringAllocation[] = [];
  /** The OCI tunnels' inside /30s. */
  public readonly ociTunnelCidrs: PeeringAllocation[] = [];

  private readonly props: S2SVpnBackupProps;
  private readonly azureEndpoint: IpsecEndpoint;

  constructor(scope: Construct, id: string, props: S2SVpnBackupProps) {
    super(scope, id);
    this.props = props;
    const { azure, aws, gcp, oci } = props;
    const ctx = AppContext.of(this);
    this.role = props.role ?? LinkRole.BACKUP;
    const existing = azure.existingVpnGateway;
    const azureAsn = props.azureAsn ?? existing?.asn ?? WellKnownAsn.AZURE_VPN_GATEWAY_DEFAULT;
    this.azureAsn = azureAsn;

    checked(this, () => {
      if (!aws && !gcp && !oci) fail('aws', undefined, 'a VPN needs at least one peer cloud', 'set aws, gcp and/or oci');
      _validatePreSharedKey(props);
      if (!isUnresolved(azureAsn)) Asn.validate(azureAsn, Cloud.AZURE, AsnRole.CLOUD_SIDE, 'azureAsn');
      this.checkAddressSpaces();
      if (aws) this.checkAwsAsns(aws, azureAsn);
      if (gcp && !isUnresolved(azureAsn) && !isUnresolved(gcp.vpnRouterAsn)) {
        Asn.validateDistinct(azureAsn, gcp.vpnRouterAsn, 'azureAsn', 'the Azure VPN gateway and the Google HA VPN Cloud Router');
        Asn.validate(azureAsn, Cloud.GCP, AsnRole.PEER, 'azureAsn');
        Asn.validate(gcp.vpnRouterAsn, Cloud.AZURE, AsnRole.PEER, 'gcp.vpnRouterAsn');
      }
      if (oci && !isUnresolved(azureAsn)) {
        // Oracle's side is always 31898; the customer side (Azure) must differ from it.
        Asn.validate(azureAsn, Cloud.OCI, AsnRole.PEER, 'azureAsn');
      }
      this.checkListLength(props.awsTunnelInsideCidrs, 4, 'awsTunnelInsideCidrs', 'two VPN connections of two tunnels each');
      this.checkListLength(props.gcpTunnelInsideCidrs, 2, 'gcpTunnelInsideCidrs', 'two HA VPN tunnels');
      this.checkListLength(props.ociTunnelInsideCidrs, 4, 'ociTunnelInsideCidrs', 'two IPSec connections of two tunnels each');
      const prio = props.gcpAdvertisedRoutePriority;
      if (prio !== undefined && !isUnresolved(prio) && (!Number.isInteger(prio) || prio < 0 || prio > 65535)) {
        fail('gcpAdvertisedRoutePriority', prio, 'a Cloud Router base priority is a whole number from 0 to 65535 (cloud.google.com/network-connectivity/docs/router/how-to/updating-priority)',
          `use ${GCP_BACKUP_ADVERTISED_ROUTE_PRIORITY} for a backup path or ${GCP_DEFAULT_ADVERTISED_ROUTE_PRIORITY} for a primary`);
      }
    });

    // The hub's VPN gateway: created on first use, or the existing one (same SKU, generation, ASN).
    this.gateway = azure.vpnGateway({ sku: props.vpnGatewaySku, generation: props.vpnGatewayGeneration, asn: azureAsn });
    const gw = this.gateway;
    this.azureEndpoint = checked(this, () => ({ ...IkeResolver.azureGatewayEndpoint(gw.sku), ikeVersions: props.azureIkeVersions }));
    // counted on the shared gateway, so that several VPN patterns on one hub stay within the SKU's tunnel limit
    checked(this, () => gw._addConnections((aws ? 4 : 0) + (gcp ? 2 : 0) + (oci ? 4 : 0), this.node.path));

    const base = slug(id);
    const azureScope = new Construct(this, 'Azure');
    const azureIps = gw.publicIps.map((ip) => ip.ipAddress);
    const plans: PeerPlan[] = [];

    if (aws) {
      const proposal = this.resolve(Cloud.AWS, VpnEndpointKind.AWS_VPN, props.awsIkeVersions, 'awsIkeVersions');
      this.awsProposal = proposal;
      const cidrs = this.tunnelCidrs('aws', 4, [PeeringKind.AWS_TUNNEL, PeeringKind.AZURE_APIPA], props.awsTunnelInsideCidrs, 'awsTunnelInsideCidrs');
      this.awsTunnelCidrs.push(...cidrs);
      const tunnelOptions = this.mapped(() => IpsecProposalMapper.toAwsTunnelOptions(proposal));
      this.aws = new AwsVpnToAzure(this, 'Aws', {
        hub: aws,
        azurePublicIps: azureIps,
        azureAsn,
        insideCidrs: cidrs,
        tunnelOptions,
        namePrefix: `${aws.namePrefix}-${base}`,
        preSharedKey: props.preSharedKey,
        preSharedKeyVersion: props.preSharedKeyVersion,
      });
      const instances = [0, 0, 1, 1];
      this.azureToAws = this.azureSide(azureScope, 'Aws', `${azure.namePrefix}-${base}-aws`, proposal, cidrs, instances,
        this.aws.tunnelOutsideAddresses, aws.amazonSideAsn, this.aws.preSharedKeys);
      this.output('Aws', this.aws, this.aws.preSharedKeys);
      plans.push({ cloud: Cloud.AWS, key: 'aws', cidrs, instances });
    }

    if (gcp) {
      const proposal = this.resolve(Cloud.GCP, VpnEndpointKind.GCP_HA_VPN, props.gcpIkeVersions, 'gcpIkeVersions');
      this.gcpProposal = proposal;
      const cidrs = this.tunnelCidrs('gcp', 2, [PeeringKind.GCP_LINK_LOCAL, PeeringKind.AZURE_APIPA], props.gcpTunnelInsideCidrs, 'gcpTunnelInsideCidrs');
      this.gcpTunnelCidrs.push(...cidrs);
      const priority = props.gcpAdvertisedRoutePriority
        ?? (this.role === LinkRole.BACKUP ? GCP_BACKUP_ADVERTISED_ROUTE_PRIORITY : GCP_DEFAULT_ADVERTISED_ROUTE_PRIORITY);
      this.gcp = new GcpHaVpnToAzure(this, 'Gcp', {
        hub: gcp,
        azurePublicIps: azureIps,
        azureAsn,
        insideCidrs: cidrs,
        ikeVersion: this.mapped(() => IpsecProposalMapper.toGcpTunnel(proposal)).ikeVersion,
        advertisedRoutePriority: priority,
        namePrefix: gcpName(`${gcp.namePrefix}-${base}`),
        preSharedKey: props.preSharedKey,
        preSharedKeyVersion: props.preSharedKeyVersion,
      });
      const instances = [0, 1];
      this.azureToGcp = this.azureSide(azureScope, 'Gcp', `${azure.namePrefix}-${base}-gcp`, proposal, cidrs, instances,
        this.gcp.interfaceAddresses, gcp.vpnRouterAsn, this.gcp.preSharedKeys);
      this.output('Gcp', this.gcp, this.gcp.preSharedKeys);
      plans.push({ cloud: Cloud.GCP, key: 'gcp', cidrs, instances });
    }

    if (oci) {
      const proposal = this.resolve(Cloud.OCI, VpnEndpointKind.OCI_IPSEC, props.ociIkeVersions, 'ociIkeVersions');
      this.ociProposal = proposal;
      const cidrs = this.tunnelCidrs('oci', 4, [PeeringKind.OCI_IPSEC, PeeringKind.AZURE_APIPA], props.ociTunnelInsideCidrs, 'ociTunnelInsideCidrs');
      this.ociTunnelCidrs.push(...cidrs);
      const azureRanges = known(azure.addressSpace);
      this.oci = new OciIpsecToAzure(this, 'Oci', {
        hub: oci,
        azurePublicIps: azureIps,
        azureAsn,
        insideCidrs: cidrs,
        tunnelDetails: this.mapped(() => IpsecProposalMapper.toOciTunnelDetails(proposal)),
        staticRoutes: azureRanges.length > 0 ? azureRanges : azure.addressSpace,
        displayNamePrefix: `${oci.displayNamePrefix}-${base}`,
        preSharedKey: props.preSharedKey,
        preSharedKeyVersion: props.preSharedKeyVersion,
      });
      const instances = [0, 0, 1, 1];
      this.azureToOci = this.azureSide(azureScope, 'Oci', `${azure.namePrefix}-${base}-oci`, proposal, cidrs, instances,
        this.oci.tunnelAddresses, WellKnownAsn.ORACLE, this.oci.preSharedKeys);
      this.output('Oci', this.oci, this.oci.preSharedKeys);
      // The VCN routes the Azure prefixes to the DRG (the same route serves an ExpressRoute interconnect on the hub).
      oci.routeToDrg(azureRanges);
      plans.push({ cloud: Cloud.OCI, key: 'oci', cidrs, instances });
    }

    for (const plan of plans) this.record(ctx, plan);
  }

  /** Resolve one proposal for Azure and a peer; errors name the prop to change. */
  private resolve(cloud: Cloud, kind: VpnEndpointKind, versions: IkeVersion[] | undefined, versionsProp: string): IpsecProposal {
    const azureVersions = this.props.azureIkeVersions ?? IkeResolver.capabilities(VpnEndpointKind.AZURE_VPN_GATEWAY).ikeVersions;
    const peerVersions = versions ?? IkeResolver.capabilities(kind).ikeVersions;
    const noShared = !azureVersions.some((v) => peerVersions.includes(v));
    const r = checked(this, () => {
      try {
        return IkeResolver.resolveEndpoints(this.azureEndpoint, { kind, ikeVersions: versions }, this.props.ipsecOverrides);
      } catch (e) {
        if (!isValidationError(e)) throw e;
        let property: string;
        if (e.property.startsWith('a.')) property = 'azureIkeVersions';
        else if (e.property.startsWith('b.')) property = versionsProp;
        else if (noShared && e.property === 'ikeVersion') property = versions !== undefined ? versionsProp : 'azureIkeVersions';
        else property = `ipsecOverrides.${e.property}`;
        throw new ValidationError({ property, value: e.value, rule: `Azure to ${cloud}: ${e.rule}`, fix: e.fix });
      }
    });
    for (const w of r.warnings) Annotations.of(this).addWarning(`IKE/IPsec, Azure to ${cloud}: ${w}`);
    return r.proposal;
  }

  /** Map a proposal to a cloud's spelling; errors blame `ipsecOverrides`. */
  private mapped<T>(map: () => T): T {
    return checked(this, map, 'ipsecOverrides');
  }

  /** The inside /30s of one peer's tunnels: the user's (validated and reserved) or allocated. */
  private tunnelCidrs(cloud: string, count: number, kinds: PeeringKind[], explicit: string[] | undefined, property: string): PeeringAllocation[] {
    return Array.from({ length: count }, (_, i) => claimPeering(this, {
      key: `${this.node.path}/${cloud}/tunnel${i}`,
      explicit: explicit?.[i],
      kinds,
      property: `${property}[${i}]`,
      explicitMustBeKnown: true,
      what: `the ${cloud.toUpperCase()} VPN tunnel ${i} of ${this.node.path}`,
    }));
  }

  /** The Azure side for one peer. */
  private azureSide(scope: Construct, id: string, namePrefix: string, proposal: IpsecProposal, cidrs: PeeringAllocation[],
    instances: number[], remoteAddresses: string[], remoteAsn: number, keys: string[]): AzureVpnConnections {
    const tunnels: AzureVpnTunnel[] = cidrs.map((c, t) => {
      const instance = instances[t];
      // The tunnel in the same position on the other instance; its Azure address fills the slot this tunnel leaves
      // unused (AWS/OCI: tunnel 0 pairs with 2, 1 with 3; Google: 0 with 1).
      const position = instances.slice(0, t).filter((x) => x === instance).length;
      const others = cidrs.filter((_, j) => instances[j] !== instance);
      return {
        remoteAddress: remoteAddresses[t],
        remoteAsn,
        instance,
        insideCidr: c,
        otherInstanceCidr: others[Math.min(position, others.length - 1)],
        sharedKey: keys[t],
      };
    });
    return new AzureVpnConnections(scope, id, {
      hub: this.props.azure,
      gateway: this.gateway,
      namePrefix,
      tunnels,
      ipsecPolicy: this.mapped(() => IpsecProposalMapper.toAzureIpsecPolicy(proposal)),
      connectionProtocol: IpsecProposalMapper.toAzureConnectionProtocol(proposal),
    });
  }

  /** A sensitive output with a peer's keys, when asked for. */
  private output(name: string, scope: Construct, keys: string[]): void {
    if (!this.props.outputPreSharedKeys) return;
    new TerraformOutput(scope, 'PreSharedKeys', {
      value: keys,
      sensitive: true,
      description: `Pre-shared keys of the ${name} tunnels (Azure to ${name})`,
    });
  }

  private checkListLength(list: string[] | undefined, count: number, property: string, what: string): void {
    if (list === undefined || isUnresolved(list)) return;
    if (list.length !== count) fail(property, list, `${what} need exactly ${count} inside /30s`, `give ${count} /30s in Azure's APIPA window 169.254.21.0-169.254.22.255, or leave ${property} out`);
  }

  /** Address spaces of the networks this VPN joins must not overlap: the Azure gateway transits between its BGP peers. */
  private checkAddressSpaces(): void {
    const { azure, aws, gcp, oci } = this.props;
    const nets: Array<[string, string[]]> = [['azure.addressSpace', azure.addressSpace]];
    if (aws) nets.push(['aws.vpcCidrs', aws.vpcCidrs]);
    if (gcp) nets.push(['gcp.subnetCidrs', gcp.subnetCidrs]);
    if (oci) nets.push(['oci.vcnCidrs', oci.vcnCidrs]);
    const parsed = nets.map(([p, list]) => [p, parseAll(known(list), p)] as [string, Cidr[]]);
    for (let i = 0; i < parsed.length; i++) {
      for (let j = i + 1; j < parsed.length; j++) {
        for (const a of parsed[i][1]) {
          const b = parsed[j][1].find((x) => x.overlaps(a));
          if (b) {
            fail(parsed[j][0], b.toString(), `it overlaps ${a} of ${parsed[i][0]}; the Azure VPN gateway would learn one prefix from two clouds and routing would be ambiguous`, 'readdress one network so the ranges are disjoint');
          }
        }
      }
    }
  }

  private checkAwsAsns(aws: AwsHub, azureAsn: number): void {
    const awsAsn = aws.amazonSideAsn;
    const awsProp = aws.usesTransitGateway ? 'aws.transitGatewayAsn' : 'aws.amazonSideAsn';
    if (isUnresolved(azureAsn) || isUnresolved(awsAsn)) return;
    if (azureAsn === awsAsn) {
      const note = azureAsn === WellKnownAsn.AWS_DEFAULT
        ? ' (64512 is the default Amazon-side ASN of virtual private and transit gateways; a published AWS-Azure VPN module defaults Azure to it too)'
        : '';
      fail('azureAsn', azureAsn, `the Azure VPN gateway and the AWS ${aws.usesTransitGateway ? 'transit' : 'virtual private'} gateway would both use ASN ${azureAsn}${note}; the sessions are eBGP and each side drops routes carrying its own ASN`,
        'keep Azure\'s default 65515, or give the AWS gateway another private ASN');
    }
    // The customer gateways carry Azure's ASN: AWS's customer-gateway rules apply to it.
    Asn.validate(azureAsn, Cloud.AWS, AsnRole.PEER, 'azureAsn', aws.region);
    // The local network gateways carry AWS's ASN: Azure's peer rules apply to it.
    Asn.validate(awsAsn, Cloud.AZURE, AsnRole.PEER, awsProp);
  }

  /** Record the VPN to one peer cloud as a link in the connectivity model. */
  private record(ctx: AppContext, plan: PeerPlan): void {
    const { azure, aws, gcp, oci } = this.props;
    const gw = this.gateway;
    const linkId = `${this.node.path}/${plan.key}`;
    const hub = plan.key === 'aws' ? aws! : plan.key === 'gcp' ? gcp! : oci!;
    const peer = this.peerSpeaker(plan);
    const tunnelMbps = TUNNEL_THROUGHPUT_MBPS[plan.key].value;
    const azureRanges = known(azure.addressSpace);
    const role = this.role;
    const azureAsn = this.azureAsn;
    ctx.model._addLink(() => ({
      id: linkId,
      stack: stackName(this),
      pattern: 'S2SVpnBackup',
      construct: this.node.path,
      kind: LinkKind.VPN,
      role,
      clouds: [Cloud.AZURE, plan.cloud],
      hubs: [azure.node.path, hub.node.path],
      gatewayMbps: vpnGatewaySku(gw.sku, gw.generation)?.throughputMbps,
      gatewayName: `Azure VPN gateway ${gw.sku}`,
      // An upper bound: every tunnel at its published rate (the Azure gateway SKU usually caps the total first).
      tunnelMbps: tunnelMbps !== undefined ? tunnelMbps * plan.cidrs.length : undefined,
      sessions: plan.cidrs.map((c, t): BgpSessionRecord => ({
        id: `${linkId}/tunnel${t}`,
        link: linkId,
        a: {
          cloud: Cloud.AZURE,
          node: `${gw.node.path}/instance-${plan.instances[t]}`,
          label: `Azure VPN gateway ${gw.sku} (instance ${plan.instances[t]})`,
          asn: isUnresolved(azureAsn) ? undefined : azureAsn,
          address: c.second,
          originates: azureRanges,
          receiveLimitType: SessionType.AZURE_VPN,
          hub: azure.node.path,
          // it re-advertises what it learns from one peer cloud to the others (edges.ts)
          edge: EdgeKind.AZURE_VPN_GATEWAY,
          prefixesProperty: 'azure.addressSpace',
        },
        b: {
          cloud: plan.cloud,
          node: peer.node(t),
          label: peer.label(t),
          asn: peer.asn,
          address: c.first,
          originates: peer.originates,
          receiveLimitType: peer.limit,
          hub: hub.node.path,
          edge: peer.edge,
          prefixesProperty: peer.property,
        },
        subnet: c.text,
        // Azure never initiates BGP towards an APIPA peer: the other cloud opens every session.
        initiator: BgpInitiator.B,
        bfd: false,
      })),
    }));
    ConnectivityReport.attach(this);
  }

  private peerSpeaker(plan: PeerPlan): { node: (t: number) => string; label: (t: number) => string; asn?: number; originates: string[]; limit: SessionType; edge: EdgeKind; property: string } {
    const { aws, gcp, oci } = this.props;
    if (plan.key === 'aws') {
      const conns = this.aws!.vpnConnections;
      const kind = aws!.usesTransitGateway ? 'transit gateway' : 'virtual private gateway';
      return {
        node: (t) => `${conns[Math.floor(t / 2)].node.path}/tunnel${(t % 2) + 1}`,
        label: (t) => `AWS ${kind} (VPN connection ${Math.floor(t / 2)}, tunnel ${(t % 2) + 1})`,
        asn: isUnresolved(aws!.amazonSideAsn) ? undefined : aws!.amazonSideAsn,
        originates: known(aws!.vpcCidrs),
        limit: SessionType.AWS_VPN,
        edge: aws!.usesTransitGateway ? EdgeKind.AWS_TGW_VPN : EdgeKind.AWS_VGW_VPN,
        property: 'aws.vpcCidrs',
      };
    }
    if (plan.key === 'gcp') {
      const router = this.gcp!.router;
      return {
        node: (t) => `${router.node.path}/interface-${t}`,
        label: (t) => `Google Cloud Router (HA VPN interface ${t})`,
        asn: isUnresolved(gcp!.vpnRouterAsn) ? undefined : gcp!.vpnRouterAsn,
        originates: known(gcp!.subnetCidrs),
        limit: SessionType.GCP_CLOUD_ROUTER,
        edge: EdgeKind.GCP_CLOUD_ROUTER,
        property: 'gcp.subnetCidrs',
      };
    }
    const tunnels = this.oci!.tunnels;
    return {
      node: (t) => tunnels[t].node.path,
      label: (t) => `OCI DRG IPSec (connection ${Math.floor(t / 2)}, tunnel ${t % 2})`,
      asn: WellKnownAsn.ORACLE,
      originates: oci!.advertisedPrefixes,
      limit: SessionType.OCI_IPSEC,
      edge: EdgeKind.OCI_DRG,
      property: 'oci.subnetCidrs',
    };
  }
}

function slug(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'vpn';
}

/** A Google resource-name prefix: lower case, starts with a letter, short enough for the longest suffix (63 chars in all). */
function gcpName(prefix: string): string {
  let p = prefix.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  if (!/^[a-z]/.test(p)) p = `v-${p}`;
  return p.slice(0, 54).replace(/-+$/, '');
}
