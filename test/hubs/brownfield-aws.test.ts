// Brownfield AWS: an AwsHub whose VPC already runs a virtual private gateway, and an existing Direct Connect
// gateway. The links use them, never create a VGW or a DX gateway, read them at plan with the declared facts as
// postconditions, never hand out a tunnel /30, peering subnet or VLAN already in use, and count the VGW's routes.
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { AwsHub, AwsHubProps } from '../../lib/hubs/aws-hub';
import { AwsExistingDirectConnectGateway, AwsExistingVpnGateway } from '../../lib/hubs/aws-existing';
import { AzureHub } from '../../lib/hubs/azure-hub';
import { AwsDirectConnectLink, AwsHostedVirtualInterfaceAccepterLink } from '../../lib/links/aws-direct-connect';
import { Cidr } from '../../lib/plan/addressing/cidr';
import { ProviderRules } from '../../lib/plan/facts/provider-rules';
import { S2SVpnBackup } from '../../lib/patterns/s2s-vpn-backup';
import { ConnectivityReport } from '../../lib/report/connectivity-report';
import { GcpHub } from '../../lib/hubs/gcp-hub';
import { OciHub } from '../../lib/hubs/oci-hub';
import { AWS_HUB, AZURE_HUB, GCP_HUB, OCI_HUB, providerStack, synthJson } from '../support/fixtures';
import { configurationErrors, terraformAvailable, terraformValidate } from '../support/terraform-check';
import { expectValidationError } from '../support/errors';

const VGW: AwsExistingVpnGateway = { id: 'vgw-0123456789abcdef0', amazonSideAsn: 64600, tunnelInsideCidrsInUse: ['169.254.21.0/30', '169.254.21.4/30'] };
const DXGW: AwsExistingDirectConnectGateway = { id: '5f294f92-bafb-4011-916d-9b0b00000001', name: 'corp-dxgw', amazonSideAsn: 64700, peeringCidrsInUse: ['192.168.254.0/30'] };

const values = (json: any, kind: 'resource' | 'data', type: string): any[] => Object.values(json[kind]?.[type] ?? {});
const conditions = (ds: any): string[] => ds.lifecycle.postcondition.map((c: any) => c.condition);

function hubs(aws: Partial<AwsHubProps>, stack: TerraformStack = providerStack()) {
  return { stack, azure: new AzureHub(stack, 'AzureHub', AZURE_HUB), aws: new AwsHub(stack, 'AwsHub', { ...AWS_HUB, ...aws }) };
}

function vpn(aws: Partial<AwsHubProps> = { existingVpnGateway: VGW }, patterns = 1) {
  const h = hubs(aws);
  const list = Array.from({ length: patterns }, (_, i) => new S2SVpnBackup(h.stack, `Vpn${i}`, { azure: h.azure, aws: h.aws }));
  return { ...h, patterns: list, json: synthJson(h.stack) };
}

function dx(aws: Partial<AwsHubProps> = { existingDirectConnectGateway: DXGW }, links = 1, extra: Partial<ConstructorParameters<typeof AwsDirectConnectLink>[2]> = {}) {
  const h = hubs(aws);
  const list = Array.from({ length: links }, (_, i) => new AwsDirectConnectLink(h.stack, `Dx${i}`, {
    hub: h.aws, connectionId: 'dxcon-ffabc123', vlan: 200 + i, customerAsn: 65010, peeringRange: ['192.168.254.0/26'], ...extra,
  }));
  return { ...h, links: list, json: synthJson(h.stack) };
}

function warnings(stack: TerraformStack, text: string): string[] {
  return stack.node.findAll().flatMap((c) => c.node.metadata).map((m) => String(m.data)).filter((d) => d.includes(text));
}

