import type { Password } from '@cdktf/provider-random/lib/password';
import { Lazy, TerraformOutput, Token } from 'cdktf';
import { Construct } from 'constructs';
import { claimPeering } from '../core/claims';
import { checked, isUnresolved } from '../core/context';
import { OciHub } from '../hubs/oci-hub';
import { Asn, AsnRole, WellKnownAsn } from '../plan/addressing/asn';
import { Cloud } from '../plan/facts/clouds';
import { fail } from '../plan/errors';
import { SessionType } from '../plan/facts/limits';
import { PeeringAllocation, PeeringKind } from '../plan/addressing/peering';
import { CoreVirtualCircuit } from '../providers/oci/core-virtual-circuit';
import { DataOciCoreFastConnectProviderServices } from '../providers/oci/data-oci-core-fast-connect-provider-services';
import { generateMd5Key, hubRanges, md5KeyOutput, propName, requireSecretToken } from './link-util';
import { guardArgs } from '../core/guard-props';
import { skipCreationStacks } from '../core/creation-stacks';

/** Whether a FastConnect provider hands over a Layer 2 circuit (BGP with the customer) or runs BGP itself. */
export enum OciProviderServiceType {
  /** Layer 2: the customer's router runs BGP with Oracle (customer-managed BGP). */
  LAYER2 = 'LAYER2',
  /** Layer 3: the provider runs BGP with Oracle. */
  LAYER3 = 'LAYER3',
}

/** FastConnect bandwidth shapes through a provider. Source: docs.oracle.com/iaas/Content/Network/Concepts/fastconnect.htm (1, 2, 5, 10 Gbps ...). */
export const OCI_FASTCONNECT_SHAPES = ['1 Gbps', '2 Gbps', '5 Gbps', '10 Gbps', '100 Gbps'];

/** Props of an `OciFastConnectLink`. */
export interface OciFastConnectLinkProps {
  /** The OCI hub: the virtual circuit terminates on its DRG. */
  readonly hub: OciHub;
  /**
   * The FastConnect provider exactly as OCI lists it (`provider_name` of `oci_core_fast_connect_provider_services`),
   * e.g. `Megaport` or `Equinix`.
   */
  readonly providerServiceName: string;
  /** The provider service type to look up. @default OciProviderServiceType.LAYER2 */
  readonly providerServiceType?: OciProviderServiceType;
  /** The bandwidth shape, e.g. `1 Gbps`. @default '1 Gbps' */
  readonly bandwidthShapeName?: string;
  /** Layer 2: the customer router's ASN (`customer_asn`). Accepts a Terraform token. @default - none (Layer 3: the provider's) */
  readonly customerAsn?: number;
  /**
   * Layer 2: the BGP peering subnet (/28 to /31): the customer router takes the first usable address, Oracle the
   * second. @default - Layer 2: allocated from `peeringRange`; Layer 3: none (the provider's)
   */
  readonly peeringCidr?: string;
  /** Layer 2: the private range the peering subnet is drawn from when `peeringCidr` is absent. @default - none: Layer 2 then needs `peeringCidr` */
  readonly peeringRange?: string[];
  /** Layer 2: network ranges the peering subnet must not overlap. @default - the ranges of every hub created so far in the app */
  readonly peeringAvoidRanges?: string[];
  /** Layer 2: the peering subnet's allocation key (it decides the allocated subnet). @default - `<construct path>/peering` */
  readonly peeringKey?: string;
  /** The BGP MD5 key, a token of a sensitive variable or a generated password. Accepts a Terraform token. @default - generated when `generateMd5Key` is true, else none */
  readonly md5Key?: string;
  /** Generate the MD5 key when `md5Key` is absent (Layer 2 only). @default false */
  readonly generateMd5Key?: boolean;
  /** Run BFD on the session (`is_bfd_enabled`). @default false */
  readonly bfd?: boolean;
  /** The provider's service key, when the provider issued one (`provider_service_key_name`). @default - none */
  readonly providerServiceKeyName?: string;
  /** The virtual circuit's display name. @default - `<hub prefix>-<construct id>-fastconnect` */
  readonly displayName?: string;
  /** The prefix of the property names in error messages, e.g. `oci` gives `ociProviderServiceName`. @default - none */
  readonly propertyPrefix?: string;
}

/**
 * The OCI side of a FastConnect link through a provider: the provider service looked up by name (and type) with
 * `oci_core_fast_connect_provider_services`, and a `PRIVATE` `oci_core_virtual_circuit` on the hub's DRG with the
 * customer's ASN and the BGP addresses (Layer 2). Children: `ProviderServices`, `VirtualCircuit`, `Md5Key` /
 * `Md5KeyOutput`.
 */
export class OciFastConnectLink extends Construct {
  /** The provider-service lookup. */
  public readonly providerServices: DataOciCoreFastConnectProviderServices;
  /** The virtual circuit. */
  public readonly virtualCircuit: CoreVirtualCircuit;
  /** The generated MD5 key, if one was generated. */
  public readonly generatedMd5Key?: Password;
  /** The sensitive output carrying the MD5 key, if the session has one. */
  public readonly md5KeyOutput?: TerraformOutput;
  /** The limit type of what OCI accepts on the session (no published figure). */
  public readonly sessionType: SessionType = SessionType.OCI_FASTCONNECT;
  /** The bandwidth shape. */
  public readonly bandwidthShapeName: string;
  /** Layer 2: the BGP peering subnet. */
  public readonly peering?: PeeringAllocation;

