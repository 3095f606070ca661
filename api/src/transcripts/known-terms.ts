import { createHmac } from 'node:crypto';

export interface TermMatch {
  start: number;
  end: number;
  text: string;
  hash: string;
}

const WORD = /[\p{L}\p{M}\p{N}'’-]+/gu;

/** The keyed hash under which a replaced term is remembered: lower-cased, NFC, single-spaced. */
export function hashTerm(secret: string, term: string): string {
  const normalized = term.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  return createHmac('sha256', secret).update(`pseudonym-term:${normalized}`).digest('hex');
}

/**
 * Every run of 1..maxWords consecutive words of the text with its code-point range and hash, so
 * remembered terms can be found by hash alone: the database never needs the names themselves.
 */
export function termCandidates(secret: string, text: string, maxWords: number): TermMatch[] {
  const words: Array<{ start: number; end: number; text: string }> = [];
  let codePoint = 0;
  let utf16 = 0;
  for (const match of text.matchAll(WORD)) {
    codePoint += [...text.slice(utf16, match.index)].length;
    const length = [...match[0]].length;
    words.push({ start: codePoint, end: codePoint + length, text: match[0] });
    codePoint += length;
    utf16 = match.index + match[0].length;
  }
  const candidates: TermMatch[] = [];
  for (let i = 0; i < words.length; i += 1) {
    for (let n = 1; n <= maxWords && i + n <= words.length; n += 1) {
      const first = words[i];
      const last = words[i + n - 1];
      const phrase = words.slice(i, i + n).map((w) => w.text).join(' ');
      candidates.push({ start: first.start, end: last.end, text: phrase, hash: hashTerm(secret, phrase) });
    }
  }
  return candidates;
}
