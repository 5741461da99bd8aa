/**
 * Generates lib/plan/prop-shapes.generated.ts from the jsii assembly (`.jsii`) and the built enums: for every
 * construct of the library (hubs, links, patterns) the kinds of the arguments of its constructor and methods, and
 * of every prop of the structs they take, so that lib/plan/shape-check.ts (and lib/core/guard-props.ts for the constructs) can check, at run time, what a
 * JavaScript or other jsii-language caller passes (no type checker stands between them and the library).
 *
 * A prop accepts a Terraform token only when its doc comment says so with the phrase `Accepts a Terraform
 * token`; the generator reads that phrase, so the doc comment is the one statement of the policy.
 */
import * as fs from 'fs';
import * as path from 'path';

type JsiiType = { primitive?: string; fqn?: string; collection?: { kind: 'array' | 'map'; elementtype: JsiiType }; union?: { types: JsiiType[] } };
interface JsiiProp { name: string; optional?: boolean; type: JsiiType; docs?: { summary?: string; remarks?: string } }
interface JsiiParam { name: string; optional?: boolean; variadic?: boolean; type: JsiiType }
interface JsiiTypeDef {
  fqn: string; name: string; kind: 'class' | 'interface' | 'enum'; datatype?: boolean; base?: string; interfaces?: string[];
  properties?: JsiiProp[]; abstract?: boolean; initializer?: { parameters?: JsiiParam[] }; methods?: { name: string; static?: boolean; parameters?: JsiiParam[] }[];
  members?: { name: string }[];
}

/** The marker phrase, in a prop's doc comment, for a prop that accepts a token. */
export const TOKEN_PHRASE = 'Accepts a Terraform token';
/** The marker phrase for a list whose elements may be tokens, but not the whole list (its length is needed). */
export const ELEMENT_TOKEN_PHRASE = 'Each element accepts a Terraform token';

/** Generated-shaped OCI bindings are not checked (as cdktf's generated providers are not). */
function isBinding(t: JsiiTypeDef): boolean {
  return /^(Core|DataOci)/.test(t.name) || t.name === 'OciProvider';
}

export function generatePropShapes(root: string): string {
  const assembly = JSON.parse(fs.readFileSync(path.join(root, '.jsii'), 'utf8'));
  const types: Record<string, JsiiTypeDef> = assembly.types;
  const lib = require(path.join(root, 'lib', 'index.js'));
  const get = (fqn: string): JsiiTypeDef | undefined => (Object.prototype.hasOwnProperty.call(types, fqn) ? types[fqn] : undefined);
  const isConstruct = (t: JsiiTypeDef | undefined): boolean => {
    for (let c = t; c; c = c.base ? get(c.base) : undefined) if (c.base === 'constructs.Construct') return true;
    return false;
  };
  const structs = new Map<string, JsiiTypeDef>();
  const enums = new Map<string, string[]>();
  const shape = (t: JsiiType): unknown => {
    if (t.primitive) return t.primitive;
    if (t.collection) return { [t.collection.kind === 'array' ? 'a' : 'm']: shape(t.collection.elementtype) };
    if (t.union) return { u: t.union.types.map(shape) };
    const fqn = t.fqn!;
    const def = get(fqn);
    if (!def) return /^I[A-Z]/.test(fqn.split('.').pop()!) ? { i: fqn } : { c: fqn };
    if (def.kind === 'enum') {
      const values = Object.values(lib[def.name]).filter((v) => typeof v === 'string') as string[];
      enums.set(def.name, values);
      return { e: def.name };
    }
    if (def.datatype) {
      if (!structs.has(def.name)) {
        structs.set(def.name, def);
        for (const base of def.interfaces ?? []) shape({ fqn: base });
        for (const p of collectProps(def)) shape(p.type);
      }
      return { s: def.name };
    }
    return def.kind === 'class' ? { c: fqn } : { i: fqn };
  };
  const collectProps = (def: JsiiTypeDef): JsiiProp[] => {
    const out = new Map<string, JsiiProp>();
    for (const base of def.interfaces ?? []) { const b = get(base); if (b) for (const p of collectProps(b)) out.set(p.name, p); }
    for (const p of def.properties ?? []) out.set(p.name, p);
    return [...out.values()].sort((a, b) => a.name.localeCompare(b.name));
  };
  const params = (ps: JsiiParam[] | undefined) => (ps ?? []).map((p) => ({ n: p.name, t: shape(p.type), ...(p.optional ? { o: 1 } : {}) }));
  const entries: [string, unknown][] = [];
  for (const def of Object.values(types).sort((a, b) => a.fqn.localeCompare(b.fqn))) {
    if (def.kind !== 'class' || isBinding(def)) continue;
    const construct = isConstruct(def);
    // an abstract class (AzureHubBase) is never constructed itself: its subclasses check their own arguments
    if (construct && def.initializer && !def.abstract) entries.push([def.name, params(def.initializer.parameters)]);
    // a construct's methods, and the static operations of the planning classes (RoutePropagation.compute, ...)
    for (const m of def.methods ?? []) if ((construct ? !m.static : m.static) && !m.name.startsWith('_')) entries.push([`${def.name}.${m.name}`, params(m.parameters)]);
  }
  const structEntries = [...structs.values()].sort((a, b) => a.name.localeCompare(b.name)).map((def) => [def.name, collectProps(def).map((p) => {
    // a doc comment may wrap the phrase over two lines
    const docs = `${p.docs?.summary ?? ''} ${p.docs?.remarks ?? ''}`.replace(/\s+/g, ' ');
    return { n: p.name, t: shape(p.type), ...(p.optional ? { o: 1 } : {}), ...(docs.includes(ELEMENT_TOKEN_PHRASE) ? { k: 2 } : docs.includes(TOKEN_PHRASE) ? { k: 1 } : {}) };
  })]);
  const enumEntries = [...enums.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  const block = (rows: unknown[]) => rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
  const lines = [
    '// Generated by test/support/prop-shapes-gen.ts from the jsii assembly: do not edit. Regenerate with `npm run shapes`.',
    "import type { PropShapeTables } from './shape-check';",
    '',
    '/** The kinds of every argument of the library\'s constructs and of every prop of the structs they take. */',
    'export const PROP_SHAPES: PropShapeTables = {',
    `  entryPoints: [\n${block(entries)}\n  ],`,
    `  structs: [\n${block(structEntries)}\n  ],`,
    `  enums: [\n${block(enumEntries)}\n  ],`,
    '};',
    '',
  ];
  return lines.join('\n');
}
