/**
 * The agreement report of GET /api/analysis/agreement (api/src/analysis-api/agreement-report.ts).
 * Statistics are null where they are undefined (JSON has no NaN: no variation, nothing coded).
 */
export interface IntervalBounds {
  estimate: number | null;
  low: number | null;
  high: number | null;
  validSamples: number;
}

export interface SegmentPairAgreement {
  coderIds: [string, string];
  agreement: number | null;
  kappa: number | null;
  kappaInterval: IntervalBounds | null;
}

export interface SegmentRow {
  units: number;
  alpha: number | null;
  alphaInterval: IntervalBounds | null;
  pairs: SegmentPairAgreement[];
}

export interface CharacterComparison {
  both: number;
  onlyFirst: number;
  onlySecond: number;
  neither: number;
  total: number;
  agreement: number | null;
  kappa: number | null;
}

export interface CharacterPairAgreement {
  coderIds: [string, string];
  overall: CharacterComparison;
  kappaInterval: IntervalBounds | null;
}

export interface UnitizedRow {
  alpha: number | null;
  codedLength: number;
  pairableLength: number;
  alphaInterval: IntervalBounds | null;
}

export interface UnitReports {
  segment: { method: string; codes: Array<SegmentRow & { codeId: string }>; overall: SegmentRow };
  character: {
    method: string;
    codes: Array<{ codeId: string; pairs: CharacterPairAgreement[] }>;
    overall: Array<CharacterComparison & { coderIds: [string, string]; kappaInterval: IntervalBounds | null }>;
  };
  unitized: { method: string; coders: number; continuumLength: number; codes: Array<UnitizedRow & { codeId: string }>; overall: UnitizedRow };
}

export interface Disagreement {
  transcriptId: string;
  codeId: string;
  start: number;
  end: number;
  codedBy: string;
  missingFrom: string;
}

export interface AgreementReport extends UnitReports {
  transcriptIds: string[];
  availableCoderIds: string[];
  coderIds: string[];
  codeIds: string[];
  bootstrap: { requested: number; samples: number; seed: number; confidence: number; method: string };
  /** One report per coder pair; empty with two coders (the whole report is that pair). */
  pairs: Array<UnitReports & { coderIds: [string, string] }>;
  disagreements: { method: string; disagreements: Disagreement[] };
}

export const AGREEMENT_UNITS = ['segment', 'character', 'unitized'] as const;
export type AgreementUnit = (typeof AGREEMENT_UNITS)[number];
