// Brownfield OCI: an OciHub whose VCN is already attached to a DRG. The links terminate on it, the hub creates no
// DRG nor attachment, and the BGP subnets of the DRG's existing tunnels and circuits are never handed out again.
import { TerraformStack } from 'cdktf';
import { AzureHub } from '../../lib/hubs/azure-hub';
import { OciHub, OciHubProps } from '../../lib/hubs/oci-hub';
import { OciExistingDrg } from '../../lib/hubs/oci-existing';
import { Cidr } from '../../lib/plan/addressing/cidr';
import { ExpressRouteToOracle } from '../../lib/patterns/expressroute-to-oracle';
import { S2SVpnBackup } from '../../lib/patterns/s2s-vpn-backup';
import { AZURE_HUB, OCI_HUB, providerStack, synthJson } from '../support/fixtures';
import { expectValidationError } from '../support/errors';

const DRG: OciExistingDrg = {
  id: 'ocid1.drg.oc1.iad.aaaaexisting', vcnAttachmentId: 'ocid1.drgattachment.oc1.iad.aaaaexisting',
  ipsecTunnelCidrsInUse: ['169.254.21.0/30', '169.254.21.4/30'],
};

const values = (json: any, type: string): any[] => Object.values(json.resource?.[type] ?? {});

function hubs(oci: Partial<OciHubProps>, stack: TerraformStack = providerStack()) {
  return { stack, azure: new AzureHub(stack, 'AzureHub', AZURE_HUB), oci: new OciHub(stack, 'OciHub', { ...OCI_HUB, ...oci }) };
}

describe('OciHub with an existing DRG', () => {
  test('creates no DRG nor attachment; IPSec connections and the route table use the existing DRG', () => {
    const h = hubs({ existingDrg: DRG });
    new S2SVpnBackup(h.stack, 'Vpn', { azure: h.azure, oci: h.oci });
    const json = synthJson(h.stack);
    expect(values(json, 'oci_core_drg')).toEqual([]);
    expect(values(json, 'oci_core_drg_attachment')).toEqual([]);
    expect(values(json, 'oci_core_ipsec').map((c) => c.drg_id)).toEqual([DRG.id, DRG.id]);
    const [table] = values(json, 'oci_core_route_table');
    expect(table.route_rules.map((r: any) => r.network_entity_id)).toEqual([DRG.id]);
    expect(table.depends_on).toBeUndefined();
    expect([h.oci.drg, h.oci.drgAttachment, h.oci.drgId, h.oci.drgAttachmentId]).toEqual([undefined, undefined, DRG.id, DRG.vcnAttachmentId]);
  });

  test('the ExpressRoute interconnect\'s virtual circuit terminates on the existing DRG', () => {
    const h = hubs({ existingDrg: DRG });
    new ExpressRouteToOracle(h.stack, 'Interconnect', { azure: h.azure, oci: h.oci, peeringLocation: 'Washington DC', bandwidthMbps: 1000 });
    expect(values(synthJson(h.stack), 'oci_core_virtual_circuit').map((v) => v.gateway_id)).toEqual([DRG.id]);
  });

  test('IPSec /30s in use on the DRG are never handed out, over many patterns', () => {
    const inUse = Array.from({ length: 12 }, (_, i) => `169.254.21.${i * 4}/30`);
    const h = hubs({ existingDrg: { ...DRG, ipsecTunnelCidrsInUse: inUse } });
    const patterns = Array.from({ length: 6 }, (_, i) => new S2SVpnBackup(h.stack, `Vpn${i}`, { azure: h.azure, oci: h.oci }));
    synthJson(h.stack);
    const allocated = patterns.flatMap((p) => p.ociTunnelCidrs.map((a) => a.cidr));
    expect(allocated).toHaveLength(24);
    for (const a of allocated) for (const u of inUse) expect(a.overlaps(Cidr.parse(u))).toBe(false);
  });

  test('without an existing DRG the hub still creates its DRG and attachment (ids unchanged)', () => {
    const h = hubs({});
    const json = synthJson(h.stack);
    expect(Object.keys(json.resource.oci_core_drg)[0]).toMatch(/^OciHub_Drg_/);
    expect(Object.keys(json.resource.oci_core_drg_attachment)[0]).toMatch(/^OciHub_DrgAttachment_/);
    expect(values(json, 'oci_core_ipsec')).toEqual([]);
    expect(h.oci.drg).toBeDefined();
  });

  describe('fails when', () => {
    test('fails when the DRG id is not a DRG OCID', () => {
      expectValidationError(() => hubs({ existingDrg: { ...DRG, id: 'ocid1.vcn.oc1.iad.aaaa' } }), { property: 'existingDrg.id', value: 'ocid1.vcn.oc1.iad.aaaa', rule: /not the id of a DRG/, fix: /ocid1\.drg\./ });
    });

    test('fails when the attachment id is not a DRG attachment OCID', () => {
      expectValidationError(() => hubs({ existingDrg: { ...DRG, vcnAttachmentId: 'drgattachment-1' } }), { property: 'existingDrg.vcnAttachmentId', value: 'drgattachment-1', rule: /not the id of a DRG attachment/, fix: /drg-attachment list/ });
    });

    test('fails when an IPSec subnet in use is not a /30 or /31', () => {
      expectValidationError(() => hubs({ existingDrg: { ...DRG, ipsecTunnelCidrsInUse: ['169.254.21.0/29'] } }), { property: 'existingDrg.ipsecTunnelCidrsInUse[0]', rule: /\/29 is not allowed/, fix: /./ });
    });

    test('fails when a pattern gives a tunnel /30 the existing DRG already uses', () => {
      const h = hubs({ existingDrg: DRG });
      expectValidationError(() => new S2SVpnBackup(h.stack, 'Vpn', { azure: h.azure, oci: h.oci, ociTunnelInsideCidrs: ['169.254.22.0/30', '169.254.22.4/30', '169.254.22.8/30', '169.254.21.0/30'] }), {
        property: 'ociTunnelInsideCidrs[3]', value: '169.254.21.0/30', rule: /existing-drg-ipsec\/in-use-0/, fix: /choose another subnet/,
      });
    });

    test('fails when a FastConnect subnet in use overlaps an IPSec one', () => {
      expectValidationError(() => hubs({ existingDrg: { ...DRG, fastConnectPeeringCidrsInUse: ['169.254.21.0/30'] } }), { property: 'existingDrg.fastConnectPeeringCidrsInUse[0]', rule: /already used by/, fix: /./ });
    });
  });
});
