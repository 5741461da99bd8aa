// The checks of an L2ProviderMultiCloud that span clouds or belong to the design (each link checks its own side).
import { TerraformVariable } from 'cdktf';
import { isUnresolved, known } from '../../core/context';
import { AwsDirectConnectLink, DEFAULT_DX_GATEWAY_ASN } from '../../links/aws-direct-connect';
import { ExpressRouteDirectPort } from '../../links/expressroute-port';
import { GcpInterconnectType } from '../../links/gcp-interconnect';
import { Asn, AsnRole, WellKnownAsn } from '../../plan/addressing/asn';
import { Cidr, parseAll } from '../../plan/addressing/cidr';
import { Cloud } from '../../plan/facts/clouds';
import { fail } from '../../plan/errors';
import { ProviderRules } from '../../plan/facts/provider-rules';
import { RouterPlanOrigin } from '../../plan/routing/router-plan';
import { Vlan } from '../../plan/addressing/vlan';
import { requireSecretVariable } from '../../links/link-util';
import type { L2ProviderMultiCloudProps } from '../l2-provider-multicloud';

/** RFC 1918 and RFC 6598: the ranges a private `peeringRange` may come from. */
const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'];

/** What the checks need besides the props. */
export interface L2CheckContext {
  /** What each party originates. */
  readonly origins: RouterPlanOrigin[];
  /** The network ranges no peering subnet or range may overlap. */
  readonly avoid: string[];
  /** ExpressRoute Direct rather than a provider circuit. */
  readonly direct: boolean;
  /** Partner or Dedicated Interconnect. */
  readonly gcpType: GcpInterconnectType;
}

