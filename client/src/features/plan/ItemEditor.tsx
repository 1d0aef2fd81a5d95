import { plainText } from "@samplan/shared/model";
import { lazy, Suspense, useCallback, useRef } from "react";
import { RichTextView } from "./RichTextView.tsx";
import type { ItemEditorProps } from "./TextEditor.tsx";

// TipTap, ProseMirror and the Yjs binding are half of the meeting page's JavaScript. They load
// once the meeting page is drawn, while the plan is already on screen to read, rather than before
// anything is: on a tablet on a slow connection that is seconds sooner (docs/benchmarks.md).
const loadTextEditor = () => import("./TextEditor.tsx");
const TextEditor = lazy(loadTextEditor);

/** Starts loading the editor now, so it is there by the time someone adds the first item. */
export function preloadTextEditor(): void {
  void loadTextEditor();
}

/**
 * The rich text of one item: its editor, and until the editor has loaded the same text drawn as
 * the editor draws it, in the same box, so nothing moves when the editor takes over. The stand-in
 * is not a text box to assistive technology: there is nothing to type into yet.
 */
export function ItemEditor(props: ItemEditorProps) {
  const { fragment, id, readOnly, placeholder, autoFocus } = props;
  // An item added before the editor has arrived still gets the caret once it does: the wish to
  // focus is kept until the editor has mounted, even if the section has moved on meanwhile.
  const focusWhenLoaded = useRef(false);
  if (autoFocus) focusWhenLoaded.current = true;
  const mounted = useCallback(() => {
    focusWhenLoaded.current = false;
  }, []);
  return (
    <Suspense fallback={<StandIn fragment={fragment} id={id} placeholder={readOnly ? "" : placeholder} />}>
      <TextEditor {...props} autoFocus={autoFocus || focusWhenLoaded.current} onMounted={mounted} />
    </Suspense>
  );
}

/** The text drawn as the editor draws it; a component, so its emptiness is read only while it shows. */
function StandIn({ fragment, id, placeholder }: Pick<ItemEditorProps, "fragment" | "id" | "placeholder">) {
  return (
    <div
      className="item-editor"
      data-empty={plainText(fragment) === "" ? "true" : "false"}
      data-placeholder={placeholder}
    >
      <RichTextView id={id} fragment={fragment} className="item-editor__content item-editor__content--loading" />
    </div>
  );
}
