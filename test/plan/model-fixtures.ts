import { Cloud } from '../../lib/plan/facts/clouds';
import { EdgeKind } from '../../lib/plan/facts/edges';
import { SessionType } from '../../lib/plan/facts/limits';
import { BgpInitiator, BgpSessionRecord, BgpSpeakerRecord, HubRecord, LinkKind, LinkRecord, LinkRole } from '../../lib/plan/routing/model';

/** Hand-made connectivity records for the plan tests. */

export function hub(id: string, cloud: Cloud, ranges: string[], extra: Partial<HubRecord> = {}): HubRecord {
  return { id, stack: id.split('/')[0], cloud, name: id.split('/').pop()!, ranges, ...extra };
}

export function speaker(node: string, cloud: Cloud, asn: number | undefined, originates: string[], receiveLimitType: SessionType, extra: Partial<BgpSpeakerRecord> = {}): BgpSpeakerRecord {
  return { node, cloud, label: node.split('/').slice(-2).join(' '), asn, originates, receiveLimitType, ...extra };
}

export function session(link: string, name: string, a: BgpSpeakerRecord, b: BgpSpeakerRecord, extra: Partial<BgpSessionRecord> = {}): BgpSessionRecord {
  return { id: `${link}/${name}`, link, a, b, initiator: BgpInitiator.EITHER, bfd: false, ...extra };
}

export function link(id: string, kind: LinkKind, role: LinkRole, clouds: Cloud[], hubs: string[], sessions: BgpSessionRecord[], extra: Partial<LinkRecord> = {}): LinkRecord {
  return { id, stack: id.split('/')[0], pattern: extra.pattern ?? 'Hand', kind, role, clouds, hubs, sessions, ...extra };
}

/** `n` distinct /24s in 10.<second>.0.0/16 and beyond. */
export function prefixes(n: number, second: number): string[] {
  return Array.from({ length: n }, (_, i) => `10.${second + Math.floor(i / 256)}.${i % 256}.0/24`);
}

export const AZ = 'app/Azure';
export const OCI = 'app/Oci';
export const AWS = 'app/Aws';
export const GCP = 'app/Gcp';

/** Azure MSEE and OCI FastConnect, two sessions (as ExpressRouteToOracle records them). */
export function erToOracle(id = 'app/Er', azRanges = ['10.10.0.0/16'], ociAdvertised = ['10.20.1.0/24', '10.20.2.0/24'], extra: Partial<LinkRecord> = {}): LinkRecord {
  const sessions = ['primary', 'secondary'].map((n, i) => session(id, n,
    speaker(`${id}/msee-${n}`, Cloud.AZURE, 12076, azRanges, SessionType.EXPRESSROUTE_PRIVATE, { hub: AZ, address: `192.168.50.${i * 4 + 2}`, edge: EdgeKind.AZURE_EXPRESSROUTE }),
    speaker(`${id}/fc-${n}`, Cloud.OCI, 31898, ociAdvertised, SessionType.OCI_FASTCONNECT, { hub: OCI, address: `192.168.50.${i * 4 + 1}`, edge: EdgeKind.OCI_DRG }),
    { subnet: `192.168.50.${i * 4}/30` }));
  return link(id, LinkKind.INTERCONNECT, LinkRole.PRIMARY, [Cloud.AZURE, Cloud.OCI], [AZ, OCI], sessions,
    { pattern: 'ExpressRouteToOracle', circuitMbps: 1000, gatewayMbps: 1000, gatewayName: 'ExpressRoute gateway ErGw1AZ', ...extra });
}

/** An Azure VPN gateway to a peer cloud's edge, one session per tunnel. */
export function vpn(id: string, peerCloud: Cloud, peerHub: string, peerAsn: number, peerRanges: string[], limit: SessionType, tunnels: number, extra: Partial<LinkRecord> = {}, azureAsn = 65515, azRanges = ['10.10.0.0/16']): LinkRecord {
  const sessions = Array.from({ length: tunnels }, (_, t) => session(id, `tunnel${t}`,
    speaker(`${AZ}/VpnGateway/instance-${t % 2}`, Cloud.AZURE, azureAsn, azRanges, SessionType.AZURE_VPN, { hub: AZ, address: `169.254.21.${t * 4 + 2}` }),
    speaker(`${id}/peer-tunnel${t}`, peerCloud, peerAsn, peerRanges, limit, { hub: peerHub, address: `169.254.21.${t * 4 + 1}` }),
    { subnet: `169.254.21.${t * 4}/30`, initiator: BgpInitiator.B }));
  return link(id, LinkKind.VPN, LinkRole.BACKUP, [Cloud.AZURE, peerCloud], [AZ, peerHub], sessions,
    { pattern: 'S2SVpnBackup', gatewayMbps: 1250, gatewayName: 'Azure VPN gateway VpnGw2AZ', ...extra });
}
