import type { DataAwsDxGateway } from '@cdktf/provider-aws/lib/data-aws-dx-gateway';
import type { DataAwsEc2TransitGateway } from '@cdktf/provider-aws/lib/data-aws-ec2-transit-gateway';
import type { DataAwsVpnGateway } from '@cdktf/provider-aws/lib/data-aws-vpn-gateway';
import type { DxGatewayAssociation } from '@cdktf/provider-aws/lib/dx-gateway-association';
import type { VpnGateway } from '@cdktf/provider-aws/lib/vpn-gateway';
import type { VpnGatewayRoutePropagation } from '@cdktf/provider-aws/lib/vpn-gateway-route-propagation';
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { AppContext, checked, isUnresolved, known, stackName } from '../core/context';
import { Asn, AsnRole, WellKnownAsn } from '../plan/addressing/asn';
import { checkAddressSpace, checkAwsVpcAssociations } from '../plan/addressing/address-space';
import { parseAll } from '../plan/addressing/cidr';
import { Cloud } from '../plan/facts/clouds';
import { fail } from '../plan/errors';
import { requireListed } from '../plan/facts/listed-names';
import { AWS_REGIONS } from '../plan/facts/regions';
import { ConnectivityReport } from '../report/connectivity-report';
import { IHub } from './hub';
import { guardArgs } from '../core/guard-props';
import { addWarningOnce } from '../core/warnings';
import { AWS_VPC_CIDR_RULE } from '../plan/facts/limits';
import { providerModule } from '../core/providers-load';
import { PeeringKind } from '../plan/addressing/peering';
import { AwsExistingDirectConnectGateway, AwsExistingVpnGateway } from './aws-existing';
import { ExistingVlans, checkId, claimVlansInUse, declaredFacts, reserveInUse, tfValue } from './existing';
import { skipCreationStacks } from '../core/creation-stacks';

const VGW_ID = /^vgw-[0-9a-f]{8}([0-9a-f]{9})?$/;
const DXGW_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Props of an `AwsHub`. */
export interface AwsHubProps {
  /** The existing VPC. Accepts a Terraform token. */
  readonly vpcId: string;
  /**
   * The VPC's IPv4 CIDR blocks, the primary block first (needed for planning and for Direct Connect
   * `allowed_prefixes`). Each is a /16 to /28, and the blocks after the first obey AWS's association restrictions
   * (docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html); 172.17.0.0/16 is warned about.
   */
  readonly vpcCidrs: string[];
  /**
   * The Amazon-side ASN of the virtual private gateway the hub creates (immutable once created). Ignored when
   * `transitGatewayId` is given.
   * @default 64512
   */
  readonly amazonSideAsn?: number;
  /** Use this existing transit gateway instead of creating a virtual private gateway. Accepts a Terraform token. @default - a virtual private gateway is created */
  readonly transitGatewayId?: string;
  /** The transit gateway's Amazon-side ASN (needed for planning when `transitGatewayId` is set). @default 64512 */
  readonly transitGatewayAsn?: number;
  /** The AWS region (for region-specific ASN rules and the report), e.g. `us-east-1`. @default - unknown at synth */
  readonly region?: string;
  /**
   * Accept a region that is not on the library's list (one newer than the list's snapshot): the check then only
   * happens at apply. @default false
   */
  readonly allowUnlistedRegion?: boolean;
  /**
   * Route tables of the VPC that should learn the routes of the other clouds (route propagation from the virtual
   * private gateway). Each element accepts a Terraform token.
   * @default - none: propagate routes yourself
   */
  readonly routeTableIds?: string[];
  /**
   * The virtual private gateway already attached to the VPC: every link of the hub terminates on it, and the hub
   * creates none. Its ASN and attachment are read and checked at plan; the inside /30s of its tunnels are never
   * handed out again, and its routes count towards the VPN route budget.
   * @default - the hub creates a virtual private gateway (unless `transitGatewayId` is given)
   */
  readonly existingVpnGateway?: AwsExistingVpnGateway;
  /**
   * An existing Direct Connect gateway: every Direct Connect link of the hub attaches to it, and none creates a
   * gateway. Its name, id and ASN are read and checked at plan.
   * @default - each Direct Connect link creates its own gateway
   */
  readonly existingDirectConnectGateway?: AwsExistingDirectConnectGateway;
  /**
   * The VLANs already in use on existing Direct Connect connections: a new virtual interface on one of them with one
   * of these VLANs fails at synth.
   * @default - none
   */
  readonly directConnectVlansInUse?: ExistingVlans[];
  /** The `aws` provider to use. @default - the stack's default aws provider */
  readonly provider?: TerraformProvider;
  /** Tags for every resource the hub creates. Accepts a Terraform token. @default - none */
  readonly tags?: { [key: string]: string };
  /** A prefix for the names of the resources the hub creates. @default - the construct id */
  readonly namePrefix?: string;
}

