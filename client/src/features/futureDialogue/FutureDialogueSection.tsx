import { type FutureAnswer, turnIntoPlan, wouldBecome } from "@samplan/shared/model";
import { planWriting } from "@samplan/shared/vocabulary";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Chair } from "../chair/useChair.ts";
import { useMeeting } from "../meeting/useMeeting.ts";
import { ReadAloudButton } from "../readAloud/ReadAloudButton.tsx";
import { FutureAnswerItem } from "./FutureAnswerItem.tsx";
import { YearAheadQuestion } from "./YearAheadQuestion.tsx";
import "./futureDialogue.css";

/**
 * Et år frem, in the plan for everyone: the question while its round goes, and each answer under
 * who said it and when. One tap turns an answer into plan: the professionals and the chair turn
 * any; the citizen turns her own "what is good" into her goal from her own screen, so the goal is
 * in her own words (the server keeps who wrote an item true, see authorship.ts).
 */
export function FutureDialogueSection({ chair, answers }: { chair: Chair; answers: FutureAnswer[] }) {
  const { t } = useTranslation();
  const { doc, user, readOnly, plain, announce } = useMeeting();
  const headingId = useId();
  const asking = Boolean(chair.view.state.round?.active && chair.view.state.round.yearAhead);
  const writes = !readOnly && planWriting(user.role) === "all";

  const turnOf = (answer: FutureAnswer) => {
    const kind = wouldBecome(answer);
    if (!writes || !kind) return null;
    const onTurn = () => {
      const became = turnIntoPlan(doc, answer.id, { createdBy: user.name, createdByRole: user.role });
      if (became) announce(t(`futureDialogue.everyone.became.${became.kind}`));
    };
    if (user.role === "borger") {
      const own = answer.speaker.memberId !== null && answer.speaker.memberId === chair.connection.memberId;
      return own && kind === "goal" ? { label: t("futureDialogue.everyone.makeMyGoal"), onTurn } : null;
    }
    return { label: t(`futureDialogue.convert.${kind}`, { name: answer.speaker.name }), onTurn };
  };

  const readAloud = () =>
    [
      asking ? t("futureDialogue.everyone.question") : "",
      ...answers.map(
        (answer) => `${t(`futureDialogue.everyone.parts.${answer.part}`)}: ${answer.text} (${answer.speaker.name}).`,
      ),
    ].join(" ");

  return (
    <section className="plan-section future-dialogue" aria-labelledby={headingId} data-section="futureDialogue">
      <div className="plan-section__header">
        <h2 id={headingId} tabIndex={-1}>
          {t("futureDialogue.everyone.heading")}
        </h2>
        {plain ? null : <p className="plan-section__explanation">{t("futureDialogue.explanation")}</p>}
      </div>
      {plain ? <ReadAloudButton text={readAloud} about={t("futureDialogue.everyone.heading")} /> : null}
      <YearAheadQuestion state={chair.view.state} />
      {answers.length > 0 ? (
        <ol className="items future-answers" aria-label={t("futureDialogue.everyone.listLabel")}>
          {answers.map((answer, index) => (
            <FutureAnswerItem key={answer.id} answer={answer} number={index + 1} plain={plain} turn={turnOf(answer)} />
          ))}
        </ol>
      ) : null}
    </section>
  );
}
