// Rewrites the compiled barrels (lib/index.js and the index.js files it re-exports) so that each export loads its
// module on first use instead of at `require('cdktf-azure-multicloud')`. tsc compiles `export * from './x'` to an
// eager `require`, so an app that uses two patterns would load every pattern, link, report and planning module
// (about a hundred modules it never runs). Run after `jsii` (`npm run build`); the TypeScript sources, the .d.ts
// files and the jsii assembly are unchanged, and every name the eager barrel exported is exported here, in the
// same order, with the same precedence (for `export *`, the first module that exports a name wins).
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', 'lib');
const MARK = '// lazy barrel (scripts/lazy-barrels.js)';
const STAR = /^__exportStar\(require\("([^"]+)"\), exports\);$/;
const NAMED_REQUIRE = /^var (\w+) = require\("([^"]+)"\);$/;
const NAMED_EXPORT = /^Object\.defineProperty\(exports, "(\w+)", \{ enumerable: true, get: function \(\) \{ return (\w+)\.(\w+); \} \}\);$/;
const DECLARED = /^(exports\.\w+ = )+void 0;$/;
const IGNORED = [/^"use strict";$/, /^Object\.defineProperty\(exports, "__esModule"/, /^\/\//, /^$/];

function rewrite(file) {
  const text = fs.readFileSync(file, 'utf8');
  if (text.includes(MARK)) return;
  // drop the helper definitions tsc emits (multi-line), keep the statements
  const body = text.replace(/^var __createBinding[\s\S]*?^}\)\);$/m, '').replace(/^var __exportStar[\s\S]*?^};$/m, '');
  const modules = []; // { spec, names: Map<exported, imported> | undefined (export *) }
  const byVar = new Map();
  // names a barrel re-exports by name are declared first (`exports.X = void 0;`), so they come first in its keys
  // and take precedence over a module re-exported whole
  let declared = [];
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    let m;
    if (DECLARED.test(line)) {
      declared = [...line.matchAll(/exports\.(\w+) = /g)].map((x) => x[1]).reverse(); // assigned right to left
    } else if ((m = STAR.exec(line))) {
      modules.push({ spec: m[1], star: true });
    } else if ((m = NAMED_REQUIRE.exec(line))) {
      const entry = { spec: m[2], star: false, names: [] };
      byVar.set(m[1], entry);
      modules.push(entry);
    } else if ((m = NAMED_EXPORT.exec(line))) {
      const entry = byVar.get(m[2]);
      if (!entry) throw new Error(`${file}: export of ${m[1]} from unknown ${m[2]}`);
      entry.names.push([m[1], m[3]]);
    } else if (!IGNORED.some((re) => re.test(line))) {
      throw new Error(`${file}: unexpected statement in a barrel: ${line}`);
    }
  }
  const dir = path.dirname(file);
  const out = ['"use strict";', MARK, 'Object.defineProperty(exports, "__esModule", { value: true });',
    'function lazy(name, get) {',
    '    Object.defineProperty(exports, name, { enumerable: true, configurable: true, get });',
    '}'];
  const named = new Map();
  modules.forEach((mod, i) => { if (!mod.star) for (const [exported, imported] of mod.names) named.set(exported, [i, mod.spec, imported]); });
  const entries = [];
  const seen = new Set();
  for (const name of declared) {
    if (!named.has(name)) throw new Error(`${file}: ${name} is declared but not re-exported`);
    seen.add(name);
    entries.push([name, ...named.get(name)]);
  }
  modules.forEach((mod, i) => {
    const names = mod.star
      ? Object.keys(require(path.join(dir, mod.spec))).filter((k) => k !== 'default' && k !== '__esModule').map((k) => [k, k])
      : mod.names;
    for (const [exported, imported] of names) {
      if (seen.has(exported)) continue; // export *: the first module with the name wins (as __exportStar does)
      seen.add(exported);
      entries.push([exported, i, mod.spec, imported]);
    }
  });
  // one loader per module, each with a literal `require` so that scripts/bundle.js (esbuild) can follow it
  modules.forEach((mod, i) => out.push(`let m${i};`, `const load${i} = () => m${i} ?? (m${i} = require(${JSON.stringify(mod.spec)}));`));
  for (const [exported, i, , imported] of entries) out.push(`lazy(${JSON.stringify(exported)}, () => load${i}()[${JSON.stringify(imported)}]);`);
  // the source map of the eager barrel no longer matches: left out
  fs.writeFileSync(file, out.join('\n') + '\n');
  for (const mod of modules) {
    const sub = path.join(dir, mod.spec, 'index.js');
    if (fs.existsSync(sub)) rewrite(sub);
  }
}

rewrite(path.join(ROOT, 'index.js'));
