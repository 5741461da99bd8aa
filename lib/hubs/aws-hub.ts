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
  /** The `aws` provider to use. @default - the stack's default aws provider */
  readonly provider?: TerraformProvider;
  /** Tags for every resource the hub creates. Accepts a Terraform token. @default - none */
  readonly tags?: { [key: string]: string };
  /** A prefix for the names of the resources the hub creates. @default - the construct id */
  readonly namePrefix?: string;
}

/**
 * The AWS side that patterns attach to: an existing VPC with either a virtual private gateway the hub creates or
 * an existing transit gateway.
 */
export class AwsHub extends Construct implements IHub {
  /** The virtual private gateway, unless the hub uses a transit gateway. */
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

  constructor(scope: Construct, id: string, props: AwsHubProps) {
    guardArgs('AwsHub', [scope, id, props]);
    super(scope, id);
    this.vpcCidrs = props.vpcCidrs;
    this.ranges = props.vpcCidrs;
    this.vpcId = props.vpcId;
    this.region = props.region;
    this.provider = props.provider;
    this.tags = props.tags;
    this.transitGatewayId = props.transitGatewayId;
    this.namePrefix = props.namePrefix ?? id;
    this.amazonSideAsn = (props.transitGatewayId ? props.transitGatewayAsn : props.amazonSideAsn) ?? WellKnownAsn.AWS_DEFAULT;

    checked(this, () => {
      if (props.region !== undefined && !isUnresolved(props.region) && !props.allowUnlistedRegion) requireListed(props.region, AWS_REGIONS, 'region', 'an AWS region', 'allowUnlistedRegion');
      if (!isUnresolved(props.vpcCidrs)) {
        const cidrs = parseAll(props.vpcCidrs, 'vpcCidrs');
        if (cidrs.length === 0) fail('vpcCidrs', props.vpcCidrs, 'a VPC has at least one CIDR block', 'list the VPC\'s CIDR blocks');
        for (const w of checkAddressSpace(cidrs, props.vpcCidrs, 'vpcCidrs', AWS_VPC_CIDR_RULE)) addWarningOnce(this, w);
        checkAwsVpcAssociations(cidrs, props.vpcCidrs, 'vpcCidrs');
      }
      const asnProp = props.transitGatewayId ? 'transitGatewayAsn' : 'amazonSideAsn';
      if (!isUnresolved(this.amazonSideAsn)) Asn.validate(this.amazonSideAsn, Cloud.AWS, AsnRole.CLOUD_SIDE, asnProp, props.region);
      if (props.transitGatewayId === undefined && props.transitGatewayAsn !== undefined) {
        fail('transitGatewayAsn', props.transitGatewayAsn, 'transitGatewayAsn only applies with transitGatewayId', 'set transitGatewayId too, or use amazonSideAsn for the virtual private gateway');
      }
    });

    const { VpnGateway } = providerModule(this, 'aws/vpn-gateway');
    const { VpnGatewayRoutePropagation } = providerModule(this, 'aws/vpn-gateway-route-propagation');
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

    AppContext.of(this).addHub({
      id: this.node.path,
      stack: stackName(this),
      cloud: Cloud.AWS,
      name: props.namePrefix ?? id,
      region: props.region,
      ranges: known(props.vpcCidrs),
    });
    ConnectivityReport.attach(this);
  }

  /** What AWS advertises for this hub: the VPC CIDRs known at synth. */
  public get advertisedPrefixes(): string[] {
    return known(this.vpcCidrs);
  }

  /** True when sessions terminate on a transit gateway. */
  public get usesTransitGateway(): boolean {
    return this.transitGatewayId !== undefined;
  }

  /** The id of the gateway sessions terminate on: the transit gateway or the virtual private gateway. */
  public get gatewayId(): string {
    return this.transitGatewayId ?? this.vpnGateway!.id;
  }
}
