import {
  askInRound,
  currentSpeaker,
  type PerspectiveQuestion,
  type RoundQuestion,
  readChairState,
  roundNoteFor,
} from "@samplan/shared/model";
import { useTranslation } from "react-i18next";
import type { Chair } from "../chair/useChair.ts";
import { useMeeting } from "../meeting/useMeeting.ts";
import { questionWords, reasonWords } from "./questionWords.ts";
import { roundOrder } from "./roundOrder.ts";

interface Props {
  chair: Chair;
  goalId: string;
  question: PerspectiveQuestion;
  /** Why it is suggested; left out when the question before it said the same. */
  showReason: boolean;
  /** The question in the round now, if any. */
  asked: RoundQuestion | null;
}

/** One suggested question: why (for the chair), the words, and "Tag med i runden". */
export function PerspectiveSuggestion({ chair, goalId, question, showReason, asked }: Props) {
  const { t } = useTranslation();
  const { doc, user, announce } = useMeeting();
  const words = questionWords(question, t);
  const inRound = asked?.text === words && asked.goalId === goalId;
  const name = question.to.raterName;

  const take = () => {
    const chairDoc = chair.connection.chair.doc;
    // A scale knows its rater by roster entry (guests) or account (staff); the round by roster entry.
    const person =
      chair.people.find((p) => p.memberId === question.to.raterKey) ?? chair.people.find((p) => p.name === name);
    const to = { id: person?.memberId ?? null, name: person?.name ?? name };
    const now = askInRound(chairDoc, { text: words, goalId, to }, roundOrder(chair.people));
    // Whoever has the floor has a note to write in, as when the round's own buttons give it.
    const speaking = currentSpeaker(readChairState(chairDoc));
    if (speaking) roundNoteFor(doc, speaking, { createdBy: user.name, createdByRole: user.role });
    announce(t(now ? "perspectives.askedNow" : "perspectives.askedNext", { name: to.name }));
  };

  return (
    <li className={inRound ? "perspective-question perspective-question--asked" : "perspective-question"}>
      {showReason ? <p className="perspective-question__reason">{reasonWords(question, t)}</p> : null}
      <p className="perspective-question__words">{words}</p>
      {inRound ? (
        <span className="badge">{t("perspectives.inRound")}</span>
      ) : (
        <button type="button" className="button" aria-label={t("perspectives.askLabel", { name })} onClick={take}>
          {t("perspectives.ask")}
        </button>
      )}
    </li>
  );
}
