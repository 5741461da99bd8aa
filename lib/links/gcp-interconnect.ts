import type { ComputeInterconnectAttachment } from '@cdktf/provider-google/lib/compute-interconnect-attachment';
import type { ComputeRouterInterface } from '@cdktf/provider-google/lib/compute-router-interface';
import type { ComputeRouterPeer } from '@cdktf/provider-google/lib/compute-router-peer';
import type { Password } from '@cdktf/provider-random/lib/password';
import { Fn, Lazy, TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { claimPeering, claimVlan } from '../core/claims';
import { checked, isUnresolved } from '../core/context';
import { GcpHub } from '../hubs/gcp-hub';
import { Asn, AsnRole, WellKnownAsn } from '../plan/addressing/asn';
import { Cloud } from '../plan/facts/clouds';
import { fail } from '../plan/errors';
import { ProviderRules } from '../plan/facts/provider-rules';
import { SessionType } from '../plan/facts/limits';
import { PeeringAllocation, PeeringKind } from '../plan/addressing/peering';
import { generateMd5Key, md5KeyOutput, propName, requireSecretToken } from './link-util';
import { guardArgs } from '../core/guard-props';
import { providerModule } from '../core/providers-load';
import { skipCreationStacks } from '../core/creation-stacks';

/** How the VLAN attachments reach Google. */
export enum GcpInterconnectType {
  /** Partner Interconnect: the provider delivers the attachments, and the Cloud Router must use ASN 16550. */
  PARTNER = 'PARTNER',
  /** Dedicated Interconnect: attachments on your own interconnects, with your VLANs and link-local subnets. */
  DEDICATED = 'DEDICATED',
}

/** The edge availability domains of the two Partner attachments (one per metro edge, for 99.9 %). */
export const GCP_EDGE_AVAILABILITY_DOMAINS = ['AVAILABILITY_DOMAIN_1', 'AVAILABILITY_DOMAIN_2'];

/** Dedicated attachment bandwidths (google_compute_interconnect_attachment `bandwidth`). */
export const GCP_ATTACHMENT_BANDWIDTHS = ['BPS_50M', 'BPS_100M', 'BPS_200M', 'BPS_300M', 'BPS_400M', 'BPS_500M', 'BPS_1G', 'BPS_2G', 'BPS_5G', 'BPS_10G', 'BPS_20G', 'BPS_50G', 'BPS_100G'];

/** Props of a `GcpInterconnectLink`. */
export interface GcpInterconnectLinkProps {
  /** The Google Cloud hub: its Partner (16550) or Dedicated Interconnect Cloud Router is used. */
  readonly hub: GcpHub;
  /** Partner or Dedicated Interconnect. */
  readonly type: GcpInterconnectType;
  /**
   * The ASN of the router at the other end of the attachments: the customer router's (Dedicated, and Partner through
   * a Layer 2 partner), or a Layer 3 partner's, when known. Dedicated: the BGP peers' `peer_asn`. Partner: checked
   * only (Google creates the BGP peers on activation).
   * Accepts a Terraform token.
   * @default - none: required for Dedicated; for Partner through a Layer 3 partner, the partner's ASN is not checked
   */
  readonly customerAsn?: number;
  /**
   * An existing Cloud Router to attach to, instead of the hub's. Give its ASN in `routerAsn`.
   * @default - the hub's Partner or Dedicated Interconnect router
   */
  readonly routerName?: string;
  /**
   * The ASN of the Cloud Router. Partner Interconnect requires 16550.
   * @default - the ASN of the hub's router (16550 for Partner, the hub's `interconnectRouterAsn` for Dedicated)
   */
  readonly routerAsn?: number;
  /** Dedicated: the interconnect (self link or name) of each attachment, one or two. Each element accepts a Terraform token. @default - none (required for Dedicated) */
  readonly interconnects?: string[];
  /** Dedicated: the VLAN of each attachment, one per interconnect. @default - none (required for Dedicated) */
  readonly vlans?: number[];
  /**
   * Dedicated: the link-local /29 of each attachment (`candidate_subnets`).
   * @default - allocated from 169.254.0.0/16 by the app's peering allocator
   */
  readonly candidateSubnets?: string[];
  /** Dedicated: the bandwidth of each attachment. @default 'BPS_10G' */
  readonly bandwidth?: string;
  /** The attachments' MTU: 1440, 1460, 1500 or 8896. @default 1500 */
  readonly mtu?: number;
  /**
   * Dedicated: the BGP MD5 key, a token of a sensitive variable or a generated password.
   * Accepts a Terraform token.
   * @default - generated when `generateMd5Key` is true, else none
   */
  readonly md5Key?: string;
  /** Dedicated: generate the MD5 key when `md5Key` is absent. @default false */
  readonly generateMd5Key?: boolean;
  /** Dedicated: run BFD on the BGP peers. @default false */
  readonly bfd?: boolean;
  /**
   * The router at the other end of the attachments, in the descriptions of the address outputs (who takes
   * `customer_router_ip_address`), e.g. a Layer 3 partner's edge.
   * @default 'the customer router'
   */
  readonly peerRouterLabel?: string;
  /**
   * Partner: activate the attachments (`admin_enabled`). The first apply of a staged deploy leaves them inactive
   * while the partner configures its side with the pairing key; the second activates them after you have checked
   * the partner's work (cloud.google.com/network-connectivity/docs/interconnect/how-to/partner/activating-connections).
   * The google provider's own default (true) pre-activates, which Google offers for Layer 3 partners and which
   * skips that check.
   * @default true
   */
  readonly activate?: boolean;
  /** The prefix of the attachments', interfaces' and peers' names. @default - `<hub name prefix>-<construct id>` */
  readonly namePrefix?: string;
  /** The prefix of the property names in error messages, e.g. `gcp` gives `gcpVlans`. @default - none */
  readonly propertyPrefix?: string;
}

/**
 * The Google Cloud side of a private interconnect link.
 *
 * PARTNER: two VLAN attachments of type PARTNER on the hub's 16550 Cloud Router, in edge availability domains 1
 * and 2; their pairing keys are sensitive outputs for the provider's portal. Google creates the router interfaces and
 * BGP peers when the provider activates the attachments; the link-local addresses are known only then.
 *
 * DEDICATED: one or two attachments on the given interconnects, with the VLANs and a link-local /29 each
 * (`candidate_subnets`), a router interface on the attachment's `cloud_router_ip_address` and a BGP peer to its
 * `customer_router_ip_address` with the customer's ASN, MD5 key and BFD.
 *
 * Children: `Attachment0`/`Attachment1`, `PairingKey0`/`PairingKey1` (Partner), `Interface0`/`Interface1` and
 * `Peer0`/`Peer1` (Dedicated), `Md5Key`/`Md5KeyOutput`.
 */
export class GcpInterconnectLink extends Construct {
  /** The VLAN attachments. */
  public readonly attachments: ComputeInterconnectAttachment[];
  /** Dedicated: the router interfaces. */
  public readonly routerInterfaces: ComputeRouterInterface[] = [];
  /** Dedicated: the BGP peers. */
  public readonly routerPeers: ComputeRouterPeer[] = [];
  /** Partner: the pairing-key outputs (sensitive). */
  public readonly pairingKeyOutputs: TerraformOutput[] = [];
  /**
   * The outputs carrying each attachment's `cloud_router_ip_address` and `customer_router_ip_address` (known once
   * Google assigns them), for the customer router.
   */
  public readonly addressOutputs: TerraformOutput[] = [];
  /** Dedicated: the candidate /29 of each attachment. */
  public readonly candidateSubnets: PeeringAllocation[] = [];
  /** The generated MD5 key, if one was generated. */
  public readonly generatedMd5Key?: Password;
  /** The sensitive output carrying the MD5 key (Dedicated with a key). */
  public readonly md5KeyOutput?: TerraformOutput;
  /** The Cloud Router's name. */
  public readonly routerName: string;
  /** The Cloud Router's ASN (the customer router's peer ASN). */
  public readonly routerAsn: number;
  /** Partner or Dedicated. */
  public readonly type: GcpInterconnectType;
  /** The limit type of what a Cloud Router accepts from one BGP peer. */
  public readonly sessionType: SessionType = SessionType.GCP_CLOUD_ROUTER;
  /** The MD5 key actually configured (Dedicated), as a token. */
  public readonly md5Key?: string;

  constructor(scope: Construct, id: string, props: GcpInterconnectLinkProps) {
    guardArgs('GcpInterconnectLink', [scope, id, props]);
    super(scope, id);
    const endSkip = skipCreationStacks();
    try {
      const hub = props.hub;
      const p = (n: string) => propName(props.propertyPrefix, n);
      const partner = props.type === GcpInterconnectType.PARTNER;
      this.type = props.type;
      this.routerAsn = props.routerAsn ?? (partner ? WellKnownAsn.GOOGLE_PARTNER_INTERCONNECT : hub.interconnectRouterAsn);
      const interconnects = props.interconnects ?? [];
      const vlans = props.vlans ?? [];

      checked(this, () => {
        if (props.routerName !== undefined && props.routerAsn === undefined) {
          fail(p('routerAsn'), undefined, 'an existing Cloud Router needs its ASN for the plan and the checks', 'set routerAsn to the router\'s ASN');
        }
        if (props.routerName === undefined && props.routerAsn !== undefined && !isUnresolved(props.routerAsn)) {
          const hubAsn = partner ? WellKnownAsn.GOOGLE_PARTNER_INTERCONNECT : hub.interconnectRouterAsn;
          if (props.routerAsn !== hubAsn && !partner) {
            fail(p('routerAsn'), props.routerAsn, `the hub's Dedicated Interconnect router uses ASN ${hubAsn}`, 'leave routerAsn out, set the hub\'s interconnectRouterAsn, or give routerName of a router with that ASN');
          }
        }
        if (!isUnresolved(this.routerAsn)) {
          if (partner) Asn.validate(this.routerAsn, Cloud.GCP, AsnRole.PARTNER_INTERCONNECT_ROUTER, p('routerAsn'));
          else Asn.validate(this.routerAsn, Cloud.GCP, AsnRole.CLOUD_SIDE, p('routerAsn'));
        }
        if (!partner && props.customerAsn === undefined) {
          fail(p('customerAsn'), undefined, 'Dedicated Interconnect BGP peers need the customer router\'s ASN', 'set the customer ASN');
        }
        if (props.customerAsn !== undefined && !isUnresolved(props.customerAsn)) {
          Asn.validate(props.customerAsn, Cloud.GCP, AsnRole.PEER, p('customerAsn'));
          if (!isUnresolved(this.routerAsn)) Asn.validateDistinct(this.routerAsn, props.customerAsn, p('customerAsn'), 'the customer router and the Cloud Router');
        }
        if (partner) {
          for (const [name, v] of [['interconnects', props.interconnects], ['vlans', props.vlans], ['candidateSubnets', props.candidateSubnets], ['bandwidth', props.bandwidth]] as Array<[string, unknown]>) {
            if (v !== undefined) fail(p(name), v, 'Partner Interconnect attachments get their interconnect, VLAN, addresses and bandwidth from the provider', `leave ${p(name)} out, or use GcpInterconnectType.DEDICATED`);
          }
          if (props.md5Key !== undefined) fail(p('md5Key'), '(not shown)', 'Google creates the BGP peers of Partner attachments on activation; MD5 is configured on them afterwards', 'leave it out and set the key on the peers after activation (gcloud compute routers update-bgp-peer --md5-authentication-key)');
        } else {
          if (isUnresolved(interconnects) || isUnresolved(vlans)) return;
          if (interconnects.length < 1 || interconnects.length > 2) {
            fail(p('interconnects'), interconnects, 'Dedicated Interconnect needs one or two interconnects (two, in different edge availability domains, for 99.9 %)', 'list the interconnect of each attachment');
          }
          if (vlans.length !== interconnects.length) {
            fail(p('vlans'), vlans, `one VLAN per attachment: ${interconnects.length} interconnect(s) but ${vlans.length} VLAN(s)`, 'give one VLAN per interconnect');
          }
          if (props.candidateSubnets !== undefined && props.candidateSubnets.length !== interconnects.length) {
            fail(p('candidateSubnets'), props.candidateSubnets, 'one candidate /29 per attachment', 'give one /29 per interconnect, or leave candidateSubnets out');
          }
          if (props.bandwidth !== undefined && !isUnresolved(props.bandwidth) && !GCP_ATTACHMENT_BANDWIDTHS.includes(props.bandwidth)) {
            fail(p('bandwidth'), props.bandwidth, `not an attachment bandwidth (${GCP_ATTACHMENT_BANDWIDTHS.join(', ')})`, 'use e.g. BPS_10G');
          }
          requireSecretToken(props.md5Key, p('md5Key'));
        }
        if (props.mtu !== undefined && !isUnresolved(props.mtu) && ![1440, 1460, 1500, 8896].includes(props.mtu)) {
          fail(p('mtu'), props.mtu, 'a VLAN attachment\'s MTU is 1440, 1460, 1500 or 8896 (cloud.google.com/network-connectivity/docs/interconnect/concepts/terminology#mtu)', 'use 1500');
        }
      });

      const router = props.routerName ?? (partner ? hub.partnerInterconnectRouter().name : hub.dedicatedInterconnectRouterName());
      this.routerName = router;
      const common = { project: hub.project, region: hub.region, router, provider: hub.provider };
      // Google names: lower-case letters, digits and dashes, starting with a letter.
      const prefix = (props.namePrefix ?? `${hub.namePrefix}-${id}`).toLowerCase().replace(/[^a-z0-9-]/g, '-');
      const name = (i: number) => `${prefix}-${i}`;
      const mtu = props.mtu !== undefined ? String(props.mtu) : '1500';

      const { ComputeInterconnectAttachment } = providerModule(this, 'google/compute-interconnect-attachment');
      const { ComputeRouterInterface } = providerModule(this, 'google/compute-router-interface');
      const { ComputeRouterPeer } = providerModule(this, 'google/compute-router-peer');
      if (partner) {
        this.attachments = GCP_EDGE_AVAILABILITY_DOMAINS.map((ead, i) => new ComputeInterconnectAttachment(this, `Attachment${i}`, {
          ...common,
          name: name(i),
          type: 'PARTNER',
          edgeAvailabilityDomain: ead,
          adminEnabled: props.activate ?? true,
          mtu,
          description: `Partner Interconnect attachment ${i} (${ead}) of ${this.node.path}`,
        }));
        this.addressOutputs = this.outputAddresses(props.peerRouterLabel);
        // Google: "treat the pairing key as sensitive until the VLAN attachment is configured".
        this.pairingKeyOutputs = this.attachments.map((a, i) => new TerraformOutput(this, `PairingKey${i}`, {
          value: a.pairingKey,
          sensitive: true,
          description: `Pairing key of ${name(i)} (${GCP_EDGE_AVAILABILITY_DOMAINS[i]}): give it to the Partner Interconnect provider`,
        }));
        return;
      }

      if (!isUnresolved(interconnects) && !isUnresolved(vlans)) {
        vlans.forEach((v, i) => {
          // Google takes 2-4093 on an attachment, not 802.1Q's 1-4094 (the pinned provider's table, from the Compute API)
          if (!isUnresolved(v)) checked(this, () => ProviderRules.enforce('google_compute_interconnect_attachment', 'vlan_tag8021q', v, `${p('vlans')}[${i}]`, 'use a VLAN from 2 to 4093'));
          if (!isUnresolved(interconnects[i])) claimVlan(this, { domain: `gcp-interconnect:${interconnects[i]}`, vlan: v, owner: `${this.node.path}/Attachment${i}`, property: `${p('vlans')}[${i}]` });
        });
      }
      this.candidateSubnets = interconnects.map((_, i) => claimPeering(this, {
        key: `${this.node.path}/attachment-${i}`,
        explicit: props.candidateSubnets?.[i],
        kinds: [PeeringKind.GCP_CANDIDATE],
        property: `${p('candidateSubnets')}[${i}]`,
        what: `Dedicated Interconnect attachment ${i}`,
      }));
      if (props.md5Key === undefined && props.generateMd5Key) this.generatedMd5Key = generateMd5Key(this);
      this.md5Key = props.md5Key ?? this.generatedMd5Key?.result;
      if (this.md5Key !== undefined) this.md5KeyOutput = md5KeyOutput(this, this.md5Key, `BGP MD5 key of the Dedicated Interconnect sessions of ${this.node.path}`);

      this.attachments = interconnects.map((ic, i) => {
        const subnet = this.candidateSubnets[i];
        return new ComputeInterconnectAttachment(this, `Attachment${i}`, {
          ...common,
          name: name(i),
          type: 'DEDICATED',
          interconnect: ic,
          vlanTag8021Q: vlans[i],
          bandwidth: props.bandwidth ?? 'BPS_10G',
          candidateSubnets: [Lazy.stringValue({ produce: () => subnet.text })],
          adminEnabled: true,
          mtu,
          description: `Dedicated Interconnect attachment ${i} of ${this.node.path}`,
        });
      });
      this.addressOutputs = this.outputAddresses(props.peerRouterLabel);
      this.attachments.forEach((a, i) => {
        const iface = new ComputeRouterInterface(this, `Interface${i}`, {
          ...common,
          name: `${name(i)}-if`,
          ipRange: a.cloudRouterIpAddress,
          interconnectAttachment: a.name,
        });
        this.routerInterfaces.push(iface);
        this.routerPeers.push(new ComputeRouterPeer(this, `Peer${i}`, {
          ...common,
          name: `${name(i)}-peer`,
          interface: iface.name,
          peerAsn: props.customerAsn!,
          // cloud_router_ip_address and customer_router_ip_address are "<address>/<length>": the peer wants the address.
          ipAddress: Fn.element(Fn.split('/', a.cloudRouterIpAddress), 0),
          peerIpAddress: Fn.element(Fn.split('/', a.customerRouterIpAddress), 0),
          md5AuthenticationKey: this.md5Key !== undefined ? { name: `${name(i)}-md5`, key: this.md5Key } : undefined,
          bfd: props.bfd ? { sessionInitializationMode: 'ACTIVE', minReceiveInterval: 1000, minTransmitInterval: 1000, multiplier: 5 } : undefined,
        }));
      });
    } finally {
      endSkip();
    }
  }

  private outputAddresses(peerRouterLabel?: string): TerraformOutput[] {
    return this.attachments.map((a, i) => new TerraformOutput(this, `Addresses${i}`, {
      value: { cloud_router_ip_address: a.cloudRouterIpAddress, customer_router_ip_address: a.customerRouterIpAddress },
      // A description is never interpolated by Terraform: name the attachment by its construct path, not `a.name`.
      description: `BGP addresses of attachment ${a.node.path} (${peerRouterLabel ?? 'the customer router'} takes customer_router_ip_address)`,
    }));
  }
}
