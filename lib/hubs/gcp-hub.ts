import type { ComputeRouter } from '@cdktf/provider-google/lib/compute-router';
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { AppContext, checked, isUnresolved, known, stackName } from '../core/context';
import { Asn, AsnRole, WellKnownAsn } from '../plan/addressing/asn';
import { checkAddressSpace } from '../plan/addressing/address-space';
import { parseAll } from '../plan/addressing/cidr';
import { Cloud } from '../plan/facts/clouds';
import { fail } from '../plan/errors';
import { requireListed } from '../plan/facts/listed-names';
import { GCP_REGIONS } from '../plan/facts/regions';
import { ConnectivityReport } from '../report/connectivity-report';
import { IHub } from './hub';
import { guardArgs } from '../core/guard-props';
import { GCP_SUBNET_RULE } from '../plan/facts/limits';
import { providerModule } from '../core/providers-load';

/** Props of a `GcpHub`. */
export interface GcpHubProps {
  /** The Google Cloud project. Accepts a Terraform token. */
  readonly project: string;
  /** The region of the routers, gateways and attachments, e.g. `us-east4`. */
  readonly region: string;
  /**
   * Accept a region that is not on the library's list (one newer than the list's snapshot): the check then only
   * happens at apply. @default false
   */
  readonly allowUnlistedRegion?: boolean;
  /** The existing VPC network (name or self link). Accepts a Terraform token. */
  readonly network: string;
  /**
   * The primary IPv4 ranges of the network's subnets in play (Cloud Router advertises subnets). Each is a /8 to /29
   * outside the ranges Google prohibits (cloud.google.com/vpc/docs/subnets).
   */
  readonly subnetCidrs: string[];
  /** The ASN of the Cloud Router the hub creates for HA VPN. @default 64514 */
  readonly vpnRouterAsn?: number;
  /** The ASN of the Cloud Router for Dedicated Interconnect. @default 64515 */
  readonly interconnectRouterAsn?: number;
  /** The `google` provider to use. @default - the stack's default google provider */
  readonly provider?: TerraformProvider;
  /** A prefix for the names of the resources the hub creates. @default - the construct id, lower-cased */
  readonly namePrefix?: string;
}

/**
 * The Google Cloud side that patterns attach to: an existing VPC network in one region. The hub creates the
 * Cloud Routers it needs on first use: one for HA VPN, one with ASN 16550 for Partner Interconnect, one for
 * Dedicated Interconnect (so that VPN and interconnect never share a router).
 */
export class GcpHub extends Construct implements IHub {
  /** The cloud: Google Cloud. */
  public readonly cloud: Cloud = Cloud.GCP;
  /** The project. */
  public readonly project: string;
  /** The region of the routers, gateways and attachments (always set). @default - `GcpHubProps.region` */
  public readonly region?: string;
  /** The VPC network (name or self link). */
  public readonly network: string;
  /** The subnet CIDRs (the hub's ranges). */
  public readonly ranges: string[];
  /** The property holding `ranges`. */
  public readonly rangesProperty: string = 'subnetCidrs';
  /** The property holding what Google advertises (the subnet CIDRs). */
  public readonly advertisedProperty: string = 'subnetCidrs';
  /** The `google` provider. @default - the stack's default google provider */
  public readonly provider?: TerraformProvider;
  /** Google resources of the hub carry no tags. @default - none */
  public readonly tags?: { [key: string]: string };
  private readonly props: GcpHubProps;
  /** The subnet CIDRs. */
  public readonly subnetCidrs: string[];
  /** The prefix used in resource names (lower case, as Google requires). */
  public readonly namePrefix: string;
  private readonly routers = new Map<string, ComputeRouter>();

