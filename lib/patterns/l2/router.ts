// The customer router's side of an L2ProviderMultiCloud: the input of its plan (one entry per BGP session).
import { TerraformOutput } from 'cdktf';
import { isUnresolved } from '../../core/context';
import { AwsDirectConnectLink } from '../../links/aws-direct-connect';
import { GCP_EDGE_AVAILABILITY_DOMAINS, GcpInterconnectLink, GcpInterconnectType } from '../../links/gcp-interconnect';
import { OciFastConnectLink } from '../../links/oci-fastconnect';
import { WellKnownAsn } from '../../plan/addressing/asn';
import { Cloud } from '../../plan/facts/clouds';
import { SessionType } from '../../plan/facts/limits';
import { PeeringAllocation } from '../../plan/addressing/peering';
import { CustomerRouterPlanInput, RouterPlanOrigin, RouterPort, RouterSessionSpec } from '../../plan/routing/router-plan';
import type { L2ProviderMultiCloudProps } from '../l2-provider-multicloud';

/** The parts of an L2ProviderMultiCloud the router plan is built from. */
export interface L2RouterSides {
  readonly path: string;
  readonly props: L2ProviderMultiCloudProps;
  readonly origins: RouterPlanOrigin[];
  readonly azurePeeringSubnets: PeeringAllocation[];
  readonly azureMd5KeyOutput?: TerraformOutput;
  readonly azurePeeringLimit: SessionType;
  readonly awsLink?: AwsDirectConnectLink;
  readonly gcpLink?: GcpInterconnectLink;
  readonly ociLink?: OciFastConnectLink;
}

/**
 * The input of the customer router's plan: one session per cloud edge (two for Azure and Google), with the VLANs,
 * the addresses (with `withAddresses`: reading them settles the app's peering allocations), ASNs, MD5 key references
 * and limits.
 */
export function l2RouterPlanInput(s: L2RouterSides, withAddresses: boolean): CustomerRouterPlanInput {
  const props = s.props;
  const bfd = props.bfd ?? true;
  const ref = (output?: TerraformOutput) => (withAddresses && output ? output.friendlyUniqueId : undefined);
  // A VLAN known only at apply time is left out of the plan (the FRR file then says "VLAN not known at synth").
  const vlan = (v?: number) => (v === undefined || isUnresolved(v) ? undefined : v);
  // The customer router takes the first usable address of every subnet, the cloud the second.
  const addr = (a: PeeringAllocation | undefined) => (withAddresses && a ? { subnet: a.text, localAddress: a.first, peerAddress: a.second } : {});
  const sessions: RouterSessionSpec[] = [];
  ['primary', 'secondary'].forEach((which, i) => sessions.push({
    name: `azure-${which}`,
    cloud: Cloud.AZURE,
    link: `ExpressRoute private peering (${which} link)`,
    port: i === 0 ? RouterPort.PRIMARY : RouterPort.SECONDARY,
    vlan: vlan(props.azureVlan),
    ...addr(s.azurePeeringSubnets[i]),
    peerAsn: WellKnownAsn.MICROSOFT,
    md5KeyRef: ref(s.azureMd5KeyOutput),
    bfd,
    sessionType: s.azurePeeringLimit,
  }));
  if (s.awsLink) {
    sessions.push({
      name: 'aws',
      cloud: Cloud.AWS,
      link: `Direct Connect ${s.awsLink.transitVirtualInterface ? 'transit' : 'private'} virtual interface`,
      vlan: vlan(props.awsVlan),
      ...addr(s.awsLink.peering),
      peerAsn: s.awsLink.directConnectGatewayAsn,
      md5KeyRef: ref(s.awsLink.md5KeyOutput),
      bfd,
      sessionType: s.awsLink.sessionType,
    });
  }
  if (s.gcpLink) {
    const partner = s.gcpLink.type === GcpInterconnectType.PARTNER;
    s.gcpLink.attachments.forEach((_, i) => sessions.push({
      name: partner ? `gcp-ad${i + 1}` : `gcp-${i}`,
      cloud: Cloud.GCP,
      link: partner ? `Partner Interconnect attachment (${GCP_EDGE_AVAILABILITY_DOMAINS[i]})` : `Dedicated Interconnect attachment ${i}`,
      port: i === 0 ? RouterPort.PRIMARY : RouterPort.SECONDARY,
      vlan: vlan(partner ? props.gcpCustomerVlans?.[i] : props.gcpVlans?.[i]),
      subnet: !partner && withAddresses ? s.gcpLink!.candidateSubnets[i]?.text : undefined,
      peerAsn: s.gcpLink!.routerAsn,
      md5KeyRef: ref(s.gcpLink!.md5KeyOutput),
      bfd: !partner && bfd,
      sessionType: s.gcpLink!.sessionType,
      maxPrefixOverride: props.gcpMaxPrefix,
      note: (() => {
        const out = withAddresses ? ` (terraform output ${s.gcpLink!.addressOutputs[i].friendlyUniqueId})` : '';
        return partner
          // Google creates the interface and BGP peer itself (auto-ia-if-..., auto-ia-bgp-...); on Layer 2 "you must add
          // your on-premises ASN to each BGP peer" (cloud.google.com/network-connectivity/docs/interconnect/tutorials/partner-creating-9999-availability)
          ? `Google assigns the link-local addresses when the provider configures the attachment${out}; before apply 2, add the peer ASN to the BGP peer Google created: gcloud compute routers update-bgp-peer ${s.gcpLink!.routerName} --region ${props.gcp!.region} --peer-name <auto-ia-bgp-... of this attachment> --peer-asn ${props.customerRouterAsn}`
          : `Google assigns both addresses inside the candidate subnet${out}`;
      })(),
    }));
  }
  if (s.ociLink) {
    sessions.push({
      name: 'oci',
      cloud: Cloud.OCI,
      link: 'FastConnect virtual circuit (Layer 2 provider)',
      vlan: vlan(props.ociVlan),
      ...addr(s.ociLink.peering),
      peerAsn: WellKnownAsn.ORACLE,
      md5KeyRef: ref(s.ociLink.md5KeyOutput),
      bfd,
      sessionType: s.ociLink.sessionType,
      maxPrefixOverride: props.ociMaxPrefix,
    });
  }
  return {
    name: s.path,
    routerAsn: props.customerRouterAsn,
    sessions,
    origins: s.origins,
    summarize: props.summarizeAdvertisements ?? true,
    inboundMaxPrefix: props.customerRouterMaxPrefix,
  };
}
