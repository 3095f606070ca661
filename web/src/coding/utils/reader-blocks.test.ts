import { describe, expect, it } from 'vitest';
import { createCodePointIndex } from './code-point-index';
import { readerBlocks } from './reader-blocks';

const turn = (start: number, end: number, role: 'interviewer' | 'participant' = 'participant') => ({
  start,
  end,
  speakerLabel: role === 'interviewer' ? 'I' : 'P',
  role,
  mediaStart: null,
  mediaEnd: null,
});

describe(readerBlocks.name, () => {
  it('shows a text without turns as one block', () => {
    const blocks = readerBlocks(createCodePointIndex('Hallo'), []);
    expect(blocks.map((block) => [block.start, block.end, block.role])).toEqual([[0, 5, 'unknown']]);
  });

  it('returns nothing for an empty text', () => {
    expect(readerBlocks(createCodePointIndex(''), [])).toEqual([]);
  });

  it('keeps turns in order and skips speaker labels and white space between them', () => {
    const text = 'I: Hoe gaat het?\nP: Goed.';
    const blocks = readerBlocks(createCodePointIndex(text), [turn(20, 25), turn(3, 16, 'interviewer')]);
    expect(blocks.map((block) => [block.start, block.end])).toEqual([
      [3, 16],
      [20, 25],
    ]);
  });

  it('shows words outside any turn as a block of their own', () => {
    const text = 'Notitie vooraf. I: Vraag?';
    const blocks = readerBlocks(createCodePointIndex(text), [turn(19, 25, 'interviewer')]);
    expect(blocks.map((block) => [block.start, block.end, block.speakerLabel])).toEqual([
      [0, 19, null],
      [19, 25, 'I'],
    ]);
  });

  it('clips overlapping turns and turns beyond the text', () => {
    const blocks = readerBlocks(createCodePointIndex('abcdefghij'), [turn(0, 6), turn(4, 40)]);
    expect(blocks.map((block) => [block.start, block.end])).toEqual([
      [0, 6],
      [6, 10],
    ]);
  });
});
