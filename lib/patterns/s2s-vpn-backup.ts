import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { AppContext, checked, known, stackName } from '../core/context';
import { AwsHub } from '../hubs/aws-hub';
import { AzureHubBase } from '../hubs/azure-hub-base';
import { AzureVpnGateway } from '../hubs/azure-vpn-gateway';
import { GcpHub } from '../hubs/gcp-hub';
import { OciHub } from '../hubs/oci-hub';
import { AwsVpnLink } from '../links/aws-vpn';
import { AzureVpnLink, AzureVpnTunnel } from '../links/azure-vpn';
import { GCP_BACKUP_ADVERTISED_ROUTE_PRIORITY, GCP_DEFAULT_ADVERTISED_ROUTE_PRIORITY, GcpHaVpnLink } from '../links/gcp-ha-vpn';
import { VpnPreSharedKeyOptions } from '../links/vpn-keys';
import { OciIpsecLink } from '../links/oci-ipsec';
import { WellKnownAsn } from '../plan/addressing/asn';
import { Cloud } from '../plan/facts/clouds';
import { isValidationError, ValidationError } from '../plan/errors';
import {
  IkeResolver, IkeVersion, IpsecEndpoint, IpsecProposal, IpsecProposalMapper, IpsecProposalOverrides, VpnEndpointKind,
} from '../plan/ipsec';
import { LinkRole } from '../plan/routing/model';
import { PeeringAllocation } from '../plan/addressing/peering';
import { ConnectivityReport } from '../report/connectivity-report';
import { awsVpnEnd, gcpVpnEnd, ociVpnEnd, VpnPeerPlan, vpnLinkRecord } from './s2s/records';
import { validateS2S } from './s2s/validate';
import { nameSlug } from '../plan/documents/text';
import { guardArgs } from '../core/guard-props';
import { addWarningOnce } from '../core/warnings';
import { skipCreationStacks } from '../core/creation-stacks';

