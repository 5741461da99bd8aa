// The IPsec part of `npm run test:emulation`: every VPN session of a stack runs inside a real IKE-negotiated tunnel
// (ipsec-plan.ts reads both sides from the synthesized resources, ipsec.ts runs strongSwan), and
//   0. (before any lab, ipsec-sweep.ts) every value the library accepts for a cloud renders to one it documents;
//   1. every tunnel's IKE SA and child SA come up on both ends, with the proposal the library resolved for the link;
//   2. the link's BGP sessions run inside the tunnels (ESP packets both ways, Established; the run's table checks
//      then compare every RIB with the report's prediction, as for any other session);
//   3. failover: one tunnel torn down, its session goes down, the routes it carried move to another tunnel of the
//      same link, and every table matches the prediction without that session; the tunnel back, all as before;
//   4. variants that must fail as the resolver predicts, each on a copy of the synthesized resources with one change:
//      an IKEv1-only peer against the IKEv2-only gateway connection (NO_PROPOSAL_CHOSEN; and the library's synth-time
//      error for that configuration names the termination endpoint to deploy), a proposal changed on one side only
//      (NO_PROPOSAL_CHOSEN), the pre-shared keys of two tunnels swapped on one side (AUTHENTICATION_FAILED), and a
//      value the cloud does not document (refused before any IKE).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { AwsHub } from '../../lib/hubs/aws-hub';
import { AzureHub } from '../../lib/hubs/azure-hub';
import { IkeVersion, IpsecProposal } from '../../lib/plan/ipsec';
import { LinkKind } from '../../lib/plan/routing/model';
import { ConnectivitySnapshot } from '../../lib/plan/routing/propagation';
import { S2SVpnBackup } from '../../lib/patterns/s2s-vpn-backup';
import { Emulation, EmulatedSession } from './from-model';
import { IpsecLab, Placement } from './ipsec';
import { readTunnels, TunnelPlan } from './ipsec-plan';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Res = Record<string, any>;
type Resources = Record<string, Record<string, Res>>;
import { renderSweep } from './ipsec-sweep';
import { LinkSpec, Netlab, poll, runPrefix, Topology } from './netlab';

/** The tunnels of one stack, each with the planned session it carries. */
export interface StackTunnels {
  readonly file: string;
  readonly tunnels: Array<{ plan: TunnelPlan; session: EmulatedSession; azureNode: string; peerNode: string }>;
  /** The lab topology with those sessions' links brought by the tunnels. */
  readonly topology: Topology;
}

/** Reporting hooks of run.ts. */
export interface Checker {
  check(ok: boolean, what: string, detail?: string): boolean;
  short(id: string): string;
  table(rows: string[][]): string;
}

/** Read the stack's tunnels from its synthesized cdk.tf.json and pair each with the model's session. */
export function stackTunnels(em: Emulation, outdir: string): StackTunnels | undefined {
  const file = path.join(outdir, 'stacks', em.stack, 'cdk.tf.json');
  const plans = readTunnels(file);
  const vpnSessions = em.sessions.filter((e) => e.linkRec.kind === LinkKind.VPN);
  if (plans.length === 0 && vpnSessions.length === 0) return undefined;
  const tunnels: StackTunnels['tunnels'] = [];
  for (const plan of plans) {
    const session = em.sessions.find((e) => {
      const ips = [e.rec.a.address, e.rec.b.address];
      return ips.includes(plan.azure.insideAddress) && ips.includes(plan.peer.insideAddress);
    });
    if (!session) throw new Error(`${plan.name}: no planned session between ${plan.azure.insideAddress} and ${plan.peer.insideAddress} (the synthesized inside addresses and the model disagree)`);
    const azureIsA = session.rec.a.address === plan.azure.insideAddress;
    tunnels.push({ plan, session, azureNode: azureIsA ? session.rec.a.node : session.rec.b.node, peerNode: azureIsA ? session.rec.b.node : session.rec.a.node });
  }
  const ids = new Set(tunnels.map((t) => t.session.rec.id));
  const bare = vpnSessions.filter((e) => !ids.has(e.rec.id)).map((e) => e.rec.id);
  if (bare.length) throw new Error(`VPN sessions without a synthesized tunnel (they would run over plain veth pairs): ${bare.join(', ')}`);
  if (ids.size !== tunnels.length) throw new Error('two tunnels carry the same planned session');
  const links: LinkSpec[] = em.topology.links.map((l, i) => (ids.has(l.name)
    ? { ...l, external: true, vlan: undefined, aInterface: l.aInterface ?? `t${i}`, bInterface: l.bInterface ?? `t${i}` } : l));
  return { file, tunnels, topology: { ...em.topology, links } };
}

