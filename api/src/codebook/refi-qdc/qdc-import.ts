import { randomUUID } from 'node:crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { asArray, attribute, isNode, textOf, type XmlNode } from './refi-xml-values.js';
import {
  CODE_KEY_PATTERN,
  isCriterion,
  isTask,
  isValence,
  type CodebookLanguage,
  type Criterion,
  type Task,
  type Valence,
} from '../seed/codebook-types.js';
import { parseQdcDescription, QDC_MAX_BYTES, QDC_NAMESPACE } from './qdc-format.js';

export type QdcImportErrorCode = 'QDC_NOT_XML' | 'QDC_NOT_A_CODEBOOK' | 'QDC_TOO_LARGE';

/** A .qdc that cannot be imported at all; `code` says why (the API maps it to a 4xx). */
export class QdcImportError extends Error {
  constructor(
    readonly code: QdcImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'QdcImportError';
  }
}

/** One imported code; texts are in the one language the file holds (`language` of the result). */
export interface ImportedQdcCode {
  guid: string;
  /** From the Polyphony tag line when present and usable, otherwise made from the name. */
  key: string;
  parentKey: string | null;
  name: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  example: string;
  /** `#rrggbb` in lower case, or null when the file has none (or an unusable one). */
  color: string | null;
  criterion: Criterion | null;
  valence: Valence | null;
  task: Task | null;
}

export interface QdcImportResult {
  /** The language the caller said the texts are in. */
  language: CodebookLanguage;
  /** Parents before children, siblings in file order. */
  codes: ImportedQdcCode[];
  /** Things skipped or repaired; the import still succeeded. */
  warnings: string[];
}

export interface QdcImportOptions {
  /** The language of the file's names and descriptions; defaults to 'en'. */
  language?: CodebookLanguage;
}

/** Deeper nesting than this is not a codebook a person made; it also bounds the recursion. */
const MAX_DEPTH = 64;
const NAME_FALLBACK = 'Unnamed code';


/** Lower-case ASCII kebab-case from any name ("2. Attitűd szint" → "2-attitud-szint"). */
export function keyFromName(name: string): string {
  const key = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return key === '' ? 'code' : key;
}

function normaliseColor(color: string): string | null {
  const match = /^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/.exec(color.trim());
  if (!match) return null;
  const hex = match[1].toLowerCase();
  return hex.length === 3 ? `#${[...hex].map((digit) => digit + digit).join('')}` : `#${hex}`;
}

function decodeInput(xml: string | Uint8Array): string {
  const size = typeof xml === 'string' ? Buffer.byteLength(xml, 'utf8') : xml.byteLength;
  if (size > QDC_MAX_BYTES) throw new QdcImportError('QDC_TOO_LARGE', `The codebook is ${size} bytes; the limit is ${QDC_MAX_BYTES}`);
  const text = typeof xml === 'string' ? xml : new TextDecoder('utf-8').decode(xml);
  return text.replace(/^\uFEFF/, '');
}

/** Elements a codebook may hold that Polyphony reads or knowingly skips. */
const KNOWN_CODE_CHILDREN = new Set(['Description', 'Code', 'Codes', '#text']);

/**
 * Reads a REFI-QDA codebook (.qdc) into flat codes with parent keys. Tolerant of what other tools
 * write: a <Project> wrapping the <CodeBook>, <Codes> nested in <Code>, missing colours or
 * descriptions, unknown elements and namespaces. Throws QdcImportError only when there is nothing
 * to import: too large (QDC_TOO_LARGE), not well-formed XML (QDC_NOT_XML), or no <CodeBook>
 * (QDC_NOT_A_CODEBOOK).
 */
