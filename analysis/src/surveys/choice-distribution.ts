import { answerKey, isMissingAnswer, isNumericValue, isScalarAnswer } from './answer-values.js';
import type { DictionaryChoice } from './data-dictionary.js';
import { summarizeNumbers } from './numeric-summary.js';
import type { ChoiceDistribution, UnlistedCount } from './question-descriptives.js';

export interface ChoiceTally extends ChoiceDistribution {
  answered: number;
  missing: number;
  invalid: number;
}

/**
 * Tallies answers to a question with choices. `multiple` is for checkbox answers (a list of values);
 * otherwise each answer is one value. Numeric descriptives are computed over listed answers when every
 * choice value is a number (a rating or Likert scale), never for multiple choice.
 */
export function tallyChoices(
  answers: readonly unknown[],
  choices: readonly DictionaryChoice[],
  options: { multiple: boolean; confidenceLevel: number },
): ChoiceTally {
  const counts = new Map(choices.map((choice) => [answerKey(choice.value), 0]));
  const unlisted = new Map<string, number>();
  const numericChoices = !options.multiple && choices.length > 0 && choices.every((choice) => isNumericValue(choice.value));
  const numbers: number[] = [];
  let answered = 0;
  let missing = 0;
  let invalid = 0;

  // Returns whether the answer is one of the choices.
  const count = (key: string): boolean => {
    const current = counts.get(key);
    if (current === undefined) {
      unlisted.set(key, (unlisted.get(key) ?? 0) + 1);
      return false;
    }
    counts.set(key, current + 1);
    return true;
  };

  for (const answer of answers) {
    if (isMissingAnswer(answer)) {
      missing += 1;
    } else if (options.multiple && Array.isArray(answer) && answer.every(isScalarAnswer)) {
      answered += 1;
      // A respondent picking the same value twice still picked it once.
      for (const key of new Set(answer.map(answerKey))) count(key);
    } else if (!options.multiple && isScalarAnswer(answer)) {
      answered += 1;
      if (count(answerKey(answer)) && numericChoices) numbers.push(Number(answer));
    } else {
      invalid += 1;
    }
  }

  return {
    answered,
    missing,
    invalid,
    distribution: choices.map((choice) => {
      const choiceCount = counts.get(answerKey(choice.value)) ?? 0;
      return { value: choice.value, label: choice.label, count: choiceCount, share: answered > 0 ? choiceCount / answered : 0 };
    }),
    unlisted: sortUnlisted(unlisted),
    numeric: numericChoices ? summarizeNumbers(numbers, options.confidenceLevel) : null,
  };
}

export function sortUnlisted(unlisted: ReadonlyMap<string, number>): UnlistedCount[] {
  return [...unlisted]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}
