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
  // scripts/lazy-barrels.js and scripts/bundle.js (run by `npm run build`): lib/index.js is one file, and an app runs
  // the code of the classes it uses, not all of it. Observable from outside: which packages it has loaded so far.
  const index = path.join(root, 'lib', 'index.js');
  const script = `const before = new Set(Object.keys(require.cache)); const lib = require(${JSON.stringify(index)});
    const loaded = () => Object.keys(require.cache).filter((f) => !before.has(f)).map((f) => f.includes('/node_modules/') ? f.slice(f.lastIndexOf('/node_modules/') + 14).split('/').slice(0, f.includes('/node_modules/@') ? 2 : 1).join('/') : f.slice(f.indexOf('/lib/') + 1));
    const atLoad = loaded(); lib.Cidr; const afterPlan = loaded(); lib.AzureHub; const afterHub = loaded();
    console.log(JSON.stringify({ atLoad, afterPlan, afterHub, kinds: Object.keys(lib).map((k) => [k, typeof lib[k]]) }));`;
  const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }));
  // one file of the library, nothing else
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
