// One measured run: load the library, build the examples app and synthesize it into a temporary directory.
// Prints one JSON line: wall time from process start (ms) and peak resident memory (MB).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { buildExamples } from '../examples/app';

const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-examples-'));
const app = new App({ outdir });
buildExamples(app);
app.synth();
const ms = performance.now();
fs.rmSync(outdir, { recursive: true, force: true });
process.stdout.write(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024 }) + '\n');
