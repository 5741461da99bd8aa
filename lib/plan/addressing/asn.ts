import { Cloud } from '../facts/clouds';
import { fail } from '../errors';
import { guard } from '../guards';

/**
 * BGP autonomous system numbers: which numbers exist, which are private, and which each cloud reserves or
 * requires for each role. Every figure cites its source.
 */

/** The role an ASN plays on a cloud. */
export enum AsnRole {
  /**
   * The cloud's own side of a session: the Azure VPN gateway, the AWS virtual private / transit / Direct Connect
   * gateway, a Google Cloud Router used for VPN or Dedicated Interconnect, OCI's own side (always 31898).
   */
  CLOUD_SIDE = 'cloud side',
  /**
   * The ASN a cloud is told its peer uses: an Azure local network gateway or ExpressRoute `peer_asn`, an AWS
   * customer gateway or Direct Connect VIF `bgp_asn`, a Google BGP peer `peer_asn`, an OCI `customer_asn`.
   */
  PEER = 'peer',
  /** A Google Cloud Router that serves Partner Interconnect VLAN attachments. */
  PARTNER_INTERCONNECT_ROUTER = 'Partner Interconnect router',
}

/** Well-known ASNs of the clouds' own edges. */
export class WellKnownAsn {
  /** Microsoft's edge (MSEE) on ExpressRoute. Source: learn.microsoft.com/azure/expressroute/expressroute-routing#autonomous-system-numbers */
  public static readonly MICROSOFT = 12076;
  /** The default (and Route Server) ASN of an Azure virtual network gateway. Source: learn.microsoft.com/azure/vpn-gateway/vpn-gateway-bgp-overview */
  public static readonly AZURE_VPN_GATEWAY_DEFAULT = 65515;
  /** The default Amazon-side ASN of a virtual private gateway, Direct Connect gateway and customer gateway. Source: docs.aws.amazon.com/vpn/latest/s2svpn/cgw-options.html */
  public static readonly AWS_DEFAULT = 64512;
  /** The ASN a Cloud Router must use for Partner Interconnect. Source: cloud.google.com/network-connectivity/docs/interconnect/how-to/partner/creating-vlan-attachments */
  public static readonly GOOGLE_PARTNER_INTERCONNECT = 16550;
  /** Oracle's ASN on FastConnect and IPSec BGP sessions. Source: docs.oracle.com/iaas/Content/Network/Concepts/fastconnect.htm (Oracle BGP ASN 31898) */
  public static readonly ORACLE = 31898;
}

/** The answer to "may this ASN be used in this role on this cloud?". */
export interface AsnVerdict {
  /** True when the ASN may be used. */
  readonly allowed: boolean;
  /** Why not, when it may not. */
  readonly reason?: string;
  /** What to use instead, when it may not. */
  readonly fix?: string;
}

const MAX_ASN = 4294967295;

/** IANA-reserved numbers (RFC 7300, RFC 6793 AS_TRANS, RFC 5398 documentation, RFC 7300 last ASNs). */
const IANA_RESERVED: Array<[number, number, string]> = [
  [0, 0, 'AS 0 is reserved (RFC 7607)'],
  [23456, 23456, 'AS 23456 is AS_TRANS (RFC 6793)'],
  [64496, 64511, '64496-64511 are reserved for documentation (RFC 5398)'],
  [65535, 65551, '65535-65551 are IANA-reserved (RFC 7300, RFC 5398)'],
  [MAX_ASN, MAX_ASN, '4294967295 is reserved (RFC 7300)'],
];

/**
 * Azure reserves these ASNs: public 8074, 8075, 12076; private 65515-65520 (65516 is allowed by some docs, but
 * the VPN gateway BGP FAQ lists 65515, 65517-65520; ExpressRoute reserves the whole 65515-65520 range).
 * Sources: learn.microsoft.com/azure/vpn-gateway/vpn-gateway-vpn-faq#bgp ("reserved ASNs"),
 * learn.microsoft.com/azure/expressroute/expressroute-routing#autonomous-system-numbers.
 */
const AZURE_RESERVED: Array<[number, number, string]> = [
  [8074, 8075, 'Azure reserves 8074 and 8075'],
  [12076, 12076, 'Azure reserves 12076 (Microsoft\'s ExpressRoute edge)'],
  [65515, 65520, 'Azure reserves 65515-65520 (65515 is the Azure gateways\' own ASN)'],
];

