import { describe, expect, it } from 'vitest';
import { childrenByParent, findTreeProblems } from './codebook-tree.js';
import {
  CODE_COLOR_PATTERN,
  CODE_KEY_PATTERN,
  CODE_TEXT_FIELDS,
  CODEBOOK_LANGUAGES,
  CRITERIA,
  isCriterion,
  isTask,
  isValence,
  TASKS,
} from './codebook-types.js';
import { MEANINGFUL_AI_CODEBOOK } from './meaningful-ai-codebook.js';
import { CodebookShapeError, parseCodebook } from './parse-codebook.js';

const codes = MEANINGFUL_AI_CODEBOOK;

describe('MEANINGFUL_AI_CODEBOOK', () => {
  it('has about thirty codes with unique kebab-case keys forming one forest', () => {
    expect(codes.length).toBeGreaterThanOrEqual(28);
    expect(codes.length).toBeLessThanOrEqual(36);
    expect(new Set(codes.map((code) => code.key)).size).toBe(codes.length);
    for (const code of codes) expect(code.key).toMatch(CODE_KEY_PATTERN);
    expect(findTreeProblems(codes)).toEqual([]);
  });

  it('has a theme per criterion plus trust, tasks, conditions and concerns, each with children', () => {
    const roots = codes.filter((code) => code.parentKey === null);
    expect(roots.map((code) => code.key)).toEqual([
      'accuracy',
      'explainability',
      'cost',
      'interpretation',
      'care-pathway',
      'trust-and-relationship',
      'tasks-that-matter',
      'conditions-for-acceptance',
      'concerns',
    ]);
    const children = childrenByParent(codes);
    for (const root of roots) expect(children.get(root.key)?.length ?? 0, root.key).toBeGreaterThanOrEqual(2);
    for (const criterion of CRITERIA) expect(roots.filter((root) => root.criterion === criterion)).toHaveLength(1);
  });

  it('has every text, short and non-empty, in every language', () => {
    for (const code of codes) {
      for (const field of CODE_TEXT_FIELDS) {
        for (const language of CODEBOOK_LANGUAGES) {
          const text = code[field][language];
          expect(text.trim(), `${code.key}.${field}.${language}`).not.toBe('');
          expect(text, `${code.key}.${field}.${language}`).toBe(text.trim());
          expect(text.length, `${code.key}.${field}.${language}`).toBeLessThanOrEqual(field === 'name' ? 40 : 200);
        }
      }
      // Translations are real translations, not English copied over (short names like "Infiltration" may match).
      for (const language of ['nl', 'de', 'it'] as const) expect(code.definition[language], `${code.key}.${language}`).not.toBe(code.definition.en);
    }
  });

  it('uses #rrggbb colours, distinct among siblings, and valid tags', () => {
    for (const code of codes) {
      expect(code.color).toMatch(CODE_COLOR_PATTERN);
      expect(code.criterion === null || isCriterion(code.criterion)).toBe(true);
      expect(code.valence === null || isValence(code.valence)).toBe(true);
      expect(code.task === null || isTask(code.task)).toBe(true);
    }
    for (const siblings of childrenByParent(codes).values()) {
      expect(new Set(siblings.map((code) => code.color)).size).toBe(siblings.length);
    }
  });

  it('covers every criterion with at least two codes of different valences, and every task', () => {
    for (const criterion of CRITERIA) {
      const valences = new Set(codes.filter((code) => code.criterion === criterion && code.valence !== null).map((code) => code.valence));
      expect(valences.size, criterion).toBeGreaterThanOrEqual(2);
    }
    for (const task of TASKS) expect(codes.some((code) => code.task === task), task).toBe(true);
  });

  it('keeps names unique within each language so coders can tell codes apart', () => {
    for (const language of CODEBOOK_LANGUAGES) {
      const names = codes.map((code) => code.name[language]);
      expect(new Set(names).size, language).toBe(names.length);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(codes)).toBe(true);
    expect(Object.isFrozen(codes[0])).toBe(true);
  });
});

describe('parseCodebook', () => {
  const valid = structuredClone([...codes]);

  it('accepts the seed unchanged', () => {
    expect(parseCodebook(valid)).toEqual(codes);
  });

  it('lists every problem: missing language, bad colour, unknown tag, missing parent, cycle', () => {
    const broken = structuredClone(valid);
    broken[0].name.nl = '';
    broken[1].color = '#ABC';
    (broken[2] as { valence: string }).valence = 'ambivalent';
    broken[3].parentKey = 'no-such-code';
    broken[4].parentKey = broken[5].key;
    broken[5].parentKey = broken[4].key;
    try {
      parseCodebook(broken);
      expect.unreachable('parseCodebook accepted a broken codebook');
    } catch (error) {
      expect(error).toBeInstanceOf(CodebookShapeError);
      const problems = (error as CodebookShapeError).problems.join('\n');
      expect(problems).toMatch(/name\.nl is missing or empty/);
      expect(problems).toMatch(/color must be #rrggbb/);
      expect(problems).toMatch(/valence is not a valence/);
      expect(problems).toMatch(/no-such-code", which does not exist/);
      expect(problems).toMatch(/is its own ancestor/);
    }
  });

  it('rejects data that is not an array', () => {
    expect(() => parseCodebook({ codes: [] })).toThrow(CodebookShapeError);
  });
});