describe('AwsHub with an existing virtual private gateway', () => {
  test('terminates every VPN connection on the existing gateway and creates no virtual private gateway', () => {
    const { json } = vpn();
    expect(values(json, 'resource', 'aws_vpn_gateway')).toEqual([]);
    const connections = values(json, 'resource', 'aws_vpn_connection');
    expect(connections).toHaveLength(2);
    for (const c of connections) expect(c.vpn_gateway_id).toBe(VGW.id);
  });

  test('the gateway is read at plan; its ASN and attachment to the hub\'s VPC are postconditions', () => {
    const { json } = vpn();
    const [state] = values(json, 'data', 'aws_vpn_gateway');
    expect(state.id).toBe(VGW.id);
    expect(conditions(state)).toEqual(['${self.amazon_side_asn == "64600"}', '${self.attached_vpc_id == "vpc-0abc"}']);
    expect(state.lifecycle.postcondition[0].error_message).toContain('`existingVpnGateway.amazonSideAsn` = 64600');
  });

  test('a VPC id known only at apply is compared as a reference, not as text', () => {
    const stack = providerStack();
    const vpc = new TerraformVariable(stack, 'vpc', { type: 'string' });
    hubs({ vpcId: vpc.stringValue, existingVpnGateway: VGW }, stack);
    const [state] = values(synthJson(stack), 'data', 'aws_vpn_gateway');
    expect(conditions(state)[1]).toBe('${self.attached_vpc_id == var.vpc}');
  });

  test('the declared ASN is the hub\'s ASN, which the customer gateways\' peers see', () => {
    const { aws, json } = vpn();
    expect(aws.amazonSideAsn).toBe(64600);
    expect(aws.gatewayId).toBe(VGW.id);
    expect(values(json, 'resource', 'azurerm_local_network_gateway').map((g) => g.bgp_settings.asn)).toEqual([64600, 64600, 64600, 64600]);
  });

  test('route propagation goes to the existing gateway', () => {
    const { json } = vpn({ existingVpnGateway: VGW, routeTableIds: ['rtb-1'] });
    expect(values(json, 'resource', 'aws_vpn_gateway_route_propagation').map((p) => p.vpn_gateway_id)).toEqual([VGW.id]);
  });

  test('tunnel /30s in use are never handed out, over many patterns', () => {
    const inUse = Array.from({ length: 16 }, (_, i) => `169.254.21.${i * 4}/30`);
    const { patterns } = vpn({ existingVpnGateway: { ...VGW, tunnelInsideCidrsInUse: inUse } }, 7);
    const allocated = patterns.flatMap((p) => p.awsTunnelCidrs.map((a) => a.cidr));
    expect(allocated).toHaveLength(28);
    for (const a of allocated) for (const u of inUse) expect(a.overlaps(Cidr.parse(u))).toBe(false);
  });

  test('routes in use count in the budget and the report: 99 + 1 (the VNet) is 100 %, a warning that names the declared property', () => {
    const { stack } = vpn({ existingVpnGateway: { ...VGW, routesInUse: 99 } });
    const report = ConnectivityReport.forStack(stack);
    expect(report.errors).toEqual([]);
    const budget = report.data.budgets.find((b) => b.receiverCloud === 'AWS')!;
    expect([budget.used, budget.limit, budget.level, budget.property]).toEqual([100, 100, 'warning', 'aws.existingVpnGateway.routesInUse']);
    expect(budget.contributors.map((c) => [c.count, c.property])).toEqual([[99, 'aws.existingVpnGateway.routesInUse'], [1, 'azure.addressSpace']]);
    expect(budget.advice).toMatch(/99 of them already in use/);
  });

  test('a new customer gateway with an ASN the existing gateway\'s peers use gets a warning; others do not', () => {
    const built = (peerAsnsInUse: number[]) => { const r = vpn({ existingVpnGateway: { ...VGW, peerAsnsInUse } }); return warnings(r.stack, 'peerAsnsInUse'); };
    expect(built([65010])).toEqual([]);
    expect(built([65010, 65515])[0]).toMatch(/AS65515.*VPN CloudHub/);
  });

  describe('fails when', () => {
    test('fails when the id is not a virtual private gateway id', () => {
      expectValidationError(() => hubs({ existingVpnGateway: { ...VGW, id: 'tgw-0123456789abcdef0' } }), {
        property: 'existingVpnGateway.id', value: 'tgw-0123456789abcdef0', rule: /not the id of a virtual private gateway/, fix: /vgw-/,
      });
    });

    test('fails when a transit gateway is declared too', () => {
      expectValidationError(() => hubs({ existingVpnGateway: VGW, transitGatewayId: 'tgw-1' }), { property: 'existingVpnGateway', rule: /not both/, fix: /leave out/ });
    });

    test('fails when amazonSideAsn differs from the existing gateway\'s', () => {
      expectValidationError(() => hubs({ existingVpnGateway: VGW, amazonSideAsn: 64512 }), { property: 'amazonSideAsn', value: 64512, rule: /runs 64600/, fix: /leave amazonSideAsn out/ });
    });

    test('fails when the declared ASN is one AWS refuses', () => {
      expectValidationError(() => hubs({ existingVpnGateway: { ...VGW, amazonSideAsn: 7224 } }), { property: 'existingVpnGateway.amazonSideAsn', value: 7224, rule: /./, fix: /./ });
    });

    test('fails when a tunnel /30 in use is one AWS reserves', () => {
      expectValidationError(() => hubs({ existingVpnGateway: { ...VGW, tunnelInsideCidrsInUse: ['169.254.5.0/30'] } }), {
        property: 'existingVpnGateway.tunnelInsideCidrsInUse[0]', value: '169.254.5.0/30', rule: /reserved/, fix: /./,
      });
    });

    test('fails when a pattern gives a tunnel /30 the existing gateway already uses', () => {
      const h = hubs({ existingVpnGateway: VGW });
      expectValidationError(() => new S2SVpnBackup(h.stack, 'Vpn', { azure: h.azure, aws: h.aws, awsTunnelInsideCidrs: ['169.254.22.0/30', '169.254.22.4/30', '169.254.22.8/30', '169.254.21.4/30'] }), {
        property: 'awsTunnelInsideCidrs[3]', value: '169.254.21.4/30', rule: /already used by .*existing-vpn-gateway\/in-use-1/, fix: /choose another subnet/,
      });
    });

    test('fails when the routes in use are not a count', () => {
      expectValidationError(() => hubs({ existingVpnGateway: { ...VGW, routesInUse: -1 } }), { property: 'existingVpnGateway.routesInUse', value: -1, rule: /whole number/, fix: /count/ });
    });

    test('fails when routes in use and the new routes exceed the 100 a VPN session takes, naming the declared property', () => {
      const { stack } = vpn({ existingVpnGateway: { ...VGW, routesInUse: 100 } });
      expect(ConnectivityReport.validateStack(stack)[0]).toMatch(/`aws\.existingVpnGateway\.routesInUse` = "101 prefixes": .*accepts at most 100 prefixes.*100 from the routes .* already holds \(aws\.existingVpnGateway\.routesInUse\)/);
    });
  });
});

