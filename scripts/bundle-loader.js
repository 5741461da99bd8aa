// bundle (scripts/bundle.js)
// The package's entry point, written by scripts/bundle.js from scripts/bundle-loader.js: it runs the library, which
// is one file (lib/index.bundle.js), through a V8 code cache kept beside it.
//
// Why: compiling the bundle's ~1 MB is most of what loading the library costs (37-40 ms cold on the 2-core machine
// of issue 16), and each function it runs is compiled again on first call in every process. With the compiled code of
// an earlier run, V8 skips both (8-11 ms to load it). Node 22.1+ offers the same for every module behind
// `module.enableCompileCache()`; Node 20, which this package supports, has only `vm.Script`'s `cachedData`.
//
// How it behaves:
// - The first process that loads this bundle with a given V8 writes lib/.v8-cache/<hash>-<mtime>-<V8>-<arch>.bin
//   when it exits (what V8 compiled during the run), through a temporary file and a rename, so two processes never
//   read a half-written file. Later processes pass it to V8, which rejects it on any mismatch of V8 version, V8
//   flags or source length; a rejected cache is written again at exit, and so is one written by processes that did
//   clearly less than this one (fewer modules run, or under 1/1.25 of its CPU time: an app that uses more of the
//   library). V8 compares the source by its length only, so the name also carries the bundle's hash (set at build)
//   and its modification time (a hand edit of the installed file): a changed bundle never meets the code of the one
//   before. Writing removes the caches of other bundles.
// - Nothing here can fail a load: a cache that cannot be read or written (a read-only install) is left alone.
// - The cache lives in the installed package, so only who can change the library's code can change it.
// - `CDKTF_AZURE_MULTICLOUD_CODE_CACHE=0` (or `false`, `off`, `no`) neither reads nor writes it.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const BUNDLE = path.join(__dirname, 'index.bundle.js');
const BUNDLE_HASH = '@BUNDLE_HASH@';
const CACHE_DIR = path.join(__dirname, '.v8-cache');
// A cache file: this header; what the processes that wrote it had run, as two uint32 LE (the most of the bundle's
// modules, the most CPU milliseconds); V8's data.
const HEADER = Buffer.from('cdktf-azure-multicloud code cache 2\n');
const FIELDS = 8;
const useCache = !/^(0|false|off|no)$/i.test(process.env.CDKTF_AZURE_MULTICLOUD_CODE_CACHE ?? '');

// A test runner that gives each test file a realm of its own (jest's vm contexts) loads modules inside it; a script
// run with `runInThisContext` would get the main realm's Object, Array and Error instead. There, load it as a module.
if (vm.runInThisContext('globalThis') !== globalThis) {
  module.exports = require('./index.bundle.js');
} else {
  let key;
  let cacheFile;
  let cachedData;
  let cachedModules = 0;
  let cachedCpuMs = 0;
  if (useCache) {
    try {
      key = `${BUNDLE_HASH}-${Math.trunc(fs.statSync(BUNDLE).mtimeMs)}-`;
      cacheFile = path.join(CACHE_DIR, `${key}${process.versions.v8}-${process.arch}.bin`);
      const stored = fs.readFileSync(cacheFile);
      if (stored.length > HEADER.length + FIELDS && stored.subarray(0, HEADER.length).equals(HEADER)) {
        cachedModules = stored.readUInt32LE(HEADER.length);
        cachedCpuMs = stored.readUInt32LE(HEADER.length + 4);
        cachedData = stored.subarray(HEADER.length + FIELDS);
      }
    } catch {
      // no cache yet
    }
  }
  // the same wrapper Node gives a CommonJS module, so the bundle sees `require` resolve from lib/ as before; it returns
  // the bundle's count of the modules it has run so far (scripts/bundle.js)
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname) {${fs.readFileSync(BUNDLE, 'utf8')}\nreturn __bundleRun;\n})`,
    { filename: BUNDLE, cachedData },
  );
  const run = script.runInThisContext().call(module.exports, module.exports, require, module, BUNDLE, __dirname);

  if (key !== undefined) {
    process.once('exit', () => {
      // V8 compiles a function when it first runs; a cache holds what had been compiled when it was written. So it is
      // written when there was none, when V8 rejected it, and when this process did clearly more than the ones that
      // wrote it: more of the bundle's modules run, or a quarter more CPU time (a synth after a process that only
      // loaded the library). The code loaded from the cache counts as compiled, so a cache written again keeps it:
      // the figures in the header are maxima, and a mix of apps settles after a few runs.
      const accepted = cachedData !== undefined && !script.cachedDataRejected;
      const usage = process.cpuUsage();
      const cpuMs = Math.round((usage.user + usage.system) / 1000);
      if (accepted && run.modules <= cachedModules && cpuMs <= cachedCpuMs * 1.25) return;
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      try {
        fs.mkdirSync(CACHE_DIR, { recursive: true });
        const fields = Buffer.alloc(FIELDS);
        fields.writeUInt32LE(accepted ? Math.max(run.modules, cachedModules) : run.modules);
        fields.writeUInt32LE(Math.min(accepted ? Math.max(cpuMs, cachedCpuMs) : cpuMs, 0xffffffff), 4);
        // opened before V8 serializes (10-15 ms), so that a directory that cannot be written costs nothing more
        const fd = fs.openSync(temporary, 'w');
        try {
          const data = Buffer.concat([HEADER, fields, script.createCachedData()]);
          for (let written = 0; written < data.length;) written += fs.writeSync(fd, data, written);
        } finally {
          fs.closeSync(fd);
        }
        fs.renameSync(temporary, cacheFile);
        for (const name of fs.readdirSync(CACHE_DIR)) {
          if (!name.startsWith(key)) fs.rmSync(path.join(CACHE_DIR, name), { force: true });
        }
      } catch {
        // a read-only install: run without a cache; a rename refused (a reader holding the file on Windows): next time
        try {
          fs.rmSync(temporary, { force: true });
        } catch {
          // nothing was written
        }
      }
    });
  }
}
