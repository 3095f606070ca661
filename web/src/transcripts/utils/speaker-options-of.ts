import type { ImportDetails } from '../api/import-details';
import type { SpeakerOptions } from '../api/transcript-preview';
import { parseLines } from './parse-lines';

/** The speaker labels the researcher typed, or undefined to let the server recognise turns itself. */
export function speakerOptionsOf(details: Pick<ImportDetails, 'interviewerLabels' | 'participantLabels'>): SpeakerOptions | undefined {
  const interviewerLabels = parseLines(details.interviewerLabels, { max: 40 });
  const participantLabels = parseLines(details.participantLabels, { max: 40 });
  if (interviewerLabels.length === 0 && participantLabels.length === 0) return undefined;
  return {
    ...(interviewerLabels.length > 0 ? { interviewerLabels } : {}),
    ...(participantLabels.length > 0 ? { participantLabels } : {}),
  };
}
