import type { ChairState } from "@samplan/shared/model";
import { useTranslation } from "react-i18next";

/**
 * The "Et år frem" question while its round is going, for everyone: the chair, the big screen and
 * the citizen's view, in her language.
 */
export function YearAheadQuestion({ state, id }: { state: ChairState; id?: string }) {
  const { t } = useTranslation();
  if (!state.round?.active || !state.round.yearAhead) return null;
  return (
    <p className="round-question year-ahead-question">
      <span className="round-question__label">{t("futureDialogue.everyone.askedNow")}</span>
      <span className="round-question__text" id={id}>
        {t("futureDialogue.everyone.question")}
      </span>
    </p>
  );
}
