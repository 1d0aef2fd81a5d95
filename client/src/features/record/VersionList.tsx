import type { VersionSummary } from "@samplan/shared/api";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { getVersion } from "../../api/record.ts";
import { LoadFailure } from "../../ui/LoadFailure.tsx";
import { useFormatters } from "../../ui/useFormatters.ts";
import { useResource } from "../../ui/useResource.ts";
import { MinutesView } from "./MinutesView.tsx";

/** Every close, reopening and approval of a meeting, each one viewable read-only as it was frozen. */
export function VersionList({ meetingId, versions }: { meetingId: string; versions: VersionSummary[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [shown, setShown] = useState<number | null>(null);
  return (
    <>
      <table className="minutes__table versions">
        <thead>
          <tr>
            <th scope="col">{t("record.version")}</th>
            <th scope="col">{t("record.kind")}</th>
            <th scope="col">{t("record.when")}</th>
            <th scope="col">{t("record.by")}</th>
            <th scope="col">{t("record.hash")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("record.view", { number: "" })}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.number}>
              <td>{v.number}</td>
              <td>{t(`record.kinds.${v.kind}`)}</td>
              <td>{format.dateTime(v.createdAt)}</td>
              <td>{v.createdBy}</td>
              <td>
                <code title={v.contentHash}>{v.contentHash.slice(0, 12)}…</code>
              </td>
              <td>
                <button
                  type="button"
                  className="button"
                  aria-expanded={shown === v.number}
                  onClick={() => setShown(shown === v.number ? null : v.number)}
                >
                  {shown === v.number ? t("record.hide", { number: v.number }) : t("record.view", { number: v.number })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown !== null ? <VersionView key={shown} meetingId={meetingId} number={shown} /> : null}
    </>
  );
}

function VersionView({ meetingId, number }: { meetingId: string; number: number }) {
  const { t } = useTranslation();
  const [found, reload] = useResource(`version:${meetingId}:${number}`, () => getVersion(meetingId, number));
  return (
    <section className="version-view" aria-label={t("record.view", { number })}>
      <h3>
        {t("record.version")} {number}
      </h3>
      {found.status === "ready" ? (
        <MinutesView minutes={found.data.minutes} level={3} attribution={found.data.attribution} />
      ) : found.status === "error" ? (
        <LoadFailure error={found.error} retry={reload} />
      ) : (
        <p className="muted">{t("app.loading")}</p>
      )}
    </section>
  );
}
