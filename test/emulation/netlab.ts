// A generic BGP lab on one Linux machine: one network namespace per speaker, one veth pair per link, and FRRouting
// (zebra + bgpd, bfdd when a session asks for BFD) in every namespace, each with its own run directory, pid files
// and vty sockets. Knows nothing about the library: `from-model.ts` turns the library's plan into a `Topology`.
//
// Safety rules (the machine is shared):
// - every namespace, veth and directory is named with a per-run prefix `mc<pid>` and created by this run; cleanup
//   deletes exactly the namespaces in `created` and kills exactly the pids it spawned — never by name;
// - cleanup runs on `down()`, on failure (callers use try/finally), on SIGINT/SIGTERM/SIGHUP and on process exit;
// - no traffic leaves the namespaces this run creates.
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** One BGP neighbor of a speaker (an eBGP session on a link). */
export interface NeighborSpec {
  /** The link (by name) the session runs on. */
  readonly link: string;
  /** This speaker's address with the prefix length, e.g. `192.168.255.2/30`. */
  readonly localAddress: string;
  /** The peer's address (no prefix length). */
  readonly peerAddress: string;
  /** The peer's ASN. */
  readonly peerAsn: number;
  /** A description (FRR `neighbor ... description`). */
  readonly description?: string;
  /** `neighbor ... maximum-prefix` (what this speaker accepts); none when undefined. */
  readonly maximumPrefix?: number;
  /** Inbound: set this local preference on every route from the peer. */
  readonly localPref?: number;
  /** Inbound: set this weight on every route from the peer. */
  readonly weight?: number;
  /** Outbound: set this MED on every route sent to the peer. */
  readonly med?: number;
  /** Outbound: prepend the local ASN this many times. */
  readonly prependOut?: number;
  /** Outbound: send only these prefixes (each an exact prefix, or `prefix le N`); `[]` sends nothing; undefined sends all. */
  readonly prefixListOut?: string[];
  /** Outbound (when `prefixListOut` is undefined): send everything except these prefixes and anything longer. */
  readonly denyOut?: string[];
  /** Inbound: drop these prefixes and anything longer. */
  readonly denyIn?: string[];
  /** Accept routes whose AS path already holds the local ASN once (`allowas-in 1`). */
  readonly allowasIn?: boolean;
  /** Never open the session (wait for the peer). */
  readonly passive?: boolean;
  /** TCP MD5 password. */
  readonly password?: string;
  /** Run BFD on the session (starts bfdd in the namespace). */
  readonly bfd?: boolean;
  /** Inbound: add this BGP community (e.g. `65000:1`) to every route from the peer (a transit group's mark). */
  readonly tagIn?: string;
  /** Outbound: send no route that carries this community (routes learned in the same transit group). */
  readonly denyTagOut?: string;
}

/** One BGP speaker: a namespace with zebra and bgpd. */
export interface SpeakerSpec {
  /** A unique name (used in messages; the namespace gets a short generated name). */
  readonly name: string;
  /** Its ASN. */
  readonly asn: number;
  /** Its BGP router id. */
  readonly routerId: string;
  /** Prefixes it originates (`network` statements, each backed by a blackhole route in the namespace). */
  readonly networks: string[];
  /** Its sessions. */
  readonly neighbors: NeighborSpec[];
  /**
   * An FRR configuration to load exactly as given, instead of the one generated from `neighbors` (which then only
   * describe the sessions for queries). It must assign the interface addresses itself (`interface` sections).
   * Blackhole routes are still added for `networks`, so that its `network` statements are valid.
   */
  readonly rawConfig?: string;
}

/** A point-to-point link: a veth pair between two speakers. */
export interface LinkSpec {
  /** A unique name. */
  readonly name: string;
  /** One speaker (by name). */
  readonly a: string;
  /** The other speaker. */
  readonly b: string;
  /** The interface name in `a`'s namespace. @default `e<n>` */
  readonly aInterface?: string;
  /** The interface name in `b`'s namespace. @default `e<n>` */
  readonly bInterface?: string;
  /** An 802.1Q VLAN: both ends get a tagged sub-interface when the kernel supports it. */
  readonly vlan?: number;
  /**
   * True when the caller brings the link's two interfaces (named `aInterface` / `bInterface`) and their addresses
   * itself, in `Netlab.up`'s `attach` step (e.g. the TUN devices of IPsec tunnels, ipsec.ts): the lab creates no veth
   * and assigns no address on it.
   */
  readonly external?: boolean;
}

