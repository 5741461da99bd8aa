// Helpers of the bench runner: run a measured child process, medians, Markdown tables.
import { execFileSync } from 'child_process';
import type { RunResult } from './child';

/** Run `script` (compiled JavaScript) in a fresh `node` process and parse its result line. */
export function runChild<T = RunResult>(script: string, args: string[] = [], env: Record<string, string> = {}): T {
  const out = execFileSync(process.execPath, [script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median, min and max of a sample. */
export interface Stat { readonly median: number; readonly min: number; readonly max: number; readonly n: number }

export function stat(xs: number[]): Stat {
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length };
}

/** A Markdown table. */
export function table(header: string[], rows: Array<Array<string | number>>, align?: string[]): string {
  const a = align ?? header.map((_, i) => (i === 0 ? '---' : '---:'));
  return [`| ${header.join(' | ')} |`, `|${a.join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export const f0 = (x: number): string => (Number.isFinite(x) ? x.toFixed(0) : 'n/a');
export const f1 = (x: number): string => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
export const f2 = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
/** `median (min-max)`. */
export const range0 = (s: Stat): string => `${f0(s.median)} (${f0(s.min)}-${f0(s.max)})`;
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(bytes < 10240 ? 1 : 0)} KB`;
export const met = (ok: boolean): string => (ok ? 'met' : '**not met**');
