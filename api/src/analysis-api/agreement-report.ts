import {
  bootstrapInterval,
  characterAgreement,
  coderPairs,
  DEFAULT_BOOTSTRAP,
  indexCodedText,
  kappaOfCells,
  segmentAgreement,
  unitizedAlpha,
  type BootstrapInterval,
  type CodedTextIndex,
  type CodedTextInput,
} from '@polyphony/analysis';

/** The bounds of a bootstrap interval (the estimate is the value it sits next to). */
export interface IntervalBounds {
  /** The statistic on all units: equals the value reported next to it (a check that both agree). */
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
  /** Resamples where the statistic was defined; the bounds are percentiles of these. */
  readonly validSamples: number;
}

export interface BootstrapSettings {
  /** Resamples asked for. */
  readonly requested: number;
  /** Resamples drawn: fewer than asked when the data are so large that the work budget caps them; 0 = no intervals. */
  readonly samples: number;
  readonly seed: number;
  readonly confidence: number;
  readonly method: string;
}

/**
 * Resampled units × codes × coder pairs a request may cost (about a second of CPU); beyond it the
 * number of resamples shrinks to fit, and below MIN_SAMPLES the intervals are left out (and said so).
 */
export const BOOTSTRAP_WORK_BUDGET = 60_000_000;
export const MIN_SAMPLES = 200;

export const BOOTSTRAP_METHOD =
  'Percentile bootstrap (Efron & Tibshirani 1993), seeded xoshiro128** so reproducible. Segment level per code: ' +
  'segments resampled. Pooled over codes, ' +
  'character level and unitized alpha: speaker turns resampled as clusters (each turn with the text up to the next ' +
  'turn; a coded stretch counts where it starts), so dependent characters and codes stay together.';

/** Agreement at three units with bootstrap intervals, and per coder pair when there are more than two coders. */
export function agreementReport(input: CodedTextInput, options: { samples: number; seed: number; workBudget?: number }) {
  const index = indexCodedText(input);
  const pieces = turnPieces(index);
  const pairCount = coderPairs(index.coderIds.length).length;
  const codes = Math.max(1, index.codeIds.length);
  const perSample = codes * (pairCount + 1) * (2 * pieces.count + segmentUnits(index));
  const affordable = Math.floor((options.workBudget ?? BOOTSTRAP_WORK_BUDGET) / Math.max(1, perSample));
  const wanted = Math.min(options.samples, affordable);
  const samples = wanted >= MIN_SAMPLES || wanted === options.samples ? wanted : 0;
  const bootstrap: BootstrapSettings = { requested: options.samples, samples, seed: options.seed, confidence: DEFAULT_BOOTSTRAP.confidence, method: BOOTSTRAP_METHOD };
  const core = unitReports(input, index, pieces, { samples, seed: options.seed });
  return {
    coderIds: index.coderIds,
    codeIds: index.codeIds,
    bootstrap,
    ...core,
    // With two coders the pair is the whole comparison; with more, each pair gets its own report.
    pairs:
      index.coderIds.length > 2
        ? coderPairs(index.coderIds.length).map(([first, second]) => {
            const coderIds = [index.coderIds[first], index.coderIds[second]] as const;
            const pairInput = { ...input, coderIds, codeIds: index.codeIds, codings: input.codings.filter((c) => c.coderId === coderIds[0] || c.coderId === coderIds[1]) };
            const pairIndex = indexCodedText(pairInput);
            return { coderIds, ...unitReports(pairInput, pairIndex, pieces, { samples, seed: options.seed }) };
          })
        : [],
  };
}

export type AgreementReport = ReturnType<typeof agreementReport>;

function unitReports(input: CodedTextInput, index: CodedTextIndex, pieces: TurnPieces, options: { samples: number; seed: number }) {
  const explicit = { ...input, coderIds: index.coderIds, codeIds: index.codeIds };
  return {
    segment: withSegmentIntervals(segmentAgreement(explicit), index, options),
    character: withCharacterIntervals(characterAgreement(explicit), index, pieces, options),
    unitized: withUnitizedIntervals(unitizedAlpha(explicit), index, pieces, options),
  };
}

function bounds(interval: BootstrapInterval): IntervalBounds {
  return { estimate: interval.estimate, low: interval.low, high: interval.high, validSamples: interval.validSamples };
}

/** The bootstrap, or null when no resamples are drawn. */
function maybe(options: { samples: number; seed: number }, run: () => BootstrapInterval): IntervalBounds | null {
  return options.samples > 0 ? bounds(run()) : null;
}

// ---------- segment level ----------

interface SegmentUnit {
  transcript: number;
  start: number;
  end: number;
}