/** What the lab is built from. */
export interface Topology {
  /** The speakers. */
  readonly speakers: SpeakerSpec[];
  /** The links. */
  readonly links: LinkSpec[];
}

/** The state of one neighbor as bgpd reports it. */
export interface PeerState {
  /** e.g. `Established`, `Active`, `Idle (PfxCt)`. */
  readonly state: string;
  /** Prefixes accepted from the peer. */
  readonly pfxRcd: number;
  /** Prefixes sent to the peer. */
  readonly pfxSnt: number;
  /** The last reset or notification reason, when bgpd reports one. */
  readonly lastReason?: string;
}

/** One path of a prefix in a BGP table. */
export interface BgpPath {
  /** The next hop (`0.0.0.0` for a local route). */
  readonly nextHop: string;
  /** The AS path, as text. */
  readonly asPath: string;
  /** The local preference, when bgpd shows one. */
  readonly localPref?: number;
  /** True for the best path. */
  readonly best: boolean;
  /** True when the path is valid. */
  readonly valid: boolean;
}

/** Why the lab cannot run on this machine (not a test failure: the environment is unsuitable). */
export class LabUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LabUnavailableError';
  }
}

const FRR = '/usr/lib/frr';
const RUN_PREFIX = `mc${process.pid}`;

let log: (line: string) => void = (line) => console.log(line);
/** Where the lab reports what it does (default: stdout). */
export function setLabLogger(f: (line: string) => void): void {
  log = f;
}

function sh(cmd: string, args: string[], opts: { input?: string; allowFail?: boolean } = {}): { code: number; out: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', input: opts.input, timeout: 20_000 });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  const code = r.status ?? (r.error ? 127 : 1);
  if (code !== 0 && !opts.allowFail) throw new Error(`${cmd} ${args.join(' ')} failed (${code}): ${out || r.error?.message}`);
  return { code, out };
}

function which(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0;
}

let aptUpdated = false;
function aptInstall(pkgs: string[], why: string): void {
  log(`emulation: ${why}: installing ${pkgs.join(' ')} from Debian (apt-get install -y ${pkgs.join(' ')})`);
  if (!which('apt-get')) throw new LabUnavailableError(`${why}, and apt-get is not available to install ${pkgs.join(' ')}: install FRRouting 8.x (zebra, bgpd, vtysh under ${FRR}) and iproute2 by hand`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    const u = spawnSync('apt-get', ['update', '-qq'], { encoding: 'utf8', env, timeout: 300_000 });
    if (u.status !== 0) throw new LabUnavailableError(`${why}; 'apt-get update' failed: ${(u.stderr || u.stdout || '').trim().split('\n').slice(-3).join(' / ')}`);
    aptUpdated = true;
  }
  const r = spawnSync('apt-get', ['install', '-y', '-qq', ...pkgs], { encoding: 'utf8', env, timeout: 600_000 });
  if (r.status !== 0) throw new LabUnavailableError(`${why}; 'apt-get install -y ${pkgs.join(' ')}' failed: ${(r.stderr || r.stdout || '').trim().split('\n').slice(-3).join(' / ')}`);
}

/**
 * Check that this machine can run the lab, installing FRR (and iproute2) from Debian when missing. Throws a
 * `LabUnavailableError` saying why when it cannot (never returns quietly on an unsuitable machine).
 */
export function preflight(): { frrVersion: string; vlan: boolean } {
  if (process.platform !== 'linux') throw new LabUnavailableError(`the emulation needs Linux network namespaces; this is ${process.platform}`);
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    throw new LabUnavailableError('the emulation must run as root (network namespaces, veth pairs and FRR need CAP_NET_ADMIN); CI runs it as root — run `sudo npm run test:emulation`');
  }
  if (!which('ip')) aptInstall(['iproute2'], 'the `ip` command (iproute2) is missing');
  if (!fs.existsSync(`${FRR}/bgpd`) || !fs.existsSync(`${FRR}/zebra`) || !which('vtysh')) aptInstall(['frr'], `FRRouting is missing (${FRR}/bgpd)`);
  if (!fs.existsSync(`${FRR}/bgpd`) || !which('vtysh')) throw new LabUnavailableError(`FRRouting is still missing after installing it (${FRR}/bgpd, vtysh)`);
  const probe = `${RUN_PREFIX}-probe`;
  const add = sh('ip', ['netns', 'add', probe], { allowFail: true });
  if (add.code !== 0) throw new LabUnavailableError(`\`ip netns add\` does not work on this machine (${add.out}); the emulation needs network namespaces`);
  let vlan = false;
  try {
    const v = sh('ip', ['-n', probe, 'link', 'add', 'p0', 'type', 'veth', 'peer', 'name', 'p1'], { allowFail: true });
    if (v.code !== 0) throw new LabUnavailableError(`veth pairs cannot be created in a namespace (${v.out}); the emulation needs them`);
    vlan = sh('ip', ['-n', probe, 'link', 'add', 'link', 'p0', 'name', 'p0.7', 'type', 'vlan', 'id', '7'], { allowFail: true }).code === 0;
  } finally {
    sh('ip', ['netns', 'del', probe], { allowFail: true });
  }
  const version = sh(`${FRR}/bgpd`, ['--version'], { allowFail: true }).out.split('\n')[0] ?? 'FRRouting';
  return { frrVersion: version, vlan };
}

