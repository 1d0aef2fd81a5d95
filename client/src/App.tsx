import { lazy, Suspense } from "react";
import { Redirect, Route, Switch, useLocation } from "wouter";
import { homeOf } from "./features/session/principal.ts";
import { RequireCoordinator } from "./features/session/RequireCoordinator.tsx";
import { RequireSession } from "./features/session/RequireSession.tsx";
import { RequireStaff } from "./features/session/RequireStaff.tsx";
import { SessionContext } from "./features/session/sessionContext.ts";
import { usePrincipal } from "./features/session/usePrincipal.ts";
import { useSessionState } from "./features/session/useSessionState.ts";
import { withWords } from "./i18n/pageWords.ts";
import { FailureBoundary } from "./ui/FailureBoundary.tsx";
import { NewVersionPrompt } from "./ui/NewVersionPrompt.tsx";
import { NotFoundPage } from "./ui/NotFoundPage.tsx";
import { PageLoading } from "./ui/PageLoading.tsx";
import { useUpdateBetweenPages } from "./ui/useUpdateBetweenPages.ts";

// The live meeting brings the editor, Yjs, the websocket provider and the QR code maker, most of
// the app's weight; loaded on its own, the other pages stay light.
const loadMeetingPage = () => withWords(import("./features/meeting/MeetingPage.tsx"), "plan", "meeting");
const MeetingPage = lazy(() => loadMeetingPage().then((module) => ({ default: module.MeetingPage })));
// A personal link (/join#…) leads to the meeting: its code loads while the invitation is used.
if (window.location.pathname === "/join" && window.location.hash.length > 1) void loadMeetingPage();
// The staff's start page (the desk), signing in and the invitation link are each their own chunk,
// so no one downloads the pages they do not open; each loads at once when the address is its own.
const loadJoinPage = () => import("./features/session/JoinPage.tsx");
const JoinPage = lazy(() => loadJoinPage().then((module) => ({ default: module.JoinPage })));
if (window.location.pathname === "/join") void loadJoinPage();
const loadStartPage = () => import("./features/desk/StartPage.tsx");
const StartPage = lazy(() => loadStartPage().then((module) => ({ default: module.StartPage })));
if (window.location.pathname === "/") void loadStartPage();
const loadSignInPage = () => withWords(import("./features/session/SignInPage.tsx"), "signIn");
const SignInPage = lazy(() => loadSignInPage().then((module) => ({ default: module.SignInPage })));
if (window.location.pathname === "/sign-in") void loadSignInPage();
// The big screen shares the meeting's weight (Yjs, the editor), so it is loaded the same way.
const BigScreenPage = lazy(() =>
  withWords(import("./features/chair/BigScreenPage.tsx"), "plan", "meeting").then((module) => ({
    default: module.BigScreenPage,
  })),
);
// The progress view brings the chart library; only those who open it load it.
const ProgressPage = lazy(() =>
  withWords(import("./features/progress/ProgressPage.tsx"), "case", "plan").then((module) => ({
    default: module.ProgressPage,
  })),
);

// Pages most people never open, or open once (setting up, settings, the team, the audit trail, the
// minutes, a step's answer link…), and the case page with its many sections, load when opened, so
// the start page and the meeting do not carry them. What is kept in the first load: the start page,
// signing in and the invitation link, the pages a coordinator or a citizen opens first.
const CasePage = lazy(() =>
  withWords(import("./features/case/CasePage.tsx"), "case", "plan").then((module) => ({ default: module.CasePage })),
);
const AuditPage = lazy(() =>
  withWords(import("./features/audit/AuditPage.tsx"), "case", "meeting").then((module) => ({
    default: module.AuditPage,
  })),
);
const PreparationPage = lazy(() =>
  withWords(import("./features/preparation/PreparationPage.tsx"), "meeting", "plan").then((module) => ({
    default: module.PreparationPage,
  })),
);
const MinutesPage = lazy(() =>
  withWords(import("./features/record/MinutesPage.tsx"), "plan", "meeting").then((module) => ({
    default: module.MinutesPage,
  })),
);
const ResetPasswordPage = lazy(() =>
  withWords(import("./features/session/ResetPasswordPage.tsx"), "admin").then((module) => ({
    default: module.ResetPasswordPage,
  })),
);
const SetupPage = lazy(() =>
  withWords(import("./features/session/SetupPage.tsx"), "admin").then((module) => ({ default: module.SetupPage })),
);
const SettingsPage = lazy(() =>
  withWords(import("./features/settings/SettingsPage.tsx"), "admin").then((module) => ({
    default: module.SettingsPage,
  })),
);
// Its words are with the meeting's, which names the method too.
const MeetingMethodsPage = lazy(() =>
  withWords(import("./features/methods/MeetingMethodsPage.tsx"), "meeting").then((module) => ({
    default: module.MeetingMethodsPage,
  })),
);
const StepAnswerPage = lazy(() =>
  import("./features/steps/StepAnswerPage.tsx").then((module) => ({ default: module.StepAnswerPage })),
);
const StepsPage = lazy(() =>
  withWords(import("./features/steps/StepsPage.tsx"), "case").then((module) => ({ default: module.StepsPage })),
);
const TeamFiguresPage = lazy(() =>
  withWords(import("./features/team/TeamFiguresPage.tsx"), "admin").then((module) => ({
    default: module.TeamFiguresPage,
  })),
);
const TeamPage = lazy(() =>
  withWords(import("./features/team/TeamPage.tsx"), "case", "plan").then((module) => ({ default: module.TeamPage })),
);

export function App() {
  const session = useSessionState();
  // A page that fails to draw says so instead of leaving a white screen; going to another page
  // starts that one afresh.
  const [location] = useLocation();
  useUpdateBetweenPages();
  return (
    <SessionContext.Provider value={session}>
      <FailureBoundary part="page" resetKey={location}>
        <Suspense fallback={<PageLoading />}>
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
            {/* A step's owner answers from a personal link, signed in or not. */}
            <Route path="/skridt">
              <StepAnswerPage />
            </Route>
            <Route>
              <RequireSession>
                <SignedInRoutes />
              </RequireSession>
            </Route>
          </Switch>
        </Suspense>
      </FailureBoundary>
      <NewVersionPrompt />
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
      <Route path="/moedeformer">
        <RequireCoordinator>
          <MeetingMethodsPage />
        </RequireCoordinator>
      </Route>
      <Route path="/team/tal">
        <RequireStaff>
          <TeamFiguresPage />
        </RequireStaff>
      </Route>
      <Route path="/team">
        <RequireStaff>
          <TeamPage />
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
      <Route path="/meetings/:meetingId/forbered">
        {(params) => <PreparationPage key={params.meetingId} meetingId={params.meetingId} />}
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
