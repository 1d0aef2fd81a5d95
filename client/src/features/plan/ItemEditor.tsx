import { plainText } from "@samplan/shared/model";
import { type KeyboardEvent, type PointerEvent, useCallback, useEffect, useRef, useState } from "react";
import { useMeeting } from "../meeting/useMeeting.ts";
import { waitForTurn } from "./editorTurns.ts";
import { RichTextView } from "./RichTextView.tsx";
import type { ItemEditorProps } from "./TextEditor.tsx";
import { loadTextEditor, useTextEditorComponent } from "./textEditorLoader.ts";

/** Starts loading the editor now, so it is there by the time someone adds the first item. */
export function preloadTextEditor(): void {
  loadTextEditor();
}

/**
 * The rich text of one item: its editor, and until the editor is there the same text drawn as
 * the editor draws it, in the same box, so nothing moves when the editor takes over.
 *
 * When the editor is made differs by view (docs/benchmarks.md, "Editors when they are needed"):
 * - In the citizen's view an item gets its editor when she goes to write in it (touches it or
 *   tabs to it): making ten editors cost her tablet a second of its main thread, most of it for
 *   texts she only reads. The stand-in is a text box with the editor's name until then; it hands
 *   the editor the place she touched and anything she typed before the editor was there.
 * - Elsewhere every item gets its editor, one per task in the plan's order (editorTurns.ts), so the
 *   page answers a tap in between; until then the stand-in is only text.
 * An item just added gets its editor at once, in either view.
 */
export function ItemEditor(props: ItemEditorProps) {
  const { fragment, id, readOnly, placeholder, autoFocus, label, describedBy } = props;
  const { plain } = useMeeting();
  const TextEditor = useTextEditorComponent();
  // An item added before the editor has arrived still gets the caret once it does: the wish to
  // focus is kept until the editor has mounted, even if the section has moved on meanwhile.
  const focusWhenLoaded = useRef(false);
  if (autoFocus) focusWhenLoaded.current = true;
  const touchedAt = useRef<{ x: number; y: number } | null>(null);
  const typedAhead = useRef("");
  const [active, setActive] = useState(false);
  const made = useRef(false);
  const leave = useRef<(() => void) | null>(null);
  // Queued once, when the item first shows; leaving on unmount gives up the place or the turn.
  // An editor made before its turn (an item just added here mounts its editor before this effect
  // runs, a child's effects coming first) passes the turn straight on, or nobody else would get one.
  useEffect(() => {
    if (plain || made.current) return;
    const leaveQueue = waitForTurn(() => {
      if (made.current) leaveQueue();
      else setActive(true);
    });
    leave.current = leaveQueue;
    return leaveQueue;
  }, [plain]);
  // Once made, an item keeps its editor.
  const mounted = useCallback(() => {
    made.current = true;
    focusWhenLoaded.current = false;
    touchedAt.current = null;
    typedAhead.current = "";
    setActive(true);
    leave.current?.();
  }, []);
  const goToWrite = () => {
    if (readOnly) return;
    focusWhenLoaded.current = true;
    loadTextEditor();
    setActive(true);
  };
  if (TextEditor && (active || focusWhenLoaded.current)) {
    return (
      <TextEditor
        {...props}
        autoFocus={autoFocus || focusWhenLoaded.current}
        caretAt={touchedAt.current}
        typedAhead={typedAhead.current}
        onMounted={mounted}
      />
    );
  }
  return (
    <StandIn
      fragment={fragment}
      id={id}
      placeholder={readOnly ? "" : placeholder}
      textBox={plain ? { label, describedBy, readOnly } : null}
      // Where she touched is kept for the caret; the editor is made when the touch has focused the
      // stand-in. Made at the touch itself, the stand-in would be gone before the browser focused
      // what was touched, and the focus, and the first letters typed, would go nowhere.
      onPointerDown={(event) => {
        touchedAt.current = { x: event.clientX, y: event.clientY };
        // In the other views the stand-in takes no focus: a touch only brings its turn forward.
        if (!plain) setActive(true);
      }}
      onFocus={goToWrite}
      onKeyDown={(event) => {
        // Letters typed while the editor's code is still on its way are kept for it.
        if (readOnly || event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
        event.preventDefault();
        typedAhead.current += event.key;
      }}
    />
  );
}

interface StandInProps extends Pick<ItemEditorProps, "fragment" | "id" | "placeholder"> {
  /** A text box to assistive technology and the keyboard, as the editor will be; or only text. */
  textBox: Pick<ItemEditorProps, "label" | "describedBy" | "readOnly"> | null;
  onPointerDown: (event: PointerEvent) => void;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

/** The text drawn as the editor draws it; a component, so its emptiness is read only while it shows. */
function StandIn({ fragment, id, placeholder, textBox, onPointerDown, onFocus, onKeyDown }: StandInProps) {
  const box = textBox
    ? {
        role: "textbox",
        "aria-multiline": true,
        "aria-label": textBox.label,
        "aria-describedby": textBox.describedBy,
        "aria-readonly": textBox.readOnly || undefined,
        tabIndex: textBox.readOnly ? undefined : 0,
        onFocus,
        onKeyDown,
      }
    : {};
  return (
    <div
      className="item-editor"
      data-empty={plainText(fragment) === "" ? "true" : "false"}
      data-placeholder={placeholder}
      onPointerDown={onPointerDown}
    >
      <RichTextView
        id={id}
        fragment={fragment}
        className="item-editor__content item-editor__content--loading"
        {...box}
      />
    </div>
  );
}
