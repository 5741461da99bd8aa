import type { ComputeExternalVpnGateway } from '@cdktf/provider-google/lib/compute-external-vpn-gateway';
import type { ComputeHaVpnGateway } from '@cdktf/provider-google/lib/compute-ha-vpn-gateway';
import type { ComputeRouter } from '@cdktf/provider-google/lib/compute-router';
import type { ComputeRouterInterface } from '@cdktf/provider-google/lib/compute-router-interface';
import type { ComputeRouterPeer } from '@cdktf/provider-google/lib/compute-router-peer';
import type { ComputeVpnTunnel } from '@cdktf/provider-google/lib/compute-vpn-tunnel';
import type { Password } from '@cdktf/provider-random/lib/password';
import { Lazy } from 'cdktf';
import { Construct } from 'constructs';
import { checked, isUnresolved } from '../core/context';
import { GcpHub } from '../hubs/gcp-hub';
import { fail } from '../plan/errors';
import { PeeringAllocation, PeeringKind } from '../plan/addressing/peering';
import { claimTunnelCidrs, propName } from './link-util';
import { VpnPreSharedKeyOptions, _tunnelKeys } from './vpn-keys';
import { guardArgs } from '../core/guard-props';
import { providerModule } from '../core/providers-load';
import { skipCreationStacks } from '../core/creation-stacks';

/**
 * Google's default base priority of the routes a Cloud Router advertises (the MED); lower wins.
 * Source: cloud.google.com/network-connectivity/docs/router/how-to/updating-priority ("The default base priority is 100").
 */
export const GCP_DEFAULT_ADVERTISED_ROUTE_PRIORITY = 100;

/**
 * A base priority that keeps a session a backup: "Base priorities of 10200 or more help ensure that a prefix's overall
 * advertised priority is lower than" that of sessions with base priorities of 0-200 in any region (region-to-region
 * costs are 201-9999). Source: cloud.google.com/network-connectivity/docs/router/how-to/updating-priority.
 */
export const GCP_BACKUP_ADVERTISED_ROUTE_PRIORITY = 10200;

/** Props of `GcpHaVpnLink`. */
export interface GcpHaVpnLinkProps extends VpnPreSharedKeyOptions {
  /** The Google Cloud hub: its HA VPN Cloud Router carries the BGP sessions. */
  readonly hub: GcpHub;
  /** The public IPs of the Azure VPN gateway's instance 0 and instance 1. Each element accepts a Terraform token. */
  readonly azurePublicIps: string[];
  /** The Azure VPN gateway's ASN (the BGP peers' `peer_asn`). */
  readonly azureAsn: number;
  /**
   * The inside /30 of each of the 2 tunnels, each in Azure's APIPA window 169.254.21.0-169.254.22.255 and known
   * at synth. The peer takes the first usable address, Azure the second.
   * @default - allocated from the app-wide peering allocator
   */
  readonly tunnelInsideCidrs?: string[];
  /** The allocation keys of the tunnel /30s are `<tunnelKeyPrefix>/tunnel<i>` (they decide the allocated subnets). @default - this construct's path */
  readonly tunnelKeyPrefix?: string;
  /** The prefix of the property names in error messages, e.g. `aws` gives `awsTunnelInsideCidrs`. @default - none */
  readonly propertyPrefix?: string;
  /** `ike_version` of the tunnels (1 or 2). */
  readonly ikeVersion: number;
  /** `advertised_route_priority` of the BGP peers (the MED of what Google advertises to Azure): lower wins. */
  readonly advertisedRoutePriority: number;
  /** A prefix for resource names (lower case, letters, digits and hyphens). */
  readonly namePrefix: string;
}

/**
 * The Google Cloud side of a VPN to an active-active Azure VPN gateway: an HA VPN gateway (`HaVpnGateway`), an
 * external VPN gateway with the two Azure public IPs (`ExternalGateway`, `TWO_IPS_REDUNDANCY`), and per HA VPN
 * interface i a tunnel to Azure instance i (`Tunnel<i>`), a Cloud Router interface with Google's link-local address
 * (`RouterInterface<i>`) and a BGP peer at Azure's APIPA address (`RouterPeer<i>`), on the hub's HA VPN router.
 * Pre-shared keys are `Psk0`, `Psk1` (or the user's sensitive variable).
 */
export class GcpHaVpnLink extends Construct {
  /** The inside /30 of each tunnel (the peer takes the first usable address, Azure the second). */
  public readonly insideCidrs: PeeringAllocation[];
  /** The HA VPN gateway, when the link creates it. @default - none with the hub's `existingHaVpnGateway` */
  public readonly haVpnGateway?: ComputeHaVpnGateway;
  /** The id of the HA VPN gateway the tunnels run on (created or the hub's existing one). */
  public readonly haVpnGatewayId: string;
  /** The external VPN gateway describing the Azure VPN gateway. */
  public readonly externalGateway: ComputeExternalVpnGateway;
  /** The Cloud Router, when the hub created it (the hub's HA VPN router). @default - none with the hub's `existingVpnRouter` */
  public readonly router?: ComputeRouter;
  /** The name of the Cloud Router carrying the BGP sessions (the hub's HA VPN router, created or existing). */
  public readonly routerName: string;
  /** The tunnels to Azure instance 0 and 1. */
  public readonly tunnels: ComputeVpnTunnel[];
  /** The router interfaces. */
  public readonly routerInterfaces: ComputeRouterInterface[];
  /** The BGP peers. */
  public readonly routerPeers: ComputeRouterPeer[];
  /** The generated pre-shared keys (empty when `preSharedKey` is given). */
  public readonly preSharedKeyPasswords: Password[];
  /** The pre-shared key of each tunnel, as Terraform references. */
  public readonly preSharedKeys: string[];
  /** The public IPs of HA VPN interface 0 and 1, as Terraform references. */
  public readonly interfaceAddresses: string[];

