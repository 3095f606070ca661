import { answerKey, isMissingAnswer, isScalarAnswer } from './answer-values.js';
import { sortUnlisted } from './choice-distribution.js';
import type { DictionaryChoice } from './data-dictionary.js';
import type { RankingItem, UnlistedCount } from './question-descriptives.js';

export interface RankingTally {
  answered: number;
  missing: number;
  invalid: number;
  items: RankingItem[];
  unlisted: UnlistedCount[];
}

/**
 * Mean rank and Borda score per item of a ranking question. An answer is the list of choice values
 * from top (position 1) down; with k choices the item at position i earns k − i Borda points, so a
 * partial ranking leaves unplaced items with 0 points and out of their mean rank.
 */
export function tallyRanking(answers: readonly unknown[], choices: readonly DictionaryChoice[]): RankingTally {
  const k = choices.length;
  const positions = new Map(choices.map((choice) => [answerKey(choice.value), { ranked: 0, positionSum: 0, borda: 0 }]));
  const unlisted = new Map<string, number>();
  let answered = 0;
  let missing = 0;
  let invalid = 0;
  for (const answer of answers) {
    if (isMissingAnswer(answer)) {
      missing += 1;
      continue;
    }
    if (!Array.isArray(answer) || !answer.every(isScalarAnswer)) {
      invalid += 1;
      continue;
    }
    answered += 1;
    const seen = new Set<string>();
    answer.forEach((value, index) => {
      const key = answerKey(value);
      if (seen.has(key)) return; // only an item's first place counts
      seen.add(key);
      const item = positions.get(key);
      if (item === undefined) {
        unlisted.set(key, (unlisted.get(key) ?? 0) + 1);
        return;
      }
      const position = index + 1;
      item.ranked += 1;
      item.positionSum += position;
      item.borda += Math.max(0, k - position);
    });
  }
  return {
    answered,
    missing,
    invalid,
    items: choices.map((choice) => {
      const item = positions.get(answerKey(choice.value)) ?? { ranked: 0, positionSum: 0, borda: 0 };
      return {
        value: choice.value,
        label: choice.label,
        ranked: item.ranked,
        meanRank: item.ranked > 0 ? item.positionSum / item.ranked : null,
        bordaScore: item.borda,
      };
    }),
    unlisted: sortUnlisted(unlisted),
  };
}
