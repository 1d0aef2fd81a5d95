import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { ApiFailure, getCase } from "../api.ts";
import { CreateMeetingForm } from "../components/CreateMeetingForm.tsx";
import { Layout } from "../components/Layout.tsx";
import { LoadFailure } from "../components/LoadFailure.tsx";
import { MeetingList } from "../components/MeetingList.tsx";
import { useDocumentTitle } from "../hooks/useDocumentTitle.ts";
import { useResource } from "../hooks/useResource.ts";
import { NotFoundPage } from "./NotFoundPage.tsx";

export function CasePage({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [found, reload] = useResource(`case:${caseId}`, () => getCase(caseId));
  const name = found.status === "ready" ? found.data.citizenName : null;
  useDocumentTitle(name ? t("case.documentTitle", { name }) : null);

  if (found.status === "error" && found.error instanceof ApiFailure && found.error.status === 404) {
    return <NotFoundPage title={t("case.notFound")} />;
  }

  return (
    <Layout>
      <nav aria-label={t("app.breadcrumb")} className="breadcrumb">
        <Link href="/">{t("case.back")}</Link>
      </nav>
      {found.status === "ready" ? (
        <>
          <h1>{t("case.title", { name: found.data.citizenName })}</h1>
          <section aria-labelledby="meetings-heading" className="stack">
            <h2 id="meetings-heading">{t("case.meetingsHeading")}</h2>
            <MeetingList meetings={found.data.meetings} />
          </section>
          <CreateMeetingForm caseId={found.data.id} onCreated={reload} />
        </>
      ) : (
        <>
          <h1>{found.status === "error" ? t("case.errorTitle") : t("app.loading")}</h1>
          {found.status === "error" ? <LoadFailure error={found.error} retry={reload} /> : null}
        </>
      )}
    </Layout>
  );
}
