// The one builder of the connectivity model's BGP session records (internal; not exported from the package).
import { IHub } from '../hubs/hub';
import { EdgeKind } from '../plan/facts/edges';
import { cloudKey } from '../plan/routing/l3-propagation';
import { SessionType } from '../plan/facts/limits';
import { BgpInitiator, BgpSessionRecord, BgpSpeakerRecord } from '../plan/routing/model';

/** A cloud edge's end of a session, on a hub. */
export interface HubEndSpec {
  /** The speaker's node (a construct path and a suffix). */
  readonly node: string;
  /** Its label in the report. */
  readonly label: string;
  /** Its ASN, when known at synth. */
  readonly asn?: number;
  /** Its BGP address, when known. */
  readonly address?: string;
  /** What it originates. @default - the hub's advertised prefixes */
  readonly originates?: string[];
  /** The limit type of what it accepts. */
  readonly receiveLimitType: SessionType;
  /** A user-given limit instead of the published one. */
  readonly receiveLimitOverride?: number;
  /** Routes its gateway already receives from sessions outside the app (an existing gateway's). */
  readonly routesInUse?: number;
  /** The property that declares `routesInUse`, e.g. `aws.existingVpnGateway.routesInUse`. */
  readonly routesInUseProperty?: string;
  /** Routes this (existing, transit) end passes on from peers outside the app. */
  readonly advertisesInUse?: number;
  /** The property that declares `advertisesInUse`. */
  readonly advertisesInUseProperty?: string;
  /** How it passes routes on. */
  readonly edge: EdgeKind;
}

/**
 * A hub's end of a BGP session: its cloud, what it originates (the hub's advertised prefixes unless given), the hub
 * and the hub property a budget error names (`aws.vpcCidrs`, `oci.subnetCidrs`, ...).
 */
export function hubEnd(hub: IHub, spec: HubEndSpec): BgpSpeakerRecord {
  return {
    cloud: hub.cloud,
    node: spec.node,
    label: spec.label,
    asn: spec.asn,
    address: spec.address,
    originates: spec.originates ?? hub.advertisedPrefixes,
    receiveLimitType: spec.receiveLimitType,
    receiveLimitOverride: spec.receiveLimitOverride,
    routesInUse: spec.routesInUse,
    routesInUseProperty: spec.routesInUseProperty,
    advertisesInUse: spec.advertisesInUse,
    advertisesInUseProperty: spec.advertisesInUseProperty,
    hub: hub.node.path,
    edge: spec.edge,
    prefixesProperty: `${cloudKey(hub.cloud)}.${hub.advertisedProperty}`,
  };
}

/** The rest of a session record. */
export interface SessionSpec {
  /** The peering subnet. */
  readonly subnet?: string;
  /** The VLAN. */
  readonly vlan?: number;
  /** The domain the VLAN is unique in. */
  readonly vlanDomain?: string;
  /** Who opens the session. @default BgpInitiator.EITHER */
  readonly initiator?: BgpInitiator;
  /** BFD on the session. @default false */
  readonly bfd?: boolean;
  /** The output carrying the MD5 key. */
  readonly md5KeyRef?: string;
  /** Who configures the session, when not this library. */
  readonly managedBy?: string;
}

/** One BGP session record of link `link`, named `<link>/<name>`. */
export function sessionRecord(link: string, name: string, a: BgpSpeakerRecord, b: BgpSpeakerRecord, spec: SessionSpec = {}): BgpSessionRecord {
  return {
    id: `${link}/${name}`,
    link,
    a,
    b,
    subnet: spec.subnet,
    vlan: spec.vlan,
    vlanDomain: spec.vlanDomain,
    initiator: spec.initiator ?? BgpInitiator.EITHER,
    bfd: spec.bfd ?? false,
    md5KeyRef: spec.md5KeyRef,
    managedBy: spec.managedBy,
  };
}
