// Reads the IPsec tunnels of a synthesized stack (its cdk.tf.json) and turns each into the configuration of two
// strongSwan instances, one per side, using ONLY what the library synthesized for that side:
// - the Azure side from `azurerm_virtual_network_gateway_connection` (`connection_protocol`, `ipsec_policy`,
//   `shared_key`, `custom_bgp_addresses`), its `azurerm_local_network_gateway` (`gateway_address`, `bgp_settings`)
//   and the gateway's `ip_configuration` (which public IP is which instance);
// - the AWS side from `aws_vpn_connection` `tunnelN_*` (+ its customer gateway), the Google side from
//   `google_compute_vpn_tunnel` (+ external gateway, router interface), the OCI side from
//   `oci_core_ipsec_connection_tunnel_management` (+ its `oci_core_ipsec` and CPE).
// Tunnels are paired as the synthesized references pair them: an Azure connection's local network gateway points at
// one peer tunnel's outside address, and that tunnel's resource points back at one Azure public IP. Terraform
// expressions known only at apply time are replaced: every distinct outside-address expression by a lab address,
// every pre-shared-key expression (`${random_password.X.result}`, a variable) by a fixed test value derived from the
// expression, so two sides share a key exactly when they reference the same secret.
import { createHash } from 'crypto';
import * as fs from 'fs';
import { allOf, AWS, AZURE, CloudCrypto, GCP_IKEV1, GCP_IKEV2, mapCrypto, OCI, proposals } from './ipsec-clouds';

/** One side of a tunnel, ready for strongSwan. */
export interface IpsecSide {
  /** `Azure`, `AWS`, `Google Cloud`, `OCI`. */
  readonly cloud: string;
  /** The Terraform resource (and tunnel) this side was read from. */
  readonly resource: string;
  /** strongSwan `version`: 1, 2, or 0 (either). */
  readonly version: number;
  /** strongSwan IKE proposals. */
  readonly ike: string[];
  /** strongSwan ESP proposals. */
  readonly esp: string[];
  /** The IKE SA lifetime (s). */
  readonly ikeLifetimeSeconds: number;
  /** The child SA lifetime (s). */
  readonly espLifetimeSeconds: number;
  /** The pre-shared-key expression as synthesized. */
  readonly pskRef: string;
  /** The test value that stands for it. */
  readonly psk: string;
  /** This side's outside address expression, and its lab address. */
  readonly outsideRef: string;
  readonly outside: string;
  /** The inside (BGP) address this side takes, with prefix length, or `address peer remote/32` for Azure. */
  readonly inside: string;
  /** The inside address alone. */
  readonly insideAddress: string;
  /** True when this side starts the tunnel. */
  readonly initiator: boolean;
  /** Values this side's cloud does not document (the side is not started when any). */
  readonly problems: string[];
}

/** One tunnel: the Azure side and the peer side. */
export interface TunnelPlan {
  /** A short name, e.g. `aws/connection0/tunnel1`. */
  readonly name: string;
  readonly azure: IpsecSide;
  readonly peer: IpsecSide;
}

type Res = Record<string, any>;
type Resources = Record<string, Record<string, Res>>;

const REF = /^\$\{([a-z0-9_]+)\.([A-Za-z0-9_]+)\.([a-z0-9_]+)\}$/;

function ref(expr: unknown): { type: string; name: string; attr: string } | undefined {
  const m = typeof expr === 'string' ? REF.exec(expr) : null;
  return m ? { type: m[1], name: m[2], attr: m[3] } : undefined;
}

/** A deterministic test key for a secret expression: letters only (fits AWS, OCI and Google's rules), 32 long. */
export function testKey(expr: string): string {
  const h = createHash('sha256').update(`emulation-psk:${expr}`).digest();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  return [...h].map((b) => letters[b % letters.length]).join('');
}

/** Lab outside addresses (TEST-NET-2, RFC 5737): one per distinct outside-address expression. */
class OutsideAddresses {
  private readonly map = new Map<string, string>();
  public of(expr: string): string {
    let a = this.map.get(expr);
    if (!a) {
      a = `198.51.100.${this.map.size + 1}`;
      this.map.set(expr, a);
    }
    return a;
  }
}