/**
 * The AWS side that patterns attach to: an existing VPC with either a virtual private gateway the hub creates or
 * an existing transit gateway. Brownfield: a VPC that already runs a virtual private gateway or a Direct Connect
 * gateway declares it (`existingVpnGateway`, `existingDirectConnectGateway`) and the links use it.
 */
export class AwsHub extends Construct implements IHub {
  /** The virtual private gateway, when the hub creates it (not with a transit gateway or an existing gateway). */
  public readonly vpnGateway?: VpnGateway;
  /** The route propagations to `routeTableIds`. */
  public readonly routePropagations: VpnGatewayRoutePropagation[];
  /** The Amazon-side ASN of the gateway the sessions terminate on (VGW or TGW). */
  public readonly amazonSideAsn: number;
  /** The VPC CIDRs. */
  public readonly vpcCidrs: string[];
  /** The prefix used in resource names. */
  public readonly namePrefix: string;
  /** The cloud: AWS. */
  public readonly cloud: Cloud = Cloud.AWS;
  /** The VPC CIDRs (the hub's ranges). */
  public readonly ranges: string[];
  /** The property holding `ranges`. */
  public readonly rangesProperty: string = 'vpcCidrs';
  /** The property holding what AWS advertises (the VPC CIDRs). */
  public readonly advertisedProperty: string = 'vpcCidrs';
  /** The VPC. */
  public readonly vpcId: string;
  /** The AWS region. @default - unknown at synth */
  public readonly region?: string;
  /** The `aws` provider. @default - the stack's default aws provider */
  public readonly provider?: TerraformProvider;
  /** Tags for every resource the hub and its links create. @default - none */
  public readonly tags?: { [key: string]: string };
  /** The existing transit gateway sessions terminate on. @default - none: the hub's virtual private gateway */
  public readonly transitGatewayId?: string;
  /** The existing virtual private gateway as read at plan, with the declared facts as postconditions. @default - none */
  public readonly vpnGatewayState?: DataAwsVpnGateway;
  /** The existing transit gateway as read at plan, its ASN checked. @default - none */
  public readonly transitGatewayState?: DataAwsEc2TransitGateway;
  /** The BGP ASNs of the existing virtual private gateway's customer gateways, as declared (none otherwise). */
  public readonly peerAsnsInUse: number[];
  /** The routes the existing virtual private gateway already learns from VPN peers, as declared (0 otherwise). */
  public readonly routesInUse: number;
  private readonly existingVgw?: AwsExistingVpnGateway;
  private readonly existingDx?: AwsExistingDirectConnectGateway;
  private dxState?: DataAwsDxGateway;
  private dxAssociation?: DxGatewayAssociation;

