import { Schema } from "@tiptap/pm/model";
import { EditorState, TextSelection } from "@tiptap/pm/state";
import { updateYFragment } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";

/**
 * What the editor binding writes to Yjs when someone types next to a colleague's equal letter: a
 * space typed just before the colleague's space must become her space, not his. docs/caret.md tells
 * why (a plain text diff cannot tell the two spaces apart); the journey in
 * e2e/two-people-write-at-the-same-place.spec.ts shows the same in two browsers.
 */

const schema = new Schema({
  nodes: { doc: { content: "paragraph+" }, paragraph: { content: "text*" }, text: {} },
});

/** One person's editor, reduced to what the binding sees: the text, and the caret in it. */
class Writer {
  readonly doc = new Y.Doc();
  readonly fragment = this.doc.getXmlFragment("goal");
  private caret: Y.RelativePosition | null = null;

  constructor(clientID: number) {
    this.doc.clientID = clientID;
  }

  text(): string {
    const paragraph = this.fragment.get(0) as Y.XmlElement | undefined;
    return paragraph ? (paragraph.get(0) as Y.XmlText).toString() : "";
  }

  /** Caret at the end of the text, as after End; kept to the letter before it, as the binding does. */
  toTheEnd(): void {
    const paragraph = this.fragment.get(0) as Y.XmlElement;
    this.caret = Y.createRelativePositionFromTypeIndex(paragraph.get(0) as Y.XmlText, this.text().length, -1);
  }

  /** Each letter as the editor hands it to the binding: the new text, with the caret after the letter. */
  type(letters: string): void {
    for (const letter of letters) {
      const at = this.caretIndex();
      const text = this.text().slice(0, at) + letter + this.text().slice(at);
      const doc = schema.node("doc", null, [schema.node("paragraph", null, [schema.text(text)])]);
      // Document position: 1 for the paragraph's opening, then the letters before the caret.
      const state = EditorState.create({ doc, selection: TextSelection.create(doc, 1 + at + 1) });
      const binding = { mapping: new Map(), isOMark: new Map(), prosemirrorView: { state } };
      this.doc.transact(() => updateYFragment(this.doc, this.fragment, doc, binding));
      const paragraph = this.fragment.get(0) as Y.XmlElement;
      this.caret = Y.createRelativePositionFromTypeIndex(paragraph.get(0) as Y.XmlText, at + 1, -1);
    }
  }

  private caretIndex(): number {
    if (!this.caret) throw new Error("Put the caret somewhere first");
    const absolute = Y.createAbsolutePositionFromRelativePosition(this.caret, this.doc);
    if (!absolute) throw new Error("The caret's place is gone");
    return absolute.index;
  }
}

function exchange(a: Writer, b: Writer): void {
  Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)));
  Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)));
}

describe("two people typing at the end of the same text", () => {
  // Both orders of the two devices under the merge: which run comes first is the merge's to decide.
  for (const [her, his] of [
    [1, 2],
    [2, 1],
  ] as const) {
    it(`keeps each run whole when her space goes in just before his (client ${her} and ${his})`, () => {
      const citizen = new Writer(her);
      const psychologist = new Writer(his);
      citizen.doc.transact(() => {
        const paragraph = new Y.XmlElement("paragraph");
        paragraph.insert(0, [new Y.XmlText("Jeg vil arbejde udenfor")]);
        citizen.fragment.insert(0, [paragraph]);
      });
      exchange(citizen, psychologist);
      citizen.toTheEnd();
      psychologist.toTheEnd();

      // He types his space first; it reaches her before she types hers. Her caret stays before his
      // space, so she types her space in front of it and goes on typing after her own space.
      psychologist.type(" ");
      exchange(psychologist, citizen);
      citizen.type(" ");
      expect(citizen.text()).toBe("Jeg vil arbejde udenfor  ");
      citizen.type("med dyr");
      psychologist.type("og sove");
      exchange(citizen, psychologist);

      const whole = ["Jeg vil arbejde udenfor med dyr og sove", "Jeg vil arbejde udenfor og sove med dyr"];
      expect(whole).toContain(citizen.text());
      expect(psychologist.text()).toBe(citizen.text());
    });
  }
});
