import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
// jsii's own list (its package exports do not include the file, so by path)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { isReservedName } = require(path.join(__dirname, '..', 'node_modules', 'jsii', 'lib', 'reserved-words.js')) as { isReservedName(name: string): string[] | undefined };

// The names in the public API that are reserved words in a jsii language (`jsii --silence-warnings=reserved-word`
// hides the warnings, so this test lists them). Each one left is explained in CONTRIBUTING.md (Conventions, "Names that
// are reserved words in another jsii language"); a new one fails here: rename it while it is not public yet, or explain it there.
// Runs after `npm run build` (as `npm test` does); skipped only when the library has not been compiled.
const assembly = path.join(__dirname, '..', '.jsii');

const EXPLAINED = [
  'CoreDrgAttachmentNetworkDetails.type: Go',
  'CoreSecurityListIcmpOptions.type: Go',
  'CoreVirtualCircuitConfig.type: Go',
  'DataOciCoreFastConnectProviderServicesFastConnectProviderServicesOutputReference.type: Go',
  'GcpInterconnectLink.type: Go',
  'GcpInterconnectLinkProps.type: Go',
  'L3Route.from: Python',
  'OciTimeouts.delete: Go',
].sort();

(existsSync(assembly) ? test : test.skip)('the public names that are reserved words in a jsii language are the explained ones', () => {
  const types = JSON.parse(readFileSync(assembly, 'utf8')).types as Record<string, any>;
  const found: string[] = [];
  const check = (where: string, name: string) => {
    const langs = isReservedName(name);
    if (langs?.length) found.push(`${where}: ${langs.join(', ')}`);
  };
  for (const t of Object.values(types)) {
    for (const p of t.properties ?? []) check(`${t.name}.${p.name}`, p.name);
    for (const m of [...(t.methods ?? []), ...(t.initializer ? [{ name: '<init>', ...t.initializer }] : [])]) {
      if (m.name !== '<init>') check(`${t.name}.${m.name}`, m.name);
      for (const p of m.parameters ?? []) check(`${t.name}.${m.name}(${p.name})`, p.name);
    }
  }
  expect(found.sort()).toEqual(EXPLAINED);
});