export function importQdc(xml: string | Uint8Array, options: QdcImportOptions = {}): QdcImportResult {
  const language = options.language ?? 'en';
  const text = decodeInput(xml);
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new QdcImportError('QDC_NOT_XML', `Not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`);
  }
  const warnings: string[] = [];
  if (/<!DOCTYPE/i.test(text)) warnings.push('The file has a DOCTYPE; it was ignored and its entities were not expanded.');

  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    isArray: (name) => name === 'Code' || name === 'Codes' || name === 'Description',
  });
  const document: unknown = parser.parse(text);
  if (!isNode(document)) throw new QdcImportError('QDC_NOT_A_CODEBOOK', 'The XML has no root element');

  let codeBook: unknown = document.CodeBook;
  if (codeBook === undefined && isNode(document.Project)) {
    codeBook = document.Project.CodeBook;
    if (codeBook !== undefined) warnings.push('The file is a REFI-QDA project; only its codebook was read.');
  }
  if (!isNode(codeBook)) {
    const root = Object.keys(document).find((name) => !name.startsWith('#')) ?? 'nothing';
    throw new QdcImportError('QDC_NOT_A_CODEBOOK', `Expected a <CodeBook> root element, found <${root}>`);
  }
  const rootTag = /<(?:[\w.-]+:)?CodeBook\b[^>]*>/.exec(text)?.[0] ?? '';
  if (!rootTag.includes(QDC_NAMESPACE)) warnings.push(`The <CodeBook> is not in the namespace ${QDC_NAMESPACE}; it was read anyway.`);

  const codes: ImportedQdcCode[] = [];
  const usedKeys = new Set<string>();
  const usedGuids = new Set<string>();
  const unknownElements = new Set<string>();

  const uniqueKey = (wanted: string): string => {
    let key = wanted;
    for (let suffix = 2; usedKeys.has(key); suffix += 1) key = `${wanted}-${suffix}`;
    usedKeys.add(key);
    return key;
  };

  const readCode = (node: XmlNode, parentKey: string | null, depth: number): void => {
    if (depth > MAX_DEPTH) {
      warnings.push(`Codes nested deeper than ${MAX_DEPTH} levels were skipped.`);
      return;
    }
    for (const name of Object.keys(node)) if (!name.startsWith('@_') && !KNOWN_CODE_CHILDREN.has(name)) unknownElements.add(name);

    let name = (attribute(node, 'name') ?? '').trim();
    let guid = (attribute(node, 'guid') ?? '').trim();
    if (guid === '') {
      guid = randomUUID();
      warnings.push(`The code "${name || NAME_FALLBACK}" has no guid; a new one was made.`);
    } else if (usedGuids.has(guid.toLowerCase())) {
      warnings.push(`The guid ${guid} is used by more than one code; later uses got a new one.`);
      guid = randomUUID();
    }
    usedGuids.add(guid.toLowerCase());
    if (name === '') {
      name = NAME_FALLBACK;
      warnings.push(`The code ${guid} has no name; it was called "${NAME_FALLBACK}".`);
    }

    const description = asArray(node.Description).map(textOf).join('\n');
    const parts = parseQdcDescription(description);
    const tagKey = parts.tags.key ?? '';
    const key = uniqueKey(CODE_KEY_PATTERN.test(tagKey) && !usedKeys.has(tagKey) ? tagKey : keyFromName(name));

    const tag = <T>(tagName: string, check: (value: unknown) => value is T): T | null => {
      const value = parts.tags[tagName];
      if (value === undefined || value === '') return null;
      if (check(value)) return value;
      warnings.push(`The code "${name}" has an unknown ${tagName} "${value}"; it was left empty.`);
      return null;
    };

    const rawColor = attribute(node, 'color');
    const color = rawColor === null ? null : normaliseColor(rawColor);
    if (rawColor !== null && color === null) warnings.push(`The code "${name}" has an unusable color "${rawColor}"; it was left empty.`);

    codes.push({
      guid,
      key,
      parentKey,
      name,
      definition: parts.definition,
      inclusion: parts.inclusion,
      exclusion: parts.exclusion,
      example: parts.example,
      color,
      criterion: tag('criterion', isCriterion),
      valence: tag('valence', isValence),
      task: tag('task', isTask),
    });

    for (const child of asArray(node.Code)) if (isNode(child)) readCode(child, key, depth + 1);
    // Some tools wrap children in a nested <Codes>.
    for (const group of asArray(node.Codes)) {
      if (!isNode(group)) continue;
      for (const child of asArray(group.Code)) if (isNode(child)) readCode(child, key, depth + 1);
    }
  };

  for (const group of asArray(codeBook.Codes)) {
    if (!isNode(group)) continue;
    for (const code of asArray(group.Code)) if (isNode(code)) readCode(code, null, 0);
  }
  // Codes straight under <CodeBook>, without <Codes>, are not standard but unambiguous.
  for (const code of asArray(codeBook.Code)) if (isNode(code)) readCode(code, null, 0);

  if (isNode(codeBook.Sets) || Array.isArray(codeBook.Sets)) warnings.push('Code sets are not imported.');
  if (unknownElements.size > 0) warnings.push(`Unknown elements inside codes were ignored: ${[...unknownElements].sort().join(', ')}.`);
  if (codes.length === 0) warnings.push('The codebook has no codes.');
  return { language, codes, warnings };
}
