import type { Case } from "@samplan/shared/api";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useFormatters } from "../../ui/useFormatters.ts";

export function CaseList({ cases }: { cases: Case[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (cases.length === 0) return <p className="empty">{t("start.empty")}</p>;
  return (
    <ul className="link-list">
      {cases.map((item) => (
        <li key={item.id}>
          <Link href={`/cases/${item.id}`} className="link-list__link">
            {item.citizenName}
          </Link>
          <span className="link-list__meta">{t("start.createdOn", { date: format.date(item.createdAt) })}</span>
        </li>
      ))}
    </ul>
  );
}