/**
 * AWS customer-gateway reserved ASNs: 7224 in every region, 9059 in eu-west-1, 10124 in ap-northeast-1, 17943 in
 * ap-southeast-1. Source: docs.aws.amazon.com/vpn/latest/s2svpn/cgw-options.html
 */
const AWS_RESERVED_BY_REGION: Array<[number, string | undefined]> = [
  [7224, undefined],
  [9059, 'eu-west-1'],
  [10124, 'ap-northeast-1'],
  [17943, 'ap-southeast-1'],
];

function inRanges(asn: number, ranges: Array<[number, number, string]>): string | undefined {
  for (const [lo, hi, why] of ranges) if (asn >= lo && asn <= hi) return why;
  return undefined;
}

const deny = (reason: string, fix: string): AsnVerdict => ({ allowed: false, reason, fix });
const ALLOW: AsnVerdict = { allowed: true };

/** ASN rules for every cloud and role. */
export class Asn {
  /** True for an integer from 1 to 4294967294 that IANA has not reserved. */
  public static isValid(asn: number): boolean {
    return Number.isInteger(asn) && asn >= 0 && asn <= MAX_ASN && inRanges(asn, IANA_RESERVED) === undefined;
  }

  /** True for a 2-byte ASN (1-65535). */
  public static is16Bit(asn: number): boolean {
    return Number.isInteger(asn) && asn >= 0 && asn <= 65535;
  }

  /** True for a private ASN: 64512-65534 or 4200000000-4294967294 (RFC 6996). */
  public static isPrivate(asn: number): boolean {
    return Number.isInteger(asn) && ((asn >= 64512 && asn <= 65534) || (asn >= 4200000000 && asn <= 4294967294));
  }

