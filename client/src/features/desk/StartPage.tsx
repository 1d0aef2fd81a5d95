import { useTranslation } from "react-i18next";
import { getDeskSteps, listCases } from "../../api/desk.ts";
import { Layout } from "../../ui/Layout.tsx";
import { LoadFailure } from "../../ui/LoadFailure.tsx";
import { useDocumentTitle } from "../../ui/useDocumentTitle.ts";
import { useResource } from "../../ui/useResource.ts";
import { isCoordinator } from "../session/principal.ts";
import { usePrincipal } from "../session/usePrincipal.ts";
import { CaseList } from "./CaseList.tsx";
import { CreateCaseForm } from "./CreateCaseForm.tsx";
import { FollowUps } from "./FollowUps.tsx";
import { StepsWaiting } from "./StepsWaiting.tsx";
import { UpcomingMeetings } from "./UpcomingMeetings.tsx";

export function StartPage() {
  const { t } = useTranslation();
  const principal = usePrincipal();
  const [cases, reload] = useResource("cases", listCases);
  const coordinator = isCoordinator(principal);
  const [waiting, reloadWaiting] = useResource(`desk-steps:${coordinator}`, () =>
    coordinator ? getDeskSteps() : Promise.resolve({ steps: [] }),
  );
  // The tab says how many steps are overdue, and only when some are: seen from another tab too.
  const overdue = waiting.status === "ready" ? waiting.data.steps.filter((step) => step.overdue).length : 0;
  useDocumentTitle(overdue > 0 ? t("start.titleOverdue", { count: overdue }) : t("start.title"));

  return (
    // The coordinator's desk holds a table of steps: the wide page, so it is not scrolled sideways.
    <Layout wide={coordinator}>
      <h1>{t("start.title")}</h1>
      <p className="lead">{t("start.intro")}</p>
      {coordinator ? <UpcomingMeetings /> : null}
      {coordinator ? <StepsWaiting waiting={waiting} reload={reloadWaiting} /> : null}
      {coordinator ? <FollowUps /> : null}
      <section aria-labelledby="cases-heading" className="stack">
        <h2 id="cases-heading">{t("start.listHeading")}</h2>
        {cases.status === "loading" ? <p className="muted">{t("app.loading")}</p> : null}
        {cases.status === "error" ? <LoadFailure error={cases.error} retry={reload} /> : null}
        {cases.status === "ready" ? <CaseList cases={cases.data.cases} /> : null}
      </section>
      {coordinator ? <CreateCaseForm onCreated={reload} /> : null}
    </Layout>
  );
}
