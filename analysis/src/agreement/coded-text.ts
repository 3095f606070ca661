import { AgreementInputError } from './agreement-input-error.js';
import { normalizeRangesInPlace, type RangeSet } from './range-set.js';

/** A transcript as agreement sees it: its length and its segments, in Unicode code points. */
export interface AgreementTranscript {
  readonly id: string;
  /** Length in Unicode code points (not UTF-16 units); offsets below count the same way. */
  readonly length: number;
  /** Predefined units (e.g. speaker turns), half-open [start, end). May be empty. */
  readonly segments: ReadonlyArray<AgreementSegment>;
}

export interface AgreementSegment {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** One coder's application of one code to the half-open code-point range [start, end). */
export interface AgreementCoding {
  readonly transcriptId: string;
  readonly coderId: string;
  readonly codeId: string;
  readonly start: number;
  readonly end: number;
}

/** Two or more coders' codings of the same transcripts. */
export interface CodedTextInput {
  readonly transcripts: ReadonlyArray<AgreementTranscript>;
  readonly codings: ReadonlyArray<AgreementCoding>;
  /**
   * The coders to compare, in this order. Default: every coder found in `codings`, sorted. Pass
   * it explicitly so a coder who applied no code at all still counts (as "coded nothing").
   */
  readonly coderIds?: ReadonlyArray<string>;
  /** The codes to report, in this order. Default: every code found in `codings`, sorted. */
  readonly codeIds?: ReadonlyArray<string>;
}

/** Validated codings, merged per code, coder and transcript into normalized range sets. */
export interface CodedTextIndex {
  readonly transcripts: ReadonlyArray<AgreementTranscript>;
  readonly coderIds: ReadonlyArray<string>;
  readonly codeIds: ReadonlyArray<string>;
  /** Σ transcript lengths. */
  readonly totalLength: number;
  /** Merged ranges of one code by one coder in one transcript (indices into the lists above). */
  ranges(code: number, coder: number, transcript: number): RangeSet;
}

const NO_RANGES: RangeSet = [];

/**
 * Validates coded text and merges each coder's codings per code and transcript (overlapping or
 * touching codings of the same code by the same coder become one stretch). O(m log m) in the
 * number of codings; nothing is allocated per character.
 * Throws on duplicate transcript ids, codings or segments outside their transcript, offsets that
 * are not integers with start ≤ end, codings of unknown transcripts, and coders or codes missing
 * from explicitly given coderIds/codeIds.
 */
export function indexCodedText(input: CodedTextInput): CodedTextIndex {
  const transcriptIndex = new Map<string, number>();
  let totalLength = 0;
  input.transcripts.forEach((transcript, index) => {
    if (transcriptIndex.has(transcript.id)) {
      throw new AgreementInputError('AGREEMENT_DUPLICATE_ID', `transcript ${transcript.id} is listed twice`, {
        kind: 'transcript',
        id: transcript.id,
      });
    }
    if (!Number.isSafeInteger(transcript.length) || transcript.length < 0) {
      throw new AgreementInputError(
        'AGREEMENT_INVALID_RANGE',
        `transcript ${transcript.id} has an invalid length ${String(transcript.length)}`,
        { transcriptId: transcript.id },
      );
    }
    for (const segment of transcript.segments) checkRange(segment, transcript, describeSegment);
    transcriptIndex.set(transcript.id, index);
    totalLength += transcript.length;
  });

  const coderIds = idList(input.coderIds, input.codings, (coding) => coding.coderId, 'coder');
  const codeIds = idList(input.codeIds, input.codings, (coding) => coding.codeId, 'code');
  const coderIndex = new Map(coderIds.map((id, index) => [id, index]));
  const codeIndex = new Map(codeIds.map((id, index) => [id, index]));
  const coders = coderIds.length;
  const key = (code: number, coder: number) => code * coders + coder;

  // Per transcript, one slot per (code, coder) actually used: small maps keep each transcript's
  // ranges together in memory. Each slot's ranges are collected in one array and normalized in
  // place, so the cost is linear in the codings (plus tiny sorts per slot).
  const byTranscript = input.transcripts.map(() => new Map<number, number[]>());
  for (const coding of input.codings) {
    const transcript = transcriptIndex.get(coding.transcriptId);
    if (transcript === undefined) {
      throw new AgreementInputError('AGREEMENT_UNKNOWN_ID', `a coding refers to unknown transcript ${coding.transcriptId}`, {
        kind: 'transcript',
        id: coding.transcriptId,
      });
    }
    checkRange(coding, input.transcripts[transcript], describeCoding);
    const slots = byTranscript[transcript];
    const slot = key(lookUp(codeIndex, coding.codeId, 'code'), lookUp(coderIndex, coding.coderId, 'coder'));
    const ranges = slots.get(slot);
    if (ranges === undefined) slots.set(slot, [coding.start, coding.end]);
    else ranges.push(coding.start, coding.end);
  }
  for (const slots of byTranscript) for (const ranges of slots.values()) normalizeRangesInPlace(ranges);

  return {
    transcripts: input.transcripts,
    coderIds,
    codeIds,
    totalLength,
    ranges: (code, coder, transcript) => byTranscript[transcript].get(key(code, coder)) ?? NO_RANGES,
  };
}

/** Every unordered pair of coder indices, in order: [0,1], [0,2], …, [1,2], … */
export function coderPairs(coders: number): Array<readonly [number, number]> {
  const pairs: Array<readonly [number, number]> = [];
  for (let first = 0; first < coders; first++) for (let second = first + 1; second < coders; second++) pairs.push([first, second]);
  return pairs;
}

const describeSegment = (segment: AgreementSegment) => `segment ${segment.id}`;
const describeCoding = (coding: AgreementCoding) => `a coding of ${coding.codeId} by ${coding.coderId}`;

// `describe` is only called on failure, so valid input (the usual case) builds no strings.
function checkRange<R extends { readonly start: number; readonly end: number }>(
  range: R,
  transcript: AgreementTranscript,
  describe: (range: R) => string,
): void {
  const { start, end } = range;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start > end) {
    throw new AgreementInputError(
      'AGREEMENT_INVALID_RANGE',
      `${describe(range)} in transcript ${transcript.id} has invalid offsets [${String(start)}, ${String(end)})`,
      { transcriptId: transcript.id, start: String(start), end: String(end) },
    );
  }
  if (start < 0 || end > transcript.length) {
    throw new AgreementInputError(
      'AGREEMENT_INVALID_RANGE',
      `${describe(range)} [${start}, ${end}) lies outside transcript ${transcript.id} of length ${transcript.length}`,
      { transcriptId: transcript.id, start, end, length: transcript.length },
    );
  }
}

function idList(
  given: ReadonlyArray<string> | undefined,
  codings: ReadonlyArray<AgreementCoding>,
  idOf: (coding: AgreementCoding) => string,
  kind: 'coder' | 'code',
): string[] {
  if (given === undefined) return [...new Set(codings.map(idOf))].sort();
  const unique = new Set(given);
  if (unique.size !== given.length) {
    const duplicate = given.find((id, index) => given.indexOf(id) !== index) ?? '';
    throw new AgreementInputError('AGREEMENT_DUPLICATE_ID', `${kind} ${duplicate} is listed twice`, { kind, id: duplicate });
  }
  return [...given];
}

function lookUp(index: ReadonlyMap<string, number>, id: string, kind: 'coder' | 'code'): number {
  const found = index.get(id);
  if (found === undefined) {
    throw new AgreementInputError('AGREEMENT_UNKNOWN_ID', `a coding names ${kind} ${id}, which is not in the ${kind} list`, {
      kind,
      id,
    });
  }
  return found;
}
