import { lazy, Suspense } from "react";
import { Redirect, Route, Switch } from "wouter";
import { PageLoading } from "./components/PageLoading.tsx";
import { RequireCoordinator } from "./components/RequireCoordinator.tsx";
import { RequireSession } from "./components/RequireSession.tsx";
import { RequireStaff } from "./components/RequireStaff.tsx";
import { usePrincipal } from "./hooks/usePrincipal.ts";
import { useSessionState } from "./hooks/useSessionState.ts";
import { homeOf } from "./lib/principal.ts";
import { AuditPage } from "./pages/AuditPage.tsx";
import { CasePage } from "./pages/CasePage.tsx";
import { JoinPage } from "./pages/JoinPage.tsx";
import { MinutesPage } from "./pages/MinutesPage.tsx";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { ResetPasswordPage } from "./pages/ResetPasswordPage.tsx";
import { SettingsPage } from "./pages/SettingsPage.tsx";
import { SetupPage } from "./pages/SetupPage.tsx";
import { SignInPage } from "./pages/SignInPage.tsx";
import { StartPage } from "./pages/StartPage.tsx";
import { StepsPage } from "./pages/StepsPage.tsx";
import { SessionContext } from "./sessionContext.ts";

// The live meeting brings the editor, Yjs, the websocket provider and the QR code maker, most of
// the app's weight; loaded on its own, the other pages stay light.
const MeetingPage = lazy(() => import("./pages/MeetingPage.tsx").then((module) => ({ default: module.MeetingPage })));
// The big screen shares the meeting's weight (Yjs, the editor), so it is loaded the same way.
const BigScreenPage = lazy(() =>
  import("./pages/BigScreenPage.tsx").then((module) => ({ default: module.BigScreenPage })),
);
// The progress view brings the chart library; only those who open it load it.
const ProgressPage = lazy(() =>
  import("./pages/ProgressPage.tsx").then((module) => ({ default: module.ProgressPage })),
);

export function App() {
  const session = useSessionState();
  return (
    <SessionContext.Provider value={session}>
      <Switch>
        <Route path="/join">
          <JoinPage />
        </Route>
        <Route path="/sign-in">
          <SignInPage />
        </Route>
        <Route path="/setup">
          <SetupPage />
        </Route>
        <Route path="/reset-password">
          <ResetPasswordPage />
        </Route>
        <Route>
          <RequireSession>
            <SignedInRoutes />
          </RequireSession>
        </Route>
      </Switch>
    </SessionContext.Provider>
  );
}

function SignedInRoutes() {
  return (
    <Switch>
      <Route path="/">
        <Home />
      </Route>
      <Route path="/settings">
        {/* Everyone on the staff keeps their own account here; the rest of the page is the coordinator's. */}
        <RequireStaff>
          <SettingsPage />
        </RequireStaff>
      </Route>
      <Route path="/cases/:caseId/audit">
        {(params) => (
          <RequireCoordinator>
            <AuditPage key={params.caseId} caseId={params.caseId} />
          </RequireCoordinator>
        )}
      </Route>
      <Route path="/cases/:caseId/progress">
        {(params) => (
          <Suspense fallback={<PageLoading />}>
            <ProgressPage key={params.caseId} caseId={params.caseId} />
          </Suspense>
        )}
      </Route>
      <Route path="/cases/:caseId/steps">{(params) => <StepsPage key={params.caseId} caseId={params.caseId} />}</Route>
      <Route path="/cases/:caseId">{(params) => <CasePage key={params.caseId} caseId={params.caseId} />}</Route>
      <Route path="/meetings/:meetingId/storskaerm">
        {(params) => (
          <Suspense fallback={<PageLoading />}>
            <BigScreenPage key={params.meetingId} meetingId={params.meetingId} />
          </Suspense>
        )}
      </Route>
      <Route path="/meetings/:meetingId/referat">
        {(params) => (
          <RequireCoordinator>
            <MinutesPage key={params.meetingId} meetingId={params.meetingId} />
          </RequireCoordinator>
        )}
      </Route>
      <Route path="/meetings/:meetingId">
        {(params) => (
          <Suspense fallback={<PageLoading />}>
            <MeetingPage key={params.meetingId} meetingId={params.meetingId} />
          </Suspense>
        )}
      </Route>
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}

/** Staff see the cases; a guest has one meeting or case and goes straight there. */
function Home() {
  const principal = usePrincipal();
  return principal.kind === "guest" ? <Redirect to={homeOf(principal)} replace /> : <StartPage />;
}
