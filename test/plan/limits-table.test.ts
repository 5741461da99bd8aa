import { Asn, AsnRole } from '../../lib/plan/addressing/asn';
import { Cloud } from '../../lib/plan/facts/clouds';
import {
  AWS_VPC_ASSOCIATION_RESTRICTIONS, AWS_VPC_CIDR_RULE, AZURE_VNET_RESERVED_RANGES, EXPRESSROUTE_BANDWIDTHS_MBPS, EXPRESSROUTE_CIRCUITS_PER_PEERING_LOCATION,
  EXPRESSROUTE_DIRECT_CIRCUIT_GBPS, EXPRESSROUTE_GATEWAY_SKU_SOURCE, EXPRESSROUTE_GATEWAY_SKUS, EXPRESSROUTE_VNET_ADVERTISED_LIMIT, GCP_SUBNET_RULE, OCI_AZURE_INTERCONNECT_BANDWIDTHS_MBPS,
  OCI_SUBNET_RULE, OCI_VCN_RULE, PREFIX_LIMITS, SessionType, TUNNEL_THROUGHPUT_MBPS, VPN_GATEWAY_SKU_SOURCE, VPN_GATEWAY_SKUS,
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
    expect(EXPRESSROUTE_VNET_ADVERTISED_LIMIT.source).toMatch(/expressroute-limits/);
    expect(Object.fromEntries(Object.entries(EXPRESSROUTE_GATEWAY_SKUS).map(([k, v]) => [k, [v.name, v.throughputMbps, v.maxLearnedRoutes, v.fastPath, v.zoneRedundant, v.maxCircuits]]))).toEqual({
      Standard: ['Standard', 1000, 4000, false, false, 4], HighPerformance: ['HighPerformance', 2000, 9500, false, false, 8], UltraPerformance: ['UltraPerformance', 10000, 9500, true, false, 16],
      ErGw1AZ: ['ErGw1AZ', 1000, 4000, false, true, 4], ErGw2AZ: ['ErGw2AZ', 2000, 9500, false, true, 8], ErGw3AZ: ['ErGw3AZ', 10000, 9500, true, true, 16],
    });
    expect(EXPRESSROUTE_GATEWAY_SKU_SOURCE).toMatch(/expressroute-gateway-performance-include.*about-fastpath.*expressroute-limits/);
    expect([EXPRESSROUTE_CIRCUITS_PER_PEERING_LOCATION.value, EXPRESSROUTE_CIRCUITS_PER_PEERING_LOCATION.source]).toEqual([4, expect.stringMatching(/expressroute-limits/)]);
    expect(EXPRESSROUTE_BANDWIDTHS_MBPS).toEqual([50, 100, 200, 500, 1000, 2000, 5000, 10000]);
    expect(EXPRESSROUTE_DIRECT_CIRCUIT_GBPS).toEqual({ 10: [1, 2, 5, 10], 100: [5, 10, 40, 100] });
    expect(OCI_AZURE_INTERCONNECT_BANDWIDTHS_MBPS).toEqual([1000, 2000, 5000, 10000]);
  });

  test('VPN gateway SKUs: throughput and site-to-site tunnels (30 on VpnGw1-3, 100 on VpnGw4-5, 10 on Basic)', () => {
    const t = (k: string) => [VPN_GATEWAY_SKUS[k].throughputMbps, VPN_GATEWAY_SKUS[k].maxS2sTunnels];
    expect(t('Basic')).toEqual([100, 10]);
    expect(t('VpnGw1AZ/Generation1')).toEqual([650, 30]);
    expect(t('VpnGw2AZ/Generation2')).toEqual([1250, 30]);
    expect(t('VpnGw3AZ/Generation2')).toEqual([2500, 30]);
    expect(t('VpnGw4AZ/Generation2')).toEqual([5000, 100]);
    expect(t('VpnGw5AZ/Generation2')).toEqual([10000, 100]);
    // every key, including the non-AZ SKUs and Generation1, with BGP and active-active
    expect(Object.fromEntries(Object.entries(VPN_GATEWAY_SKUS).map(([k, v]) => [k, [v.throughputMbps, v.maxS2sTunnels, v.bgp, v.activeActive, v.zoneRedundant]]))).toEqual({
      'Basic': [100, 10, false, false, false],
      'VpnGw1/Generation1': [650, 30, true, true, false], 'VpnGw1AZ/Generation1': [650, 30, true, true, true],
      'VpnGw2/Generation1': [1000, 30, true, true, false], 'VpnGw2AZ/Generation1': [1000, 30, true, true, true],
      'VpnGw3/Generation1': [1250, 30, true, true, false], 'VpnGw3AZ/Generation1': [1250, 30, true, true, true],
      'VpnGw2/Generation2': [1250, 30, true, true, false], 'VpnGw2AZ/Generation2': [1250, 30, true, true, true],
      'VpnGw3/Generation2': [2500, 30, true, true, false], 'VpnGw3AZ/Generation2': [2500, 30, true, true, true],
      'VpnGw4/Generation2': [5000, 100, true, true, false], 'VpnGw4AZ/Generation2': [5000, 100, true, true, true],
      'VpnGw5/Generation2': [10000, 100, true, true, false], 'VpnGw5AZ/Generation2': [10000, 100, true, true, true],
    });
    expect(VPN_GATEWAY_SKU_SOURCE).toMatch(/about-gateway-skus/);
  });

  test('tunnel throughput: AWS 1.25 Gbit/s, Google 3 Gbit/s (verify), OCI 250 Mbit/s (verify) per tunnel', () => {
    expect(Object.fromEntries(Object.entries(TUNNEL_THROUGHPUT_MBPS).map(([k, v]) => [k, [v.value, v.verify]]))).toEqual({ aws: [1250, false], gcp: [3000, true], oci: [250, true] });
    expect(TUNNEL_THROUGHPUT_MBPS.aws.source).toMatch(/aws-transit-gateway-vpn/);
    expect(TUNNEL_THROUGHPUT_MBPS.gcp.source).toMatch(/vpn\/quotas/);
  });

  test('the verify marks of the prefix limits (a figure from a secondary source is marked)', () => {
    expect(Object.fromEntries(Object.entries(PREFIX_LIMITS).map(([k, v]) => [k, v.verify]))).toEqual({
      [SessionType.EXPRESSROUTE_PRIVATE]: false, [SessionType.EXPRESSROUTE_PRIVATE_PREMIUM]: false, [SessionType.EXPRESSROUTE_MICROSOFT]: false,
      [SessionType.AZURE_VPN]: true, [SessionType.AWS_DX_PRIVATE_VIF]: false, [SessionType.AWS_DX_TRANSIT_VIF]: false, [SessionType.AWS_VPN]: true,
      [SessionType.GCP_CLOUD_ROUTER]: true, [SessionType.OCI_FASTCONNECT]: true, [SessionType.OCI_IPSEC]: true, [SessionType.CUSTOMER_ROUTER]: false,
      [SessionType.AZURE_VIRTUAL_HUB]: false,
    });
    expect(PREFIX_LIMITS[SessionType.CUSTOMER_ROUTER].value).toBeUndefined();
  });
});