  constructor(scope: Construct, id: string, props: GcpHubProps) {
    guardArgs('GcpHub', [scope, id, props]);
    super(scope, id);
    this.props = props;
    this.subnetCidrs = props.subnetCidrs;
    this.ranges = props.subnetCidrs;
    this.project = props.project;
    this.region = props.region;
    this.network = props.network;
    this.provider = props.provider;
    this.namePrefix = (props.namePrefix ?? id).toLowerCase().replace(/[^a-z0-9-]/g, '-');
    checked(this, () => {
      if (!isUnresolved(props.region) && !props.allowUnlistedRegion) requireListed(props.region, GCP_REGIONS, 'region', 'a Google Cloud region', 'allowUnlistedRegion');
      if (!isUnresolved(props.subnetCidrs)) {
        const cidrs = parseAll(props.subnetCidrs, 'subnetCidrs');
        if (cidrs.length === 0) fail('subnetCidrs', props.subnetCidrs, 'the hub needs the subnets it advertises', 'list the subnet CIDRs of the network in this region');
        checkAddressSpace(cidrs, props.subnetCidrs, 'subnetCidrs', GCP_SUBNET_RULE); // Google has no discouraged ranges
      }
      if (props.vpnRouterAsn !== undefined) Asn.validate(props.vpnRouterAsn, Cloud.GCP, AsnRole.CLOUD_SIDE, 'vpnRouterAsn');
      if (props.interconnectRouterAsn !== undefined) Asn.validate(props.interconnectRouterAsn, Cloud.GCP, AsnRole.CLOUD_SIDE, 'interconnectRouterAsn');
    });
    AppContext.of(this).addHub({
      id: this.node.path,
      stack: stackName(this),
      cloud: Cloud.GCP,
      name: props.network,
      region: props.region,
      ranges: known(props.subnetCidrs),
    });
    ConnectivityReport.attach(this);
  }

  /** What Google advertises for this hub: the subnet CIDRs known at synth. */
  public get advertisedPrefixes(): string[] {
    return known(this.subnetCidrs);
  }

  /** The ASN of the HA VPN router. */
  public get vpnRouterAsn(): number {
    return this.props.vpnRouterAsn ?? 64514;
  }

  /** The ASN of the Dedicated Interconnect router. */
  public get interconnectRouterAsn(): number {
    return this.props.interconnectRouterAsn ?? 64515;
  }

  /** The Cloud Router for HA VPN (private ASN), created on first use. */
  public vpnRouter(): ComputeRouter {
    guardArgs('GcpHub.vpnRouter', [], this);
    return this.router('VpnRouter', 'vpn', this.vpnRouterAsn);
  }

  /** The Cloud Router for Partner Interconnect VLAN attachments (ASN 16550), created on first use. */
  public partnerInterconnectRouter(): ComputeRouter {
    guardArgs('GcpHub.partnerInterconnectRouter', [], this);
    const asn = WellKnownAsn.GOOGLE_PARTNER_INTERCONNECT;
    checked(this, () => Asn.validate(asn, Cloud.GCP, AsnRole.PARTNER_INTERCONNECT_ROUTER, 'partnerRouterAsn'));
    return this.router('PartnerInterconnectRouter', 'partner', asn);
  }

  /** The Cloud Router for Dedicated Interconnect VLAN attachments, created on first use. */
  public dedicatedInterconnectRouter(): ComputeRouter {
    guardArgs('GcpHub.dedicatedInterconnectRouter', [], this);
    return this.router('DedicatedInterconnectRouter', 'dedicated', this.interconnectRouterAsn);
  }

  private router(id: string, suffix: string, asn: number): ComputeRouter {
    let r = this.routers.get(id);
    if (!r) {
      const { ComputeRouter } = providerModule(this, 'google/compute-router');
      r = new ComputeRouter(this, id, {
        name: `${this.namePrefix}-${suffix}-router`,
        project: this.project,
        region: this.region,
        network: this.network,
        bgp: { asn, advertiseMode: 'DEFAULT' },
        provider: this.provider,
      });
      this.routers.set(id, r);
    }
    return r;
  }
}
