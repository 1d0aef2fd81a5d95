import type { RoundQuestion as Question } from "@samplan/shared/model";
import { useTranslation } from "react-i18next";

/**
 * The question the chair took into the round, for everyone at the table, the citizen too: the
 * words only, not why it was suggested.
 */
export function RoundQuestion({ question }: { question: Question | null }) {
  const { t } = useTranslation();
  if (!question) return null;
  return (
    <p className="round-question">
      <span className="round-question__label">{t("perspectives.roundQuestion")}</span>
      <span className="round-question__text">{question.text}</span>
    </p>
  );
}
