import { describe, expect, it } from 'vitest';
import { coderPairs, indexCodedText, type CodedTextInput } from './coded-text.js';
import { coding, transcript } from './test-support.js';

describe(indexCodedText.name, () => {
  it('returns merged ranges per code, coder and transcript when the same coder overlaps themselves', () => {
    const index = indexCodedText({
      transcripts: [transcript('t1', 20), transcript('t2', 5)],
      codings: [coding('t1', 'B', 'k', 2, 6), coding('t1', 'B', 'k', 4, 9), coding('t1', 'B', 'k', 9, 11), coding('t2', 'A', 'k', 0, 5)],
    });
    expect(index.coderIds).toEqual(['A', 'B']);
    expect(index.codeIds).toEqual(['k']);
    expect(index.totalLength).toBe(25);
    expect(index.ranges(0, 1, 0)).toEqual([2, 11]);
    expect(index.ranges(0, 0, 0)).toEqual([]);
    expect(index.ranges(0, 0, 1)).toEqual([0, 5]);
  });

  it('returns the given coder and code order when lists are passed, keeping coders who coded nothing', () => {
    const index = indexCodedText({
      transcripts: [transcript('t1', 10)],
      codings: [coding('t1', 'A', 'k2', 0, 1)],
      coderIds: ['Z', 'A'],
      codeIds: ['k2', 'k1'],
    });
    expect(index.coderIds).toEqual(['Z', 'A']);
    expect(index.codeIds).toEqual(['k2', 'k1']);
    expect(index.ranges(0, 1, 0)).toEqual([0, 1]);
  });

  it('returns empty lists when there are no codings', () => {
    const index = indexCodedText({ transcripts: [transcript('t1', 10)], codings: [] });
    expect(index.coderIds).toEqual([]);
    expect(index.codeIds).toEqual([]);
  });

  it('returns ranges in code points when the text has characters outside the BMP', () => {
    // '👍 ok 👎' is 6 code points but 8 UTF-16 units; offsets count code points.
    const text = '👍 ok 👎';
    const length = [...text].length;
    const index = indexCodedText({
      transcripts: [{ id: 't1', length, segments: [] }],
      codings: [coding('t1', 'A', 'k', 0, 1), coding('t1', 'A', 'k', 5, 6)],
    });
    expect(length).toBe(6);
    expect(index.ranges(0, 0, 0)).toEqual([0, 1, 5, 6]);
    expect(() =>
      indexCodedText({ transcripts: [{ id: 't1', length, segments: [] }], codings: [coding('t1', 'A', 'k', 5, text.length)] }),
    ).toThrow(expect.objectContaining({ code: 'AGREEMENT_INVALID_RANGE' }));
  });

  const t1 = transcript('t1', 10);
  it.each<{ name: string; input: CodedTextInput; code: string }>([
    { name: 'a coding ends past the transcript', input: { transcripts: [t1], codings: [coding('t1', 'A', 'k', 5, 11)] }, code: 'AGREEMENT_INVALID_RANGE' },
    { name: 'a coding starts before 0', input: { transcripts: [t1], codings: [coding('t1', 'A', 'k', -1, 3)] }, code: 'AGREEMENT_INVALID_RANGE' },
    { name: 'a coding ends before it starts', input: { transcripts: [t1], codings: [coding('t1', 'A', 'k', 6, 3)] }, code: 'AGREEMENT_INVALID_RANGE' },
    { name: 'an offset is fractional', input: { transcripts: [t1], codings: [coding('t1', 'A', 'k', 1.5, 3)] }, code: 'AGREEMENT_INVALID_RANGE' },
    { name: 'a coding names an unknown transcript', input: { transcripts: [t1], codings: [coding('t9', 'A', 'k', 0, 1)] }, code: 'AGREEMENT_UNKNOWN_ID' },
    {
      name: 'a segment lies outside its transcript',
      input: { transcripts: [{ id: 't1', length: 4, segments: [{ id: 's', start: 2, end: 6 }] }], codings: [] },
      code: 'AGREEMENT_INVALID_RANGE',
    },
    { name: 'a transcript length is negative', input: { transcripts: [{ id: 't1', length: -1, segments: [] }], codings: [] }, code: 'AGREEMENT_INVALID_RANGE' },
    { name: 'a transcript id repeats', input: { transcripts: [t1, t1], codings: [] }, code: 'AGREEMENT_DUPLICATE_ID' },
    { name: 'a coder id repeats in coderIds', input: { transcripts: [t1], codings: [], coderIds: ['A', 'A'] }, code: 'AGREEMENT_DUPLICATE_ID' },
    {
      name: 'a coding names a coder missing from coderIds',
      input: { transcripts: [t1], codings: [coding('t1', 'C', 'k', 0, 1)], coderIds: ['A', 'B'] },
      code: 'AGREEMENT_UNKNOWN_ID',
    },
    {
      name: 'a coding names a code missing from codeIds',
      input: { transcripts: [t1], codings: [coding('t1', 'A', 'x', 0, 1)], codeIds: ['k'] },
      code: 'AGREEMENT_UNKNOWN_ID',
    },
  ])('throws $code when $name', ({ input, code }) => {
    expect(() => indexCodedText(input)).toThrow(expect.objectContaining({ code }));
  });
});

describe(coderPairs.name, () => {
  it.each([
    { coders: 0, expected: [] },
    { coders: 1, expected: [] },
    { coders: 3, expected: [[0, 1], [0, 2], [1, 2]] },
  ])('returns $expected when there are $coders coders', ({ coders, expected }) => {
    expect(coderPairs(coders)).toEqual(expected);
  });
});
