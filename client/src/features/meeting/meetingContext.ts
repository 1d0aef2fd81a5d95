import type { HocuspocusProvider } from "@hocuspocus/provider";
import type { MeetingHistory, PresenceUser } from "@samplan/shared/model";
import type { Role } from "@samplan/shared/vocabulary";
import { createContext } from "react";
import type * as Y from "yjs";

/** What every part of a live meeting needs: the document, its connection, who you are. */
export interface MeetingContextValue {
  doc: Y.Doc;
  /** Your one history of the plan, shared by the undo buttons and every editor. */
  history: MeetingHistory;
  provider: HocuspocusProvider;
  user: PresenceUser;
  /** An observer follows along: nothing in the plan can be changed from this page. */
  readOnly: boolean;
  /**
   * The citizen's view: plain words in the headings and hints, large type, and next steps shown
   * as who/when with a tick for the citizen's own. The same items as everyone else's view.
   */
  plain: boolean;
  /** Whether an item is in the citizen's own words, from who added it. */
  isCitizen: (item: { createdBy: string; createdByRole: Role | null }) => boolean;
  /** Says something to screen reader users without moving focus (item added, moved, removed). */
  announce: (message: string) => void;
}

export const MeetingContext = createContext<MeetingContextValue | null>(null);
