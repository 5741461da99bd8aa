// The connectivity-model sessions of a link on an Azure Virtual WAN hub: every ExpressRoute and VPN session of the
// hub reaches the hub's router, which passes routes between branches (internal; not exported from the package).
import type { AzureHubBase } from '../hubs/azure-hub-base';
import type { HubRouterSpec } from '../hubs/azure-internal';
import { cloudKey } from '../plan/routing/l3-propagation';
import { Cloud } from '../plan/facts/clouds';
import { EdgeKind } from '../plan/facts/edges';
import { BgpSessionRecord, BgpSpeakerRecord, LinkRecord } from '../plan/routing/model';
import { sessionRecord } from './sessions';

/** The transit group of the hub router's end of an ExpressRoute or a VPN session. */
function group(router: HubRouterSpec, kind: 'expressroute' | 'vpn'): string | undefined {
  if (!router.branchToBranch) return 'branch';
  return kind === 'expressroute' ? 'expressroute' : undefined;
}

/** The hub router's end of a session of `kind`. */
export function hubRouterEnd(hub: AzureHubBase, router: HubRouterSpec, kind: 'expressroute' | 'vpn', address?: string): BgpSpeakerRecord {
  return {
    cloud: Cloud.AZURE,
    node: router.node,
    label: router.label,
    asn: router.asn,
    address,
    originates: router.originates,
    receiveLimitType: kind === 'vpn' ? router.vpnReceiveLimitType : router.expressRouteReceiveLimitType,
    hub: hub.node.path,
    edge: EdgeKind.AZURE_VIRTUAL_HUB,
    prefixesProperty: `${cloudKey(Cloud.AZURE)}.${hub.advertisedProperty}`,
    transitGroup: group(router, kind),
  };
}

/**
 * A link's record as it runs on `hub`: unchanged on a hub VNet. On a Virtual WAN hub, each Microsoft edge of the
 * link's ExpressRoute sessions passes routes on (it originates nothing itself and belongs to no hub, so the hub's
 * own prefixes pass it towards the circuit's peer), and one more session per edge joins it to the hub's router
 * (`<session>/virtual-hub`), which originates the hub's prefixes.
 */
export function throughVirtualHub(hub: AzureHubBase, rec: LinkRecord): LinkRecord {
  const router = hub._hubRouter();
  if (!router) return rec;
  const sessions: BgpSessionRecord[] = [];
  const joined = new Set<string>();
  for (const s of rec.sessions) {
    const edge = [s.a, s.b].find((e) => e.hub === hub.node.path && e.edge === EdgeKind.AZURE_EXPRESSROUTE);
    if (!edge) {
      sessions.push(s);
      continue;
    }
    const msee: BgpSpeakerRecord = { ...edge, originates: [], hub: undefined, edge: EdgeKind.AZURE_VIRTUAL_HUB_EXPRESSROUTE, prefixesProperty: undefined };
    sessions.push({ ...s, a: s.a === edge ? msee : s.a, b: s.b === edge ? msee : s.b });
    if (joined.has(msee.node)) continue;
    joined.add(msee.node);
    sessions.push(sessionRecord(rec.id, `${s.id.slice(rec.id.length + 1)}/virtual-hub`,
      { ...msee, address: undefined, receiveLimitType: router.expressRouteReceiveLimitType },
      hubRouterEnd(hub, router, 'expressroute'),
      { managedBy: 'Azure (the circuit\'s ExpressRoute connection to the virtual hub)' }));
  }
  return { ...rec, sessions };
}
