/**
 * The real judges in the test suite. Every stack that any test synthesizes (`Testing.synth`, `Testing.fullSynth`,
 * `app.synth()`: all of them go through `TerraformStack.toTerraform`) is recorded, and when the test file ends:
 * - `terraform validate` (Terraform 1.11, no `init`: it parses the configuration and reports every configuration
 *   error before "Missing required provider") must report nothing else;
 * - every literal value must pass the pinned providers' rules (`lib/plan/facts/provider-rules`);
 * - every `oci_*` block must fit the vendored oracle/oci 8.28.0 schema (`oci-schema.ts`).
 * Stacks that a test expects to fail never reach `toTerraform`, so only output a user could deploy is judged.
 */
import { execFileSync, spawn } from 'child_process';
import { createHash } from 'crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { TerraformStack } from 'cdktf';
import { ProviderRules } from '../../lib/plan/facts/provider-rules';
import { ociSchemaProblems } from './oci-schema';

/** A synthesized stack as Terraform reads it. */
interface Recorded {
  readonly name: string;
  readonly json: string;
}

const recorded = new Map<string, Recorded>();
let installed = false;
let suspended = 0;

/** Run `fn` (a test that expects a synth to fail on a deliberately bad stack) without recording its stacks. */
export function withoutJudging<T>(fn: () => T): T {
  suspended++;
  try {
    return fn();
  } finally {
    suspended--;
  }
}

/** Record every stack the tests of this file synthesize. Idempotent. */
export function recordSynthesizedStacks(): void {
  if (installed) return;
  installed = true;
  const proto = TerraformStack.prototype as unknown as { toTerraform: () => unknown };
  const original = proto.toTerraform;
  proto.toTerraform = function (this: TerraformStack) {
    const tf = original.call(this);
    if (suspended) return tf;
    const json = JSON.stringify(tf);
    const key = createHash('sha256').update(json).digest('hex');
    const test = (globalThis as { expect?: { getState(): { currentTestName?: string } } }).expect?.getState().currentTestName;
    if (!recorded.has(key)) recorded.set(key, { name: `stack ${this.node.path}${test ? ` (test "${test}")` : ''}`, json });
    return tf;
  };
}

/** Record a stack synthesized while judging was suspended (e.g. the fuzz test's, once it is known to be accepted). */
export function recordStack(name: string, json: string): void {
  const key = createHash('sha256').update(json).digest('hex');
  if (!recorded.has(key)) recorded.set(key, { name, json });
}

/** The stacks recorded so far, and forget them. */
export function takeRecorded(): Recorded[] {
  const all = [...recorded.values()];
  recorded.clear();
  return all;
}

let terraformVersion: string | null | undefined;

/** The installed Terraform's version line, or null when `terraform` is not on the PATH. */
export function terraformAvailable(): string | null {
  if (terraformVersion !== undefined) return terraformVersion;
  try {
    const out = execFileSync('terraform', ['version', '-json'], { encoding: 'utf8', env: tfEnv(), stdio: ['ignore', 'pipe', 'ignore'] });
    terraformVersion = (JSON.parse(out) as { terraform_version: string }).terraform_version;
  } catch {
    terraformVersion = null;
  }
  return terraformVersion;
}

function tfEnv(): NodeJS.ProcessEnv {
  return { ...process.env, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_CLI_CONFIG_FILE: '/dev/null' };
}

/** One diagnostic `terraform validate -json` reported. */
export interface TerraformDiagnostic {
  readonly severity: string;
  readonly summary: string;
  readonly detail?: string;
  readonly range?: { filename: string; start: { line: number } };
}

/** Errors other than the providers that cannot be loaded without `init`. */
export function configurationErrors(diagnostics: TerraformDiagnostic[]): TerraformDiagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error' && d.summary !== 'Missing required provider');
}

function validateOne(dir: string): Promise<TerraformDiagnostic[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('terraform', ['validate', '-json', '-no-color'], { cwd: dir, env: tfEnv() });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', () => {
      try {
        resolve((JSON.parse(out) as { diagnostics: TerraformDiagnostic[] }).diagnostics ?? []);
      } catch (e) {
        reject(new Error(`terraform validate printed no JSON in ${dir}: ${out.slice(0, 400)}`));
      }
    });
  });
}

/** `terraform validate` on each stack (four at a time); the configuration errors per stack. */
export async function terraformValidate(stacks: Recorded[]): Promise<Array<{ stack: string; errors: TerraformDiagnostic[] }>> {
  const root = mkdtempSync(join(tmpdir(), 'tf-validate-'));
  try {
    const results: Array<{ stack: string; errors: TerraformDiagnostic[] }> = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < stacks.length) {
        const i = next++;
        const dir = join(root, String(i));
        mkdirSync(dir);
        writeFileSync(join(dir, 'cdk.tf.json'), JSON.stringify(JSON.parse(stacks[i].json), null, 2));
        const errors = configurationErrors(await validateOne(dir));
        if (errors.length) results.push({ stack: stacks[i].name, errors });
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    return results;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The message for a stack's Terraform errors. */
export function describeErrors(r: { stack: string; errors: TerraformDiagnostic[] }): string {
  return `${r.stack}:\n${r.errors.map((e) => `  ${e.summary}${e.detail ? `: ${e.detail}` : ''}${e.range ? ` (cdk.tf.json line ${e.range.start.line})` : ''}`).join('\n')}`;
}

/** Judge every stack the tests of this file synthesized: throws with every finding. */
export async function judgeRecorded(): Promise<void> {
  const stacks = takeRecorded();
  if (!stacks.length) return;
  const findings: string[] = [];
  for (const s of stacks) {
    const tf = JSON.parse(s.json) as { output?: Record<string, { description?: string }> };
    // Terraform never interpolates an output's description: an expression there is printed raw to the user.
    for (const [name, o] of Object.entries(tf.output ?? {})) {
      if (o.description?.includes('${')) findings.push(`${s.name}: output ${name} has a Terraform expression in its description: ${o.description}`);
    }
    const schema = ociSchemaProblems(tf as Parameters<typeof ociSchemaProblems>[0]);
    if (schema.length) findings.push(`${s.name} does not fit the oracle/oci schema:\n${schema.map((v) => `  ${v}`).join('\n')}`);
    const violations = ProviderRules.check(tf);
    if (violations.length) findings.push(`${s.name} breaks the pinned providers' rules:\n${violations.map((v) => `  ${v}`).join('\n')}`);
  }
  if (terraformAvailable()) {
    for (const r of await terraformValidate(stacks)) findings.push(`terraform validate rejects ${describeErrors(r)}`);
  }
  if (findings.length) throw new Error(findings.join('\n'));
}