interface Daemon { readonly name: string; readonly pid: number; readonly child: ChildProcess; exited: boolean }

interface Node {
  readonly spec: SpeakerSpec;
  readonly ns: string;
  readonly dir: string;
  readonly daemons: Daemon[];
  /** link name -> interface name in this namespace. */
  readonly interfaces: Map<string, string>;
}

const LABS = new Set<Netlab>();
const CLEANUPS = new Set<() => void>();
let handlersInstalled = false;

/**
 * Register a synchronous cleanup (e.g. another kind of lab's `downSync`) to run on SIGINT/SIGTERM/SIGHUP and at
 * exit, before the BGP labs are taken down. Returns the function that unregisters it.
 */
export function onCleanup(f: () => void): () => void {
  installHandlers();
  CLEANUPS.add(f);
  return () => { CLEANUPS.delete(f); };
}

function runCleanups(): void {
  for (const f of [...CLEANUPS]) {
    try { f(); } catch { /* keep cleaning */ }
  }
  for (const lab of [...LABS]) lab.downSync();
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const onSignal = (sig: NodeJS.Signals, code: number) => {
    process.on(sig, () => {
      log(`emulation: ${sig}: cleaning up ${LABS.size + CLEANUPS.size} lab(s)`);
      runCleanups();
      process.exit(code);
    });
  };
  onSignal('SIGINT', 130);
  onSignal('SIGTERM', 143);
  onSignal('SIGHUP', 129);
  process.on('exit', () => runCleanups());
}

/** Sleep `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Poll `check` every `intervalMs` until it returns a non-undefined value or `timeoutMs` passes. */
export async function poll<T>(check: () => T | undefined, timeoutMs: number, intervalMs = 500): Promise<{ value?: T; ms: number }> {
  const start = Date.now();
  for (;;) {
    const v = check();
    if (v !== undefined) return { value: v, ms: Date.now() - start };
    if (Date.now() - start >= timeoutMs) return { ms: Date.now() - start };
    await sleep(intervalMs);
  }
}

let labCounter = 0;

/** A running lab. Create with `Netlab.up`, always `down()` it (try/finally). */
export class Netlab {
  /** Build the topology: namespaces, veth pairs, addresses, FRR daemons and their configuration. */
  public static async up(topology: Topology, options: { vlan?: boolean; label?: string; attach?: (lab: Netlab) => Promise<void> } = {}): Promise<Netlab> {
    installHandlers();
    const lab = new Netlab(topology, options.vlan ?? false);
    LABS.add(lab);
    try {
      lab.build();
      // the caller's interfaces (`external` links), before FRR starts
      if (options.attach) await options.attach(lab);
      await lab.start();
    } catch (e) {
      lab.downSync();
      throw e;
    }
    return lab;
  }

  /** Notes on how the lab deviates from the topology (e.g. untagged VLANs). */
  public readonly notes: string[] = [];
  /** Namespaces this lab created (and only these are deleted). */
  private readonly created: string[] = [];
  private readonly nodes = new Map<string, Node>();
  private readonly linkSides = new Map<string, { a: string; b: string; aIf: string; bIf: string; external?: boolean }>();
  private readonly runDir: string;
  private closed = false;

