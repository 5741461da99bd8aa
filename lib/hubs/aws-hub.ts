import { VpnGateway } from '@cdktf/provider-aws/lib/vpn-gateway';
import { VpnGatewayRoutePropagation } from '@cdktf/provider-aws/lib/vpn-gateway-route-propagation';
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { AppContext, checked, isUnresolved, known, stackName } from '../core/context';
import { Asn, AsnRole, WellKnownAsn } from '../plan/asn';
import { parseAll } from '../plan/cidr';
import { Cloud } from '../plan/clouds';
import { fail } from '../plan/errors';
import { ConnectivityReport } from '../report/connectivity-report';

/** Props of an `AwsHub`. */
export interface AwsHubProps {
  /** The existing VPC. */
  readonly vpcId: string;
  /** The VPC's CIDR blocks (needed for planning and for Direct Connect `allowed_prefixes`). */
  readonly vpcCidrs: string[];
  /**
   * The Amazon-side ASN of the virtual private gateway the hub creates (immutable once created). Ignored when
   * `transitGatewayId` is given.
   * @default 64512
   */
  readonly amazonSideAsn?: number;
  /** Use this existing transit gateway instead of creating a virtual private gateway. @default - a virtual private gateway is created */
  readonly transitGatewayId?: string;
  /** The transit gateway's Amazon-side ASN (needed for planning when `transitGatewayId` is set). @default 64512 */
  readonly transitGatewayAsn?: number;
  /** The AWS region (for region-specific ASN rules and the report). @default - unknown at synth */
  readonly region?: string;
  /**
   * Route tables of the VPC that should learn the routes of the other clouds (route propagation from the virtual
   * private gateway). @default - none: propagate routes yourself
   */
  readonly routeTableIds?: string[];
  /** The `aws` provider to use. @default - the stack's default aws provider */
  readonly provider?: TerraformProvider;
  /** Tags for every resource the hub creates. @default - none */
  readonly tags?: { [key: string]: string };
  /** A prefix for the names of the resources the hub creates. @default - the construct id */
  readonly namePrefix?: string;
}

/**
 * The AWS side that patterns attach to: an existing VPC with either a virtual private gateway the hub creates or
 * an existing transit gateway.
 */
export class AwsHub extends Construct {
  /** The virtual private gateway, unless the hub uses a transit gateway. */
  public readonly vpnGateway?: VpnGateway;
  /** The route propagations to `routeTableIds`. */
  public readonly routePropagations: VpnGatewayRoutePropagation[];
  /** The Amazon-side ASN of the gateway the sessions terminate on (VGW or TGW). */
  public readonly amazonSideAsn: number;
  /** The VPC CIDRs. */
  public readonly vpcCidrs: string[];
  /** The props the hub was created with. */
  public readonly props: AwsHubProps;
  /** The prefix used in resource names. */
  public readonly namePrefix: string;

  constructor(scope: Construct, id: string, props: AwsHubProps) {
    super(scope, id);
    this.props = props;
    this.vpcCidrs = props.vpcCidrs;
    this.namePrefix = props.namePrefix ?? id;
    this.amazonSideAsn = (props.transitGatewayId ? props.transitGatewayAsn : props.amazonSideAsn) ?? WellKnownAsn.AWS_DEFAULT;

    checked(this, () => {
      if (!isUnresolved(props.vpcCidrs)) {
        const cidrs = parseAll(props.vpcCidrs, 'vpcCidrs');
        if (cidrs.length === 0) fail('vpcCidrs', props.vpcCidrs, 'a VPC has at least one CIDR block', 'list the VPC\'s CIDR blocks');
      }
      const asnProp = props.transitGatewayId ? 'transitGatewayAsn' : 'amazonSideAsn';
      if (!isUnresolved(this.amazonSideAsn)) Asn.validate(this.amazonSideAsn, Cloud.AWS, AsnRole.CLOUD_SIDE, asnProp, props.region);
      if (props.transitGatewayId === undefined && props.transitGatewayAsn !== undefined) {
        fail('transitGatewayAsn', props.transitGatewayAsn, 'transitGatewayAsn only applies with transitGatewayId', 'set transitGatewayId too, or use amazonSideAsn for the virtual private gateway');
      }
    });

    if (!props.transitGatewayId) {
      this.vpnGateway = new VpnGateway(this, 'VpnGateway', {
        vpcId: props.vpcId,
        amazonSideAsn: String(this.amazonSideAsn),
        tags: { Name: `${this.namePrefix}-vgw`, ...props.tags },
        provider: props.provider,
      });
    }
    const vgw = this.vpnGateway;
    this.routePropagations = vgw
      ? (props.routeTableIds ?? []).map((rt, i) => new VpnGatewayRoutePropagation(this, `RoutePropagation${i}`, {
        routeTableId: rt,
        vpnGatewayId: vgw.id,
        provider: props.provider,
      }))
      : [];

    AppContext.of(this).model.addHub({
      id: this.node.path,
      stack: stackName(this),
      cloud: Cloud.AWS,
      name: props.namePrefix ?? id,
      region: props.region,
      ranges: known(props.vpcCidrs),
    });
    ConnectivityReport.attach(this);
  }

  /** True when sessions terminate on a transit gateway. */
  public get usesTransitGateway(): boolean {
    return this.props.transitGatewayId !== undefined;
  }

  /** The id of the gateway sessions terminate on: the transit gateway or the virtual private gateway. */
  public get gatewayId(): string {
    return this.props.transitGatewayId ?? this.vpnGateway!.id;
  }
}
