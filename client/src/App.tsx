import { lazy, Suspense } from "react";
import { Route, Switch } from "wouter";
import { PageLoading } from "./components/PageLoading.tsx";
import { CasePage } from "./pages/CasePage.tsx";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { StartPage } from "./pages/StartPage.tsx";

// The live meeting brings the editor, Yjs and the websocket provider, most of the app's weight;
// loaded on its own, the start and case pages stay light.
const MeetingPage = lazy(() => import("./pages/MeetingPage.tsx").then((module) => ({ default: module.MeetingPage })));

export function App() {
  return (
    <Switch>
      <Route path="/">
        <StartPage />
      </Route>
      <Route path="/cases/:caseId">{(params) => <CasePage key={params.caseId} caseId={params.caseId} />}</Route>
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
