import { AuditEvent } from '../audit/audit-event.entity.js';
import { Center } from '../centers/center.entity.js';
import { Invitation } from '../identity/invitation.entity.js';
import { Session } from '../identity/session.entity.js';
import { SignInFailure } from '../identity/sign-in-attempt.entity.js';
import { User } from '../identity/user.entity.js';
import { InstrumentVersion } from '../instruments/instrument-version.entity.js';
import { Instrument } from '../instruments/instrument.entity.js';
import { SurveyResponse } from '../responses/survey-response.entity.js';
import { SurveyAccessToken } from '../survey-access/survey-access-token.entity.js';
import { Code } from '../codebook/code.entity.js';
import { CodeChange } from '../codebook/code-change.entity.js';
import { Coding } from '../coding/coding.entity.js';
import { CodingEvent } from '../coding/coding-event.entity.js';
import { Memo } from '../coding/memo.entity.js';
import { PseudonymTerm } from '../transcripts/pseudonym-term.entity.js';
import { Segment } from '../transcripts/segment.entity.js';
import { Transcript } from '../transcripts/transcript.entity.js';
import { ParticipantCounter } from '../participants/participant-counter.entity.js';
import { Participant } from '../participants/participant.entity.js';
import { CodeSuggestion, CodeSuggestionModel } from '../analysis-api/suggestions.entities.js';
import { AiPackage } from '../benchmarks/ai-package.entity.js';
import { BenchmarkImport } from '../benchmarks/benchmark-import.entity.js';
import { BenchmarkResult } from '../benchmarks/benchmark-result.entity.js';
import { CriterionMetric } from '../benchmarks/criterion-metric.entity.js';
import { PinnedQuote } from '../linking/pinned-quote.entity.js';

/** Every entity the data source knows; migrations must match these exactly (see schema-drift.spec.ts). */
export const allEntities = [Center, User, Session, Invitation, SignInFailure, AuditEvent, Participant, ParticipantCounter, Instrument, InstrumentVersion, SurveyResponse, SurveyAccessToken, Transcript, Segment, PseudonymTerm, Code, CodeChange, Coding, CodingEvent, Memo, AiPackage, BenchmarkResult, BenchmarkImport, CriterionMetric, PinnedQuote, CodeSuggestionModel, CodeSuggestion];
