import type { Instrument } from './instrument';
import type { InstrumentReport } from './instrument-report';

/** The answer to an import or a new draft: the instrument, the new version and the file's report. */
export interface ImportResult {
  instrument: Instrument;
  versionId: string;
  report: InstrumentReport;
}