function segmentUnitList(index: CodedTextIndex): SegmentUnit[] {
  const units: SegmentUnit[] = [];
  index.transcripts.forEach((transcript, t) => {
    for (const { start, end } of transcript.segments) if (end > start) units.push({ transcript: t, start, end });
  });
  return units;
}

function segmentUnits(index: CodedTextIndex): number {
  return segmentUnitList(index).length;
}

/** presence[code][coder][unit]: does the coder's coding of the code touch the segment (as segmentAgreement decides). */
function segmentPresence(index: CodedTextIndex): Uint8Array[][] {
  const units = segmentUnitList(index);
  return index.codeIds.map((_, code) =>
    index.coderIds.map((__, coder) => {
      const row = new Uint8Array(units.length);
      units.forEach(({ transcript, start, end }, unit) => {
        row[unit] = overlaps(index.ranges(code, coder, transcript), start, end) ? 1 : 0;
      });
      return row;
    }),
  );
}

function withSegmentIntervals(result: ReturnType<typeof segmentAgreement>, index: CodedTextIndex, options: { samples: number; seed: number }) {
  const presence = segmentPresence(index);
  const pairs = coderPairs(index.coderIds.length);
  const coderCount = index.coderIds.length;
  // Per code: each segment's 2 × 2 cell per pair and its alpha sums, so a resample only adds up
  // numbers. Same resampling (bootstrapInterval over segment indices, same seed) as the library's
  // cohenKappaInterval and krippendorffAlphaInterval, hence the same intervals (see the spec).
  const codes = result.codes.map((code, c) => {
    const byCoder = presence[c];
    const units = byCoder[0]?.length ?? 0;
    const ids = Array.from({ length: units }, (_, unit) => unit);
    const present = new Float64Array(units);
    const disagreeing = new Float64Array(units);
    for (let unit = 0; unit < units; unit++) {
      let k = 0;
      for (const row of byCoder) k += row[unit];
      present[unit] = k;
      disagreeing[unit] = k * (coderCount - k);
    }
    const alpha = (sample: ReadonlyArray<number>) => binaryAlpha(sample.length, coderCount, sumSample(present, sample), sumSample(disagreeing, sample));
    return {
      ...code,
      alphaInterval: coderCount < 2 ? null : maybe(options, () => bootstrapInterval(alpha, ids, options)),
      pairs: code.pairs.map((pair, p) => {
        const [first, second] = pairs[p];
        const cells = new Float64Array(units * 4);
        for (let unit = 0; unit < units; unit++) cells[unit * 4 + cellOf(byCoder[first][unit], byCoder[second][unit])] = 1;
        return { ...pair, kappaInterval: maybe(options, () => bootstrapInterval((sample) => kappaOfSampledCells(cells, sample), ids, options)) };
      }),
    };
  });
  // Pooled: every segment × code is a unit, resampled by segment so a turn's codes stay together.
  const units = presence[0]?.[0]?.length ?? 0;
  const segmentIds = Array.from({ length: units }, (_, unit) => unit);
  const coders = index.coderIds.length;
  const present = new Float64Array(units);
  const disagreeing = new Float64Array(units);
  for (const byCoder of presence) {
    for (let unit = 0; unit < units; unit++) {
      let k = 0;
      for (const row of byCoder) k += row[unit];
      present[unit] += k;
      disagreeing[unit] += k * (coders - k);
    }
  }
  const codeCount = index.codeIds.length;
  const overallAlpha = (sample: ReadonlyArray<number>) => {
    let n1 = 0;
    let pairsDisagreeing = 0;
    for (const unit of sample) {
      n1 += present[unit];
      pairsDisagreeing += disagreeing[unit];
    }
    return binaryAlpha(sample.length * codeCount, coders, n1, pairsDisagreeing);
  };
  const pairCells = pairs.map(([first, second]) => {
    const cells = new Float64Array(units * 4);
    for (const byCoder of presence) {
      for (let unit = 0; unit < units; unit++) cells[unit * 4 + cellOf(byCoder[first][unit], byCoder[second][unit])] += 1;
    }
    return cells;
  });
  return {
    ...result,
    codes,
    overall: {
      ...result.overall,
      alphaInterval: coders < 2 || codeCount === 0 ? null : maybe(options, () => bootstrapInterval(overallAlpha, segmentIds, options)),
      pairs: result.overall.pairs.map((pair, p) => ({
        ...pair,
        kappaInterval: codeCount === 0 ? null : maybe(options, () => bootstrapInterval((sample) => kappaOfSampledCells(pairCells[p], sample), segmentIds, options)),
      })),
    },
  };
}

