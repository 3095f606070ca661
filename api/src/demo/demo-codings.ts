import { createRandom, type RandomSource } from '@polyphony/analysis';
import type { DemoTurn } from './demo-transcripts.js';

/** A demo coding in code points of the stored transcript text. */
export interface DemoCoding {
  coder: 'first' | 'second';
  codeKey: string;
  start: number;
  end: number;
}

/** A speaker turn as the importer found it: code-point range of the utterance (label excluded). */
export interface TurnRange {
  start: number;
  end: number;
}

/**
 * The two demo coders' codings of one interview. The first coder's are written in the interview
 * data; the second coder's follow from them with a seeded generator, so every run gives the same
 * result and the agreement is realistic but partial: most passages the same, some with other
 * boundaries, some with a neighbouring code of the same theme, some missed, a few extra.
 * `siblings` names, per code key, the codes of the same theme (the candidates for a different call).
 */
export function deriveDemoCodings(
  turns: readonly DemoTurn[],
  ranges: readonly TurnRange[],
  text: readonly string[],
  siblings: ReadonlyMap<string, readonly string[]>,
  seed: number,
): DemoCoding[] {
  if (ranges.length !== turns.length) throw new Error(`the importer found ${ranges.length} turns, the interview has ${turns.length}`);
  const random = createRandom(seed);
  const codings: DemoCoding[] = [];
  turns.forEach(([, , codes = []], turn) => {
    const sentences = sentenceRanges(text, ranges[turn]);
    for (const spec of codes) {
      const { codeKey, span } = parseSpec(spec, sentences, ranges[turn]);
      codings.push({ coder: 'first', codeKey, ...span });
      const roll = random();
      if (roll < 0.62) codings.push({ coder: 'second', codeKey, ...span });
      else if (roll < 0.8) codings.push({ coder: 'second', codeKey, ...otherBoundary(span, sentences, ranges[turn], random) });
      else if (roll < 0.9) codings.push({ coder: 'second', codeKey: pick(siblings.get(codeKey) ?? [codeKey], random), ...span });
      // else: the second coder missed this passage.
    }
  });
  // The second coder also sees a thing or two the first one did not.
  const participantTurns = turns.flatMap(([speaker], turn) => (speaker === 'P' ? [turn] : []));
  for (let extra = 0; extra < 2; extra++) {
    const turn = pick(participantTurns, random);
    const coded = turns[turn][2] ?? [];
    const codeKey = pick(siblings.get(parseKey(coded[0] ?? 'trust-reassurance')) ?? ['trust-reassurance'], random);
    const sentences = sentenceRanges(text, ranges[turn]);
    codings.push({ coder: 'second', codeKey, ...pick(sentences, random) });
  }
  return codings;
}

/** Code-point ranges of the sentences of a turn (split after . ! ? followed by white space). */
export function sentenceRanges(text: readonly string[], turn: TurnRange): TurnRange[] {
  const sentences: TurnRange[] = [];
  let start = turn.start;
  for (let i = turn.start; i < turn.end; i++) {
    const isEnd = '.!?'.includes(text[i]) && (i + 1 === turn.end || text[i + 1] === ' ');
    if (!isEnd) continue;
    sentences.push({ start, end: i + 1 });
    start = i + 2;
  }
  if (start < turn.end) sentences.push({ start, end: turn.end });
  return sentences;
}

function parseKey(spec: string): string {
  return spec.split('@')[0];
}

function parseSpec(spec: string, sentences: readonly TurnRange[], turn: TurnRange): { codeKey: string; span: TurnRange } {
  const [codeKey, where] = spec.split('@') as [string, string | undefined];
  if (where === undefined) return { codeKey, span: { start: turn.start, end: turn.end } };
  const [from, to = from] = where.split('-').map(Number) as [number, number?];
  const first = sentences[from];
  const last = sentences[to];
  if (!first || !last) throw new Error(`${spec}: the turn has ${sentences.length} sentences`);
  return { codeKey, span: { start: first.start, end: last.end } };
}

/** The same passage, cut differently: the whole turn instead of a sentence, or one sentence less. */
function otherBoundary(span: TurnRange, sentences: readonly TurnRange[], turn: TurnRange, random: RandomSource): TurnRange {
  const inside = sentences.filter((s) => s.start >= span.start && s.end <= span.end);
  if (inside.length > 1) return random() < 0.5 ? inside[0] : inside[inside.length - 1];
  if (span.start !== turn.start || span.end !== turn.end) return turn;
  // One sentence coded whole: this coder leaves out the last few words.
  return { start: span.start, end: Math.max(span.start + 1, span.end - 12) };
}

function pick<T>(items: readonly T[], random: RandomSource): T {
  return items[Math.floor(random() * items.length)];
}
