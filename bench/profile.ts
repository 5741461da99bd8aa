// Reads a V8 `.cpuprofile` (from `node --cpu-prof`) and prints the top functions by self time, and self time per
// file (package for node_modules). `node bench/profile.js <file.cpuprofile> [top]`.
import * as fs from 'fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] }

/** Self time per function and per file, ms, sorted descending. */
export function summarise(file: string): { totalMs: number; functions: Array<[string, number]>; files: Array<[string, number]>; inclusive: Map<number, number>; profile: Profile } {
  const p = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const self = new Map<number, number>();
  for (let i = 0; i < p.samples.length; i++) self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  const byFn = new Map<string, number>();
  const byFile = new Map<string, number>();
  const where = (url: string, byPackage = false): string => {
    const m = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/);
    if (m) return byPackage ? m[1] : `${m[1]}/${m[2]}`;
    return url.replace(/^file:\/\//, '').replace(process.cwd() + '/', '') || '(native/gc)';
  };
  for (const n of p.nodes) {
    const ms = self.get(n.id) ?? 0;
    if (!ms) continue;
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${where(f.url)}:${f.lineNumber + 1}`;
    byFn.set(key, (byFn.get(key) ?? 0) + ms);
    const pkg = where(f.url, true);
    byFile.set(pkg, (byFile.get(pkg) ?? 0) + ms);
  }
  // inclusive time per node id
  const inclusive = new Map<number, number>();
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const incl = (id: number): number => {
    const n = byId.get(id)!;
    let t = self.get(id) ?? 0;
    for (const c of n.children ?? []) t += incl(c);
    inclusive.set(id, t);
    return t;
  };
  incl(p.nodes[0].id);
  const sort = (m: Map<string, number>): Array<[string, number]> => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return { totalMs: (p.endTime - p.startTime) / 1000, functions: sort(byFn), files: sort(byFile), inclusive, profile: p };
}

/** Inclusive time of every function name matching `pattern` (summed over call sites, not double counting recursion). */
export function inclusiveOf(file: string, pattern: RegExp): Array<[string, number]> {
  const { profile, inclusive } = summarise(file);
  const out = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const walk = (id: number, inside: Set<string>): void => {
    const n = byId.get(id)!;
    const name = `${n.callFrame.functionName} ${n.callFrame.url.replace(/^.*\/(node_modules|lib|bench|examples)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
    let next = inside;
    if (pattern.test(n.callFrame.functionName) && !inside.has(name)) {
      out.set(name, (out.get(name) ?? 0) + (inclusive.get(id) ?? 0));
      next = new Set(inside).add(name);
    }
    for (const c of n.children ?? []) walk(c, next);
  };
  walk(profile.nodes[0].id, new Set());
  return [...out.entries()].sort((a, b) => b[1] - a[1]);
}

if (require.main === module) {
  const [file, topArg, pattern, mode] = process.argv.slice(2);
  const top = Number(topArg ?? 25);
  if (pattern && mode === "callers") {
    for (const [k, v] of callersOf(file, new RegExp(pattern), 4).slice(0, Number(topArg ?? 25))) console.log(`${v.toFixed(1).padStart(9)} ms  ${k}`);
  } else if (pattern) {
    for (const [k, v] of inclusiveOf(file, new RegExp(pattern)).slice(0, top)) console.log(`${v.toFixed(1).padStart(9)} ms  ${k}`);
  } else {
    const s = summarise(file);
    console.log(`profile: ${s.totalMs.toFixed(0)} ms`);
    console.log('self time by function:');
    for (const [k, v] of s.functions.slice(0, top)) console.log(`${v.toFixed(1).padStart(9)} ms  ${k}`);
    console.log('self time by file / package:');
    for (const [k, v] of s.files.slice(0, top)) console.log(`${v.toFixed(1).padStart(9)} ms  ${k}`);
  }
}

/** Inclusive time of `pattern`'s nodes, attributed to their caller chain (up to `depth` frames), descending. */
export function callersOf(file: string, pattern: RegExp, depth = 3): Array<[string, number]> {
  const { profile, inclusive } = summarise(file);
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const label = (id: number): string => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anon)'}@${f.url.replace(/^.*\/(node_modules\/|)((?:@[^/]+\/)?[^/]+\/(?:lib\/)?)?/, '')}:${f.lineNumber + 1}`;
  };
  const out = new Map<string, number>();
  for (const n of profile.nodes) {
    if (!pattern.test(n.callFrame.functionName)) continue;
    // skip nodes nested inside another match (counted at the outer one)
    let p = parent.get(n.id);
    let nested = false;
    while (p !== undefined) { if (pattern.test(byId.get(p)!.callFrame.functionName)) { nested = true; break; } p = parent.get(p); }
    if (nested) continue;
    const chain: string[] = [];
    p = parent.get(n.id);
    for (let i = 0; i < depth && p !== undefined; i++) { chain.push(label(p)); p = parent.get(p); }
    const key = chain.join(' < ');
    out.set(key, (out.get(key) ?? 0) + (inclusive.get(n.id) ?? 0));
  }
  return [...out.entries()].sort((a, b) => b[1] - a[1]);
}
