import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { StackArtifacts } from '../core/artifacts';
import { AppContext } from '../core/context';
import { explainStackCycles, providerRuleErrors } from '../core/provider-rules-check';
import { addWarningOnce, printWarningsAtSynth } from '../core/warnings';
import { AppCheckIssue, IssueLevel, runAppChecks } from '../plan/routing/app-checks';
import { isValidationError, ValidationError } from '../plan/errors';
import { ConnectivityModel, HubRecord, LinkRecord } from '../plan/routing/model';
import { computePropagation, ConnectivitySnapshot, PropagationResult } from '../plan/routing/propagation';
import { composeReport, ConnectivityPlan, ConnectivityReportData, renderFresh } from '../plan/documents/report';

/** The report of a stack or an app: Markdown, JSON, Mermaid and the structured data. */
export class ConnectivityReportResult {
  /** The structured data (what the JSON holds). */
  public readonly data: ConnectivityReportData;
  /** The Markdown report (what `connectivity.md` holds). */
  public readonly markdown: string;
  /** The JSON document, keys in sorted order (what `connectivity.json` holds). */
  public readonly json: string;
  /** The Mermaid `flowchart LR` of the topology (also embedded in the Markdown). */
  public readonly mermaid: string;
  /** The messages of the whole-app check errors in scope (a synth with these fails). */
  public readonly errors: string[];
  /** The messages of the whole-app check warnings in scope. */
  public readonly warnings: string[];

  /**
   * Render a report from its data.
   *
   * @param data the report data (from `ConnectivityPlan.compose`)
   */
  constructor(data: ConnectivityReportData) {
    this.data = data;
    this.markdown = ConnectivityPlan.markdown(data);
    this.json = ConnectivityPlan.json(data);
    this.mermaid = data.mermaid;
    this.errors = data.issues.filter((i) => i.level === IssueLevel.ERROR).map((i) => i.message);
    this.warnings = data.issues.filter((i) => i.level === IssueLevel.WARNING).map((i) => i.message);
  }
}

interface Computed {
  readonly hubs: HubRecord[];
  readonly links: LinkRecord[];
  readonly snapshot: ConnectivitySnapshot;
  readonly propagation: PropagationResult;
  readonly issues: AppCheckIssue[];
}

const CACHE = new WeakMap<ConnectivityModel, Computed>();
const ATTACHED = new WeakSet<TerraformStack>();
const WARNED = new WeakMap<TerraformStack, Set<string>>();

/** The model read once per change: links resolved, routes propagated, checks run. */
function compute(model: ConnectivityModel): Computed {
  const hubs = model.hubs;
  const links = model.links;
  const cached = CACHE.get(model);
  if (cached && cached.hubs.length === hubs.length && cached.links.length === links.length
    && cached.hubs.every((h, i) => h === hubs[i]) && cached.links.every((l, i) => l === links[i])) {
    return cached;
  }
  const snapshot: ConnectivitySnapshot = { hubs, links };
  // the model's records are the library's own (hubs and links record them from checked props): the planning
  // classes' argument checks, for callers from outside, are not run again over every record of the app
  const propagation = computePropagation(snapshot);
  const issues = runAppChecks(snapshot, propagation);
  const c = { hubs, links, snapshot, propagation, issues };
  CACHE.set(model, c);
  return c;
}

/** The result for data the library has just composed (rendered without checking it again). */
function report(data: ConnectivityReportData): ConnectivityReportResult {
  return renderFresh(data, () => new ConnectivityReportResult(data));
}

function inside(path: string, stackPath: string): boolean {
  return stackPath === '' || path === stackPath || path.startsWith(`${stackPath}/`);
}

/**
 * The connectivity report and the whole-app checks.
 *
 * Every hub and pattern calls `ConnectivityReport.attach(this)`: the first call in a stack registers a validation
 * on the stack (so `app.synth()`, `cdktf synth` and `Testing.fullSynth` fail with the whole-app check errors that
 * concern the stack's hubs and links) and asks the stack to write `connectivity.md` and `connectivity.json` next
 * to its `cdk.tf.json`. The checks and the route propagation always see the whole app (the model lives per app
 * root), so a pattern wired to hubs in other stacks is checked and reported with them.
 *
 * To get the same report without synthesizing, call `ConnectivityReport.forStack(stack)` or
 * `ConnectivityReport.forApp(app)` once every construct is built.
 */
