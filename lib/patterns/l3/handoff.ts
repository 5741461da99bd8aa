// The provider handoff document of an L3ProviderMultiCloud: pure rendering from a plain data object (the construct
// gathers the values; nothing here reads a construct).
import { isUnresolved } from '../../core/context';
import { GCP_EDGE_AVAILABILITY_DOMAINS } from '../../links/gcp-interconnect';
import { BudgetLevel } from '../../plan/routing/budget';
import { Cloud } from '../../plan/facts/clouds';
import { L3PropagationPlan, VrfMode } from '../../plan/routing/l3-propagation';
import { markdownCell } from '../../plan/documents/text';

/** The Azure side, as the handoff shows it. */
export interface L3HandoffAzure {
  readonly circuitName: string;
  readonly peeringLocation: string;
  readonly bandwidthMbps: number;
  readonly skuTier: string;
  readonly vlan?: number;
  /** The Terraform output of the circuit's service key. */
  readonly serviceKeyOutput: string;
}

/** The AWS side: a hosted virtual interface the provider creates. */
export interface L3HandoffAws {
  readonly transit: boolean;
  readonly providerName: string;
  readonly accountId?: string;
  readonly virtualInterfaceId?: string;
}

/** The Google side: Partner Interconnect attachments. */
export interface L3HandoffGcp {
  readonly providerName: string;
  /** The Terraform outputs of the pairing keys. */
  readonly pairingKeyOutputs: string[];
  /** The Terraform outputs of the attachments' addresses. */
  readonly addressOutputs: string[];
  readonly region?: string;
  readonly routerName?: string;
}

/** The OCI side: a FastConnect through the provider's Layer 3 service. */
export interface L3HandoffOci {
  readonly providerServiceName?: string;
  readonly bandwidthShapeName: string;
  /** The Terraform output of the virtual circuit's OCID. */
  readonly virtualCircuitIdOutput?: string;
  readonly providerServiceKeyName?: string;
}

/** Everything the handoff document shows. */
export interface L3Handoff {
  /** The construct path (the document's title). */
  readonly path: string;
  readonly providerName: string;
  readonly providerAsn?: number;
  readonly customerAsn?: number;
  readonly customerVlans?: { [vrf: string]: number };
  /** The route propagation of the VRF design. */
  readonly plan: L3PropagationPlan;
  /** True in apply 2 (`DeployStage.CONNECT`). */
  readonly connectStage: boolean;
  readonly azure: L3HandoffAzure;
  readonly aws?: L3HandoffAws;
  readonly gcp?: L3HandoffGcp;
  readonly oci?: L3HandoffOci;
}

/**
 * The provider handoff document (Markdown): the VRF design and what the provider must configure, then per cloud the
 * keys to hand over, the ASNs, the prefixes to advertise to the cloud and the maximum it accepts, and the route
 * propagation table.
 */
