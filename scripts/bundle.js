// Bundles the compiled library into one file, lib/index.bundle.js, and writes lib/index.js, the package's `main`, as
// the loader that runs it with a V8 code cache (scripts/bundle-loader.js says why and how). Run after
// scripts/lazy-barrels.js.
//
// Why one file: loading about a hundred small modules costs each app a path resolution, a file read and a module
// object per module, and keeps every doc comment of the compiled JS in memory; one file without comments took the
// examples' peak RSS from 96-98 MB to 90-91 MB and their load time down by about 30 ms (issue 16, measured here).
//
// What stays the same: every module is still evaluated on first use only (esbuild wraps each CommonJS module in a
// function that runs at its first `require`, and the lazy barrels' getters are the only callers), so an app still
// runs the code of the clouds it uses and loads no provider package it does not need. The other lib/**/*.js files,
// the .d.ts files and the jsii assembly are unchanged. Dependencies and peer dependencies (cdktf, constructs, the
// prebuilt providers, ipaddr.js) stay outside the bundle, loaded from node_modules as before.
//
// One rule follows: code that runs the bundle must not also load lib/ files by path, or it gets two copies of a
// module (two `AppContext` tables). Inside this repository only test/emulation does, and its `tsc` step re-emits
// lib/index.js unbundled first (lib/index.bundle.js stays, unused).
'use strict';
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');
const INDEX = path.join(ROOT, 'lib', 'index.js');
const BUNDLE = path.join(ROOT, 'lib', 'index.bundle.js');
const MARK = '// bundle (scripts/bundle.js)';
const BANNER = '// the whole library, bundled by scripts/bundle.js and run by lib/index.js';

const text = fs.readFileSync(INDEX, 'utf8');
if (text.startsWith(MARK)) process.exit(0); // already bundled: the lib/ files it came from were not re-emitted since
if (!text.includes('// lazy barrel (scripts/lazy-barrels.js)')) {
  throw new Error('lib/index.js is not a lazy barrel: run scripts/lazy-barrels.js first');
}

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
// a package marked external is external with its subpaths (`@cdktf/provider-aws/lib/vpn-gateway`)
const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];

const result = esbuild.buildSync({
  entryPoints: [INDEX],
  outfile: BUNDLE,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: `node${/\d+/.exec(pkg.engines.node)[0]}`, // the oldest Node the package supports
  external,
  // the JavaScript that jsii (or tsc) emitted, never the .ts beside it
  resolveExtensions: ['.js', '.json'],
  // comments stay in the .d.ts files (the API docs); the bundle drops them
  legalComments: 'none',
  banner: { js: BANNER },
  logLevel: 'warning',
  write: true,
});
if (result.errors.length > 0) process.exit(1);

// esbuild writes each module as a method (`"lib/x.js"(exports, module) { ... }`), which V8 pre-parses when it
// compiles the bundle and parses again, fully, when the module first runs: every used module was parsed twice. A
// function in parentheses is compiled with the script instead (V8's "PIFE" heuristic, v8.dev/blog/preparser,
// "Blazingly fast parsing, part 2: lazy parsing"). Measured on the matched examples: 20-30 ms less from load to the
// end of synth (load +15 ms, building and synth -40 ms), the same peak RSS. The module still runs on first use only.
let bundled = fs.readFileSync(BUNDLE, 'utf8');
const modules = (bundled.match(/__commonJS\(\{\n/g) ?? []).length;
let opened = 0;
let closed = 0;
bundled = bundled.replace(/__commonJS\(\{\n {2}("[^"\n]+")\(([^)\n]*)\) \{\n/g, (_, key, args) => {
  opened++;
  return `__commonJS({\n  ${key}: (function (${args}) {\n    __bundleRun.modules++;\n`;
});
bundled = bundled.replace(/^ {2}\}\n\}\);$/gm, () => {
  closed++;
  return '  })\n});';
});
if (modules === 0 || opened !== modules || closed !== modules) {
  throw new Error(`scripts/bundle.js: esbuild's module wrappers changed shape (${modules} modules, ${opened} opened, ${closed} closed): update the rewrite`);
}
// How many of its modules a process has run: lib/index.js reads it at exit to decide whether its code cache should be
// written again (a process that ran more of the library than the ones that wrote the cache). The bundle's own
// "use strict" above keeps every module strict (each module's own directive now follows the counter).
const strict = `${BANNER}\n"use strict";\n`;
if (!bundled.startsWith(strict)) throw new Error('scripts/bundle.js: the bundle no longer starts with its banner and "use strict"');
bundled = `${strict}var __bundleRun = { modules: 0 };\n${bundled.slice(strict.length)}`;
// ASCII only: esbuild escapes non-ASCII characters in code but leaves the doc comments it keeps (an arrow or a dash
// in three of them), and a single character above U+00FF makes V8 hold the whole 1 MB source as a two-byte string,
// which every process keeps (peak RSS 0.9-1.3 MB higher over 35 alternating runs, time the same). The same escape
// would also mean the same character inside a string, template or pattern.
bundled = bundled.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
fs.writeFileSync(BUNDLE, bundled);
// tsc's source map described the barrel, not the bundle
fs.rmSync(`${INDEX}.map`, { force: true });

// the loader; the bundle's hash names its code cache (V8 itself compares only the source's length)
const hash = require('crypto').createHash('sha256').update(bundled).digest('hex').slice(0, 16);
const loader = fs.readFileSync(path.join(__dirname, 'bundle-loader.js'), 'utf8');
if (!loader.startsWith(MARK) || !loader.includes("'@BUNDLE_HASH@'")) throw new Error('scripts/bundle-loader.js: lost its mark or its hash placeholder');
fs.writeFileSync(INDEX, loader.replace("'@BUNDLE_HASH@'", `'${hash}'`));
