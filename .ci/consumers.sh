#!/usr/bin/env bash
# README.md's "Start a project", followed as written in fresh projects, with the packed library and offline from
# npm's cache (filled by `npm ci`):
#   1. only @cdktf/provider-azurerm installed: main.ts synthesizes ExpressRouteToOracle;
#   2. the same project with AWS added as the README says (@cdktf/provider-aws and @cdktf/provider-random, and the
#      "To add AWS" block in main.ts): it synthesizes S2SVpnBackup to AWS;
#   3. every ```ts block of README.md compiles (`tsc --noEmit`) in project 2 (.ci/readme-snippets.js).
# Run after `npm run build` (it packs the built library). Prints the time it took and the synth figures.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
start=$(date +%s)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
node .ci/readme-blocks.js README.md > "$work/blocks.json"
# block <section> <lang> <file or -> [n]: the text of the n-th (default 1st) matching block of README.md
block() {
  node -e '
    const [f, section, lang, file, n] = process.argv.slice(1);
    const all = JSON.parse(require("fs").readFileSync(f, "utf8"))
      .filter((b) => b.section === section && b.lang === lang && (file === "-" || b.file === file));
    const b = all[Number(n || 1) - 1];
    if (!b) { console.error(`README.md: no block ${lang} ${file} #${n || 1} in "${section}"`); process.exit(1); }
    process.stdout.write(b.code);' "$work/blocks.json" "$@"
}
npm pack --ignore-scripts --silent --pack-destination "$work" > /dev/null
tarball=$(ls "$work"/cdktf-azure-multicloud-*.tgz)
NPM_FLAGS="--prefer-offline --no-audit --no-fund --loglevel=error"

# project <dir>: runs the section's first shell block there (the packed library for `cdktf-azure-multicloud`, npm
# offline from the cache), then writes cdktf.json, tsconfig.json and main.ts from the README.
project() {
  mkdir -p "$1" && cd "$1"
  block "Start a project" sh - 1 \
    | sed -E "s#^npm install #npm install $NPM_FLAGS #; /^npm install/ s#([[:space:]])cdktf-azure-multicloud([[:space:]]|\$)#\\1$tarball\\2#" > setup.sh
  bash -euo pipefail setup.sh > setup.log 2>&1 || { cat setup.log; exit 1; }
  cd azure-oracle
  for f in cdktf.json tsconfig.json main.ts; do block "Start a project" "${f##*.}" "$f" > "$f"; done
}
installed() { node -e 'try { require.resolve(process.argv[1] + "/package.json"); console.log("yes") } catch { console.log("no") }' "$1"; }
synth() {  # synth through the README's `npm run synth`, then time `node main.js` alone
  # the output stays out of the log unless it fails (a compile error of a README file, say)
  npm run --silent synth > synth.log 2>&1 || { echo "consumers: $1: npm run synth failed:" >&2; cat synth.log >&2; exit 1; }
  /usr/bin/time -f '%e %M' -o time.txt node main.js > /dev/null
  read -r secs kb < time.txt
  echo "consumers: $1: node main.js synth ${secs} s, $(( kb / 1024 )) MB peak"
}

# 1. Azure to Oracle with only the azurerm provider.
project "$work/oracle"
for p in aws google random; do
  [ "$(installed "@cdktf/provider-$p")" = no ] || { echo "consumers: @cdktf/provider-$p should not be installed" >&2; exit 1; }
done
[ "$(installed @cdktf/provider-azurerm)" = yes ]
node -e 'require("cdktf-azure-multicloud")'   # loading the library needs no optional provider
synth "azurerm only, ExpressRouteToOracle"
grep -q '"azurerm_express_route_circuit"' cdktf.out/stacks/azure-oracle/cdk.tf.json
grep -q '"oci_core_virtual_circuit"' cdktf.out/stacks/azure-oracle/cdk.tf.json

# 2. Add AWS: the provider packages the README names, and its block in main.ts before app.synth().
npm install $NPM_FLAGS @cdktf/provider-aws@^21 @cdktf/provider-random@^12 > /dev/null
node -e '
  const fs = require("fs");
  const main = fs.readFileSync("main.ts", "utf8");
  const aws = fs.readFileSync(0, "utf8");
  if (!main.includes("app.synth();")) throw new Error("main.ts has no app.synth()");
  fs.writeFileSync("main.ts", main.replace("app.synth();", aws + "app.synth();"));' < <(block "Start a project" ts - 2)
synth "azurerm + aws + random, ExpressRouteToOracle + S2SVpnBackup"
grep -q '"aws_vpn_connection"' cdktf.out/stacks/azure-oracle/cdk.tf.json
grep -q '"random_password"' cdktf.out/stacks/azure-oracle/cdk.tf.json

# 3. Every TypeScript block of the README compiles against the packed library.
node -e 'console.log(JSON.stringify(Object.keys(require("cdktf-azure-multicloud"))))' > "$work/exports.json"
node "$repo/.ci/readme-snippets.js" "$work/blocks.json" "$work/exports.json" snippets
node -e '
  const c = JSON.parse(require("fs").readFileSync("tsconfig.json", "utf8"));
  c.include = ["snippets/*.ts"];
  c.compilerOptions.noEmit = true;
  require("fs").writeFileSync("tsconfig.snippets.json", JSON.stringify(c));'
npx tsc -p tsconfig.snippets.json
echo "consumers: passed in $(( $(date +%s) - start )) s"
