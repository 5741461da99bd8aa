// IKE and ESP for real, in user space: one strongSwan charon per tunnel end (ipsec-plan.ts says how each is
// configured). The kernel here has no XFRM, so charon runs the `kernel-libipsec` plugin: IKE in charon, ESP in charon
// too, through a TUN device.
//
// Per tunnel end: a "gateway" network namespace holds the end's outside (lab) address on a veth to the other end's
// gateway namespace, and runs charon in its own mount namespace (its /run is a directory of this run, so the pid
// file and vici socket of every instance are separate). The TUN device charon creates is moved into the BGP
// speaker's namespace and given the tunnel's inside (APIPA) address there: what bgpd sends to the peer's inside
// address goes into the TUN, charon encrypts it and sends ESP-in-UDP from the gateway namespace, the other charon
// decrypts it into its TUN in the other speaker's namespace. The child SA's traffic selectors are 0.0.0.0/0 on both
// sides (route-based VPN, as every cloud here uses). kernel-libipsec also installs a route through the TUN by name
// in the gateway namespace; once the TUN has moved, a placeholder veth takes its name there so that route has a
// device (the gateway namespace routes nothing else through it).
//
// Every namespace is named with the run prefix; every charon is stopped by its pid (never by name), on `down()`, on
// failure and, through netlab's cleanup hooks, on SIGINT/SIGTERM/SIGHUP and exit.
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { IpsecSide, TunnelPlan } from './ipsec-plan';
import { alive, LabUnavailableError, onCleanup, poll, runPrefix } from './netlab';

const CHARON = '/usr/lib/ipsec/charon';
const LIBIPSEC = '/usr/lib/ipsec/plugins/libstrongswan-kernel-libipsec.so';
const PACKAGES = ['strongswan-charon', 'strongswan-swanctl', 'libcharon-extra-plugins'];

function sh(cmd: string, args: string[], allowFail = false, timeout = 20_000): { code: number; out: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  const code = r.status ?? 1;
  if (code !== 0 && !allowFail) throw new Error(`${cmd} ${args.join(' ')} failed (${code}): ${out}`);
  return { code, out };
}

/**
 * Check that this machine can run IPsec in user space: a TUN device can be created in a namespace, and strongSwan
 * with kernel-libipsec is installed (installed from Debian when missing). Throws a `LabUnavailableError` saying why.
 */
