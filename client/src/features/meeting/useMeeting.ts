import { useContext } from "react";
import { MeetingContext, type MeetingContextValue } from "./meetingContext.ts";

export function useMeeting(): MeetingContextValue {
  const meeting = useContext(MeetingContext);
  if (!meeting) throw new Error("useMeeting is only for components inside a live meeting");
  return meeting;
}
