import { useTranslation } from "react-i18next";

/** Whether the citizen's consent covers sharing with this person; said in words, not colour alone. */
export function ConsentBadge({ covered }: { covered: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={covered ? "badge badge--success" : "badge badge--warning"}>
      <span aria-hidden="true">{covered ? "✓ " : "! "}</span>
      {covered ? t("roster.covered") : t("roster.notCovered")}
    </span>
  );
}