/** Props of an `S2SVpnBackup`. */
export interface S2SVpnBackupProps extends VpnPreSharedKeyOptions {
  /** The Azure hub: its VPN gateway (route-based, active-active, BGP) is created on first use and shared. */
  readonly azure: AzureHubBase;
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
   * The Azure VPN gateway SKU: it must support BGP and active-active (not `Basic`).
   * @default 'VpnGw2AZ' (or the SKU of the hub's existing VPN gateway)
   */
  readonly vpnGatewaySku?: string;
  /** The Azure VPN gateway generation. @default 'Generation2' (or that of the hub's existing VPN gateway) */
  readonly vpnGatewayGeneration?: string;
  /**
   * IKE/IPsec values to force on every tunnel: each must be accepted by both ends of every tunnel. Weak values (DES,
   * 3DES, MD5, SHA-1, DH groups below 14, no PFS) are used only when asked for here, with a warning.
   * @default - `IkeResolver` picks one strong proposal per peer (IKEv2, AES-256, SHA-384, ECP384, AES-256-GCM)
   */
  readonly ipsecOverrides?: IpsecProposalOverrides;
  /** Primary or backup. A backup is configured so that the private link wins whenever it is up. @default LinkRole.BACKUP */
  readonly role?: LinkRole;
  /**
   * The four AWS tunnel inside /30s (connection to instance 0: tunnels 1 and 2, then connection to instance 1: tunnels 1 and 2),
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
   * The four OCI tunnel inside /30s (IPSec connection to instance 0: 2 tunnels, to instance 1: 2 tunnels), inside
   * Azure's APIPA window. Known at synth.
   * @default - allocated from the app-wide peering allocator
   */
  readonly ociTunnelInsideCidrs?: string[];
  /**
   * The Cloud Router base priority (MED) of the routes Google advertises to Azure: lower wins.
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

/** What the construct keeps of one peer cloud: its VPN link, Azure's connections to it, the proposal and the plan. */
interface PeerSide<T> {
  readonly link: T;
  readonly azure: AzureVpnLink;
  readonly proposal: IpsecProposal;
  readonly peer: VpnPeerPlan;
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
  public readonly aws?: AwsVpnLink;
  /** The Azure side towards AWS (`Azure/Aws`). */
  public readonly azureToAws?: AzureVpnLink;
  /** The Google side (`Gcp`), when `gcp` is given. */
  public readonly gcp?: GcpHaVpnLink;
  /** The Azure side towards Google (`Azure/Gcp`). */
  public readonly azureToGcp?: AzureVpnLink;
  /** The OCI side (`Oci`), when `oci` is given. */
  public readonly oci?: OciIpsecLink;
  /** The Azure side towards OCI (`Azure/Oci`). */
  public readonly azureToOci?: AzureVpnLink;
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
    guardArgs('S2SVpnBackup', [scope, id, props]);
    super(scope, id);
    const endSkip = skipCreationStacks();
    try {
      this.props = props;
      const { azure, aws, gcp, oci } = props;
      this.role = props.role ?? LinkRole.BACKUP;
      const azureAsn = azure._vpnAsn(props.azureAsn); // unset = the existing gateway's or the default, in any order
      this.azureAsn = azureAsn;
      checked(this, () => validateS2S(props, azureAsn));

      // The hub's VPN gateway: created on first use, or the existing one (every pattern must ask for the same SKU, generation, ASN).
      this.gateway = azure.vpnGateway({ sku: props.vpnGatewaySku, generation: props.vpnGatewayGeneration, asn: azureAsn });
      const gw = this.gateway;
      // a Virtual WAN VPN gateway negotiates like a VpnGw SKU: IKEv1 and IKEv2, custom policies (vpn_link.protocol, ipsec_policy)
      this.azureEndpoint = checked(this, () => ({ ...IkeResolver.azureGatewayEndpoint(gw.scaleUnits !== undefined ? 'VpnGw1' : gw.sku), ikeVersions: props.azureIkeVersions }));
      // counted on the shared gateway, so that several VPN patterns on one hub stay within the SKU's tunnel limit
      checked(this, () => gw._addConnections((aws ? 4 : 0) + (gcp ? 2 : 0) + (oci ? 4 : 0), this.node.path));

      // Per peer cloud: its VPN link (`Aws`, `Gcp`, `Oci`) and Azure's connections to it (`Azure/Aws`, ...).
      const azureScope = new Construct(this, 'Azure');
      const azureIps = gw.publicIpAddresses;
      const base = slug(id);
      const peers: VpnPeerPlan[] = [];
      if (aws) {
        const side = this.awsPeer(aws, base, azureScope, azureIps);
        this.aws = side.link;
        this.azureToAws = side.azure;
        this.awsProposal = side.proposal;
        this.awsTunnelCidrs.push(...side.peer.cidrs);
        peers.push(side.peer);
      }
      if (gcp) {
        const side = this.gcpPeer(gcp, base, azureScope, azureIps);
        this.gcp = side.link;
        this.azureToGcp = side.azure;
        this.gcpProposal = side.proposal;
        this.gcpTunnelCidrs.push(...side.peer.cidrs);
        peers.push(side.peer);
      }
      if (oci) {
        const side = this.ociPeer(oci, base, azureScope, azureIps);
        this.oci = side.link;
        this.azureToOci = side.azure;
        this.ociProposal = side.proposal;
        this.ociTunnelCidrs.push(...side.peer.cidrs);
        peers.push(side.peer);
      }
      for (const peer of peers) this.record(peer);
    } finally {
      endSkip();
    }
  }

  /** AWS: two customer gateways and two VPN connections (four tunnels) on the hub's gateway. */
  private awsPeer(aws: AwsHub, base: string, azureScope: Construct, azureIps: string[]): PeerSide<AwsVpnLink> {
    const props = this.props;
    const proposal = this.resolve(Cloud.AWS, VpnEndpointKind.AWS_VPN, props.awsIkeVersions, 'awsIkeVersions');
    const tunnelOptions = this.mapped(() => IpsecProposalMapper.toAwsTunnelOptions(proposal));
    const link = new AwsVpnLink(this, 'Aws', {
      hub: aws,
      azurePublicIps: azureIps,
      azureAsn: this.azureAsn,
      tunnelInsideCidrs: props.awsTunnelInsideCidrs,
      tunnelKeyPrefix: `${this.node.path}/aws`,
      propertyPrefix: 'aws',
      tunnelOptions,
      namePrefix: `${aws.namePrefix}-${base}`,
      preSharedKey: props.preSharedKey,
      preSharedKeyVersion: props.preSharedKeyVersion,
    });
    const cidrs = link.insideCidrs;
    const instances = [0, 0, 1, 1];
    const azure = this.azureSide(azureScope, 'Aws', `${props.azure.namePrefix}-${base}-aws`, proposal, cidrs, instances,
      link.tunnelOutsideAddresses, aws.amazonSideAsn, link.preSharedKeys);
    this.output('Aws', link, link.preSharedKeys);
    const end = awsVpnEnd(link, aws.usesTransitGateway, aws.amazonSideAsn, aws.routesInUse);
    return { link, azure, proposal, peer: { cloud: Cloud.AWS, key: 'aws', hub: aws, cidrs, instances, end } };
  }

  /** Google: HA VPN with two tunnels, router interfaces and BGP peers on the hub's VPN router. */
  private gcpPeer(gcp: GcpHub, base: string, azureScope: Construct, azureIps: string[]): PeerSide<GcpHaVpnLink> {
    const props = this.props;
    const proposal = this.resolve(Cloud.GCP, VpnEndpointKind.GCP_HA_VPN, props.gcpIkeVersions, 'gcpIkeVersions');
    const priority = props.gcpAdvertisedRoutePriority
      ?? (this.role === LinkRole.BACKUP ? GCP_BACKUP_ADVERTISED_ROUTE_PRIORITY : GCP_DEFAULT_ADVERTISED_ROUTE_PRIORITY);
    const link = new GcpHaVpnLink(this, 'Gcp', {
      hub: gcp,
      azurePublicIps: azureIps,
      azureAsn: this.azureAsn,
      tunnelInsideCidrs: props.gcpTunnelInsideCidrs,
      tunnelKeyPrefix: `${this.node.path}/gcp`,
      propertyPrefix: 'gcp',
      ikeVersion: this.mapped(() => IpsecProposalMapper.toGcpTunnel(proposal)).ikeVersion,
      advertisedRoutePriority: priority,
      namePrefix: gcpName(`${gcp.namePrefix}-${base}`),
      preSharedKey: props.preSharedKey,
      preSharedKeyVersion: props.preSharedKeyVersion,
    });
    const cidrs = link.insideCidrs;
    const instances = [0, 1];
    const azure = this.azureSide(azureScope, 'Gcp', `${props.azure.namePrefix}-${base}-gcp`, proposal, cidrs, instances,
      link.interfaceAddresses, gcp.vpnRouterAsn, link.preSharedKeys);
    this.output('Gcp', link, link.preSharedKeys);
    return { link, azure, proposal, peer: { cloud: Cloud.GCP, key: 'gcp', hub: gcp, cidrs, instances, end: gcpVpnEnd(link, gcp.node.path, gcp.vpnRouterAsn) } };
  }

  /** OCI: two CPEs and IPSec connections (four tunnels) on the hub's DRG; the VCN routes Azure's prefixes to it. */
  private ociPeer(oci: OciHub, base: string, azureScope: Construct, azureIps: string[]): PeerSide<OciIpsecLink> {
    const props = this.props;
    const proposal = this.resolve(Cloud.OCI, VpnEndpointKind.OCI_IPSEC, props.ociIkeVersions, 'ociIkeVersions');
    const azureRanges = known(props.azure.addressSpace);
    const link = new OciIpsecLink(this, 'Oci', {
      hub: oci,
      azurePublicIps: azureIps,
      azureAsn: this.azureAsn,
      tunnelInsideCidrs: props.ociTunnelInsideCidrs,
      tunnelKeyPrefix: `${this.node.path}/oci`,
      propertyPrefix: 'oci',
      tunnelDetails: this.mapped(() => IpsecProposalMapper.toOciTunnelDetails(proposal)),
      staticRoutes: azureRanges.length > 0 ? azureRanges : props.azure.addressSpace,
      displayNamePrefix: `${oci.displayNamePrefix}-${base}`,
      preSharedKey: props.preSharedKey,
      preSharedKeyVersion: props.preSharedKeyVersion,
    });
    const cidrs = link.insideCidrs;
    const instances = [0, 0, 1, 1];
    const azure = this.azureSide(azureScope, 'Oci', `${props.azure.namePrefix}-${base}-oci`, proposal, cidrs, instances,
      link.tunnelAddresses, WellKnownAsn.ORACLE, link.preSharedKeys);
    this.output('Oci', link, link.preSharedKeys);
    // The VCN routes the Azure prefixes to the DRG (the same route serves an ExpressRoute interconnect on the hub).
    oci.routeToDrg(azureRanges);
    return { link, azure, proposal, peer: { cloud: Cloud.OCI, key: 'oci', hub: oci, cidrs, instances, end: ociVpnEnd(link) } };
  }

  /** Record the VPN to one peer cloud as a link in the connectivity model. */
  private record(peer: VpnPeerPlan): void {
    const input = { path: this.node.path, stack: stackName(this), role: this.role, azure: this.props.azure, gateway: this.gateway, azureAsn: this.azureAsn, peer };
    AppContext.of(this).model._addLink(() => vpnLinkRecord(input));
    ConnectivityReport.attach(this);
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
    for (const w of r.warnings) addWarningOnce(this, ipsecWarning(w, cloud));
    return r.proposal;
  }

  /** Map a proposal to a cloud's spelling; errors blame `ipsecOverrides`. */
  private mapped<T>(map: () => T): T {
    return checked(this, map, 'ipsecOverrides');
  }

  /** The Azure side for one peer. */
  private azureSide(scope: Construct, id: string, namePrefix: string, proposal: IpsecProposal, cidrs: PeeringAllocation[],
    instances: number[], remoteAddresses: string[], remoteAsn: number, keys: string[]): AzureVpnLink {
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
    return new AzureVpnLink(scope, id, {
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
}

function slug(id: string): string {
  return nameSlug(id, 'a-z0-9-', 48);
}

/** A Google resource-name prefix: lower case, starts with a letter, short enough for the longest suffix (63 chars in all). */
function gcpName(prefix: string): string {
  let p = prefix.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  if (!/^[a-z]/.test(p)) p = `v-${p}`;
  return p.slice(0, 54).replace(/-+$/, '');
}

/**
 * A resolver warning as the user sees it: a warning about an override names `ipsecOverrides.<key>` and is the same
 * for every peer cloud (so it is shown once); any other names the pair of ends it concerns.
 */
function ipsecWarning(w: string, cloud: Cloud): string {
  const m = /^`(\w+)` (\S+) is weak (.*)$/.exec(w);
  if (m) return `\`ipsecOverrides.${m[1]}\` = ${JSON.stringify(m[2])}: IKE/IPsec ${m[2]} is weak ${m[3].replace(/`(\w+)`/g, '`ipsecOverrides.$1`')}`;
  return `IKE/IPsec, Azure to ${cloud}: ${w.replace(/^`(\w+)`/, '`ipsecOverrides.$1`')}`;
}
