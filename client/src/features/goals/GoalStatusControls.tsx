import { markGoalReached, reactivateGoal, setGoalAside } from "@samplan/shared/model";
import type { GoalId, GoalStatus } from "@samplan/shared/vocabulary";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FieldError } from "../../ui/FieldError.tsx";
import { useMeeting } from "../meeting/useMeeting.ts";

interface Props {
  goalId: GoalId;
  /** "Mål 1", for announcements. */
  label: string;
  status: GoalStatus;
  reason: string;
  /** The meeting the goal came from, if it was carried over. */
  carriedFrom: string | null;
}

type Focus = "reached" | "aside" | "reactivate" | "reason";

const TONE: Record<GoalStatus, string> = {
  active: "badge badge--muted",
  reached: "badge badge--success",
  setAside: "badge badge--warning",
};

/**
 * Where the goal stands: active, reached, or set aside with a reason; anyone may change it. A goal
 * is never deleted once it has a history, so these are the ways to let one go. The buttons that
 * appear after a change take the focus, since the pressed one is gone.
 */
export function GoalStatusControls({ goalId, label, status, reason, carriedFrom }: Props) {
  const { t } = useTranslation();
  const { doc, readOnly, announce } = useMeeting();
  const ids = { reason: useId(), error: useId() };
  const editorId = `editor-${goalId}`;
  const [asking, setAsking] = useState(false);
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);
  const refs = {
    reached: useRef<HTMLButtonElement>(null),
    aside: useRef<HTMLButtonElement>(null),
    reactivate: useRef<HTMLButtonElement>(null),
    reason: useRef<HTMLInputElement>(null),
  };
  const focusNext = useRef<Focus | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when what is on screen changed.
  useEffect(() => {
    const wanted = focusNext.current;
    focusNext.current = null;
    if (wanted) refs[wanted].current?.focus();
  }, [status, asking]);

  const cancel = () => {
    setAsking(false);
    setError(null);
    focusNext.current = "aside";
  };

  const confirmAside = (event: FormEvent) => {
    event.preventDefault();
    const why = draft.trim();
    if (!why) {
      setError(t("progress.reasonRequired"));
      refs.reason.current?.focus();
      return;
    }
    setGoalAside(doc, goalId, why);
    setAsking(false);
    setDraft("");
    setError(null);
    focusNext.current = "reactivate";
    announce(t("progress.asideDone", { goal: label }));
  };

  return (
    <div className="goal-status">
      <div className="goal-status__badges">
        {carriedFrom ? <span className="badge badge--muted">{t("progress.carried")}</span> : null}
        <span className={TONE[status]}>
          {t("progress.statusLabel", { status: t(`progress.goalStatus.${status}`) })}
        </span>
      </div>
      {status === "setAside" && reason ? (
        <p className="goal-status__reason">{t("progress.statusReason", { reason })}</p>
      ) : null}
      {readOnly ? null : asking ? (
        <form className="goal-status__ask" onSubmit={confirmAside} noValidate>
          <div className="field">
            <label htmlFor={ids.reason}>{t("progress.reason")}</label>
            <input
              ref={refs.reason}
              id={ids.reason}
              type="text"
              autoComplete="off"
              maxLength={500}
              value={draft}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? ids.error : undefined}
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === "Escape") cancel();
              }}
            />
            {error ? <FieldError id={ids.error}>{error}</FieldError> : null}
          </div>
          <div className="goal-status__actions">
            <button type="submit" className="button button--primary">
              {t("progress.confirmAside")}
            </button>
            <button type="button" className="button" onClick={cancel}>
              {t("app.cancel")}
            </button>
          </div>
        </form>
      ) : status === "active" ? (
        <div className="goal-status__actions">
          <button
            ref={refs.reached}
            type="button"
            className="button"
            aria-describedby={editorId}
            onClick={() => {
              markGoalReached(doc, goalId);
              focusNext.current = "reactivate";
              announce(t("progress.reachedDone", { goal: label }));
            }}
          >
            {t("progress.markReached")}
          </button>
          <button
            ref={refs.aside}
            type="button"
            className="button"
            aria-describedby={editorId}
            onClick={() => {
              focusNext.current = "reason";
              setAsking(true);
            }}
          >
            {t("progress.setAside")}
          </button>
        </div>
      ) : (
        <div className="goal-status__actions">
          <button
            ref={refs.reactivate}
            type="button"
            className="button"
            aria-describedby={editorId}
            onClick={() => {
              reactivateGoal(doc, goalId);
              focusNext.current = "reached";
              announce(t("progress.reactivated", { goal: label }));
            }}
          >
            {t("progress.reactivate")}
          </button>
        </div>
      )}
    </div>
  );
}
