import type { AuditEvent, AuditTrail } from "@samplan/shared/api";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { ApiFailure } from "../../api/ApiFailure.ts";
import { getAuditTrail, getCase } from "../../api/cases.ts";
import { listMembers } from "../../api/roster.ts";
import { Layout } from "../../ui/Layout.tsx";
import { LoadFailure } from "../../ui/LoadFailure.tsx";
import { NotFoundPage } from "../../ui/NotFoundPage.tsx";
import { useDocumentTitle } from "../../ui/useDocumentTitle.ts";
import { useResource } from "../../ui/useResource.ts";
import { AuditTable } from "./AuditTable.tsx";

/**
 * The trail a page at a time: the newest page first, and older ones added below on request, so a
 * long trail is all there without being sent at once.
 */
function OlderPages({
  caseId,
  first,
  children,
}: {
  caseId: string;
  first: AuditTrail;
  children: (events: AuditEvent[]) => ReactNode;
}) {
  const { t } = useTranslation();
  const [older, setOlder] = useState<AuditTrail[]>([]);
  const [loading, setLoading] = useState<"idle" | "loading" | "failed">("idle");
  const pages = [first, ...older];
  const nextBefore = pages.at(-1)?.nextBefore ?? null;
  const loadOlder = async () => {
    if (nextBefore === null) return;
    setLoading("loading");
    try {
      const page = await getAuditTrail(caseId, nextBefore);
      setOlder((current) => [...current, page]);
      setLoading("idle");
    } catch {
      setLoading("failed");
    }
  };
  return (
    <>
      {children(pages.flatMap((page) => page.events))}
      {nextBefore !== null ? (
        <p>
          <button type="button" className="button" onClick={loadOlder} disabled={loading === "loading"}>
            {loading === "loading" ? t("app.loading") : t("audit.older")}
          </button>
          {loading === "failed" ? <span role="alert"> {t("audit.olderFailed")}</span> : null}
        </p>
      ) : null}
    </>
  );
}

/** Aktivitetslog: who did what in a case, for the coordinator. */
export function AuditPage({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [found, reloadCase] = useResource(`case:${caseId}`, () => getCase(caseId));
  const [members] = useResource(`members:${caseId}`, () => listMembers(caseId));
  const [trail, reloadTrail] = useResource(`audit:${caseId}`, () => getAuditTrail(caseId));
  const name = found.status === "ready" ? found.data.citizenName : null;
  useDocumentTitle(name ? t("audit.documentTitle", { name }) : t("audit.title"));

  if (found.status === "error" && found.error instanceof ApiFailure && found.error.status === 404) {
    return <NotFoundPage title={t("case.notFound")} />;
  }

  return (
    <Layout wide>
      {name ? (
        <nav aria-label={t("app.breadcrumb")} className="breadcrumb">
          <Link href={`/cases/${caseId}`}>{t("audit.back", { name })}</Link>
        </nav>
      ) : null}
      <h1>{t("audit.title")}</h1>
      {found.status === "error" ? <LoadFailure error={found.error} retry={reloadCase} /> : null}
      <p className="lead">{t("audit.intro")}</p>
      {trail.status === "loading" ? <p className="muted">{t("app.loading")}</p> : null}
      {trail.status === "error" ? <LoadFailure error={trail.error} retry={reloadTrail} /> : null}
      {trail.status === "ready" ? (
        // Keyed by the newest event: a reloaded trail with news starts the paging over.
        <OlderPages key={trail.data.events[0]?.id ?? "empty"} caseId={caseId} first={trail.data}>
          {(events) => (
            <AuditTable
              events={events}
              meetings={found.status === "ready" ? found.data.meetings : []}
              members={members.status === "ready" ? members.data.members : []}
            />
          )}
        </OlderPages>
      ) : null}
    </Layout>
  );
}
