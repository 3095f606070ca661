/**
 * The shape of one code in a Polyphony codebook, shared by the seed, the REFI-QDA exchange and the
 * entity mapping. Criteria and tasks are the same tags the survey questions carry
 * (surveys/survey-tags.ts), so coded passages and survey answers link without a mapping table.
 */
import { CRITERIA, TASKS, type Criterion, type Task } from '../../surveys/survey-tags.js';

export { CRITERIA, TASKS, type Criterion, type Task };

/** The stance a coded passage takes towards AI on a criterion or task. */
export const VALENCES = ['positive', 'negative', 'conditional', 'neutral'] as const;
export type Valence = (typeof VALENCES)[number];

/** Every codebook text exists in these languages (the study's languages; English first). */
export const CODEBOOK_LANGUAGES = ['en', 'nl', 'de', 'it'] as const;
export type CodebookLanguage = (typeof CODEBOOK_LANGUAGES)[number];

export type LocalizedText = Record<CodebookLanguage, string>;

/** The localized text fields of a code, in the order a codebook presents them. */
export const CODE_TEXT_FIELDS = ['name', 'definition', 'inclusion', 'exclusion', 'example'] as const;
export type CodeTextField = (typeof CODE_TEXT_FIELDS)[number];

export interface CodeDefinition {
  /** Stable, kebab-case, unique within the codebook. */
  key: string;
  /** The parent code's key; `null` for a top-level theme. */
  parentKey: string | null;
  name: LocalizedText;
  definition: LocalizedText;
  /** When to apply the code. */
  inclusion: LocalizedText;
  /** When not to apply it (and what to use instead). */
  exclusion: LocalizedText;
  /** A short invented quote. */
  example: LocalizedText;
  /** `#rrggbb`, readable on white, distinct among siblings. */
  color: string;
  criterion: Criterion | null;
  valence: Valence | null;
  task: Task | null;
}

/** Lower-case words of a-z and 0-9 joined by single hyphens. */
export const CODE_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const CODE_COLOR_PATTERN = /^#[0-9a-f]{6}$/;

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

export const isCriterion = (value: unknown): value is Criterion => isOneOf(CRITERIA, value);
export const isTask = (value: unknown): value is Task => isOneOf(TASKS, value);
export const isValence = (value: unknown): value is Valence => isOneOf(VALENCES, value);
export const isCodebookLanguage = (value: unknown): value is CodebookLanguage => isOneOf(CODEBOOK_LANGUAGES, value);