  private constructor(public readonly topology: Topology, private readonly vlan: boolean) {
    const id = labCounter++;
    this.runDir = path.join(os.tmpdir(), `${RUN_PREFIX}-lab${id}`);
    const names = new Set<string>();
    for (const s of topology.speakers) {
      if (names.has(s.name)) throw new Error(`speaker ${s.name} appears twice`);
      names.add(s.name);
    }
    topology.speakers.forEach((s, i) => {
      const ns = `${RUN_PREFIX}-${id}-${i}`;
      this.nodes.set(s.name, { spec: s, ns, dir: path.join(this.runDir, `${i}`), daemons: [], interfaces: new Map() });
    });
  }

  /** The namespace of a speaker. */
  public ns(speaker: string): string {
    return this.node(speaker).ns;
  }

  /** The interface of `speaker` on `link`. */
  public iface(speaker: string, link: string): string {
    const i = this.node(speaker).interfaces.get(link);
    if (!i) throw new Error(`${speaker} has no interface on ${link}`);
    return i;
  }

  private node(name: string): Node {
    const n = this.nodes.get(name);
    if (!n) throw new Error(`no speaker ${name} in the lab`);
    return n;
  }

  private build(): void {
    fs.mkdirSync(this.runDir, { recursive: true });
    for (const n of this.nodes.values()) {
      sh('ip', ['netns', 'add', n.ns]);
      this.created.push(n.ns);
      sh('ip', ['-n', n.ns, 'link', 'set', 'lo', 'up']);
      fs.mkdirSync(n.dir, { recursive: true });
      for (const p of [...new Set(n.spec.networks)]) sh('ip', ['-n', n.ns, 'route', 'add', 'blackhole', p]);
    }
    this.topology.links.forEach((l, i) => {
      const a = this.node(l.a);
      const b = this.node(l.b);
      const aIf = l.aInterface ?? `e${i}`;
      const bIf = l.bInterface ?? `e${i}`;
      if (aIf.length > 15 || bIf.length > 15) throw new Error(`interface names are at most 15 characters: ${aIf}, ${bIf}`);
      if (a.interfaces.has(l.name) || b.interfaces.has(l.name)) throw new Error(`link ${l.name} appears twice`);
      if (l.external) {
        a.interfaces.set(l.name, aIf);
        b.interfaces.set(l.name, bIf);
        this.linkSides.set(l.name, { a: l.a, b: l.b, aIf, bIf, external: true });
        return;
      }
      const va = `${RUN_PREFIX}v${i}a`;
      const vb = `${RUN_PREFIX}v${i}b`;
      // Created directly inside a's namespace, then one end moved: nothing is ever left in the root namespace.
      sh('ip', ['-n', a.ns, 'link', 'add', va, 'type', 'veth', 'peer', 'name', vb]);
      sh('ip', ['-n', a.ns, 'link', 'set', vb, 'netns', b.ns]);
      if (l.vlan !== undefined && this.vlan) {
        const pa = `p${i}`;
        sh('ip', ['-n', a.ns, 'link', 'set', va, 'name', pa]);
        sh('ip', ['-n', b.ns, 'link', 'set', vb, 'name', pa]);
        sh('ip', ['-n', a.ns, 'link', 'set', pa, 'up']);
        sh('ip', ['-n', b.ns, 'link', 'set', pa, 'up']);
        sh('ip', ['-n', a.ns, 'link', 'add', 'link', pa, 'name', aIf, 'type', 'vlan', 'id', `${l.vlan}`]);
        sh('ip', ['-n', b.ns, 'link', 'add', 'link', pa, 'name', bIf, 'type', 'vlan', 'id', `${l.vlan}`]);
      } else {
        if (l.vlan !== undefined) this.notes.push(`${l.name}: 802.1Q is not available in this kernel; VLAN ${l.vlan} runs untagged on the veth pair (${aIf} / ${bIf})`);
        sh('ip', ['-n', a.ns, 'link', 'set', va, 'name', aIf]);
        sh('ip', ['-n', b.ns, 'link', 'set', vb, 'name', bIf]);
      }
      sh('ip', ['-n', a.ns, 'link', 'set', aIf, 'up']);
      sh('ip', ['-n', b.ns, 'link', 'set', bIf, 'up']);
      a.interfaces.set(l.name, aIf);
      b.interfaces.set(l.name, bIf);
      this.linkSides.set(l.name, { a: l.a, b: l.b, aIf, bIf });
    });
    for (const n of this.nodes.values()) {
      if (n.spec.rawConfig !== undefined) continue; // the configuration assigns its own addresses
      for (const nb of n.spec.neighbors) {
        if (this.linkSides.get(nb.link)?.external) continue; // the caller assigns it
        const dev = n.interfaces.get(nb.link);
        if (!dev) throw new Error(`${n.spec.name}: neighbor ${nb.peerAddress} is on link ${nb.link}, which does not reach it`);
        sh('ip', ['-n', n.ns, 'addr', 'add', nb.localAddress, 'dev', dev]);
      }
    }
    // The daemons run as the frr user: their run directories must be theirs.
    sh('chown', ['-R', 'frr:frr', this.runDir], { allowFail: true });
  }

