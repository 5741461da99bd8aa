import fc from 'fast-check';
import { isValidationError } from '../../lib/plan/errors';
import {
  DhGroup,
  IkeEncryption,
  IkeIntegrity,
  IkeResolver,
  IkeVersion,
  IpsecEncryption,
  IpsecIntegrity,
  IpsecProposal,
  IpsecProposalMapper,
  IpsecProposalOverrides,
  PfsGroup,
  VpnEndpointKind,
} from '../../lib/plan/ipsec';

const KINDS = Object.values(VpnEndpointKind);
const CLOUD_KINDS = [VpnEndpointKind.AWS_VPN, VpnEndpointKind.GCP_HA_VPN, VpnEndpointKind.OCI_IPSEC];

const STRONG: IpsecProposal = {
  ikeVersion: IkeVersion.IKEV2,
  ikeEncryption: IkeEncryption.AES256,
  ikeIntegrity: IkeIntegrity.SHA384,
  dhGroup: DhGroup.ECP384,
  ipsecEncryption: IpsecEncryption.GCM_AES256,
  ipsecIntegrity: IpsecIntegrity.GCM,
  pfsGroup: PfsGroup.ECP384,
  ikeLifetimeSeconds: 28800,
  ipsecLifetimeSeconds: 3600,
};

function expectAcceptedByBoth(a: VpnEndpointKind, b: VpnEndpointKind, p: IpsecProposal): void {
  expect(IkeResolver.check({ kind: a }, p)).toEqual([]);
  expect(IkeResolver.check({ kind: b }, p)).toEqual([]);
}