describe('the address space each cloud refuses, pinned', () => {
  const ranges = (r: ReadonlyArray<{ cidr: string }>) => r.map((x) => x.cidr);
  test('Azure VNets (virtual-networks-faq)', () => {
    expect(ranges(AZURE_VNET_RESERVED_RANGES)).toEqual(['224.0.0.0/4', '255.255.255.255/32', '127.0.0.0/8', '169.254.0.0/16', '168.63.129.16/32']);
  });

  test('AWS VPC CIDR blocks: /16 to /28, 172.17.0.0/16 discouraged, association restrictions (vpc-cidr-blocks.html)', () => {
    expect([AWS_VPC_CIDR_RULE.minPrefixLength, AWS_VPC_CIDR_RULE.maxPrefixLength, ranges(AWS_VPC_CIDR_RULE.reserved), ranges(AWS_VPC_CIDR_RULE.discouraged), AWS_VPC_CIDR_RULE.verify]).toEqual([16, 28, [], ['172.17.0.0/16'], false]);
    expect(AWS_VPC_CIDR_RULE.sizeSource).toMatch(/vpc-cidr-blocks\.html/);
    expect(AWS_VPC_CIDR_RULE.rangesSource).toMatch(/vpc-cidr-blocks\.html/);
    expect(AWS_VPC_ASSOCIATION_RESTRICTIONS).toEqual({ rfc1918: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'], benchmark: '198.19.0.0/16', source: expect.stringMatching(/association restrictions/), verify: true });
  });

  test('Google subnet primary ranges: /8 to /29, the prohibited ranges (cloud.google.com/vpc/docs/subnets)', () => {
    expect([GCP_SUBNET_RULE.minPrefixLength, GCP_SUBNET_RULE.maxPrefixLength, GCP_SUBNET_RULE.verify]).toEqual([8, 29, true]);
    expect(ranges(GCP_SUBNET_RULE.reserved)).toEqual(['0.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '224.0.0.0/4', '255.255.255.255/32', '199.36.153.4/30', '199.36.153.8/30']);
    expect(ranges(GCP_SUBNET_RULE.discouraged)).toEqual([]);
    expect(`${GCP_SUBNET_RULE.sizeSource} ${GCP_SUBNET_RULE.rangesSource}`).toMatch(/vpc\/docs\/subnets.*Prohibited IPv4 subnet ranges/);
  });

  test('OCI VCNs and subnets: /16 to /30, the ranges OCI reserves (verify)', () => {
    for (const r of [OCI_VCN_RULE, OCI_SUBNET_RULE]) {
      expect([r.minPrefixLength, r.maxPrefixLength, ranges(r.reserved), r.verify]).toEqual([16, 30, ['169.254.0.0/16', '224.0.0.0/4', '240.0.0.0/4'], true]);
      expect(r.rangesSource).toMatch(/reserved by OCI/);
    }
    expect(OCI_VCN_RULE.sizeSource).toMatch(/core_vcn.*\/16 to \/30/);
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
