import type { CaseWithMeetings } from "@samplan/shared/api";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { ApiFailure } from "../../api/ApiFailure.ts";
import { getCase } from "../../api/cases.ts";
import { listConsents } from "../../api/consent.ts";
import { getVocabulary } from "../../api/methods.ts";
import { listMembers } from "../../api/roster.ts";
import { ForbiddenPage } from "../../ui/ForbiddenPage.tsx";
import { Layout } from "../../ui/Layout.tsx";
import { LoadFailure } from "../../ui/LoadFailure.tsx";
import { NotFoundPage } from "../../ui/NotFoundPage.tsx";
import { useDocumentTitle } from "../../ui/useDocumentTitle.ts";
import { useResource } from "../../ui/useResource.ts";
import { ConsentSection } from "../consent/ConsentSection.tsx";
import { CaseHandover } from "../handover/CaseHandover.tsx";
import { RosterSection } from "../roster/RosterSection.tsx";
import { isCoordinator } from "../session/principal.ts";
import { usePrincipal } from "../session/usePrincipal.ts";
import { CaseFileSection } from "./CaseFileSection.tsx";
import { CaseClosedNotice, CloseCaseSection } from "./CloseCaseSection.tsx";
import { CreateMeetingForm } from "./CreateMeetingForm.tsx";
import { MeetingList } from "./MeetingList.tsx";

export function CasePage({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const principal = usePrincipal();
  const [found, reload] = useResource(`case:${caseId}`, () => getCase(caseId));
  const name = found.status === "ready" ? found.data.citizenName : null;
  useDocumentTitle(name ? t("case.documentTitle", { name }) : null);

  if (found.status === "error" && found.error instanceof ApiFailure && found.error.status === 404) {
    return <NotFoundPage title={t("case.notFound")} />;
  }
  if (found.status === "error" && found.error instanceof ApiFailure && found.error.status === 403) {
    return <ForbiddenPage body={t("app.forbiddenError")} />;
  }

  // Her role in this case, as the server says: a team lead reading it is no coordinator here.
  const coordinator = isCoordinator(principal) && found.status === "ready" && found.data.yourRole === "koordinator";
  return (
    <Layout>
      {principal.kind === "staff" ? (
        <nav aria-label={t("app.breadcrumb")} className="breadcrumb">
          <Link href="/">{t("case.back")}</Link>
        </nav>
      ) : null}
      {found.status === "ready" ? (
        <>
          <h1>{t("case.title", { name: found.data.citizenName })}</h1>
          <CaseClosedNotice found={found.data} />
          <CaseHandover caseId={found.data.id} citizenName={found.data.citizenName} coordinator={coordinator} />
          {coordinator ? (
            <p>
              <Link href={`/cases/${found.data.id}/audit`}>{t("case.auditLink")}</Link>
            </p>
          ) : null}
          <nav aria-label={t("progress.caseLinks")}>
            <ul className="case-links">
              <li>
                <Link href={`/cases/${found.data.id}/progress`}>{t("progress.link")}</Link>
              </li>
              <li>
                <Link href={`/cases/${found.data.id}/steps`}>{t("progress.stepsLink")}</Link>
              </li>
            </ul>
          </nav>
          <section aria-labelledby="meetings-heading" className="stack">
            <h2 id="meetings-heading">{t("case.meetingsHeading")}</h2>
            <MeetingList meetings={found.data.meetings} />
          </section>
          {coordinator && found.data.closedAt !== null ? (
            <CaseFileSection found={found.data} onChanged={reload} />
          ) : null}
          {coordinator && found.data.closedAt === null ? (
            <CoordinatorTools found={found.data} onMeetingCreated={reload} />
          ) : null}
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

/** What only the coordinator does with a case: plan meetings, keep the roster, record consent. */
function CoordinatorTools({ found, onMeetingCreated }: { found: CaseWithMeetings; onMeetingCreated: () => void }) {
  const { t } = useTranslation();
  const caseId = found.id;
  const [members, reloadMembers] = useResource(`members:${caseId}`, () => listMembers(caseId));
  const [consents, reloadConsents] = useResource(`consents:${caseId}`, () => listConsents(caseId));
  const [vocabulary] = useResource("vocabulary", getVocabulary);
  const words = vocabulary.status === "ready" ? vocabulary.data : null;
  // Consent decides who is covered, and the roster what consent can cover: reload both together.
  const changed = () => {
    reloadMembers();
    reloadConsents();
  };

  return (
    <>
      <CreateMeetingForm caseId={caseId} onCreated={onMeetingCreated} />
      {members.status === "ready" ? (
        <RosterSection
          caseId={caseId}
          citizenName={found.citizenName}
          members={members.data.members}
          vocabulary={words}
          onChanged={changed}
        />
      ) : (
        <section className="stack" aria-labelledby="roster-heading">
          <h2 id="roster-heading">{t("roster.heading")}</h2>
          {members.status === "error" ? (
            <LoadFailure error={members.error} retry={reloadMembers} />
          ) : (
            <p className="muted">{t("app.loading")}</p>
          )}
        </section>
      )}
      {consents.status === "ready" && members.status === "ready" ? (
        <ConsentSection
          caseId={caseId}
          consents={consents.data.consents}
          members={members.data.members}
          vocabulary={words}
          onChanged={changed}
        />
      ) : (
        <section className="stack" aria-labelledby="consent-heading">
          <h2 id="consent-heading">{t("consent.heading")}</h2>
          {consents.status === "error" ? (
            <LoadFailure error={consents.error} retry={reloadConsents} />
          ) : (
            <p className="muted">{t("app.loading")}</p>
          )}
        </section>
      )}
      <CaseFileSection found={found} onChanged={onMeetingCreated} />
      <CloseCaseSection found={found} onClosed={onMeetingCreated} />
    </>
  );
}
