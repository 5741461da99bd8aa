// Shared plumbing for the hand-written oracle/oci bindings. Nothing here is re-exported from
// `index.ts`, so none of it is part of the library's public (jsii) API.
import * as cdktf from 'cdktf';
import type { DataOciCoreFilter, OciTimeouts } from './common';

/** A synthesized attribute map (snake_case keys). @internal */
export type _Attrs = { [key: string]: any };

/**
 * Nested-block layout of a resource, used only to tag blocks for HCL output: each key names a
 * block, its value is the layout of that block's own nested blocks. @internal
 */
export interface _BlockLayout {
  readonly [block: string]: _BlockLayout;
}

/** Version constraint written to `terraform.required_providers.oci`. @internal */
export const _OCI_VERSION_CONSTRAINT = '~> 8.28';

/** Registry source of the provider. @internal */
export const _OCI_PROVIDER_SOURCE = 'oracle/oci';

/** Generator metadata shared by the provider, every resource and every data source. @internal */
export const _OCI_GENERATOR_METADATA: cdktf.TerraformProviderGeneratorMetadata = {
  providerName: 'oci',
  providerVersionConstraint: _OCI_VERSION_CONSTRAINT,
};

/**
 * The config every resource and data source passes to its base class: the Terraform type, the
 * generator metadata and the meta arguments (provider, depends_on, count, ...). @internal
 */
export function _elementConfig(terraformResourceType: string, config: cdktf.TerraformMetaArguments): cdktf.TerraformResourceConfig {
  return {
    terraformResourceType,
    terraformGeneratorMetadata: _OCI_GENERATOR_METADATA,
    provider: config.provider,
    dependsOn: config.dependsOn,
    count: config.count,
    lifecycle: config.lifecycle,
    provisioners: config.provisioners,
    connection: config.connection,
    forEach: config.forEach,
  };
}

/**
 * Converts one nested-block struct with `toTerraform`; tokens pass through unchanged and a
 * computed output reference used as input is rejected (as the generated bindings do). @internal
 */
export function _struct<T>(value: T | cdktf.IResolvable | undefined, toTerraform: (v: T) => _Attrs): any {
  if (!cdktf.canInspect(value) || cdktf.Tokenization.isResolvable(value)) {
    return value;
  }
  if (cdktf.isComplexElement(value)) {
    throw new Error('A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration');
  }
  return toTerraform(value as T);
}

/**
 * A block with at most one item (`nesting_mode: list`, `max_items: 1`): synthesized as a list
 * of one object, the shape `terraform providers schema -json` declares. @internal
 */
export function _single<T>(value: T | undefined, toTerraform: (v: T) => _Attrs): any {
  return value === undefined ? undefined : [_struct(value, toTerraform)];
}

/** A repeated block (`list` or `set` nesting); dynamic-block iterators are passed through. @internal */
export function _blocks<T>(value: Array<T | cdktf.IResolvable> | cdktf.IResolvable | undefined, toTerraform: (v: T) => _Attrs): any {
  return cdktf.listMapper((item: T | cdktf.IResolvable) => _struct(item, toTerraform), true)(value);
}

/** A list of strings. @internal */
export function _strings(value: string[] | undefined): any {
  return cdktf.listMapper(cdktf.stringToTerraform, false)(value);
}

/** A map of strings (defined and freeform tags). @internal */
export function _stringMap(value: { [key: string]: string } | undefined): any {
  return cdktf.hashMapper(cdktf.stringToTerraform)(value);
}

/**
 * Derives the HCL form of synthesized attributes. Strings and string lists are tagged as such, other
 * plain values are left as they are (the cdktf HCL renderer infers their syntax); blocks named in `layout` are tagged so that they render as
 * `name { ... }` blocks rather than `name = [...]` attributes. @internal
 */
export function _toHcl(attrs: _Attrs, layout: _BlockLayout = {}): _Attrs {
  const out: _Attrs = {};
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    const nested = layout[key];
    if (nested === undefined) {
      // Strings are tagged so that numeric-looking ones (`protocol = "6"`) stay quoted.
      if (typeof value === 'string') out[key] = { value, isBlock: false, type: 'simple', storageClassType: 'string' };
      else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) out[key] = { value, isBlock: false, type: 'list', storageClassType: 'stringList' };
      else out[key] = value;
    } else if (Array.isArray(value)) {
      out[key] = { value: value.map((item) => (isPlainObject(item) ? _toHcl(item, nested) : item)), isBlock: true, type: 'list', storageClassType: 'objectList' };
    } else {
      out[key] = { value: isPlainObject(value) ? _toHcl(value, nested) : value, isBlock: true, type: 'struct', storageClassType: 'object' };
    }
  }
  return out;
}

function isPlainObject(x: unknown): x is _Attrs {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && Object.getPrototypeOf(x) === Object.prototype;
}

/** The `timeouts` block layout shared by all resources. @internal */
export const _TIMEOUTS_LAYOUT: _BlockLayout = { timeouts: {} };

/** The shared `timeouts` block (`nesting_mode: single`, so an object, not a list). @internal */
export function _timeoutsToTerraform(t: OciTimeouts | undefined): any {
  if (t === undefined || !cdktf.canInspect(t) || cdktf.Tokenization.isResolvable(t)) return t;
  return {
    create: cdktf.stringToTerraform(t.create),
    update: cdktf.stringToTerraform(t.update),
    delete: cdktf.stringToTerraform(t.delete),
  };
}

/** One `filter` block of a plural data source. @internal */
export function _filterToTerraform(f: DataOciCoreFilter): _Attrs {
  return {
    name: cdktf.stringToTerraform(f.name),
    values: cdktf.listMapper(cdktf.stringToTerraform, false)(f.values),
    regex: cdktf.booleanToTerraform(f.regex),
  };
}
