import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { RequireAuth } from '../auth/components/require-auth';
import { RequireRole } from '../auth/components/require-role';
import { SignInPage } from '../auth/components/sign-in-page';
import { HomePage } from '../home/components/home-page';
import { KioskGate } from '../tablet/components/kiosk-gate';
import { AppShell } from './components/app-shell';
import { NotFoundPage } from './components/not-found-page';

// Pages most people never open load on first visit, keeping the tablet's first download small.
const SetPasswordPage = lazy(() =>
  import('../auth/components/set-password-page').then((module) => ({ default: module.SetPasswordPage })),
);
const UsersPage = lazy(() => import('../users/components/users-page').then((module) => ({ default: module.UsersPage })));
const ParticipantsPage = lazy(() =>
  import('../participants/components/participants-page').then((module) => ({ default: module.ParticipantsPage })),
);
const ParticipantDetailPage = lazy(() =>
  import('../participants/components/participant-detail-page').then((module) => ({
    default: module.ParticipantDetailPage,
  })),
);
const AuditPage = lazy(() => import('../audit/components/audit-page').then((module) => ({ default: module.AuditPage })));
const TabletStartPage = lazy(() =>
  import('../tablet/components/tablet-start-page').then((module) => ({ default: module.TabletStartPage })),
);
const InvitationsPage = lazy(() =>
  import('../tablet/components/invitations-page').then((module) => ({ default: module.InvitationsPage })),
);
const InstrumentsPage = lazy(() =>
  import('../instruments/components/instruments-page').then((module) => ({ default: module.InstrumentsPage })),
);
const InstrumentVersionPage = lazy(() =>
  import('../instruments/components/version-page').then((module) => ({ default: module.VersionPage })),
);
const TranscriptsPage = lazy(() =>
  import('../transcripts/components/transcripts-page').then((module) => ({ default: module.TranscriptsPage })),
);
const ImportTranscriptPage = lazy(() =>
  import('../transcripts/components/import-transcript-page').then((module) => ({ default: module.ImportTranscriptPage })),
);
const ImportQdpxPage = lazy(() => import('../refi-qda/components/import-qdpx-page').then((module) => ({ default: module.ImportQdpxPage })));
const ReaderPage = lazy(() => import('../coding/components/reader-page').then((module) => ({ default: module.ReaderPage })));
const CodebookPage = lazy(() => import('../codebook/components/codebook-page').then((module) => ({ default: module.CodebookPage })));
const RetrievePage = lazy(() => import('../coding/components/retrieve-page').then((module) => ({ default: module.RetrievePage })));
const SearchPage = lazy(() => import('../coding/components/search-page').then((module) => ({ default: module.SearchPage })));
const AnalysisPage = lazy(() => import('../analysis/components/analysis-page').then((module) => ({ default: module.AnalysisPage })));
const AgreementPage = lazy(() => import('../analysis/agreement/components/agreement-page').then((module) => ({ default: module.AgreementPage })));
const CooccurrencePage = lazy(() =>
  import('../analysis/cooccurrence/components/cooccurrence-page').then((module) => ({ default: module.CooccurrencePage })),
);
const CrosstabsPage = lazy(() => import('../analysis/crosstabs/components/crosstabs-page').then((module) => ({ default: module.CrosstabsPage })));
const FindingsPage = lazy(() => import('../findings/components/findings-page').then((module) => ({ default: module.FindingsPage })));
const ExportsPage = lazy(() => import('../exports/components/exports-page').then((module) => ({ default: module.ExportsPage })));
const SurveyStatsPage = lazy(() =>
  import('../analysis/surveys/components/survey-stats-page').then((module) => ({ default: module.SurveyStatsPage })),
);
const TextAnalysisPage = lazy(() =>
  import('../analysis/text/components/text-analysis-page').then((module) => ({ default: module.TextAnalysisPage })),
);
const SuggestionsPage = lazy(() =>
  import('../analysis/suggestions/components/suggestions-page').then((module) => ({ default: module.SuggestionsPage })),
);

const BenchmarksPage = lazy(() => import('../benchmarks/components/benchmarks-page').then((module) => ({ default: module.BenchmarksPage })));
const ImportBenchmarksPage = lazy(() =>
  import('../benchmarks/components/import-benchmarks-page').then((module) => ({ default: module.ImportBenchmarksPage })),
);
const BenchmarkPackagesPage = lazy(() => import('../benchmarks/components/packages-page').then((module) => ({ default: module.PackagesPage })));
const CriterionMappingPage = lazy(() =>
  import('../benchmarks/components/criterion-mapping-page').then((module) => ({ default: module.CriterionMappingPage })),
);

export function AppRoutes() {
  return (
    <>
    {/* While a tablet is handed to a participant, staff screens stay closed (see KioskGate). */}
    <KioskGate />
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/invitation/:token" element={<SetPasswordPage />} />
      <Route element={<RequireAuth />}>
        <Route element={<AppShell />}>
          <Route index element={<HomePage />} />
          <Route element={<RequireRole area="users" />}>
            <Route path="users" element={<UsersPage />} />
          </Route>
          <Route element={<RequireRole area="participants" />}>
            <Route path="participants" element={<ParticipantsPage />} />
            <Route path="participants/:id" element={<ParticipantDetailPage />} />
            {/* Handing out surveys: the pages themselves tell admins (read-only) what they may do. */}
            <Route path="tablet-start" element={<TabletStartPage />} />
            <Route path="invitations" element={<InvitationsPage />} />
          </Route>
          <Route element={<RequireRole area="audit" />}>
            <Route path="audit" element={<AuditPage />} />
          </Route>
          <Route element={<RequireRole area="coding" />}>
            <Route path="transcripts" element={<TranscriptsPage />} />
            <Route path="transcripts/import" element={<ImportTranscriptPage />} />
            <Route path="transcripts/import-qdpx" element={<ImportQdpxPage />} />
            <Route path="transcripts/:id" element={<ReaderPage />} />
            <Route path="codebook" element={<CodebookPage />} />
            <Route path="coding/retrieve" element={<RetrievePage />} />
            <Route path="coding/search" element={<SearchPage />} />
          </Route>
          <Route element={<RequireRole area="analysis" />}>
            <Route path="analysis" element={<AnalysisPage />} />
            <Route path="analysis/agreement" element={<AgreementPage />} />
            <Route path="analysis/cooccurrence" element={<CooccurrencePage />} />
            <Route path="analysis/crosstabs" element={<CrosstabsPage />} />
            <Route path="analysis/text" element={<TextAnalysisPage />} />
            <Route path="analysis/suggestions" element={<SuggestionsPage />} />
            <Route path="analysis/surveys" element={<SurveyStatsPage />} />
          </Route>
          <Route element={<RequireRole area="findings" />}>
            <Route path="findings" element={<FindingsPage />} />
          </Route>
          <Route element={<RequireRole area="exports" />}>
            <Route path="exports" element={<ExportsPage />} />
          </Route>
          <Route element={<RequireRole area="benchmarks" />}>
            <Route path="benchmarks" element={<BenchmarksPage />} />
            <Route path="benchmarks/import" element={<ImportBenchmarksPage />} />
            <Route path="benchmarks/packages" element={<BenchmarkPackagesPage />} />
            <Route path="benchmarks/criteria" element={<CriterionMappingPage />} />
          </Route>
          {/* Every role reads the library (published versions); editing is checked per action. */}
          <Route path="instruments" element={<InstrumentsPage />} />
          <Route path="instruments/:instrumentId/versions/:versionId" element={<InstrumentVersionPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
    </>
  );
}
