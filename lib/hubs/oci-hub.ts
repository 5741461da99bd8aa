import { Lazy, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { AppContext, checked, isUnresolved, known, stackName } from '../core/context';
import { checkAddressSpace } from '../plan/addressing/address-space';
import { Cidr, parseAll } from '../plan/addressing/cidr';
import { Cloud } from '../plan/facts/clouds';
import { fail } from '../plan/errors';
import { requireListed } from '../plan/facts/listed-names';
import { OCI_REGIONS } from '../plan/facts/regions';
import { CoreDrg } from '../providers/oci/core-drg';
import { CoreDrgAttachment } from '../providers/oci/core-drg-attachment';
import { CoreRouteTable } from '../providers/oci/core-route-table';
import { ConnectivityReport } from '../report/connectivity-report';
import { IHub } from './hub';
import { guardArgs } from '../core/guard-props';
import { OCI_SUBNET_RULE, OCI_VCN_RULE } from '../plan/facts/limits';
import { addWarningOnce } from '../core/warnings';
import { PeeringKind } from '../plan/addressing/peering';
import { checkId, reserveInUse } from './existing';
import { OciExistingDrg } from './oci-existing';
import { skipCreationStacks } from '../core/creation-stacks';

// ocid1.<resource type>.<realm>.[region][.future use].<unique id> (docs.oracle.com/iaas/Content/General/Concepts/identifiers.htm)
const ocid = (type: string): RegExp => new RegExp(`^ocid1\\.${type}\\.[a-z0-9]+\\.[a-z0-9-]*(\\.[a-z0-9-]*)?\\.[a-z0-9]+$`);

/** Props of an `OciHub`. */
export interface OciHubProps {
  /** The compartment of the DRG, its attachment and the route table. Accepts a Terraform token. */
  readonly compartmentId: string;
  /** The OCI region, e.g. `us-ashburn-1` (for the ExpressRoute interconnect pairing check and the report). */
  readonly region: string;
  /**
   * Accept a region that is not on the library's list (one newer than the list's snapshot): the check then only
   * happens at apply. @default false
   */
  readonly allowUnlistedRegion?: boolean;
  /** The existing VCN. Accepts a Terraform token. */
  readonly vcnId: string;
  /** The VCN's IPv4 CIDR blocks: each a /16 to /30, outside the ranges OCI reserves (169.254.0.0/16, 224.0.0.0/4, 240.0.0.0/4). */
  readonly vcnCidrs: string[];
  /**
   * The subnet CIDRs of the VCN. OCI advertises subnets, not the VCN CIDR, over FastConnect and IPSec
   * (https://www.ateam-oracle.com/advertising-a-vcn-cidr-range-to-an-on-premises-network-over-bgp-instead-of-the-subnets%E2%80%99-cidr-ranges),
   * so these are what the other clouds receive and count against their prefix limits.
   * @default - the VCN CIDRs (as if each VCN CIDR were one subnet)
   */
  readonly subnetCidrs?: string[];
  /** The `oci` provider to use. @default - the stack's default oci provider */
  readonly provider?: TerraformProvider;
  /** A prefix for display names. @default - the construct id */
  readonly displayNamePrefix?: string;
  /** Freeform tags for everything the hub creates. Accepts a Terraform token. @default - none */
  readonly freeformTags?: { [key: string]: string };
  /**
   * The DRG the VCN is already attached to: every link of the hub terminates on it, and the hub creates neither a
   * DRG nor an attachment (a VCN attaches to one DRG). The BGP subnets of its existing tunnels and virtual circuits
   * are never handed out again. The hub still creates its route table to the DRG.
   * @default - the hub creates a DRG and attaches it to the VCN
   */
  readonly existingDrg?: OciExistingDrg;
}

/**
 * The OCI side that patterns attach to: an existing VCN. The hub creates a DRG, attaches it to the VCN, and owns
 * a route table that sends traffic for the other clouds to the DRG: associate it with your subnets (its rules
 * grow as patterns add remote prefixes). Brownfield: a VCN already attached to a DRG declares it (`existingDrg`).
 */
export class OciHub extends Construct implements IHub {
  /** The dynamic routing gateway, when the hub creates it. @default - none with `existingDrg` (see `drgId`) */
  public readonly drg?: CoreDrg;
  /** The DRG's attachment to the VCN, when the hub creates it. @default - none with `existingDrg` (see `drgAttachmentId`) */
  public readonly drgAttachment?: CoreDrgAttachment;
  /** The id of the DRG every link terminates on (created or existing). */
  public readonly drgId: string;
  /** The id of the DRG's attachment to the VCN (created or existing). */
  public readonly drgAttachmentId: string;
  /** The route table sending the other clouds' prefixes to the DRG. */
  public readonly routeTable: CoreRouteTable;
  /** The prefix of display names. */
  public readonly displayNamePrefix: string;
  /** The cloud: OCI. */
  public readonly cloud: Cloud = Cloud.OCI;
  /** The compartment of the DRG, its attachment, the route table and the links' resources. */
  public readonly compartmentId: string;
  /** The OCI region (always set). @default - `OciHubProps.region` */
  public readonly region?: string;
  /** The VCN. */
  public readonly vcnId: string;
  /** The VCN CIDRs (the hub's ranges). */
  public readonly ranges: string[];
  /** The property holding `ranges`. */
  public readonly rangesProperty: string = 'vcnCidrs';
  /** The property holding what OCI advertises (the subnet CIDRs). */
  public readonly advertisedProperty: string = 'subnetCidrs';
  /** The `oci` provider. @default - the stack's default oci provider */
  public readonly provider?: TerraformProvider;
  /** Freeform tags for everything the hub and its links create. @default - none */
  public readonly tags?: { [key: string]: string };
  private readonly props: OciHubProps;
  private readonly remote = new Set<string>();

  constructor(scope: Construct, id: string, props: OciHubProps) {
    guardArgs('OciHub', [scope, id, props]);
    super(scope, id);
    const endSkip = skipCreationStacks();
    try {
      this.props = props;
      this.displayNamePrefix = props.displayNamePrefix ?? id;
      this.compartmentId = props.compartmentId;
      this.region = props.region;
      this.vcnId = props.vcnId;
      this.ranges = props.vcnCidrs;
      this.provider = props.provider;
      this.tags = props.freeformTags;

      checked(this, () => {
        if (!isUnresolved(props.region) && !props.allowUnlistedRegion) requireListed(props.region, OCI_REGIONS, 'region', 'an OCI region', 'allowUnlistedRegion');
        if (isUnresolved(props.vcnCidrs)) return;
        const vcn = parseAll(props.vcnCidrs, 'vcnCidrs');
        if (vcn.length === 0) fail('vcnCidrs', props.vcnCidrs, 'a VCN has at least one CIDR block', 'list the VCN\'s CIDR blocks');
        checkAddressSpace(vcn, props.vcnCidrs, 'vcnCidrs', OCI_VCN_RULE);
        if (props.subnetCidrs && !isUnresolved(props.subnetCidrs)) {
          const subnets = parseAll(props.subnetCidrs, 'subnetCidrs');
          checkAddressSpace(subnets, props.subnetCidrs, 'subnetCidrs', OCI_SUBNET_RULE);
          subnets.forEach((s, i) => {
            if (!vcn.some((v) => v.contains(s))) {
              fail(`subnetCidrs[${i}]`, s.toString(), `a subnet must lie inside the VCN CIDRs ${props.vcnCidrs.join(', ')}`, 'list the subnets of this VCN only');
            }
          });
        }
      });

      const existing = props.existingDrg;
      checked(this, () => {
        if (!existing) return;
        checkId(existing.id, ocid('drg'), 'existingDrg.id', 'a DRG', 'ocid1.drg.oc1.iad.aaaa... (oci network drg list)');
        checkId(existing.vcnAttachmentId, ocid('drgattachment'), 'existingDrg.vcnAttachmentId', 'a DRG attachment', 'ocid1.drgattachment.oc1.iad.aaaa... (oci network drg-attachment list --network-id <vcn>)');
      });
      reserveInUse(this, 'existing-drg-ipsec', existing?.ipsecTunnelCidrsInUse, [PeeringKind.OCI_IPSEC], 'existingDrg.ipsecTunnelCidrsInUse', 'the existing DRG');
      reserveInUse(this, 'existing-drg-fastconnect', existing?.fastConnectPeeringCidrsInUse, [PeeringKind.OCI_FASTCONNECT], 'existingDrg.fastConnectPeeringCidrsInUse', 'the existing DRG');
      if (existing) {
        this.drgId = existing.id;
        this.drgAttachmentId = existing.vcnAttachmentId;
        addWarningOnce(this, 'the hub uses the VCN\'s existing DRG and attachment, never changed; OCI has no data source that reads one DRG at the pinned provider (8.28.0), so a wrong id fails at apply, when the first circuit or connection is created on it.');
      } else {
        const drg = new CoreDrg(this, 'Drg', {
          compartmentId: props.compartmentId,
          displayName: `${this.displayNamePrefix}-drg`,
          freeformTags: props.freeformTags,
          provider: props.provider,
        });
        const attachment = new CoreDrgAttachment(this, 'DrgAttachment', {
          drgId: drg.id,
          displayName: `${this.displayNamePrefix}-drg-vcn`,
          networkDetails: { id: props.vcnId, type: 'VCN' },
          freeformTags: props.freeformTags,
          provider: props.provider,
        });
        this.drg = drg;
        this.drgAttachment = attachment;
        this.drgId = drg.id;
        this.drgAttachmentId = attachment.id;
      }
      const drgId = this.drgId; // one token, not one per rule
      this.routeTable = new CoreRouteTable(this, 'RouteTable', {
        compartmentId: props.compartmentId,
        vcnId: props.vcnId,
        displayName: `${this.displayNamePrefix}-to-drg`,
        routeRules: Lazy.anyValue({
          produce: () => [...this.remote].sort().map((destination) => ({
            destination,
            destination_type: 'CIDR_BLOCK',
            network_entity_id: drgId,
            description: 'to the other clouds through the DRG (cdktf-azure-multicloud)',
          })),
        }) as any,
        freeformTags: props.freeformTags,
        dependsOn: this.drgAttachment ? [this.drgAttachment] : undefined,
        provider: props.provider,
      });

      AppContext.of(this).addHub({
        id: this.node.path,
        stack: stackName(this),
        cloud: Cloud.OCI,
        name: this.displayNamePrefix,
        region: props.region,
        ranges: known(props.vcnCidrs),
        advertised: this.advertisedPrefixes,
      });
      ConnectivityReport.attach(this);
    } finally {
      endSkip();
    }
  }

  /** The prefix of display names (the same as `displayNamePrefix`). */
  public get namePrefix(): string {
    return this.displayNamePrefix;
  }

  /** The VCN CIDRs. */
  public get vcnCidrs(): string[] {
    return this.props.vcnCidrs;
  }

  /** What OCI advertises for this hub over FastConnect and IPSec: the subnet CIDRs (or the VCN CIDRs). */
  public get advertisedPrefixes(): string[] {
    const list = this.props.subnetCidrs ?? this.props.vcnCidrs;
    return known(list);
  }

  /**
   * Route `cidrs` (the other clouds' prefixes) from the VCN to the DRG, through the hub's route table.
   * Duplicates are ignored; tokens are skipped.
   */
  public routeToDrg(cidrs: string[]): void {
    guardArgs('OciHub.routeToDrg', [cidrs], this);
    for (const c of cidrs) {
      if (isUnresolved(c)) continue;
      this.remote.add(Cidr.parseLoose(c, 'cidrs').toString());
    }
  }

  /** The prefixes routed to the DRG so far. */
  public get routedPrefixes(): string[] {
    return [...this.remote].sort();
  }
}