describe('IkeResolver: Azure to each cloud', () => {
  test.each(CLOUD_KINDS)('Azure <-> %s resolves to a strong IKEv2 proposal both tables accept', (other) => {
    // WHEN
    const r = IkeResolver.resolve(VpnEndpointKind.AZURE_VPN_GATEWAY, other);
    // THEN
    expect(r.proposal).toEqual(STRONG);
    expect(r.warnings).toEqual([]);
    expectAcceptedByBoth(VpnEndpointKind.AZURE_VPN_GATEWAY, other, r.proposal);
  });

  test('Azure <-> AWS maps to the exact azurerm and aws provider spellings', () => {
    const { proposal } = IkeResolver.resolve(VpnEndpointKind.AZURE_VPN_GATEWAY, VpnEndpointKind.AWS_VPN);
    expect(IpsecProposalMapper.toAzureIpsecPolicy(proposal)).toEqual({
      dhGroup: 'ECP384',
      ikeEncryption: 'AES256',
      ikeIntegrity: 'SHA384',
      ipsecEncryption: 'GCMAES256',
      ipsecIntegrity: 'GCMAES256', // Azure: GCM integrity must equal the GCM cipher
      pfsGroup: 'ECP384',
      saLifetime: 3600,
    });
    expect(IpsecProposalMapper.toAzureConnectionProtocol(proposal)).toBe('IKEv2');
    expect(IpsecProposalMapper.toAwsTunnelOptions(proposal)).toEqual({
      ikeVersions: ['ikev2'],
      phase1EncryptionAlgorithms: ['AES256'],
      phase1IntegrityAlgorithms: ['SHA2-384'],
      phase1DhGroupNumbers: [20],
      phase1LifetimeSeconds: 28800,
      phase2EncryptionAlgorithms: ['AES256-GCM-16'],
      phase2IntegrityAlgorithms: ['SHA2-384'],
      phase2DhGroupNumbers: [20],
      phase2LifetimeSeconds: 3600,
    });
  });

  test('Azure <-> GCP maps to ike_version 2', () => {
    const { proposal } = IkeResolver.resolve(VpnEndpointKind.AZURE_VPN_GATEWAY, VpnEndpointKind.GCP_HA_VPN);
    expect(IpsecProposalMapper.toGcpTunnel(proposal)).toEqual({ ikeVersion: 2 });
    expect(IpsecProposalMapper.toAzureIpsecPolicy(proposal).ipsecEncryption).toBe('GCMAES256');
  });

  test('Azure <-> OCI maps to the exact oci_core_ipsec_connection_tunnel_management values', () => {
    const { proposal } = IkeResolver.resolve(VpnEndpointKind.AZURE_VPN_GATEWAY, VpnEndpointKind.OCI_IPSEC);
    expect(IpsecProposalMapper.toOciTunnelDetails(proposal)).toEqual({
      ikeVersion: 'V2',
      phaseOneDetails: {
        isCustomPhaseOneConfig: true,
        customAuthenticationAlgorithm: 'SHA2_384',
        customEncryptionAlgorithm: 'AES_256_CBC',
        customDhGroup: 'GROUP20',
        lifetime: 28800,
      },
      phaseTwoDetails: {
        isCustomPhaseTwoConfig: true,
        customAuthenticationAlgorithm: undefined,
        customEncryptionAlgorithm: 'AES_256_GCM',
        dhGroup: 'GROUP20',
        isPfsEnabled: true,
        lifetime: 3600,
      },
    });
  });

  test('CBC overrides map to the SHA-2 spellings on every cloud', () => {
    const { proposal } = IkeResolver.resolve(VpnEndpointKind.AZURE_VPN_GATEWAY, VpnEndpointKind.OCI_IPSEC, {
      ipsecEncryption: IpsecEncryption.AES256,
      dhGroup: DhGroup.GROUP14,
      pfsGroup: PfsGroup.GROUP14,
      ikeIntegrity: IkeIntegrity.SHA256,
    });
    expect(proposal.ipsecIntegrity).toBe(IpsecIntegrity.SHA256); // the strongest both accept (Azure/OCI stop at SHA-256)
    const az = IpsecProposalMapper.toAzureIpsecPolicy(proposal);
    expect(az).toMatchObject({ dhGroup: 'DHGroup14', pfsGroup: 'PFS2048', ipsecEncryption: 'AES256', ipsecIntegrity: 'SHA256', ikeIntegrity: 'SHA256' });
    const oci = IpsecProposalMapper.toOciTunnelDetails(proposal);
    expect(oci.phaseTwoDetails).toMatchObject({ customAuthenticationAlgorithm: 'HMAC_SHA2_256_128', customEncryptionAlgorithm: 'AES_256_CBC', dhGroup: 'GROUP14' });
    expect(oci.phaseOneDetails.customAuthenticationAlgorithm).toBe('SHA2_256');
    const aws = IpsecProposalMapper.toAwsTunnelOptions(proposal);
    expect(aws.phase2IntegrityAlgorithms).toEqual(['SHA2-256']);
    expect(aws.phase1DhGroupNumbers).toEqual([14]);
  });
});

