// The checks of an L3ProviderMultiCloud that span clouds (each link checks its own cloud's side).
import { isUnresolved, known } from '../../core/context';
import { DeployStage } from '../../links/deploy-stage';
import { DEFAULT_DX_GATEWAY_ASN } from '../../links/aws-direct-connect';
import { Asn, AsnRole, WellKnownAsn } from '../../plan/addressing/asn';
import { Cidr, parseAll } from '../../plan/addressing/cidr';
import { Cloud } from '../../plan/facts/clouds';
import { fail } from '../../plan/errors';
import { cloudKey, VrfMode } from '../../plan/routing/l3-propagation';
import { ProviderCatalog } from '../../plan/facts/partners';
import { Vlan } from '../../plan/addressing/vlan';
import type { L3ProviderMultiCloudProps } from '../l3-provider-multicloud';

/** The property blamed for each party's prefixes. */
const PROPERTY_OF: { [cloud: string]: string } = {
  [Cloud.AZURE]: 'azure', [Cloud.AWS]: 'aws', [Cloud.GCP]: 'gcp', [Cloud.OCI]: 'oci', [Cloud.CUSTOMER]: 'onPremisesPrefixes',
};

/** Every check of `props` that spans clouds or belongs to the design (VRFs, provider, ASNs, plan-only VLANs). */
export function validateL3(props: L3ProviderMultiCloudProps, providerName: string, deployStage: DeployStage): void {
  const { aws, gcp, oci } = props;
  if (props.vrfMode !== VrfMode.PER_CLOUD && props.vrfMode !== VrfMode.SHARED) {
    fail('vrfMode', props.vrfMode, 'the provider lands the clouds in one VRF each or in one shared VRF', 'use VrfMode.PER_CLOUD or VrfMode.SHARED');
  }
  if (props.serviceProviderName && props.peeringLocation && !isUnresolved(props.serviceProviderName) && !isUnresolved(props.peeringLocation)) {
    ProviderCatalog.validateExpressRoute(props.serviceProviderName, props.peeringLocation, 'serviceProviderName', props.allowUnlistedProvider);
  }
  if (aws && props.awsVirtualInterfaceId === undefined && deployStage === DeployStage.CONNECT) {
    fail('awsVirtualInterfaceId', undefined, 'in apply 2 (DeployStage.CONNECT) the construct accepts the hosted virtual interface the Layer 3 provider created in your AWS account, by id', 'ask the provider for the id of the hosted virtual interface (dxvif-...) and set awsVirtualInterfaceId (a variable is fine)');
  }
  if (oci) {
    if (props.ociProviderServiceName === undefined) {
      fail('ociProviderServiceName', undefined, 'the OCI side is a FastConnect through the provider\'s Layer 3 service, looked up by name', 'set ociProviderServiceName to the provider as OCI lists it');
    }
    if (!isUnresolved(props.ociProviderServiceName) && oci.region !== undefined && !isUnresolved(oci.region)) {
      ProviderCatalog.validateOci(props.ociProviderServiceName, oci.region, 'ociProviderServiceName', props.allowUnlistedProvider);
    }
  }
  const cloudOnly: Array<[string, unknown, boolean]> = [
    ['awsVirtualInterfaceId', props.awsVirtualInterfaceId, aws !== undefined], ['awsAccountId', props.awsAccountId, aws !== undefined],
    ['awsDirectConnectGatewayAsn', props.awsDirectConnectGatewayAsn, aws !== undefined], ['gcpRouterName', props.gcpRouterName, gcp !== undefined],
    ['gcpMaxPrefix', props.gcpMaxPrefix, gcp !== undefined], ['ociProviderServiceName', props.ociProviderServiceName, oci !== undefined],
    ['ociMaxPrefix', props.ociMaxPrefix, oci !== undefined],
  ];
  for (const [name, v, present] of cloudOnly) {
    if (v !== undefined && !present) fail(name, v, `this setting belongs to the ${name.startsWith('aws') ? 'aws' : name.startsWith('gcp') ? 'gcp' : 'oci'} hub, which is not given`, `give the ${name.startsWith('aws') ? 'aws' : name.startsWith('gcp') ? 'gcp' : 'oci'} hub, or leave ${name} out`);
  }
  if (props.awsAccountId !== undefined && !isUnresolved(props.awsAccountId) && !/^\d{12}$/.test(props.awsAccountId)) {
    fail('awsAccountId', props.awsAccountId, 'an AWS account id is 12 digits', 'use the 12-digit id of the account that owns the VPC');
  }
  if (props.onPremisesPrefixes && !isUnresolved(props.onPremisesPrefixes)) parseAll(known(props.onPremisesPrefixes), 'onPremisesPrefixes');
  validateRangesDisjoint(props);
  validateAsns(props, providerName);
  validateVlans(props);
  for (const [name, v] of [['gcpMaxPrefix', props.gcpMaxPrefix], ['ociMaxPrefix', props.ociMaxPrefix]] as Array<[string, number | undefined]>) {
    if (v !== undefined && !isUnresolved(v) && (!Number.isInteger(v) || v < 1)) fail(name, v, 'a prefix limit is a whole number of at least 1', 'use e.g. 100');
  }
}