  private spawnDaemon(n: Node, name: string, extra: string[]): Daemon {
    const empty = path.join(n.dir, 'empty.conf');
    if (!fs.existsSync(empty)) {
      fs.writeFileSync(empty, '');
      sh('chown', ['frr:frr', empty], { allowFail: true });
    }
    const out = fs.openSync(path.join(n.dir, `${name}.out`), 'a');
    // `ip netns exec` execs the daemon in place, so the pid we get is the daemon's (no -d: we are its parent).
    const child = spawn('ip', ['netns', 'exec', n.ns, `${FRR}/${name}`,
      '-F', 'traditional', '-i', path.join(n.dir, `${name}.pid`), '-z', path.join(n.dir, 'zserv.api'),
      '--vty_socket', n.dir, '-f', empty, '--log', `file:${path.join(n.dir, `${name}.log`)}`, '-P', '0', ...extra],
    { stdio: ['ignore', out, out], detached: true });
    fs.closeSync(out);
    if (child.pid === undefined) throw new Error(`${n.spec.name}: could not start ${name}`);
    const d: Daemon = { name, pid: child.pid, child, exited: false };
    child.on('exit', () => { d.exited = true; });
    child.unref();
    n.daemons.push(d);
    return d;
  }

  private async waitReady(n: Node, d: Daemon, file: string): Promise<void> {
    const r = await poll(() => (fs.existsSync(path.join(n.dir, file)) ? true : d.exited ? false : undefined), 10_000, 50);
    if (r.value !== true) {
      throw new Error(`${n.spec.name}: ${d.name} did not start (${d.exited ? 'it exited' : 'no socket after 10 s'}): ${this.tail(n, d.name)}`);
    }
  }

  private tail(n: Node, daemon: string): string {
    const lines: string[] = [];
    for (const f of [`${daemon}.out`, `${daemon}.log`]) {
      try {
        lines.push(...fs.readFileSync(path.join(n.dir, f), 'utf8').trim().split('\n').slice(-5));
      } catch {
        // not written
      }
    }
    return lines.join(' / ') || '(no output)';
  }

  private async start(): Promise<void> {
    const nodes = [...this.nodes.values()];
    const zebras = nodes.map((n) => this.spawnDaemon(n, 'zebra', []));
    await Promise.all(nodes.map((n, i) => this.waitReady(n, zebras[i], 'zserv.api')));
    const others: Array<Promise<void>> = [];
    for (const n of nodes) {
      const needsBfd = n.spec.neighbors.some((nb) => nb.bfd) || /^\s*neighbor \S+ bfd\b/m.test(n.spec.rawConfig ?? '');
      if (needsBfd) {
        const bfd = this.spawnDaemon(n, 'bfdd', []);
        others.push(this.waitReady(n, bfd, 'bfdd.vty'));
      }
      const b = this.spawnDaemon(n, 'bgpd', []);
      others.push(this.waitReady(n, b, 'bgpd.vty'));
      others.push(this.waitReady(n, zebras[nodes.indexOf(n)], 'zebra.vty'));
    }
    await Promise.all(others);
    // Generated configurations first: bgpd holds new peers for a few seconds after a configuration is loaded
    // ("config-pending hold") and refuses connections meanwhile. The configurations loaded unchanged come once
    // every generated peer is released and listening, because their connect-retry timer may be FRR's default 120 s.
    const generated = [...this.nodes.values()].filter((n) => n.spec.rawConfig === undefined);
    const raw = [...this.nodes.values()].filter((n) => n.spec.rawConfig !== undefined);
    for (const n of generated) this.load(n, renderConfig(n.spec, n.ns), 'the generated configuration');
    if (raw.length) {
      await poll(() => (generated.every((n) => [...this.summary(n.spec.name).values()].every((p) => p.state !== 'Idle')) ? true : undefined), 10_000, 200);
      for (const n of raw) this.load(n, n.spec.rawConfig!, 'the configuration loaded unchanged');
    }
  }

