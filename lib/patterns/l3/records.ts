// The connectivity-model records of an L3ProviderMultiCloud: every cloud edge with its provider VRF, and the customer
// router with every VRF.
import { IHub } from '../../hubs/hub';
import { hubEnd, sessionRecord } from '../../links/sessions';
import { Cloud } from '../../plan/clouds';
import { EdgeKind } from '../../plan/edges';
import { cloudKey, L3PropagationPlan, VrfMode } from '../../plan/l3-propagation';
import { SessionType } from '../../plan/limits';
import { BgpSessionRecord, BgpSpeakerRecord } from '../../plan/model';

/** The edge kind of each cloud's end of a provider session (edges.ts). */
const CLOUD_EDGE: { [cloud: string]: EdgeKind } = {
  [Cloud.AZURE]: EdgeKind.AZURE_EXPRESSROUTE, [Cloud.AWS]: EdgeKind.AWS_DIRECT_CONNECT_GATEWAY, [Cloud.GCP]: EdgeKind.GCP_CLOUD_ROUTER, [Cloud.OCI]: EdgeKind.OCI_DRG,
};
const EDGE_NODE: { [cloud: string]: string } = { [Cloud.AZURE]: 'msee', [Cloud.AWS]: 'dx-gateway', [Cloud.GCP]: 'cloud-router', [Cloud.OCI]: 'fastconnect' };
const SESSION_NAMES: { [cloud: string]: string[] } = { [Cloud.AZURE]: ['azure-primary', 'azure-secondary'], [Cloud.GCP]: ['gcp-ad1', 'gcp-ad2'] };

/** What the records are built from (values known at synth; tokens already left out). */
export interface L3RecordsInput {
  /** The construct path (the link id). */
  readonly path: string;
  /** The route propagation of the VRF design. */
  readonly plan: L3PropagationPlan;
  /** The hub of each cloud in play. */
  readonly hubs: { [cloud: string]: IHub };
  readonly providerName: string;
  readonly providerAsn?: number;
  readonly customerAsn?: number;
  readonly customerBgp: boolean;
  /** Who runs each cloud's sessions (the `managedBy` of its records). */
  readonly managedBy: { [cloud: string]: string };
  /** A user-given limit per cloud instead of the published one. */
  readonly limitOverride: { [cloud: string]: number | undefined };
  readonly azureVlan?: number;
  readonly azureVlanDomain: string;
  readonly customerVlans?: { [vrf: string]: number | undefined };
}

/** The model's sessions of an L3 design. */
export function l3SessionRecords(i: L3RecordsInput): BgpSessionRecord[] {
  const { plan, path } = i;
  const shared = plan.vrfMode === VrfMode.SHARED;
  const onPrem = plan.customer.advertises;
  const vrfSpeaker = (vrf: string): BgpSpeakerRecord => ({
    cloud: Cloud.CUSTOMER,
    node: `${path}/provider-vrf${shared ? '' : `-${vrf}`}`,
    label: shared ? `${i.providerName} shared VRF` : `${i.providerName} VRF ${vrf}`,
    asn: i.providerAsn,
    // without customer BGP, the provider injects the on-premises prefixes itself
    originates: i.customerBgp ? [] : onPrem,
    receiveLimitType: SessionType.CUSTOMER_ROUTER,
    edge: EdgeKind.L3_PROVIDER_VRF,
    transit: true,
    prefixesProperty: i.customerBgp ? undefined : 'onPremisesPrefixes',
    // a per-cloud VRF takes the other clouds' routes back from the customer router (allowas-in)
    allowAsIn: !shared && i.customerBgp ? true : undefined,
  });
  const sessions: BgpSessionRecord[] = [];
  for (const c of plan.clouds) {
    const edge = hubEnd(i.hubs[c.cloud], {
      node: `${path}/${EDGE_NODE[c.cloud]}`,
      label: c.edgeLabel,
      asn: c.edgeAsn,
      originates: c.advertises,
      receiveLimitType: c.sessionType,
      receiveLimitOverride: i.limitOverride[c.cloud],
      edge: CLOUD_EDGE[c.cloud],
    });
    const azure = c.cloud === Cloud.AZURE;
    for (const name of SESSION_NAMES[c.cloud] ?? [cloudKey(c.cloud)]) {
      sessions.push(sessionRecord(path, name, vrfSpeaker(c.vrf), edge, {
        vlan: azure ? i.azureVlan : undefined,
        vlanDomain: azure && i.azureVlan !== undefined ? i.azureVlanDomain : undefined,
        managedBy: i.managedBy[c.cloud],
      }));
    }
  }
  if (!i.customerBgp) return sessions;
  const router: BgpSpeakerRecord = {
    cloud: Cloud.CUSTOMER,
    node: `${path}/customer-router`,
    label: 'Customer router',
    asn: i.customerAsn,
    originates: onPrem,
    receiveLimitType: SessionType.CUSTOMER_ROUTER,
    edge: EdgeKind.CUSTOMER_ROUTER,
    prefixesProperty: 'onPremisesPrefixes',
  };
  for (const vrf of plan.vrfs) {
    const vlan = i.customerVlans?.[vrf];
    sessions.push(sessionRecord(path, `customer${shared ? '' : `-${vrf}`}`, router, vrfSpeaker(vrf), {
      vlan,
      vlanDomain: vlan !== undefined ? `l3-customer-attachment:${path}` : undefined,
    }));
  }
  return sessions;
}
