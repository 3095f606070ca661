import {
  ItemValue,
  PageModel,
  PanelModel,
  Question,
  QuestionExpressionModel,
  QuestionMatrixDropdownModelBase,
  QuestionMatrixDynamicModel,
  QuestionMatrixModel,
  QuestionMultipleTextModel,
  QuestionNonValue,
  QuestionPanelDynamicModel,
  QuestionRatingModel,
  QuestionSelectBase,
  QuestionSliderModel,
  QuestionTextModel,
  settings,
  type LocalizableString,
} from 'survey-core';
import { localizedTextOf, surveyDefaultLanguage, type LocalizedText } from './localized-text.js';
import { createSurveyModel } from './survey-model.js';
import { readSurveyTags, SURVEY_TAG_NAMES, type SurveyTags } from './survey-tags.js';
import { cellQuestion, itemValues, matrixColumns } from './value-spec-builder.js';

export interface DictionaryChoice {
  value: string | number | boolean;
  text: LocalizedText;
}

/** One stored variable: what a column of an export means and which values it can take. */
export interface DataDictionaryEntry {
  /** Question name. */
  name: string;
  /** Data key, when it differs from the name (`valueName`). */
  key?: string;
  type: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** Name of the page the question is on ('' inside dynamic panels and matrices). */
  page: string;
  /** Name of the panel directly holding the question, if any. */
  panel?: string;
  choices?: DictionaryChoice[];
  rateMin?: number;
  rateMax?: number;
  rateStep?: number;
  /** Single-choice matrix rows and columns. */
  rows?: DictionaryChoice[];
  columns?: DictionaryChoice[];
  /** Matrix dropdown/dynamic columns, multiple-text items, dynamic panel template questions. */
  subQuestions?: DataDictionaryEntry[];
  inputType?: string;
  min?: number;
  max?: number;
  maxLength?: number;
  /** The key of its comment box or "other" text, when it has one. */
  commentKey?: string;
  /** Expression questions: computed by survey-core from other answers. */
  expression?: string;
  tags: SurveyTags;
  visibleIf?: string;
  enableIf?: string;
  requiredIf?: string;
  required: boolean;
}

/**
 * The data dictionary of a definition: every question that stores a value, in questionnaire order
 * (pages, then panels depth-first), with localized titles and choice texts, scales, input limits,
 * conditions and Polyphony's tags. Questions without values (html, image) are left out.
 */
export function buildDataDictionary(definition: object): DataDictionaryEntry[] {
  const model = createSurveyModel(definition);
  const language = surveyDefaultLanguage(definition);
  return model
    .getAllQuestions(false, false, false)
    .filter((question) => !(question instanceof QuestionNonValue))
    .map((question) => describe(question, language));
}

function text(loc: LocalizableString, language: string, fallback?: string): LocalizedText {
  const raw: unknown = loc.getJson();
  const localized = localizedTextOf(raw, language);
  if (Object.keys(localized).length === 0 && fallback) localized[language] = fallback;
  return localized;
}

function scalarValue(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

function choices(items: readonly ItemValue[], language: string): DictionaryChoice[] {
  const result: DictionaryChoice[] = [];
  for (const item of items) {
    const value: unknown = item.value;
    // Without a text of its own an item shows its value, or survey-core's text for other/none.
    if (scalarValue(value)) result.push({ value, text: text(item.locText, language, item.text || String(value)) });
  }
  return result;
}

function finite(value: unknown): number | undefined {
  const parsed = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof parsed === 'number' && Number.isFinite(parsed) ? parsed : undefined;
}

function describe(question: Question, language: string): DataDictionaryEntry {
  const key = question.getValueName();
  const tagSource: Record<string, unknown> = {};
  for (const tag of SURVEY_TAG_NAMES) {
    const value: unknown = question.getPropertyValue(tag);
    tagSource[tag] = value;
  }
  const entry: DataDictionaryEntry = {
    name: question.name,
    ...(key !== question.name ? { key } : {}),
    type: question.getType(),
    title: text(question.locTitle, language, question.name),
    page: question.page?.name ?? '',
    tags: readSurveyTags(tagSource),
    required: question.isRequired,
  };
  const description = text(question.locDescription, language);
  if (Object.keys(description).length > 0) entry.description = description;
  const parent = question.parent;
  if (parent instanceof PanelModel && !(parent instanceof PageModel) && parent.name) entry.panel = parent.name;
  if (question.visibleIf) entry.visibleIf = question.visibleIf;
  if (question.enableIf) entry.enableIf = question.enableIf;
  if (question.requiredIf) entry.requiredIf = question.requiredIf;
  addValueShape(entry, question, language);
  return entry;
}

function addValueShape(entry: DataDictionaryEntry, question: Question, language: string): void {
  if (question.showCommentArea || (question instanceof QuestionSelectBase && question.showOtherItem && question.getStoreOthersAsComment())) {
    entry.commentKey = question.getValueName() + settings.commentSuffix;
  }
  if (question instanceof QuestionSelectBase) {
    const special = [
      [question.showOtherItem, question.otherItem],
      [question.showNoneItem, question.noneItem],
      [question.showRefuseItem, question.refuseItem],
      [question.showDontKnowItem, question.dontKnowItem],
    ] as const;
    entry.choices = choices([...itemValues(question.choices), ...special.filter(([shown]) => shown).map(([, item]) => item)], language);
  } else if (question instanceof QuestionRatingModel) {
    const custom = !question.autoGenerate && itemValues(question.rateValues).length > 0;
    if (custom) entry.choices = choices(itemValues(question.visibleRateValues), language);
    else Object.assign(entry, { rateMin: question.rateMin, rateMax: question.rateMax, rateStep: question.rateStep });
  } else if (question instanceof QuestionTextModel) {
    entry.inputType = question.inputType;
    const min = finite(question.min);
    const max = finite(question.max);
    if (min !== undefined) entry.min = min;
    if (max !== undefined) entry.max = max;
    if (question.maxLength > 0) entry.maxLength = question.maxLength;
  } else if (question instanceof QuestionSliderModel) {
    Object.assign(entry, { min: question.min, max: question.max });
  } else if (question instanceof QuestionMatrixModel) {
    entry.rows = choices(itemValues(question.rows), language);
    entry.columns = choices(itemValues(question.columns), language);
  } else if (question instanceof QuestionMatrixDropdownModelBase) {
    if (!(question instanceof QuestionMatrixDynamicModel)) entry.rows = choices(itemValues(question.rows), language);
    const matrixChoices = choices(itemValues(question.choices), language);
    entry.subQuestions = matrixColumns(question).map((column) => {
      const cell = describe(cellQuestion(column, question), language);
      // Select cells without choices of their own offer the matrix's choices.
      const inherited = cell.choices?.length === 0 && matrixChoices.length > 0 ? { choices: matrixChoices } : {};
      return { ...cell, ...inherited, name: column.name, title: text(column.locTitle, language, column.name), page: '' };
    });
  } else if (question instanceof QuestionMultipleTextModel) {
    entry.subQuestions = question.items.map((item) => ({
      ...describe(item.editor, language),
      name: item.name,
      title: text(item.locTitle, language, item.name),
      page: '',
    }));
  } else if (question instanceof QuestionPanelDynamicModel) {
    entry.subQuestions = question.template.questions.map((inner) => ({ ...describe(inner, language), page: '' }));
  } else if (question instanceof QuestionExpressionModel) {
    entry.expression = question.expression;
  }
}