describe('IkeResolver: rules', () => {
  test('the pairing is symmetric', () => {
    for (const a of KINDS) {
      for (const b of KINDS) {
        let ab: unknown;
        let ba: unknown;
        try { ab = IkeResolver.resolve(a, b); } catch (e) { ab = (e as Error).message; }
        try { ba = IkeResolver.resolve(b, a); } catch (e) { ba = (e as Error).message; }
        expect(ab).toEqual(ba);
      }
    }
  });

  test('no weak algorithm is chosen without overrides', () => {
    for (const a of KINDS) {
      for (const b of KINDS) {
        const { proposal } = IkeResolver.resolve(a, b);
        for (const [k, v] of Object.entries(proposal)) {
          expect(IkeResolver.isWeak(k, String(v))).toBe(false);
        }
        expect(IkeResolver.dhGroupNumber(proposal.dhGroup)).toBeGreaterThanOrEqual(14);
        expect(IkeResolver.pfsGroupNumber(proposal.pfsGroup)).toBeGreaterThanOrEqual(14);
      }
    }
  });

  test('an override to SHA1 yields a warning', () => {
    const r = IkeResolver.resolve(VpnEndpointKind.AZURE_VPN_GATEWAY, VpnEndpointKind.AWS_VPN, { ikeIntegrity: IkeIntegrity.SHA1 });
    expect(r.proposal.ikeIntegrity).toBe(IkeIntegrity.SHA1);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/`ikeIntegrity` SHA1 is weak/);
    expect(IpsecProposalMapper.toAwsTunnelOptions(r.proposal).phase1IntegrityAlgorithms).toEqual(['SHA1']);
  });

  test('fails when an override names a DH group AWS rejects', () => {
    const run = () => IkeResolver.resolve(VpnEndpointKind.AZURE_VPN_GATEWAY, VpnEndpointKind.AWS_VPN, { dhGroup: DhGroup.GROUP1 });
    expect(run).toThrow(/`dhGroup`/);
    expect(run).toThrow(/"GROUP1"/);
    expect(run).toThrow(/AWS Site-to-Site VPN does not accept it/);
    expect(run).toThrow(/GROUP14/); // lists what it accepts
    try { run(); } catch (e) { expect(isValidationError(e)).toBe(true); }
  });

  test('fails when an Azure Basic route-based gateway meets an IKEv1-only device', () => {
    const basic = IkeResolver.azureGatewayEndpoint('Basic');
    expect(basic.ikeVersions).toEqual([IkeVersion.IKEV2]);
    const run = () => IkeResolver.resolveEndpoints(basic, { kind: VpnEndpointKind.GENERIC_IKEV1_ONLY });
    expect(run).toThrow(/`ikeVersion`/);
    expect(run).toThrow(/share no IKE version/);
    expect(run).toThrow(/VPN termination endpoint in Azure that speaks IKEv1/);
    // symmetric
    expect(() => IkeResolver.resolveEndpoints({ kind: VpnEndpointKind.GENERIC_IKEV1_ONLY }, basic)).toThrow(
      (() => { try { run(); } catch (e) { return (e as Error).message; } return ''; })(),
    );
  });

  test('a VpnGw SKU gateway falls back to IKEv1 with an IKEv1-only device, with a warning', () => {
    const r = IkeResolver.resolveEndpoints(IkeResolver.azureGatewayEndpoint('VpnGw2AZ'), { kind: VpnEndpointKind.GENERIC_IKEV1_ONLY });
    expect(r.proposal.ikeVersion).toBe(IkeVersion.IKEV1);
    expect(r.proposal.ikeEncryption).toBe(IkeEncryption.AES256); // no GCM for the IKEv1 SA
    expect(r.warnings.join(' ')).toMatch(/share only IKEv1/);
    expect(IpsecProposalMapper.toAzureConnectionProtocol(r.proposal)).toBe('IKEv1');
  });

  test('an Azure Basic gateway resolves but warns that it takes no custom policy', () => {
    const r = IkeResolver.resolveEndpoints(IkeResolver.azureGatewayEndpoint('Basic'), { kind: VpnEndpointKind.AWS_VPN });
    expect(r.proposal.ikeVersion).toBe(IkeVersion.IKEV2);
    expect(r.warnings.join(' ')).toMatch(/takes no custom IPsec\/IKE policy/);
  });

  test('fails when narrowing to an IKE version the kind does not speak', () => {
    expect(() => IkeResolver.resolveEndpoints({ kind: VpnEndpointKind.GENERIC_IKEV1_ONLY, ikeVersions: [IkeVersion.IKEV2] }, { kind: VpnEndpointKind.AWS_VPN }))
      .toThrow(/`a.ikeVersions`/);
  });

  test('fails when an unknown or policy-based non-Basic Azure SKU is given', () => {
    expect(() => IkeResolver.azureGatewayEndpoint('VpnGw9')).toThrow(/`sku`/);
    expect(() => IkeResolver.azureGatewayEndpoint('VpnGw1', true)).toThrow(/`policyBased`/);
  });

  test('fails when GCM is forced for the IKE SA with IKEv1', () => {
    expect(() => IkeResolver.resolve(VpnEndpointKind.AZURE_VPN_GATEWAY, VpnEndpointKind.AWS_VPN, {
      ikeVersion: IkeVersion.IKEV1, ikeEncryption: IkeEncryption.GCM_AES256,
    })).toThrow(/`ikeEncryption`.*RFC 5282/);
  });

  test('fails when the IPsec integrity contradicts the cipher', () => {
    expect(() => IkeResolver.resolve(VpnEndpointKind.AZURE_VPN_GATEWAY, VpnEndpointKind.AWS_VPN, {
      ipsecEncryption: IpsecEncryption.GCM_AES256, ipsecIntegrity: IpsecIntegrity.SHA256,
    })).toThrow(/`ipsecIntegrity`/);
  });

  test('a SHA-2 IPsec integrity override selects a CBC cipher', () => {
    const r = IkeResolver.resolve(VpnEndpointKind.AWS_VPN, VpnEndpointKind.GCP_HA_VPN, { ipsecIntegrity: IpsecIntegrity.SHA512 });
    expect(r.proposal.ipsecEncryption).toBe(IpsecEncryption.AES256);
    expect(r.proposal.ipsecIntegrity).toBe(IpsecIntegrity.SHA512);
    expect(r.warnings).toEqual([]);
  });

  test('lifetimes: AWS ranges and the phase 2 < phase 1 rule are enforced', () => {
    expect(() => IkeResolver.resolve(VpnEndpointKind.AZURE_VPN_GATEWAY, VpnEndpointKind.AWS_VPN, { ipsecLifetimeSeconds: 7200 }))
      .toThrow(/`ipsecLifetimeSeconds` = 7200: an AWS Site-to-Site VPN accepts an IPsec SA lifetime of 900-3600 s/);
    expect(() => IkeResolver.resolve(VpnEndpointKind.OCI_IPSEC, VpnEndpointKind.AWS_VPN, { ikeLifetimeSeconds: 1800, ipsecLifetimeSeconds: 1800 }))
      .toThrow(/below the IKE SA lifetime/);
    const r = IkeResolver.resolve(VpnEndpointKind.AZURE_VPN_GATEWAY, VpnEndpointKind.AWS_VPN, { ikeLifetimeSeconds: 14400 });
    expect(r.proposal.ikeLifetimeSeconds).toBe(14400);
    expect(r.warnings.join(' ')).toMatch(/fixed at 28800 s/);
  });

  test('mapping refuses a value the cloud cannot take', () => {
    const p = { ...STRONG, ikeEncryption: IkeEncryption.GCM_AES256 };
    expect(() => IpsecProposalMapper.toOciTunnelDetails(p)).toThrow(/`ikeEncryption`/);
    expect(() => IpsecProposalMapper.toAzureIpsecPolicy({ ...STRONG, dhGroup: DhGroup.GROUP16 })).toThrow(/`dhGroup`/);
  });
});