  constructor(scope: Construct, id: string, props: AwsHubProps) {
    guardArgs('AwsHub', [scope, id, props]);
    super(scope, id);
    const endSkip = skipCreationStacks();
    try {
      this.vpcCidrs = props.vpcCidrs;
      this.ranges = props.vpcCidrs;
      this.vpcId = props.vpcId;
      this.region = props.region;
      this.provider = props.provider;
      this.tags = props.tags;
      this.transitGatewayId = props.transitGatewayId;
      this.namePrefix = props.namePrefix ?? id;
      const vgw = props.existingVpnGateway;
      this.existingVgw = vgw;
      this.existingDx = props.existingDirectConnectGateway;
      this.peerAsnsInUse = vgw?.peerAsnsInUse ?? [];
      this.routesInUse = vgw?.routesInUse ?? 0;
      this.amazonSideAsn = (props.transitGatewayId ? props.transitGatewayAsn : vgw?.amazonSideAsn ?? props.amazonSideAsn) ?? WellKnownAsn.AWS_DEFAULT;

      checked(this, () => {
        if (props.region !== undefined && !isUnresolved(props.region) && !props.allowUnlistedRegion) requireListed(props.region, AWS_REGIONS, 'region', 'an AWS region', 'allowUnlistedRegion');
        if (!isUnresolved(props.vpcCidrs)) {
          const cidrs = parseAll(props.vpcCidrs, 'vpcCidrs');
          if (cidrs.length === 0) fail('vpcCidrs', props.vpcCidrs, 'a VPC has at least one CIDR block', 'list the VPC\'s CIDR blocks');
          for (const w of checkAddressSpace(cidrs, props.vpcCidrs, 'vpcCidrs', AWS_VPC_CIDR_RULE)) addWarningOnce(this, w);
          checkAwsVpcAssociations(cidrs, props.vpcCidrs, 'vpcCidrs');
        }
        const asnProp = props.transitGatewayId ? 'transitGatewayAsn' : vgw ? 'existingVpnGateway.amazonSideAsn' : 'amazonSideAsn';
        if (!isUnresolved(this.amazonSideAsn)) Asn.validate(this.amazonSideAsn, Cloud.AWS, AsnRole.CLOUD_SIDE, asnProp, props.region);
        if (props.transitGatewayId === undefined && props.transitGatewayAsn !== undefined) {
          fail('transitGatewayAsn', props.transitGatewayAsn, 'transitGatewayAsn only applies with transitGatewayId', 'set transitGatewayId too, or use amazonSideAsn for the virtual private gateway');
        }
      });
      this.checkExisting(props);

      if (!props.transitGatewayId && !vgw) {
        const { VpnGateway } = providerModule(this, 'aws/vpn-gateway');
        this.vpnGateway = new VpnGateway(this, 'VpnGateway', {
          vpcId: props.vpcId,
          amazonSideAsn: String(this.amazonSideAsn),
          tags: { Name: `${this.namePrefix}-vgw`, ...props.tags },
          provider: props.provider,
        });
      }
      if (vgw) this.vpnGatewayState = this.readVpnGateway(vgw, props);
      if (props.transitGatewayId) this.transitGatewayState = this.readTransitGateway(props.transitGatewayId, this.amazonSideAsn);
      // loaded only when there is a route table to propagate to
      const propagation = (): typeof VpnGatewayRoutePropagation => providerModule(this, 'aws/vpn-gateway-route-propagation').VpnGatewayRoutePropagation;
      this.routePropagations = !props.transitGatewayId
        ? (props.routeTableIds ?? []).map((rt, i) => new (propagation())(this, `RoutePropagation${i}`, {
          routeTableId: rt,
          vpnGatewayId: this.gatewayId,
          provider: props.provider,
        }))
        : [];

      AppContext.of(this).addHub({
        id: this.node.path,
        stack: stackName(this),
        cloud: Cloud.AWS,
        name: props.namePrefix ?? id,
        region: props.region,
        ranges: known(props.vpcCidrs),
      });
      ConnectivityReport.attach(this);
    } finally {
      endSkip();
    }
  }

  /** What AWS advertises for this hub: the VPC CIDRs known at synth. */
  public get advertisedPrefixes(): string[] {
    return known(this.vpcCidrs);
  }

  /** True when sessions terminate on a transit gateway. */
  public get usesTransitGateway(): boolean {
    return this.transitGatewayId !== undefined;
  }

  /** The id of the gateway sessions terminate on: the transit gateway or the virtual private gateway (created or existing). */
  public get gatewayId(): string {
    return this.transitGatewayId ?? this.existingVgw?.id ?? this.vpnGateway!.id;
  }

  /** True when the links terminate on an existing virtual private gateway (`existingVpnGateway`). */
  public get usesExistingVpnGateway(): boolean {
    return this.existingVgw !== undefined;
  }

