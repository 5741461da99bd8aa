// The connectivity-model sessions of an L2ProviderMultiCloud: the customer router with every cloud edge.
import { known } from '../../core/context';
import { IHub } from '../../hubs/hub';
import { GcpInterconnectType } from '../../links/gcp-interconnect';
import { hubEnd, sessionRecord } from '../../links/sessions';
import { Cloud } from '../../plan/facts/clouds';
import { EdgeKind } from '../../plan/facts/edges';
import { SessionType } from '../../plan/facts/limits';
import { BgpSessionRecord } from '../../plan/routing/model';
import { CustomerRouterPlan } from '../../plan/routing/router-plan';
import type { L2ProviderMultiCloudProps } from '../l2-provider-multicloud';

/** Per cloud: the edge kind, the node suffix and the label of its end of a Layer 2 session (edges.ts). */
const EDGES: { [cloud: string]: { edge: EdgeKind; node: string } } = {
  [Cloud.AZURE]: { edge: EdgeKind.AZURE_EXPRESSROUTE, node: 'msee' },
  [Cloud.AWS]: { edge: EdgeKind.AWS_DIRECT_CONNECT_GATEWAY, node: 'dx-gateway' },
  [Cloud.GCP]: { edge: EdgeKind.GCP_CLOUD_ROUTER, node: 'cloud-router' },
  [Cloud.OCI]: { edge: EdgeKind.OCI_DRG, node: 'fastconnect' },
};

/** One record per session of the customer router's plan. */
export function l2SessionRecords(path: string, props: L2ProviderMultiCloudProps, plan: CustomerRouterPlan, azureVlanDomain: string): BgpSessionRecord[] {
  const hubs: { [cloud: string]: IHub } = {};
  for (const h of [props.azure, props.aws, props.gcp, props.oci]) if (h) hubs[h.cloud] = h;
  const dedicated = (props.gcpInterconnectType ?? GcpInterconnectType.PARTNER) === GcpInterconnectType.DEDICATED;
  return plan.sessions.map((s) => {
    const label = s.cloud === Cloud.AZURE ? `Microsoft edge, ${s.port} link` : s.cloud === Cloud.AWS ? 'Direct Connect gateway' : s.cloud === Cloud.GCP ? `Cloud Router, ${s.link}` : 'Oracle FastConnect edge';
    const vlanDomain = s.cloud === Cloud.AZURE ? azureVlanDomain
      : s.cloud === Cloud.AWS ? `aws-dx:${props.awsConnectionId}`
        : s.cloud === Cloud.GCP && dedicated ? `gcp-interconnect:${props.gcpInterconnects?.[Number(s.name.slice(-1))]}` : undefined;
    const customer = {
      cloud: Cloud.CUSTOMER,
      node: `${path}/customer-router`,
      label: 'Customer router',
      asn: s.localAsn,
      address: s.localAddress,
      originates: known(props.onPremisesPrefixes),
      // exactly what the FRR configuration sends on this session (prefix list and aggregates)
      exports: s.advertise,
      // exactly what its inbound prefix list accepts (each cloud's own prefixes, and longer ones inside them)
      imports: s.receives,
      receiveLimitType: SessionType.CUSTOMER_ROUTER,
      receiveLimitOverride: s.inboundMaxPrefix,
      edge: EdgeKind.CUSTOMER_ROUTER,
      prefixesProperty: 'onPremisesPrefixes',
    };
    const edge = hubEnd(hubs[s.cloud], {
      node: `${path}/${s.name}/${EDGES[s.cloud].node}`,
      label,
      asn: s.peerAsn,
      address: s.peerAddress,
      originates: s.receives,
      receiveLimitType: s.sessionType,
      receiveLimitOverride: s.cloud === Cloud.GCP ? props.gcpMaxPrefix : s.cloud === Cloud.OCI ? props.ociMaxPrefix : undefined,
      edge: EDGES[s.cloud].edge,
    });
    return sessionRecord(path, s.name, customer, edge, {
      subnet: s.subnet,
      vlan: s.vlan,
      vlanDomain,
      bfd: s.bfd,
      md5KeyRef: s.md5KeyRef,
      managedBy: s.cloud === Cloud.GCP && !dedicated ? 'Google creates the Cloud Router side when the provider activates the attachment' : undefined,
    });
  });
}
