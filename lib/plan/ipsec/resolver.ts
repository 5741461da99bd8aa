import { guard, lookup } from '../guards';
import { CAPABILITIES, IpsecCapabilities, VERSION_HINTS } from './capabilities';
import { accepted, canonical, checkOverride, effective, describe, intersect, lifetime, ListKey, pick, warnWeak } from './negotiate';
import {
  DH_PREF, IKE_ENCRYPTION_PREF, IKE_INTEGRITY_PREF, IKE_VERSION_PREF, IPSEC_ENCRYPTION_PREF, IPSEC_INTEGRITY_PREF,
  PFS_PREF, PREFERRED_IKE_LIFETIME, PREFERRED_IPSEC_LIFETIME, WEAK,
} from './preferences';
import { IpsecEndpoint, IpsecProposal, IpsecProposalOverrides, IpsecResolution } from './proposal';
import { reject } from './support';
import { DH_NUMBERS, DhGroup, IkeVersion, IpsecIntegrity, isGcmIke, isGcmIpsec, PfsGroup, versionsLabel, VpnEndpointKind } from './vocabulary';

/**
 * The resolver: one IKE/IPsec proposal both ends of a site-to-site tunnel accept.
 *
 * Pure TypeScript: no cdktf, constructs or provider imports.
 */

/**
 * Picks one strong IKE/IPsec proposal that both ends of a site-to-site tunnel accept.
 *
 * Without overrides the result is IKEv2 (when both ends speak it), AES-256 with SHA-384 and ECP384 for IKE, AES-256-GCM
 * (else AES-256-CBC with the strongest shared SHA-2) with ECP384 PFS for IPsec, and lifetimes of 28800 s / 3600 s where
 * the ends let them be set. Weak algorithms (DES, 3DES, MD5, SHA-1, DH groups below 14, no PFS) are used only when the
 * overrides ask for them, and each one is reported in `warnings`.
 */
export class IkeResolver {
  /**
   * Resolve a proposal for two kinds of endpoint.
   *
   * @param a one end
   * @param b the other end
   * @param overrides values to force; each must be accepted by both ends
   */
  public static resolve(a: VpnEndpointKind, b: VpnEndpointKind, overrides?: IpsecProposalOverrides): IpsecResolution {
    return IkeResolver.resolveEndpoints({ kind: a }, { kind: b }, overrides);
  }

