import type { ComputeRouter } from '@cdktf/provider-google/lib/compute-router';
import type { DataGoogleComputeHaVpnGateway } from '@cdktf/provider-google/lib/data-google-compute-ha-vpn-gateway';
import type { DataGoogleComputeRouter } from '@cdktf/provider-google/lib/data-google-compute-router';
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
import { addWarningOnce } from '../core/warnings';
import { PeeringKind } from '../plan/addressing/peering';
import { GcpExistingHaVpnGateway, GcpExistingRouter } from './gcp-existing';
import { ExistingVlans, claimVlansInUse, declaredFacts, reserveInUse } from './existing';
import { skipCreationStacks } from '../core/creation-stacks';

/** An existing resource of the hub and the data source that reads it. */
interface ReadState {
  readonly name: string;
  readonly state: DataGoogleComputeRouter | DataGoogleComputeHaVpnGateway;
}

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
  /**
   * The network's existing Cloud Router for HA VPN: every VPN link of the hub uses it, and the hub creates none.
   * Its ASN is read and checked at plan; the link-local /30s of its sessions are never handed out again.
   * @default - the hub creates its HA VPN router on first use
   */
  readonly existingVpnRouter?: GcpExistingRouter;
  /**
   * The network's existing Cloud Router for Dedicated Interconnect: every Dedicated Interconnect link of the hub
   * uses it, and the hub creates none. Its ASN is read and checked at plan; the /29s of its attachments are never
   * handed out again.
   * @default - the hub creates its Dedicated Interconnect router on first use
   */
  readonly existingInterconnectRouter?: GcpExistingRouter;
  /**
   * The network's existing HA VPN gateway: every VPN link of the hub runs its tunnels on its two interfaces, and
   * none creates a gateway. Read at plan (its network checked, its interface addresses read).
   * @default - each VPN link creates its own HA VPN gateway
   */
  readonly existingHaVpnGateway?: GcpExistingHaVpnGateway;
  /**
   * The VLANs already in use on existing interconnects (named as in the links' `interconnects`): a new attachment on
   * one of them with one of these VLANs fails at synth.
   * @default - none
   */
  readonly interconnectVlansInUse?: ExistingVlans[];
  /** The `google` provider to use. @default - the stack's default google provider */
  readonly provider?: TerraformProvider;
  /** A prefix for the names of the resources the hub creates. @default - the construct id, lower-cased */
  readonly namePrefix?: string;
}

