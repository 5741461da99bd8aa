// Before any tunnel: every value the library's capability table lets through for a cloud, rendered by the library's
// mapper for that cloud, must be a value the cloud documents (ipsec-clouds.ts). The tunnels of the examples exercise
// one proposal per link; this sweep covers every algorithm and group the resolver could pick or be forced to, one at a
// time on top of the default proposal, so a rendering the cloud would not accept is found without a lab.
import { IkeResolver, IpsecProposal, IpsecProposalMapper, VpnEndpointKind } from '../../lib/plan/ipsec';
import { AWS, AZURE, CloudCrypto, mapCrypto, OCI, SideCrypto } from './ipsec-clouds';

type Values = { [K in keyof SideCrypto]: string[] };
type Field = 'ikeEncryption' | 'ikeIntegrity' | 'dhGroup' | 'ipsecEncryption' | 'ipsecIntegrity' | 'pfsGroup';

const CAP_LIST: Record<Field, 'ikeEncryption' | 'ikeIntegrity' | 'dhGroups' | 'ipsecEncryption' | 'ipsecIntegrity' | 'pfsGroups'> = {
  ikeEncryption: 'ikeEncryption', ikeIntegrity: 'ikeIntegrity', dhGroup: 'dhGroups', ipsecEncryption: 'ipsecEncryption',
  ipsecIntegrity: 'ipsecIntegrity', pfsGroup: 'pfsGroups',
};

/** `base` with one field set, and the GCM pairing the field needs kept consistent. */
function variant(base: IpsecProposal, field: Field, value: string): IpsecProposal {
  const p: Record<string, unknown> = { ...base, [field]: value };
  if (field === 'ipsecEncryption') p.ipsecIntegrity = value.startsWith('GCM') ? 'GCM' : 'SHA256';
  if (field === 'ipsecIntegrity') p.ipsecEncryption = value === 'GCM' ? 'GCM_AES256' : 'AES256';
  return p as unknown as IpsecProposal;
}

interface Cloud { kind: VpnEndpointKind; table: CloudCrypto; values: (p: IpsecProposal) => Values }

const CLOUDS: Cloud[] = [
  {
    kind: VpnEndpointKind.AZURE_VPN_GATEWAY, table: AZURE,
    values: (p) => {
      const x = IpsecProposalMapper.toAzureIpsecPolicy(p);
      return { ikeEncryption: [x.ikeEncryption], ikeIntegrity: [x.ikeIntegrity], dhGroups: [x.dhGroup], espEncryption: [x.ipsecEncryption], espIntegrity: [x.ipsecIntegrity], pfsGroups: [x.pfsGroup] };
    },
  },
  {
    kind: VpnEndpointKind.AWS_VPN, table: AWS,
    values: (p) => {
      const x = IpsecProposalMapper.toAwsTunnelOptions(p);
      return {
        ikeEncryption: x.phase1EncryptionAlgorithms, ikeIntegrity: x.phase1IntegrityAlgorithms, dhGroups: x.phase1DhGroupNumbers.map(String),
        espEncryption: x.phase2EncryptionAlgorithms, espIntegrity: x.phase2IntegrityAlgorithms, pfsGroups: x.phase2DhGroupNumbers.map(String),
      };
    },
  },
  {
    kind: VpnEndpointKind.OCI_IPSEC, table: OCI,
    values: (p) => {
      const x = IpsecProposalMapper.toOciTunnelDetails(p);
      const two = x.phaseTwoDetails;
      return {
        ikeEncryption: [x.phaseOneDetails.customEncryptionAlgorithm], ikeIntegrity: [x.phaseOneDetails.customAuthenticationAlgorithm],
        dhGroups: [x.phaseOneDetails.customDhGroup], espEncryption: [two.customEncryptionAlgorithm],
        espIntegrity: two.customAuthenticationAlgorithm ? [two.customAuthenticationAlgorithm] : [], pfsGroups: two.dhGroup ? [two.dhGroup] : [],
      };
    },
  },
];

/**
 * Per cloud: how many values were rendered, how many the library's renderer itself refuses (it would throw at
 * synth, which is fine), and every rendered value the cloud does not document.
 */
export function renderSweep(): Array<{ cloud: string; rendered: number; refused: number; problems: string[] }> {
  return CLOUDS.map((c) => {
    const base = IkeResolver.resolve(VpnEndpointKind.AZURE_VPN_GATEWAY, c.kind).proposal;
    const caps = IkeResolver.capabilities(c.kind);
    const problems: string[] = [];
    let rendered = 0;
    let refused = 0;
    for (const field of Object.keys(CAP_LIST) as Field[]) {
      for (const value of caps[CAP_LIST[field]] as string[]) {
        let values: Values;
        try {
          values = c.values(variant(base, field, value));
        } catch {
          refused++;
          continue;
        }
        rendered++;
        mapCrypto(c.table, values, `${caps.displayName} with ${field} ${value}`, problems);
      }
    }
    return { cloud: c.table.cloud, rendered, refused, problems };
  });
}