  /**
   * May `asn` be used as `role` on `cloud`? Returns the reason and the fix when not.
   *
   * @param asn the ASN
   * @param cloud the cloud that will hold the setting
   * @param role the role the ASN plays there
   * @param region the cloud region, for rules that depend on it (AWS's region-specific reserved ASNs)
   */
  public static check(asn: number, cloud: Cloud, role: AsnRole, region?: string): AsnVerdict {
    guard.enumValue(cloud, 'cloud', Cloud);
    guard.enumValue(role, 'role', AsnRole);
    guard.optional(region, 'region', guard.string);
    if (!Number.isInteger(asn) || asn < 1 || asn > MAX_ASN - 1) {
      return deny('an ASN is a whole number from 1 to 4294967294', 'use a private ASN such as 65010 (64512-65534) or 4200000010 (4200000000-4294967294)');
    }
    const iana = inRanges(asn, IANA_RESERVED);
    if (iana) return deny(iana, 'use a private ASN from 64512-65534 or 4200000000-4294967294 that no other party in the session uses');

    switch (cloud) {
      case Cloud.AZURE: {
        if (role === AsnRole.CLOUD_SIDE) {
          // The gateway may keep its default 65515; the other reserved numbers are refused.
          if (asn === WellKnownAsn.AZURE_VPN_GATEWAY_DEFAULT) return ALLOW;
          const r = inRanges(asn, AZURE_RESERVED);
          if (r) return deny(r, 'keep the default 65515 or choose a private ASN outside 65515-65520');
          return ALLOW;
        }
        if (role === AsnRole.PEER) {
          const r = inRanges(asn, AZURE_RESERVED);
          if (r) return deny(`${r}; a peer of Azure may not use it`, 'give the peer a private ASN outside 65515-65520, e.g. 65010');
          return ALLOW;
        }
        return deny('Azure has no Partner Interconnect router', 'use AsnRole.CLOUD_SIDE or AsnRole.PEER');
      }
      case Cloud.AWS: {
        if (role === AsnRole.CLOUD_SIDE) {
          // Source: docs.aws.amazon.com/vpn/latest/s2svpn/VPC_VPN.html (amazon-side ASN: private 64512-65534 or 4200000000-4294967294)
          if (!Asn.isPrivate(asn)) {
            return deny('the Amazon-side ASN of a virtual private, transit or Direct Connect gateway must be private (64512-65534 or 4200000000-4294967294)', 'choose a private ASN, e.g. 64512 (the default)');
          }
          return ALLOW;
        }
        if (role === AsnRole.PEER) {
          for (const [reserved, reg] of AWS_RESERVED_BY_REGION) {
            if (asn === reserved && (reg === undefined || region === undefined || reg === region)) {
              return deny(`AWS reserves ASN ${reserved}${reg ? ` in ${reg}` : ' in every region'} for customer gateways`, 'choose another ASN, e.g. a private one from 64512-65534');
            }
          }
          return ALLOW;
        }
        return deny('AWS has no Partner Interconnect router', 'use AsnRole.CLOUD_SIDE or AsnRole.PEER');
      }
      case Cloud.GCP: {
        if (role === AsnRole.PARTNER_INTERCONNECT_ROUTER) {
          if (asn !== WellKnownAsn.GOOGLE_PARTNER_INTERCONNECT) {
            return deny('a Cloud Router for Partner Interconnect VLAN attachments must use ASN 16550', 'set the router ASN to 16550 and use a separate Cloud Router (with a private ASN) for HA VPN');
          }
          return ALLOW;
        }
        if (role === AsnRole.CLOUD_SIDE) {
          // Source: cloud.google.com/network-connectivity/docs/router/how-to/create-router-vpc-network (private ASN, or 16550 for Partner Interconnect)
          if (!Asn.isPrivate(asn) && asn !== WellKnownAsn.GOOGLE_PARTNER_INTERCONNECT) {
            return deny('a Cloud Router ASN must be private (64512-65534 or 4200000000-4294967294), or 16550 for Partner Interconnect', 'choose a private ASN such as 64514');
          }
          return ALLOW;
        }
        if (asn === WellKnownAsn.GOOGLE_PARTNER_INTERCONNECT) {
          return deny('16550 is Google\'s Partner Interconnect ASN and cannot be a peer\'s ASN', 'give the peer its own ASN');
        }
        return ALLOW;
      }
      case Cloud.OCI: {
        if (role === AsnRole.CLOUD_SIDE) {
          if (asn !== WellKnownAsn.ORACLE) return deny('OCI\'s side of FastConnect and IPSec BGP always uses ASN 31898', 'use 31898');
          return ALLOW;
        }
        if (role === AsnRole.PEER) {
          if (asn === WellKnownAsn.ORACLE) return deny('31898 is Oracle\'s own ASN; the customer side must differ', 'give the customer side its own ASN, e.g. 65010');
          return ALLOW;
        }
        return deny('OCI has no Partner Interconnect router', 'use AsnRole.CLOUD_SIDE or AsnRole.PEER');
      }
      default:
        return ALLOW;
    }
  }

  /**
   * Like `check`, but throws a `ValidationError` naming `property` when the ASN may not be used.
   *
   * @param asn the ASN
   * @param cloud the cloud that will hold the setting
   * @param role the role the ASN plays there
   * @param property the property that holds the ASN, for the error message
   * @param region the cloud region, where the rule depends on it
   */
  public static validate(asn: number, cloud: Cloud, role: AsnRole, property: string, region?: string): void {
    guard.string(property, 'property');
    const v = Asn.check(asn, cloud, role, region);
    if (!v.allowed) fail(property, asn, `${v.reason} (${cloud}, ${role})`, v.fix ?? 'choose another ASN');
  }

  /**
   * Both ends of an eBGP session must differ (all the clouds run eBGP with their peers).
   *
   * @param local the ASN of one end
   * @param peer the ASN of the other end
   * @param property the property to blame
   * @param what a description of the session, e.g. "the Azure VPN gateway and the AWS virtual private gateway"
   */
  public static validateDistinct(local: number, peer: number, property: string, what: string): void {
    guard.string(property, 'property');
    guard.string(what, 'what');
    // numbers only: either side may be a Terraform token (an encoded number), which compares by identity
    guard.number(local, 'local');
    guard.number(peer, property);
    if (local === peer) {
      fail(property, peer, `${what} would run BGP with the same ASN on both ends; the clouds only run eBGP and drop routes carrying their own ASN`, 'give each side its own ASN');
    }
  }
}
