// The ordered list of every migration. `npm run migration:generate -- Name` appends to it.
import { Initial1795756307611 } from './1795756307611-Initial.js';
import { Identity1795756639934 } from './1795756639934-Identity.js';
import { AuditAppendOnly1795756640934 } from './1795756640934-AuditAppendOnly.js';
import { SurveysAndResponses1795758285949 } from './1795758285949-SurveysAndResponses.js';
import { AuditSealing1795759368472 } from './1795759368472-AuditSealing.js';
import { AuditSealingGuard1795759369472 } from './1795759369472-AuditSealingGuard.js';
import { TranscriptsAndCoding1795759648126 } from './1795759648126-TranscriptsAndCoding.js';
import { FullTextAndCodingLog1795759649126 } from './1795759649126-FullTextAndCodingLog.js';
import { CodingPassages1795760047549 } from './1795760047549-CodingPassages.js';
import { SegmentSearchVector1795760165196 } from './1795760165196-SegmentSearchVector.js';
import { SegmentSearchTrigger1795760166196 } from './1795760166196-SegmentSearchTrigger.js';
import { BenchmarkResults1795761000000 } from './1795761000000-BenchmarkResults.js';
import { PinnedQuotes1795762000000 } from './1795762000000-PinnedQuotes.js';
import { ExportJobs1795763000000 } from './1795763000000-ExportJobs.js';
import { CodeSuggestions1795764000000 } from './1795764000000-CodeSuggestions.js';
// <generated imports>

export const allMigrations = [
  Initial1795756307611,
  Identity1795756639934,
  AuditAppendOnly1795756640934,
  SurveysAndResponses1795758285949,
  AuditSealing1795759368472,
  AuditSealingGuard1795759369472,
  TranscriptsAndCoding1795759648126,
  FullTextAndCodingLog1795759649126,
  CodingPassages1795760047549,
  SegmentSearchVector1795760165196,
  SegmentSearchTrigger1795760166196,
  BenchmarkResults1795761000000,
  PinnedQuotes1795762000000,
  ExportJobs1795763000000,
  CodeSuggestions1795764000000,
  // <generated entries>
];
