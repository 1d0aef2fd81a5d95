import * as Y from "yjs";
import { SECTION_KEYS } from "./MeetingDocument.ts";
import { MODEL_ORIGIN } from "./origin.ts";

export interface MeetingHistoryOptions {
  /**
   * The origins of this person's typing, besides the model's own: each text editor's binding
   * writes under its own origin (y-prosemirror's ySyncPluginKey).
   */
  textOrigins?: readonly unknown[];
  /** Whether undo may delete an item; by default, anything but a text editor's non-empty paragraph. */
  deleteFilter?: (item: Y.Item) => boolean;
  /** Whether a transaction goes on the history at all; by default, not what an editor marks "addToHistory: false". */
  captureTransaction?: (transaction: Y.Transaction) => boolean;
}

/**
 * Undo may delete anything but a paragraph or a text that still has content: the rule of
 * y-prosemirror's own history (its defaultDeleteFilter with "paragraph" protected), so taking back
 * a change never leaves an editor without the paragraph it keeps. Written here rather than imported
 * so the meeting's history needs nothing of the editor, which loads after the plan is on screen.
 */
export function undoMayDelete(item: Y.Item): boolean {
  const content = item.content;
  if (!(content instanceof Y.ContentType)) return true;
  const type = content.type;
  const kept = type instanceof Y.Text || (type instanceof Y.XmlElement && type.nodeName === "paragraph");
  return !kept || type._length === 0;
}

/** An editor's transaction marked "addToHistory: false" (its own bookkeeping) is not a change to take back. */
const meantForHistory = (transaction: Y.Transaction) => transaction.meta.get("addToHistory") !== false;

// Typing within this long is one step back, as in every editor; a structural change is always a
// step of its own.
const TYPING_STEP_MS = 500;

/**
 * One person's history of the whole plan: the items they added, moved and changed, and the text
 * they typed into any of them, in the order they did it. "Fortryd" and Ctrl+Z both take back the
 * last of these — whatever it was — and never anyone else's change, which arrives under the
 * provider's origin and is tracked by nobody.
 *
 * Every text editor of the meeting is given this one manager. An editor's undo plugin destroys the
 * manager it was given when the editor goes (an item scrolled away, a section folded); here that
 * is a no-op, since the history belongs to the meeting. It ends with the document: its only hold
 * is a listener on the doc.
 */
export class MeetingHistory extends Y.UndoManager {
  constructor(doc: Y.Doc, options: MeetingHistoryOptions = {}) {
    super(
      SECTION_KEYS.map((key) => doc.getMap(key)),
      {
        trackedOrigins: new Set<unknown>([MODEL_ORIGIN, ...(options.textOrigins ?? [])]),
        captureTimeout: TYPING_STEP_MS,
        deleteFilter: options.deleteFilter ?? undoMayDelete,
        captureTransaction: options.captureTransaction ?? meantForHistory,
      },
    );
    const alone = (transaction: Y.Transaction) => {
      if (transaction.origin === MODEL_ORIGIN) this.stopCapturing();
    };
    // Before: not merged into the typing just before it. After: the typing after it not into it.
    doc.on("beforeTransaction", alone);
    doc.on("afterTransactionCleanup", alone);
  }

  /**
   * Follows a text editor's typing from now on: its binding writes under an origin of its own,
   * known only once the editor has loaded. Adding the same origin again changes nothing.
   */
  trackTextOrigin(origin: unknown): void {
    this.trackedOrigins.add(origin);
  }

  override destroy(): void {
    // Editors come and go; the meeting's history stays (see above).
  }
}
