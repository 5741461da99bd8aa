// The connectivity-model records of an S2SVpnBackup: one VPN link per peer cloud, one session per tunnel.
import { isUnresolved } from '../../core/context';
import { AzureHubBase } from '../../hubs/azure-hub-base';
import { AzureVpnGateway } from '../../hubs/azure-vpn-gateway';
import { IHub } from '../../hubs/hub';
import { hubEnd, sessionRecord } from '../../links/sessions';
import { hubRouterEnd } from '../../links/virtual-hub-sessions';
import { AwsVpnLink } from '../../links/aws-vpn';
import { GcpHaVpnLink } from '../../links/gcp-ha-vpn';
import { OciIpsecLink } from '../../links/oci-ipsec';
import { WellKnownAsn } from '../../plan/addressing/asn';
import { Cloud } from '../../plan/facts/clouds';
import { EdgeKind } from '../../plan/facts/edges';
import { SessionType, TUNNEL_THROUGHPUT_MBPS, vpnGatewaySku } from '../../plan/facts/limits';
import { BgpInitiator, LinkKind, LinkRecord, LinkRole } from '../../plan/routing/model';
import { PeeringAllocation } from '../../plan/addressing/peering';

/** The peer cloud's end of each tunnel. */
export interface VpnPeerEnd {
  /** The node of tunnel `t`. */
  readonly node: (t: number) => string;
  /** The label of tunnel `t`. */
  readonly label: (t: number) => string;
  readonly asn?: number;
  readonly limit: SessionType;
  readonly edge: EdgeKind;
  /** Routes the peer's existing gateway already learns from its other VPN peers. */
  readonly routesInUse?: number;
  readonly routesInUseProperty?: string;
}

/** The tunnels to one peer cloud. */
export interface VpnPeerPlan {
  readonly cloud: Cloud;
  readonly key: 'aws' | 'gcp' | 'oci';
  /** The peer's hub. */
  readonly hub: IHub;
  /** The inside /30 of each tunnel. */
  readonly cidrs: PeeringAllocation[];
  /** The Azure gateway instance of each tunnel. */
  readonly instances: number[];
  /** The peer's end of each tunnel. */
  readonly end: VpnPeerEnd;
}

/** AWS: a tunnel of a VPN connection on the virtual private or transit gateway. */
export function awsVpnEnd(link: AwsVpnLink, transit: boolean, asn: number, routesInUse = 0): VpnPeerEnd {
  const conns = link.vpnConnections;
  const kind = transit ? 'transit gateway' : 'virtual private gateway';
  return {
    node: (t) => `${conns[Math.floor(t / 2)].node.path}/tunnel${(t % 2) + 1}`,
    label: (t) => `AWS ${kind} (VPN connection ${Math.floor(t / 2)}, tunnel ${(t % 2) + 1})`,
    asn: isUnresolved(asn) ? undefined : asn,
    limit: SessionType.AWS_VPN,
    edge: transit ? EdgeKind.AWS_TGW_VPN : EdgeKind.AWS_VGW_VPN,
    // an existing virtual private gateway's routes count towards the same 100 (limits.ts, SessionType.AWS_VPN)
    routesInUse: routesInUse > 0 ? routesInUse : undefined,
    routesInUseProperty: routesInUse > 0 ? 'aws.existingVpnGateway.routesInUse' : undefined,
  };
}

/** Google: an HA VPN interface of the Cloud Router. */
export function gcpVpnEnd(link: GcpHaVpnLink, hubPath: string, asn: number): VpnPeerEnd {
  // the router's construct path when the hub creates it, and the same node for the hub's existing router
  const router = link.router?.node.path ?? `${hubPath}/VpnRouter`;
  return {
    node: (t) => `${router}/interface-${t}`,
    label: (t) => `Google Cloud Router (HA VPN interface ${t})`,
    asn: isUnresolved(asn) ? undefined : asn,
    limit: SessionType.GCP_CLOUD_ROUTER,
    edge: EdgeKind.GCP_CLOUD_ROUTER,
  };
}