describe('IkeResolver: property-based', () => {
  const caps = (k: VpnEndpointKind) => IkeResolver.capabilities(k);
  const shared = <T>(a: T[], b: T[]) => a.filter((x) => b.includes(x));

  /** Overrides whose every value both ends accept (cross-field combinations may still be refused). */
  const pairAndOverrides = fc
    .tuple(fc.constantFrom(...KINDS), fc.constantFrom(...KINDS))
    .filter(([a, b]) => shared(caps(a).ikeVersions, caps(b).ikeVersions).length > 0)
    .chain(([a, b]) => {
      const ca = caps(a);
      const cb = caps(b);
      const opt = <T>(xs: T[]) => fc.option(fc.constantFrom(...xs), { nil: undefined });
      const lo = (x: 'ike' | 'ipsec') => Math.max(
        ...[ca, cb].map((c) => (x === 'ike' ? (c.ikeLifetimeConfigurable ? c.ikeLifetimeMinSeconds : 1) : (c.ipsecLifetimeConfigurable ? c.ipsecLifetimeMinSeconds : 1))));
      const hi = (x: 'ike' | 'ipsec') => Math.min(
        ...[ca, cb].map((c) => (x === 'ike' ? (c.ikeLifetimeConfigurable ? c.ikeLifetimeMaxSeconds : 1e6) : (c.ipsecLifetimeConfigurable ? c.ipsecLifetimeMaxSeconds : 1e6))));
      const overrides = fc.record<IpsecProposalOverrides>({
        ikeVersion: opt(shared(ca.ikeVersions, cb.ikeVersions)),
        ikeEncryption: opt(shared(ca.ikeEncryption, cb.ikeEncryption)),
        ikeIntegrity: opt(shared(ca.ikeIntegrity, cb.ikeIntegrity)),
        dhGroup: opt(shared(ca.dhGroups, cb.dhGroups)),
        ipsecEncryption: opt(shared(ca.ipsecEncryption, cb.ipsecEncryption)),
        ipsecIntegrity: opt(shared(ca.ipsecIntegrity, cb.ipsecIntegrity)),
        pfsGroup: opt(shared(ca.pfsGroups, cb.pfsGroups)),
        ikeLifetimeSeconds: fc.option(fc.integer({ min: lo('ike'), max: hi('ike') }), { nil: undefined }),
        ipsecLifetimeSeconds: fc.option(fc.integer({ min: lo('ipsec'), max: hi('ipsec') }), { nil: undefined }),
      }, { requiredKeys: [] });
      return fc.tuple(fc.constant(a), fc.constant(b), overrides);
    });

  test('every result is accepted by both tables and honours the overrides', () => {
    fc.assert(fc.property(pairAndOverrides, ([a, b, o]) => {
      let r;
      try {
        r = IkeResolver.resolve(a, b, o);
      } catch (e) {
        // Only cross-field conflicts between the overrides themselves may be refused, and always with a ValidationError.
        expect(isValidationError(e)).toBe(true);
        expect((e as Error).message).toMatch(/`(ikeEncryption|ipsecIntegrity|ipsecLifetimeSeconds)`/);
        return;
      }
      expectAcceptedByBoth(a, b, r.proposal);
      for (const [k, v] of Object.entries(o)) {
        if (v !== undefined) expect((r.proposal as unknown as Record<string, unknown>)[k]).toEqual(v);
      }
      // A weak value appears only when an override asked for it, and then with a warning.
      for (const [k, v] of Object.entries(r.proposal)) {
        if (IkeResolver.isWeak(k, String(v))) {
          expect((o as Record<string, unknown>)[k]).toBe(v);
          expect(r.warnings.some((w) => w.includes(`\`${k}\``))).toBe(true);
        }
      }
      // Symmetric.
      expect(IkeResolver.resolve(b, a, o)).toEqual(r);
    }), { numRuns: 500 });
  });

  test('single overrides both ends accept never throw', () => {
    fc.assert(fc.property(pairAndOverrides, ([a, b, o]) => {
      const keys = Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined && !k.endsWith('Seconds'));
      for (const k of keys) {
        const single = { [k]: (o as Record<string, unknown>)[k] } as IpsecProposalOverrides;
        const r = IkeResolver.resolve(a, b, single);
        expectAcceptedByBoth(a, b, r.proposal);
      }
    }), { numRuns: 300 });
  });

  test('every resolved proposal maps for each cloud it involves', () => {
    fc.assert(fc.property(pairAndOverrides, ([a, b, o]) => {
      let r;
      try { r = IkeResolver.resolve(a, b, o); } catch { return; }
      for (const k of [a, b]) {
        if (k === VpnEndpointKind.AZURE_VPN_GATEWAY) IpsecProposalMapper.toAzureIpsecPolicy(r.proposal);
        if (k === VpnEndpointKind.AWS_VPN) IpsecProposalMapper.toAwsTunnelOptions(r.proposal);
        if (k === VpnEndpointKind.OCI_IPSEC) IpsecProposalMapper.toOciTunnelDetails(r.proposal);
        if (k === VpnEndpointKind.GCP_HA_VPN) IpsecProposalMapper.toGcpTunnel(r.proposal);
      }
    }), { numRuns: 300 });
  });
});
