/**
 * The synthesized `oci_*` resources and data sources against the vendored schema of oracle/oci 8.28.0
 * (test/fixtures/oci-provider-schema.json): no attribute or block the provider does not know, none it only
 * computes, every required one present, values of the declared type, blocks within their item counts.
 * Terraform would refuse each of these at `validate` once the provider is installed; here it is not.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

type SchemaType = string | [string, SchemaType] | [string, Record<string, SchemaType>];
interface Attribute { type: SchemaType; required?: boolean; optional?: boolean; computed?: boolean }
interface BlockType { nesting_mode: string; block: Block; min_items?: number; max_items?: number }
interface Block { attributes?: Record<string, Attribute>; block_types?: Record<string, BlockType> }
interface Schema { provider_version: string; resource_schemas: Record<string, { block: Block }>; data_source_schemas: Record<string, { block: Block }> }

let schema: Schema | undefined;

/** The vendored schema. */
export function ociSchema(): Schema {
  schema ??= JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'oci-provider-schema.json'), 'utf8')) as Schema;
  return schema;
}

/** Terraform's meta-arguments, which no schema lists. */
const META = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner', 'connection', '//']);

const isExpression = (v: unknown): boolean => typeof v === 'string' && v.includes('${');

function typeProblems(type: SchemaType, v: unknown, where: string): string[] {
  if (v === null || v === undefined || isExpression(v)) return [];
  if (type === 'string') return ['string', 'number', 'boolean'].includes(typeof v) ? [] : [`${where}: a string is expected, not ${JSON.stringify(v)}`];
  if (type === 'number') return typeof v === 'number' || (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) ? [] : [`${where}: a number is expected, not ${JSON.stringify(v)}`];
  if (type === 'bool') return typeof v === 'boolean' || v === 'true' || v === 'false' ? [] : [`${where}: a bool is expected, not ${JSON.stringify(v)}`];
  if (Array.isArray(type)) {
    const [kind, elem] = type;
    if (kind === 'list' || kind === 'set') {
      return Array.isArray(v) ? v.flatMap((e, i) => typeProblems(elem as SchemaType, e, `${where}[${i}]`)) : [`${where}: a ${kind} is expected, not ${JSON.stringify(v)}`];
    }
    if (kind === 'map') {
      return typeof v === 'object' && !Array.isArray(v) ? Object.entries(v as object).flatMap(([k, e]) => typeProblems(elem as SchemaType, e, `${where}.${k}`)) : [`${where}: a map is expected`];
    }
  }
  return [];
}

function blockProblems(block: Block, body: unknown, where: string): string[] {
  if (isExpression(body)) return [];
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return [`${where}: a block is expected, not ${JSON.stringify(body)}`];
  const out: string[] = [];
  const values = body as Record<string, unknown>;
  for (const [name, v] of Object.entries(values)) {
    if (META.has(name)) continue;
    const attr = block.attributes?.[name];
    const nested = block.block_types?.[name];
    if (attr) {
      if (attr.computed && !attr.optional && !attr.required) out.push(`${where}.${name}: the provider computes it; it cannot be set`);
      out.push(...typeProblems(attr.type, v, `${where}.${name}`));
    } else if (nested) {
      if (isExpression(v)) continue;
      const items = nested.nesting_mode === 'single' || nested.nesting_mode === 'group' ? [v] : Array.isArray(v) ? v : [v];
      if (nested.max_items !== undefined && items.length > nested.max_items) out.push(`${where}.${name}: at most ${nested.max_items} blocks, ${items.length} given`);
      if (nested.min_items !== undefined && items.length < nested.min_items) out.push(`${where}.${name}: at least ${nested.min_items} blocks, ${items.length} given`);
      items.forEach((item, i) => out.push(...blockProblems(nested.block, item, `${where}.${name}[${i}]`)));
    } else {
      out.push(`${where}.${name}: not an argument of this type in oracle/oci ${ociSchema().provider_version}`);
    }
  }
  for (const [name, attr] of Object.entries(block.attributes ?? {})) {
    if (attr.required && (values[name] === undefined || values[name] === null)) out.push(`${where}.${name}: required, missing`);
  }
  for (const [name, nested] of Object.entries(block.block_types ?? {})) {
    if ((nested.min_items ?? 0) > 0 && values[name] === undefined) out.push(`${where}.${name}: at least ${nested.min_items} blocks required, none given`);
  }
  return out;
}

/** Every problem of the `oci_*` resources and data sources of one synthesized stack (`cdk.tf.json` as an object). */
export function ociSchemaProblems(stack: { resource?: Record<string, Record<string, unknown>>; data?: Record<string, Record<string, unknown>> }): string[] {
  const s = ociSchema();
  const out: string[] = [];
  for (const [kind, schemas, prefix] of [['resource', s.resource_schemas, ''], ['data', s.data_source_schemas, 'data.']] as const) {
    for (const [type, byName] of Object.entries(stack[kind] ?? {})) {
      if (!type.startsWith('oci_')) continue;
      const ts = schemas[type];
      for (const [name, body] of Object.entries(byName)) {
        if (!ts) out.push(`${prefix}${type}.${name}: ${type} is not in the oracle/oci ${s.provider_version} schema snapshot`);
        else out.push(...blockProblems(ts.block, body, `${prefix}${type}.${name}`));
      }
    }
  }
  return out;
}