/** Krippendorff's nominal alpha of complete binary data from its sums (as the library's binary alpha). */
function binaryAlpha(units: number, coders: number, present: number, disagreeingPairs: number): number {
  const pairable = units * coders;
  const absent = pairable - present;
  if (coders < 2 || present === 0 || absent === 0) return Number.NaN;
  const observed = (2 * disagreeingPairs) / (coders - 1);
  return 1 - ((pairable - 1) * observed) / (2 * present * absent);
}

// 0 both, 1 only first, 2 only second, 3 neither: the order kappaOfCells takes.
function cellOf(first: number, second: number): number {
  if (first === 1) return second === 1 ? 0 : 1;
  return second === 1 ? 2 : 3;
}

function kappaOfSampledCells(cells: Float64Array, sample: ReadonlyArray<number>): number {
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  for (const unit of sample) {
    a += cells[unit * 4];
    b += cells[unit * 4 + 1];
    c += cells[unit * 4 + 2];
    d += cells[unit * 4 + 3];
  }
  return kappaOfCells(a, b, c, d);
}

// ---------- clusters of text: speaker turns extended to the next turn ----------

interface TurnPieces {
  count: number;
  /** Per transcript, the global index of its first piece and the start offsets of its pieces. */
  transcripts: Array<{ first: number; starts: number[]; length: number }>;
  lengths: Float64Array;
}

/**
 * Tiles each transcript into pieces, one per speaker turn: from the turn's start (the first turn
 * from 0) to the next turn's start (the last to the end). A transcript without turns is one piece.
 */
function turnPieces(index: CodedTextIndex): TurnPieces {
  const transcripts: TurnPieces['transcripts'] = [];
  const lengths: number[] = [];
  for (const transcript of index.transcripts) {
    const turnStarts = [...new Set(transcript.segments.map((s) => s.start))].filter((s) => s > 0 && s < transcript.length).sort((x, y) => x - y);
    const starts = [0, ...turnStarts];
    transcripts.push({ first: lengths.length, starts, length: transcript.length });
    starts.forEach((start, i) => lengths.push((starts[i + 1] ?? transcript.length) - start));
  }
  return { count: lengths.length, transcripts, lengths: Float64Array.from(lengths) };
}

/** Adds the length of `ranges` falling in each piece of transcript t to out[piece]. */
function distribute(pieces: TurnPieces, t: number, ranges: ReadonlyArray<number>, out: Float64Array): void {
  const { first, starts, length } = pieces.transcripts[t];
  let piece = 0;
  for (let i = 0; i < ranges.length; i += 2) {
    let start = ranges[i];
    const end = ranges[i + 1];
    while (piece + 1 < starts.length && starts[piece + 1] <= start) piece++;
    let p = piece;
    while (start < end) {
      const pieceEnd = starts[p + 1] ?? length;
      const stop = Math.min(end, pieceEnd);
      out[first + p] += stop - start;
      start = stop;
      p++;
    }
  }
}

/** Adds |s|² of each range to the piece its start falls in (a coded stretch is one indivisible unit). */
function distributeSquares(pieces: TurnPieces, t: number, ranges: ReadonlyArray<number>, out: Float64Array): void {
  const { first, starts } = pieces.transcripts[t];
  let piece = 0;
  for (let i = 0; i < ranges.length; i += 2) {
    const start = ranges[i];
    while (piece + 1 < starts.length && starts[piece + 1] <= start) piece++;
    const length = ranges[i + 1] - start;
    out[first + piece] += length * length;
  }
}

function intersect(a: ReadonlyArray<number>, b: ReadonlyArray<number>): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i], b[j]);
    const end = Math.min(a[i + 1], b[j + 1]);
    if (start < end) out.push(start, end);
    if (a[i + 1] < b[j + 1]) i += 2;
    else j += 2;
  }
  return out;
}

function overlaps(ranges: ReadonlyArray<number>, start: number, end: number): boolean {
  for (let i = 0; i < ranges.length; i += 2) if (ranges[i] < end && ranges[i + 1] > start) return true;
  return false;
}

function sumSample(values: Float64Array, sample: ReadonlyArray<number>): number {
  let total = 0;
  for (const unit of sample) total += values[unit];
  return total;
}

// ---------- character level ----------

/** Per piece: characters both coded, only the first, only the second (neither follows from the length). */
function characterCells(index: CodedTextIndex, pieces: TurnPieces, code: number, first: number, second: number) {
  const both = new Float64Array(pieces.count);
  const firstCovered = new Float64Array(pieces.count);
  const secondCovered = new Float64Array(pieces.count);
  index.transcripts.forEach((_, t) => {
    const a = index.ranges(code, first, t);
    const b = index.ranges(code, second, t);
    distribute(pieces, t, a, firstCovered);
    distribute(pieces, t, b, secondCovered);
    distribute(pieces, t, intersect(a, b), both);
  });
  return { both, firstCovered, secondCovered };
}