  /**
   * Resolve a proposal for two endpoint descriptions (use this to narrow the IKE versions a device offers).
   *
   * @param a one end
   * @param b the other end
   * @param overrides values to force; each must be accepted by both ends
   */
  public static resolveEndpoints(a: IpsecEndpoint, b: IpsecEndpoint, overrides?: IpsecProposalOverrides): IpsecResolution {
    const o = overrides ?? {};
    const ends = canonical(effective(a, 'a'), effective(b, 'b'));
    const warnings: string[] = [];

    // 1. IKE version: without a shared version nothing else matters.
    const shared = intersect(ends.map((e) => e.versions)) as IkeVersion[];
    if (shared.length === 0) {
      const fixes: string[] = [];
      for (const [self, other] of [[ends[0], ends[1]], [ends[1], ends[0]]]) {
        const wanted = versionsLabel(other.versions);
        if (self.caps.cloud) {
          const hint = lookup(VERSION_HINTS as { [key: string]: string | undefined }, self.endpoint.kind);
          fixes.push(`deploy a VPN termination endpoint in ${self.caps.cloud} that speaks ${wanted}${hint ? ` (${hint})` : ''}`);
        } else {
          fixes.push(`replace the ${self.caps.displayName} with a VPN termination endpoint that speaks ${wanted}`);
        }
      }
      reject('ikeVersion', `${versionsLabel(ends[0].versions)} / ${versionsLabel(ends[1].versions)}`,
        `${describe(ends[0])} and ${describe(ends[1])} share no IKE version`, fixes.join(', or '));
    }

    // 2. Every override must be accepted by both ends.
    checkOverride(ends, 'ikeVersion', o.ikeVersion);
    checkOverride(ends, 'ikeEncryption', o.ikeEncryption);
    checkOverride(ends, 'ikeIntegrity', o.ikeIntegrity);
    checkOverride(ends, 'dhGroup', o.dhGroup);
    checkOverride(ends, 'ipsecEncryption', o.ipsecEncryption);
    checkOverride(ends, 'ipsecIntegrity', o.ipsecIntegrity);
    checkOverride(ends, 'pfsGroup', o.pfsGroup);

    // 3. Fill in, honouring the cross-field rules.
    const ikeVersion = o.ikeVersion ?? IKE_VERSION_PREF.find((v) => shared.includes(v))!;
    if (o.ikeEncryption !== undefined && isGcmIke(o.ikeEncryption) && ikeVersion !== IkeVersion.IKEV2) {
      reject('ikeEncryption', o.ikeEncryption, 'AES-GCM for the IKE SA exists only in IKEv2 (RFC 5282)',
        'use AES256 (CBC) with IKEv1, or IKEv2');
    }
    const ikeEncryption = o.ikeEncryption
      ?? pick(ends, 'ikeEncryption', IKE_ENCRYPTION_PREF, (x) => !isGcmIke(x) || ikeVersion === IkeVersion.IKEV2, 'IKE encryption');
    const ikeIntegrity = o.ikeIntegrity ?? pick(ends, 'ikeIntegrity', IKE_INTEGRITY_PREF, () => true, 'IKE integrity');
    const dhGroup = o.dhGroup ?? pick(ends, 'dhGroup', DH_PREF, () => true, 'DH group');

    if (o.ipsecEncryption !== undefined && o.ipsecIntegrity !== undefined
      && isGcmIpsec(o.ipsecEncryption) !== (o.ipsecIntegrity === IpsecIntegrity.GCM)) {
      reject('ipsecIntegrity', o.ipsecIntegrity,
        isGcmIpsec(o.ipsecEncryption)
          ? `with ${o.ipsecEncryption} the cipher authenticates, so the integrity is GCM`
          : `GCM integrity needs an AES-GCM cipher, not ${o.ipsecEncryption}`,
        isGcmIpsec(o.ipsecEncryption) ? 'set `ipsecIntegrity` to GCM or leave it out' : 'choose a SHA-2 integrity or leave it out');
    }
    const wantGcm = o.ipsecIntegrity === undefined ? undefined : o.ipsecIntegrity === IpsecIntegrity.GCM;
    const ipsecEncryption = o.ipsecEncryption
      ?? pick(ends, 'ipsecEncryption', IPSEC_ENCRYPTION_PREF, (x) => wantGcm === undefined || isGcmIpsec(x) === wantGcm, 'IPsec encryption');
    const ipsecIntegrity = isGcmIpsec(ipsecEncryption)
      ? IpsecIntegrity.GCM
      : (o.ipsecIntegrity ?? pick(ends, 'ipsecIntegrity', IPSEC_INTEGRITY_PREF, () => true, 'IPsec integrity'));
    if (!ends.every((e) => e.caps.ipsecIntegrity.includes(ipsecIntegrity))) {
      // Reached only when a forced GCM cipher meets an end without GCM integrity: cannot happen with the tables above.
      reject('ipsecIntegrity', ipsecIntegrity, 'one end cannot authenticate this cipher', 'choose another `ipsecEncryption`');
    }
    const pfsGroup = o.pfsGroup ?? pick(ends, 'pfsGroup', PFS_PREF, () => true, 'PFS group');

    const ikeLifetimeSeconds = lifetime(ends, 'ike', o.ikeLifetimeSeconds, PREFERRED_IKE_LIFETIME, warnings);
    const ipsecLifetimeSeconds = lifetime(ends, 'ipsec', o.ipsecLifetimeSeconds, PREFERRED_IPSEC_LIFETIME, warnings);
    for (const e of ends) {
      if (e.caps.ipsecLifetimeBelowIke && ipsecLifetimeSeconds >= ikeLifetimeSeconds) {
        reject('ipsecLifetimeSeconds', ipsecLifetimeSeconds,
          `${describe(e)} needs the IPsec SA lifetime below the IKE SA lifetime (${ikeLifetimeSeconds} s)`,
          `choose less than ${ikeLifetimeSeconds} s`);
      }
    }

    // 4. Warnings.
    if (o.ikeEncryption) warnWeak('ikeEncryption', o.ikeEncryption, warnings);
    if (o.ikeIntegrity) warnWeak('ikeIntegrity', o.ikeIntegrity, warnings);
    if (o.dhGroup) warnWeak('dhGroup', o.dhGroup, warnings);
    if (o.ipsecEncryption) warnWeak('ipsecEncryption', o.ipsecEncryption, warnings);
    if (o.ipsecIntegrity) warnWeak('ipsecIntegrity', o.ipsecIntegrity, warnings);
    if (o.pfsGroup) warnWeak('pfsGroup', o.pfsGroup, warnings);
    if (ikeVersion === IkeVersion.IKEV1) {
      warnings.push(o.ikeVersion === IkeVersion.IKEV1 && shared.includes(IkeVersion.IKEV2)
        ? '`ikeVersion` IKEV1: IKEv1 is used because the overrides ask for it although both ends speak IKEv2; prefer IKEv2.'
        : `\`ikeVersion\` IKEV1: ${describe(ends[0])} and ${describe(ends[1])} share only IKEv1; IKEv1 is legacy (Azure notes reconnects on Main Mode rekeys).`);
    }
    for (const e of ends) {
      if (e.endpoint.customPolicy === false) {
        warnings.push(`${describe(e)} takes no custom IPsec/IKE policy: it negotiates with its default proposals, so the other end must accept those; the proposal applies to the other end only.`);
      }
    }

    return {
      proposal: {
        ikeVersion, ikeEncryption, ikeIntegrity, dhGroup, ipsecEncryption, ipsecIntegrity, pfsGroup,
        ikeLifetimeSeconds, ipsecLifetimeSeconds,
      },
      warnings,
    };
  }