/** Where each end's TUN goes in the BGP lab. */
export function placement(lab: Netlab, st: StackTunnels): (plan: TunnelPlan, side: 'azure' | 'peer') => Placement {
  return (plan, side) => {
    const t = st.tunnels.find((x) => x.plan === plan)!;
    const node = side === 'azure' ? t.azureNode : t.peerNode;
    return { ns: lab.ns(node), ifName: lab.iface(node, t.session.rec.id) };
  };
}

/** The library's proposal per link (S2SVpnBackup keeps one per peer cloud), for comparing with what IKE negotiated. */
export function libraryProposals(app: App): Map<string, IpsecProposal> {
  const out = new Map<string, IpsecProposal>();
  for (const c of app.node.findAll()) {
    if (!(c instanceof S2SVpnBackup)) continue;
    const stack = TerraformStack.of(c).node.id;
    const base = c.node.path.split('/').slice(1).join('/');
    if (c.awsProposal) out.set(`${stack}/${base}/aws`, c.awsProposal);
    if (c.gcpProposal) out.set(`${stack}/${base}/gcp`, c.gcpProposal);
    if (c.ociProposal) out.set(`${stack}/${base}/oci`, c.ociProposal);
  }
  return out;
}

// strongSwan's names of the library's algorithms (`swanctl --list-sas` output).
const SW_ENC: Record<string, string> = {
  AES128: 'AES_CBC-128', AES192: 'AES_CBC-192', AES256: 'AES_CBC-256', GCM_AES128: 'AES_GCM_16-128',
  GCM_AES192: 'AES_GCM_16-192', GCM_AES256: 'AES_GCM_16-256', DES3: '3DES_CBC', DES: 'DES_CBC',
};
const SW_INT: Record<string, string> = { MD5: 'HMAC_MD5_96', SHA1: 'HMAC_SHA1_96', SHA256: 'HMAC_SHA2_256_128', SHA384: 'HMAC_SHA2_384_192', SHA512: 'HMAC_SHA2_512_256' };
const SW_PRF: Record<string, string> = { MD5: 'PRF_HMAC_MD5', SHA1: 'PRF_HMAC_SHA1', SHA256: 'PRF_HMAC_SHA2_256', SHA384: 'PRF_HMAC_SHA2_384', SHA512: 'PRF_HMAC_SHA2_512' };
const SW_DH: Record<string, string> = {
  GROUP1: 'MODP_768', GROUP2: 'MODP_1024', GROUP5: 'MODP_1536', GROUP14: 'MODP_2048', GROUP15: 'MODP_3072', GROUP16: 'MODP_4096',
  GROUP17: 'MODP_6144', GROUP18: 'MODP_8192', ECP256: 'ECP_256', ECP384: 'ECP_384', ECP521: 'ECP_521', GROUP22: 'MODP_1024_160',
  GROUP23: 'MODP_2048_224', GROUP24: 'MODP_2048_256',
};

/** The library's proposal in strongSwan's words: IKE algorithms, ESP algorithms, IKE version. */
export function expectedAlgorithms(p: IpsecProposal): { ike: string; esp: string; version: string } {
  const gcmIke = p.ikeEncryption.startsWith('GCM');
  const ike = [SW_ENC[p.ikeEncryption], ...(gcmIke ? [] : [SW_INT[p.ikeIntegrity]]), SW_PRF[p.ikeIntegrity], SW_DH[p.dhGroup]].join('/');
  const gcmEsp = p.ipsecEncryption.startsWith('GCM');
  const esp = [SW_ENC[p.ipsecEncryption], ...(gcmEsp ? [] : [SW_INT[p.ipsecIntegrity]]), ...(p.pfsGroup === 'NONE' ? [] : [SW_DH[p.pfsGroup]])].join('/');
  return { ike, esp, version: p.ikeVersion === IkeVersion.IKEV2 ? 'IKEv2' : 'IKEv1' };
}

