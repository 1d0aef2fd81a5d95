import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { ApiFailure } from "../../api/ApiFailure.ts";
import { getCase } from "../../api/cases.ts";
import { getSteps } from "../../api/progress.ts";
import { Layout } from "../../ui/Layout.tsx";
import { LoadFailure } from "../../ui/LoadFailure.tsx";
import { NotFoundPage } from "../../ui/NotFoundPage.tsx";
import { useDocumentTitle } from "../../ui/useDocumentTitle.ts";
import { useResource } from "../../ui/useResource.ts";
import { usePrincipal } from "../session/usePrincipal.ts";
import { StepsTable } from "./StepsTable.tsx";
import { isMine, isStillOpen, sortSteps } from "./steps.ts";
import "../progress/progress.css";

/** Every next step agreed in the case: who owns it, when it is due, how it stands, what is overdue. */
export function StepsPage({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const principal = usePrincipal();
  const filterId = useId();
  const [onlyMine, setOnlyMine] = useState(false);
  const [found, reloadCase] = useResource(`case:${caseId}`, () => getCase(caseId));
  const [overview, reloadSteps] = useResource(`steps:${caseId}`, () => getSteps(caseId));
  const name = found.status === "ready" ? found.data.citizenName : null;
  useDocumentTitle(name ? t("steps.documentTitle", { name }) : null);

  const all = useMemo(() => (overview.status === "ready" ? sortSteps(overview.data.steps) : []), [overview]);
  const shown = onlyMine ? all.filter((step) => isMine(step, principal)) : all;
  const citizen = principal.role === "borger";

  const failed = found.status === "error" ? found.error : overview.status === "error" ? overview.error : null;
  if (failed instanceof ApiFailure && failed.status === 404) return <NotFoundPage title={t("case.notFound")} />;

  return (
    <Layout wide>
      <nav aria-label={t("app.breadcrumb")} className="breadcrumb no-print">
        <Link href={`/cases/${caseId}`}>{name ? t("steps.back", { name }) : t("case.back")}</Link>
      </nav>
      <h1>{name ? t("steps.title", { name }) : t("app.loading")}</h1>
      <p className="lead">{t("steps.intro")}</p>
      {failed ? (
        <>
          <h2>{t("steps.errorTitle")}</h2>
          <LoadFailure
            error={failed}
            retry={() => {
              reloadCase();
              reloadSteps();
            }}
          />
        </>
      ) : null}
      {overview.status === "loading" ? <p className="muted">{t("app.loading")}</p> : null}
      {overview.status === "ready" ? (
        <>
          <div className="steps-toolbar no-print">
            <div className="field field--checkbox">
              <input
                id={filterId}
                type="checkbox"
                checked={onlyMine}
                onChange={(event) => setOnlyMine(event.target.checked)}
              />
              <label htmlFor={filterId}>{citizen ? t("steps.onlyMineCitizen") : t("steps.onlyMine")}</label>
            </div>
            <p className="steps-toolbar__summary" aria-live="polite">
              {t("steps.summary", {
                open: shown.filter(isStillOpen).length,
                overdue: shown.filter((step) => step.overdue).length,
                total: shown.length,
              })}
            </p>
          </div>
          {shown.length === 0 ? (
            <p className="empty">{onlyMine ? t("steps.emptyMine") : t("steps.empty")}</p>
          ) : (
            <StepsTable
              steps={shown}
              canMakeLinks={principal.role === "koordinator"}
              caption={
                onlyMine
                  ? t("steps.captionMine", { name: citizen ? t("steps.citizen") : principal.name })
                  : t("steps.caption")
              }
            />
          )}
        </>
      ) : null}
    </Layout>
  );
}