  /**
   * What a kind of endpoint accepts (a copy of the capability table entry).
   *
   * @param kind the endpoint kind
   */
  public static capabilities(kind: VpnEndpointKind): IpsecCapabilities {
    const c = lookup(CAPABILITIES, guard.enumValue(kind, 'kind', VpnEndpointKind))!;
    return {
      ...c,
      ikeVersions: [...c.ikeVersions],
      ikeEncryption: [...c.ikeEncryption],
      ikeIntegrity: [...c.ikeIntegrity],
      dhGroups: [...c.dhGroups],
      ipsecEncryption: [...c.ipsecEncryption],
      ipsecIntegrity: [...c.ipsecIntegrity],
      pfsGroups: [...c.pfsGroups],
    };
  }

  /**
   * Why an endpoint would reject a proposal: an empty list means it accepts it. Lifetimes are checked only where the
   * endpoint lets them be set.
   *
   * @param endpoint the endpoint
   * @param proposal the proposal
   */
  public static check(endpoint: IpsecEndpoint, proposal: IpsecProposal): string[] {
    const e = effective(endpoint, 'endpoint');
    const problems: string[] = [];
    const test = (key: ListKey, value: string): void => {
      if (!accepted(e, key).includes(value)) problems.push(`\`${key}\` ${value}: ${e.caps.displayName} accepts ${accepted(e, key).join(', ')}`);
    };
    test('ikeVersion', proposal.ikeVersion);
    test('ikeEncryption', proposal.ikeEncryption);
    test('ikeIntegrity', proposal.ikeIntegrity);
    test('dhGroup', proposal.dhGroup);
    test('ipsecEncryption', proposal.ipsecEncryption);
    test('ipsecIntegrity', proposal.ipsecIntegrity);
    test('pfsGroup', proposal.pfsGroup);
    if (isGcmIke(proposal.ikeEncryption) && proposal.ikeVersion !== IkeVersion.IKEV2) {
      problems.push(`\`ikeEncryption\` ${proposal.ikeEncryption}: AES-GCM for the IKE SA needs IKEv2`);
    }
    if (isGcmIpsec(proposal.ipsecEncryption) !== (proposal.ipsecIntegrity === IpsecIntegrity.GCM)) {
      problems.push(`\`ipsecIntegrity\` ${proposal.ipsecIntegrity}: GCM integrity goes with, and only with, an AES-GCM cipher`);
    }
    const c = e.caps;
    if (c.ikeLifetimeConfigurable && (proposal.ikeLifetimeSeconds < c.ikeLifetimeMinSeconds || proposal.ikeLifetimeSeconds > c.ikeLifetimeMaxSeconds)) {
      problems.push(`\`ikeLifetimeSeconds\` ${proposal.ikeLifetimeSeconds}: ${c.displayName} accepts ${c.ikeLifetimeMinSeconds}-${c.ikeLifetimeMaxSeconds}`);
    }
    if (c.ipsecLifetimeConfigurable && (proposal.ipsecLifetimeSeconds < c.ipsecLifetimeMinSeconds || proposal.ipsecLifetimeSeconds > c.ipsecLifetimeMaxSeconds)) {
      problems.push(`\`ipsecLifetimeSeconds\` ${proposal.ipsecLifetimeSeconds}: ${c.displayName} accepts ${c.ipsecLifetimeMinSeconds}-${c.ipsecLifetimeMaxSeconds}`);
    }
    if (c.ipsecLifetimeBelowIke && proposal.ipsecLifetimeSeconds >= proposal.ikeLifetimeSeconds) {
      problems.push(`\`ipsecLifetimeSeconds\` ${proposal.ipsecLifetimeSeconds}: ${c.displayName} needs it below the IKE lifetime`);
    }
    return problems;
  }

