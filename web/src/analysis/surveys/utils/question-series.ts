import type { StatsCell, SurveyStatsQuestion } from '../api/survey-stats';
import type { NumericBin } from './numeric-bins';
import { numericBins } from './numeric-bins';

/** The cells a chart draws: one per group when the view is split, else everyone. */
export function cellsToDraw(question: SurveyStatsQuestion): StatsCell[] {
  return question.groups.length > 0 ? question.groups : [question.overall];
}

/** Counts per choice of each cell, in choice order (for the diverging scale chart). */
export function scaleCounts(question: SurveyStatsQuestion, cells: readonly StatsCell[]): number[][] {
  return cells.map((cell) => question.choices.map((_, index) => cell.distribution?.[index]?.count ?? 0));
}

/** Share of respondents per choice, in percent, one series per cell. */
export function choiceShareSeries(question: SurveyStatsQuestion, cells: readonly StatsCell[], nameOf: (cell: StatsCell) => string) {
  return cells.map((cell) => ({
    name: nameOf(cell),
    values: question.choices.map((_, index) => (cell.answered === 0 ? null : 100 * (cell.distribution?.[index]?.share ?? 0))),
  }));
}

export type RankingMetric = 'borda' | 'meanRank';

/**
 * Ranking scores per item, one series per cell: Borda points per respondent (so groups of different
 * size compare; the top of k items earns k − 1) or the mean rank (1 = top).
 */
export function rankingSeries(question: SurveyStatsQuestion, cells: readonly StatsCell[], metric: RankingMetric, nameOf: (cell: StatsCell) => string) {
  return cells.map((cell) => ({
    name: nameOf(cell),
    values: question.choices.map((_, index) => {
      const item = cell.items?.[index];
      if (!item || cell.answered === 0) return null;
      return metric === 'borda' ? item.bordaScore / cell.answered : item.meanRank;
    }),
  }));
}

/** Bins shared by all cells of a numeric question, and each cell's share of answers per bin in percent. */
export function numericSeries(cells: readonly StatsCell[], nameOf: (cell: StatsCell) => string): { bins: NumericBin[]; series: Array<{ name: string; values: Array<number | null> }> } {
  const all = new Map<number, number>();
  for (const cell of cells) for (const { value, count } of cell.values ?? []) all.set(value, (all.get(value) ?? 0) + count);
  // At most 8 bars per group: thresholds of four groups stay readable side by side.
  const bins = numericBins([...all].map(([value, count]) => ({ value, count })), 8);
  const series = cells.map((cell) => ({
    name: nameOf(cell),
    values: bins.map((bin) => {
      if (cell.answered === 0) return null;
      const inBin = (cell.values ?? []).filter(({ value }) => binOf(bins, value) === bin).reduce((sum, v) => sum + v.count, 0);
      return (100 * inBin) / cell.answered;
    }),
  }));
  return { bins, series };
}

/** The bin a value falls in: the last one starting at or below it. */
function binOf(bins: readonly NumericBin[], value: number): NumericBin | undefined {
  let found: NumericBin | undefined;
  for (const bin of bins) if (bin.from <= value) found = bin;
  return found;
}
