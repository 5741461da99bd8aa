import { Annotations, TerraformStack } from 'cdktf';
import { addCustomSynthesis } from 'cdktf/lib/synthesize/synthesizer';
import { IConstruct } from 'constructs';

/**
 * Warnings people see, once, however they synthesize.
 *
 * A warning is a cdktf warning annotation: `cdktf synth` prints the annotations it finds in the manifest
 * (`WARN [path]: message`), but `node main.js` (`app.synth()` alone) prints nothing. So every stack with a hub or
 * pattern prints its warning annotations to stderr at synth, in the CLI's format, unless the cdktf CLI runs the app
 * (it puts `cdktfRelativeModules` into the app's context, CDKTF_CONTEXT_JSON) and prints them itself. A warning the
 * app already holds (same message) is not added twice, on any construct of any stack.
 */

const WARN = '@cdktf/warn';
const ADDED = new WeakMap<IConstruct, Set<string>>(); // per app root: the messages added
const PRINTED = new WeakMap<IConstruct, Set<string>>(); // per app root: the lines printed
const HOOKED = new WeakSet<TerraformStack>();

/** True when the cdktf CLI runs the app (it prints the annotations itself). */
function underCli(scope: IConstruct): boolean {
  return scope.node.tryGetContext('cdktfRelativeModules') !== undefined;
}

function setOf(map: WeakMap<IConstruct, Set<string>>, root: IConstruct): Set<string> {
  let s = map.get(root);
  if (!s) map.set(root, (s = new Set()));
  return s;
}

/** Print the stack's warning annotations to stderr at synth (once per app and line), unless the CLI prints them. */
export function printWarningsAtSynth(scope: IConstruct): void {
  const stack = TerraformStack.of(scope);
  if (HOOKED.has(stack)) return;
  HOOKED.add(stack);
  // the stack's own custom synthesis runs after its validations (which add the whole-app warnings), last of the stack
  addCustomSynthesis(stack, {
    onSynthesize: () => {
      if (underCli(stack)) return;
      const printed = setOf(PRINTED, stack.node.root);
      for (const c of stack.node.findAll()) {
        for (const m of c.node.metadata) {
          if (m.type !== WARN) continue;
          const line = `WARN [${c.node.path}]: ${String(m.data)}`;
          if (printed.has(line)) continue;
          printed.add(line);
          process.stderr.write(`${line}\n`);
        }
      }
    },
  });
}

/**
 * Add `message` as a warning annotation on `scope`, unless the app already holds it; it is printed at synth under
 * `node main.js` and by the CLI under `cdktf synth`.
 */
export function addWarningOnce(scope: IConstruct, message: string): void {
  const added = setOf(ADDED, scope.node.root);
  printWarningsAtSynth(scope);
  if (added.has(message)) return;
  added.add(message);
  Annotations.of(scope).addWarning(message);
}