function characterKappa(cells: Array<ReturnType<typeof characterCells>>, lengths: Float64Array) {
  return (sample: ReadonlyArray<number>) => {
    let a = 0;
    let b = 0;
    let c = 0;
    let d = 0;
    for (const unit of sample) {
      for (const cell of cells) {
        const both = cell.both[unit];
        const onlyFirst = cell.firstCovered[unit] - both;
        const onlySecond = cell.secondCovered[unit] - both;
        a += both;
        b += onlyFirst;
        c += onlySecond;
        d += lengths[unit] - both - onlyFirst - onlySecond;
      }
    }
    return kappaOfCells(a, b, c, d);
  };
}

function withCharacterIntervals(result: ReturnType<typeof characterAgreement>, index: CodedTextIndex, pieces: TurnPieces, options: { samples: number; seed: number }) {
  const pairs = coderPairs(index.coderIds.length);
  const pieceIds = Array.from({ length: pieces.count }, (_, i) => i);
  const cells = index.codeIds.map((_, code) => pairs.map(([first, second]) => characterCells(index, pieces, code, first, second)));
  return {
    ...result,
    codes: result.codes.map((code, c) => ({
      ...code,
      pairs: code.pairs.map((pair, p) => ({ ...pair, kappaInterval: maybe(options, () => bootstrapInterval(characterKappa([cells[c][p]], pieces.lengths), pieceIds, options)) })),
    })),
    overall: result.overall.map((pair, p) => ({
      ...pair,
      kappaInterval: cells.length === 0 ? null : maybe(options, () => bootstrapInterval(characterKappa(cells.map((byPair) => byPair[p]), pieces.lengths), pieceIds, options)),
    })),
  };
}

// ---------- unitized alpha ----------

/** Per piece: Σ coders' coded length, Σ pairs' common length, Σ |s|² of stretches starting there. */
function unitizedSums(index: CodedTextIndex, pieces: TurnPieces, code: number) {
  const coded = new Float64Array(pieces.count);
  const common = new Float64Array(pieces.count);
  const squares = new Float64Array(pieces.count);
  const pairs = coderPairs(index.coderIds.length);
  index.transcripts.forEach((_, t) => {
    for (let coder = 0; coder < index.coderIds.length; coder++) {
      distribute(pieces, t, index.ranges(code, coder, t), coded);
      distributeSquares(pieces, t, index.ranges(code, coder, t), squares);
    }
    for (const [first, second] of pairs) distribute(pieces, t, intersect(index.ranges(code, first, t), index.ranges(code, second, t)), common);
  });
  return { coded, common, squares };
}

/** |uα from the sums of unitizedAlpha (Krippendorff et al. 2016), over a sample of pieces. */
function unitizedStatistic(sums: Array<ReturnType<typeof unitizedSums>>, lengths: Float64Array, coders: number) {
  return (sample: ReadonlyArray<number>) => {
    let coded = 0;
    let common = 0;
    let squares = 0;
    let pairable = 0;
    for (const s of sums) {
      coded += sumSample(s.coded, sample);
      common += sumSample(s.common, sample);
      squares += sumSample(s.squares, sample);
      pairable += coders * sumSample(lengths, sample);
    }
    const gaps = pairable - coded;
    if (coders < 2 || coded === 0 || gaps === 0) return Number.NaN;
    const observed = ((coders - 1) * coded - 2 * common) / (coders - 1);
    const expected = (pairable * coded * gaps) / (pairable * pairable - squares - gaps);
    return 1 - observed / expected;
  };
}

function withUnitizedIntervals(result: ReturnType<typeof unitizedAlpha>, index: CodedTextIndex, pieces: TurnPieces, options: { samples: number; seed: number }) {
  const coders = index.coderIds.length;
  const pieceIds = Array.from({ length: pieces.count }, (_, i) => i);
  const sums = index.codeIds.map((_, code) => unitizedSums(index, pieces, code));
  return {
    ...result,
    codes: result.codes.map((code, c) => ({
      ...code,
      alphaInterval: coders < 2 ? null : maybe(options, () => bootstrapInterval(unitizedStatistic([sums[c]], pieces.lengths, coders), pieceIds, options)),
    })),
    overall: {
      ...result.overall,
      alphaInterval: coders < 2 || sums.length === 0 ? null : maybe(options, () => bootstrapInterval(unitizedStatistic(sums, pieces.lengths, coders), pieceIds, options)),
    },
  };
}