function firstUsable(cidr: string): string {
  const [ip, len] = cidr.split('/');
  const o = ip.split('.').map(Number);
  const n = ((o[0] << 24) >>> 0) + (o[1] << 16) + (o[2] << 8) + o[3] + 1;
  return `${[n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.')}/${len}`;
}

const one = <T>(x: T | T[] | undefined): T | undefined => (Array.isArray(x) ? x[0] : x);

interface PeerRead { side: Omit<IpsecSide, 'initiator'> & { startsItself: boolean }; azureIpRef: string }

/** The instance of an existing gateway (not in the stack) a connection's tunnel ends on, from its custom BGP addresses. */
function existingInstance(conn: Res, peerInside: string): { gw?: Res; index: number } | undefined {
  if (typeof conn.virtual_network_gateway_id !== 'string' || conn.virtual_network_gateway_id.startsWith('${azurerm_virtual_network_gateway.')) return undefined;
  const bgp = one(conn.custom_bgp_addresses);
  const slash30 = (ip: string): string => { const o = ip.split('.').map(Number); return `${o[0]}.${o[1]}.${o[2]}.${o[3] & ~3}`; };
  const index = [bgp?.primary, bgp?.secondary].findIndex((a) => typeof a === 'string' && slash30(a) === slash30(peerInside));
  return index < 0 ? undefined : { index };
}

/** What the Azure end of one tunnel is read as, from a hub VNet's connection or a Virtual WAN link connection. */
interface AzureEndRead {
  readonly resource: string;
  readonly protocol?: string;
  readonly espLifetimeSeconds?: number;
  readonly key: string;
  readonly p: { ike: IpsecSide['ike']; esp: IpsecSide['esp'] };
  readonly apipa: string;
  readonly peerBgp: string;
  readonly problems: string[];
}

/** One tunnel: the Azure end as read, the peer end as `readPeer` found it (the peer opens it when Azure does not). */
function tunnelPlan(peer: PeerRead, addrs: OutsideAddresses, a: AzureEndRead): TunnelPlan {
  const azure: IpsecSide = {
    cloud: 'Azure',
    resource: a.resource,
    version: (a.protocol ?? 'IKEv2') === 'IKEv1' ? 1 : 2, // azurerm's default
    ike: a.p.ike,
    esp: a.p.esp,
    ikeLifetimeSeconds: 28800, // fixed on Azure (ipsec-ike-policy-howto)
    espLifetimeSeconds: a.espLifetimeSeconds ?? 27000,
    pskRef: a.key,
    psk: testKey(a.key),
    outsideRef: peer.azureIpRef,
    outside: addrs.of(peer.azureIpRef),
    inside: `${a.apipa} peer ${a.peerBgp}/32`,
    insideAddress: a.apipa,
    initiator: !peer.side.startsItself,
    problems: a.problems,
  };
  const { startsItself, ...rest } = peer.side;
  return { name: rest.resource, azure, peer: { ...rest, initiator: startsItself } };
}

/**
 * The tunnels of an Azure Virtual WAN hub: per `azurerm_vpn_gateway_connection`, one tunnel per link connection
 * (`vpn_link`), to the VPN site link it names; the Azure instance is the one whose public IP (a local picking the
 * instance's `ip_configuration`) the peer tunnel expects, and its inside address that instance's custom BGP address
 * on the link. The link's tunnel from the other instance is left out: the peer accepts one Azure address per tunnel.
 */
