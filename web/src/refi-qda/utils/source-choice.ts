import type { Language } from '../../app/languages';
import type { Participant } from '../../participants/api/participant';
import type { CandidateGroup } from '../../transcripts/utils/candidate-group';
import { replacementsFromGroups } from '../../transcripts/utils/replacements-from-groups';
import type { QdpxSourceRequest } from '../api/refi-qda';

/** What the user decided for one source of the file. */
export interface SourceChoice {
  guid: string;
  include: boolean;
  participant: Participant | null;
  language: Language;
  month: string;
  groups: CandidateGroup[];
}

export type SourceProblem = 'participant' | 'month';

/** The first thing missing before this source can be imported, or null. */
export function sourceProblem(choice: SourceChoice): SourceProblem | null {
  if (!choice.include) return null;
  if (!choice.participant) return 'participant';
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(choice.month)) return 'month';
  return null;
}

/** The sources to send: included ones only, each with the replacements its confirmed identifiers make. */
export function sourceRequests(choices: readonly SourceChoice[]): QdpxSourceRequest[] {
  return choices.flatMap((choice) =>
    choice.include && choice.participant
      ? [{ guid: choice.guid, participantId: choice.participant.id, language: choice.language, interviewMonth: choice.month, replacements: replacementsFromGroups(choice.groups) }]
      : [],
  );
}
