// cdktf records where each token and complex attribute object was created: every `Intrinsic`, `Lazy`, reference
// and `ComplexList` calls `captureStackTrace()` (cdktf/lib/tokens/private/stack-trace.js, copied from constructs),
// which formats the whole call stack (`Error.stackTraceLimit` lifted to Number.MAX_SAFE_INTEGER) into strings that
// the object keeps for good. They are read only to enrich the error of a token that fails to resolve.
//
// Measured on this machine (issue 16), 500 links: formatting those stacks was half of the construction time
// (1.4-1.6 s of about 3 s) and the kept strings 42 of the 85 MB the app holds once built; through the library's
// constructs each stack is a few frames deeper than in hand-written code, so the library paid more of it. AWS CDK,
// which shares this code, captures such stacks only when `CDK_DEBUG` is `true` or `1`, because "their capture is a
// rather expensive operation, and the stack traces can be large" (aws-cdk-lib core/lib/stack-trace.ts).
//
// The library does the same for the objects its own constructs create: while one of its constructors runs, a
// creation stack is recorded empty, unless `CDK_DEBUG` is `true` or `1`. Nothing else changes: cdktf's tokens,
// the synthesized JSON, and the stack of every `Error` (formatted when first read, as before; one first read inside
// a constructor is formatted as Node formats it). Tokens the app creates itself keep their creation stacks (but
// not one that a `Lazy` of the app creates while the provider-rule check resolves the stack at synth).

type PrepareStackTrace = (error: Error, frames: NodeJS.CallSite[]) => unknown;

/** How many of the library's constructors are running (they nest: a pattern builds links, a link asks its hub). */
let depth = 0;
/** The `Error.prepareStackTrace` in place before the outermost one started (Node 20 installs its own). */
let previous: PrepareStackTrace | undefined;

/** `CDK_DEBUG=true` or `1` keeps every creation stack (as in AWS CDK). */
function debugMode(): boolean {
  const v = process.env.CDK_DEBUG;
  return v === 'true' || v === '1';
}

function skipCreationStack(error: Error, frames: NodeJS.CallSite[]): unknown {
  // cdktf and constructs capture creation stacks on plain objects (`{ stack: '' }`): an empty one is recorded
  if (Object.prototype.toString.call(error) !== '[object Error]') return '';
  if (previous) return previous(error, frames);
  // what Node's own formatting gives (an error's name and message, then one `at` line per frame)
  return `${Error.prototype.toString.call(error)}${frames.map((f) => `\n    at ${f}`).join('')}`;
}

/**
 * Called by each of the library's constructors right after `super()`; the function it returns is called in a
 * `finally` at the constructor's end. Between the two, cdktf's creation stacks are not formatted (see above).
 */
export function skipCreationStacks(): () => void {
  if (debugMode()) return () => undefined;
  if (depth === 0) {
    previous = Error.prepareStackTrace as PrepareStackTrace | undefined;
    Error.prepareStackTrace = skipCreationStack;
  }
  depth++;
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    depth--;
    // restored only if nobody replaced the hook meanwhile
    if (depth === 0 && Error.prepareStackTrace === skipCreationStack) Reflect.set(Error, 'prepareStackTrace', previous);
    if (depth === 0) previous = undefined;
  };
}