export function ipsecPreflight(): string {
  if (!fs.existsSync('/dev/net/tun')) throw new LabUnavailableError('/dev/net/tun is missing: the IPsec tunnels need TUN devices (kernel-libipsec)');
  const probe = `${runPrefix}-tunprobe`;
  sh('ip', ['netns', 'add', probe]);
  try {
    const t = sh('ip', ['-n', probe, 'tuntap', 'add', 'dev', 't0', 'mode', 'tun'], true);
    if (t.code !== 0) throw new LabUnavailableError(`a TUN device cannot be created in a namespace (${t.out}); the IPsec tunnels need one per end`);
  } finally {
    sh('ip', ['netns', 'del', probe], true);
  }
  if (!fs.existsSync(CHARON) || !fs.existsSync(LIBIPSEC) || spawnSync('sh', ['-c', 'command -v swanctl']).status !== 0) {
    console.log(`emulation: strongSwan with kernel-libipsec is missing: installing ${PACKAGES.join(' ')} from Debian`);
    if (spawnSync('sh', ['-c', 'command -v apt-get']).status !== 0) throw new LabUnavailableError(`strongSwan is missing and apt-get is not available: install ${PACKAGES.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    let r = spawnSync('apt-get', ['install', '-y', '-qq', ...PACKAGES], { encoding: 'utf8', env, timeout: 600_000 });
    if (r.status !== 0) {
      spawnSync('apt-get', ['update', '-qq'], { encoding: 'utf8', env, timeout: 300_000 });
      r = spawnSync('apt-get', ['install', '-y', '-qq', ...PACKAGES], { encoding: 'utf8', env, timeout: 600_000 });
    }
    if (r.status !== 0 || !fs.existsSync(LIBIPSEC)) throw new LabUnavailableError(`'apt-get install -y ${PACKAGES.join(' ')}' failed: ${(r.stderr || r.stdout || '').trim().split('\n').slice(-2).join(' / ')}`);
  }
  return sh(CHARON, ['--version'], true).out.split('\n')[0] || 'strongSwan';
}

/** Where a tunnel end's TUN goes: a speaker's namespace and the interface name there. */
export interface Placement { readonly ns: string; readonly ifName: string }

/** The state of one end, from `swanctl --list-sas`. */
export interface SaState {
  /** e.g. ESTABLISHED, CONNECTING, or '-' when there is no IKE SA. */
  readonly ike: string;
  /** e.g. IKEv2. */
  readonly version?: string;
  /** The negotiated IKE algorithms, e.g. AES_CBC-256/HMAC_SHA2_384_192/PRF_HMAC_SHA2_384/ECP_384. */
  readonly ikeProposal?: string;
  /** e.g. INSTALLED, or '-'. */
  readonly child: string;
  /** The negotiated ESP algorithms, e.g. AES_GCM_16-256/ECP_384. */
  readonly espProposal?: string;
  /** ESP packets in / out on the child SA. */
  readonly packetsIn: number;
  readonly packetsOut: number;
}

interface End {
  readonly side: IpsecSide;
  readonly peer: IpsecSide;
  readonly ns: string;
  readonly dir: string;
  child?: ChildProcess;
  pid?: number;
  exited: boolean;
}

interface Pair { readonly plan: TunnelPlan; readonly ends: [End, End] }

const CHILD = 'bgp';

let labCounter = 0;

/** A set of running tunnels. Create with `IpsecLab.up`, always `down()` it (try/finally). */
export class IpsecLab {
  /**
   * Start every tunnel of `plans` whose sides have no problems: namespaces, veths, two charons each, the TUNs placed
   * (when `place` gives a placement) and the configuration loaded (the responder first, then the initiator, which
   * starts the tunnel).
   */
  public static async up(plans: TunnelPlan[], place?: (plan: TunnelPlan, side: 'azure' | 'peer') => Placement | undefined): Promise<IpsecLab> {
    const lab = new IpsecLab();
    const unregister = onCleanup(() => lab.downSync());
    lab.unregister = unregister;
    try {
      plans.forEach((plan, i) => {
        if (plan.azure.problems.length || plan.peer.problems.length) return;
        const ns = (s: string) => `${runPrefix}-x${lab.id}-${i}${s}`;
        const ends: [End, End] = [
          { side: plan.azure, peer: plan.peer, ns: ns('a'), dir: path.join(lab.runDir, `${i}a`), exited: false },
          { side: plan.peer, peer: plan.azure, ns: ns('p'), dir: path.join(lab.runDir, `${i}p`), exited: false },
        ];
        lab.pairs.set(plan, { plan, ends });
        lab.build(ends);
      });
      await Promise.all([...lab.pairs.values()].flatMap((p) => p.ends.map((e) => lab.waitStarted(e))));
      for (const p of lab.pairs.values()) {
        p.ends.forEach((e, k) => {
          const where = place?.(p.plan, k === 0 ? 'azure' : 'peer');
          if (where) lab.placeTun(e, where);
        });
        const ordered = [...p.ends].sort((x, y) => Number(x.side.initiator) - Number(y.side.initiator));
        for (const e of ordered) lab.load(e);
      }
    } catch (e) {
      lab.downSync();
      throw e;
    }
    return lab;
  }

  private readonly id = labCounter++;
  private readonly runDir = path.join(os.tmpdir(), `${runPrefix}-ipsec${this.id}`);
  private readonly pairs = new Map<TunnelPlan, Pair>();
  private readonly created: string[] = [];
  private closed = false;
  private unregister?: () => void;

  private constructor() {
    fs.mkdirSync(this.runDir, { recursive: true });
  }

  private build(ends: [End, End]): void {
    for (const e of ends) {
      sh('ip', ['netns', 'add', e.ns]);
      this.created.push(e.ns);
      sh('ip', ['-n', e.ns, 'link', 'set', 'lo', 'up']);
      fs.mkdirSync(path.join(e.dir, 'run'), { recursive: true });
    }
    const [a, b] = ends;
    sh('ip', ['-n', a.ns, 'link', 'add', 'out', 'type', 'veth', 'peer', 'name', 'outp']);
    sh('ip', ['-n', a.ns, 'link', 'set', 'outp', 'netns', b.ns]);
    sh('ip', ['-n', b.ns, 'link', 'set', 'outp', 'name', 'out']);
    for (const e of ends) {
      sh('ip', ['-n', e.ns, 'addr', 'add', e.side.outside, 'peer', `${e.peer.outside}/32`, 'dev', 'out']);
      sh('ip', ['-n', e.ns, 'link', 'set', 'out', 'up']);
      fs.writeFileSync(path.join(e.dir, 'strongswan.conf'), strongswanConf(e.dir));
      const out = fs.openSync(path.join(e.dir, 'charon.out'), 'a');
      // `ip netns exec` and `unshare` exec in place and the shell execs charon: the pid we get is charon's.
      const child = spawn('ip', ['netns', 'exec', e.ns, 'unshare', '-m', '--propagation', 'private', 'sh', '-c',
        `mount --bind ${path.join(e.dir, 'run')} /run && exec env STRONGSWAN_CONF=${path.join(e.dir, 'strongswan.conf')} ${CHARON}`],
      { stdio: ['ignore', out, out], detached: true });
      fs.closeSync(out);
      if (child.pid === undefined) throw new Error(`${e.side.resource}: could not start charon`);
      e.child = child;
      e.pid = child.pid;
      child.on('exit', () => { e.exited = true; });
      child.unref();
    }
  }

  private vici(e: End): string {
    return `unix://${path.join(e.dir, 'run', 'charon.vici')}`;
  }

  private async waitStarted(e: End): Promise<void> {
    const r = await poll(() => (fs.existsSync(path.join(e.dir, 'run', 'charon.vici'))
      && sh('ip', ['-n', e.ns, 'link', 'show', 'ipsec0'], true).code === 0 ? true : e.exited ? false : undefined), 10_000, 50);
    if (r.value !== true) throw new Error(`${e.side.resource}: charon did not start (${e.exited ? 'it exited' : 'no vici socket or TUN after 10 s'}): ${this.tail(e)}`);
  }

  private placeTun(e: End, where: Placement): void {
    sh('ip', ['-n', e.ns, 'link', 'set', 'ipsec0', 'netns', where.ns]);
    sh('ip', ['-n', where.ns, 'link', 'set', 'ipsec0', 'name', where.ifName]);
    sh('ip', ['-n', e.ns, 'link', 'add', 'ipsec0', 'type', 'veth', 'peer', 'name', 'ipsec0p']);
    sh('ip', ['-n', e.ns, 'link', 'set', 'ipsec0', 'up']);
    sh('ip', ['-n', e.ns, 'link', 'set', 'ipsec0p', 'up']);
    sh('ip', ['-n', where.ns, 'addr', 'add', ...e.side.inside.split(' '), 'dev', where.ifName]);
    sh('ip', ['-n', where.ns, 'link', 'set', where.ifName, 'up']);
  }

  private load(e: End): void {
    const file = path.join(e.dir, 'swanctl.conf');
    fs.writeFileSync(file, swanctlConf(e.side, e.peer));
    const r = sh('swanctl', ['--load-all', '--file', file, '--uri', this.vici(e)], true);
    if (r.code !== 0 || !/successfully loaded 1 connections/.test(r.out)) throw new Error(`${e.side.resource}: swanctl could not load ${file}: ${r.out.split('\n').filter((l) => !/plugin|opening directory/.test(l)).join(' / ')}`);
  }

  /** Whether a tunnel was started (it is not when one of its sides has problems). */
  public started(plan: TunnelPlan): boolean {
    return this.pairs.has(plan);
  }

  /** Both ends' state (Azure first). */
  public state(plan: TunnelPlan): [SaState, SaState] {
    const p = this.pair(plan);
    return [this.endState(p.ends[0]), this.endState(p.ends[1])];
  }

  private endState(e: End): SaState {
    const r = sh('swanctl', ['--list-sas', '--uri', this.vici(e)], true, 5000);
    const lines = r.out.split('\n');
    const head = lines.map((l) => /^\S+: #\d+, (\w+), (IKEv\d)/.exec(l)).find((m) => m);
    const ikeProp = lines.find((l) => /^ {2}[A-Z0-9_]+[-/][A-Z0-9_/-]+$/.test(l))?.trim();
    // After a rekey the old child SA stays listed (REKEYED) for a few seconds: take the newest INSTALLED one.
    const blocks = r.out.split(new RegExp(`(?=^ {2}${CHILD}: #)`, 'm')).slice(1);
    const parsed = blocks.map((b) => ({ m: new RegExp(`^ {2}${CHILD}: #\\d+, reqid \\d+, (\\w+), [^,]+, ESP:(\\S+)`).exec(b), b }));
    const chosen = [...parsed].reverse().find((x) => x.m?.[1] === 'INSTALLED') ?? parsed[0];
    const child = chosen?.m;
    const pk = (dir: string) => Number(new RegExp(`^ +${dir} +[0-9a-f]+[^,]*, +\\d+ bytes, +(\\d+) packets`, 'm').exec(chosen?.b ?? '')?.[1] ?? 0);
    return { ike: head?.[1] ?? '-', version: head?.[2], ikeProposal: ikeProp, child: child?.[1] ?? '-', espProposal: child?.[2], packetsIn: pk('in'), packetsOut: pk('out') };
  }

  /** Wait until both ends have an ESTABLISHED IKE SA and an INSTALLED child SA. */
  public async waitUp(plan: TunnelPlan, timeoutMs: number): Promise<{ ok: boolean; ms: number }> {
    const r = await poll(() => (this.state(plan).every((s) => s.ike === 'ESTABLISHED' && s.child === 'INSTALLED') ? true : undefined), timeoutMs, 200);
    return { ok: r.value === true, ms: r.ms };
  }

  /** Wait until either end's charon log matches `pattern`; returns the matching lines. */
  public async waitLog(plan: TunnelPlan, pattern: RegExp, timeoutMs: number): Promise<string[] | undefined> {
    const p = this.pair(plan);
    const r = await poll(() => {
      const hits = p.ends.flatMap((e, k) => this.log(e).split('\n').filter((l) => pattern.test(l)).map((l) => `${k === 0 ? 'Azure' : e.side.cloud}: ${l.trim()}`));
      return hits.length ? hits : undefined;
    }, timeoutMs, 200);
    return r.value;
  }

  /** Tear a tunnel down: the initiator deletes the IKE SA (and so the child SA); nothing restarts it. */
  public terminate(plan: TunnelPlan): void {
    const e = this.initiatorOf(plan);
    sh('swanctl', ['--terminate', '--ike', 'tunnel', '--uri', this.vici(e), '--timeout', '10'], true, 15_000);
  }

  /**
   * Rekey the child SA from the initiator. IKEv2 creates the first child SA inside IKE_AUTH without a DH exchange,
   * so the PFS group is negotiated, and shown, only from the first rekey on.
   */
  public rekey(plan: TunnelPlan): Promise<void> {
    const e = this.initiatorOf(plan);
    return new Promise((resolve) => {
      const p = spawn('swanctl', ['--rekey', '--child', CHILD, '--uri', this.vici(e)], { stdio: 'ignore' });
      const timer = setTimeout(() => p.kill(), 15_000);
      p.on('exit', () => { clearTimeout(timer); resolve(); });
      p.on('error', () => { clearTimeout(timer); resolve(); });
    });
  }

  /** Bring a torn-down tunnel back: the initiator starts it again. */
  public initiate(plan: TunnelPlan): void {
    const e = this.initiatorOf(plan);
    sh('swanctl', ['--initiate', '--child', CHILD, '--uri', this.vici(e), '--timeout', '10'], true, 15_000);
  }

  private initiatorOf(plan: TunnelPlan): End {
    return this.pair(plan).ends.find((e) => e.side.initiator) ?? this.pair(plan).ends[0];
  }

  private pair(plan: TunnelPlan): Pair {
    const p = this.pairs.get(plan);
    if (!p) throw new Error(`tunnel ${plan.name} is not running`);
    return p;
  }

  private log(e: End): string {
    try {
      return fs.readFileSync(path.join(e.dir, 'charon.log'), 'utf8');
    } catch {
      return '';
    }
  }

  private tail(e: End): string {
    return `${this.log(e)}\n${fs.existsSync(path.join(e.dir, 'charon.out')) ? fs.readFileSync(path.join(e.dir, 'charon.out'), 'utf8') : ''}`.trim().split('\n').slice(-4).join(' / ') || '(no output)';
  }

  /** Check that every charon still runs. */
  public assertAlive(): void {
    for (const p of this.pairs.values()) for (const e of p.ends) if (e.exited) throw new Error(`${e.side.resource}: charon (pid ${e.pid}) exited: ${this.tail(e)}`);
  }

  /** Stop every charon (by pid) and delete every namespace this lab created. */
  public async down(): Promise<void> {
    const ends = [...this.pairs.values()].flatMap((p) => p.ends);
    this.downSync();
    await poll(() => (ends.every((e) => e.exited || e.pid === undefined) ? true : undefined), 3000, 20);
  }

  /** Synchronous cleanup (signal and exit handlers). Idempotent. */
  public downSync(): void {
    if (this.closed) return;
    this.closed = true;
    this.unregister?.();
    const ends = [...this.pairs.values()].flatMap((p) => p.ends).filter((e) => e.pid !== undefined && !e.exited);
    for (const e of ends) {
      try { process.kill(e.pid!, 'SIGTERM'); } catch { e.exited = true; }
    }
    const deadline = Date.now() + 3000;
    for (const e of ends) {
      while (!e.exited && alive(e.pid!) && Date.now() < deadline) spawnSync('sleep', ['0.05']);
      if (alive(e.pid!)) {
        try { process.kill(e.pid!, 'SIGKILL'); } catch { /* gone */ }
      }
    }
    for (const ns of this.created) sh('ip', ['netns', 'del', ns], true);
    this.created.length = 0;
    if (!process.env.EMULATION_KEEP_LOGS) fs.rmSync(this.runDir, { recursive: true, force: true });
  }

  /** Pids of the charons this lab started that still run. */
  public livePids(): number[] {
    return [...this.pairs.values()].flatMap((p) => p.ends).filter((e) => e.pid !== undefined && alive(e.pid)).map((e) => e.pid!);
  }
}

/** charon's settings: only the plugins it needs, kernel-libipsec before kernel-netlink, a log file per instance. */
function strongswanConf(dir: string): string {
  return `charon {
  load_modular = no
  load = random nonce openssl gmp aes sha1 sha2 md5 des hmac gcm pem pkcs1 x509 pubkey kdf kernel-libipsec kernel-netlink socket-default vici
  install_routes = no
  install_virtual_ip = no
  retransmit_tries = 3
  retransmit_timeout = 1.0
  filelog {
    lab {
      path = ${path.join(dir, 'charon.log')}
      time_format = %T
      flush_line = yes
      default = 1
      ike = 1
      knl = 0
    }
  }
  syslog {
    daemon {
      default = -1
    }
  }
}
`;
}

/** One connection `tunnel` with one child `bgp`, exactly as `side` says, towards `peer`'s outside address. */
export function swanctlConf(side: IpsecSide, peer: IpsecSide): string {
  return `connections {
  tunnel {
    version = ${side.version}
    local_addrs = ${side.outside}
    remote_addrs = ${peer.outside}
    proposals = ${side.ike.join(',')}
    rekey_time = ${side.ikeLifetimeSeconds}s
    local {
      auth = psk
      id = ${side.outside}
    }
    remote {
      auth = psk
      id = ${peer.outside}
    }
    children {
      ${CHILD} {
        local_ts = 0.0.0.0/0
        remote_ts = 0.0.0.0/0
        esp_proposals = ${side.esp.join(',')}
        rekey_time = ${side.espLifetimeSeconds}s
        start_action = ${side.initiator ? 'start' : 'none'}
      }
    }
  }
}
secrets {
  ike-tunnel {
    id-local = ${side.outside}
    id-remote = ${peer.outside}
    secret = "${side.psk}"
  }
}
`;
}
