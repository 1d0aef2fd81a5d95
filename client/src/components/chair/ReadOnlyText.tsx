import type { RichText } from "@samplan/shared/model";
import Collaboration from "@tiptap/extension-collaboration";
import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";

/**
 * An item's rich text as it is being written, for the big screen: bound to the same fragment as
 * the editors, so it follows every keystroke, but not editable and with no caret or presence of
 * its own (the screen is not a person in the meeting).
 */
export function ReadOnlyText({ fragment }: { fragment: RichText }) {
  const editor = useEditor(
    {
      extensions: [StarterKit.configure({ undoRedo: false }), Collaboration.configure({ fragment })],
      editable: false,
      injectCSS: false,
      editorProps: { attributes: { class: "tiptap big-screen__text" } },
    },
    [fragment],
  );
  return <EditorContent editor={editor} />;
}
