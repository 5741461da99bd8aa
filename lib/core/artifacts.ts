import * as fs from 'fs';
import * as path from 'path';
import { TerraformStack } from 'cdktf';
import { addCustomSynthesis } from 'cdktf/lib/synthesize/synthesizer';
import { Construct, IConstruct } from 'constructs';
import { assertCleanDocument, isSafeFileName, safeFileStem } from '../plan/documents/text';
import { fail } from '../plan/errors';

/**
 * Extra files a stack writes next to its `cdk.tf.json` at synth (the connectivity report, a customer-router
 * configuration, a provider handoff document).
 *
 * Uses cdktf's custom-synthesis hook, which the stack synthesizer calls after the stack's validations and before
 * it writes `cdk.tf.json`, with the session's output directory: so the files are written by `app.synth()`,
 * `cdktf synth` and `Testing.fullSynth()` alike, and never when validation failed.
 */
export class StackArtifacts extends Construct {
  /**
   * The path of `scope` below its stack, joined with dashes (e.g. `L2` or `Team-L2`): the stem of the files a
   * construct writes next to `cdk.tf.json`. The construct id when `scope` is the stack. Safe as a file name: only
   * `[A-Za-z0-9._-]` and at most 64 characters (a longer or unsafe path keeps its start and ends with a hash).
   */
  public static relativeName(scope: IConstruct): string {
    const stack = TerraformStack.of(scope);
    return safeFileStem(scope.node.path.split('/').slice(stack.node.path.split('/').length).join('-') || scope.node.id);
  }

  /** The artifacts of the stack `scope` is in (created on first use as a child `Artifacts` of the stack; it holds no resource). */
  public static of(scope: IConstruct): StackArtifacts {
    const stack = TerraformStack.of(scope);
    const existing = stack.node.tryFindChild(ARTIFACTS_ID);
    if (existing instanceof StackArtifacts) return existing;
    return new StackArtifacts(stack, ARTIFACTS_ID);
  }

  private readonly files = new Map<string, () => string>();
  private readonly groups = new Map<string, () => { [fileName: string]: string }>();

  private constructor(stack: TerraformStack, id: string) {
    super(stack, id);
    addCustomSynthesis(this, {
      onSynthesize: (session) => {
        const dir = path.join(session.outdir, session.manifest.forStack(stack).workingDirectory);
        fs.mkdirSync(dir, { recursive: true });
        for (const [name, produce] of [...this.files.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
          fs.writeFileSync(path.join(dir, name), assertCleanDocument(name, produce(), true));
        }
        for (const [names, produce] of this.groups) {
          const texts = produce();
          for (const name of names.split('\u0000')) fs.writeFileSync(path.join(dir, name), assertCleanDocument(name, Object.prototype.hasOwnProperty.call(texts, name) ? texts[name] : '', true));
        }
      },
    });
  }

  /**
   * Write `fileName` (relative to the stack's output directory) with the text `produce` returns at synth.
   * Adding a name twice replaces the producer.
   *
   * @internal
   */
  public _add(fileName: string, produce: () => string): void {
    checkFileName(fileName);
    this.files.set(fileName, produce);
  }

  /**
   * Write several files from one producer (computed once at synth, e.g. a report rendered as Markdown and JSON).
   *
   * @internal
   */
  public _addFiles(fileNames: string[], produce: () => { [fileName: string]: string }): void {
    fileNames.forEach(checkFileName);
    this.groups.set(fileNames.join('\u0000'), produce);
  }

  /** The names of the files this stack writes. */
  public get fileNames(): string[] {
    return [...this.files.keys(), ...[...this.groups.keys()].flatMap((k) => k.split('\u0000'))].sort();
  }
}

const ARTIFACTS_ID = 'Artifacts';

/** A file a stack writes has a safe, short name (1-100 characters of [A-Za-z0-9._-]): never a path or a line break. */
function checkFileName(name: string): void {
  if (!isSafeFileName(name)) fail('fileName', name, 'a generated file name is 1 to 100 characters of letters, digits, \'.\', \'_\' and \'-\', not starting with a dot', 'build it from StackArtifacts.relativeName');
}