  private load(n: Node, text: string, what: string): void {
    const file = path.join(n.dir, 'frr.conf');
    fs.writeFileSync(file, text);
    this.loadConfig(n, file, what);
  }

  private loadConfig(n: Node, file: string, what: string): void {
    const r = sh('vtysh', ['--vty_socket', n.dir, '-f', file], { allowFail: true });
    const errors = r.out.split('\n').filter((l) => /%|error|unknown|invalid/i.test(l));
    if (r.code !== 0 || errors.length > 0) {
      throw new Error(`${n.spec.name}: FRR rejected ${what} (${file}, vtysh exit ${r.code}): ${errors.join(' / ') || r.out}`);
    }
  }

  /** Run vtysh commands in a speaker's FRR and return the output. */
  public vtysh(speaker: string, ...commands: string[]): string {
    const n = this.node(speaker);
    const args = ['--vty_socket', n.dir];
    for (const c of commands) args.push('-c', c);
    return sh('vtysh', args).out;
  }

  /** `show bgp summary json`: the state of every neighbor, keyed by peer address. */
  public summary(speaker: string): Map<string, PeerState> {
    const j = JSON.parse(this.vtysh(speaker, 'show bgp ipv4 unicast summary json') || '{}');
    const peers = (j.peers ?? j.ipv4Unicast?.peers ?? {}) as Record<string, { state: string; pfxRcd?: number; pfxSnt?: number }>;
    const out = new Map<string, PeerState>();
    for (const [ip, p] of Object.entries(peers)) out.set(ip, { state: p.state, pfxRcd: p.pfxRcd ?? 0, pfxSnt: p.pfxSnt ?? 0 });
    return out;
  }

  /** The last reset reason of one neighbor (`show bgp neighbors <ip> json`). */
  public lastReason(speaker: string, peer: string): string | undefined {
    const j = JSON.parse(this.vtysh(speaker, `show bgp neighbors ${peer} json`) || '{}');
    const p = j[peer] ?? {};
    return p.lastNotificationReason ?? p.lastResetDueTo;
  }

  /** Per neighbor: how many times its session went down (`connectionsDropped`). */
  public drops(speaker: string): Map<string, number> {
    const j = JSON.parse(this.vtysh(speaker, 'show bgp neighbors json') || '{}') as Record<string, { connectionsDropped?: number }>;
    return new Map(Object.entries(j).map(([ip, p]) => [ip, p.connectionsDropped ?? 0]));
  }

  /** `show ip bgp json`: every prefix in the BGP table with its paths. */
  public routes(speaker: string): Map<string, BgpPath[]> {
    const j = JSON.parse(this.vtysh(speaker, 'show ip bgp json') || '{}');
    const out = new Map<string, BgpPath[]>();
    for (const [prefix, paths] of Object.entries((j.routes ?? {}) as Record<string, any[]>)) {
      out.set(prefix, paths.map((p) => ({
        nextHop: p.nexthops?.[0]?.ip ?? '0.0.0.0',
        asPath: p.path ?? '',
        localPref: p.locPrf,
        best: p.bestpath !== undefined && p.bestpath !== false,
        valid: p.valid === true,
      })));
    }
    return out;
  }

  /** The prefixes a speaker accepted from one neighbor (`show bgp neighbors <peer> routes`: after inbound policy), sorted. */
  public acceptedFrom(speaker: string, peer: string): string[] {
    const j = JSON.parse(this.vtysh(speaker, `show bgp ipv4 unicast neighbors ${peer} routes json`) || '{}');
    return Object.keys((j.routes ?? {}) as Record<string, unknown>).sort();
  }

  /** The prefixes with a valid best path (what the speaker uses). */
  public bestPrefixes(speaker: string): string[] {
    return [...this.routes(speaker).entries()].filter(([, ps]) => ps.some((p) => p.best && p.valid)).map(([p]) => p).sort();
  }

  /** The kernel route of `prefix` in a speaker's namespace: its gateways (several with ECMP), if installed. */
  public fib(speaker: string, prefix: string): { via: string[]; devs: string[] } | undefined {
    const r = sh('ip', ['-j', '-n', this.ns(speaker), 'route', 'show', 'exact', prefix], { allowFail: true });
    if (r.code !== 0 || !r.out) return undefined;
    type Hop = { dev?: string; gateway?: string };
    const e = (JSON.parse(r.out) as Array<Hop & { nexthops?: Hop[] }>)[0];
    if (!e) return undefined;
    const hops = e.nexthops?.length ? e.nexthops : [e];
    return { via: hops.map((h) => h.gateway).filter((g): g is string => !!g), devs: hops.map((h) => h.dev).filter((d): d is string => !!d) };
  }

