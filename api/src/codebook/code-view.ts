import type { Code, LocalizedTexts, Valence } from './code.entity.js';

export interface CodeView {
  id: string;
  key: string;
  parentId: string | null;
  name: LocalizedTexts;
  definition: LocalizedTexts;
  inclusion: LocalizedTexts;
  exclusion: LocalizedTexts;
  example: LocalizedTexts;
  color: string;
  criterion: string | null;
  valence: Valence | null;
  task: string | null;
  revision: number;
}

export function toCodeView(code: Code): CodeView {
  const { id, key, parentId, name, definition, inclusion, exclusion, example, color, criterion, valence, task, revision } = code;
  return { id, key, parentId, name, definition, inclusion, exclusion, example, color, criterion, valence, task, revision };
}
