import { fail } from '../errors';

/**
 * Text that goes into generated documents and file names: one line for comments, escaped Markdown table cells,
 * safe file-name stems, and the last check of every rendered document. Pure TypeScript.
 */

/** Text that must never reach a generated document: a value that was missing, not a number, or a Terraform token. */
const LEAKS: Array<[RegExp, string]> = [
  [/\bNaN\b/, 'NaN'],
  [/(?<![A-Za-z])-?Infinity\b/, 'Infinity'],
  [/\bnull\b/, 'null'],
  [/\bundefined\b/, 'undefined'],
  [/\[object Object\]/, '[object Object]'],
  [/\$\{TfToken\[/, '${TfToken['],
  [/\$\{Token\[/, '${Token['],
];

/** A number that cdktf uses to encode a Terraform expression, printed as text. */
const ENCODED_NUMBER: [RegExp, string] = [/-\d(?:\.\d+)?e\+2[89]\d\b/, 'an encoded Terraform number'];

/** Each list as one pattern: a clean document (the usual case) is scanned once, not once per pattern. */
const anyOf = (list: Array<[RegExp, string]>): RegExp => new RegExp(list.map(([re]) => `(?:${re.source})`).join('|'));
const ANY_LEAK = anyOf(LEAKS);
const ANY_LEAK_OR_NUMBER = anyOf([...LEAKS, ENCODED_NUMBER]);

/**
 * Throw a `ValidationError` naming `document` when its text holds `NaN`, `Infinity`, `null`, `undefined`,
 * `[object Object]` or an unresolved Terraform token: a value that went missing or was never resolved would
 * otherwise be written silently. Returns the text.
 *
 * @param document the document's name, e.g. `frr.conf`
 * @param text the rendered text
 * @param encodedNumbers also refuse a number that encodes a Terraform expression (a huge negative double such as
 *   `-1.8881545897087626e+289`), for the final text written to disk
 */
export function assertCleanDocument(document: string, text: string, encodedNumbers = false): string {
  if (typeof text !== 'string') fail(document, text, 'a generated document is text', 'report it as a bug: the renderer returned no text');
  if (!(encodedNumbers ? ANY_LEAK_OR_NUMBER : ANY_LEAK).test(text)) return text;
  for (const [re, what] of encodedNumbers ? [...LEAKS, ENCODED_NUMBER] : LEAKS) {
    const m = re.exec(text);
    if (!m) continue;
    const line = text.slice(0, m.index).split('\n').length;
    const shown = text.split('\n')[line - 1].trim().slice(0, 160);
    fail(document, shown, `the generated document would contain \`${what}\` (line ${line}): a value is missing, not a number, or a Terraform expression known only at apply`,
      'give the value as a literal known at synth (or leave it out), and check the properties the line is built from');
  }
  return text;
}

/** `text` on one line: line breaks and other control characters become spaces, runs of spaces one space. */
export function singleLine(text: unknown, maxLength = 200): string {
  const str = String(text);
  // most cells are one line already
  // eslint-disable-next-line no-control-regex
  if (str.length <= maxLength && !/[\u0000-\u001f\u007f\u0085\u2028\u2029]| {2}|^\s|\s$/.test(str)) return str;
  // eslint-disable-next-line no-control-regex
  const one = str.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
  return one.length > maxLength ? `${one.slice(0, maxLength - 3)}...` : one;
}

/** `text` as one Markdown table cell: on one line, with `|` escaped (a `|` or a line break would start a new cell or row). */
export function markdownCell(text: unknown): string {
  return singleLine(text, 2000).replace(/\\?\|/g, '\\|');
}

/** 32-bit FNV-1a as 8 hex digits. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * A file-name stem from a construct id or path: only `[A-Za-z0-9._-]` (every other character a `_`), no leading
 * dot, at most `maxLength` characters; a stem that had to be changed or shortened keeps its start and ends with a
 * hash of the original, so that two ids never share a file. An id that is already safe and short is kept.
 *
 * @param text the id or path
 * @param maxLength the longest stem (at least 16)
 */
export function safeFileStem(text: string, maxLength = 64): string {
  if (typeof text !== 'string') fail('fileName', text, 'a file name is built from a construct id (a string)', 'give the construct a string id');
  if (!Number.isInteger(maxLength) || maxLength < 16) fail('maxLength', maxLength, 'a file-name stem is at least 16 characters long', 'use 16 or more');
  const safe = text.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
  if (safe === text && safe.length > 0 && safe.length <= maxLength) return safe;
  const tail = `-${hash(text)}`;
  return `${safe.slice(0, maxLength - tail.length)}${tail}`;
}

/** True when `name` is a safe file name: 1 to 100 characters of `[A-Za-z0-9._-]`, not starting with a dot. */
export function isSafeFileName(name: string): boolean {
  return typeof name === 'string' && /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$/.test(name);
}

/**
 * A construct id made fit to go into a cloud resource name: lower case; characters outside `keep` (a character
 * class body, e.g. `a-z0-9_.-`) become `-`; at most `maxLength` characters, the tail replaced by a hash of the
 * whole id when it is longer. An id that already fits comes back only lower-cased, so the names of existing
 * resources do not change.
 */
export function nameSlug(id: string, keep: string, maxLength: number): string {
  const lower = id.toLowerCase();
  const bad = new RegExp(`[^${keep}]+`, 'g');
  let s = lower.replace(bad, '-').replace(/^[-_.]+|[-_.]+$/g, '');
  if (s === '') s = 'x';
  if (s === lower && s.length <= maxLength) return s;
  // changed or too long: a hash of the whole id keeps two ids that differ only in what was replaced apart
  const tail = `-${hash(id)}`;
  return `${s.slice(0, maxLength - tail.length).replace(/[-_.]+$/, '')}${tail}`;
}