/** Checks 1 and 2, and the per-tunnel table. */
export async function checkTunnels(c: Checker, lab: Netlab, ipsec: IpsecLab, all: StackTunnels, proposals: Map<string, IpsecProposal>): Promise<void> {
  const refused = all.tunnels.flatMap((t) => [...t.plan.azure.problems, ...t.plan.peer.problems]);
  c.check(refused.length === 0, `IPsec: both sides of all ${all.tunnels.length} tunnels are within what their clouds document (else the tunnel is not started)`, refused.join('\n'));
  const st = { ...all, tunnels: all.tunnels.filter((t) => ipsec.started(t.plan)) };
  const rows = [['link', 'tunnel', 'IKE', 'proposal (IKE | ESP)', 'IKE SA', 'child SA', 'ESP in/out (Azure, 1st SA)', 'BGP']];
  const notUp: string[] = [];
  const wrong: string[] = [];
  const noEsp: string[] = [];
  const started = Date.now();
  for (const t of st.tunnels) await ipsec.waitUp(t.plan, Math.max(1000, 20_000 - (Date.now() - started)));
  // ESP packets of the first child SA, which carried every BGP session from its first SYN to Established.
  const first = new Map(st.tunnels.map((t) => [t, ipsec.state(t.plan)]));
  // The PFS group shows (and is negotiated) only once a child SA is rekeyed: rekey each once, wait for the new SA.
  await Promise.all(st.tunnels.map((t) => ipsec.rekey(t.plan)));
  const pfsShown = (t: StackTunnels['tunnels'][number]) => ipsec.state(t.plan).every((s) => s.child === 'INSTALLED' && /\/\w+$/.test(s.espProposal ?? '') && /[A-Z]{3,4}_\d+/.test((s.espProposal ?? '').split('/').pop()!));
  await poll(() => (st.tunnels.every((t) => proposals.get(t.session.linkRec.id)?.pfsGroup === 'NONE' || pfsShown(t)) ? true : undefined), 10_000, 200);
  for (const t of st.tunnels) {
    const [az, peer] = ipsec.state(t.plan);
    const bgp = lab.summary(t.azureNode).get(t.session.rec.a.node === t.azureNode ? t.session.rec.b.address! : t.session.rec.a.address!)?.state ?? '?';
    if (![az, peer].every((s) => s.ike === 'ESTABLISHED' && s.child === 'INSTALLED')) notUp.push(`${t.plan.name}: Azure ${az.ike}/${az.child}, ${t.plan.peer.cloud} ${peer.ike}/${peer.child}`);
    const want = proposals.get(t.session.linkRec.id);
    const exp = want ? expectedAlgorithms(want) : undefined;
    for (const [who, s] of [['Azure', az], [t.plan.peer.cloud, peer]] as const) {
      if (!exp) wrong.push(`${t.plan.name}: the library keeps no proposal for ${t.session.linkRec.id}`);
      else if (s.ikeProposal !== exp.ike || s.espProposal !== exp.esp || s.version !== exp.version) {
        wrong.push(`${t.plan.name} at ${who}: negotiated ${s.version} ${s.ikeProposal} | ${s.espProposal}, the library resolved ${exp.version} ${exp.ike} | ${exp.esp}`);
      }
    }
    const [az0, peer0] = first.get(t)!;
    if (!(az0.packetsIn > 0 && az0.packetsOut > 0 && peer0.packetsIn > 0 && peer0.packetsOut > 0)) noEsp.push(`${t.plan.name}: Azure ${az0.packetsIn}/${az0.packetsOut}, ${t.plan.peer.cloud} ${peer0.packetsIn}/${peer0.packetsOut}`);
    const both = (x: string, y: string) => (x === y ? x : `${x} / ${y}`);
    rows.push([c.short(t.session.linkRec.id), `${c.short(t.session.rec.id).split('/').pop()} (${t.plan.peer.resource.replace(/_[0-9A-F]{8}\b/, '').replace(/^.*\.VpnBackup_/, '')})`, az.version ?? '-',
      `${az.ikeProposal ?? '-'} | ${az.espProposal ?? '-'}`, both(az.ike, peer.ike), both(az.child, peer.child), `${az0.packetsIn}/${az0.packetsOut}`, bgp]);
  }
  c.check(notUp.length === 0 && st.tunnels.length === all.tunnels.length, `IPsec: all ${all.tunnels.length} tunnels negotiated by strongSwan (IKE SA ESTABLISHED and child SA INSTALLED on both ends)`, notUp.join('\n'));
  c.check(wrong.length === 0, 'IPsec: every tunnel negotiated exactly the IKE version and proposal the library resolved for its link, on both ends', wrong.join('\n'));
  c.check(noEsp.length === 0, 'IPsec: every BGP session of those tunnels runs inside its tunnel (ESP packets counted both ways on both ends)', noEsp.join('\n'));
  console.log(c.table(rows).split('\n').map((l) => `    ${l}`).join('\n'));
}