/** Every check of `props` that spans clouds or belongs to the design (ASNs, ranges, Direct vs provider, keys, limits). */
export function validateL2(props: L2ProviderMultiCloudProps, c: L2CheckContext): void {
  const { aws, oci } = props;
  const { origins, avoid, direct, gcpType } = c;
  validateAsn(props, gcpType);
  if (props.onPremisesPrefixes && !isUnresolved(props.onPremisesPrefixes)) parseAll(known(props.onPremisesPrefixes), 'onPremisesPrefixes');
  validateOriginsDisjoint(origins);
  validateRouterPortVlans(props, gcpType);
  if (props.peeringRange !== undefined && !isUnresolved(props.peeringRange)) {
    props.peeringRange.forEach((r, j) => {
      if (isUnresolved(r)) return;
      const block = Cidr.parse(r, `peeringRange[${j}]`);
      if (block.version !== 4 || !PRIVATE_RANGES.some((x) => Cidr.parse(x).contains(block))) {
        fail(`peeringRange[${j}]`, r, `the peering range must be private IPv4 (${PRIVATE_RANGES.join(', ')}) so that the BGP /30s never collide with routed address space`, 'use e.g. 192.168.254.0/24, or give explicit public /30s per session');
      }
      const hit = avoid.find((a) => Cidr.parseLoose(a).overlaps(block));
      if (hit) fail(`peeringRange[${j}]`, r, `the peering range overlaps the network range ${hit}; peering subnets must not overlap any VNet, VPC, VCN or on-premises network (expressroute-routing.md)`, 'use a private range that no network uses');
    });
  }
  if (aws) {
    if (props.awsConnectionId === undefined) fail('awsConnectionId', undefined, 'the AWS side needs the Direct Connect connection (or hosted connection) the virtual interface goes on', 'set awsConnectionId, e.g. "dxcon-ffabc123"');
    if (props.awsVlan === undefined) fail('awsVlan', undefined, 'a Direct Connect virtual interface needs its VLAN', 'set awsVlan to the VLAN of the connection (the partner assigns it on a hosted connection)');
  }
  if (oci && props.ociProviderServiceName === undefined) {
    fail('ociProviderServiceName', undefined, 'the OCI side is a FastConnect through a Layer 2 provider, looked up by name', 'set ociProviderServiceName to the provider as OCI lists it, e.g. "Megaport"');
  }
  if (direct) {
    if (props.expressRoutePortId !== undefined && !isUnresolved(props.expressRoutePortId)) {
      ProviderRules.enforce('azurerm_express_route_circuit', 'express_route_port_id', props.expressRoutePortId, 'expressRoutePortId',
        'give the port\'s full resource id, /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/expressRoutePorts/<name>');
    }
    if (props.expressRoutePortId !== undefined && props.expressRoutePortPeeringLocation !== undefined) {
      fail('expressRoutePortPeeringLocation', props.expressRoutePortPeeringLocation, 'give either an existing port (expressRoutePortId) or the location of a new one, not both', 'leave one of them out');
    }
    if (props.expressRoutePortBandwidthGbps === undefined) fail('expressRoutePortBandwidthGbps', undefined, 'an ExpressRoute Direct circuit must fit its port: the port speed is needed to check bandwidthGbps', 'set expressRoutePortBandwidthGbps to 10 or 100');
    if (props.bandwidthGbps === undefined) fail('bandwidthGbps', undefined, 'an ExpressRoute Direct circuit needs its bandwidth in Gbit/s', 'set bandwidthGbps');
    ExpressRouteDirectPort.validateBandwidth(props.expressRoutePortBandwidthGbps, 'expressRoutePortBandwidthGbps', props.bandwidthGbps, 'bandwidthGbps');
    if (props.expressRoutePortId !== undefined && (props.macsecCipher !== undefined || props.expressRoutePortName !== undefined)) {
      fail(props.macsecCipher !== undefined ? 'macsecCipher' : 'expressRoutePortName', props.macsecCipher ?? props.expressRoutePortName, 'MACsec and the port name are settings of a port this construct creates; an existing port keeps its own', 'configure MACsec on the existing port, or create the port with expressRoutePortPeeringLocation');
    }
  } else {
    const directOnly: Array<[string, unknown]> = [
      ['bandwidthGbps', props.bandwidthGbps], ['expressRoutePortBandwidthGbps', props.expressRoutePortBandwidthGbps],
      ['expressRoutePortEncapsulation', props.expressRoutePortEncapsulation], ['expressRoutePortName', props.expressRoutePortName],
      ['macsecCipher', props.macsecCipher], ['macsecCknKeyVaultSecretId', props.macsecCknKeyVaultSecretId],
      ['macsecCakKeyVaultSecretId', props.macsecCakKeyVaultSecretId], ['macsecSciEnabled', props.macsecSciEnabled], ['macsecIdentityId', props.macsecIdentityId],
    ];
    for (const [name, v] of directOnly) {
      if (v !== undefined) fail(name, v, 'this setting applies to ExpressRoute Direct only', 'set expressRoutePortId or expressRoutePortPeeringLocation, or leave it out');
    }
  }
  if (props.azurePeeringCidrs !== undefined && !isUnresolved(props.azurePeeringCidrs) && props.azurePeeringCidrs.length !== 2) {
    fail('azurePeeringCidrs', props.azurePeeringCidrs, 'Azure private peering needs exactly two /30s (primary and secondary; both sessions are required for the SLA)', 'give two /30s, or leave azurePeeringCidrs out to allocate them');
  }
  // Customer-side VLANs the provider delivers (plan only): still 802.1Q VLANs.
  props.gcpCustomerVlans?.forEach((v, i) => { if (!isUnresolved(v)) Vlan.validate(v, `gcpCustomerVlans[${i}]`); });
  if (props.ociVlan !== undefined && !isUnresolved(props.ociVlan)) Vlan.validate(props.ociVlan, 'ociVlan');
  for (const [name, v] of [['azureMd5Key', props.azureMd5Key], ['awsMd5Key', props.awsMd5Key], ['gcpMd5Key', props.gcpMd5Key], ['ociMd5Key', props.ociMd5Key]] as Array<[string, TerraformVariable | undefined]>) {
    if (v !== undefined) requireSecretVariable(v, name);
  }
  for (const [name, v] of [['customerRouterMaxPrefix', props.customerRouterMaxPrefix], ['gcpMaxPrefix', props.gcpMaxPrefix], ['ociMaxPrefix', props.ociMaxPrefix]] as Array<[string, number | undefined]>) {
    if (v !== undefined && !isUnresolved(v) && (!Number.isInteger(v) || v < 1)) fail(name, v, 'a prefix limit is a whole number of at least 1', 'use e.g. 100');
  }
}

