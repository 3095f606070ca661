/**
 * Plain data shapes of the meaningful-AI linking. Every computed number carries the ids of what it
 * was computed from (responses, codings, benchmark rows) so a reader can follow it back; a number
 * that cannot be computed is `null` with a reason, never NaN.
 */

/** A closed interval with its point estimate; all three on the same scale. */
export interface Estimate {
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

/** Why a cell has no number. */
export type MissingReason =
  | 'no_responses'
  | 'no_transcripts'
  | 'no_metrics'
  | 'no_rows'
  | 'no_weights'
  | 'no_thresholds'
  | 'no_common_criteria';

/** One participant's answers to the importance questions of the survey. */
export interface ImportanceResponse {
  readonly responseId: string;
  readonly participantId: string;
  readonly group: string;
  /** Criterion → rating on the scale below (e.g. 1–5); unanswered criteria are left out. */
  readonly ratings: Readonly<Record<string, number>>;
  readonly ratingScale: { readonly min: number; readonly max: number };
  /** Criteria from most to least important, when the instrument asked for a ranking. */
  readonly ranking?: readonly string[];
}

/** One participant's stated value of one imaging task (e.g. 1–5 rating). */
export interface TaskValueResponse {
  readonly responseId: string;
  readonly participantId: string;
  readonly group: string;
  readonly task: string;
  readonly value: number;
  readonly scale: { readonly min: number; readonly max: number };
}

/** The lowest acceptable value of a metric for a task that one participant stated (metric scale). */
export interface ThresholdResponse {
  readonly responseId: string;
  readonly participantId: string;
  readonly group: string;
  readonly task: string;
  readonly metric: string;
  readonly value: number;
}

/** A coded interview passage with what its code says about criterion and valence. */
export interface LinkingCoding {
  readonly codingId: string;
  readonly transcriptId: string;
  readonly participantId: string;
  readonly group: string;
  readonly criterion: string | null;
  readonly valence: 'positive' | 'negative' | 'conditional' | 'neutral' | null;
}

/** An interview transcript, to count who was interviewed even when nothing was coded. */
export interface LinkingTranscript {
  readonly transcriptId: string;
  readonly participantId: string;
  readonly group: string;
}

/** One benchmark result row. */
export interface LinkingBenchmarkRow {
  readonly rowId: string;
  readonly packageId: string;
  readonly task: string;
  readonly center: string | null;
  readonly metric: string;
  readonly value: number;
  readonly ciLow: number | null;
  readonly ciHigh: number | null;
  readonly n: number | null;
}

/** How one metric speaks to one criterion (the lead's criterion mapping). */
export interface CriterionMetric {
  readonly criterion: string;
  readonly metric: string;
  readonly direction: 'higher' | 'lower';
  /** Values at `worst` map to 0, at `best` to 1, linear in between, clamped outside. */
  readonly normalisation: { readonly kind: 'bounded'; readonly worst: number; readonly best: number };
  /** Relative weight of this metric within its criterion (> 0). */
  readonly weight: number;
}