describe('AwsHub with an existing Direct Connect gateway', () => {
  test('no link creates a Direct Connect gateway; the hub associates the existing one once', () => {
    const { json, links } = dx(undefined, 3);
    expect(values(json, 'resource', 'aws_dx_gateway')).toEqual([]);
    const [association] = values(json, 'resource', 'aws_dx_gateway_association');
    expect(values(json, 'resource', 'aws_dx_gateway_association')).toHaveLength(1);
    expect(association).toMatchObject({ dx_gateway_id: DXGW.id, associated_gateway_id: expect.stringMatching(/^\$\{aws_vpn_gateway\.AwsHub_VpnGateway_\w+\.id\}$/), allowed_prefixes: ['10.20.0.0/16'] });
    expect(values(json, 'resource', 'aws_dx_private_virtual_interface').map((v) => v.dx_gateway_id)).toEqual([DXGW.id, DXGW.id, DXGW.id]);
    expect(links.map((l) => [l.gateway, l.association, l.directConnectGatewayAsn])).toEqual([[undefined, undefined, 64700], [undefined, undefined, 64700], [undefined, undefined, 64700]]);
  });

  test('the gateway is read by name at plan; its id and ASN are postconditions', () => {
    const { json } = dx();
    const [state] = values(json, 'data', 'aws_dx_gateway');
    expect(state.name).toBe('corp-dxgw');
    expect(conditions(state)).toEqual([`\${self.id == "${DXGW.id}"}`, '${self.amazon_side_asn == "64700"}']);
  });

  test('an already associated gateway gets no association; a hosted VIF accepter attaches to it', () => {
    const h = hubs({ existingDirectConnectGateway: { ...DXGW, associated: true } });
    new AwsHostedVirtualInterfaceAccepterLink(h.stack, 'L3', { hub: h.aws, virtualInterfaceId: 'dxvif-ffabc123' });
    const json = synthJson(h.stack);
    expect(values(json, 'resource', 'aws_dx_gateway_association')).toEqual([]);
    expect(values(json, 'resource', 'aws_dx_hosted_private_virtual_interface_accepter')[0].dx_gateway_id).toBe(DXGW.id);
  });

  test('peering subnets in use are never handed out, over many links', () => {
    const inUse = ['192.168.254.0/30', '192.168.254.8/30', '192.168.254.16/31'];
    const { links } = dx({ existingDirectConnectGateway: { ...DXGW, peeringCidrsInUse: inUse } }, 10);
    for (const l of links) for (const u of inUse) expect(l.peering.cidr.overlaps(Cidr.parse(u))).toBe(false);
  });

  test('VLANs in use on a connection are never given again; other connections are free', () => {
    const vlansInUse = [{ connection: 'dxcon-ffabc123', vlans: [100, 101] }];
    expect(() => dx({ directConnectVlansInUse: vlansInUse }, 3)).not.toThrow(); // 200-202
    expect(() => dx({ directConnectVlansInUse: [{ connection: 'dxcon-other', vlans: [200] }] })).not.toThrow();
  });

  describe('fails when', () => {
    test('fails when a link asks for a VLAN in use on its connection', () => {
      expectValidationError(() => dx({ directConnectVlansInUse: [{ connection: 'dxcon-ffabc123', vlans: [100, 201] }] }, 2), {
        property: 'vlan', value: 201, rule: /already used on aws-dx:dxcon-ffabc123 by .*directConnectVlansInUse\[0\]/, fix: /pick a VLAN/,
      });
    });

    test('fails when a link gives a peering subnet in use', () => {
      expectValidationError(() => dx(undefined, 1, { peeringCidr: '192.168.254.0/30' }), { property: 'peeringCidr', value: '192.168.254.0/30', rule: /existing-dx-gateway\/in-use-0/, fix: /choose another subnet/ });
    });

    test('fails when the id is not a Direct Connect gateway id', () => {
      expectValidationError(() => hubs({ existingDirectConnectGateway: { ...DXGW, id: 'dxgw-1' } }), { property: 'existingDirectConnectGateway.id', value: 'dxgw-1', rule: /not the id of a Direct Connect gateway/, fix: /describe-direct-connect-gateways/ });
    });

    test('fails when its ASN is the hub gateway\'s', () => {
      expectValidationError(() => hubs({ existingDirectConnectGateway: { ...DXGW, amazonSideAsn: 64512 } }), { property: 'existingDirectConnectGateway.amazonSideAsn', value: 64512, rule: /share ASN 64512/, fix: /./ });
    });

    test('fails when a link asks for another gateway ASN', () => {
      expectValidationError(() => dx(undefined, 1, { directConnectGatewayAsn: 64513 }), { property: 'directConnectGatewayAsn', value: 64513, rule: /runs ASN 64700/, fix: /leave directConnectGatewayAsn out/ });
    });

    test('fails when a link sets its own allowed prefixes', () => {
      expectValidationError(() => dx(undefined, 1, { allowedPrefixes: ['10.20.0.0/16'] }), { property: 'allowedPrefixes', rule: /one association/, fix: /leave allowedPrefixes out/ });
    });
  });
});

