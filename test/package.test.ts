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
