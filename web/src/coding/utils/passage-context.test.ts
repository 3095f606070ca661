import { describe, expect, it } from 'vitest';
import { createCodePointIndex } from './code-point-index';
import { passageContext } from './passage-context';

describe(passageContext.name, () => {
  const index = createCodePointIndex('Ik vertrouw de computer als de arts het uitlegt. Zonder uitleg zegt het mij niets.');

  it('shows whole words around a one-space passage', () => {
    const space = 'Ik vertrouw de computer als de arts het uitlegt.'.length;
    expect(passageContext(index, { start: space, end: space + 1 }, 12)).toEqual({ before: '…het uitlegt.', passage: ' ', after: 'Zonder…' });
  });

  it('shows everything when the text is short', () => {
    expect(passageContext(createCodePointIndex('ja 😀 nee'), { start: 3, end: 4 })).toEqual({ before: 'ja ', passage: '😀', after: ' nee' });
  });

  it('shortens a long passage', () => {
    expect(passageContext(index, { start: 0, end: index.length }, 10, 11).passage).toBe('Ik vertrouw…');
  });
});