  /** Set (or with `undefined`, remove) `maximum-prefix` on one neighbor, at run time. */
  public setMaximumPrefix(speaker: string, peer: string, limit: number | undefined): void {
    const n = this.node(speaker);
    if (n.spec.rawConfig !== undefined) throw new Error(`${speaker} runs a configuration loaded unchanged; the lab does not modify it`);
    this.vtysh(speaker, 'configure terminal', `router bgp ${n.spec.asn}`, 'address-family ipv4 unicast',
      limit === undefined ? `no neighbor ${peer} maximum-prefix` : `neighbor ${peer} maximum-prefix ${limit}`);
  }

  /** Reset one session (`clear bgp <peer>`), e.g. to leave Idle (PfxCt). */
  public clear(speaker: string, peer: string): void {
    this.vtysh(speaker, `clear bgp ${peer}`);
  }

  /** Take a link down or up (both ends). */
  public setLink(link: string, up: boolean): void {
    const s = this.linkSides.get(link);
    if (!s) throw new Error(`no link ${link}`);
    if (s.external) throw new Error(`link ${link} is brought by the caller; take it down there (e.g. tear the tunnel down)`);
    sh('ip', ['-n', this.ns(s.a), 'link', 'set', s.aIf, up ? 'up' : 'down']);
    sh('ip', ['-n', this.ns(s.b), 'link', 'set', s.bIf, up ? 'up' : 'down']);
  }

  /** Check that every daemon is still running; throws with its log tail when one died. */
  public assertAlive(): void {
    for (const n of this.nodes.values()) {
      for (const d of n.daemons) if (d.exited) throw new Error(`${n.spec.name}: ${d.name} (pid ${d.pid}) exited: ${this.tail(n, d.name)}`);
    }
  }

  /** Stop every daemon this lab started and delete every namespace it created. */
  public async down(): Promise<void> {
    const daemons = [...this.nodes.values()].flatMap((n) => n.daemons);
    this.downSync();
    // Let Node reap its children (no zombies left behind).
    await poll(() => (daemons.every((d) => d.exited) ? true : undefined), 3000, 20);
  }

  /** Synchronous cleanup (usable from signal and exit handlers). Idempotent. */
  public downSync(): void {
    if (this.closed) return;
    this.closed = true;
    LABS.delete(this);
    const all = [...this.nodes.values()].flatMap((n) => n.daemons).filter((d) => !d.exited);
    for (const d of all) {
      try { process.kill(d.pid, 'SIGTERM'); } catch { d.exited = true; }
    }
    const deadline = Date.now() + 3000;
    for (const d of all) {
      while (!d.exited && alive(d.pid) && Date.now() < deadline) spawnSync('sleep', ['0.05']);
      if (alive(d.pid)) {
        try { process.kill(d.pid, 'SIGKILL'); } catch { /* gone */ }
      }
    }
    for (const ns of this.created) sh('ip', ['netns', 'del', ns], { allowFail: true });
    this.created.length = 0;
    if (!process.env.EMULATION_KEEP_LOGS) fs.rmSync(this.runDir, { recursive: true, force: true });
  }

  /** Pids of the daemons this lab started and that still run (for the cleanup check). */
  public livePids(): number[] {
    return [...this.nodes.values()].flatMap((n) => n.daemons).filter((d) => alive(d.pid)).map((d) => d.pid);
  }
}

/** True while `pid` runs (a zombie does not count). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie still answers kill(0): look at its state.
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return false;
  }
}

/** Namespaces of this run still present (should be none after cleanup). */
export function leftoverNamespaces(): string[] {
  const r = sh('ip', ['netns', 'list'], { allowFail: true });
  return r.out.split('\n').map((l) => l.split(' ')[0]).filter((n) => n.startsWith(`${RUN_PREFIX}-`));
}

/** A prefix-list entry matching `prefix` and every longer prefix inside it. */
function orLonger(prefix: string): string {
  return prefix.endsWith('/32') ? prefix : `${prefix} le 32`;
}

