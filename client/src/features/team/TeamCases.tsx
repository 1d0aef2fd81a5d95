import type { TeamCase, TeamOverview } from "@samplan/shared/api";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../ui/useFormatters.ts";
import { ReadCaseDialog } from "./ReadCaseDialog.tsx";
import { TeamHandOverDialog } from "./TeamHandOverDialog.tsx";

/**
 * The team's cases by coordinator; the team lead opens one only through ReadCaseDialog, and gives
 * one to another coordinator of the team through TeamHandOverDialog.
 */
export function TeamCases({
  cases,
  coordinators,
  onChanged,
}: {
  cases: TeamCase[];
  coordinators: TeamOverview["coordinators"];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [reading, setReading] = useState<TeamCase | null>(null);
  const [handing, setHanding] = useState<TeamCase | null>(null);
  const sorted = [...cases].sort(
    (a, b) =>
      a.coordinatorName.localeCompare(b.coordinatorName, "da") || a.citizenName.localeCompare(b.citizenName, "da"),
  );
  return (
    <section aria-labelledby="team-cases-heading" className="stack">
      <h2 id="team-cases-heading">{t("team.casesHeading")}</h2>
      {sorted.length === 0 ? (
        <p className="empty">{t("team.casesEmpty")}</p>
      ) : (
        <table className="table team-cases">
          <caption className="visually-hidden">{t("team.casesCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("team.coordinator")}</th>
              <th scope="col">{t("team.citizen")}</th>
              <th scope="col">{t("team.nextMeeting")}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {sorted.map((kase) => (
              <tr key={kase.caseId}>
                <td>{kase.coordinatorName}</td>
                <th scope="row">{kase.citizenName}</th>
                <td>
                  {kase.closedAt !== null
                    ? t("team.closed")
                    : kase.nextMeetingAt !== null
                      ? format.dateTime(kase.nextMeetingAt)
                      : t("team.noMeeting")}
                </td>
                <td>
                  <button
                    type="button"
                    className="button"
                    aria-label={t("team.read", { name: kase.citizenName })}
                    onClick={() => setReading(kase)}
                  >
                    {t("team.readShort")}
                  </button>{" "}
                  {kase.closedAt === null ? (
                    <button
                      type="button"
                      className="button"
                      aria-label={t("team.handOver", { name: kase.citizenName })}
                      onClick={() => setHanding(kase)}
                    >
                      {t("team.handOverShort")}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ReadCaseDialog kase={reading} onCancel={() => setReading(null)} />
      <TeamHandOverDialog
        kase={handing}
        coordinators={coordinators}
        onCancel={() => setHanding(null)}
        onDone={() => {
          setHanding(null);
          onChanged();
        }}
      />
    </section>
  );
}
