// The checks of an S2SVpnBackup that span clouds (each VPN link checks its own side).
import { isUnresolved, known } from '../../core/context';
import { AwsHub } from '../../hubs/aws-hub';
import { GCP_BACKUP_ADVERTISED_ROUTE_PRIORITY, GCP_DEFAULT_ADVERTISED_ROUTE_PRIORITY } from '../../links/gcp-ha-vpn';
import { _validatePreSharedKey } from '../../links/vpn-keys';
import { Asn, AsnRole, WellKnownAsn } from '../../plan/addressing/asn';
import { Cidr, parseAll } from '../../plan/addressing/cidr';
import { Cloud } from '../../plan/facts/clouds';
import { fail } from '../../plan/errors';
import type { S2SVpnBackupProps } from '../s2s-vpn-backup';

/** Every check of `props` that spans clouds: peers, keys, ASNs, address spaces, tunnel lists, Google priority. */
export function validateS2S(props: S2SVpnBackupProps, azureAsn: number): void {
  const { aws, gcp, oci } = props;
  if (!aws && !gcp && !oci) fail('aws', undefined, 'a VPN needs at least one peer cloud', 'set aws, gcp and/or oci');
  _validatePreSharedKey(props);
  if (!isUnresolved(azureAsn)) Asn.validate(azureAsn, Cloud.AZURE, AsnRole.CLOUD_SIDE, 'azureAsn');
  checkAddressSpaces(props);
  // With Azure's ASN left at its default, a clash is the peer's doing: blame the property the user set.
  const azureSet = props.azureAsn !== undefined;
  if (aws) checkAwsAsns(aws, azureAsn, azureSet);
  if (gcp && !isUnresolved(azureAsn) && !isUnresolved(gcp.vpnRouterAsn)) {
    if (azureSet) Asn.validateDistinct(azureAsn, gcp.vpnRouterAsn, 'azureAsn', 'the Azure VPN gateway and the Google HA VPN Cloud Router');
    else Asn.validateDistinct(gcp.vpnRouterAsn, azureAsn, 'gcp.vpnRouterAsn', 'the Google HA VPN Cloud Router and the Azure VPN gateway (Azure\'s default ASN)');
    Asn.validate(azureAsn, Cloud.GCP, AsnRole.PEER, 'azureAsn');
    Asn.validate(gcp.vpnRouterAsn, Cloud.AZURE, AsnRole.PEER, 'gcp.vpnRouterAsn');
  }
  if (oci && !isUnresolved(azureAsn)) {
    // Oracle's side is always 31898; the customer side (Azure) must differ from it.
    Asn.validate(azureAsn, Cloud.OCI, AsnRole.PEER, 'azureAsn');
  }
  const prio = props.gcpAdvertisedRoutePriority;
  if (prio !== undefined && !isUnresolved(prio) && (!Number.isInteger(prio) || prio < 0 || prio > 65535)) {
    fail('gcpAdvertisedRoutePriority', prio, 'a Cloud Router base priority is a whole number from 0 to 65535 (cloud.google.com/network-connectivity/docs/router/how-to/updating-priority)',
      `use ${GCP_BACKUP_ADVERTISED_ROUTE_PRIORITY} for a backup path or ${GCP_DEFAULT_ADVERTISED_ROUTE_PRIORITY} for a primary`);
  }
}

/** Address spaces of the networks this VPN joins must not overlap: the Azure gateway transits between its BGP peers. */
function checkAddressSpaces(props: S2SVpnBackupProps): void {
  const { azure, aws, gcp, oci } = props;
  const nets: Array<[string, string[]]> = [['azure.addressSpace', azure.addressSpace]];
  if (aws) nets.push(['aws.vpcCidrs', aws.vpcCidrs]);
  if (gcp) nets.push(['gcp.subnetCidrs', gcp.subnetCidrs]);
  if (oci) nets.push(['oci.vcnCidrs', oci.vcnCidrs]);
  const parsed = nets.map(([p, list]) => [p, parseAll(known(list), p)] as [string, Cidr[]]);
  for (let i = 0; i < parsed.length; i++) {
    for (let j = i + 1; j < parsed.length; j++) {
      for (const a of parsed[i][1]) {
        const b = parsed[j][1].find((x) => x.overlaps(a));
        if (b) {
          fail(parsed[j][0], b.toString(), `it overlaps ${a} of ${parsed[i][0]}; the Azure VPN gateway would learn one prefix from two clouds and routing would be ambiguous`, 'readdress one network so the ranges are disjoint');
        }
      }
    }
  }
}

function checkAwsAsns(aws: AwsHub, azureAsn: number, azureSet: boolean): void {
  const awsAsn = aws.amazonSideAsn;
  const awsProp = aws.usesTransitGateway ? 'aws.transitGatewayAsn' : 'aws.amazonSideAsn';
  if (isUnresolved(azureAsn) || isUnresolved(awsAsn)) return;
  if (azureAsn === awsAsn) {
    const note = azureAsn === WellKnownAsn.AWS_DEFAULT
      ? ' (64512 is the default Amazon-side ASN of virtual private and transit gateways; a published AWS-Azure VPN module defaults Azure to it too)'
      : '';
    const rule = `the Azure VPN gateway${azureSet ? '' : ' (at its default ASN)'} and the AWS ${aws.usesTransitGateway ? 'transit' : 'virtual private'} gateway would both use ASN ${azureAsn}${note}; the sessions are eBGP and each side drops routes carrying its own ASN`;
    if (azureSet) fail('azureAsn', azureAsn, rule, 'keep Azure\'s default 65515, or give the AWS gateway another private ASN');
    fail(awsProp, awsAsn, rule, `give the AWS gateway another private ASN (64512-65514, 65521-65534 or 4200000000-4294967294), or set azureAsn to another one`);
  }
  // The customer gateways carry Azure's ASN: AWS's customer-gateway rules apply to it.
  Asn.validate(azureAsn, Cloud.AWS, AsnRole.PEER, 'azureAsn', aws.region);
  // The local network gateways carry AWS's ASN: Azure's peer rules apply to it.
  Asn.validate(awsAsn, Cloud.AZURE, AsnRole.PEER, awsProp);
}
