/** The joint display as GET /api/linking/joint-display returns it (api/src/linking/linking.service.ts). */

export interface Estimate {
  value: number;
  low: number;
  high: number;
}

export type MissingReason = 'no_responses' | 'no_transcripts' | 'no_metrics' | 'no_rows' | 'no_weights' | 'no_thresholds' | 'no_common_criteria';

export interface GroupWeights {
  group: string;
  criteria: string[];
  respondents: number;
  weights: Array<{ criterion: string; estimate: Estimate | null }>;
  responseIds: string[];
  excludedResponseIds: string[];
  missing: MissingReason | null;
}

export interface ValenceCounts {
  positive: number;
  negative: number;
  conditional: number;
  neutral: number;
  unspecified: number;
}

export interface SalienceCell {
  group: string;
  criterion: string;
  participants: number;
  participantsInterviewed: number;
  shareOfParticipants: number | null;
  passages: number;
  passagesCoded: number;
  shareOfPassages: number | null;
  valence: ValenceCounts;
  valenceBalance: number | null;
  codingIds: string[];
  transcriptIds: string[];
  missing: MissingReason | null;
}

export interface CriterionPerformance {
  packageId: string;
  criterion: string;
  estimate: Estimate | null;
  metrics: Array<{ metric: string; weight: number; estimate: Estimate; ciMissing: boolean; rowIds: string[] }>;
  rowIds: string[];
  missing: MissingReason | null;
}

export interface PackageScore {
  packageId: string;
  score: Estimate | null;
  contributions: Array<{ criterion: string; weight: number; performance: number; contribution: number }>;
  rankProbabilities: number[] | null;
  expectedRank: number | null;
  rank: number | null;
}

export interface GroupScores {
  group: string;
  criteriaUsed: string[];
  criteriaLeftOut: string[];
  packages: PackageScore[];
  draws: number;
  seed: number;
  responseIds: string[];
  missing: MissingReason | null;
}

export interface GroupThreshold {
  group: string;
  task: string;
  metric: string;
  n: number;
  threshold: number | null;
  q1: number | null;
  q3: number | null;
  responseIds: string[];
  missing: MissingReason | null;
}

export type ThresholdVerdict = 'meets' | 'uncertain' | 'does_not_meet' | 'no_data';

export interface ThresholdCell {
  group: string;
  task: string;
  metric: string;
  packageId: string;
  threshold: number | null;
  interval: Estimate | null;
  verdict: ThresholdVerdict;
  responseIds: string[];
  rowIds: string[];
}

export interface GroupTaskValue {
  group: string;
  task: string;
  n: number;
  value: Estimate | null;
  responseIds: string[];
  missing: MissingReason | null;
}

export interface TaskPerformance {
  packageId: string;
  task: string;
  estimate: Estimate | null;
  metrics: Array<{ metric: string; mean: number; normalised: number | null; rows: number }>;
  rowIds: string[];
}

export interface PinnedQuote {
  id: string;
  codingId: string;
  transcriptId: string;
  participantCode: string;
  criterion: string;
  group: string;
  center: string;
  original: string;
  originalLanguage: string;
  translations: Partial<Record<'nl' | 'de' | 'it' | 'en', string>>;
  display: { text: string; language: string; translated: boolean };
  revision: number;
  pinnedBy: string;
  updatedAt: string;
}

export interface ResponseSource {
  participantId: string;
  participantCode: string;
  group: string;
  center: string;
  language: string;
  instrumentVersionId: string;
}

export interface CodingSource {
  transcriptId: string;
  participantCode: string;
  start: number;
  end: number;
}

export interface BenchmarkRowSource {
  packageKey: string;
  packageVersion: string | null;
  task: string | null;
  center: string | null;
  dataset: string | null;
  metric: string;
  derived: boolean;
}

export interface JointDisplay {
  criteria: string[];
  groups: string[];
  tasks: string[];
  packageIds: string[];
  weights: GroupWeights[];
  salience: SalienceCell[];
  performance: CriterionPerformance[];
  scores: GroupScores[];
  thresholds: GroupThreshold[];
  thresholdMatrix: ThresholdCell[];
  taskValues: GroupTaskValue[];
  taskPerformance: TaskPerformance[];
  settings: { draws: number; seed: number; confidence: number; performanceUncertainty: boolean };
  method: { steps: string[]; assumptions: string[] };
  filters: { center: string | null; language: string | null };
  packages: Array<{ key: string; name: string; vendor: string; synthetic: boolean }>;
  quotes: PinnedQuote[];
  mapping: Array<{ criterion: string; metric: string; direction: 'higher' | 'lower'; worst: number; best: number; weight: number }>;
  leftOutQuestions: string[];
  sources: {
    responses: Record<string, ResponseSource>;
    codings: Record<string, CodingSource>;
    benchmarkRows: Record<string, BenchmarkRowSource>;
  };
  computedAt: string;
}

export interface JointDisplayQuery {
  center: string;
  language: string;
  draws?: number;
  seed?: number;
}

/** A coded passage that could be pinned as a cell's exemplar quote. */
export interface QuoteCandidate {
  codingId: string;
  transcriptId: string;
  participantCode: string;
  passage: string;
  language: string;
  start: number;
  end: number;
  valence: string | null;
  pinned: boolean;
}
