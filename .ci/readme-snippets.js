// Writes every ```ts block of README.md as a file that `tsc --noEmit` can check in a consumer project.
// A block's own imports stay at the top; the names it uses without importing come from the preamble below: the
// library's exports and cdktf's classes, and the variables the README's fragments take as given (`stack`, `azure`,
// ...). The rest of the block is the body of a function whose `this` is a stack, so `new X(this, ...)` compiles.
// Usage: node .ci/readme-snippets.js <blocks.json> <library exports.json> <out dir>
'use strict';
const fs = require('fs');
const path = require('path');

const [blocksFile, exportsFile, outDir] = process.argv.slice(2);
const blocks = JSON.parse(fs.readFileSync(blocksFile, 'utf8')).filter((b) => b.lang === 'ts');
const libExports = JSON.parse(fs.readFileSync(exportsFile, 'utf8'));
const CDKTF = ['App', 'TerraformStack', 'TerraformVariable', 'TerraformOutput', 'Fn'];
/** What the README's fragments take as given. */
const GIVEN = `
declare const stack: TerraformStack;
declare const compartment: TerraformVariable;
declare const vcn: TerraformVariable;
declare const vif: TerraformVariable;
declare const compartmentId: string;
declare const vcnId: string;
declare const vpcId: string;
declare const azure: AzureHub;
declare const aws: AwsHub;
declare const gcp: GcpHub;
declare const oci: OciHub;
declare class AzureOracleStack extends TerraformStack { constructor(scope: Construct, id: string); }
`;
const ALWAYS = { cdktf: ['TerraformStack', 'TerraformVariable'], constructs: ['Construct'], lib: ['AzureHub', 'AwsHub', 'GcpHub', 'OciHub'] };

fs.mkdirSync(outDir, { recursive: true });
blocks.forEach((b, i) => {
  const lines = b.code.split('\n');
  const imports = lines.filter((l) => /^import .* from '[^']+';$/.test(l));
  const body = lines.filter((l) => !imports.includes(l));
  const imported = new Set(imports.flatMap((l) => (/\{([^}]*)\}/.exec(l)?.[1] ?? '').split(',').map((n) => n.trim()).filter(Boolean)));
  const uses = (n) => new RegExp(`\\b${n}\\b`).test(b.code);
  const need = (names, always) => names.filter((n) => !imported.has(n) && (always.includes(n) || uses(n)));
  const fromLib = need(libExports, ALWAYS.lib);
  const fromCdktf = need(CDKTF, ALWAYS.cdktf);
  const fromConstructs = need(['Construct'], ALWAYS.constructs);
  const file = [
    `// README.md, ${b.section}, block ${i + 1}`,
    ...imports,
    fromCdktf.length ? `import { ${fromCdktf.join(', ')} } from 'cdktf';` : '',
    fromConstructs.length ? `import { ${fromConstructs.join(', ')} } from 'constructs';` : '',
    fromLib.length ? `import { ${fromLib.join(', ')} } from 'cdktf-azure-multicloud';` : '',
    GIVEN,
    'export function snippet(this: TerraformStack): void {',
    ...body,
    '}',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(outDir, `readme-${String(i + 1).padStart(2, '0')}.ts`), file);
});
console.log(`readme-snippets: ${blocks.length} TypeScript blocks written to ${outDir}`);
