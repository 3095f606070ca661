import { describe, expect, it } from 'vitest';
import { moveByWord } from './move-by-word';

const text = 'Mijn naam is  Anna-Lisa, 👩🏽‍⚕️ arts.';

describe(moveByWord.name, () => {
  it.each([
    { from: 0, direction: 'forward' as const, to: 4 },
    { from: 4, direction: 'forward' as const, to: 9 },
    { from: 12, direction: 'forward' as const, to: 24 },
    { from: 24, direction: 'forward' as const, to: 32 },
    { from: text.length, direction: 'forward' as const, to: text.length },
    { from: 24, direction: 'backward' as const, to: 12 },
    { from: 4, direction: 'backward' as const, to: 0 },
    { from: 0, direction: 'backward' as const, to: 0 },
  ])('moves $direction from $from to $to', ({ from, direction, to }) => {
    expect(moveByWord(text, from, direction)).toBe(to);
  });

  it('treats the emoji as one word', () => {
    expect(text.slice(25, moveByWord(text, 25, 'forward'))).toBe('👩🏽‍⚕️');
  });

  it('moves between word starts', () => {
    expect(moveByWord(text, 0, 'forward', 'start')).toBe(5);
    expect(moveByWord(text, 14, 'forward', 'start')).toBe(25);
    expect(moveByWord(text, 14, 'backward', 'start')).toBe(10);
    expect(moveByWord(text, 0, 'backward', 'start')).toBe(0);
  });
});
