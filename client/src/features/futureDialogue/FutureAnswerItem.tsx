import type { FutureAnswer } from "@samplan/shared/model";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../ui/useFormatters.ts";

interface Props {
  answer: FutureAnswer;
  number: number;
  /** The citizen's own view: her answers read "Med mine egne ord". */
  plain: boolean;
  /** The one tap that turns the answer into plan, with its words; null when this person has none. */
  turn: { label: string; onTurn: () => void } | null;
}

/** One answer in Et år frem: what was asked, the words, who said it and when, and what it became. */
export function FutureAnswerItem({ answer, number, plain, turn }: Props) {
  const { t } = useTranslation();
  const textId = useId();
  // The day in the browser's own zone: the meeting's, at the table.
  const said = useFormatters().date(answer.saidAt);
  const hers = answer.speaker.role === "borger";
  return (
    <li className="item future-answer">
      <span className="item__number" aria-hidden="true">
        {number}
      </span>
      <div className="item__body future-answer__body">
        <p className="future-answer__part">{t(`futureDialogue.everyone.parts.${answer.part}`)}</p>
        <p className="future-answer__text" id={textId}>
          {answer.text}
        </p>
        <p className="future-answer__who">
          {answer.speaker.name} ({t(`roles.${answer.speaker.role}`)}),{" "}
          {t("futureDialogue.everyone.said", { date: said })}
        </p>
        <p className="future-answer__marks">
          {hers ? (
            <span className="badge badge--citizen">
              {plain ? t("futureDialogue.everyone.ownWords") : t("futureDialogue.ownWords")}
            </span>
          ) : null}
          {answer.became ? (
            <span className="badge future-answer__became">
              {t(`futureDialogue.everyone.became.${answer.became.kind}`)}
            </span>
          ) : null}
        </p>
        {turn && !answer.became ? (
          <button type="button" className="button" aria-describedby={textId} onClick={turn.onTurn}>
            {turn.label}
          </button>
        ) : null}
      </div>
    </li>
  );
}