/** The FRR configuration of a generated speaker. */
export function renderConfig(s: SpeakerSpec, hostname: string): string {
  const out: string[] = [];
  const line = (t: string) => out.push(t);
  line('frr defaults traditional');
  line(`hostname ${hostname}`);
  line('!');
  s.neighbors.forEach((nb, i) => {
    const name = `N${i}`;
    const deny = nb.denyIn ?? [];
    deny.forEach((p, j) => line(`ip prefix-list ${name}-IN seq ${(j + 1) * 5} deny ${orLonger(p)}`));
    if (deny.length) line(`ip prefix-list ${name}-IN seq 1000 permit 0.0.0.0/0 le 32`);
    const denyOut = nb.prefixListOut === undefined ? nb.denyOut ?? [] : [];
    const outList = nb.prefixListOut !== undefined || denyOut.length > 0;
    if (nb.prefixListOut !== undefined) {
      if (nb.prefixListOut.length === 0) line(`ip prefix-list ${name}-OUT seq 5 deny 0.0.0.0/0 le 32`);
      nb.prefixListOut.forEach((p, j) => line(`ip prefix-list ${name}-OUT seq ${(j + 1) * 5} permit ${p}`));
    } else if (denyOut.length) {
      denyOut.forEach((p, j) => line(`ip prefix-list ${name}-OUT seq ${(j + 1) * 5} deny ${orLonger(p)}`));
      line(`ip prefix-list ${name}-OUT seq 1000 permit 0.0.0.0/0 le 32`);
    }
    if (nb.denyTagOut) line(`bgp community-list standard ${name}-GROUP permit ${nb.denyTagOut}`);
    line(`route-map ${name}-IN permit 10`);
    if (deny.length) line(` match ip address prefix-list ${name}-IN`);
    if (nb.localPref !== undefined) line(` set local-preference ${nb.localPref}`);
    if (nb.weight !== undefined) line(` set weight ${nb.weight}`);
    if (nb.tagIn) line(` set community ${nb.tagIn} additive`);
    line('exit');
    if (nb.denyTagOut) {
      line(`route-map ${name}-OUT deny 5`);
      line(` match community ${name}-GROUP`);
      line('exit');
    }
    line(`route-map ${name}-OUT permit 10`);
    if (outList) line(` match ip address prefix-list ${name}-OUT`);
    if (nb.prependOut) line(` set as-path prepend ${Array(nb.prependOut).fill(s.asn).join(' ')}`);
    if (nb.med !== undefined) line(` set metric ${nb.med}`);
    line('exit');
    line('!');
  });
  if (s.neighbors.some((nb) => nb.bfd)) {
    // Slow BFD (1 s x 3): tens of daemons share a few CPUs here; FRR's 300 ms default flaps under load. Both ends
    // use the slower of the two sides' intervals, so this also slows a peer running a configuration unchanged.
    line('bfd');
    line(' profile harness');
    line('  transmit-interval 1000');
    line('  receive-interval 1000');
    line(' exit');
    line('exit');
    line('!');
  }
  line(`router bgp ${s.asn}`);
  line(` bgp router-id ${s.routerId}`);
  line(' no bgp ebgp-requires-policy');
  line(' timers bgp 3 9');
  for (const nb of s.neighbors) {
    line(` neighbor ${nb.peerAddress} remote-as ${nb.peerAsn}`);
    if (nb.description) line(` neighbor ${nb.peerAddress} description ${nb.description.replace(/[^\x20-\x7e]/g, '?').slice(0, 80)}`);
    line(` neighbor ${nb.peerAddress} timers connect 2`);
    if (nb.passive) line(` neighbor ${nb.peerAddress} passive`);
    if (nb.password) line(` neighbor ${nb.peerAddress} password ${nb.password}`);
    if (nb.bfd) line(` neighbor ${nb.peerAddress} bfd profile harness`);
  }
  line(' address-family ipv4 unicast');
  for (const p of s.networks) line(`  network ${p}`);
  s.neighbors.forEach((nb, i) => {
    line(`  neighbor ${nb.peerAddress} activate`);
    line(`  neighbor ${nb.peerAddress} route-map N${i}-IN in`);
    line(`  neighbor ${nb.peerAddress} route-map N${i}-OUT out`);
    if (nb.maximumPrefix !== undefined) line(`  neighbor ${nb.peerAddress} maximum-prefix ${nb.maximumPrefix}`);
    if (nb.allowasIn) line(`  neighbor ${nb.peerAddress} allowas-in 1`);
  });
  line(' exit-address-family');
  line('exit');
  line('end');
  return out.join('\n') + '\n';
}

/** The run prefix of this process's namespaces. */
export const runPrefix = RUN_PREFIX;
