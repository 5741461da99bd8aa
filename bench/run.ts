// `npm run bench`: synth time and peak memory of the examples app, median of RUNS runs after a warm-up, each in
// a fresh Node process (what `cdktf synth` pays on every run). Not part of `npm test`.
import { execFileSync } from 'child_process';
import * as path from 'path';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

interface Sample { ms: number; rssMb: number }

function runOnce(script: string): Sample {
  const out = execFileSync(process.execPath, [script], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as Sample;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function measure(name: string, script: string): { name: string; ms: number; rssMb: number; runs: number } {
  runOnce(script); // warm-up (file-system cache)
  const samples = Array.from({ length: RUNS }, () => runOnce(script));
  return { name, ms: median(samples.map((s) => s.ms)), rssMb: median(samples.map((s) => s.rssMb)), runs: RUNS };
}

const rows = [measure('examples app (every example stack)', path.join(__dirname, 'synth-examples.js'))];

console.log(`node ${process.version}, ${require('os').cpus().length} cores; median of ${RUNS} runs after one warm-up`);
console.log('| benchmark | synth time (ms) | peak RSS (MB) |');
console.log('|---|---:|---:|');
for (const r of rows) console.log(`| ${r.name} | ${r.ms.toFixed(0)} | ${r.rssMb.toFixed(0)} |`);
