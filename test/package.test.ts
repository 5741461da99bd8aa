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

(built ? test : test.skip)('the compiled barrels load each module on first use and export every name the sources export', () => {
  // scripts/lazy-barrels.js (run by `npm run build`): an app loads the modules of the classes it uses, not all of them
  const index = path.join(root, 'lib', 'index.js');
  const script = `const before = new Set(Object.keys(require.cache)); const lib = require(${JSON.stringify(index)});
    const barrel = Object.keys(require.cache).filter((f) => !before.has(f)).length; lib.Cidr;
    const one = Object.keys(require.cache).filter((f) => !before.has(f) && f.includes('/lib/')).map((f) => f.slice(f.indexOf('/lib/') + 1)).sort();
    console.log(JSON.stringify({ barrel, one, kinds: Object.keys(lib).map((k) => [k, typeof lib[k]]) }));`;
  const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }));
  expect(out.barrel).toBe(1);
  expect(out.one).toEqual(expect.arrayContaining(['lib/index.js', 'lib/plan/index.js', 'lib/plan/addressing/cidr.js']));
  expect(out.one.filter((f: string) => /patterns|hubs|links|report/.test(f))).toEqual([]);
  // the sources through swc (which, without types, also lists interfaces re-exported by name, as undefined)
  const sources = require('../lib');
  expect(new Map(out.kinds)).toEqual(new Map(Object.keys(sources).filter((k) => sources[k] !== undefined).map((k) => [k, typeof sources[k]])));
});
