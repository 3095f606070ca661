import { describe, expect, it } from 'vitest';
import { codePointLength, codePointSlice } from '../import/code-point-offsets.js';
import { applyPseudonymization } from './apply-pseudonymization.js';
import { mapOffset, unmapOffset } from './offset-map.js';
import { PseudonymizationError } from './pseudonymization-error.js';

// In code points (the emoji is 5 of them): "Jansen" at 16–22 and 45–51, "06-12345678" at 32–43.
const TEXT = 'P: 👩🏽‍⚕️ Dokter Jansen belde op 06-12345678, Jansen!';
const REPLACEMENTS = [
  { start: 45, end: 51, placeholder: '[NAME-1]' },
  { start: 16, end: 22, placeholder: '[NAME-1]' },
  { start: 32, end: 43, placeholder: '[PHONE]' },
];

describe(applyPseudonymization.name, () => {
  it('replaces code-point ranges in any order and reports how offsets moved', () => {
    expect(codePointSlice(TEXT, 16, 22)).toBe('Jansen');
    const { text, offsetMap } = applyPseudonymization(TEXT, REPLACEMENTS);
    expect(text).toBe('P: 👩🏽‍⚕️ Dokter [NAME-1] belde op [PHONE], [NAME-1]!');
    expect(offsetMap).toEqual({
      oldLength: 52,
      newLength: codePointLength(text),
      edits: [
        { oldStart: 16, oldEnd: 22, newStart: 16, newEnd: 24 },
        { oldStart: 32, oldEnd: 43, newStart: 34, newEnd: 41 },
        { oldStart: 45, oldEnd: 51, newStart: 43, newEnd: 51 },
      ],
    });
  });

  it('maps every offset outside the replaced words there and back again', () => {
    const { text, offsetMap } = applyPseudonymization(TEXT, REPLACEMENTS);
    const inside = (offset: number): boolean => REPLACEMENTS.some((r) => offset > r.start && offset < r.end);
    for (let offset = 0; offset <= codePointLength(TEXT); offset += 1) {
      if (inside(offset)) continue;
      const moved = mapOffset(offsetMap, offset);
      expect(unmapOffset(offsetMap, moved)).toBe(offset);
      // The code point after the offset is the same character in both texts, unless a replacement starts there.
      if (offset < codePointLength(TEXT) && !REPLACEMENTS.some((r) => r.start === offset)) {
        expect(codePointSlice(text, moved, moved + 1)).toBe(codePointSlice(TEXT, offset, offset + 1));
      }
    }
  });

  it('moves offsets inside replaced words to the placeholder edge the range needs', () => {
    const { offsetMap } = applyPseudonymization(TEXT, REPLACEMENTS);
    expect([mapOffset(offsetMap, 18, 'start'), mapOffset(offsetMap, 18, 'end')]).toEqual([16, 24]);
    expect([unmapOffset(offsetMap, 20, 'start'), unmapOffset(offsetMap, 20, 'end')]).toEqual([16, 22]);
  });

  it('allows replacements that touch and leaves the text alone when there are none', () => {
    expect(applyPseudonymization('Anna Jansen', [{ start: 0, end: 5, placeholder: '[A]' }, { start: 5, end: 11, placeholder: '[B]' }]).text).toBe('[A][B]');
    expect(applyPseudonymization('🧠 x', [])).toEqual({ text: '🧠 x', offsetMap: { oldLength: 3, newLength: 3, edits: [] } });
  });

  it.each([
    { name: 'two replacements overlap', replacements: [{ start: 0, end: 6 }, { start: 5, end: 9 }], code: 'TRANSCRIPT_REPLACEMENTS_OVERLAP', params: { start: 5, end: 9, otherStart: 0, otherEnd: 6 } },
    { name: 'one replacement lies inside another', replacements: [{ start: 2, end: 4 }, { start: 0, end: 9 }], code: 'TRANSCRIPT_REPLACEMENTS_OVERLAP', params: { start: 2, end: 4, otherStart: 0, otherEnd: 9 } },
    { name: 'a replacement is empty', replacements: [{ start: 3, end: 3 }], code: 'TRANSCRIPT_REPLACEMENT_OUT_OF_RANGE', params: { start: 3, end: 3, length: 11 } },
    { name: 'a replacement ends past the text', replacements: [{ start: 3, end: 12 }], code: 'TRANSCRIPT_REPLACEMENT_OUT_OF_RANGE', params: { start: 3, end: 12, length: 11 } },
    { name: 'a replacement starts before the text', replacements: [{ start: -1, end: 2 }], code: 'TRANSCRIPT_REPLACEMENT_OUT_OF_RANGE', params: { start: -1, end: 2, length: 11 } },
  ])('throws $code when $name', ({ replacements, code, params }) => {
    let error: unknown;
    try {
      applyPseudonymization('Anna Jansen', replacements.map((r) => ({ ...r, placeholder: '[X]' })));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PseudonymizationError);
    expect({ code: (error as PseudonymizationError).code, params: (error as PseudonymizationError).params }).toEqual({ code, params });
  });
});

describe(mapOffset.name, () => {
  it('throws a RangeError when the offset is outside the old text', () => {
    const { offsetMap } = applyPseudonymization('abc', []);
    expect(() => mapOffset(offsetMap, 4)).toThrow(RangeError);
    expect(() => unmapOffset(offsetMap, -1)).toThrow(RangeError);
  });
});