function readVirtualHubTunnels(doc: { locals?: Record<string, string> }, r: Resources, get: (type: string, name: string) => Res, addrs: OutsideAddresses): TunnelPlan[] {
  const out: TunnelPlan[] = [];
  const instanceOfLocal = new Map<string, number>();
  for (const [name, expr] of Object.entries(doc.locals ?? {})) {
    const m = /azurerm_vpn_gateway\.[\w-]+\.bgp_settings\[0\]\.instance_([01])_bgp_peering_address/.exec(String(expr));
    if (m) instanceOfLocal.set(`\${local.${name}}`, Number(m[1]));
  }
  for (const [cname, conn] of Object.entries(r.azurerm_vpn_gateway_connection ?? {})) {
    const siteRef = ref(conn.remote_vpn_site_id);
    if (!siteRef) continue;
    const site = get(siteRef.type, siteRef.name);
    const gwRef = ref(conn.vpn_gateway_id);
    const gw = gwRef ? r[gwRef.type]?.[gwRef.name] : undefined;
    (conn.vpn_link ?? []).forEach((link: Res) => {
      const where = `azurerm_vpn_gateway_connection.${cname} link ${link.name}`;
      const li = /\.link\[(\d+)\]\.id\}$/.exec(String(link.vpn_site_link_id));
      const siteLink = li ? site.link?.[Number(li[1])] : undefined;
      if (!siteLink) throw new Error(`${where}: names ${link.vpn_site_link_id}, no link of its VPN site`);
      const peer = readPeer(r, get, siteLink.ip_address, addrs);
      if (!peer) throw new Error(`${where}: its site link points at ${siteLink.ip_address}, not a peer tunnel this emulation reads`);
      const index = instanceOfLocal.get(peer.azureIpRef);
      if (index === undefined) throw new Error(`${peer.side.resource} points at ${peer.azureIpRef}, which is no Virtual WAN VPN gateway instance's public IP`);
      const problems: string[] = [];
      const pol = one(link.ipsec_policy);
      let crypto = allOf(AZURE);
      if (pol) {
        crypto = {
          ikeEncryption: [pol.ike_encryption_algorithm], ikeIntegrity: [pol.ike_integrity_algorithm], dhGroups: [pol.dh_group],
          espEncryption: [pol.encryption_algorithm], espIntegrity: [pol.integrity_algorithm], pfsGroups: [pol.pfs_group],
        };
      }
      const p = proposals(mapCrypto(AZURE, crypto, where, problems));
      const apipa = (link.custom_bgp_address ?? []).find((c: Res) => String(c.ip_configuration_id).includes(`instance_${index}_bgp_peering_address`))?.ip_address;
      const custom = gw ? one(one(gw.bgp_settings)?.[`instance_${index}_bgp_peering_address`])?.custom_ips ?? [] : [];
      if (apipa && gw && !custom.includes(apipa)) problems.push(`${where}: custom BGP address ${apipa} is not one of instance ${index}'s custom_ips (${custom.join(', ')})`);
      const peerBgp = one(siteLink.bgp)?.peering_address;
      if (!apipa || !peerBgp) throw new Error(`${where}: no custom BGP address for instance ${index} or no BGP peering address on its site link`);
      out.push(tunnelPlan(peer, addrs, {
        resource: `${where} (instance ${index})`, protocol: link.protocol, espLifetimeSeconds: pol?.sa_lifetime_sec, key: link.shared_key, p, apipa, peerBgp, problems,
      }));
    });
  }
  return out;
}

