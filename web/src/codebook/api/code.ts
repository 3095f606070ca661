import type { Language } from '../../app/languages';

export type LocalizedTexts = Partial<Record<Language, string>>;

/** The tags a code carries, the same values survey questions carry, so passages and answers link. */
export const CRITERIA = ['accuracy', 'explainability', 'cost', 'interpretation', 'care_pathway'] as const;
export type Criterion = (typeof CRITERIA)[number];

export const VALENCES = ['positive', 'negative', 'conditional', 'neutral'] as const;
export type Valence = (typeof VALENCES)[number];

export const TASKS = ['characterisation', 'molecular', 'infiltration', 'progression'] as const;
export type Task = (typeof TASKS)[number];

/** The localized text fields of a code, in the order a codebook presents them. */
export const CODE_TEXT_FIELDS = ['name', 'definition', 'inclusion', 'exclusion', 'example'] as const;
export type CodeTextField = (typeof CODE_TEXT_FIELDS)[number];

/** A code of the shared codebook; `revision` guards concurrent edits. */
export interface Code {
  id: string;
  key: string;
  parentId: string | null;
  name: LocalizedTexts;
  definition: LocalizedTexts;
  inclusion: LocalizedTexts;
  exclusion: LocalizedTexts;
  example: LocalizedTexts;
  color: string;
  criterion: Criterion | null;
  valence: Valence | null;
  task: Task | null;
  revision: number;
}

export type CodeFields = {
  parentId?: string | null;
  name?: LocalizedTexts;
  definition?: LocalizedTexts;
  inclusion?: LocalizedTexts;
  exclusion?: LocalizedTexts;
  example?: LocalizedTexts;
  color?: string;
  criterion?: Criterion | null;
  valence?: Valence | null;
  task?: Task | null;
};

export const CODE_CHANGE_KINDS = ['created', 'updated', 'renamed', 'moved', 'merged', 'split', 'imported'] as const;
export type CodeChangeKind = (typeof CODE_CHANGE_KINDS)[number];

export interface CodeChange {
  kind: CodeChangeKind;
  at: string;
  actorId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
