import { readdirSync, readFileSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';

// The structure the folder tree promises (CONTRIBUTING.md, "The layers"), held against the code.

const LIB = join(__dirname, '..', 'lib');
/** Bottom to top: a file may import from its own layer and the layers before it, never from one after it. */
const LAYERS = ['plan', 'providers', 'core', 'report', 'hubs', 'links', 'patterns'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

const layerOf = (file: string): string => relative(LIB, file).split('/')[0].replace(/\.ts$/, '');
const files = sources(LIB);

test('no layer imports a layer above it, and the planning core imports neither cdktf, constructs nor a provider', () => {
  const upward: string[] = [];
  for (const f of files) {
    const from = layerOf(f);
    if (!LAYERS.includes(from)) continue; // index.ts, errors.ts at the root re-export
    for (const m of readFileSync(f, 'utf8').matchAll(/^import [^;]*? from '([^']+)';/gm)) {
      const spec = m[1];
      if (from === 'plan' && /^(cdktf|constructs|@cdktf\/)/.test(spec)) upward.push(`${relative(LIB, f)} imports ${spec}`);
      if (!spec.startsWith('.')) continue;
      const to = layerOf(resolve(dirname(f), spec));
      if (LAYERS.includes(to) && LAYERS.indexOf(to) > LAYERS.indexOf(from)) upward.push(`${relative(LIB, f)} (${from}) imports ${spec} (${to})`);
    }
  }
  expect(upward).toEqual([]);
});

test('no file in lib/ over 500 lines, and no pattern constructor over 80', () => {
  const long = files.map((f) => [relative(LIB, f), readFileSync(f, 'utf8').split('\n').length] as const).filter(([, n]) => n > 500);
  expect(long).toEqual([]);
  for (const f of files.filter((x) => layerOf(x) === 'patterns' && dirname(x) === join(LIB, 'patterns'))) {
    const lines = readFileSync(f, 'utf8').split('\n');
    const start = lines.findIndex((l) => /^ {2}constructor\(/.test(l));
    const end = lines.findIndex((l, i) => i > start && l === '  }');
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end - start + 1).toBeLessThanOrEqual(80);
  }
});

test('no construct reads another construct\'s props', () => {
  const reads = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\b(?!this\b)(\w+)\.props\./g)].map((m) => `${relative(LIB, f)}: ${m[0]}`));
  expect(reads).toEqual([]);
});

test('no file imports a prebuilt provider package as a value: classes come from core/providers-load.ts when used', () => {
  // The provider packages are optional peers (issue 16): a value import at module top would make loading the library
  // need all four. Types are fine (`import type`), and so is every deep path; a package root never is.
  const loader = join(LIB, 'core', 'providers-load.ts'); // builds `<package>/lib/<module>`, never a root
  const found = files.filter((f) => f !== loader).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/^import (?!type )[^;]*? from '(@cdktf\/provider-[^']+)';|require\('(@cdktf\/provider-[^']+)'\)|'(@cdktf\/provider-[a-z]+)'/gm)]
    .map((m) => `${relative(LIB, f)}: ${m[0]}`));
  expect(found).toEqual([]);
});

test('every construct of lib/ skips cdktf\'s creation stacks while its constructor runs (core/creation-stacks.ts)', () => {
  const constructs = files.filter((f) => layerOf(f) !== 'providers' && readFileSync(f, 'utf8').includes('super(scope, id);'));
  expect(constructs.length).toBeGreaterThan(15);
  for (const f of constructs) {
    const lines = readFileSync(f, 'utf8').split('\n');
    lines.forEach((l, i) => {
      if (l.trim() !== 'super(scope, id);') return;
      const end = lines.findIndex((x, j) => j > i && x === '  }');
      // right after super(): start skipping, and stop in a finally at the constructor's end (also when it throws)
      expect([relative(LIB, f), lines[i + 1].trim(), lines[i + 2].trim()]).toEqual([relative(LIB, f), 'const endSkip = skipCreationStacks();', 'try {']);
      expect([relative(LIB, f), ...lines.slice(end - 3, end).map((x) => x.trim())]).toEqual([relative(LIB, f), '} finally {', 'endSkip();', '}']);
    });
  }
});
