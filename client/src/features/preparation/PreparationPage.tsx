import { type Preparation, type PreparedScale, TALK_ABOUT_MAX, WENT_WELL_MAX } from "@samplan/shared/api";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { ApiFailure } from "../../api/ApiFailure.ts";
import { getPreparation, savePreparation, sharePreparation } from "../../api/preparation.ts";
import { chooseOwnLanguage } from "../../api/session.ts";
import { CitizenLanguageChoice } from "../../ui/CitizenLanguageChoice.tsx";
import { FieldError } from "../../ui/FieldError.tsx";
import { Layout } from "../../ui/Layout.tsx";
import { LoadFailure } from "../../ui/LoadFailure.tsx";
import { useDocumentTitle } from "../../ui/useDocumentTitle.ts";
import { useFormatters } from "../../ui/useFormatters.ts";
import { useResource } from "../../ui/useResource.ts";
import { useSubmission } from "../../ui/useSubmission.ts";
import { ScaleInput } from "../goals/ScaleInput.tsx";
import "../goals/goals.css";
import "./preparation.css";
import { BusyButton } from "../../ui/BusyButton.tsx";

/**
 * "Forbered dig til mødet": before a meeting the citizen writes, on her own phone or tablet, what
 * has gone well and what she wants to talk about, and puts her scale on her goals; or nothing at
 * all. It is hers alone (the server lets nobody else read it) until she taps "Vis det til mødet".
 * Plain text areas, so the phone keyboard's microphone can write for her.
 */
export function PreparationPage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t("preparation.documentTitle"));
  const [found, reload] = useResource(`preparation:${meetingId}`, () => getPreparation(meetingId));
  return (
    <Layout
      narrow
      citizen
      languageChoice={
        // Her choice is her e-mails' language too; a failed save leaves them as they were.
        <CitizenLanguageChoice
          folded
          onChosen={(language) => void chooseOwnLanguage({ language }).catch(() => undefined)}
        />
      }
    >
      <div className="preparation">
        <h1>{t("preparation.title")}</h1>
        {found.status === "loading" ? <p className="muted">{t("app.loading")}</p> : null}
        {found.status === "error" ? (
          found.error instanceof ApiFailure && found.error.status === 403 ? (
            <p className="notice notice--info">{t("preparation.onlyHers")}</p>
          ) : (
            <LoadFailure error={found.error} retry={reload} />
          )
        ) : null}
        {found.status === "ready" ? (
          found.data.sharedAt ? (
            <Shared meetingId={meetingId} preparation={found.data} />
          ) : (
            <PreparationForm meetingId={meetingId} preparation={found.data} onShared={reload} />
          )
        ) : null}
      </div>
    </Layout>
  );
}