/** Check 3: one tunnel torn down, its routes move to another tunnel of its link; then back. */
export async function tunnelFailover(c: Checker, lab: Netlab, ipsec: IpsecLab, em: Emulation, st: StackTunnels,
  predict: (snapshot: ConnectivitySnapshot) => Map<string, string[]>, waitTables: (p: Map<string, string[]>, what: string) => Promise<boolean>,
  waitEstablished: (what: string) => Promise<boolean>): Promise<void> {
  // A tunnel whose Azure end has another tunnel of the same link: the routes have somewhere to go.
  const t = st.tunnels.filter((x) => ipsec.started(x.plan)).find((x) => st.tunnels.some((y) => y !== x && y.azureNode === x.azureNode && y.session.linkRec.id === x.session.linkRec.id));
  if (!t) {
    console.log('  --   IPsec failover: no Azure end with two tunnels of one link');
    return;
  }
  const peerIp = (x: typeof t) => (x.session.rec.a.node === x.azureNode ? x.session.rec.b.address! : x.session.rec.a.address!);
  const via = peerIp(t);
  const others = st.tunnels.filter((y) => y !== t && y.azureNode === t.azureNode && y.session.linkRec.id === t.session.linkRec.id);
  const label = em.labels.get(t.azureNode) ?? t.azureNode;
  const carried = [...lab.routes(t.azureNode).entries()].filter(([, ps]) => ps.some((p) => p.nextHop === via)).map(([p]) => p);
  console.log(`  IPsec failover: ${c.short(t.session.rec.id)} torn down (${t.plan.name}); ${label} learns [${carried.join(' ')}] over it`);
  ipsec.terminate(t.plan);
  const [az] = ipsec.state(t.plan);
  c.check(az.ike === '-' && az.child === '-', 'the tunnel is torn down: no IKE SA and no child SA left at the Azure end', `Azure ${az.ike}/${az.child}`);
  const down = await poll(() => (lab.summary(t.azureNode).get(via)?.state !== 'Established' ? true : undefined), 15_000, 200);
  c.check(down.value === true && down.ms <= 12_000, `its BGP session (${via}) leaves Established within the hold time (${(down.ms / 1000).toFixed(1)} s; hold time 9 s, polled)`);
  const otherIps = new Set(others.map(peerIp));
  // An Azure end with sessions of other links too (a Virtual WAN hub router: ExpressRoute and VPN) may prefer one of
  // those; a hub VNet's VPN gateway instance has only this link's tunnels, so the routes must move to one of them.
  const elsewhere = em.sessions.some((e) => (e.a.rec.node === t.azureNode || e.b.rec.node === t.azureNode) && e.linkRec.id !== t.session.linkRec.id);
  const moved = () => {
    const bad: string[] = [];
    const table = lab.routes(t.azureNode);
    for (const p of carried) {
      const best = table.get(p)?.find((x) => x.best && x.valid);
      const ok = best !== undefined && (otherIps.has(best.nextHop) || (elsewhere && best.nextHop !== via));
      if (!ok) bad.push(`${p}: best path ${best ? `via ${best.nextHop}` : 'none'}`);
    }
    return bad;
  };
  const r = await poll(() => (moved().length === 0 ? true : undefined), 15_000, 200);
  c.check(r.value === true && carried.length > 0, `${label}: every route it learned over the torn tunnel now goes over another tunnel of ${c.short(t.session.linkRec.id)}${elsewhere ? ' or another of its links' : ''} (${carried.length} routes, via ${[...otherIps].join(' or ')}${elsewhere ? ' or elsewhere' : ''})`,
    carried.length ? moved().join('\n') : 'it learned nothing over that tunnel');
  const snapshot: ConnectivitySnapshot = {
    hubs: em.snapshot.hubs,
    links: em.snapshot.links.map((l) => (l.id === t.session.linkRec.id ? { ...l, sessions: l.sessions.filter((s) => s.id !== t.session.rec.id) } : l)),
  };
  await waitTables(predict(snapshot), 'tunnel down');
  const t0 = Date.now();
  ipsec.initiate(t.plan);
  const up = await ipsec.waitUp(t.plan, 15_000);
  c.check(up.ok, `tunnel back: IKE SA and child SA up again (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  await waitEstablished('tunnel back');
  await waitTables(em.predicted, 'tunnel back');
}

type Mutation = (r: Record<string, Record<string, Record<string, any>>>) => void;

interface Variant { what: string; mutate: Mutation; pick: (plans: TunnelPlan[]) => TunnelPlan | undefined; expect: RegExp; expectText: string }

/** Before any lab: every value the library's capability tables let through renders to something its cloud documents. */
export function checkRenderSweep(c: Checker): void {
  const r = renderSweep();
  const problems = r.flatMap((x) => x.problems);
  c.check(problems.length === 0,
    `IPsec: every algorithm and group the library accepts for Azure, AWS and OCI renders to a value that cloud documents (${r.map((x) => `${x.cloud} ${x.rendered}${x.refused ? `, ${x.refused} refused by the renderer` : ''}`).join(', ')})`,
    problems.join('\n'));
}

/** Check 4: the variants that must fail. `json` is the stack's synthesized cdk.tf.json. */
export async function ipsecVariants(c: Checker, st: StackTunnels): Promise<void> {
  const first = (cloud: string) => st.tunnels.find((t) => t.plan.peer.cloud === cloud)?.plan;
  const aws = first('AWS');
  const az = st.tunnels[0]?.plan;
  // The Azure object holding a tunnel's key and IPsec policy: a hub VNet's connection, or a Virtual WAN
  // connection's link (`<type>.<name> link <link> (instance N)`).
  const holderOf = (plan: TunnelPlan) => {
    const m = /^(azurerm_\w+)\.([A-Za-z0-9_]+)(?: link (\S+))? \(instance/.exec(plan.azure.resource)!;
    const get = (r: Resources): Res => (m[3] ? r[m[1]][m[2]].vpn_link.find((l: Res) => l.name === m[3]) : r[m[1]][m[2]]);
    const policy = (r: Resources): Res => { const x = get(r).ipsec_policy; return Array.isArray(x) ? x[0] : x; };
    return { label: m[3] ? `${m[2]} ${m[3]}` : m[2], get, policy };
  };
  const awsConn = aws ? /aws_vpn_connection\.([A-Za-z0-9_]+) tunnel([12])/.exec(aws.peer.resource) : null;
  const variants: Variant[] = [];
  if (aws && awsConn) {
    const [, conn, n] = awsConn;
    variants.push({
      what: `an IKEv1-only peer (${aws.peer.resource}: tunnel${n}_ike_versions = ["ikev1"]) against the IKEv2-only Azure connection`,
      mutate: (r) => { r.aws_vpn_connection[conn][`tunnel${n}_ike_versions`] = ['ikev1']; },
      pick: (ps) => ps.find((p) => p.name === aws.name), expect: /NO_PROPOSAL_CHOSEN|no IKE config found/, expectText: 'NO_PROPOSAL_CHOSEN',
    });
    variants.push({
      what: `a proposal changed on one side only (${aws.peer.resource}: tunnel${n}_phase1_encryption_algorithms = ["AES128"], Azure unchanged)`,
      mutate: (r) => { r.aws_vpn_connection[conn][`tunnel${n}_phase1_encryption_algorithms`] = ['AES128']; },
      pick: (ps) => ps.find((p) => p.name === aws.name), expect: /NO_PROPOSAL_CHOSEN/, expectText: 'NO_PROPOSAL_CHOSEN',
    });
  }
  const [p0, p1] = st.tunnels.map((t) => t.plan);
  if (p0 && p1) {
    const c0 = holderOf(p0);
    const c1 = holderOf(p1);
    variants.push({
      what: `the pre-shared keys of two tunnels swapped on the Azure side only (${c0.label} <-> ${c1.label})`,
      mutate: (r) => {
        const [x0, x1] = [c0.get(r), c1.get(r)];
        [x0.shared_key, x1.shared_key] = [x1.shared_key, x0.shared_key];
      },
      pick: (ps) => ps.find((p) => p.name === p0.name), expect: /AUTHENTICATION_FAILED|authentication of .* failed|tried \d+ shared key/, expectText: 'AUTHENTICATION_FAILED',
    });
  }
  const runs = variants.map((v) => ({ v, plan: v.pick(readTunnels(st.file, v.mutate)) }));
  const lab = await IpsecLab.up(runs.map((x) => x.plan).filter((p): p is TunnelPlan => !!p));
  try {
    const results = await Promise.all(runs.map(async ({ v, plan }) => (plan ? { v, plan, hits: await lab.waitLog(plan, v.expect, 15_000) } : { v, plan, hits: undefined })));
    for (const { v, plan, hits } of results) {
      const st8 = plan && lab.started(plan) ? lab.state(plan) : undefined;
      const failed = st8 !== undefined && st8.every((s) => s.ike !== 'ESTABLISHED' || s.child !== 'INSTALLED');
      c.check(!!hits && failed, `IPsec variant, ${v.what}: the tunnel does not come up, ${v.expectText}`,
        hits ? `${hits.slice(0, 2).join('\n')}` : `expected ${v.expect} in the charon logs${st8 ? `; state Azure ${st8[0].ike}/${st8[0].child}` : ''}`);
      if (hits) console.log(`       ${hits[0]}`);
    }
  } finally {
    await lab.down();
    const left = lab.livePids();
    c.check(left.length === 0, 'cleanup: every charon of the variants stopped', left.join(' '));
  }
  if (az) {
    const holder = holderOf(az);
    const conn = holder.label;
    const plan = readTunnels(st.file, (r) => { holder.policy(r).dh_group = 'ECP521'; })
      .find((p) => p.name === az.name);
    const problems = plan?.azure.problems ?? [];
    c.check(problems.some((p) => /ECP521/.test(p) && /learn\.microsoft\.com/.test(p)), `IPsec variant, a value Azure does not document (${conn}: ipsec_policy.dh_group = "ECP521"): refused before any IKE, with the source`, problems.join('\n') || 'accepted');
    if (problems[0]) console.log(`       ${problems[0]}`);
  }
  libraryIkev1Error(c);
}

/** The library's synth-time error for an IKEv1-only AWS side against an IKEv2-only Azure gateway. */
function libraryIkev1Error(c: Checker): void {
  let message = '';
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), `${runPrefix}-ikev1-`));
  try {
    const app = new App({ outdir });
    const stack = new TerraformStack(app, 'ikev1');
    const azure = new AzureHub(stack, 'Azure', {
      resourceGroupName: 'rg', location: 'westeurope', virtualNetworkName: 'vnet', addressSpace: ['10.10.0.0/16'], gatewaySubnetCidr: '10.10.255.0/27',
    });
    const aws = new AwsHub(stack, 'Aws', { vpcId: 'vpc-0123456789abcdef0', vpcCidrs: ['10.30.0.0/16'], region: 'eu-west-1' });
    new S2SVpnBackup(stack, 'Vpn', { azure, aws, azureIkeVersions: [IkeVersion.IKEV2], awsIkeVersions: [IkeVersion.IKEV1] });
  } catch (e) {
    message = (e as Error).message;
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
  c.check(/`awsIkeVersions`/.test(message) && /share no IKE version/.test(message) && /deploy a VPN termination endpoint in (AWS|Azure) that speaks IKEv[12]/.test(message),
    'the library refuses that IKEv1-only / IKEv2-only configuration at synth time, naming `awsIkeVersions` and the VPN termination endpoint to deploy',
    message || 'no error');
  if (message) console.log(`       ${message.split('\n')[0].slice(0, 300)}`);
}
