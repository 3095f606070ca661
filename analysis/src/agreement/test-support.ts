// Builders and brute-force oracles shared by the agreement tests; not exported from the package.
import fc from 'fast-check';
import type { AgreementCoding, AgreementTranscript, CodedTextInput } from './coded-text.js';

/** Expands a 2 × 2 contingency table into two parallel rating arrays. */
export function ratingsFromTable(
  table: ReadonlyArray<readonly [first: string, second: string, count: number]>,
): { a: string[]; b: string[] } {
  const a: string[] = [];
  const b: string[] = [];
  for (const [first, second, count] of table) {
    for (let i = 0; i < count; i++) {
      a.push(first);
      b.push(second);
    }
  }
  return { a, b };
}

/** A transcript of `length` code points cut into the given segment boundaries. */
export function transcript(id: string, length: number, cuts: ReadonlyArray<number> = []): AgreementTranscript {
  const bounds = [0, ...cuts, length];
  return {
    id,
    length,
    segments: bounds.slice(1).map((end, i) => ({ id: `${id}-s${i + 1}`, start: bounds[i], end })),
  };
}

/** Shorthand coding: coding('t1', 'A', 'k', 0, 10). */
export function coding(transcriptId: string, coderId: string, codeId: string, start: number, end: number): AgreementCoding {
  return { transcriptId, coderId, codeId, start, end };
}

/**
 * Brute-force oracle: for each code, coder and transcript, a boolean per character saying
 * whether that coder coded it with that code.
 */
export function codedCharacters(input: CodedTextInput, coderIds: ReadonlyArray<string>, codeIds: ReadonlyArray<string>) {
  return codeIds.map((codeId) =>
    coderIds.map((coderId) =>
      input.transcripts.map((t) => {
        const coded = new Array<boolean>(t.length).fill(false);
        for (const c of input.codings) {
          if (c.codeId === codeId && c.coderId === coderId && c.transcriptId === t.id) coded.fill(true, c.start, c.end);
        }
        return coded;
      }),
    ),
  );
}

export const CODERS = ['A', 'B', 'C', 'D'] as const;
export const CODES = ['k1', 'k2', 'k3'] as const;

/** Random small coded corpora: 1–3 transcripts, up to 4 coders and 3 codes, codings in bounds. */
export const codedTextInput = fc
  .tuple(
    fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 3 }),
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 1, max: 3 }),
  )
  .chain(([lengths, coderCount, codeCount]) => {
    const transcripts = lengths.map((length, i) =>
      transcript(`t${i + 1}`, length, length > 4 ? [Math.floor(length / 3), Math.floor((2 * length) / 3)] : []),
    );
    const oneCoding = fc.integer({ min: 0, max: lengths.length - 1 }).chain((t) =>
      fc
        .tuple(
          fc.constantFrom(...CODERS.slice(0, coderCount)),
          fc.constantFrom(...CODES.slice(0, codeCount)),
          fc.integer({ min: 0, max: lengths[t] }),
          fc.integer({ min: 0, max: lengths[t] }),
        )
        .map(([coderId, codeId, x, y]) => coding(`t${t + 1}`, coderId, codeId, Math.min(x, y), Math.max(x, y))),
    );
    return fc.array(oneCoding, { maxLength: 14 }).map(
      (codings): CodedTextInput => ({
        transcripts,
        codings,
        coderIds: CODERS.slice(0, coderCount),
        codeIds: CODES.slice(0, codeCount),
      }),
    );
  });
