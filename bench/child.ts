// The harness of one measured run (each run is a fresh `node` process, as `cdktf synth` is): build an app into a
// temporary directory, synthesize it, and print one JSON line. `ms` is the wall time from process start (Node's
// `performance.now()` counts from the process's time origin, so module loading is included); `rssMb` is the peak
// resident set size of the process so far (`process.resourceUsage().maxRSS`), read before anything else is done.
// With BENCH_KEEP_OUT=<dir> the synthesized output is moved there (for the resource comparison) instead of deleted.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';

/** What one measured run prints. */
export interface RunResult {
  readonly name: string;
  /** Wall time from process start to the end of `app.synth()`, ms. */
  readonly ms: number;
  /** Peak RSS at that point, MB. */
  readonly rssMb: number;
  /** Bytes of every stack's `cdk.tf.json`. */
  readonly tfJsonBytes: number;
  /** Bytes of every file under `stacks/` (cdk.tf.json plus anything else the app writes, e.g. connectivity reports). */
  readonly stackBytes: number;
  /** Anything the app wants reported (e.g. link counts). */
  readonly info?: Record<string, unknown>;
}

function sizes(outdir: string): { tfJsonBytes: number; stackBytes: number } {
  let tfJsonBytes = 0;
  let stackBytes = 0;
  const stacks = path.join(outdir, 'stacks');
  for (const stack of fs.existsSync(stacks) ? fs.readdirSync(stacks) : []) {
    for (const f of fs.readdirSync(path.join(stacks, stack))) {
      const size = fs.statSync(path.join(stacks, stack, f)).size;
      stackBytes += size;
      if (f === 'cdk.tf.json') tfJsonBytes += size;
    }
  }
  return { tfJsonBytes, stackBytes };
}

/** Build with `build`, synthesize, print the result line. */
export function runMeasured(name: string, build: (app: App) => Record<string, unknown> | void): void {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-${name}-`));
  const app = new App({ outdir });
  const info = build(app) ?? undefined;
  app.synth();
  const ms = performance.now();
  const rssMb = process.resourceUsage().maxRSS / 1024;
  const result: RunResult = { name, ms, rssMb, ...sizes(outdir), info };
  const keep = process.env.BENCH_KEEP_OUT;
  if (keep) {
    fs.rmSync(keep, { recursive: true, force: true });
    fs.cpSync(outdir, keep, { recursive: true });
  }
  fs.rmSync(outdir, { recursive: true, force: true });
  process.stdout.write(JSON.stringify(result) + '\n');
}
