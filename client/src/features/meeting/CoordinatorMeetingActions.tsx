import type { MeetingWithCase } from "@samplan/shared/api";
import { CancelMeetingButton } from "./CancelMeetingButton.tsx";
import { CloseMeetingButton } from "./CloseMeetingButton.tsx";
import { HandTabletButton } from "./HandTabletButton.tsx";

interface Props {
  meeting: MeetingWithCase;
  closed: boolean;
  onClosed: () => void;
}

/**
 * The coordinator's buttons under the meeting's heading: hand the tablet over, close, cancel. Its
 * own chunk (MeetingPage loads it lazily), so the citizen's tablet and the professionals' phones
 * do not download the dialogs behind them.
 */
export function CoordinatorMeetingActions({ meeting, closed, onClosed }: Props) {
  return (
    <div className="meeting-heading__actions">
      <HandTabletButton meetingId={meeting.id} />
      {closed ? null : <CloseMeetingButton meetingId={meeting.id} onClosed={onClosed} />}
      {meeting.status === "planned" ? (
        <CancelMeetingButton meetingId={meeting.id} caseId={meeting.caseId} title={meeting.title} />
      ) : null}
    </div>
  );
}
