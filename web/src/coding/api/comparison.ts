import type { Coding } from './coding';

/**
 * Two coders compared character by character (analysis/src/agreement/character-agreement.ts).
 * `agreement` and `kappa` are null where they are undefined (JSON has no NaN).
 */
export interface CharacterComparison {
  both: number;
  onlyFirst: number;
  onlySecond: number;
  neither: number;
  total: number;
  agreement: number | null;
  kappa: number | null;
}

export interface CodeAgreement {
  codeId: string;
  pairs: Array<{
    coderIds: [string, string];
    overall: CharacterComparison;
    transcripts: Array<CharacterComparison & { transcriptId: string }>;
  }>;
}

/** A maximal stretch one coder coded with a code and the other did not (coding-disagreements.ts). */
export interface Disagreement {
  transcriptId: string;
  codeId: string;
  start: number;
  end: number;
  codedBy: string;
  missingFrom: string;
}

export interface Comparison {
  coders: [string, string];
  agreement: {
    method: string;
    codes: CodeAgreement[];
    overall: Array<CharacterComparison & { coderIds: [string, string] }>;
  };
  disagreements: { method: string; disagreements: Disagreement[] };
  codings: Coding[];
}
