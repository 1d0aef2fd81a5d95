import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { ApiFailure } from "../../api/ApiFailure.ts";
import { approveMinutes, getMinutes, listVersions, minutesDownload, reopenMeeting } from "../../api/record.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { DownloadButton } from "../../ui/DownloadButton.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { Layout } from "../../ui/Layout.tsx";
import { LoadFailure } from "../../ui/LoadFailure.tsx";
import { NotFoundPage } from "../../ui/NotFoundPage.tsx";
import { useDocumentTitle } from "../../ui/useDocumentTitle.ts";
import { useFormatters } from "../../ui/useFormatters.ts";
import { useResource } from "../../ui/useResource.ts";
import { CitizenSummary } from "../citizen/CitizenSummary.tsx";
import { MinutesView } from "./MinutesView.tsx";
import { VersionList } from "./VersionList.tsx";
import "./record.css";
import { BusyButton } from "../../ui/BusyButton.tsx";

/** The coordinator's record of one meeting: the minutes, their approval, downloads and versions. */
export function MinutesPage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [found, reload] = useResource(`minutes:${meetingId}`, () => getMinutes(meetingId));
  const [versions, reloadVersions] = useResource(`versions:${meetingId}`, () => listVersions(meetingId));
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const data = found.status === "ready" ? found.data : null;
  useDocumentTitle(data ? t("record.documentTitle", { title: data.minutes.meeting.title }) : null);

  if (found.status === "error" && found.error instanceof ApiFailure && found.error.status === 404) {
    return <NotFoundPage title={t("meeting.notFound")} />;
  }

  const act = async (run: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      await run();
      setMessage(done);
      reload();
      reloadVersions();
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };

  const approved = data?.approved ?? null;
  const closed = data?.minutes.meeting.closedAt != null;

  return (
    <Layout>
      <nav aria-label={t("app.breadcrumb")} className="breadcrumb no-print">
        <Link href={`/meetings/${meetingId}`}>{t("record.backToMeeting")}</Link>
      </nav>
      {data ? (
        <>
          <h1>{t("record.title", { title: data.minutes.meeting.title })}</h1>
          <p className="minutes__citizen">{data.minutes.citizenName}</p>
          <p className={approved ? "minutes__status minutes__status--approved" : "minutes__status"}>
            {approved
              ? t("record.approvedStatus", {
                  by: approved.createdBy,
                  when: format.dateTime(approved.createdAt),
                  version: approved.number,
                  hash: approved.contentHash,
                })
              : t("record.notApproved")}
          </p>
          <div className="minutes__actions no-print">
            {closed && !approved ? (
              <BusyButton
                type="button"
                className="button button--primary"
                busy={busy}
                busyLabel={t("busy.saving")}
                onClick={() => act(() => approveMinutes(meetingId), t("record.approved"))}
              >
                {t("record.approve")}
              </BusyButton>
            ) : null}
            {closed ? (
              <BusyButton
                type="button"
                className="button"
                busy={busy}
                busyLabel={t("busy.saving")}
                onClick={() => setAsking(true)}
              >
                {t("record.reopen")}
              </BusyButton>
            ) : null}
          </div>
          <div role="status" className="no-print">
            {message ? <p className="notice notice--success">{message}</p> : null}
          </div>
          {error ? (
            <p className="notice notice--error no-print" role="alert">
              {error}
            </p>
          ) : null}
          <section className="minutes__downloads no-print" aria-labelledby="minutes-downloads">
            <h2 id="minutes-downloads">{t("record.downloads")}</h2>
            <ul className="minutes__download-list">
              <li>
                <DownloadButton
                  path={minutesDownload(meetingId, "pdf")}
                  name={`referat-${meetingId}.pdf`}
                  label={t("record.downloadPdf")}
                />
              </li>
              <li>
                <DownloadButton
                  path={minutesDownload(meetingId, "md")}
                  name={`referat-${meetingId}.md`}
                  label={t("record.downloadMarkdown")}
                />
              </li>
              <li>
                <DownloadButton
                  path={minutesDownload(meetingId, "json")}
                  name={`referat-${meetingId}.json`}
                  label={t("record.downloadJson")}
                />
              </li>
              {approved ? (
                <li>
                  <DownloadButton
                    path={minutesDownload(meetingId, "journal")}
                    name={`journalnotat-${meetingId}.json`}
                    label={t("record.downloadJournal")}
                  />
                </li>
              ) : null}
            </ul>
            <p className="muted">{t("record.journalHint")}</p>
          </section>
          <MinutesView minutes={data.minutes} />
          <CitizenSummary minutes={data.minutes} />
          <section className="no-print" aria-labelledby="minutes-versions">
            <h2 id="minutes-versions">{t("record.versions")}</h2>
            {versions.status === "ready" ? (
              <VersionList meetingId={meetingId} versions={versions.data.versions} />
            ) : versions.status === "error" ? (
              <LoadFailure error={versions.error} retry={reloadVersions} />
            ) : (
              <p className="muted">{t("app.loading")}</p>
            )}
          </section>
          <ConfirmDialog
            open={asking}
            title={t("record.reopenTitle")}
            body={approved ? t("record.reopenBodyApproved") : t("record.reopenBody")}
            confirmLabel={t("record.reopen")}
            busy={busy}
            onConfirm={() => act(() => reopenMeeting(meetingId), t("record.reopened"))}
            onCancel={() => setAsking(false)}
          />
        </>
      ) : (
        <>
          <h1>{found.status === "error" ? t("record.loadError") : t("app.loading")}</h1>
          {found.status === "error" ? <LoadFailure error={found.error} retry={reload} /> : null}
        </>
      )}
    </Layout>
  );
}
