import type { SpeakerRole } from '../../transcripts/api/transcript';
import type { CodePointRange } from './code-point-range';

/** A speaker turn as the reader shows it; text the server left outside any turn becomes a block too. */
export interface ReaderBlock extends CodePointRange {
  key: string;
  speakerLabel: string | null;
  role: SpeakerRole;
  mediaStart: number | null;
  mediaEnd: number | null;
}