  /**
   * Whether a value is one the resolver treats as weak (used only on request, with a warning).
   *
   * @param property a proposal property name, e.g. `dhGroup`
   * @param value the value, e.g. `GROUP2`
   */
  public static isWeak(property: string, value: string): boolean {
    guard.string(property, 'property');
    guard.string(value, 'value');
    return lookup(WEAK, `${property}:${value}`) !== undefined;
  }

  /**
   * The IANA number of a DH group (ECP256 = 19, ECP384 = 20, ECP521 = 21).
   *
   * @param group the group
   */
  public static dhGroupNumber(group: DhGroup): number {
    return lookup(DH_NUMBERS, guard.enumValue(group, 'group', DhGroup))!;
  }

  /**
   * The IANA number of a PFS group: 0 for `NONE`.
   *
   * @param group the group
   */
  public static pfsGroupNumber(group: PfsGroup): number {
    guard.enumValue(group, 'group', PfsGroup);
    return group === PfsGroup.NONE ? 0 : lookup(DH_NUMBERS, group as string as DhGroup)!;
  }

  /**
   * Describe an Azure VPN gateway by SKU: Basic route-based speaks IKEv2 only, Basic policy-based IKEv1 only, and
   * neither takes a custom IPsec/IKE policy: VpnGw1-5 / VpnGw1AZ-5AZ (and the legacy Standard / HighPerformance)
   * speak both and take a policy. Source: learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpn-gateway-settings
   * and ipsec-ike-policy-howto ("IPsec/IKE policy only works on VpnGw1~5 and VpnGw1AZ~5AZ, Standard and HighPerformance").
   *
   * @param sku the gateway SKU, e.g. `VpnGw2AZ`, `Basic`
   * @param policyBased whether the gateway's VPN type is PolicyBased (Basic only)
   */
  public static azureGatewayEndpoint(sku: string, policyBased?: boolean): IpsecEndpoint {
    const kind = VpnEndpointKind.AZURE_VPN_GATEWAY;
    if (sku === 'Basic') {
      return { kind, ikeVersions: [policyBased ? IkeVersion.IKEV1 : IkeVersion.IKEV2], customPolicy: false };
    }
    if (!/^(VpnGw[1-5](AZ)?|Standard|HighPerformance)$/.test(sku)) {
      reject('sku', sku, 'not an Azure VPN gateway SKU', 'use Basic, VpnGw1-5 or VpnGw1AZ-5AZ');
    }
    if (policyBased) {
      reject('policyBased', policyBased, `a PolicyBased Azure VPN gateway exists only with the Basic SKU, not ${sku}`,
        'use a RouteBased gateway (set `usePolicyBasedTrafficSelectors` on the connection for policy-based peers)');
    }
    return { kind, ikeVersions: [IkeVersion.IKEV1, IkeVersion.IKEV2], customPolicy: true };
  }
}
