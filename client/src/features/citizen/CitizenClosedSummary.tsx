import type { MeetingWithCase } from "@samplan/shared/api";
import type { PlanDocument } from "@samplan/shared/model";
import { renderMinutes } from "@samplan/shared/model";
import { useEffect, useState } from "react";
import { CitizenSummary } from "./CitizenSummary.tsx";

/**
 * The citizen's "Det aftalte vi" once the meeting is closed, built from the (now read-only)
 * document they are connected to with the same function the server writes the minutes with.
 * The next meeting's time comes with the meeting itself.
 */
export function CitizenClosedSummary({ doc, meeting }: { doc: PlanDocument; meeting: MeetingWithCase }) {
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const onUpdate = () => setGeneration((n) => n + 1);
    doc.on("update", onUpdate);
    return () => doc.off("update", onUpdate);
  }, [doc]);
  const minutes = renderMinutes({
    meeting: { id: meeting.id, title: meeting.title, startsAt: meeting.startsAt, closedAt: meeting.closedAt },
    citizenName: meeting.citizenName,
    caseReference: null,
    participants: [],
    nextMeetingAt: meeting.nextMeetingAt,
    doc,
  });
  return (
    <CitizenSummary key={generation} minutes={minutes} showNextMeeting={meeting.nextMeetingAt !== null} readAloud />
  );
}
