import { execFileSync } from 'child_process';
import * as path from 'path';

// `npm pack` ships the compiled library, its jsii assembly and docs, and nothing from test/examples/bench/cdktf.out.
// Runs after `npm run build` (as `npm test` does); skipped only when the library has not been compiled.
const root = path.resolve(__dirname, '..');
const built = require('fs').existsSync(path.join(root, '.jsii'));

(built ? test : test.skip)('the package contains exactly the library, .jsii, README, API.md and LICENSE', () => {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const files: string[] = JSON.parse(out)[0].files.map((f: { path: string }) => f.path);
  for (const f of ['.jsii', 'README.md', 'API.md', 'LICENSE', 'package.json', 'lib/index.js', 'lib/index.d.ts']) expect(files).toContain(f);
  const unexpected = files.filter((f) => !/^lib\/.*\.(js|js\.map|d\.ts)$/.test(f) && !f.startsWith('node_modules/ipaddr.js/') && !['.jsii', 'README.md', 'API.md', 'LICENSE', 'package.json'].includes(f));
  expect(unexpected).toEqual([]);
  expect(files.filter((f) => /^(test|examples|bench|cdktf\.out)\//.test(f) || f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
  // ipaddr.js is bundled (jsii requires non-jsii dependencies to be bundled)
  expect(JSON.parse(out)[0].bundled).toContain('ipaddr.js');
});

(built ? test : test.skip)('the bundle runs each module on first use and exports every name the sources export', () => {
  // scripts/lazy-barrels.js and scripts/bundle.js (run by `npm run build`): the library is one bundle, which the loader
  // lib/index.js compiles itself (so the loader is the only library file in require.cache), and an app runs the code
  // of the classes it uses, not all of it. Observable from outside: which packages it has loaded so far. The code
  // cache is off here: this process touches every export and would leave a cache of module top levels behind.
  const index = path.join(root, 'lib', 'index.js');
  const script = `const before = new Set(Object.keys(require.cache)); const lib = require(${JSON.stringify(index)});
    const loaded = () => Object.keys(require.cache).filter((f) => !before.has(f)).map((f) => f.includes('/node_modules/') ? f.slice(f.lastIndexOf('/node_modules/') + 14).split('/').slice(0, f.includes('/node_modules/@') ? 2 : 1).join('/') : f.slice(f.indexOf('/lib/') + 1));
    const atLoad = loaded(); lib.Cidr; const afterPlan = loaded(); lib.AzureHub; const afterHub = loaded();
    console.log(JSON.stringify({ atLoad, afterPlan, afterHub, kinds: Object.keys(lib).map((k) => [k, typeof lib[k]]) }));`;
  const out = JSON.parse(execFileSync(process.execPath, ['-e', script],
    { cwd: root, encoding: 'utf8', env: { ...process.env, CDKTF_AZURE_MULTICLOUD_CODE_CACHE: '0' } }));
  // one module file of the library, nothing else
  expect(out.atLoad).toEqual(['lib/index.js']);
  // the planning layer is pure TypeScript: its code runs without cdktf
  expect([...new Set(out.afterPlan)]).toEqual(['lib/index.js', 'ipaddr.js']);
  // a hub's code needs cdktf and constructs, and no provider package until it creates a resource
  expect(out.afterHub).toEqual(expect.arrayContaining(['cdktf', 'constructs']));
  expect(out.afterHub.filter((p: string) => p.startsWith('@cdktf/provider-') || p.startsWith('lib/') && p !== 'lib/index.js')).toEqual([]);
  // the sources through swc (which, without types, also lists interfaces re-exported by name, as undefined)
  const sources = require('../lib');
  expect(new Map(out.kinds)).toEqual(new Map(Object.keys(sources).filter((k) => sources[k] !== undefined).map((k) => [k, typeof sources[k]])));
});

(built ? test : test.skip)('the bundle is ASCII only, so V8 keeps its source as a one-byte string', () => {
  const text = require('fs').readFileSync(path.join(root, 'lib', 'index.bundle.js'), 'latin1') as string;
  expect(text.length).toBeGreaterThan(100_000);
  expect([...text.matchAll(/[^\x00-\x7f]/g)].map((m) => text.slice(m.index! - 40, m.index! + 10))).toEqual([]);
});

(built ? describe : describe.skip)('lib/index.js runs the bundle with a V8 code cache (scripts/bundle-loader.js)', () => {
  // a copy of the two files, so that these tests own their cache directory; packages resolve through NODE_PATH
  const fs = require('fs') as typeof import('fs');
  const os = require('os') as typeof import('os');
  let dir: string;
  let cacheDir: string;
  const load = (env: Record<string, string> = {}, more = ''): string => execFileSync(process.execPath,
    ['-e', `const lib = require(${JSON.stringify(dir)}); ${more} console.log(lib.Cidr.parse('10.1.0.0/16').split(24, 256)[1].toString())`],
    { encoding: 'utf8', env: { ...process.env, NODE_PATH: path.join(root, 'node_modules'), ...env } }).trim();
  const header = 'cdktf-azure-multicloud code cache 2\n';
  /** What the processes that wrote the cache had run (the loader's header, then two uint32: modules, CPU ms). */
  const recorded = (file: string): { modules: number; cpuMs: number } => {
    const data = fs.readFileSync(file);
    expect(data.subarray(0, header.length).toString()).toBe(header);
    return { modules: data.readUInt32LE(header.length), cpuMs: data.readUInt32LE(header.length + 4) };
  };
  const caches = (): string[] => (fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir).sort() : []);
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-loader-'));
    for (const f of ['index.js', 'index.bundle.js']) fs.copyFileSync(path.join(root, 'lib', f), path.join(dir, f));
    cacheDir = path.join(dir, '.v8-cache');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the first process writes the cache at exit, the next ones load it and leave it as it is', () => {
    expect(load()).toBe('10.1.1.0/24');
    const hash = /const BUNDLE_HASH = '([0-9a-f]{16})'/.exec(fs.readFileSync(path.join(dir, 'index.js'), 'utf8'))![1];
    const mtime = Math.trunc(fs.statSync(path.join(dir, 'index.bundle.js')).mtimeMs);
    expect(caches()).toEqual([`${hash}-${mtime}-${process.versions.v8}-${process.arch}.bin`]);
    const file = path.join(cacheDir, caches()[0]);
    const written = fs.readFileSync(file);
    expect(written.length).toBeGreaterThan(100_000);
    const before = fs.statSync(file).mtimeMs;
    // accepted by V8, and this process did no more than the first: not written again
    expect(load()).toBe('10.1.1.0/24');
    expect(fs.statSync(file).mtimeMs).toBe(before);
    expect(fs.readFileSync(file).equals(written)).toBe(true);
  });

  test('a process that runs more of the library than the writers rewrites the cache; one that runs less does not', () => {
    load();
    const file = path.join(cacheDir, caches()[0]);
    const first = recorded(file);
    const small = fs.statSync(file).size;
    // a hub and a pattern: their modules, cdktf's and constructs' code
    expect(load({}, 'lib.AzureHub; lib.S2SVpnBackup;')).toBe('10.1.1.0/24');
    expect(recorded(file).modules).toBeGreaterThan(first.modules);
    expect(fs.statSync(file).size).toBeGreaterThan(small);
    const written = fs.readFileSync(file);
    expect(load()).toBe('10.1.1.0/24');
    expect(fs.readFileSync(file).equals(written)).toBe(true);
  });

  test('a process that takes far more CPU time than the writers (a synth after a bare load) rewrites it, keeping the maxima', () => {
    expect(load({}, 'lib.AzureHub; lib.S2SVpnBackup;')).toBe('10.1.1.0/24');
    const file = path.join(cacheDir, caches()[0]);
    const first = recorded(file);
    // the same modules, busy for longer than 1.25 times the first process's CPU time
    expect(load({}, `lib.AzureHub; lib.S2SVpnBackup; const end = Date.now() + ${Math.max(400, 2 * first.cpuMs)}; while (Date.now() < end) {}`)).toBe('10.1.1.0/24');
    const second = recorded(file);
    expect(second.modules).toBe(first.modules);
    expect(second.cpuMs).toBeGreaterThan(first.cpuMs * 1.25);
    // a short process with fewer modules afterwards: nothing to add, and the maxima stay
    const written = fs.readFileSync(file);
    expect(load()).toBe('10.1.1.0/24');
    expect(fs.readFileSync(file).equals(written)).toBe(true);
  });

  test('a cache V8 rejects, or a file that is not one, is replaced, and the library still loads', () => {
    load();
    const file = path.join(cacheDir, caches()[0]);
    const headerLength = header.length + 8;
    const good = fs.readFileSync(file);
    // the loader's header intact, V8's data not
    fs.writeFileSync(file, Buffer.concat([good.subarray(0, headerLength), Buffer.alloc(good.length - headerLength, 7)]));
    expect(load()).toBe('10.1.1.0/24');
    expect(fs.readFileSync(file).subarray(headerLength).every((b) => b === 7)).toBe(false);
    // not a cache file at all
    fs.writeFileSync(file, Buffer.alloc(good.length, 7));
    expect(load()).toBe('10.1.1.0/24');
    expect(fs.readFileSync(file).every((b) => b === 7)).toBe(false);
  });

  test('a changed bundle gets a cache of its own, and the old one is removed', () => {
    load();
    const old = caches();
    const later = new Date(fs.statSync(path.join(dir, 'index.bundle.js')).mtimeMs + 5_000);
    fs.utimesSync(path.join(dir, 'index.bundle.js'), later, later); // as a hand edit of the installed file would
    expect(load()).toBe('10.1.1.0/24');
    expect(caches()).toHaveLength(1);
    expect(caches()).not.toEqual(old);
  });

  test('CDKTF_AZURE_MULTICLOUD_CODE_CACHE=0 neither writes nor reads a cache', () => {
    expect(load({ CDKTF_AZURE_MULTICLOUD_CODE_CACHE: '0' })).toBe('10.1.1.0/24');
    expect(fs.existsSync(cacheDir)).toBe(false);
    load();
    const file = path.join(cacheDir, caches()[0]);
    fs.writeFileSync(file, Buffer.alloc(fs.statSync(file).size, 7));
    expect(load({ CDKTF_AZURE_MULTICLOUD_CODE_CACHE: 'off' })).toBe('10.1.1.0/24');
    expect(fs.readFileSync(file).every((b) => b === 7)).toBe(true);
  });

  test("inside a test runner's own realm (jest's, here) the bundle is loaded as a module, in that realm", () => {
    // with `runInThisContext` its arrays would be the main realm's: `toEqual` would pass, this would not
    const lib = require(path.join(root, 'lib', 'index.js'));
    const summary = lib.Cidr.summarize(['10.0.0.0/25', '10.0.0.128/25']);
    expect(summary).toEqual(['10.0.0.0/24']);
    expect(Object.getPrototypeOf(summary)).toBe(Array.prototype);
  });

  test('a cache that cannot be written (as in a read-only install) does not fail the load', () => {
    fs.writeFileSync(cacheDir, 'not a directory');
    expect(load()).toBe('10.1.1.0/24');
    expect(fs.readFileSync(cacheDir, 'utf8')).toBe('not a directory');
  });

  test('a cache whose rename fails leaves no temporary file behind', () => {
    const hash = /const BUNDLE_HASH = '([0-9a-f]{16})'/.exec(fs.readFileSync(path.join(dir, 'index.js'), 'utf8'))![1];
    const mtime = Math.trunc(fs.statSync(path.join(dir, 'index.bundle.js')).mtimeMs);
    // a directory where the cache file goes: the temporary file is written, its rename refused
    fs.mkdirSync(path.join(cacheDir, `${hash}-${mtime}-${process.versions.v8}-${process.arch}.bin`), { recursive: true });
    expect(load()).toBe('10.1.1.0/24');
    expect(caches()).toEqual([`${hash}-${mtime}-${process.versions.v8}-${process.arch}.bin`]);
  });
});