/**
 * The Google Cloud side that patterns attach to: an existing VPC network in one region. The hub creates the
 * Cloud Routers it needs on first use: one for HA VPN, one with ASN 16550 for Partner Interconnect, one for
 * Dedicated Interconnect (so that VPN and interconnect never share a router). Brownfield: a network that already
 * runs a router or an HA VPN gateway declares it (`existingVpnRouter`, `existingInterconnectRouter`,
 * `existingHaVpnGateway`) and the links use it.
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
  private readonly states = new Map<string, ReadState>();

  constructor(scope: Construct, id: string, props: GcpHubProps) {
    guardArgs('GcpHub', [scope, id, props]);
    super(scope, id);
    const endSkip = skipCreationStacks();
    try {
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
        for (const [existing, prop, asnProp] of [[props.existingVpnRouter, 'existingVpnRouter', 'vpnRouterAsn'], [props.existingInterconnectRouter, 'existingInterconnectRouter', 'interconnectRouterAsn']] as const) {
          if (!existing) continue;
          if (!isUnresolved(existing.name) && !/^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/.test(existing.name)) fail(`${prop}.name`, existing.name, 'not a Cloud Router name (RFC 1035: a lower-case letter, then up to 62 lower-case letters, digits or hyphens, not ending with a hyphen)', 'give the router\'s name (gcloud compute routers list)');
          Asn.validate(existing.asn, Cloud.GCP, AsnRole.CLOUD_SIDE, `${prop}.asn`);
          const asked = props[asnProp];
          if (asked !== undefined && asked !== existing.asn) fail(asnProp, asked, `${asnProp} is the ASN of the router the hub creates; the existing router runs ${existing.asn} (${prop}.asn)`, `leave ${asnProp} out`);
        }
        const gw = props.existingHaVpnGateway;
        if (gw && !isUnresolved(gw.name) && !/^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/.test(gw.name)) fail('existingHaVpnGateway.name', gw.name, 'not an HA VPN gateway name (RFC 1035: a lower-case letter, then up to 62 lower-case letters, digits or hyphens, not ending with a hyphen)', 'give the gateway\'s name (gcloud compute vpn-gateways list)');
      });
      reserveInUse(this, 'existing-vpn-router', props.existingVpnRouter?.linkLocalCidrsInUse, [PeeringKind.GCP_LINK_LOCAL], 'existingVpnRouter.linkLocalCidrsInUse', 'the existing HA VPN Cloud Router');
      reserveInUse(this, 'existing-interconnect-router', props.existingInterconnectRouter?.linkLocalCidrsInUse, [PeeringKind.GCP_CANDIDATE], 'existingInterconnectRouter.linkLocalCidrsInUse', 'the existing Dedicated Interconnect Cloud Router');
      claimVlansInUse(this, 'gcp-interconnect', props.interconnectVlansInUse, 'interconnectVlansInUse');
      const existing = [props.existingVpnRouter && 'HA VPN Cloud Router', props.existingInterconnectRouter && 'Dedicated Interconnect Cloud Router', props.existingHaVpnGateway && 'HA VPN gateway'].filter((x) => x);
      if (existing.length > 0) addWarningOnce(this, `the hub uses the network's existing ${existing.join(', ')}: read, never changed, and the plan fails while one differs from the declaration.`);
      AppContext.of(this).addHub({
        id: this.node.path,
        stack: stackName(this),
        cloud: Cloud.GCP,
        name: props.network,
        region: props.region,
        ranges: known(props.subnetCidrs),
      });
      ConnectivityReport.attach(this);
    } finally {
      endSkip();
    }
  }

  /** What Google advertises for this hub: the subnet CIDRs known at synth. */
  public get advertisedPrefixes(): string[] {
    return known(this.subnetCidrs);
  }

  /** The ASN of the HA VPN router (the existing router's, when declared). */
  public get vpnRouterAsn(): number {
    return this.props.existingVpnRouter?.asn ?? this.props.vpnRouterAsn ?? 64514;
  }

  /** The ASN of the Dedicated Interconnect router (the existing router's, when declared). */
  public get interconnectRouterAsn(): number {
    return this.props.existingInterconnectRouter?.asn ?? this.props.interconnectRouterAsn ?? 64515;
  }

  /** The Cloud Router for HA VPN (private ASN), created on first use. Not with `existingVpnRouter`: see `vpnRouterName`. */
  public vpnRouter(): ComputeRouter {
    guardArgs('GcpHub.vpnRouter', [], this);
    const existing = this.props.existingVpnRouter;
    if (existing) checked(this, () => fail('existingVpnRouter', existing.name, 'the hub uses the network\'s existing HA VPN Cloud Router, which it does not create', 'use vpnRouterName(), which returns the name of the router the hub uses'));
    return this.router('VpnRouter', 'vpn', this.vpnRouterAsn);
  }

  /**
   * The name of the HA VPN Cloud Router: the existing one (read and checked at plan on first use, child
   * `VpnRouterState`) or the one the hub creates on first use.
   */
  public vpnRouterName(): string {
    guardArgs('GcpHub.vpnRouterName', [], this);
    const existing = this.props.existingVpnRouter;
    return existing ? this.readRouter('VpnRouterState', existing, 'existingVpnRouter') : this.router('VpnRouter', 'vpn', this.vpnRouterAsn).name;
  }

  /**
   * The name of the Dedicated Interconnect Cloud Router: the existing one (read and checked at plan on first use,
   * child `DedicatedInterconnectRouterState`) or the one the hub creates on first use.
   */
  public dedicatedInterconnectRouterName(): string {
    guardArgs('GcpHub.dedicatedInterconnectRouterName', [], this);
    const existing = this.props.existingInterconnectRouter;
    return existing ? this.readRouter('DedicatedInterconnectRouterState', existing, 'existingInterconnectRouter') : this.router('DedicatedInterconnectRouter', 'dedicated', this.interconnectRouterAsn).name;
  }

  /**
   * The existing HA VPN gateway (`existingHaVpnGateway`), read at plan on first use (child `HaVpnGatewayState`):
   * its id and the public IP addresses of interface 0 and 1. Undefined without one.
   *
   * @internal
   */
  public _existingHaVpnGateway(): { id: string; interfaceAddresses: string[] } | undefined {
    const gw = this.props.existingHaVpnGateway;
    if (!gw) return undefined;
    let read = this.states.get('HaVpnGatewayState');
    if (!read) {
      const { DataGoogleComputeHaVpnGateway } = providerModule(this, 'google/data-google-compute-ha-vpn-gateway');
      // the network's last path segment, which the gateway's `network` self link ends with
      const network = isUnresolved(this.network) ? undefined : this.network.split('/').pop();
      const facts = [{ condition: 'length(self.vpn_interfaces) >= 2', attribute: 'interfaces', actual: 'length(self.vpn_interfaces)', property: 'existingHaVpnGateway.name', declared: 'an HA VPN gateway with two interfaces' }];
      if (network !== undefined) facts.push({ condition: `reverse(split("/", self.network))[0] == "${network}"`, attribute: 'network', actual: 'self.network', property: 'network', declared: network });
      const state = new DataGoogleComputeHaVpnGateway(this, 'HaVpnGatewayState', {
        name: gw.name, project: this.project, region: this.region, provider: this.provider,
        lifecycle: declaredFacts('HA VPN gateway', gw.name, facts),
      });
      read = { name: gw.name, state };
      this.states.set('HaVpnGatewayState', read);
    }
    const state = read.state as DataGoogleComputeHaVpnGateway;
    return { id: state.id, interfaceAddresses: [0, 1].map((i) => state.vpnInterfaces.get(i).ipAddress) };
  }

  private readRouter(id: string, existing: GcpExistingRouter, property: string): string {
    if (!this.states.has(id)) {
      const { DataGoogleComputeRouter } = providerModule(this, 'google/data-google-compute-router');
      // data.google_compute_router: name and network required, bgp.asn read (google v6.50.0
      // google/services/compute/data_source_google_compute_router.go:28-31, resource_compute_router.go:98-107)
      const state = new DataGoogleComputeRouter(this, id, {
        name: existing.name, network: this.network, project: this.project, region: this.region, provider: this.provider,
        lifecycle: declaredFacts('Cloud Router', existing.name, [
          { condition: `try(self.bgp[0].asn, 0) == ${existing.asn}`, attribute: 'BGP ASN', actual: 'try(self.bgp[0].asn, "none")', property: `${property}.asn`, declared: `${existing.asn}` },
        ]),
      });
      this.states.set(id, { name: existing.name, state });
    }
    return existing.name;
  }

  /** The Cloud Router for Partner Interconnect VLAN attachments (ASN 16550), created on first use. */
  public partnerInterconnectRouter(): ComputeRouter {
    guardArgs('GcpHub.partnerInterconnectRouter', [], this);
    const asn = WellKnownAsn.GOOGLE_PARTNER_INTERCONNECT;
    checked(this, () => Asn.validate(asn, Cloud.GCP, AsnRole.PARTNER_INTERCONNECT_ROUTER, 'partnerRouterAsn'));
    return this.router('PartnerInterconnectRouter', 'partner', asn);
  }

  /** The Cloud Router for Dedicated Interconnect VLAN attachments, created on first use. Not with `existingInterconnectRouter`: see `dedicatedInterconnectRouterName`. */
  public dedicatedInterconnectRouter(): ComputeRouter {
    guardArgs('GcpHub.dedicatedInterconnectRouter', [], this);
    const existing = this.props.existingInterconnectRouter;
    if (existing) checked(this, () => fail('existingInterconnectRouter', existing.name, 'the hub uses the network\'s existing Dedicated Interconnect Cloud Router, which it does not create', 'use dedicatedInterconnectRouterName(), which returns the name of the router the hub uses'));
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
