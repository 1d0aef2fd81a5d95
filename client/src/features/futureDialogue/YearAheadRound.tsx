import { addFutureAnswer, currentSpeaker, type FuturePart, startYearAheadRound } from "@samplan/shared/model";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { FieldError } from "../../ui/FieldError.tsx";
import type { Chair } from "../chair/useChair.ts";
import { useMeeting } from "../meeting/useMeeting.ts";
import { roundOrder } from "../perspectives/roundOrder.ts";
import "./futureDialogue.css";

const PARTS: readonly FuturePart[] = ["good", "did", "helped"];

/**
 * Et år frem, in the chair's panel: start the round (the citizen first, then each person, as any
 * round), and write down what the one who has the floor says, to which of the three questions.
 * The day it was said is the server's stamp of when they got the floor, so every device and every
 * later meeting agree on it.
 */
export function YearAheadRound({ chair }: { chair: Chair }) {
  const { t } = useTranslation();
  const { doc, readOnly, announce } = useMeeting();
  const ids = { heading: useId(), field: useId(), parts: useId() };
  const [part, setPart] = useState<FuturePart>("good");
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { state } = chair.view;
  const chairDoc = chair.connection.chair.doc;
  const speaking = state.round?.yearAhead ? currentSpeaker(state) : null;
  if (readOnly) return null;

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!speaking) return;
    if (!text.trim()) {
      setError(t("futureDialogue.chair.empty"));
      return;
    }
    const person = chair.people.find((p) => p.memberId !== null && p.memberId === speaking.id);
    addFutureAnswer(doc, {
      speaker: { memberId: speaking.id, name: speaking.name, role: person?.role ?? "fagperson" },
      part,
      text: text.trim(),
      saidAt: new Date(state.speakerStartedAt ?? Date.now() + chair.offset).toISOString(),
    });
    const message = t("futureDialogue.chair.saved", { name: speaking.name });
    setText("");
    setError(null);
    setSaved(message);
    announce(message);
  };

  return (
    <section className="year-ahead-round" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>{t("futureDialogue.chair.heading")}</h3>
      <p className="muted">{t("futureDialogue.chair.intro")}</p>
      {speaking ? (
        <form className="year-ahead-round__form" onSubmit={save} noValidate>
          <p>{t("futureDialogue.chair.running")}</p>
          <fieldset>
            <legend>{t("futureDialogue.chair.partLegend")}</legend>
            <div className="year-ahead-round__parts">
              {PARTS.map((each) => (
                <label key={each}>
                  <input
                    type="radio"
                    name={ids.parts}
                    value={each}
                    checked={part === each}
                    onChange={() => setPart(each)}
                  />{" "}
                  {t(`futureDialogue.everyone.parts.${each}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="field">
            <label htmlFor={ids.field}>{t("futureDialogue.chair.answerFor", { name: speaking.name })}</label>
            <textarea
              id={ids.field}
              rows={3}
              maxLength={2000}
              value={text}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${ids.field}-error` : undefined}
              onChange={(event) => {
                setText(event.target.value);
                setSaved(null);
              }}
            />
            {error ? <FieldError id={`${ids.field}-error`}>{error}</FieldError> : null}
          </div>
          <button type="submit" className="button button--primary">
            {t("futureDialogue.chair.save")}
          </button>
          {saved ? <p>{saved}</p> : null}
        </form>
      ) : (
        <button
          type="button"
          className="button"
          disabled={state.round?.active === true}
          onClick={() => {
            startYearAheadRound(chairDoc, roundOrder(chair.people));
            setPart("good");
            announce(t("futureDialogue.chair.started"));
          }}
        >
          {t("futureDialogue.chair.start")}
        </button>
      )}
    </section>
  );
}
