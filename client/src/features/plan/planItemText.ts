import { Extension } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";

/**
 * What a plan item's text may hold, and why.
 *
 * Offered (toolbar, shortcuts, typing): paragraphs, line breaks (Shift+Enter), bullet and numbered
 * lists, bold and italic. That is what a goal or a next step needs ("Det vil hjælpe: 1. sove om
 * natten 2. gå tur"), and all of it reads the same in the record: the minutes, the PDF, the journal
 * note and carried-over steps are plain text or Markdown, where a list is "- " or "1. " lines
 * (shared/src/model/plainTextBlocks.ts). A heading, a code block, a quote, a rule, strike-through,
 * underline or inline code says nothing in a plan for a citizen, does not survive into the record,
 * and until now was mostly made by accident: "# " or "```" typed at the start of a line, Ctrl+E,
 * Ctrl+Alt+1.
 *
 * Not offered, but kept in the editor's schema: y-prosemirror (y-tiptap's createNodeFromYElement)
 * deletes from the shared document any element whose node type the schema does not know, so a
 * heading written last year would be deleted, for everyone, the first time someone opened the plan.
 * Those nodes and marks stay readable and intact; only the ways of making new ones are switched
 * off (their input rules and paste rules here, their keyboard shortcuts in NotOffered).
 */
export const OFFERED_INPUT_RULES = ["bold", "italic", "bulletList"];
// A numbered list has no input rule: "1. " at the start of a line is how a Danish date starts
// ("1. maj"), and the list would be made while she writes the date. The toolbar and Ctrl+Shift+7 make one.

/** Shortcuts of the nodes and marks kept only for existing text: pressed, they do nothing. */
const NotOffered = Extension.create({
  name: "notOffered",
  // Before StarterKit's own keymaps (priority 100), so these keys never reach them.
  priority: 1000,
  addKeyboardShortcuts() {
    const nothing = () => true;
    const keys = ["Mod-Alt-c", "Mod-e", "Mod-Shift-s", "Mod-Shift-b", "Mod-u", "Mod-U"];
    for (let level = 1; level <= 6; level++) keys.push(`Mod-Alt-${level}`);
    return Object.fromEntries(keys.map((key) => [key, nothing]));
  },
});

export function planItemExtensions() {
  return [
    // The plain history would undo other people's words too; Collaboration's undo is given the
    // meeting's one history instead (TextEditor.tsx). A link is kept for text that has one, but
    // not made from what is typed or pasted, and not followed on a click in the middle of a meeting.
    StarterKit.configure({ undoRedo: false, link: { autolink: false, linkOnPaste: false, openOnClick: false } }),
    NotOffered,
  ];
}

// Pasted from a web page or a Word document, a heading, quote or code block arrives as a paragraph
// and strike-through, underline or code as plain words: what is pasted is what may be written.
const PASTED_AS_PARAGRAPH = "h1, h2, h3, h4, h5, h6, blockquote, pre";
const PASTED_AS_WORDS = "code, s, strike, del, u";

export function pastedAsOffered(html: string): string {
  const pasted = new DOMParser().parseFromString(html, "text/html");
  for (const element of pasted.body.querySelectorAll(PASTED_AS_PARAGRAPH)) {
    const paragraph = pasted.createElement("p");
    paragraph.append(...element.childNodes);
    element.replaceWith(paragraph);
  }
  for (const element of pasted.body.querySelectorAll(PASTED_AS_WORDS)) element.replaceWith(...element.childNodes);
  for (const element of pasted.body.querySelectorAll("hr")) element.remove();
  return pasted.body.innerHTML;
}
