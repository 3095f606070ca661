import { describe, expect, it } from 'vitest';
import type { CodedPassage } from './code-suggester-model.js';
import { suggestCodes, suggestCodesForSegments } from './suggest-codes.js';
import { trainCodeSuggester } from './train-code-suggester.js';

const repeat = (count: number, passage: CodedPassage): CodedPassage[] => Array.from({ length: count }, () => passage);
const model = trainCodeSuggester([
  ...repeat(6, { language: 'de', text: 'Ich vertraue der Erklärung der Ärztin.', codeIds: ['trust'] }),
  ...repeat(6, { language: 'de', text: 'Die Kosten der Software sind zu hoch.', codeIds: ['cost'] }),
  ...repeat(3, { language: 'de', text: 'Vertrauen kostet nichts, die Software schon.', codeIds: ['trust', 'cost'] }),
]);

describe(suggestCodes.name, () => {
  it('returns the fitting code first with a high probability when the segment uses its words', () => {
    const [first, second] = suggestCodes(model, { language: 'de', text: 'Vertrauen in die Erklärungen' });
    expect(first?.codeId).toBe('trust');
    expect(first?.probability).toBeGreaterThan(0.5);
    expect(second?.probability).toBeLessThan(first?.probability ?? 0);
  });

  it('returns probabilities near the base rates when the segment has no known words', () => {
    const suggestions = suggestCodes(model, { language: 'de', text: '🧠 …' });
    // cost is in 9 of 15 passages, trust in 9 of 15: both near 0.6, pulled only slightly by the bias.
    for (const suggestion of suggestions) expect(suggestion.probability).toBeGreaterThan(0.4);
  });

  it('returns no suggestions when the model knows nothing of the language', () => {
    expect(suggestCodes(model, { language: 'it', text: 'Fiducia nella spiegazione' })).toEqual([]);
  });

  it('returns only codes above minProbability, at most limit', () => {
    expect(suggestCodes(model, { language: 'de', text: 'Kosten der Software' }, { limit: 1 })).toHaveLength(1);
    const confident = suggestCodes(model, { language: 'de', text: 'Kosten der Software' }, { minProbability: 0.99999 });
    expect(confident).toEqual([]);
  });

  it('returns suggestions without changing the model', () => {
    const before = JSON.stringify(model);
    suggestCodes(model, { language: 'de', text: 'Vertrauen' });
    expect(JSON.stringify(model)).toBe(before);
  });
});

describe(suggestCodesForSegments.name, () => {
  it('returns suggestions per segment in the order given', () => {
    const result = suggestCodesForSegments(
      model,
      [
        { id: 's2', language: 'de', text: 'Die Kosten sind hoch.' },
        { id: 's1', language: 'nl', text: 'Ik vertrouw het.' },
      ],
      { limit: 1 },
    );
    expect(result.map((entry) => [entry.segmentId, entry.suggestions.map((s) => s.codeId)])).toEqual([
      ['s2', ['cost']],
      ['s1', []],
    ]);
  });

  it('returns nothing when there are no segments', () => {
    expect(suggestCodesForSegments(model, [])).toEqual([]);
  });
});
