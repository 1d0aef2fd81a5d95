import type { Case } from "@samplan/shared/api";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { TextField } from "../../ui/TextField.tsx";
import { useFormatters } from "../../ui/useFormatters.ts";
import { CASE_SHOW, type CaseShow, casesToShow } from "./caseFilter.ts";

/**
 * Her cases, searchable by name or case number and filtered (running, no meeting planned, closed),
 * by next meeting. Filtered in the browser: a coordinator carries tens of cases, not thousands,
 * and the server already sends only hers.
 */
export function CaseList({ cases }: { cases: Case[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [query, setQuery] = useState("");
  const [show, setShow] = useState<CaseShow>("active");
  const selectId = useId();
  if (cases.length === 0) return <p className="empty">{t("start.empty")}</p>;
  const shown = casesToShow(cases, query, show);

  return (
    <>
      <search className="case-filter">
        <TextField type="search" label={t("desk.searchLabel")} value={query} onChange={setQuery} />
        <div className="field">
          <label htmlFor={selectId}>{t("desk.showLabel")}</label>
          <select id={selectId} value={show} onChange={(event) => setShow(event.target.value as CaseShow)}>
            {CASE_SHOW.map((choice) => (
              <option key={choice} value={choice}>
                {t(`desk.show.${choice}`)}
              </option>
            ))}
          </select>
        </div>
      </search>
      <p className="muted" role="status">
        {shown.length === 0 ? t("desk.noMatch") : t("desk.shown", { count: shown.length })}
      </p>
      {shown.length > 0 ? (
        <ul className="link-list">
          {shown.map((item) => (
            <li key={item.id}>
              <Link href={`/cases/${item.id}`} className="link-list__link">
                {item.citizenName}
              </Link>
              <span className="link-list__meta">
                {item.caseReference ? `${item.caseReference} · ` : ""}
                {item.closedAt !== null
                  ? t("desk.closedOn", { date: format.date(item.closedAt) })
                  : item.nextMeetingAt !== null
                    ? t("desk.nextMeeting", { date: format.dateTime(item.nextMeetingAt) })
                    : t("desk.noMeeting")}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
