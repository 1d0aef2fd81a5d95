import type { SectionKey } from "@samplan/shared/vocabulary";
import { writesIn } from "@samplan/shared/vocabulary";
import { type ReactNode, useMemo } from "react";
import { MeetingContext } from "./meetingContext.ts";
import { useMeeting } from "./useMeeting.ts";

/**
 * One section of the plan, read-only to whoever does not write in it: her own people see her
 * goals but write only in Siden sidst and Næste skridt. The server refuses the rest
 * (SectionGuard); this only keeps the view from offering it.
 */
export function WritingIn({ section, children }: { section: SectionKey; children: ReactNode }) {
  const meeting = useMeeting();
  const readOnly = meeting.readOnly || !writesIn(meeting.user.role, section);
  const value = useMemo(() => ({ ...meeting, readOnly }), [meeting, readOnly]);
  return <MeetingContext.Provider value={value}>{children}</MeetingContext.Provider>;
}