  /** The existing Direct Connect gateway the links attach to, as declared. @default - none: each link creates one */
  public get existingDirectConnectGateway(): AwsExistingDirectConnectGateway | undefined {
    return this.existingDx;
  }

  /**
   * The id of the existing Direct Connect gateway, read and checked at plan on first use (child
   * `DirectConnectGateway/State`) and associated with the hub's gateway once (`DirectConnectGateway/Association`)
   * unless it is declared associated. Undefined without an existing Direct Connect gateway.
   *
   * @internal
   */
  public _existingDirectConnectGatewayId(): string | undefined {
    const dx = this.existingDx;
    if (!dx) return undefined;
    if (!this.dxState) {
      const scope = new Construct(this, 'DirectConnectGateway');
      const { DataAwsDxGateway } = providerModule(this, 'aws/data-aws-dx-gateway');
      const p = 'existingDirectConnectGateway';
      this.dxState = new DataAwsDxGateway(scope, 'State', {
        name: dx.name,
        provider: this.provider,
        lifecycle: declaredFacts('Direct Connect gateway', dx.name, [
          { condition: `self.id == ${tfValue(dx.id)}`, attribute: 'id', actual: 'self.id', property: `${p}.id`, declared: dx.id },
          { condition: `self.amazon_side_asn == "${dx.amazonSideAsn}"`, attribute: 'amazon_side_asn', actual: 'self.amazon_side_asn', property: `${p}.amazonSideAsn`, declared: `${dx.amazonSideAsn}` },
        ]),
      });
      if (!dx.associated) {
        const { DxGatewayAssociation } = providerModule(this, 'aws/dx-gateway-association');
        this.dxAssociation = new DxGatewayAssociation(scope, 'Association', {
          dxGatewayId: dx.id,
          associatedGatewayId: this.gatewayId,
          allowedPrefixes: this.vpcCidrs,
          dependsOn: [this.dxState],
          provider: this.provider,
        });
      }
    }
    return dx.id;
  }

  /** The association the hub created between the existing Direct Connect gateway and its gateway, once a link asked for it. @default - none */
  public get directConnectGatewayAssociation(): DxGatewayAssociation | undefined {
    return this.dxAssociation;
  }

