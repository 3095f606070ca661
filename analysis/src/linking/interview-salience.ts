import type { LinkingCoding, LinkingTranscript, MissingReason } from './linking-types.js';

export interface ValenceCounts {
  readonly positive: number;
  readonly negative: number;
  readonly conditional: number;
  readonly neutral: number;
  /** Passages whose code states no valence. */
  readonly unspecified: number;
}

export interface SalienceCell {
  readonly group: string;
  readonly criterion: string;
  /** Interviewed participants of the group with at least one passage coded with this criterion. */
  readonly participants: number;
  readonly participantsInterviewed: number;
  readonly shareOfParticipants: number | null;
  /** Passages coded with a code of this criterion, and all coded passages of the group. */
  readonly passages: number;
  readonly passagesCoded: number;
  readonly shareOfPassages: number | null;
  readonly valence: ValenceCounts;
  /** (positive − negative) / (positive + negative + conditional), in [−1, 1]; null without such passages. */
  readonly valenceBalance: number | null;
  readonly codingIds: readonly string[];
  readonly transcriptIds: readonly string[];
  readonly missing: MissingReason | null;
}

/**
 * How present each criterion is in the interviews of each group: the share of interviewed
 * participants who spoke to it (at least one passage coded with one of its codes) and the share of
 * all coded passages that are about it, plus the balance of positive against negative passages.
 * Conditional passages ("only if it is explained") count in the balance's denominator: they are
 * neither approval nor rejection, so they pull the balance towards 0. Neutral and unspecified
 * passages are counted but left out of the balance. With several coders a passage coded by both
 * counts twice in numerator and denominator alike, so the shares are coder-weighted averages.
 */
export function interviewSalience(
  transcripts: readonly LinkingTranscript[],
  codings: readonly LinkingCoding[],
  groups: readonly string[],
  criteria: readonly string[],
): SalienceCell[] {
  const cells: SalienceCell[] = [];
  for (const group of groups) {
    const groupTranscripts = transcripts.filter((t) => t.group === group);
    const interviewed = new Set(groupTranscripts.map((t) => t.participantId));
    const transcriptIds = new Set(groupTranscripts.map((t) => t.transcriptId));
    const groupCodings = codings.filter((c) => c.group === group && transcriptIds.has(c.transcriptId));
    for (const criterion of criteria) {
      const own = groupCodings.filter((c) => c.criterion === criterion);
      const speakers = new Set(own.map((c) => c.participantId));
      const valence = { positive: 0, negative: 0, conditional: 0, neutral: 0, unspecified: 0 };
      for (const coding of own) valence[coding.valence ?? 'unspecified']++;
      const polar = valence.positive + valence.negative + valence.conditional;
      cells.push({
        group,
        criterion,
        participants: speakers.size,
        participantsInterviewed: interviewed.size,
        shareOfParticipants: interviewed.size > 0 ? speakers.size / interviewed.size : null,
        passages: own.length,
        passagesCoded: groupCodings.length,
        shareOfPassages: groupCodings.length > 0 ? own.length / groupCodings.length : null,
        valence,
        valenceBalance: polar > 0 ? (valence.positive - valence.negative) / polar : null,
        codingIds: own.map((c) => c.codingId),
        transcriptIds: [...new Set(own.map((c) => c.transcriptId))],
        missing: interviewed.size === 0 ? 'no_transcripts' : null,
      });
    }
  }
  return cells;
}
