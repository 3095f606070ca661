import { describe, expect, it } from 'vitest';
import type { DistinctiveTerm, WordFrequency } from '../api/text-analysis';
import { displayForm } from './display-form';
import { distinctiveBarOption, signedLogLikelihood } from './distinctive-bar-option';
import { escapeHtml } from './escape-html';
import { frequencyBarHeight, frequencyBarOption } from './frequency-bar-option';
import { passageLink } from './passage-link';

const frequency = (term: string, count: number, forms: string[] = []): WordFrequency => ({ term, count, share: 0, forms: forms.map((form) => ({ form, count })) });
const distinctive = (form: string, logLikelihood: number, direction: 'over' | 'under'): DistinctiveTerm => ({ term: form, form, targetCount: 1, referenceCount: 0, logLikelihood, pValue: 0.5, logRatio: 1, direction });

describe(displayForm.name, () => {
  it.each([
    { name: 'the most frequent form', input: frequency('comput', 3, ['computer', 'computers']), expected: 'computer' },
    { name: 'the stem when no form is known', input: frequency('comput', 3), expected: 'comput' },
  ])('shows $name', ({ input, expected }) => expect(displayForm(input)).toBe(expected));
});

describe(frequencyBarOption.name, () => {
  it('keeps the top terms in order, labelled by form, with their counts', () => {
    const option = frequencyBarOption([frequency('comput', 3, ['computer']), frequency('trust', 2, ['trust']), frequency('fast', 1, ['fast'])], 2, { count: 'n', stem: (t) => t });
    expect((option.yAxis as { data: string[] }).data).toEqual(['computer', 'trust']);
    expect((option.series as Array<{ data: number[] }>)[0]!.data).toEqual([3, 2]);
  });
  it('grows with the number of bars within bounds', () => {
    expect(frequencyBarHeight(0)).toBe(160);
    expect(frequencyBarHeight(10)).toBe(280);
    expect(frequencyBarHeight(1000)).toBe(900);
  });
});

describe(distinctiveBarOption.name, () => {
  it('signs the log-likelihood by direction', () => {
    expect(signedLogLikelihood({ logLikelihood: 5.4321, direction: 'over' })).toBe(5.43);
    expect(signedLogLikelihood({ logLikelihood: 5.4321, direction: 'under' })).toBe(-5.43);
    const option = distinctiveBarOption([distinctive('speed', 4, 'over'), distinctive('trust', 2, 'under')], 10, { axis: 'G²', over: '+', under: '−', counts: () => '' });
    expect((option.series as Array<{ data: Array<{ value: number }> }>)[0]!.data.map((d) => d.value)).toEqual([4, -2]);
  });
});

describe(passageLink.name, () => {
  it.each([
    { name: 'a transcript line opens the reader at the keyword', line: { source: 'transcript' as const, transcriptId: 'a b', start: 45, end: 53 }, expected: '/transcripts/a%20b#start=45&end=53' },
    { name: 'a survey answer has no passage', line: { source: 'response' as const, start: 4, end: 12 }, expected: null },
  ])('$name', ({ line, expected }) => expect(passageLink(line)).toBe(expected));
});

describe(escapeHtml.name, () => {
  it('escapes markup characters', () => expect(escapeHtml('<b>"x" & \'y\'</b>')).toBe('&#60;b&#62;&#34;x&#34; &#38; &#39;y&#39;&#60;/b&#62;'));
});