  /** Check what can be checked at synth of the declared existing gateways, and reserve what they already use. */
  private checkExisting(props: AwsHubProps): void {
    const vgw = props.existingVpnGateway;
    const dx = props.existingDirectConnectGateway;
    checked(this, () => {
      if (vgw) {
        if (props.transitGatewayId !== undefined) fail('existingVpnGateway', vgw.id, 'the hub\'s links terminate on the transit gateway (transitGatewayId) or on a virtual private gateway, not both', 'leave out existingVpnGateway or transitGatewayId');
        if (props.amazonSideAsn !== undefined && props.amazonSideAsn !== vgw.amazonSideAsn) fail('amazonSideAsn', props.amazonSideAsn, `amazonSideAsn is the ASN of the gateway the hub creates; the existing gateway runs ${vgw.amazonSideAsn} (existingVpnGateway.amazonSideAsn)`, 'leave amazonSideAsn out');
        checkId(vgw.id, VGW_ID, 'existingVpnGateway.id', 'a virtual private gateway', 'vgw-0123456789abcdef0 (aws ec2 describe-vpn-gateways)');
        (vgw.peerAsnsInUse ?? []).forEach((asn, i) => Asn.validate(asn, Cloud.AWS, AsnRole.PEER, `existingVpnGateway.peerAsnsInUse[${i}]`, props.region));
        const r = vgw.routesInUse;
        if (r !== undefined && !isUnresolved(r) && (!Number.isInteger(r) || r < 0)) fail('existingVpnGateway.routesInUse', r, 'a count of routes is a whole number, 0 or more', 'count the routes the gateway learns from its VPN peers (the VPC route table\'s propagated routes)');
      }
      if (dx) {
        checkId(dx.id, DXGW_ID, 'existingDirectConnectGateway.id', 'a Direct Connect gateway', '5f294f92-bafb-4011-916d-9b0bEXAMPLE in lower-case hex (aws directconnect describe-direct-connect-gateways)');
        if (!isUnresolved(dx.name) && !/^[\w .-]{1,100}$/.test(dx.name)) fail('existingDirectConnectGateway.name', dx.name, 'not a Direct Connect gateway name', 'give the gateway\'s name as AWS shows it');
        Asn.validate(dx.amazonSideAsn, Cloud.AWS, AsnRole.CLOUD_SIDE, 'existingDirectConnectGateway.amazonSideAsn', props.region);
        if (!isUnresolved(this.amazonSideAsn) && dx.amazonSideAsn === this.amazonSideAsn) {
          fail('existingDirectConnectGateway.amazonSideAsn', dx.amazonSideAsn, `the Direct Connect gateway and the hub's ${props.transitGatewayId ? 'transit' : 'virtual private'} gateway would share ASN ${dx.amazonSideAsn}; AWS requires different ASNs for a Direct Connect gateway and an associated transit gateway (docs.aws.amazon.com/directconnect/latest/UserGuide/create-hosted-transit-vif.html)`, 'check the declared ASNs (aws directconnect describe-direct-connect-gateways)');
        }
      }
    });
    reserveInUse(this, 'existing-vpn-gateway', vgw?.tunnelInsideCidrsInUse, [PeeringKind.AWS_TUNNEL], 'existingVpnGateway.tunnelInsideCidrsInUse', 'the existing virtual private gateway');
    reserveInUse(this, 'existing-dx-gateway', dx?.peeringCidrsInUse, [PeeringKind.AWS_DX], 'existingDirectConnectGateway.peeringCidrsInUse', 'the existing Direct Connect gateway');
    claimVlansInUse(this, 'aws-dx', props.directConnectVlansInUse, 'directConnectVlansInUse');
    if (vgw || dx) {
      const what = [vgw ? 'virtual private gateway' : '', dx ? 'Direct Connect gateway' : ''].filter((x) => x).join(' and ');
      addWarningOnce(this, `the hub uses the existing ${what}: read, never changed, and the plan fails while one differs from the declaration.`);
    }
  }

  /** The existing virtual private gateway read at plan: its ASN and its attachment to the hub's VPC checked. */
  private readVpnGateway(vgw: AwsExistingVpnGateway, props: AwsHubProps): DataAwsVpnGateway {
    const { DataAwsVpnGateway } = providerModule(this, 'aws/data-aws-vpn-gateway');
    const p = 'existingVpnGateway';
    // attributes: terraform-provider-aws internal/service/ec2/vpnsite_gateway_data_source.go (amazon_side_asn as a
    // decimal string, attached_vpc_id = the VPC of the attachment in state "attached")
    return new DataAwsVpnGateway(this, 'ExistingVpnGateway', {
      id: vgw.id,
      provider: props.provider,
      lifecycle: declaredFacts('virtual private gateway', vgw.id, [
        { condition: `self.amazon_side_asn == "${vgw.amazonSideAsn}"`, attribute: 'amazon_side_asn', actual: 'self.amazon_side_asn', property: `${p}.amazonSideAsn`, declared: `${vgw.amazonSideAsn}` },
        { condition: `self.attached_vpc_id == ${tfValue(props.vpcId)}`, attribute: 'attached_vpc_id', actual: 'self.attached_vpc_id == "" ? "none" : self.attached_vpc_id', property: 'vpcId', declared: isUnresolved(props.vpcId) ? 'the hub\'s VPC' : props.vpcId },
      ]),
    });
  }

  /** The existing transit gateway read at plan: its ASN checked against `transitGatewayAsn`. */
  private readTransitGateway(id: string, asn: number): DataAwsEc2TransitGateway {
    const { DataAwsEc2TransitGateway } = providerModule(this, 'aws/data-aws-ec2-transit-gateway');
    return new DataAwsEc2TransitGateway(this, 'TransitGatewayState', {
      id,
      provider: this.provider,
      lifecycle: declaredFacts('transit gateway', id, [
        { condition: `self.amazon_side_asn == ${asn}`, attribute: 'amazon_side_asn', actual: 'self.amazon_side_asn', property: 'transitGatewayAsn', declared: `${asn}` },
      ]),
    });
  }
}