/** Read every Azure-to-peer IPsec tunnel of a synthesized stack. */
export function readTunnels(cdkTfJson: string, mutate?: (r: Resources) => void): TunnelPlan[] {
  const doc = JSON.parse(fs.readFileSync(cdkTfJson, 'utf8'));
  const r: Resources = doc.resource ?? {};
  mutate?.(r);
  const get = (type: string, name: string): Res => {
    const x = r[type]?.[name];
    if (!x) throw new Error(`${cdkTfJson}: ${type}.${name} is referenced but not synthesized`);
    return x;
  };
  const addrs = new OutsideAddresses();
  const out: TunnelPlan[] = [];
  // Azure public IP -> gateway instance (ip_configuration order) and that instance's name.
  const instanceOfIp = new Map<string, { gw?: Res; index: number }>();
  for (const gw of Object.values(r.azurerm_virtual_network_gateway ?? {})) {
    (gw.ip_configuration ?? []).forEach((c: Res, index: number) => {
      const p = ref(c.public_ip_address_id);
      if (p) instanceOfIp.set(`\${${p.type}.${p.name}.ip_address}`, { gw, index });
    });
  }
  for (const [cname, conn] of Object.entries(r.azurerm_virtual_network_gateway_connection ?? {})) {
    if (conn.type !== 'IPsec') continue;
    const l = ref(conn.local_network_gateway_id);
    if (!l) continue;
    const lng = get(l.type, l.name);
    const peer = readPeer(r, get, lng.gateway_address, addrs);
    if (!peer) throw new Error(`${cname}: its local network gateway points at ${lng.gateway_address}, not a peer tunnel this emulation reads`);
    // A gateway the stack creates: its instance from the ip_configuration order. An existing gateway (brownfield:
    // no gateway resource, the connection names it by id): the instance whose custom BGP address (primary =
    // instance 0, secondary = instance 1) shares the peer tunnel's inside /30.
    const inst = instanceOfIp.get(peer.azureIpRef) ?? existingInstance(conn, peer.side.insideAddress);
    if (!inst) throw new Error(`${peer.side.resource} points at ${peer.azureIpRef}, which is no Azure VPN gateway's public IP`);
    const problems: string[] = [];
    const where = `azurerm_virtual_network_gateway_connection.${cname}`;
    const pol = one(conn.ipsec_policy);
    // Without `ipsec_policy` Azure offers its default proposal list; approximated here by every documented value.
    let crypto = allOf(AZURE);
    if (pol) {
      crypto = {
        ikeEncryption: [pol.ike_encryption], ikeIntegrity: [pol.ike_integrity], dhGroups: [pol.dh_group],
        espEncryption: [pol.ipsec_encryption], espIntegrity: [pol.ipsec_integrity], pfsGroups: [pol.pfs_group],
      };
      const gcm = /^GCMAES/.test(pol.ipsec_encryption);
      if (gcm !== /^GCMAES/.test(pol.ipsec_integrity) || (gcm && pol.ipsec_encryption !== pol.ipsec_integrity)) {
        problems.push(`${where}: Azure requires ipsec_integrity to be the same GCMAES algorithm as ipsec_encryption with GCM (got ${pol.ipsec_encryption} / ${pol.ipsec_integrity}; ${AZURE.sources[0]})`);
      }
    }
    const p = proposals(mapCrypto(AZURE, crypto, where, problems));
    const protocol = conn.connection_protocol ?? 'IKEv2'; // azurerm default
    const bgp = one(conn.custom_bgp_addresses);
    const apipa = inst.index === 0 ? bgp?.primary : bgp?.secondary;
    const gwInstance = inst.gw ? one(inst.gw.bgp_settings)?.peering_addresses?.[inst.index] : undefined;
    if (apipa && gwInstance && !(gwInstance.apipa_addresses ?? []).includes(apipa)) {
      problems.push(`${where}: custom BGP address ${apipa} is not one of instance ${inst.index}'s APIPA addresses (${gwInstance.apipa_addresses.join(', ')})`);
    }
    const peerBgp = one(lng.bgp_settings)?.bgp_peering_address;
    if (!apipa || !peerBgp) throw new Error(`${where}: no custom BGP address for instance ${inst.index} or no BGP peering address on its local network gateway`);
    out.push(tunnelPlan(peer, addrs, {
      resource: `${where} (instance ${inst.index})`, protocol, espLifetimeSeconds: pol?.sa_lifetime, key: conn.shared_key, p, apipa, peerBgp, problems,
    }));
  }
  out.push(...readVirtualHubTunnels(doc, r, get, addrs));
  // Every peer tunnel the stack synthesizes must be paired with exactly one Azure connection.
  const peers = [
    ...Object.keys(r.aws_vpn_connection ?? {}).flatMap((n) => [`aws_vpn_connection.${n} tunnel1`, `aws_vpn_connection.${n} tunnel2`]),
    ...Object.keys(r.google_compute_vpn_tunnel ?? {}).map((n) => `google_compute_vpn_tunnel.${n}`),
    ...Object.keys(r.oci_core_ipsec_connection_tunnel_management ?? {}).map((n) => `oci_core_ipsec_connection_tunnel_management.${n}`),
  ];
  const paired = out.map((t) => t.name);
  const unpaired = peers.filter((p) => !paired.includes(p));
  const twice = paired.filter((p, i) => paired.indexOf(p) !== i);
  if (unpaired.length || twice.length) {
    throw new Error(`${cdkTfJson}: ${unpaired.length ? `no Azure connection points at ${unpaired.join(', ')}` : ''}${twice.length ? ` several Azure connections point at ${twice.join(', ')}` : ''}`);
  }
  return out;
}