  constructor(scope: Construct, id: string, props: GcpHaVpnLinkProps) {
    guardArgs('GcpHaVpnLink', [scope, id, props]);
    super(scope, id);
    const endSkip = skipCreationStacks();
    try {
      const hub = props.hub;
      const p = hub;
      checked(this, () => {
        if (props.azurePublicIps.length !== 2) fail('azurePublicIps', props.azurePublicIps.length, 'an active-active Azure VPN gateway has two public IPs', 'pass both');
        const prio = props.advertisedRoutePriority;
        if (!isUnresolved(prio) && (!Number.isInteger(prio) || prio < 0 || prio > 65535)) {
          fail('advertisedRoutePriority', prio, 'a Cloud Router base priority is a whole number from 0 to 65535 (cloud.google.com/network-connectivity/docs/router/how-to/updating-priority)', `use ${GCP_BACKUP_ADVERTISED_ROUTE_PRIORITY} for a backup path, ${GCP_DEFAULT_ADVERTISED_ROUTE_PRIORITY} for a primary`);
        }
      });
      this.insideCidrs = claimTunnelCidrs(this, {
        count: 2,
        kinds: [PeeringKind.GCP_LINK_LOCAL, PeeringKind.AZURE_APIPA],
        explicit: props.tunnelInsideCidrs,
        property: propName(props.propertyPrefix, 'tunnelInsideCidrs'),
        keyPrefix: props.tunnelKeyPrefix ?? this.node.path,
        what: 'two HA VPN tunnels',
        cloud: 'GCP',
      });
      const keys = checked(this, () => _tunnelKeys(this, 2, 'gcp', props));
      this.preSharedKeyPasswords = keys.passwords;
      this.preSharedKeys = keys.keys;
      this.routerName = hub.vpnRouterName();
      this.router = hub.node.tryFindChild('VpnRouter') as ComputeRouter | undefined;

      const { ComputeHaVpnGateway } = providerModule(this, 'google/compute-ha-vpn-gateway');
      const { ComputeExternalVpnGateway } = providerModule(this, 'google/compute-external-vpn-gateway');
      const { ComputeVpnTunnel } = providerModule(this, 'google/compute-vpn-tunnel');
      const { ComputeRouterInterface } = providerModule(this, 'google/compute-router-interface');
      const { ComputeRouterPeer } = providerModule(this, 'google/compute-router-peer');
      const existing = hub._existingHaVpnGateway();
      if (existing) {
        this.haVpnGatewayId = existing.id;
        this.interfaceAddresses = existing.interfaceAddresses;
      } else {
        const gw = new ComputeHaVpnGateway(this, 'HaVpnGateway', {
          name: `${props.namePrefix}-havpn`,
          project: p.project,
          region: p.region,
          network: p.network,
          provider: p.provider,
        });
        this.haVpnGateway = gw;
        this.haVpnGatewayId = gw.id;
        this.interfaceAddresses = [0, 1].map((i) => gw.vpnInterfaces.get(i).ipAddress);
      }
      this.externalGateway = new ComputeExternalVpnGateway(this, 'ExternalGateway', {
        name: `${props.namePrefix}-azure`,
        project: p.project,
        redundancyType: 'TWO_IPS_REDUNDANCY',
        description: 'Azure active-active VPN gateway (instance 0, instance 1)',
        interface: props.azurePublicIps.map((ip, i) => ({ id: i, ipAddress: ip })),
        provider: p.provider,
      });

      this.tunnels = [];
      this.routerInterfaces = [];
      this.routerPeers = [];
      for (const i of [0, 1]) {
        const cidr = this.insideCidrs[i];
        const tunnel = new ComputeVpnTunnel(this, `Tunnel${i}`, {
          name: `${props.namePrefix}-tunnel${i}`,
          project: p.project,
          region: p.region,
          vpnGateway: this.haVpnGatewayId,
          vpnGatewayInterface: i,
          peerExternalGateway: this.externalGateway.id,
          peerExternalGatewayInterface: i,
          router: this.router?.id ?? this.routerName,
          ikeVersion: props.ikeVersion,
          sharedSecret: keys.keys[i],
          provider: p.provider,
        });
        const ifc = new ComputeRouterInterface(this, `RouterInterface${i}`, {
          name: `${props.namePrefix}-if${i}`,
          project: p.project,
          region: p.region,
          router: this.routerName,
          ipRange: Lazy.stringValue({ produce: () => cidr.cidr.withLength(cidr.first) }),
          vpnTunnel: tunnel.name,
          provider: p.provider,
        });
        const peer = new ComputeRouterPeer(this, `RouterPeer${i}`, {
          name: `${props.namePrefix}-peer${i}`,
          project: p.project,
          region: p.region,
          router: this.routerName,
          interface: ifc.name,
          ipAddress: Lazy.stringValue({ produce: () => cidr.first }),
          peerIpAddress: Lazy.stringValue({ produce: () => cidr.second }),
          peerAsn: props.azureAsn,
          advertisedRoutePriority: props.advertisedRoutePriority,
          provider: p.provider,
        });
        this.tunnels.push(tunnel);
        this.routerInterfaces.push(ifc);
        this.routerPeers.push(peer);
      }
    } finally {
      endSkip();
    }
  }
}
