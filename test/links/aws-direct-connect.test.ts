import { TerraformVariable } from 'cdktf';
import { AwsDirectConnectLink, AwsDirectConnectLinkProps, AwsHostedVirtualInterfaceAccepterLink } from '../../lib/links/aws-direct-connect';
import { hubsStack, resourcesOf } from '../support/fixtures';

function dx(props: Partial<AwsDirectConnectLinkProps> = {}, hubOverrides = {}) {
  const h = hubsStack({ aws: hubOverrides });
  const link = new AwsDirectConnectLink(h.stack, 'Dx', {
    hub: h.aws, connectionId: 'dxcon-ffabc123', vlan: 200, customerAsn: 65010, peeringCidr: '192.168.254.0/30', ...props,
  });
  return { ...h, link };
}

describe('AwsDirectConnectLink', () => {
  test('creates the gateway, its association with the hub gateway and a private VIF with the BGP addresses', () => {
    // GIVEN / WHEN
    const { stack, link } = dx();
    // THEN
    const vif = Object.values(resourcesOf(stack, 'aws_dx_private_virtual_interface'))[0];
    expect(vif).toMatchObject({ vlan: 200, bgp_asn: 65010, customer_address: '192.168.254.1/30', amazon_address: '192.168.254.2/30', mtu: 1500 });
    expect(Object.values(resourcesOf(stack, 'aws_dx_gateway'))[0]).toMatchObject({ amazon_side_asn: '64513' });
    expect(Object.values(resourcesOf(stack, 'aws_dx_gateway_association'))[0]).toMatchObject({ allowed_prefixes: ['10.20.0.0/16'] });
    expect(link.peering.text).toBe('192.168.254.0/30');
  });

  test('claims its own peering subnet from peeringRange, avoiding the hubs\' ranges', () => {
    const { link } = dx({ peeringCidr: undefined, peeringRange: ['192.168.254.0/24'] });
    expect(link.peering.text).toMatch(/^192\.168\.254\.\d+\/30$/);
  });

  test('a transit gateway hub gets a transit VIF, which allows an MTU of 8500', () => {
    const { stack, link } = dx({ mtu: 8500 }, { transitGatewayId: 'tgw-0abc', transitGatewayAsn: 64600 });
    expect(link.transitVirtualInterface).toBeDefined();
    expect(Object.values(resourcesOf(stack, 'aws_dx_transit_virtual_interface'))[0]).toMatchObject({ mtu: 8500 });
  });

  test('fails when there is neither peeringCidr nor peeringRange', () => {
    expect(() => dx({ peeringCidr: undefined })).toThrow(/`peeringCidr`.*needs a BGP subnet/);
  });

  test('fails when peeringCidr overlaps a hub range', () => {
    expect(() => dx({ peeringCidr: '10.20.0.0/30' })).toThrow(/`peeringCidr` = "10.20.0.0\/30": the peering subnet overlaps the network range 10.20.0.0\/16/);
  });

  test('fails when the customer ASN is the Direct Connect gateway\'s', () => {
    expect(() => dx({ customerAsn: 64513 })).toThrow(/`customerAsn`/);
  });

  test('fails when the Direct Connect gateway ASN is the hub gateway\'s', () => {
    expect(() => dx({ directConnectGatewayAsn: 64512 })).toThrow(/`directConnectGatewayAsn` = 64512: the Direct Connect gateway would share ASN 64512/);
  });

  test.each([[9000], [1400]])('fails when the MTU is %p, and names the pattern\'s property with a prefix', (mtu) => {
    expect(() => dx({ mtu })).toThrow(/`mtu`/);
    expect(() => dx({ mtu, propertyPrefix: 'aws' })).toThrow(/`awsMtu`/);
  });

  test('fails when the MD5 key is a literal', () => {
    expect(() => dx({ md5Key: 'secret-in-the-code' })).toThrow(/`md5Key`.*must not be a plain string/);
  });

  test('a sensitive variable is accepted as the MD5 key', () => {
    const h = hubsStack();
    const key = new TerraformVariable(h.stack, 'Md5', { type: 'string', sensitive: true });
    new AwsDirectConnectLink(h.stack, 'Dx', { hub: h.aws, connectionId: 'dxcon-ffabc123', vlan: 200, customerAsn: 65010, peeringCidr: '192.168.254.0/30', md5Key: key.stringValue });
    expect(Object.values(resourcesOf(h.stack, 'aws_dx_private_virtual_interface'))[0].bgp_auth_key).toMatch(/var\.Md5/);
  });

  test('fails when a second virtual interface claims the same VLAN on the connection', () => {
    const { stack, aws } = dx();
    expect(() => new AwsDirectConnectLink(stack, 'Dx2', { hub: aws, connectionId: 'dxcon-ffabc123', vlan: 200, customerAsn: 65010, peeringCidr: '192.168.254.4/30' }))
      .toThrow(/`vlan` = 200/);
  });
});

