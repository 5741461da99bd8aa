// What the Azure hubs tell the links and patterns internally (not part of the package's API).
import { Construct } from 'constructs';
import { claimPeering } from '../core/claims';
import { PeeringKind } from '../plan/addressing/peering';
import { fail } from '../plan/errors';
import { SessionType } from '../plan/facts/limits';
import { DOC_NAME_RULES } from '../plan/facts/provider-rules/azurerm-names';

/** The ExpressRoute gateway a pattern gets on a hub. */
export interface ExpressRouteGatewayProfile {
  /** How the report and messages name it, e.g. `ErGw1AZ` or `Virtual WAN ExpressRoute gateway (1 scale unit)`. */
  readonly name: string;
  /** A hub VNet gateway's SKU (absent on a Virtual WAN hub). */
  readonly sku?: string;
  /** Its throughput to and from Azure, Mbit/s. */
  readonly throughputMbps?: number;
  /** How many circuits it takes. */
  readonly maxCircuits?: number;
  /** True when it supports FastPath. */
  readonly fastPath: boolean;
  /** The property that sizes it (`gatewaySku`, or the hub's `expressRouteScaleUnits`). */
  readonly property: string;
}

/** A circuit's connection to the hub's ExpressRoute gateway. */
export interface CircuitConnectionSpec {
  /** The connection's name. */
  readonly name: string;
  /** The circuit's id. */
  readonly circuitId: string;
  /** The routing weight. */
  readonly routingWeight: number;
  /** FastPath on. */
  readonly fastPath?: boolean;
  /** Tags. */
  readonly tags?: { [key: string]: string };
}

/** A Virtual WAN hub's router as the connectivity model records it. */
export interface HubRouterSpec {
  /** Its node. */
  readonly node: string;
  /** Its label. */
  readonly label: string;
  /** Its ASN (65515). */
  readonly asn: number;
  /** The limit of what it accepts from a VPN site's BGP session. */
  readonly vpnReceiveLimitType: SessionType;
  /** The limit of what it accepts from an ExpressRoute circuit. */
  readonly expressRouteReceiveLimitType: SessionType;
  /** Whether branches (VPN sites, ExpressRoute circuits) reach each other through the hub. */
  readonly branchToBranch: boolean;
  /** What the hub advertises (its prefix and the connected VNets' spaces). */
  readonly originates: string[];
}

/**
 * Check a hub's name prefix, which starts every name the hub and its patterns give (`<prefix>-ergw`,
 * `<prefix>-<id>-er`, ...): Azure network resource names are at most 80 letters, digits, underscores, periods or
 * hyphens, starting with a letter or digit; 60 leave room for the suffixes.
 */
export function checkNamePrefix(prefix: string, property: string): void {
  if (!/^[A-Za-z0-9][\w.-]{0,59}$/.test(prefix)) {
    fail(property, prefix, `starts the names of the gateways, circuits, sites and connections, which Azure limits to 80 letters, digits, underscores, periods or hyphens starting with a letter or digit (${DOC_NAME_RULES})`, 'use at most 60 such characters, starting with a letter or digit');
  }
}

/** Reserve the inside /30s of the tunnels an existing VPN gateway already runs in the app's peering allocator. */
export function claimApipaInUse(hub: Construct, cidrs: string[] | undefined): void {
  (cidrs ?? []).forEach((cidr, i) => claimPeering(hub, {
    key: `${hub.node.path}/existing-vpn-gateway/in-use-${i}`,
    explicit: cidr,
    explicitMustBeKnown: true,
    kinds: [PeeringKind.AZURE_APIPA],
    property: `existingVpnGateway.apipaCidrsInUse[${i}]`,
    what: `tunnel ${i} the existing VPN gateway already runs`,
  }));
}