/** `customerRouterAsn`: allowed by every cloud in play and distinct from every cloud-side ASN. */
function validateAsn(props: L2ProviderMultiCloudProps, gcpType: GcpInterconnectType): void {
  const asn = props.customerRouterAsn;
  if (isUnresolved(asn)) return;
  const p = 'customerRouterAsn';
  Asn.validate(asn, Cloud.AZURE, AsnRole.PEER, p);
  const cloudSide: Array<[number | undefined, string]> = [[WellKnownAsn.MICROSOFT, 'Microsoft\'s ExpressRoute edge']];
  if (props.aws) {
    Asn.validate(asn, Cloud.AWS, AsnRole.PEER, p, props.aws.region);
    AwsDirectConnectLink.validateVifAsn(asn, p);
    cloudSide.push([props.awsDirectConnectGatewayAsn ?? DEFAULT_DX_GATEWAY_ASN, 'the Direct Connect gateway']);
    cloudSide.push([props.aws.amazonSideAsn, `the AWS hub's ${props.aws.usesTransitGateway ? 'transit' : 'virtual private'} gateway`]);
  }
  if (props.gcp) {
    Asn.validate(asn, Cloud.GCP, AsnRole.PEER, p);
    const routerAsn = props.gcpRouterAsn ?? (gcpType === GcpInterconnectType.PARTNER ? WellKnownAsn.GOOGLE_PARTNER_INTERCONNECT : props.gcp.interconnectRouterAsn);
    cloudSide.push([routerAsn, 'the Google Cloud Router']);
  }
  if (props.oci) {
    Asn.validate(asn, Cloud.OCI, AsnRole.PEER, p);
    cloudSide.push([WellKnownAsn.ORACLE, 'Oracle\'s FastConnect edge']);
  }
  for (const [other, what] of cloudSide) {
    if (other !== undefined && !isUnresolved(other)) Asn.validateDistinct(asn, other, p, `the customer router and ${what}`);
  }
}

/** The networks of the clouds and on-premises must not overlap, or the router cannot tell where to send traffic. */
function validateOriginsDisjoint(origins: RouterPlanOrigin[]): void {
  const list = origins.flatMap((o) => o.prefixes.map((prefix) => ({ cloud: o.cloud, prefix, c: Cidr.parseLoose(prefix) })));
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [x, y] = [list[i], list[j]];
      if (x.cloud === y.cloud || !x.c.overlaps(y.c)) continue;
      const blame = y.cloud === Cloud.CUSTOMER ? 'onPremisesPrefixes' : y.cloud === Cloud.AWS ? 'aws' : y.cloud === Cloud.GCP ? 'gcp' : y.cloud === Cloud.OCI ? 'oci' : 'azure';
      fail(blame, y.prefix, `${y.prefix} (${y.cloud}) overlaps ${x.prefix} (${x.cloud}); the customer router would learn one range from two clouds and send traffic for one of them to the other`, 'readdress one of the networks, or leave the overlapping network out of this design');
    }
  }
}

/**
 * One 802.1Q VLAN per sub-interface of each customer-router port: every cloud's session on a port (the ports of
 * `l2RouterPlanInput`: Azure and Google on both, AWS and OCI on the primary) needs its own VLAN, or the FRR file
 * would hold two `interface <port>.<vlan>` stanzas with different addresses (IEEE 802.1Q; ER Direct docs).
 */
function validateRouterPortVlans(props: L2ProviderMultiCloudProps, gcpType: GcpInterconnectType): void {
  const onPorts: Array<[number | undefined, string, Array<'primary' | 'secondary'>]> = [[props.azureVlan, 'azureVlan', ['primary', 'secondary']]];
  if (props.aws) onPorts.push([props.awsVlan, 'awsVlan', ['primary']]);
  if (props.gcp) {
    const [list, name] = gcpType === GcpInterconnectType.PARTNER ? [props.gcpCustomerVlans, 'gcpCustomerVlans'] : [props.gcpVlans, 'gcpVlans'];
    if (list !== undefined && !isUnresolved(list)) list.slice(0, 2).forEach((v, i) => onPorts.push([v, `${name}[${i}]`, [i === 0 ? 'primary' : 'secondary']]));
  }
  if (props.oci) onPorts.push([props.ociVlan, 'ociVlan', ['primary']]);
  const seen = new Map<string, string>();
  for (const [vlan, property, ports] of onPorts) {
    if (vlan === undefined || isUnresolved(vlan)) continue;
    for (const port of ports) {
      const key = `${port}/${vlan}`;
      const other = seen.get(key);
      if (other !== undefined && other !== property) {
        fail(property, vlan, `VLAN ${vlan} is already ${other}'s on the customer router's ${port} port; each session on a port needs its own 802.1Q VLAN (one sub-interface per VLAN)`, `give ${property} a VLAN no other session on that port uses`);
      }
      seen.set(key, property);
    }
  }
}

