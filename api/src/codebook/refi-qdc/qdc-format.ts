/**
 * What Polyphony writes into, and reads back from, a REFI-QDA codebook (.qdc): the namespace, and
 * the plain-text Description that carries the parts of a code the standard has no element for.
 *
 * Description format (one code, one language):
 *
 *     <definition, may span lines>
 *     Inclusion: <when to apply>
 *     Exclusion: <when not to apply>
 *     Example: <short quote>
 *     [polyphony] key=<key>; criterion=<criterion|none>; valence=<valence|none>; task=<task|none>
 *
 * Empty parts are left out. Other tools show this as ordinary text; `parseQdcDescription` turns it
 * back into fields and treats any description without these labels as a bare definition.
 */
export const QDC_NAMESPACE = 'urn:QDA-XML:codebook:1.0';
export const QDC_DEFAULT_ORIGIN = 'Polyphony';
/** Imports above this size are refused (QDC_TOO_LARGE). */
export const QDC_MAX_BYTES = 5 * 1024 * 1024;

export const TAG_LINE_PREFIX = '[polyphony]';
const NONE = 'none';

export type DescriptionField = 'inclusion' | 'exclusion' | 'example';

/** Labels as written (always English, so the format does not depend on the export language). */
export const DESCRIPTION_LABELS: Readonly<Record<DescriptionField, string>> = { inclusion: 'Inclusion', exclusion: 'Exclusion', example: 'Example' };

/** Labels also recognised on import, e.g. when a researcher has typed them in their own language. */
const LABELS_READ: Readonly<Record<DescriptionField, readonly string[]>> = {
  inclusion: ['inclusion', 'inclusie', 'einschluss', 'inclusione'],
  exclusion: ['exclusion', 'exclusie', 'ausschluss', 'esclusione'],
  example: ['example', 'voorbeeld', 'beispiel', 'esempio'],
};

export interface DescriptionParts {
  definition: string;
  inclusion: string;
  exclusion: string;
  example: string;
  /** The `key=…; criterion=…` pairs of the tag line, raw; empty when there is none. */
  tags: Record<string, string>;
}

export interface DescriptionTags {
  key: string;
  criterion: string | null;
  valence: string | null;
  task: string | null;
}

/** One line: newlines inside a labelled part would make it read back as a definition line. */
const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

export function formatQdcDescription(parts: Omit<DescriptionParts, 'tags'>, tags: DescriptionTags): string {
  const lines: string[] = [];
  const definition = parts.definition.replace(/\r\n?/g, '\n').trim();
  if (definition !== '') lines.push(definition);
  for (const field of ['inclusion', 'exclusion', 'example'] as const) {
    const text = oneLine(parts[field]);
    if (text !== '') lines.push(`${DESCRIPTION_LABELS[field]}: ${text}`);
  }
  const tagText = [`key=${tags.key}`, `criterion=${tags.criterion ?? NONE}`, `valence=${tags.valence ?? NONE}`, `task=${tags.task ?? NONE}`].join('; ');
  lines.push(`${TAG_LINE_PREFIX} ${tagText}`);
  return lines.join('\n');
}

function labelledField(line: string): { field: DescriptionField; text: string } | null {
  const match = /^\s*([\p{L}]+)\s*:\s?(.*)$/u.exec(line);
  if (!match) return null;
  const label = match[1].toLowerCase();
  for (const field of ['inclusion', 'exclusion', 'example'] as const) {
    if (LABELS_READ[field].includes(label)) return { field, text: match[2].trim() };
  }
  return null;
}

function parseTagLine(line: string): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const pair of line.slice(line.indexOf(TAG_LINE_PREFIX) + TAG_LINE_PREFIX.length).split(';')) {
    const equals = pair.indexOf('=');
    if (equals < 0) continue;
    const name = pair.slice(0, equals).trim().toLowerCase();
    const value = pair.slice(equals + 1).trim();
    if (name !== '') tags[name] = value === NONE ? '' : value;
  }
  return tags;
}

/**
 * Splits a Description into definition, inclusion, exclusion, example and tags. Lines before the
 * first label are the definition; an unlabelled line after a label continues that part.
 */
export function parseQdcDescription(description: string): DescriptionParts {
  const parts: DescriptionParts = { definition: '', inclusion: '', exclusion: '', example: '', tags: {} };
  let current: keyof Omit<DescriptionParts, 'tags'> = 'definition';
  const definitionLines: string[] = [];
  for (const line of description.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trimStart().startsWith(TAG_LINE_PREFIX)) {
      Object.assign(parts.tags, parseTagLine(line));
      continue;
    }
    const labelled = labelledField(line);
    if (labelled) {
      current = labelled.field;
      parts[current] = parts[current] === '' ? labelled.text : `${parts[current]} ${labelled.text}`;
    } else if (current === 'definition') {
      definitionLines.push(line);
    } else if (line.trim() !== '') {
      parts[current] = `${parts[current]} ${line.trim()}`.trim();
    }
  }
  parts.definition = definitionLines.join('\n').trim();
  return parts;
}