/** The peer tunnel whose outside address `gatewayAddress` is. */
function readPeer(r: Resources, get: (t: string, n: string) => Res, gatewayAddress: string, addrs: OutsideAddresses): PeerRead | undefined {
  const m = /^\$\{aws_vpn_connection\.([A-Za-z0-9_]+)\.tunnel([12])_address\}$/.exec(gatewayAddress);
  if (m) return readAws(get, m[1], Number(m[2]), gatewayAddress, addrs);
  const g = /^\$\{google_compute_ha_vpn_gateway\.([A-Za-z0-9_]+)\.vpn_interfaces\[(\d+)\]\.ip_address\}$/.exec(gatewayAddress);
  if (g) return readGcp(r, get, g[1], Number(g[2]), gatewayAddress, addrs);
  const o = /^\$\{oci_core_ipsec_connection_tunnel_management\.([A-Za-z0-9_]+)\.vpn_ip\}$/.exec(gatewayAddress);
  if (o) return readOci(get, o[1], gatewayAddress, addrs);
  return undefined;
}

function readAws(get: (t: string, n: string) => Res, name: string, n: number, self: string, addrs: OutsideAddresses): PeerRead {
  const c = get('aws_vpn_connection', name);
  const cgw = ref(c.customer_gateway_id);
  const azureIpRef = cgw ? get(cgw.type, cgw.name).ip_address : undefined;
  const t = (k: string) => c[`tunnel${n}_${k}`];
  const where = `aws_vpn_connection.${name} tunnel${n}`;
  const problems: string[] = [];
  // Unset lists mean "every value AWS supports" (VPNTunnels.html: "Default: ..." lists every value).
  const all = allOf(AWS);
  const crypto = mapCrypto(AWS, {
    ikeEncryption: t('phase1_encryption_algorithms') ?? all.ikeEncryption,
    ikeIntegrity: t('phase1_integrity_algorithms') ?? all.ikeIntegrity,
    dhGroups: (t('phase1_dh_group_numbers') ?? all.dhGroups).map(String),
    espEncryption: t('phase2_encryption_algorithms') ?? all.espEncryption,
    espIntegrity: t('phase2_integrity_algorithms') ?? all.espIntegrity,
    pfsGroups: (t('phase2_dh_group_numbers') ?? all.pfsGroups).map(String),
  }, where, problems);
  const versions: string[] = t('ike_versions') ?? ['ikev1', 'ikev2'];
  for (const v of versions) if (v !== 'ikev1' && v !== 'ikev2') problems.push(`${where}: AWS does not document IKE version '${v}' (${AWS.sources[0]})`);
  const cidr: string | undefined = t('inside_cidr');
  if (!cidr) throw new Error(`${where}: no tunnel inside CIDR synthesized`);
  const inside = firstUsable(cidr); // AWS takes the first usable address of the /30, the customer gateway the second
  const psk = t('preshared_key') ?? '';
  const p = proposals(crypto);
  return {
    azureIpRef,
    side: {
      cloud: 'AWS', resource: where,
      version: versions.length === 1 ? (versions[0] === 'ikev1' ? 1 : 2) : 0,
      ike: p.ike, esp: p.esp,
      ikeLifetimeSeconds: t('phase1_lifetime_seconds') ?? 28800,
      espLifetimeSeconds: t('phase2_lifetime_seconds') ?? 3600,
      pskRef: psk, psk: testKey(psk),
      outsideRef: self, outside: addrs.of(self),
      inside, insideAddress: inside.split('/')[0],
      startsItself: t('startup_action') === 'start',
      problems,
    },
  };
}

