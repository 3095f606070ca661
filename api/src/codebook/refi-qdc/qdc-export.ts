import { createHash } from 'node:crypto';
import { findTreeProblems } from '../seed/codebook-tree.js';
import { type CodebookLanguage, type CodeDefinition } from '../seed/codebook-types.js';
import { formatQdcDescription, QDC_DEFAULT_ORIGIN, QDC_NAMESPACE } from './qdc-format.js';

export interface QdcExportOptions {
  /** The language of names and descriptions (a .qdc holds one). */
  language: CodebookLanguage;
  /** `origin` attribute of <CodeBook>; defaults to "Polyphony". */
  origin?: string;
  /** The REFI-QDA GUID of a code, by key; must be stable across exports so other tools can merge. */
  guidOf: (key: string) => string;
}

const GUID_PATTERN = /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;

/**
 * A name-based (version 5 style) UUID: the same namespace and key always give the same GUID. Handy
 * as `guidOf` when codes have no stored GUID yet, e.g. for the seed codebook.
 */
export function deterministicGuid(key: string, namespace = 'polyphony-codebook'): string {
  const bytes = createHash('sha1').update(`${namespace}\u0000${key}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// XML 1.0 forbids most C0 controls even as character references; drop them.
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function escapeText(text: string): string {
  return text.replace(INVALID_XML_CHARS, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/**
 * Writes codes as a REFI-QDA codebook (`.qdc`, namespace urn:QDA-XML:codebook:1.0) in one language.
 * Children nest inside their parent's <Code>; criterion, valence and task travel in the Description
 * (see qdc-format.ts). Throws if the codes are not a valid tree, are empty, or a GUID is malformed or
 * reused, since each would produce a file other tools reject.
 */
export function exportQdc(codes: readonly CodeDefinition[], options: QdcExportOptions): string {
  if (codes.length === 0) throw new Error('A REFI-QDA codebook needs at least one code');
  const problems = findTreeProblems(codes);
  if (problems.length > 0) throw new Error(`Cannot export a codebook that is not a tree: ${problems.join('; ')}`);

  const guids = new Map<string, string>();
  const seen = new Set<string>();
  for (const code of codes) {
    const guid = options.guidOf(code.key);
    if (!GUID_PATTERN.test(guid)) throw new Error(`guidOf("${code.key}") returned "${guid}", which is not a GUID`);
    if (seen.has(guid.toLowerCase())) throw new Error(`guidOf("${code.key}") returned "${guid}", already used by another code`);
    seen.add(guid.toLowerCase());
    guids.set(code.key, guid);
  }

  const children = new Map<string | null, CodeDefinition[]>();
  for (const code of codes) children.set(code.parentKey, [...(children.get(code.parentKey) ?? []), code]);

  const { language } = options;
  const lines: string[] = [];
  const write = (code: CodeDefinition, depth: number): void => {
    const indent = '  '.repeat(depth);
    const color = /^#[0-9a-fA-F]{6}$/.test(code.color) ? ` color="${code.color}"` : '';
    const name = code.name[language].trim() || code.name.en.trim() || code.key;
    lines.push(`${indent}<Code guid="${guids.get(code.key) ?? ''}" name="${escapeAttribute(name)}" isCodable="true"${color}>`);
    const description = formatQdcDescription(
      {
        definition: code.definition[language],
        inclusion: code.inclusion[language],
        exclusion: code.exclusion[language],
        example: code.example[language],
      },
      { key: code.key, criterion: code.criterion, valence: code.valence, task: code.task },
    );
    lines.push(`${indent}  <Description>${escapeText(description)}</Description>`);
    for (const child of children.get(code.key) ?? []) write(child, depth + 1);
    lines.push(`${indent}</Code>`);
  };

  lines.push('<?xml version="1.0" encoding="utf-8"?>');
  lines.push(`<CodeBook xmlns="${QDC_NAMESPACE}" origin="${escapeAttribute(options.origin ?? QDC_DEFAULT_ORIGIN)}">`);
  lines.push('  <Codes>');
  for (const root of children.get(null) ?? []) write(root, 2);
  lines.push('  </Codes>');
  lines.push('</CodeBook>');
  return `${lines.join('\n')}\n`;
}
