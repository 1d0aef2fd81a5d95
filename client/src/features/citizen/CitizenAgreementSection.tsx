import { answerThePlan, type PlanDocument, withdrawAnswer } from "@samplan/shared/model";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMeeting } from "../meeting/useMeeting.ts";
import { useCitizenAgreement } from "./useCitizenAgreement.ts";

/**
 * The close of the plan: the citizen says "Jeg er enig i planen" or "Jeg er ikke enig, fordi …" in
 * her own words, from her own screen; everyone else sees what she said. Only her connection can
 * set it (the server puts back anyone else's), so only her view offers the buttons.
 */
export function CitizenAgreementSection() {
  const { t } = useTranslation();
  const { doc, user, readOnly } = useMeeting();
  const headingId = useId();
  const hers = user.role === "borger";
  // Closed, the plan is read-only for her too: she sees what she said, and can no longer change it.
  const canAnswer = hers && !readOnly;
  return (
    <section className="plan-section agreement" aria-labelledby={headingId} data-section="agreement">
      <div className="plan-section__header">
        <h2 id={headingId}>{hers ? t("agreement.heading") : t("agreement.headingOthers")}</h2>
        {canAnswer || !hers ? (
          <p className="plan-section__explanation">
            {hers ? t("agreement.explanation") : t("agreement.explanationOthers")}
          </p>
        ) : null}
      </div>
      {canAnswer ? <HerAnswer doc={doc} /> : <WhatSheSaid doc={doc} hers={hers} />}
    </section>
  );
}

/** What she said, as the others read it; in her own view once the meeting is closed. */
function WhatSheSaid({ doc, hers }: { doc: PlanDocument; hers: boolean }) {
  const { t } = useTranslation();
  const { agreement } = useCitizenAgreement(doc);
  if (!agreement) return <p className="agreement__said agreement__said--none">{t("agreement.notYet")}</p>;
  const said = hers
    ? t(agreement.answer === "agrees" ? "agreement.youAgree" : "agreement.youDisagree")
    : t(agreement.answer === "agrees" ? "agreement.citizenAgrees" : "agreement.citizenDisagrees");
  return (
    <>
      <p className={`agreement__said agreement__said--${agreement.answer}`}>{said}</p>
      {agreement.reason ? (
        <p className="agreement__words">
          {t(hers ? "agreement.yourWords" : "agreement.citizenWords", { words: agreement.reason })}
        </p>
      ) : null}
    </>
  );
}

/** Two large buttons; "ikke enig" opens a box for her words. Focus follows what she did. */
function HerAnswer({ doc }: { doc: PlanDocument }) {
  const { t } = useTranslation();
  const { announce } = useMeeting();
  const { agreement } = useCitizenAgreement(doc);
  const [writing, setWriting] = useState(false);
  const [reason, setReason] = useState("");
  // Where focus goes once the plan shows what she did: the buttons she pressed are gone by then.
  const [focusNext, setFocusNext] = useState<"said" | "choices" | "reason" | null>(null);
  const said = useRef<HTMLParagraphElement>(null);
  const agreeButton = useRef<HTMLButtonElement>(null);
  const reasonBox = useRef<HTMLTextAreaElement>(null);
  const ids = { reason: useId(), hint: useId() };

  useEffect(() => {
    if (focusNext === "said" && agreement) said.current?.focus();
    else if (focusNext === "choices" && !agreement && !writing) agreeButton.current?.focus();
    else if (focusNext === "reason" && writing) reasonBox.current?.focus();
    else return;
    setFocusNext(null);
  }, [focusNext, agreement, writing]);

  const answer = (kind: "agrees" | "disagrees") => {
    answerThePlan(doc, kind, reason);
    setWriting(false);
    setReason("");
    setFocusNext("said");
    announce(t("agreement.sent"));
  };

  if (agreement) {
    return (
      <div className="agreement__answer">
        <p ref={said} tabIndex={-1} className={`agreement__said agreement__said--${agreement.answer}`}>
          {agreement.answer === "agrees" ? t("agreement.youAgree") : t("agreement.youDisagree")}
        </p>
        {agreement.reason ? (
          <p className="agreement__words">{t("agreement.yourWords", { words: agreement.reason })}</p>
        ) : null}
        <button
          type="button"
          className="button agreement__button"
          onClick={() => {
            withdrawAnswer(doc);
            setFocusNext("choices");
            announce(t("agreement.withdrawn"));
          }}
        >
          {t("agreement.withdraw")}
        </button>
      </div>
    );
  }

  if (writing) {
    const submit = (event: FormEvent) => {
      event.preventDefault();
      answer("disagrees");
    };
    return (
      <form className="agreement__reason" onSubmit={submit}>
        <div className="field">
          <label htmlFor={ids.reason}>{t("agreement.reasonLabel")}</label>
          <p id={ids.hint} className="field__hint">
            {t("agreement.reasonHint")}
          </p>
          <textarea
            id={ids.reason}
            ref={reasonBox}
            rows={3}
            maxLength={2000}
            aria-describedby={ids.hint}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
        <div className="agreement__choices">
          <button type="submit" className="button button--primary agreement__button">
            {t("agreement.send")}
          </button>
          <button
            type="button"
            className="button agreement__button"
            onClick={() => {
              setWriting(false);
              setFocusNext("choices");
            }}
          >
            {t("agreement.back")}
          </button>
        </div>
      </form>
    );
  }

  return (
    <div className="agreement__choices">
      <button
        ref={agreeButton}
        type="button"
        className="button button--primary agreement__button"
        onClick={() => answer("agrees")}
      >
        {t("agreement.agree")}
      </button>
      <button
        type="button"
        className="button agreement__button"
        onClick={() => {
          setWriting(true);
          setFocusNext("reason");
        }}
      >
        {t("agreement.disagree")}
      </button>
    </div>
  );
}
