import { Asn, AsnRole } from '../../lib/plan/addressing/asn';
import { Cloud } from '../../lib/plan/facts/clouds';
import {
  EXPRESSROUTE_BANDWIDTHS_MBPS, EXPRESSROUTE_GATEWAY_SKUS, EXPRESSROUTE_VNET_ADVERTISED_LIMIT, PREFIX_LIMITS, SessionType, TUNNEL_THROUGHPUT_MBPS, VPN_GATEWAY_SKUS,
} from '../../lib/plan/facts/limits';

// Every limit and reserved value pinned with its source: changing one of them must fail here, on purpose
// (cloud-facts.md §3.1-3.7; the sources are repeated in limits.ts next to each figure).

describe('the limits, pinned', () => {
  test.each([
    [SessionType.EXPRESSROUTE_PRIVATE, 4000, /expressroute-limits/],
    [SessionType.EXPRESSROUTE_PRIVATE_PREMIUM, 10000, /expressroute-limits/],
    [SessionType.EXPRESSROUTE_MICROSOFT, 200, /expressroute-limits/],
    [SessionType.AZURE_VPN, 4000, /vpn-gateway/],
    [SessionType.AWS_DX_PRIVATE_VIF, 100, /directconnect/],
    [SessionType.AWS_DX_TRANSIT_VIF, 100, /directconnect/],
    [SessionType.AWS_VPN, 100, /vpn-limits/],
    [SessionType.GCP_CLOUD_ROUTER, 5000, /router\/quotas/],
    [SessionType.OCI_FASTCONNECT, undefined, /not published/],
    [SessionType.OCI_IPSEC, undefined, /not published/],
  ])('prefixes accepted on a %s session: %p', (type, value, source) => {
    expect(PREFIX_LIMITS[type].value).toBe(value);
    expect(PREFIX_LIMITS[type].source).toMatch(source);
  });

  test('ExpressRoute: 1,000 VNet routes advertised; gateway SKUs with their throughput and learned routes; circuit sizes', () => {
    expect(EXPRESSROUTE_VNET_ADVERTISED_LIMIT.value).toBe(1000);
    expect(Object.fromEntries(Object.entries(EXPRESSROUTE_GATEWAY_SKUS).map(([k, v]) => [k, [v.throughputMbps, v.maxLearnedRoutes, v.fastPath]]))).toEqual({
      Standard: [1000, 4000, false], HighPerformance: [2000, 9500, false], UltraPerformance: [10000, 9500, true],
      ErGw1AZ: [1000, 4000, false], ErGw2AZ: [2000, 9500, false], ErGw3AZ: [10000, 9500, true],
    });
    expect(EXPRESSROUTE_BANDWIDTHS_MBPS).toEqual([50, 100, 200, 500, 1000, 2000, 5000, 10000]);
  });

  test('VPN gateway SKUs: throughput and site-to-site tunnels (30 on VpnGw1-3, 100 on VpnGw4-5, 10 on Basic)', () => {
    const t = (k: string) => [VPN_GATEWAY_SKUS[k].throughputMbps, VPN_GATEWAY_SKUS[k].maxS2sTunnels];
    expect(t('Basic')).toEqual([100, 10]);
    expect(t('VpnGw1AZ/Generation1')).toEqual([650, 30]);
    expect(t('VpnGw2AZ/Generation2')).toEqual([1250, 30]);
    expect(t('VpnGw3AZ/Generation2')).toEqual([2500, 30]);
    expect(t('VpnGw4AZ/Generation2')).toEqual([5000, 100]);
    expect(t('VpnGw5AZ/Generation2')).toEqual([10000, 100]);
  });

  test('tunnel throughput: AWS 1.25 Gbit/s per tunnel', () => {
    expect(TUNNEL_THROUGHPUT_MBPS.aws.value).toBe(1250);
  });
});

describe('the reserved ASNs, pinned at N-1, N and N+1', () => {
  const ok = (asn: number, cloud: Cloud, role: AsnRole, region?: string) => () => Asn.validate(asn, cloud, role, 'asn', region);
  test.each([[7224, undefined], [9059, 'eu-west-1'], [10124, 'ap-northeast-1'], [17943, 'ap-southeast-1']])('AWS customer gateways: %p is reserved in %p', (asn, region) => {
    expect(ok(asn, Cloud.AWS, AsnRole.PEER, region)).toThrow(/`asn`/);
    expect(ok(asn - 1, Cloud.AWS, AsnRole.PEER, region)).not.toThrow();
    expect(ok(asn + 1, Cloud.AWS, AsnRole.PEER, region)).not.toThrow();
    if (region) expect(ok(asn, Cloud.AWS, AsnRole.PEER, 'us-east-1')).not.toThrow();
  });

  test('Azure reserves 65515-65520 for its peers (65514 and 65521 are fine)', () => {
    for (const asn of [65515, 65517, 65518, 65519, 65520]) expect(ok(asn, Cloud.AZURE, AsnRole.PEER)).toThrow(/`asn`/);
    for (const asn of [65514, 65521]) expect(ok(asn, Cloud.AZURE, AsnRole.PEER)).not.toThrow();
  });
});
