import type { DxGateway } from '@cdktf/provider-aws/lib/dx-gateway';
import type { DxGatewayAssociation } from '@cdktf/provider-aws/lib/dx-gateway-association';
import type { DxHostedPrivateVirtualInterfaceAccepter } from '@cdktf/provider-aws/lib/dx-hosted-private-virtual-interface-accepter';
import type { DxHostedTransitVirtualInterfaceAccepter } from '@cdktf/provider-aws/lib/dx-hosted-transit-virtual-interface-accepter';
import type { DxPrivateVirtualInterface } from '@cdktf/provider-aws/lib/dx-private-virtual-interface';
import type { DxTransitVirtualInterface } from '@cdktf/provider-aws/lib/dx-transit-virtual-interface';
import type { Password } from '@cdktf/provider-random/lib/password';
import { Lazy, TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { claimPeering, claimVlan } from '../core/claims';
import { checked, isUnresolved } from '../core/context';
import { AwsHub } from '../hubs/aws-hub';
import { Asn, AsnRole } from '../plan/addressing/asn';
import { Cloud } from '../plan/facts/clouds';
import { fail } from '../plan/errors';
import { ProviderRules } from '../plan/facts/provider-rules';
import { SessionType } from '../plan/facts/limits';
import { PeeringAllocation, PeeringKind } from '../plan/addressing/peering';
import { generateMd5Key, hubRanges, md5KeyOutput, propName, requireSecretToken } from './link-util';
import { nameSlug } from '../plan/documents/text';
import { guardArgs } from '../core/guard-props';
import { providerModule } from '../core/providers-load';
import { skipCreationStacks } from '../core/creation-stacks';

/** The default Amazon-side ASN of the Direct Connect gateway: one above the VGW/TGW default 64512, so they differ. */
export const DEFAULT_DX_GATEWAY_ASN = 64513;

/** The Direct Connect gateway's ASN: private, and distinct from the hub's gateway's. */
function validateGatewayAsn(gwAsn: number, hub: AwsHub, property: string): void {
  if (isUnresolved(gwAsn)) return;
  const transit = hub.usesTransitGateway;
  Asn.validate(gwAsn, Cloud.AWS, AsnRole.CLOUD_SIDE, property, hub.region);
  if (!isUnresolved(hub.amazonSideAsn) && gwAsn === hub.amazonSideAsn) {
    fail(property, gwAsn, `the Direct Connect gateway would share ASN ${gwAsn} with the hub's ${transit ? 'transit' : 'virtual private'} gateway; AWS requires different ASNs for a Direct Connect gateway and an associated transit gateway (docs.aws.amazon.com/directconnect/latest/UserGuide/create-hosted-transit-vif.html), and distinct ASNs keep AS paths unambiguous for a virtual private gateway too`, `choose another private ASN, e.g. ${gwAsn === DEFAULT_DX_GATEWAY_ASN ? DEFAULT_DX_GATEWAY_ASN + 1 : DEFAULT_DX_GATEWAY_ASN}`);
  }
}

/** The Direct Connect gateway a link attaches to: its own (`Gateway`, `Association`) or the hub's existing one. */
interface DxGatewayUse {
  readonly gateway?: DxGateway;
  readonly association?: DxGatewayAssociation;
  readonly id: string;
}

/**
 * The Direct Connect gateway (`Gateway`) and its association with the hub's VGW or TGW (`Association`), or, when
 * the hub declares an existing Direct Connect gateway, that one (associated by the hub): nothing created here.
 */
function gatewayAndAssociation(scope: Construct, hub: AwsHub, name: string, asn: number, allowedPrefixes: string[] | undefined, p: (n: string) => string): DxGatewayUse {
  const existing = hub._existingDirectConnectGatewayId();
  if (existing !== undefined) {
    checked(scope, () => {
      if (allowedPrefixes !== undefined) fail(p('allowedPrefixes'), allowedPrefixes, 'the hub\'s existing Direct Connect gateway has one association with the hub\'s gateway, which the hub makes (allowed prefixes = the VPC CIDRs) or which exists already', `leave ${p('allowedPrefixes')} out`);
    });
    return { id: existing };
  }
  const { DxGateway } = providerModule(scope, 'aws/dx-gateway');
  const { DxGatewayAssociation } = providerModule(scope, 'aws/dx-gateway-association');
  const gateway = new DxGateway(scope, 'Gateway', {
    name: `${name}-dxgw`,
    amazonSideAsn: String(asn),
    provider: hub.provider,
  });
  const association = new DxGatewayAssociation(scope, 'Association', {
    dxGatewayId: gateway.id,
    associatedGatewayId: hub.gatewayId,
    allowedPrefixes: allowedPrefixes ?? hub.vpcCidrs,
    provider: hub.provider,
  });
  return { gateway, association, id: gateway.id };
}

/**
 * The Direct Connect gateway ASN a link gets: the one it asks for, else the hub's existing gateway's, else 64513.
 * With an existing gateway, a link may only ask for the ASN it runs.
 */
function gatewayAsnFor(scope: Construct, hub: AwsHub, asked: number | undefined, property: string): number {
  const existing = hub.existingDirectConnectGateway;
  if (existing && asked !== undefined && !isUnresolved(asked) && asked !== existing.amazonSideAsn) {
    checked(scope, () => fail(property, asked, `the hub's existing Direct Connect gateway runs ASN ${existing.amazonSideAsn} (existingDirectConnectGateway.amazonSideAsn)`, `leave ${property} out, or set it to ${existing.amazonSideAsn}`));
  }
  return asked ?? existing?.amazonSideAsn ?? DEFAULT_DX_GATEWAY_ASN;
}

/** Props of an `AwsDirectConnectLink`. */
export interface AwsDirectConnectLinkProps {
  /** The AWS hub: the gateway association goes to its virtual private gateway or transit gateway. */
  readonly hub: AwsHub;
  /** The Direct Connect dedicated connection or hosted connection (in this account) the virtual interface is on. Accepts a Terraform token. */
  readonly connectionId: string;
  /** The VLAN of the virtual interface (on a hosted connection: the one the partner assigned). Accepts a Terraform token. */
  readonly vlan: number;
  /** The customer router's ASN (`bgp_asn`). Accepts a Terraform token. */
  readonly customerAsn: number;
  /**
   * The BGP peering subnet (a /30 or /31): the customer router takes the first usable address, Amazon the second.
   * @default - allocated from `peeringRange`
   */
  readonly peeringCidr?: string;
  /** The private range the peering subnet is drawn from when `peeringCidr` is absent. @default - none: `peeringCidr` is required */
  readonly peeringRange?: string[];
  /** Network ranges the peering subnet must not overlap. @default - the ranges of every hub created so far in the app */
  readonly peeringAvoidRanges?: string[];
  /** The peering subnet's allocation key (it decides the allocated subnet). @default - `<construct path>/peering` */
  readonly peeringKey?: string;
  /**
   * The Amazon-side ASN of the Direct Connect gateway: must differ from the hub's gateway ASN.
   * @default 64513
   */
  readonly directConnectGatewayAsn?: number;
  /**
   * The BGP MD5 key: a token of a sensitive variable or a generated password, never a literal.
   * Accepts a Terraform token.
   * @default - generated (`random_password`) when `generateMd5Key` is true, else AWS generates one
   */
  readonly md5Key?: string;
  /** Generate the MD5 key with `random_password` when `md5Key` is absent. @default false */
  readonly generateMd5Key?: boolean;
  /**
   * The prefixes AWS advertises to the customer router (`allowed_prefixes` of the gateway association).
   * @default - the hub's VPC CIDRs
   */
  readonly allowedPrefixes?: string[];
  /** The virtual interface's MTU: 1500, or 9001 (private VIF) / 8500 (transit VIF) for jumbo frames. @default 1500 */
  readonly mtu?: number;
  /** The name of the gateway and the virtual interface. @default - `<hub name prefix>-<construct id>` */
  readonly name?: string;
  /** The prefix of the property names in error messages, e.g. `aws` gives `awsVlan`. @default - none */
  readonly propertyPrefix?: string;
}

/**
 * The AWS side of a private Direct Connect link: a Direct Connect gateway (its own Amazon-side ASN), the gateway's
 * association with the hub's virtual private gateway or transit gateway (allowed prefixes = the VPC CIDRs), and a
 * private virtual interface (transit virtual interface for a transit gateway) on the given connection with the VLAN,
 * the BGP addresses and the MD5 key. Children: `Gateway`, `Association`, `VirtualInterface`, and `Md5Key` /
 * `Md5KeyOutput`.
 */
export class AwsDirectConnectLink extends Construct {
  /**
   * The customer ASN of a Direct Connect virtual interface as the pinned aws provider (6.25) can send it: at most
   * 2,147,483,647 (the provider converts `bgp_asn` to an int32; a larger ASN overflows and AWS refuses it).
   *
   * @param asn the customer router's ASN
   * @param property the user's property, for the error
   */
  public static validateVifAsn(asn: number, property: string): void {
    if (isUnresolved(asn)) return;
    ProviderRules.enforce('aws_dx_private_virtual_interface', 'bgp_asn', asn, property,
      'give the customer router a 2-byte ASN (64512-65534) or a 4-byte ASN up to 2147483646 (the Direct Connect API maximum) for the Direct Connect session');
  }

  /** The Direct Connect gateway, when the link creates it. @default - none with the hub's existing Direct Connect gateway */
  public readonly gateway?: DxGateway;
  /** The association of the gateway with the hub's VGW or TGW, when the link creates it. @default - none with the hub's existing Direct Connect gateway */
  public readonly association?: DxGatewayAssociation;
  /** The id of the Direct Connect gateway the virtual interface attaches to (created or the hub's existing one). */
  public readonly directConnectGatewayId: string;
  /** The private virtual interface (when the hub uses a virtual private gateway). */
  public readonly privateVirtualInterface?: DxPrivateVirtualInterface;
  /** The transit virtual interface (when the hub uses a transit gateway). */
  public readonly transitVirtualInterface?: DxTransitVirtualInterface;
  /** The generated MD5 key, if one was generated. */
  public readonly generatedMd5Key?: Password;
  /** The sensitive output carrying the MD5 key. */
  public readonly md5KeyOutput: TerraformOutput;
  /** The Direct Connect gateway's Amazon-side ASN (the customer router's peer ASN). */
  public readonly directConnectGatewayAsn: number;
  /** The limit type of what AWS accepts from the customer on this session (100 prefixes). */
  public readonly sessionType: SessionType;
  /** The VLAN. */
  public readonly vlan: number;
  /** The peering subnet. */
  public readonly peering: PeeringAllocation;

  constructor(scope: Construct, id: string, props: AwsDirectConnectLinkProps) {
    guardArgs('AwsDirectConnectLink', [scope, id, props]);
    super(scope, id);
    const endSkip = skipCreationStacks();
    try {
      const hub = props.hub;
      const p = (n: string) => propName(props.propertyPrefix, n);
      const transit = hub.usesTransitGateway;
      this.directConnectGatewayAsn = gatewayAsnFor(this, hub, props.directConnectGatewayAsn, p('directConnectGatewayAsn'));
      this.sessionType = transit ? SessionType.AWS_DX_TRANSIT_VIF : SessionType.AWS_DX_PRIVATE_VIF;
      this.vlan = props.vlan;

      checked(this, () => {
        const gwAsn = this.directConnectGatewayAsn;
        validateGatewayAsn(gwAsn, hub, p('directConnectGatewayAsn'));
        if (!isUnresolved(props.customerAsn)) {
          Asn.validate(props.customerAsn, Cloud.AWS, AsnRole.PEER, p('customerAsn'), hub.region);
          AwsDirectConnectLink.validateVifAsn(props.customerAsn, p('customerAsn'));
          if (!isUnresolved(gwAsn)) Asn.validateDistinct(gwAsn, props.customerAsn, p('customerAsn'), 'the customer router and the Direct Connect gateway');
        }
        requireSecretToken(props.md5Key, p('md5Key'));
        if (props.mtu !== undefined && !isUnresolved(props.mtu)) {
          const jumbo = transit ? 8500 : 9001;
          if (props.mtu !== 1500 && props.mtu !== jumbo) {
            fail(p('mtu'), props.mtu, `a ${transit ? 'transit' : 'private'} virtual interface has an MTU of 1500 or ${jumbo} (Direct Connect jumbo frames)`, `use 1500 or ${jumbo}`);
          }
        }
      });

      if (!isUnresolved(props.connectionId)) claimVlan(this, { domain: `aws-dx:${props.connectionId}`, vlan: props.vlan, owner: this.node.path, property: p('vlan') });
      this.peering = claimPeering(this, {
        key: props.peeringKey ?? `${this.node.path}/peering`,
        explicit: props.peeringCidr,
        kinds: [PeeringKind.AWS_DX],
        property: p('peeringCidr'),
        block: props.peeringRange,
        requireBlock: true,
        avoid: props.peeringAvoidRanges ?? hubRanges(this),
        what: `the Direct Connect session of ${this.node.path}`,
      });

      const name = props.name ?? nameSlug(`${hub.namePrefix}-${id}`, 'a-z0-9-', 90); // Direct Connect names: [a-z0-9-], at most 100
      const gw = gatewayAndAssociation(this, hub, name, this.directConnectGatewayAsn, props.allowedPrefixes, p);
      this.gateway = gw.gateway;
      this.association = gw.association;
      this.directConnectGatewayId = gw.id;

      if (props.md5Key === undefined && props.generateMd5Key) {
        this.generatedMd5Key = generateMd5Key(this);
      }
      const key = props.md5Key ?? this.generatedMd5Key?.result;
      const peering = this.peering;
      const vif = {
        name: `${name}-vif`,
        connectionId: props.connectionId,
        vlan: props.vlan,
        addressFamily: 'ipv4',
        bgpAsn: props.customerAsn,
        customerAddress: Lazy.stringValue({ produce: () => peering.cidr.withLength(peering.first) }),
        amazonAddress: Lazy.stringValue({ produce: () => peering.cidr.withLength(peering.second) }),
        bgpAuthKey: key,
        dxGatewayId: this.directConnectGatewayId,
        mtu: props.mtu ?? 1500,
        tags: { Name: `${name}-vif`, ...hub.tags },
        provider: hub.provider,
      };
      const { DxTransitVirtualInterface } = providerModule(this, 'aws/dx-transit-virtual-interface');
      const { DxPrivateVirtualInterface } = providerModule(this, 'aws/dx-private-virtual-interface');
      if (transit) {
        this.transitVirtualInterface = new DxTransitVirtualInterface(this, 'VirtualInterface', vif);
      } else {
        this.privateVirtualInterface = new DxPrivateVirtualInterface(this, 'VirtualInterface', vif);
      }
      // Without a key of ours AWS generates one: the output then carries AWS's.
      this.md5KeyOutput = md5KeyOutput(this, key ?? this.virtualInterfaceBgpAuthKey, `BGP MD5 key of the Direct Connect session ${name}-vif`);
    } finally {
      endSkip();
    }
  }

  /** The virtual interface's id. */
  public get virtualInterfaceId(): string {
    return (this.privateVirtualInterface ?? this.transitVirtualInterface)!.id;
  }

  /** The virtual interface's BGP MD5 key as AWS holds it (a token). */
  public get virtualInterfaceBgpAuthKey(): string {
    return (this.privateVirtualInterface ?? this.transitVirtualInterface)!.bgpAuthKey;
  }
}

/** Props of an `AwsHostedVirtualInterfaceAccepterLink`. */
export interface AwsHostedVirtualInterfaceAccepterLinkProps {
  /** The AWS hub: the Direct Connect gateway is associated with its virtual private gateway or transit gateway. */
  readonly hub: AwsHub;
  /**
   * The hosted virtual interface the provider created in this account (`dxvif-...`): a private one when the hub
   * uses a virtual private gateway, a transit one when it uses a transit gateway. Absent in the first apply of a
   * staged deploy (`DeployStage.HANDOFF`): the gateway and its association are created, the accepter waits.
   * Accepts a Terraform token.
   * @default - no accepter yet
   */
  readonly virtualInterfaceId?: string;
  /**
   * The Amazon-side ASN of the Direct Connect gateway (the provider's BGP peer ASN): must differ from the hub's
   * gateway ASN.
   * @default 64513
   */
  readonly directConnectGatewayAsn?: number;
  /**
   * The prefixes AWS advertises to the provider (`allowed_prefixes` of the gateway association).
   * @default - the hub's VPC CIDRs
   */
  readonly allowedPrefixes?: string[];
  /** The name of the gateway and the tag of the accepter. @default - `<hub name prefix>-<construct id>` */
  readonly name?: string;
  /** The prefix of the property names in error messages, e.g. `aws` gives `awsVirtualInterfaceId`. @default - none */
  readonly propertyPrefix?: string;
}

/**
 * The AWS side of a link through a provider that owns the Direct Connect connection and runs BGP itself (a Layer 3
 * provider): the provider creates a hosted virtual interface in this account, this construct accepts it onto a
 * Direct Connect gateway (its own Amazon-side ASN) associated with the hub's virtual private or transit gateway
 * (allowed prefixes = the VPC CIDRs). `aws_dx_hosted_private_virtual_interface_accepter` for a virtual private
 * gateway, `aws_dx_hosted_transit_virtual_interface_accepter` for a transit gateway. The VLAN, the BGP addresses,
 * the MD5 key and the customer-side ASN are the provider's. Children: `Gateway`, `Association`, `Accepter`.
 */
export class AwsHostedVirtualInterfaceAccepterLink extends Construct {
  /** The Direct Connect gateway, when the link creates it. @default - none with the hub's existing Direct Connect gateway */
  public readonly gateway?: DxGateway;
  /** The association of the gateway with the hub's VGW or TGW, when the link creates it. @default - none with the hub's existing Direct Connect gateway */
  public readonly association?: DxGatewayAssociation;
  /** The id of the Direct Connect gateway the accepter attaches to (created or the hub's existing one). */
  public readonly directConnectGatewayId: string;
  /** The accepter of a hosted private virtual interface (when the hub uses a virtual private gateway). */
  public readonly privateAccepter?: DxHostedPrivateVirtualInterfaceAccepter;
  /** The accepter of a hosted transit virtual interface (when the hub uses a transit gateway). */
  public readonly transitAccepter?: DxHostedTransitVirtualInterfaceAccepter;
  /** The Direct Connect gateway's Amazon-side ASN (the provider's peer ASN). */
  public readonly directConnectGatewayAsn: number;
  /** The limit type of what AWS accepts from the provider on the session (100 prefixes). */
  public readonly sessionType: SessionType;
  /** The hosted virtual interface's id (absent until the provider has created it). */
  public readonly virtualInterfaceId?: string;

  constructor(scope: Construct, id: string, props: AwsHostedVirtualInterfaceAccepterLinkProps) {
    guardArgs('AwsHostedVirtualInterfaceAccepterLink', [scope, id, props]);
    super(scope, id);
    const endSkip = skipCreationStacks();
    try {
      const hub = props.hub;
      const p = (n: string) => propName(props.propertyPrefix, n);
      const transit = hub.usesTransitGateway;
      this.directConnectGatewayAsn = gatewayAsnFor(this, hub, props.directConnectGatewayAsn, p('directConnectGatewayAsn'));
      this.sessionType = transit ? SessionType.AWS_DX_TRANSIT_VIF : SessionType.AWS_DX_PRIVATE_VIF;
      this.virtualInterfaceId = props.virtualInterfaceId;

      checked(this, () => {
        validateGatewayAsn(this.directConnectGatewayAsn, hub, p('directConnectGatewayAsn'));
        const vif = props.virtualInterfaceId;
        if (vif !== undefined && !isUnresolved(vif) && !/^dxvif-[a-z0-9]+$/.test(vif)) {
          fail(p('virtualInterfaceId'), vif, 'a Direct Connect virtual interface id is "dxvif-" followed by lower-case letters and digits (the id the provider gives you after creating the hosted virtual interface)', 'use the id the provider gives you, e.g. "dxvif-ffabc123", or a variable for it');
        }
      });

      const name = props.name ?? nameSlug(`${hub.namePrefix}-${id}`, 'a-z0-9-', 90); // Direct Connect names: [a-z0-9-], at most 100
      const gw = gatewayAndAssociation(this, hub, name, this.directConnectGatewayAsn, props.allowedPrefixes, p);
      this.gateway = gw.gateway;
      this.association = gw.association;
      this.directConnectGatewayId = gw.id;
      if (props.virtualInterfaceId === undefined) return;
      const accepter = {
        virtualInterfaceId: props.virtualInterfaceId,
        dxGatewayId: this.directConnectGatewayId,
        tags: { Name: `${name}-vif`, ...hub.tags },
        dependsOn: [this.association ?? hub.directConnectGatewayAssociation].filter((d): d is DxGatewayAssociation => d !== undefined),
        provider: hub.provider,
      };
      const { DxHostedTransitVirtualInterfaceAccepter } = providerModule(this, 'aws/dx-hosted-transit-virtual-interface-accepter');
      const { DxHostedPrivateVirtualInterfaceAccepter } = providerModule(this, 'aws/dx-hosted-private-virtual-interface-accepter');
      if (transit) {
        this.transitAccepter = new DxHostedTransitVirtualInterfaceAccepter(this, 'Accepter', accepter);
      } else {
        this.privateAccepter = new DxHostedPrivateVirtualInterfaceAccepter(this, 'Accepter', accepter);
      }
    } finally {
      endSkip();
    }
  }

  /** The accepter's id (the virtual interface id once accepted), when there is an accepter. */
  public get accepterId(): string | undefined {
    return (this.privateAccepter ?? this.transitAccepter)?.id;
  }
}
