import type { CodePointRange } from '../../coding/utils/code-point-range';
import type { CandidateKind } from '../api/transcript-preview';

/**
 * Every occurrence of one identifier in the text, confirmed or not as a whole, with one placeholder:
 * "Anna de Vries" becomes [NAME-1] everywhere, which is what a researcher means nine times in ten.
 */
export interface CandidateGroup {
  text: string;
  kind: CandidateKind;
  placeholder: string;
  checked: boolean;
  occurrences: CodePointRange[];
  /** Added by the researcher from a selection, not found by the server. */
  manual: boolean;
}