export class ConnectivityReport {
  /** The Markdown file written next to each stack's `cdk.tf.json`. */
  public static readonly MARKDOWN_FILE = 'connectivity.md';
  /** The JSON file written next to each stack's `cdk.tf.json`. */
  public static readonly JSON_FILE = 'connectivity.json';

  /**
   * Register the whole-app checks and the report files on the stack `scope` is in. Idempotent per stack.
   *
   * @param scope any construct in the stack
   */
  public static attach(scope: IConstruct): void {
    const stack = TerraformStack.of(scope);
    if (ATTACHED.has(stack)) return;
    ATTACHED.add(stack);
    stack.node.addValidation({ validate: () => ConnectivityReport.validateStack(stack) });
    stack.node.addValidation({ validate: () => providerRuleErrors(stack) });
    explainStackCycles(stack);
    printWarningsAtSynth(stack); // `node main.js` prints the warnings too, not only `cdktf synth`
    StackArtifacts.of(stack)._addFiles([ConnectivityReport.MARKDOWN_FILE, ConnectivityReport.JSON_FILE], () => {
      const report = ConnectivityReport.forStack(stack); // composed once for both files, then let go
      return { [ConnectivityReport.MARKDOWN_FILE]: report.markdown, [ConnectivityReport.JSON_FILE]: report.json };
    });
  }

  /**
   * The whole-app check errors that concern the hubs and links of `stack` (what its validation returns), and
   * adds the warnings as warning annotations on the stack.
   *
   * @param stack the stack
   */
  public static validateStack(stack: TerraformStack): string[] {
    let issues: AppCheckIssue[];
    try {
      issues = compute(AppContext.of(stack).model).issues.filter((i) => i.paths.some((p) => inside(p, stack.node.path)));
    } catch (e) {
      // a link that cannot be resolved (e.g. a peering range with no free subnet) fails the synth with its message
      if (isValidationError(e)) return [e.message];
      throw e;
    }
    let warned = WARNED.get(stack);
    if (!warned) WARNED.set(stack, (warned = new Set()));
    // a warning goes on the construct it names, in that construct's stack only (so that a pattern spanning two
    // stacks is not warned about twice); addWarningOnce keeps one copy per app
    const warnings = issues.filter((i) => i.level === IssueLevel.WARNING && !warned!.has(i.message) && inside(i.path, stack.node.path));
    const byPath = warnings.length > 0 ? new Map(stack.node.findAll().map((c) => [c.node.path, c] as [string, IConstruct])) : new Map<string, IConstruct>();
    for (const w of warnings) {
      warned.add(w.message);
      const on = byPath.get(w.path);
      // on its own construct the message leaves out the path, which the annotation (and `WARN [path]:`) shows
      addWarningOnce(on ?? stack, on ? ValidationError.format({ property: w.property, value: w.value, rule: w.rule, fix: w.fix }) : w.message);
    }
    return issues.filter((i) => i.level === IssueLevel.ERROR).map((i) => i.message);
  }

  /**
   * The report of one stack (its hubs, its links and the links that touch its hubs), without synthesizing.
   * Call it once every construct of the app is built: it resolves the links.
   *
   * @param stack the stack
   */
  public static forStack(stack: TerraformStack): ConnectivityReportResult {
    const c = compute(AppContext.of(stack).model);
    const name = stack.node.id;
    return report(composeReport(c.snapshot, { stack: name }, c.propagation, c.issues));
  }

  /**
   * The report of the whole app (every stack), without synthesizing.
   *
   * @param app the app (or any construct in it: the report covers its root)
   */
  public static forApp(app: IConstruct): ConnectivityReportResult {
    const c = compute(AppContext.of(app).model);
    return report(composeReport(c.snapshot, {}, c.propagation, c.issues));
  }

  /**
   * The whole app's route propagation, the one the report and the budget checks read (computed once per model
   * state): what a pattern's generated files read their budget figures from.
   *
   * @param scope any construct of the app
   * @internal
   */
  public static _propagation(scope: IConstruct): PropagationResult {
    return compute(AppContext.of(scope).model).propagation;
  }

  private constructor() {}
}