export function renderL3Handoff(h: L3Handoff): string {
  const plan = h.plan;
  const md: string[] = [];
  const code = (s: string) => `\`${s}\``;
  const value = (v: unknown) => (v === undefined ? undefined : isUnresolved(v) ? '(a value known at apply time)' : String(v));
  const asn = (v?: number) => (v === undefined ? 'not given' : isUnresolved(v) ? 'set at apply time' : `AS${v}`);
  const out = (id?: string) => (id !== undefined ? `${code(`terraform output -raw ${id}`)}` : '');
  const list = (xs: string[]) => (xs.length === 0 ? 'none' : xs.join(', '));
  const providerAsn = asn(h.providerAsn);
  const shared = plan.vrfMode === VrfMode.SHARED;

  md.push(`# Provider handoff: ${h.path}`, '');
  md.push(`Written by cdktf-azure-multicloud (L3ProviderMultiCloud) at synth. Provider: **${h.providerName}** (${providerAsn}), Layer 3 (IP VPN / MPLS).`, '');
  md.push('| Design | |', '|---|---|');
  md.push(`| VRFs | ${shared ? 'one shared VRF for every cloud' : 'one VRF per cloud'}: ${plan.vrfs.map(code).join(', ')} |`);
  md.push(`| Customer BGP | ${plan.customerBgp ? `yes: the customer router (${asn(h.customerAsn)}) runs BGP with ${h.providerName}` : `no: ${h.providerName} routes to the customer's sites statically`} |`);
  md.push(`| On-premises prefixes | ${list(plan.customer.advertises)} (${plan.customerBgp ? 'originated by the customer router' : `injected by ${h.providerName}`}) |`);
  if (h.customerVlans && Object.keys(h.customerVlans).length > 0) {
    md.push(`| Customer router VLANs | ${Object.entries(h.customerVlans).map(([vrf, v]) => `VRF ${code(vrf)}: VLAN ${value(v)}`).join(', ')} |`);
  }
  md.push('');
  md.push(`## What ${h.providerName} configures`, '');
  plan.providerRequirements.forEach((r, i) => md.push(`${i + 1}. ${r.charAt(0).toUpperCase()}${r.slice(1)}.`));
  md.push('');

  md.push('## Per cloud', '');
  for (const c of plan.clouds) {
    const rows: Array<[string, string]> = [];
    if (c.cloud === Cloud.AZURE) {
      md.push('### Azure: ExpressRoute private peering', '');
      rows.push(['Circuit', `${code(value(h.azure.circuitName)!)}, ${h.providerName} at ${h.azure.peeringLocation}, ${value(h.azure.bandwidthMbps)} Mbit/s, ${h.azure.skuTier}`]);
      rows.push(['Hand over', `the circuit's service key: ${out(h.azure.serviceKeyOutput)} (sensitive)`]);
      rows.push(['Session', `Azure private peering on the primary and the secondary link: two /30s of ${h.providerName}'s choice (its router takes the first usable address of each, Microsoft the second), ${h.azure.vlan !== undefined ? `VLAN ${value(h.azure.vlan)}` : `a VLAN of ${h.providerName}'s choice`}; both sessions are required for the SLA`]);
      rows.push(['Order of work', `the connection of the circuit to the hub's ExpressRoute gateway needs the circuit provisioned and private peering configured (learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-arm): apply 1 (${code('deployStage: DeployStage.HANDOFF')}) creates the circuit; hand over the service key; once ${h.providerName} reports the circuit provisioned and private peering configured, apply 2 (${code('deployStage: DeployStage.CONNECT')}) connects it (its plan fails, naming what is missing, until then). This synthesis is apply ${h.connectStage ? '2' : '1'}`]);
    } else if (c.cloud === Cloud.AWS) {
      const aws = h.aws!;
      const transit = aws.transit;
      md.push(`### AWS: hosted ${transit ? 'transit' : 'private'} virtual interface`, '');
      rows.push(['Provider', aws.providerName]);
      rows.push(['Hand over', `${aws.accountId !== undefined ? `the AWS account id ${code(value(aws.accountId)!)}` : 'the id of the AWS account that owns the VPC'}: ${aws.providerName} creates a hosted ${transit ? 'transit' : 'private'} virtual interface there and gives you its id (${code('awsVirtualInterfaceId')}: ${aws.virtualInterfaceId === undefined ? 'not set yet: set it once the provider gives the id' : isUnresolved(aws.virtualInterfaceId) ? 'a value known at apply time' : code(String(aws.virtualInterfaceId))}); the construct accepts it onto the Direct Connect gateway`]);
      rows.push(['Session', `VLAN, BGP /30 (or /31) addresses and MD5 key of ${aws.providerName}'s choice, set on the hosted virtual interface`]);
    } else if (c.cloud === Cloud.GCP) {
      const gcp = h.gcp!;
      md.push('### Google Cloud: Partner Interconnect', '');
      rows.push(['Provider', gcp.providerName]);
      rows.push(['Hand over', gcp.pairingKeyOutputs.map((o, i) => `pairing key of ${GCP_EDGE_AVAILABILITY_DOMAINS[i]}: ${out(o)}`).join('; ') + ' (sensitive)']);
      rows.push(['Session', `Google creates the Cloud Router's BGP peers and assigns the link-local addresses when the partner activates the attachments (${gcp.addressOutputs.map((o) => code(`terraform output ${o}`)).join(', ')}); the partner runs the sessions`]);
      rows.push(['Region', `${value(gcp.region)}, ${gcp.routerName !== undefined ? `Cloud Router ${code(value(gcp.routerName)!)}` : 'the hub\'s Partner Interconnect Cloud Router'} (ASN 16550)`]);
    } else if (c.cloud === Cloud.OCI) {
      const oci = h.oci!;
      md.push('### OCI: FastConnect through the Layer 3 service', '');
      rows.push(['Provider', `${value(oci.providerServiceName)} (OCI provider service, type LAYER3), ${oci.bandwidthShapeName}`]);
      rows.push(['Hand over', `the virtual circuit's OCID: ${out(oci.virtualCircuitIdOutput)}${oci.providerServiceKeyName !== undefined ? `; the provider's service key ${code(value(oci.providerServiceKeyName)!)} is set on the circuit` : ''}`]);
      rows.push(['Session', `BGP addresses, ASN and MD5 key are ${value(oci.providerServiceName)}'s (the provider manages BGP with Oracle)`]);
    }
    rows.push(['ASNs', `${c.edgeLabel} ${asn(c.edgeAsn)} ↔ ${h.providerName} ${providerAsn}`]);
    rows.push(['VRF', code(c.vrf)]);
    rows.push([`${c.cloud} advertises`, list(c.advertises)]);
    rows.push([`Advertise to ${c.cloud}`, `${c.used} prefixes: ${list(c.advertiseToCloud)}`]);
    rows.push(['Maximum', c.maxPrefix !== undefined
      ? `${c.maxPrefix} prefixes per session (${c.sessionType}; ${c.maxPrefixSource}); planned ${c.used} (${c.percent} %, ${c.level})`
      : `no published limit (${c.sessionType}; ${c.maxPrefixSource}); planned ${c.used}`]);
    md.push('| | |', '|---|---|', ...rows.map(([k, v]) => `| ${markdownCell(k)} | ${markdownCell(v)} |`), '');
  }
  md.push('### On-premises', '');
  md.push('| | |', '|---|---|');
  md.push(`| BGP | ${plan.customerBgp ? `yes, customer router ${asn(h.customerAsn)}` : 'no'} |`);
  md.push(`| Originates | ${list(plan.customer.advertises)} |`);
  md.push(`| Receives | ${plan.customerBgp ? list([...new Set(plan.customer.receives.map((r) => r.prefix))]) : 'no BGP routes'} (${plan.customer.note}) |`, '');

  md.push('## Route propagation', '');
  md.push('What each cloud receives, from whom and with which AS path (nearest AS first; ASNs not given are left out).', '');
  md.push('| Cloud | Prefix | Origin | From | Via | AS path |', '|---|---|---|---|---|---|');
  for (const c of plan.clouds) {
    for (const r of c.receives) {
      md.push(`| ${c.cloud} | ${r.prefix} | ${r.origin === Cloud.CUSTOMER ? 'on-premises' : r.origin} | ${r.from} | ${r.via.join(' → ')} | ${r.asPath.join(' ') || '-'} |`);
    }
    for (const r of c.rejected) md.push(`| ${c.cloud} | ~~${r.prefix}~~ | ${r.origin} | dropped | ${r.reason} | |`);
    if (c.receives.length === 0 && c.rejected.length === 0) md.push(`| ${c.cloud} | (nothing) | | | | |`);
  }
  md.push('');
  md.push('| Cloud | Limit type | Planned | Maximum | Level |', '|---|---|---|---|---|');
  for (const c of plan.clouds) md.push(`| ${c.cloud} | ${c.sessionType} | ${c.used} | ${c.maxPrefix ?? 'not published'} | ${c.level}${c.level === BudgetLevel.OK ? '' : `: ${c.advice}`} |`);
  md.push('');
  return md.join('\n');
}
