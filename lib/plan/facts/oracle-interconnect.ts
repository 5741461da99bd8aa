import { guard, lookup, table } from '../guards';
import { fail } from '../errors';
import { OCI_AZURE_INTERCONNECT_BANDWIDTHS_MBPS } from './limits';

/**
 * Where the Oracle Interconnect for Microsoft Azure exists: each OCI region pairs with specific ExpressRoute
 * peering locations (the limitation is on the peering location, not the Azure region).
 *
 * Source: docs.oracle.com/iaas/Content/Network/Concepts/azure.htm ("Available regions", 2025-01
 * snapshot); older Microsoft list in learn.microsoft.com/azure/virtual-machines/workloads/oracle/oracle-oci-overview.
 * Pairs the OCI page lists beyond these (Phoenix, San Jose, ...) were not confirmed: pass
 * `allowUnlistedPeeringLocation` to use one.
 */
export const ORACLE_INTERCONNECT_PAIRS: Record<string, string[]> = table({
  'ap-tokyo-1': ['Tokyo'],
  'ap-singapore-1': ['Singapore'],
  'ap-seoul-1': ['Seoul'],
  'eu-frankfurt-1': ['Frankfurt', 'Frankfurt2'],
  'eu-amsterdam-1': ['Amsterdam2'],
  'uk-london-1': ['London'],
  'af-johannesburg-1': ['Johannesburg'],
  'sa-vinhedo-1': ['Campinas'],
  'ca-toronto-1': ['Toronto', 'Toronto2'],
  'us-ashburn-1': ['Washington DC'],
});

/** Checks for the Oracle Interconnect for Azure. */
export class OracleInterconnect {
  /** The ExpressRoute peering locations that pair with `ociRegion` (empty when none is known). */
  public static peeringLocationsFor(ociRegion: string): string[] {
    guard.string(ociRegion, 'ociRegion');
    return [...(lookup(ORACLE_INTERCONNECT_PAIRS, ociRegion) ?? [])];
  }

  /**
   * Throw unless `peeringLocation` pairs with `ociRegion`.
   *
   * @param peeringLocation the ExpressRoute peering location
   * @param ociRegion the OCI region of the VCN
   */
  public static validatePair(peeringLocation: string, ociRegion: string): void {
    guard.string(peeringLocation, 'peeringLocation');
    const locations = OracleInterconnect.peeringLocationsFor(ociRegion);
    if (!locations.includes(peeringLocation)) {
      const known = Object.entries(ORACLE_INTERCONNECT_PAIRS).map(([r, l]) => `${r}: ${l.join('/')}`).join('; ');
      const fix = locations.length
        ? `use ${locations.map((l) => `"${l}"`).join(' or ')} for ${ociRegion}`
        : `use an OCI region with an interconnect (${known})`;
      fail('peeringLocation', peeringLocation, `the Oracle Interconnect for Azure pairs OCI region ${ociRegion} only with ${locations.length ? locations.join(', ') : 'no ExpressRoute peering location we know of'} (docs.oracle.com/iaas/Content/Network/Concepts/azure.htm)`, `${fix}; or set allowUnlistedPeeringLocation if Oracle has added the pair`);
    }
  }

  /** The FastConnect bandwidth shape for an ExpressRoute bandwidth, e.g. 1000 → `1 Gbps`. */
  public static bandwidthShape(bandwidthMbps: number): string {
    if (!OCI_AZURE_INTERCONNECT_BANDWIDTHS_MBPS.includes(bandwidthMbps)) {
      fail('bandwidthMbps', bandwidthMbps, `FastConnect to Azure offers ${OCI_AZURE_INTERCONNECT_BANDWIDTHS_MBPS.join(', ')} Mbit/s (1, 2, 5 or 10 Gbps; learn.microsoft.com/azure/virtual-machines/workloads/oracle/configure-azure-oci-networking)`, 'use 1000, 2000, 5000 or 10000');
    }
    return `${bandwidthMbps / 1000} Gbps`;
  }
}