function readGcp(r: Resources, get: (t: string, n: string) => Res, gwName: string, iface: number, self: string, addrs: OutsideAddresses): PeerRead | undefined {
  const gwRef = `\${google_compute_ha_vpn_gateway.${gwName}.id}`;
  const entry = Object.entries(r.google_compute_vpn_tunnel ?? {}).find(([, t]) => t.vpn_gateway === gwRef && Number(t.vpn_gateway_interface) === iface);
  if (!entry) return undefined;
  const [name, t] = entry;
  const where = `google_compute_vpn_tunnel.${name}`;
  const ext = ref(t.peer_external_gateway);
  const azureIpRef = ext ? (get(ext.type, ext.name).interface ?? []).find((i: Res) => Number(i.id) === Number(t.peer_external_gateway_interface ?? 0))?.ip_address : undefined;
  const nameRef = `\${google_compute_vpn_tunnel.${name}.name}`;
  const ri = Object.values(r.google_compute_router_interface ?? {}).find((x) => x.vpn_tunnel === nameRef);
  if (!ri?.ip_range) throw new Error(`${where}: no router interface with an ip_range names this tunnel`);
  const version = Number(t.ike_version ?? 2);
  const problems: string[] = [];
  const table: CloudCrypto = version === 1 ? GCP_IKEV1 : GCP_IKEV2;
  if (version !== 1 && version !== 2) problems.push(`${where}: Google Cloud documents ike_version 1 or 2, not ${t.ike_version}`);
  const p = proposals(mapCrypto(table, allOf(table), where, problems));
  return {
    azureIpRef,
    side: {
      cloud: 'Google Cloud', resource: where, version,
      ike: p.ike, esp: p.esp,
      ikeLifetimeSeconds: 36000, espLifetimeSeconds: 10800, // Google's fixed lifetimes (supported-ike-ciphers)
      pskRef: t.shared_secret, psk: testKey(t.shared_secret),
      outsideRef: self, outside: addrs.of(self),
      inside: ri.ip_range, insideAddress: String(ri.ip_range).split('/')[0],
      startsItself: false,
      problems,
    },
  };
}

function readOci(get: (t: string, n: string) => Res, name: string, self: string, addrs: OutsideAddresses): PeerRead {
  const m = get('oci_core_ipsec_connection_tunnel_management', name);
  const where = `oci_core_ipsec_connection_tunnel_management.${name}`;
  const ipsec = ref(m.ipsec_id);
  const cpe = ipsec ? ref(get(ipsec.type, ipsec.name).cpe_id) : undefined;
  const azureIpRef = cpe ? get(cpe.type, cpe.name).ip_address : undefined;
  const problems: string[] = [];
  const p1 = one(m.phase_one_details);
  const p2 = one(m.phase_two_details);
  const all = allOf(OCI);
  // Without custom phase details OCI offers its default proposals; approximated here by every documented value.
  const custom1 = p1?.is_custom_phase_one_config === true;
  const custom2 = p2?.is_custom_phase_two_config === true;
  const pfs = p2?.is_pfs_enabled !== false;
  const crypto = mapCrypto(OCI, {
    ikeEncryption: custom1 ? [p1.custom_encryption_algorithm] : all.ikeEncryption,
    ikeIntegrity: custom1 ? [p1.custom_authentication_algorithm] : all.ikeIntegrity,
    dhGroups: custom1 ? [p1.custom_dh_group] : all.dhGroups,
    espEncryption: custom2 ? [p2.custom_encryption_algorithm] : all.espEncryption,
    espIntegrity: custom2 && p2.custom_authentication_algorithm ? [p2.custom_authentication_algorithm] : all.espIntegrity,
    pfsGroups: !pfs ? [] : custom2 && p2.dh_group ? [p2.dh_group] : all.pfsGroups,
  }, where, problems);
  const v = m.ike_version ?? 'V1'; // OCI's default
  if (v !== 'V1' && v !== 'V2') problems.push(`${where}: OCI documents ike_version V1 or V2, not ${v}`);
  const session = one(m.bgp_session_info);
  if (!session?.oracle_interface_ip) throw new Error(`${where}: no oracle_interface_ip synthesized`);
  const pr = proposals({ ...crypto, pfsGroups: pfs ? crypto.pfsGroups : [''] });
  return {
    azureIpRef,
    side: {
      cloud: 'OCI', resource: where, version: v === 'V1' ? 1 : 2,
      ike: pr.ike, esp: pr.esp,
      ikeLifetimeSeconds: p1?.lifetime ?? 28800, espLifetimeSeconds: p2?.lifetime ?? 3600,
      pskRef: m.shared_secret, psk: testKey(m.shared_secret),
      outsideRef: self, outside: addrs.of(self),
      inside: session.oracle_interface_ip, insideAddress: String(session.oracle_interface_ip).split('/')[0],
      startsItself: false,
      problems,
    },
  };
}
