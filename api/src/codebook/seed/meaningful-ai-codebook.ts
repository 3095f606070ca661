/**
 * The starting codebook for the "meaningful AI for brain-tumour MRI" interviews: one theme per
 * criterion, plus trust and relationship, tasks that matter, conditions for acceptance and
 * concerns. Children carry the criterion, valence and task tags that analysis aggregates on.
 *
 * The texts live in meaningful-ai-codebook.json (edit them there); this module checks the JSON once
 * at load, so a broken edit fails at start-up and in the spec rather than in a coder's screen.
 */
import type { CodeDefinition } from './codebook-types.js';
import codebookJson from './meaningful-ai-codebook.json' with { type: 'json' };
import { parseCodebook } from './parse-codebook.js';

function freeze(codes: CodeDefinition[]): readonly CodeDefinition[] {
  for (const code of codes) {
    for (const field of [code.name, code.definition, code.inclusion, code.exclusion, code.example]) Object.freeze(field);
    Object.freeze(code);
  }
  return Object.freeze(codes);
}

export const MEANINGFUL_AI_CODEBOOK: readonly CodeDefinition[] = freeze(parseCodebook(codebookJson));
