import { type MeetingRatingBody, RATING_QUESTIONS } from "@samplan/shared/api";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { getOwnMeetingRating, rateMeeting } from "../../api/meetingRating.ts";
import { BusyButton } from "../../ui/BusyButton.tsx";
import { useResource } from "../../ui/useResource.ts";
import { useSubmission } from "../../ui/useSubmission.ts";
import { RatingQuestion } from "./RatingQuestion.tsx";
import { RatingSummary } from "./RatingSummary.tsx";
import "./meetingRating.css";

const NOTHING: MeetingRatingBody = {
  heard: null,
  mattered: null,
  wayOfWorking: null,
  overall: null,
  networkMaySee: false,
};

/**
 * "Hvordan var mødet for dig?" under "Det aftalte vi" once the meeting is closed: the moment she
 * expects to be asked, with the meeting done and the tablet still in her hands, and not while the
 * table is still talking. Four questions, each her own choice to answer; she may skip them all, and
 * change her answers until the minutes are approved. Her answers go to the server, never into the
 * plan every participant holds.
 */
export function MeetingRatingOffer({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [own, reload] = useResource(`meeting-rating:${meetingId}`, () => getOwnMeetingRating(meetingId));
  const [draft, setDraft] = useState<MeetingRatingBody | null>(null);
  const [skipped, setSkipped] = useState(false);
  const submission = useSubmission();

  // Nothing to offer while loading, or if it cannot be read: the summary above is what matters.
  if (own.status !== "ready") return null;
  const { rating, canChange } = own.data;
  if (!rating && !canChange) return null;

  const start = () => {
    setSkipped(false);
    submission.reset();
    // Her answers as the body to send: what is kept besides them (when) is the server's to say.
    setDraft(
      rating
        ? {
            heard: rating.heard,
            mattered: rating.mattered,
            wayOfWorking: rating.wayOfWorking,
            overall: rating.overall,
            networkMaySee: rating.networkMaySee,
          }
        : NOTHING,
    );
  };

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    if (RATING_QUESTIONS.every((q) => draft[q] === null)) return submission.fail(t("meetingRating.citizen.chooseOne"));
    void submission.run(async () => {
      await rateMeeting(meetingId, draft);
      setDraft(null);
      reload();
      return t("meetingRating.citizen.thanks");
    });
  };

  const editing = draft ?? (rating || skipped ? null : NOTHING);
  return (
    <section className="card meeting-rating" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("meetingRating.citizen.heading")}</h2>
      {editing ? (
        <form className="stack" onSubmit={send} noValidate>
          <p>{t("meetingRating.citizen.intro")}</p>
          {RATING_QUESTIONS.map((question, i) => (
            <RatingQuestion
              key={question}
              question={question}
              number={i + 1}
              value={editing[question]}
              onChange={(value) => setDraft({ ...editing, [question]: value })}
            />
          ))}
          <label className="meeting-rating__share">
            <input
              type="checkbox"
              checked={editing.networkMaySee}
              onChange={(e) => setDraft({ ...editing, networkMaySee: e.target.checked })}
            />
            <span>
              {t("meetingRating.citizen.shareLabel")}
              <span className="meeting-rating__hint">{t("meetingRating.citizen.shareHint")}</span>
            </span>
          </label>
          <div role="alert">{submission.error ? <p className="field-error">{submission.error}</p> : null}</div>
          <div className="meeting-rating__actions">
            <BusyButton
              type="submit"
              className="button button--primary button--large"
              busy={submission.busy}
              busyLabel={t("busy.sending")}
            >
              {t("meetingRating.citizen.send")}
            </BusyButton>
            <button
              type="button"
              className="button button--large"
              onClick={() => {
                setDraft(null);
                setSkipped(true);
                submission.reset();
              }}
            >
              {t("meetingRating.citizen.skip")}
            </button>
          </div>
        </form>
      ) : rating ? (
        <RatingSummary rating={rating} canChange={canChange} onChange={start} />
      ) : (
        <div className="stack">
          <p>{t("meetingRating.citizen.skipped")}</p>
          <p>
            <button type="button" className="button button--large" onClick={start}>
              {t("meetingRating.citizen.answerAnyway")}
            </button>
          </p>
        </div>
      )}
      <p className="form__done" aria-live="polite">
        {submission.done}
      </p>
    </section>
  );
}