describe('AwsHostedVirtualInterfaceAccepterLink', () => {
  test('without the provider\'s virtual interface id (apply 1), creates the gateway and the association but no accepter', () => {
    const h = hubsStack();
    const link = new AwsHostedVirtualInterfaceAccepterLink(h.stack, 'Hosted', { hub: h.aws });
    expect(link.accepterId).toBeUndefined();
    expect(Object.keys(resourcesOf(h.stack, 'aws_dx_hosted_private_virtual_interface_accepter'))).toHaveLength(0);
    expect(Object.keys(resourcesOf(h.stack, 'aws_dx_gateway_association'))).toHaveLength(1);
  });

  test('the accepter depends on the gateway association (a bare reference)', () => {
    // GIVEN
    const h = hubsStack();
    // WHEN
    new AwsHostedVirtualInterfaceAccepterLink(h.stack, 'Hosted', { hub: h.aws, virtualInterfaceId: 'dxvif-ffabc123' });
    // THEN: accepting before the association exists leaves the VIF on a gateway with no route to the VPC
    const [association] = Object.keys(resourcesOf(h.stack, 'aws_dx_gateway_association'));
    const accepter = Object.values(resourcesOf(h.stack, 'aws_dx_hosted_private_virtual_interface_accepter'))[0];
    expect(accepter.depends_on).toEqual([`aws_dx_gateway_association.${association}`]);
    expect(accepter.virtual_interface_id).toBe('dxvif-ffabc123');
  });

  test('a transit gateway hub gets the transit accepter, also after the association', () => {
    const h = hubsStack({ aws: { transitGatewayId: 'tgw-0abc', transitGatewayAsn: 64600 } });
    new AwsHostedVirtualInterfaceAccepterLink(h.stack, 'Hosted', { hub: h.aws, virtualInterfaceId: 'dxvif-ffabc123' });
    const [association] = Object.keys(resourcesOf(h.stack, 'aws_dx_gateway_association'));
    const accepter = Object.values(resourcesOf(h.stack, 'aws_dx_hosted_transit_virtual_interface_accepter'))[0];
    expect(accepter.depends_on).toEqual([`aws_dx_gateway_association.${association}`]);
  });

  test('fails when the virtual interface id is not a dxvif id', () => {
    const h = hubsStack();
    expect(() => new AwsHostedVirtualInterfaceAccepterLink(h.stack, 'Hosted', { hub: h.aws, virtualInterfaceId: 'vif-123', propertyPrefix: 'aws' }))
      .toThrow(/`awsVirtualInterfaceId` = "vif-123"/);
  });

  test('fails when the Direct Connect gateway ASN is the hub gateway\'s', () => {
    const h = hubsStack();
    expect(() => new AwsHostedVirtualInterfaceAccepterLink(h.stack, 'Hosted', { hub: h.aws, directConnectGatewayAsn: 64512 })).toThrow(/`directConnectGatewayAsn`/);
  });
});
