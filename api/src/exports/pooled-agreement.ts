import { characterAgreement, characterComparison, type CharacterComparison, type TwoByTwoCounts } from '@polyphony/analysis';

export interface AgreementUnit {
  transcript: { id: string; length: number; segments: Array<{ id: string; start: number; end: number }> };
  coderIds: string[];
  codings: Array<{ transcriptId: string; coderId: string; codeId: string; start: number; end: number }>;
}

export interface PooledAgreementRow extends CharacterComparison {
  /** null: all codes pooled. */
  codeId: string | null;
  coderIds: readonly [string, string];
  transcripts: number;
}

/**
 * Character-level agreement (analysis/ characterAgreement: percent agreement and Cohen's kappa)
 * computed one double-coded transcript at a time and pooled, so memory stays flat however many
 * codings there are. A coder pair is compared on the transcripts both of them coded.
 */
export class PooledAgreement {
  private readonly tables = new Map<string, { codeId: string | null; coderIds: readonly [string, string]; counts: TwoByTwoCounts & { transcripts: number } }>();

  constructor(private readonly codeIds: readonly string[]) {}

  add(unit: AgreementUnit): void {
    const codeIds = [...new Set([...this.codeIds, ...unit.codings.map((coding) => coding.codeId)])].sort();
    const result = characterAgreement({ transcripts: [unit.transcript], codings: unit.codings, coderIds: unit.coderIds, codeIds });
    for (const code of result.codes) for (const pair of code.pairs) this.accumulate(code.codeId, pair.coderIds, pair.overall);
    for (const pair of result.overall) this.accumulate(null, pair.coderIds, pair);
  }

  rows(): PooledAgreementRow[] {
    return [...this.tables.values()].map(({ codeId, coderIds, counts }) => ({ codeId, coderIds, transcripts: counts.transcripts, ...characterComparison(counts) }));
  }

  private accumulate(codeId: string | null, coderIds: readonly [string, string], counts: TwoByTwoCounts): void {
    const key = `${codeId ?? '*'}|${coderIds[0]}|${coderIds[1]}`;
    const table = this.tables.get(key) ?? { codeId, coderIds, counts: { both: 0, onlyFirst: 0, onlySecond: 0, neither: 0, transcripts: 0 } };
    table.counts = {
      both: table.counts.both + counts.both,
      onlyFirst: table.counts.onlyFirst + counts.onlyFirst,
      onlySecond: table.counts.onlySecond + counts.onlySecond,
      neither: table.counts.neither + counts.neither,
      transcripts: table.counts.transcripts + 1,
    };
    this.tables.set(key, table);
  }
}