/** The networks of the clouds and on-premises must not overlap: the provider could not tell where to send traffic. */
function validateRangesDisjoint(props: L3ProviderMultiCloudProps): void {
  const parties: Array<[Cloud, string[]]> = [
    [Cloud.AZURE, known(props.azure.addressSpace)],
    ...(props.aws ? [[Cloud.AWS, known(props.aws.vpcCidrs)] as [Cloud, string[]]] : []),
    ...(props.gcp ? [[Cloud.GCP, known(props.gcp.subnetCidrs)] as [Cloud, string[]]] : []),
    ...(props.oci ? [[Cloud.OCI, known(props.oci.vcnCidrs)] as [Cloud, string[]]] : []),
    [Cloud.CUSTOMER, known(props.onPremisesPrefixes)],
  ];
  const list = parties.flatMap(([cloud, prefixes]) => prefixes.map((prefix) => ({ cloud, prefix, c: Cidr.parseLoose(prefix) })));
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [x, y] = [list[i], list[j]];
      if (x.cloud === y.cloud || !x.c.overlaps(y.c)) continue;
      fail(PROPERTY_OF[y.cloud], y.prefix, `${y.prefix} (${y.cloud === Cloud.CUSTOMER ? 'on-premises' : y.cloud}) overlaps ${x.prefix} (${x.cloud === Cloud.CUSTOMER ? 'on-premises' : x.cloud}); the provider would learn one range from two places and send traffic for one of them to the other`, 'readdress one of the networks, or leave the overlapping network out of this design');
    }
  }
}

/** The provider's and the customer's ASNs: allowed by every cloud in play and distinct from every cloud-side ASN. */
function validateAsns(props: L3ProviderMultiCloudProps, providerName: string): void {
  const cloudSide: Array<[number | undefined, string]> = [[WellKnownAsn.MICROSOFT, 'Microsoft\'s ExpressRoute edge']];
  if (props.aws) {
    cloudSide.push([props.awsDirectConnectGatewayAsn ?? DEFAULT_DX_GATEWAY_ASN, 'the Direct Connect gateway']);
    cloudSide.push([props.aws.amazonSideAsn, `the AWS hub's ${props.aws.usesTransitGateway ? 'transit' : 'virtual private'} gateway`]);
  }
  if (props.gcp) cloudSide.push([props.gcpRouterAsn ?? WellKnownAsn.GOOGLE_PARTNER_INTERCONNECT, 'the Google Cloud Router']);
  if (props.oci) cloudSide.push([WellKnownAsn.ORACLE, 'Oracle\'s FastConnect edge']);
  const check = (asn: number, p: string, who: string) => {
    Asn.validate(asn, Cloud.AZURE, AsnRole.PEER, p);
    if (props.aws) Asn.validate(asn, Cloud.AWS, AsnRole.PEER, p, props.aws.region);
    if (props.gcp) Asn.validate(asn, Cloud.GCP, AsnRole.PEER, p);
    if (props.oci) Asn.validate(asn, Cloud.OCI, AsnRole.PEER, p);
    for (const [other, what] of cloudSide) {
      if (other !== undefined && !isUnresolved(other)) Asn.validateDistinct(asn, other, p, `${who} and ${what}`);
    }
  };
  if (props.providerAsn !== undefined && !isUnresolved(props.providerAsn)) check(props.providerAsn, 'providerAsn', `${providerName}'s edge`);
  if (props.customerAsn !== undefined) {
    if (!props.customerBgp) {
      fail('customerAsn', props.customerAsn, 'without customer BGP no customer router takes part in the routing', 'set customerBgp: true, or leave customerAsn out');
    }
    if (!isUnresolved(props.customerAsn)) {
      // the on-premises routes reach every cloud with the customer's ASN on the path
      check(props.customerAsn, 'customerAsn', 'the customer router');
      if (props.providerAsn !== undefined && !isUnresolved(props.providerAsn)) {
        Asn.validateDistinct(props.customerAsn, props.providerAsn, 'customerAsn', `the customer router and ${providerName}'s edge`);
      }
    }
  }
}

/** The plan-only VLANs: 802.1Q, and unique among the customer router's attachments. */
function validateVlans(props: L3ProviderMultiCloudProps): void {
  if (props.azureVlan !== undefined && !isUnresolved(props.azureVlan)) Vlan.validate(props.azureVlan, 'azureVlan');
  const vlans = props.customerVlans;
  if (vlans === undefined || isUnresolved(vlans)) return;
  if (!props.customerBgp) fail('customerVlans', vlans, 'the customer router attaches to the provider\'s VRFs only when it runs BGP with the provider', 'set customerBgp: true, or leave customerVlans out');
  const vrfs = props.vrfMode === VrfMode.SHARED
    ? ['shared']
    : [Cloud.AZURE, ...(props.aws ? [Cloud.AWS] : []), ...(props.gcp ? [Cloud.GCP] : []), ...(props.oci ? [Cloud.OCI] : [])].map(cloudKey);
  const seen = new Map<number, string>();
  for (const [vrf, vlan] of Object.entries(vlans)) {
    if (!vrfs.includes(vrf)) fail(`customerVlans.${vrf}`, vlan, `the design's VRFs are ${vrfs.join(', ')}`, `key the VLANs by VRF: ${vrfs.join(', ')}`);
    if (isUnresolved(vlan)) continue;
    Vlan.validate(vlan, `customerVlans.${vrf}`);
    const other = seen.get(vlan);
    if (other !== undefined) fail(`customerVlans.${vrf}`, vlan, `VLAN ${vlan} is already the customer router's attachment to VRF ${other}; each VRF needs its own sub-interface`, 'give each VRF its own VLAN');
    seen.set(vlan, vrf);
  }
}
