import type { RichText } from "@samplan/shared/model";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { Selection } from "@tiptap/pm/state";
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import { useEffect, useLayoutEffect } from "react";
import { useMeeting } from "../meeting/useMeeting.ts";
import { renderCaret } from "./caret.ts";
import { FormatToolbar, focusToolbar } from "./FormatToolbar.tsx";
import { OFFERED_INPUT_RULES, pastedAsOffered, planItemExtensions } from "./planItemText.ts";
import { startWritingIn, stopWritingIn, useIsWritingIn } from "./writingItem.ts";

export interface ItemEditorProps {
  fragment: RichText;
  /** The editor's accessible name, e.g. "Mål 1"; follows the item when it moves. */
  label: string;
  placeholder: string;
  autoFocus: boolean;
  id: string;
  /** Observers see the text as it is written but cannot change it. */
  readOnly: boolean;
  /** id of something that says more about the item, such as "Med borgerens egne ord". */
  describedBy?: string;
  /** Called once the editor is on the page. */
  onMounted?: () => void;
  /** Where on the screen the item was touched before its editor was there: the caret goes there. */
  caretAt?: { x: number; y: number } | null;
  /** Letters typed into the stand-in before the editor was there, to be written where the caret is. */
  typedAhead?: string;
}

function attributes(label: string, id: string, readOnly: boolean, describedBy?: string): Record<string, string> {
  // Replacing editorProps.attributes drops TipTap's own role and class, so both are set here.
  return {
    id,
    role: "textbox",
    "aria-multiline": "true",
    "aria-label": label,
    ...(readOnly ? { "aria-readonly": "true" } : {}),
    ...(describedBy ? { "aria-describedby": describedBy } : {}),
    class: "tiptap item-editor__content",
    // Each item reads in the direction of what is written in it: her Arabic goal right to left in
    // the professionals' Danish view, a Danish name left to right in her Arabic one.
    dir: "auto",
  };
}

/**
 * The rich text of one item, bound to its own Y.XmlFragment and showing the others' carets. Loaded
 * on its own, after the plan is drawn (ItemEditor.tsx).
 */
export default function TextEditor({
  fragment,
  label,
  placeholder,
  autoFocus,
  id,
  readOnly,
  describedBy,
  onMounted,
  caretAt,
  typedAhead,
}: ItemEditorProps) {
  const { provider, user, history, plain } = useMeeting();
  const { name, role, color } = user;
  // What is typed here goes on the meeting's one history from the first keystroke.
  history.trackTextOrigin(ySyncPluginKey);

  const editor = useEditor(
    {
      extensions: [
        // Only what a plan item may hold can be made here (planItemText.ts). Collaboration's undo
        // is given the meeting's one history, so Ctrl+Z here and "Fortryd" take back the same change.
        ...planItemExtensions(),
        Collaboration.configure({ fragment, yUndoOptions: { undoManager: history } }),
        // The whole presence user, not just name and colour: this extension writes it to
        // awareness, and the presence bar reads the role from there.
        CollaborationCaret.configure({ provider, user: { name, role, color }, render: renderCaret }),
      ],
      // Coming back to an item is a new step back: what is typed now is not merged into the words
      // written before, however quickly (a burst of typing within half a second is one step).
      onFocus: () => {
        history.stopCapturing();
        startWritingIn(id);
      },
      enableInputRules: OFFERED_INPUT_RULES,
      enablePasteRules: ["bold", "italic"],
      autofocus: autoFocus && !readOnly && !caretAt ? "end" : false,
      editable: !readOnly,
      // TipTap would add its base rules as an inline <style>, which only a CSP with
      // 'unsafe-inline' allows; the same rules live in styles/editor.css.
      injectCSS: false,
      editorProps: {
        attributes: attributes(label, id, readOnly, describedBy),
        transformPastedHTML: pastedAsOffered,
        // Alt+F10 goes to the toolbar, as in word processors; Escape there comes back.
        handleKeyDown: (_view, event) => event.altKey && event.key === "F10" && focusToolbar(id),
      },
    },
    [fragment, provider, history, name, role, color, readOnly],
  );

  useEffect(() => {
    if (editor && !editor.isDestroyed) {
      editor.setOptions({
        editorProps: { ...editor.options.editorProps, attributes: attributes(label, id, readOnly, describedBy) },
      });
    }
  }, [editor, label, id, readOnly, describedBy]);

  // TipTap's own autofocus waits a task; keys typed right after "Tilføj …" would land on that
  // button meanwhile (and a space would press it again). Focus the view in the same commit. The
  // text is drawn where the stand-in drew it, so a touch on the stand-in finds its place here.
  // biome-ignore lint/correctness/useExhaustiveDependencies: where she touched and what she typed matter only as the editor appears.
  useLayoutEffect(() => {
    if (!autoFocus || readOnly || !editor || editor.isDestroyed || !editor.view.dom.isConnected) return;
    // The caret is placed now, not when TipTap's own autofocus gets round to it a task later:
    // keys typed in between would land at the start of the text.
    const touched = caretAt ? editor.view.posAtCoords({ left: caretAt.x, top: caretAt.y }) : null;
    editor.commands.setTextSelection(touched ? touched.pos : Selection.atEnd(editor.state.doc).from);
    if (typedAhead) editor.commands.insertContent(typedAhead);
    editor.view.focus();
  }, [editor, autoFocus, readOnly]);
  useEffect(() => onMounted?.(), [onMounted]);

  useEffect(() => () => stopWritingIn(id), [id]);

  const isEmpty = useEditorState({ editor, selector: ({ editor: current }) => current?.isEmpty ?? true });
  // No toolbar in her plain view: it is made for saying things in her own words, one large target
  // at a time, and a row of formatting buttons under each text would add five targets that change
  // nothing she says. The professionals can make a list of her words; Ctrl+B and the like still work.
  const toolbar = useIsWritingIn(id) && !readOnly && !plain && editor;

  return (
    <>
      <div
        className="item-editor"
        data-empty={isEmpty ? "true" : "false"}
        data-placeholder={readOnly ? "" : placeholder}
      >
        <EditorContent editor={editor} />
      </div>
      {toolbar ? <FormatToolbar editor={editor} editorId={id} label={label} /> : null}
    </>
  );
}