/** OCI: a tunnel of an IPSec connection on the DRG. */
export function ociVpnEnd(link: OciIpsecLink): VpnPeerEnd {
  const tunnels = link.tunnels;
  return {
    node: (t) => tunnels[t].node.path,
    label: (t) => `OCI DRG IPSec (connection ${Math.floor(t / 2)}, tunnel ${t % 2})`,
    asn: WellKnownAsn.ORACLE,
    limit: SessionType.OCI_IPSEC,
    edge: EdgeKind.OCI_DRG,
  };
}

/** What the record of one peer's VPN is built from. */
export interface VpnRecordInput {
  /** The pattern's construct path. */
  readonly path: string;
  readonly stack: string;
  readonly role: LinkRole;
  readonly azure: AzureHubBase;
  readonly gateway: AzureVpnGateway;
  readonly azureAsn: number;
  readonly peer: VpnPeerPlan;
}

/** The VPN to one peer cloud as a link of the connectivity model. */
export function vpnLinkRecord(i: VpnRecordInput): LinkRecord {
  const { azure, gateway: gw, peer } = i;
  const linkId = `${i.path}/${peer.key}`;
  const tunnelMbps = TUNNEL_THROUGHPUT_MBPS[peer.key].value;
  const router = azure._hubRouter();
  // an existing gateway passes on what it learns from its existing peers
  const passedOn = gw.routesLearned > 0 && (!router || router.branchToBranch) ? { advertisesInUse: gw.routesLearned, advertisesInUseProperty: 'azure.existingVpnGateway.routesLearned' } : {};
  const vwan = gw.scaleUnits !== undefined;
  return {
    id: linkId,
    stack: i.stack,
    pattern: 'S2SVpnBackup',
    construct: i.path,
    kind: LinkKind.VPN,
    role: i.role,
    clouds: [Cloud.AZURE, peer.cloud],
    hubs: [azure.node.path, peer.hub.node.path],
    gatewayMbps: vwan ? gw.throughputMbps : vpnGatewaySku(gw.sku, gw.generation)?.throughputMbps,
    gatewayName: vwan ? `Azure Virtual WAN VPN gateway (${gw.scaleUnits} scale unit${gw.scaleUnits === 1 ? '' : 's'})` : `Azure VPN gateway ${gw.sku}`,
    // An upper bound: every tunnel at its published rate (the Azure gateway SKU usually caps the total first).
    tunnelMbps: tunnelMbps !== undefined ? tunnelMbps * peer.cidrs.length : undefined,
    sessions: peer.cidrs.map((c, t) => sessionRecord(linkId, `tunnel${t}`,
      // on a Virtual WAN hub, the hub's router (both gateway instances are the hub's one routing domain)
      router ? { ...hubRouterEnd(azure, router, 'vpn', c.second), ...passedOn } : hubEnd(azure, {
        ...passedOn,
        node: `${gw.node.path}/instance-${peer.instances[t]}`,
        label: `Azure VPN gateway ${gw.sku} (instance ${peer.instances[t]})`,
        asn: isUnresolved(i.azureAsn) ? undefined : i.azureAsn,
        address: c.second,
        receiveLimitType: SessionType.AZURE_VPN,
        // it re-advertises what it learns from one peer cloud to the others (edges.ts)
        edge: EdgeKind.AZURE_VPN_GATEWAY,
      }),
      hubEnd(peer.hub, {
        node: peer.end.node(t),
        label: peer.end.label(t),
        asn: peer.end.asn,
        address: c.first,
        receiveLimitType: peer.end.limit,
        routesInUse: peer.end.routesInUse,
        routesInUseProperty: peer.end.routesInUseProperty,
        edge: peer.end.edge,
      }),
      // Azure never initiates BGP towards an APIPA peer: the other cloud opens every session.
      { subnet: c.text, initiator: BgpInitiator.B, bfd: false },
    )),
  };
}