  constructor(scope: Construct, id: string, props: OciFastConnectLinkProps) {
    guardArgs('OciFastConnectLink', [scope, id, props]);
    super(scope, id);
    const endSkip = skipCreationStacks();
    try {
      const hub = props.hub;
      const p = (n: string) => propName(props.propertyPrefix, n);
      const type = props.providerServiceType ?? OciProviderServiceType.LAYER2;
      const layer2 = type === OciProviderServiceType.LAYER2;
      this.bandwidthShapeName = props.bandwidthShapeName ?? '1 Gbps';

      checked(this, () => {
        if (!isUnresolved(props.providerServiceName) && props.providerServiceName.trim() === '') {
          fail(p('providerServiceName'), props.providerServiceName, 'the FastConnect provider is looked up by its exact name', 'give the provider name as OCI lists it, e.g. "Megaport"');
        }
        if (!isUnresolved(this.bandwidthShapeName) && !OCI_FASTCONNECT_SHAPES.includes(this.bandwidthShapeName)) {
          fail(p('bandwidthShapeName'), this.bandwidthShapeName, `not a FastConnect bandwidth shape (${OCI_FASTCONNECT_SHAPES.join(', ')}; the provider may offer fewer)`, 'use e.g. "1 Gbps"');
        }
        if (layer2) {
          if (props.customerAsn === undefined) fail(p('customerAsn'), undefined, 'a Layer 2 FastConnect runs BGP with the customer router, whose ASN OCI needs', 'set the customer ASN');
          if (!isUnresolved(props.customerAsn)) {
            Asn.validate(props.customerAsn, Cloud.OCI, AsnRole.PEER, p('customerAsn'));
          }
          requireSecretToken(props.md5Key, p('md5Key'));
        } else if (props.md5Key !== undefined || props.peeringCidr !== undefined || props.peeringRange !== undefined) {
          fail(props.md5Key !== undefined ? p('md5Key') : p('peeringCidr'), '(not shown)', 'a Layer 3 provider runs BGP with Oracle itself', 'leave the BGP settings out for a Layer 3 provider');
        }
      });
      if (layer2) {
        this.peering = claimPeering(this, {
          key: props.peeringKey ?? `${this.node.path}/peering`,
          explicit: props.peeringCidr,
          kinds: [PeeringKind.OCI_FASTCONNECT],
          property: p('peeringCidr'),
          block: props.peeringRange,
          requireBlock: true,
          avoid: props.peeringAvoidRanges ?? hubRanges(this),
          what: `the FastConnect session of ${this.node.path}`,
        });
      }

      this.providerServices = new DataOciCoreFastConnectProviderServices(this, 'ProviderServices', {
        compartmentId: hub.compartmentId,
        filter: [
          { name: 'provider_name', values: [props.providerServiceName] },
          { name: 'type', values: [type] },
        ],
        provider: hub.provider,
      });

      if (layer2 && props.md5Key === undefined && props.generateMd5Key) this.generatedMd5Key = generateMd5Key(this);
      const key = props.md5Key ?? this.generatedMd5Key?.result;
      const peering = this.peering;
      const displayName = props.displayName ?? `${hub.displayNamePrefix}-${id}-fastconnect`.toLowerCase();
      this.virtualCircuit = new CoreVirtualCircuit(this, 'VirtualCircuit', {
        compartmentId: hub.compartmentId,
        displayName,
        type: 'PRIVATE',
        bandwidthShapeName: this.bandwidthShapeName,
        gatewayId: hub.drgId,
        providerServiceId: this.providerServices.fastConnectProviderServices.get(0).id,
        providerServiceKeyName: props.providerServiceKeyName,
        // `customer_asn` is a string in the schema; a number token needs Token.asString, String() would encode it.
        customerAsn: layer2 && props.customerAsn !== undefined ? (isUnresolved(props.customerAsn) ? Token.asString(props.customerAsn) : String(props.customerAsn)) : undefined,
        isBfdEnabled: props.bfd ?? false,
        crossConnectMappings: peering ? [{
          customerBgpPeeringIp: Lazy.stringValue({ produce: () => peering.cidr.withLength(peering.first) }),
          oracleBgpPeeringIp: Lazy.stringValue({ produce: () => peering.cidr.withLength(peering.second) }),
          bgpMd5AuthKey: key,
        }] : undefined,
        freeformTags: hub.tags,
        provider: hub.provider,
      });
      if (key !== undefined) this.md5KeyOutput = md5KeyOutput(this, key, `BGP MD5 key of the FastConnect virtual circuit ${displayName}`);
    } finally {
      endSkip();
    }
  }

  /** Oracle's ASN on the session. */
  public get oracleAsn(): number {
    return WellKnownAsn.ORACLE;
  }
}