function PreparationForm({
  meetingId,
  preparation,
  onShared,
}: {
  meetingId: string;
  preparation: Preparation;
  onShared: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const ids = { wentWell: useId(), talkAbout: useId(), hint: useId(), error: useId() };
  const [wentWell, setWentWell] = useState(preparation.wentWell);
  const [talkAbout, setTalkAbout] = useState(preparation.talkAbout);
  const [scales, setScales] = useState<Map<string, number>>(
    () => new Map(preparation.scales.map((scale) => [scale.goalId, scale.value])),
  );
  const submission = useSubmission();

  const body = () => ({
    wentWell,
    talkAbout,
    scales: [...scales].map(([goalId, value]) => ({ goalId, value }) as PreparedScale),
  });
  const setScale = (goalId: string, value: number | null) =>
    setScales((before) => {
      const after = new Map(before);
      if (value === null) after.delete(goalId);
      else after.set(goalId, value);
      return after;
    });

  const keep = async () => {
    submission.reset();
    await submission.run(async () => {
      await savePreparation(meetingId, body());
      return t("preparation.kept");
    });
  };

  const share = async (event: FormEvent) => {
    event.preventDefault();
    submission.reset();
    await submission.run(async () => {
      await savePreparation(meetingId, body());
      await sharePreparation(meetingId);
      onShared();
      return t("preparation.sharedNow");
    });
  };

  return (
    <form className="preparation__form" onSubmit={share} noValidate>
      <p className="lead">
        {t("preparation.meeting", { title: preparation.meetingTitle, when: format.dateTime(preparation.startsAt) })}
      </p>
      <p className="notice notice--info">{t("preparation.private")}</p>
      <p id={ids.hint} className="preparation__hint">
        {t("preparation.dictationHint")}
      </p>
      <div className="field">
        <label htmlFor={ids.wentWell}>{t("preparation.wentWell")}</label>
        <textarea
          id={ids.wentWell}
          rows={4}
          maxLength={WENT_WELL_MAX}
          aria-describedby={ids.hint}
          value={wentWell}
          onChange={(event) => setWentWell(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.talkAbout}>{t("preparation.talkAbout")}</label>
        <textarea
          id={ids.talkAbout}
          rows={4}
          maxLength={TALK_ABOUT_MAX}
          aria-describedby={ids.hint}
          value={talkAbout}
          onChange={(event) => setTalkAbout(event.target.value)}
        />
      </div>
      {preparation.goals.length > 0 ? (
        <section className="preparation__goals" aria-labelledby={`${ids.hint}-goals`}>
          <h2 id={`${ids.hint}-goals`}>{t("preparation.goals")}</h2>
          <p className="muted">{t("preparation.goalsHint")}</p>
          {preparation.goals.map((goal) => (
            <ScaleInput
              key={goal.id}
              name={`scale-${goal.id}`}
              legend={goal.text || t("preparation.untitledGoal")}
              value={scales.get(goal.id) ?? null}
              last={null}
              onChange={(value) => setScale(goal.id, value)}
              onClear={() => setScale(goal.id, null)}
            />
          ))}
        </section>
      ) : null}
      <div role="alert">{submission.error ? <FieldError id={ids.error}>{submission.error}</FieldError> : null}</div>
      <div className="preparation__actions">
        <BusyButton
          type="submit"
          className="button button--primary button--large"
          busy={submission.busy}
          busyLabel={t("busy.saving")}
        >
          {t("preparation.share")}
        </BusyButton>
        <BusyButton
          type="button"
          className="button button--large"
          onClick={keep}
          busy={submission.busy}
          busyLabel={t("busy.saving")}
        >
          {t("preparation.keep")}
        </BusyButton>
      </div>
      <p className="muted">{t("preparation.shareExplained")}</p>
      <p className="form__done" aria-live="polite">
        {submission.done}
      </p>
    </form>
  );
}

/** After "Vis det til mødet": what she shared, and the way to the meeting. */
function Shared({ meetingId, preparation }: { meetingId: string; preparation: Preparation }) {
  const { t } = useTranslation();
  const goalText = new Map(preparation.goals.map((goal) => [goal.id, goal.text]));
  return (
    <>
      <p className="notice notice--success" role="status">
        {t("preparation.sharedNotice")}
      </p>
      <dl className="preparation__shared">
        {preparation.wentWell.trim() ? (
          <>
            <dt>{t("preparation.wentWell")}</dt>
            <dd>{preparation.wentWell}</dd>
          </>
        ) : null}
        {preparation.talkAbout.trim() ? (
          <>
            <dt>{t("preparation.talkAbout")}</dt>
            <dd>{preparation.talkAbout}</dd>
          </>
        ) : null}
        {preparation.scales.map((scale) => (
          <div key={scale.goalId} className="preparation__scale">
            <dt>{goalText.get(scale.goalId) || t("preparation.untitledGoal")}</dt>
            <dd>{t("preparation.yourScale", { value: scale.value })}</dd>
          </div>
        ))}
      </dl>
      <p>
        <Link href={`/meetings/${meetingId}`}>{t("preparation.toMeeting")}</Link>
      </p>
    </>
  );
}
