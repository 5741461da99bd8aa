// Fairness check of the hand-written baselines: per stack, the synthesized resource and data-source types and
// counts, and the attribute values, must match the library's. Logical ids differ (the library nests constructs,
// the baselines do not), so references are compared with the id replaced by `*`, `depends_on` entries without
// their `${}`, and the `//` metadata dropped.
import * as fs from 'fs';
import * as path from 'path';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** The comparison of one stack. */
export interface StackComparison {
  readonly stack: string;
  /** `type: count` of the library, for types where the counts differ (empty when they match). */
  readonly countDiffs: string[];
  /** Resources (and data sources) of the library, and of the baseline. */
  readonly libraryResources: number;
  readonly baselineResources: number;
  /** Distinct resource types. */
  readonly types: number;
  /** Blocks of the library that have no identical block in the baseline (after normalising). */
  readonly attributeDiffs: string[];
  /** Outputs, variables and providers that differ. */
  readonly otherDiffs: string[];
}

const REF = /\b((?:data\.)?(?:azurerm|aws|google|oci|random)_[a-z0-9_]+)\.[A-Za-z][A-Za-z0-9_-]*/g;

function normalise(value: Json, key?: string): Json {
  if (typeof value === 'string') {
    const s = value.replace(REF, '$1.*');
    return key === 'depends_on' || /^\$\{[^}]*\}$/.test(s) && key === '#dep' ? s.replace(/^\$\{(.*)\}$/, '$1') : s;
  }
  if (Array.isArray(value)) return value.map((v) => normalise(v, key === 'depends_on' ? '#dep' : undefined));
  if (value && typeof value === 'object') {
    const out: { [k: string]: Json } = {};
    for (const k of Object.keys(value).sort()) if (k !== '//') out[k] = normalise(value[k], k);
    return out;
  }
  return value;
}

function blocks(doc: { [k: string]: Json }, section: 'resource' | 'data'): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const sec = (doc[section] ?? {}) as { [type: string]: { [id: string]: Json } };
  for (const [type, byId] of Object.entries(sec)) {
    out.set(`${section === 'data' ? 'data.' : ''}${type}`, Object.values(byId).map((b) => JSON.stringify(normalise(b))).sort());
  }
  return out;
}

function readStacks(outdir: string): Map<string, { [k: string]: Json }> {
  const dir = path.join(outdir, 'stacks');
  const m = new Map<string, { [k: string]: Json }>();
  for (const s of fs.readdirSync(dir).sort()) m.set(s, JSON.parse(fs.readFileSync(path.join(dir, s, 'cdk.tf.json'), 'utf8')));
  return m;
}

/** Compare the library's synthesized output (`libraryOut`) with a baseline's (`baselineOut`), stack by stack. */
export function compareOutputs(libraryOut: string, baselineOut: string): StackComparison[] {
  const lib = readStacks(libraryOut);
  const base = readStacks(baselineOut);
  const names = [...new Set([...lib.keys(), ...base.keys()])].sort();
  return names.map((stack) => {
    const a = lib.get(stack) ?? {};
    const b = base.get(stack) ?? {};
    const la = new Map([...blocks(a, 'resource'), ...blocks(a, 'data')]);
    const lb = new Map([...blocks(b, 'resource'), ...blocks(b, 'data')]);
    const types = [...new Set([...la.keys(), ...lb.keys()])].sort();
    const countDiffs: string[] = [];
    const attributeDiffs: string[] = [];
    for (const t of types) {
      const xa = la.get(t) ?? [];
      const xb = [...(lb.get(t) ?? [])];
      if (xa.length !== xb.length) countDiffs.push(`${t}: library ${xa.length}, baseline ${xb.length}`);
      for (const x of xa) {
        const i = xb.indexOf(x);
        if (i >= 0) xb.splice(i, 1);
        else attributeDiffs.push(`${t} ${x}`);
      }
    }
    const otherDiffs: string[] = [];
    for (const sec of ['output', 'variable', 'provider']) {
      const sa = JSON.stringify(normalise(a[sec] ?? {}));
      const sb = JSON.stringify(normalise(b[sec] ?? {}));
      if (sa !== sb) otherDiffs.push(`${sec}: library ${sa} / baseline ${sb}`);
    }
    const count = (m: Map<string, string[]>): number => [...m.values()].reduce((s, v) => s + v.length, 0);
    return { stack, countDiffs, libraryResources: count(la), baselineResources: count(lb), types: types.length, attributeDiffs, otherDiffs };
  });
}

if (require.main === module) {
  const [libraryOut, baselineOut] = process.argv.slice(2);
  for (const c of compareOutputs(libraryOut, baselineOut)) {
    console.log(`${c.stack}: ${c.libraryResources} vs ${c.baselineResources} blocks, ${c.types} types`);
    for (const d of [...c.countDiffs, ...c.attributeDiffs, ...c.otherDiffs]) console.log(`  ${d}`);
  }
}