test('an existing transit gateway is read at plan, its declared ASN a postcondition', () => {
  const { json } = vpn({ transitGatewayId: 'tgw-0123456789abcdef0', transitGatewayAsn: 64620 });
  const [state] = values(json, 'data', 'aws_ec2_transit_gateway');
  expect(state.id).toBe('tgw-0123456789abcdef0');
  expect(conditions(state)).toEqual(['${self.amazon_side_asn == 64620}']);
});

test('without existing gateways nothing is read', () => {
  const { json } = vpn({});
  expect(json.data).toBeUndefined();
  expect(Testing.synth).toBeDefined();
});

describe('terraform validate', () => {
  const available = terraformAvailable() !== null;
  (available ? test : test.skip)('judges a brownfield stack with every existing gateway (AWS, Google, OCI, Azure) as valid configuration', async () => {
    const stack = providerStack('brownfield-all');
    const azure = new AzureHub(stack, 'AzureHub', AZURE_HUB);
    const aws = new AwsHub(stack, 'AwsHub', { ...AWS_HUB, existingVpnGateway: { ...VGW, routesInUse: 10, peerAsnsInUse: [65010] }, existingDirectConnectGateway: DXGW, directConnectVlansInUse: [{ connection: 'dxcon-ffabc123', vlans: [100] }] });
    const gcp = new GcpHub(stack, 'GcpHub', { ...GCP_HUB, existingVpnRouter: { name: 'corp-vpn-router', asn: 64610 }, existingHaVpnGateway: { name: 'corp-havpn' } });
    const oci = new OciHub(stack, 'OciHub', { ...OCI_HUB, existingDrg: { id: 'ocid1.drg.oc1.iad.aaaa', vcnAttachmentId: 'ocid1.drgattachment.oc1.iad.aaaa' } });
    new S2SVpnBackup(stack, 'Vpn', { azure, aws, gcp, oci });
    new AwsDirectConnectLink(stack, 'Dx', { hub: aws, connectionId: 'dxcon-ffabc123', vlan: 200, customerAsn: 65010, peeringRange: ['192.168.254.0/26'] });
    const json = Testing.synth(stack);
    // terraform validate lists only the stacks with configuration errors; the provider rules find nothing either
    expect(await terraformValidate([{ name: 'brownfield-all', json }])).toEqual([]);
    expect(ProviderRules.check(JSON.parse(json))).toEqual([]);
    expect(configurationErrors([])).toEqual([]);
  }, 60_000);
});
