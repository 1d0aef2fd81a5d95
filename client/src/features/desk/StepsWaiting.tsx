import type { DeskSteps } from "@samplan/shared/api";
import { useTranslation } from "react-i18next";
import { LoadFailure } from "../../ui/LoadFailure.tsx";
import type { Resource } from "../../ui/useResource.ts";
import { StepsTable } from "../steps/StepsTable.tsx";
import "../progress/progress.css";

/**
 * Skridt der venter (issue 24): on the coordinator's start page, what needs following up across
 * all her cases this week, overdue first, with the owner's latest answer; one click to the case.
 */
export function StepsWaiting({ waiting, reload }: { waiting: Resource<DeskSteps>; reload: () => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="waiting-heading" className="stack">
      <h2 id="waiting-heading">{t("start.waitingHeading")}</h2>
      <p className="muted">{t("start.waitingIntro")}</p>
      {waiting.status === "loading" ? <p className="muted">{t("app.loading")}</p> : null}
      {waiting.status === "error" ? <LoadFailure error={waiting.error} retry={reload} /> : null}
      {waiting.status === "ready" && waiting.data.steps.length === 0 ? (
        <p className="empty">{t("start.waitingEmpty")}</p>
      ) : null}
      {waiting.status === "ready" && waiting.data.steps.length > 0 ? (
        <StepsTable steps={waiting.data.steps} caption={t("start.waitingCaption")} canMakeLinks />
      ) : null}
    </section>
  );
}
