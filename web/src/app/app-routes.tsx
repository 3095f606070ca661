import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { RequireAuth } from '../auth/components/require-auth';
import { RequireRole } from '../auth/components/require-role';
import { SignInPage } from '../auth/components/sign-in-page';
import { HomePage } from '../home/components/home-page';
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

export function AppRoutes() {
  return (
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
          </Route>
          <Route element={<RequireRole area="audit" />}>
            <Route path="audit" element={<AuditPage />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
