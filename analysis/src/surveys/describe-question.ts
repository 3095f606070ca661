import { choicesOf, isMissingAnswer } from './answer-values.js';
import { tallyChoices } from './choice-distribution.js';
import type { DictionaryQuestion, SurveyResponseRecord } from './data-dictionary.js';
import type { FreeTextQuestionDescriptives, MatrixRowDescriptives, QuestionDescriptives } from './question-descriptives.js';
import { tallyRanking } from './ranking-descriptives.js';

export interface DescribeOptions {
  /** Level of the mean's confidence interval (default 0.95). */
  confidenceLevel?: number;
}

/** Descriptives of one question over a set of responses (one group, or everyone). */
export function describeQuestion(
  question: DictionaryQuestion,
  responses: readonly SurveyResponseRecord[],
  options: DescribeOptions = {},
): QuestionDescriptives {
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  const answers = responses.map((response) => response.data[question.name]);
  const base = { name: question.name, tags: question.tags ?? {}, responses: responses.length };
  switch (question.type) {
    case 'rating':
    case 'radiogroup':
    case 'dropdown':
    case 'boolean':
    case 'checkbox': {
      const multiple = question.type === 'checkbox';
      return { ...base, type: question.type, ...tallyChoices(answers, choicesOf(question), { multiple, confidenceLevel }) };
    }
    case 'ranking':
      return { ...base, type: question.type, ...tallyRanking(answers, choicesOf(question)) };
    case 'text':
    case 'comment':
      return { ...base, type: question.type, ...listFreeText(responses, answers) };
    case 'matrix':
      return { ...base, type: question.type, ...describeMatrix(question, answers, confidenceLevel) };
  }
}

function listFreeText(
  responses: readonly SurveyResponseRecord[],
  answers: readonly unknown[],
): Pick<FreeTextQuestionDescriptives, 'answered' | 'missing' | 'invalid' | 'answers'> {
  const listed: FreeTextQuestionDescriptives['answers'] = [];
  let missing = 0;
  let invalid = 0;
  answers.forEach((answer, index) => {
    if (isMissingAnswer(answer)) missing += 1;
    // A text question with inputType number stores a number.
    else if (typeof answer === 'string' || typeof answer === 'number') {
      listed.push({ responseId: responses[index].id, text: String(answer).trim() });
    } else invalid += 1;
  });
  return { answered: listed.length, missing, invalid, answers: listed };
}

/** A matrix answer is an object from row value to column value; each row is described like a single choice. */
function describeMatrix(
  question: DictionaryQuestion,
  answers: readonly unknown[],
  confidenceLevel: number,
): { answered: number; missing: number; invalid: number; rows: MatrixRowDescriptives[] } {
  let answered = 0;
  let missing = 0;
  let invalid = 0;
  const objects = answers.map((answer): Readonly<Record<string, unknown>> | undefined => {
    if (isMissingAnswer(answer)) {
      missing += 1;
      return undefined;
    }
    if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) {
      invalid += 1;
      return undefined;
    }
    answered += 1;
    return answer as Readonly<Record<string, unknown>>;
  });
  const choices = choicesOf(question);
  const rows = (question.rows ?? []).map((row) => ({
    value: row.value,
    label: row.label,
    ...tallyChoices(
      objects.map((object) => object?.[row.value]),
      choices,
      { multiple: false, confidenceLevel },
    ),
  }));
  return { answered, missing, invalid, rows };
}
