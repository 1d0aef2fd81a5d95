import type { Principal } from "@samplan/shared/api";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
// The meeting's Danish part, which its pages load anyway (App.tsx): for the names of the reasons.
import { meetingWords } from "../../i18n/da/meetingWords.ts";
import type { MeetingRefusal as Refusal } from "./useMeetingConnection.ts";

type Reason = keyof typeof meetingWords.meeting.refusals;
const REASONS = new Set(Object.keys(meetingWords.meeting.refusals));

function reasonOf(refusal: Refusal): Reason {
  if (refusal.kind === "refused") return REASONS.has(refusal.reason) ? (refusal.reason as Reason) : "unknown";
  const { failure } = refusal;
  if (failure.code === "invitation_revoked") return "invitation-revoked";
  if (failure.code === "invitation_expired") return "invitation-expired";
  if (failure.code === "forbidden") return "forbidden";
  // The same words as when the websocket refuses for want of consent.
  if (failure.code === "consent_required") return "consent-withdrawn";
  // The server says only that there is no session: for a guest, their invitation stopped working.
  if (failure.status === 401) return "access-ended";
  if (failure.code === "not_found") return "unknown-meeting";
  return "unknown";
}

/**
 * Shown instead of the meeting when the server will not let this person in (any more): one calm
 * sentence about why and what to do, never an empty or endlessly loading page.
 */
export function MeetingRefusal({ refusal, principal }: { refusal: Refusal; principal: Principal }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const reason = reasonOf(refusal);

  // The meeting vanished under whoever was reading or writing: take them to the explanation.
  useEffect(() => heading.current?.focus(), []);

  return (
    <div className="refusal" role="alert">
      <h2 ref={heading} tabIndex={-1}>
        {t("meeting.refusedTitle")}
      </h2>
      <p className="refusal__message">{t(`meeting.refusals.${reason}`)}</p>
      <p className="refusal__actions">
        {principal.kind === "guest" ? (
          <Link href="/join" className="button button--primary">
            {t("meeting.newCode")}
          </Link>
        ) : (
          <>
            <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
              {t("meeting.reload")}
            </button>
            <Link href="/" className="button">
              {t("meeting.toStart")}
            </Link>
          </>
        )}
      </p>
    </div>
  );
}
