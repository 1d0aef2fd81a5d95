import { useTranslation } from "react-i18next";
import { getHandoverNews } from "../../api/handover.ts";
import { useResource } from "../../ui/useResource.ts";
import { usePrincipal } from "../session/usePrincipal.ts";
import { HandOverForm } from "./HandOverForm.tsx";
import { HandoverNoteNotice } from "./HandoverNoteNotice.tsx";
import { NewCoordinatorNotice } from "./NewCoordinatorNotice.tsx";
import "./handover.css";

/**
 * What a hand-over means on the case page, for whoever opens it: the note left for the new
 * coordinator (until she puts it away), the citizen's "Din nye koordinator er Line", and for the
 * case's coordinator the form to give the case to a colleague.
 */
export function CaseHandover({
  caseId,
  citizenName,
  coordinator,
}: {
  caseId: string;
  citizenName: string;
  /** The asker coordinates this case (a team lead reading it does not). */
  coordinator: boolean;
}) {
  const principal = usePrincipal();
  const { t } = useTranslation();
  const [news, reload] = useResource(`handover:${caseId}`, () => getHandoverNews(caseId));
  const ready = news.status === "ready" ? news.data : null;
  return (
    <>
      {ready?.note ? <HandoverNoteNotice caseId={caseId} note={ready.note} onDismissed={reload} /> : null}
      {ready?.newCoordinator && principal.role === "borger" ? (
        <NewCoordinatorNotice name={ready.newCoordinator.name} />
      ) : null}
      {coordinator ? (
        <details className="handover-form">
          <summary>{t("handover.formHeading")}</summary>
          <HandOverForm caseId={caseId} citizenName={citizenName} />
        </details>
      ) : null}
    </>
  );
}
