import { findTreeProblems } from './codebook-tree.js';
import {
  CODE_COLOR_PATTERN,
  CODEBOOK_LANGUAGES,
  isCriterion,
  isTask,
  isValence,
  type CodeDefinition,
  type CodeTextField,
  type LocalizedText,
} from './codebook-types.js';

/** Thrown when codebook data (the seed JSON or an upload) does not have the codebook shape. */
export class CodebookShapeError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid codebook: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (+${problems.length - 5} more)` : ''}`);
    this.name = 'CodebookShapeError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readText(value: unknown, where: string, problems: string[]): LocalizedText {
  const text: LocalizedText = { en: '', nl: '', de: '', it: '' };
  if (!isRecord(value)) {
    problems.push(`${where} is not an object of languages`);
    return text;
  }
  for (const language of CODEBOOK_LANGUAGES) {
    const entry = value[language];
    if (typeof entry !== 'string' || entry.trim() === '') problems.push(`${where}.${language} is missing or empty`);
    else text[language] = entry;
  }
  return text;
}

/**
 * Checks untyped data (parsed JSON) against the codebook shape and returns it typed: every text in
 * every language, valid colours and tags, and one forest of unique kebab-case keys.
 * Throws CodebookShapeError listing every problem found.
 */
export function parseCodebook(data: unknown): CodeDefinition[] {
  const problems: string[] = [];
  if (!Array.isArray(data)) throw new CodebookShapeError(['the codebook is not an array']);
  const codes = data.map((raw: unknown, index): CodeDefinition => {
    const entry = isRecord(raw) ? raw : {};
    const key = typeof entry.key === 'string' ? entry.key : '';
    const where = `code ${index} (${key || 'no key'})`;
    if (!isRecord(raw)) problems.push(`${where} is not an object`);
    if (key === '') problems.push(`${where} has no key`);
    const parentKey = entry.parentKey;
    if (parentKey !== null && typeof parentKey !== 'string') problems.push(`${where}.parentKey must be a string or null`);
    const color = entry.color;
    if (typeof color !== 'string' || !CODE_COLOR_PATTERN.test(color)) problems.push(`${where}.color must be #rrggbb (lower case)`);
    const { criterion, valence, task } = entry;
    if (criterion !== null && !isCriterion(criterion)) problems.push(`${where}.criterion is not a criterion or null`);
    if (valence !== null && !isValence(valence)) problems.push(`${where}.valence is not a valence or null`);
    if (task !== null && !isTask(task)) problems.push(`${where}.task is not a task or null`);
    const text = (field: CodeTextField): LocalizedText => readText(entry[field], `${where}.${field}`, problems);
    return {
      key,
      parentKey: typeof parentKey === 'string' ? parentKey : null,
      name: text('name'),
      definition: text('definition'),
      inclusion: text('inclusion'),
      exclusion: text('exclusion'),
      example: text('example'),
      color: typeof color === 'string' ? color : '',
      criterion: isCriterion(criterion) ? criterion : null,
      valence: isValence(valence) ? valence : null,
      task: isTask(task) ? task : null,
    };
  });
  problems.push(...findTreeProblems(codes));
  if (problems.length > 0) throw new CodebookShapeError(problems);
  return codes;
}
