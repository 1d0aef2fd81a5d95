import type { RichText } from "@samplan/shared/model";
import { type ReactNode, useMemo, useSyncExternalStore } from "react";
import * as Y from "yjs";

/**
 * An item's rich text as it is being written, for the big screen: read straight from the shared
 * fragment and re-drawn on every change, without an editor. The screen needs no caret, no
 * selection and no presence of its own, and leaving the editor out keeps its page light.
 * Nodes and marks are TipTap's StarterKit names, as y-prosemirror stores them.
 */
export function RichTextView({ fragment }: { fragment: RichText }) {
  const store = useMemo(() => {
    let version = 0;
    return {
      subscribe(onChange: () => void) {
        const changed = () => {
          version++;
          onChange();
        };
        fragment.observeDeep(changed);
        return () => fragment.unobserveDeep(changed);
      },
      getSnapshot: () => version,
    };
  }, [fragment]);
  useSyncExternalStore(store.subscribe, store.getSnapshot);
  return <div className="big-screen__text">{children(fragment)}</div>;
}

type Node = Y.XmlElement | Y.XmlText | Y.XmlHook;

function children(parent: Y.XmlFragment | Y.XmlElement): ReactNode[] {
  return parent.toArray().map((node, index) => render(node as Node, index));
}

function render(node: Node, key: number): ReactNode {
  if (node instanceof Y.XmlText) return text(node, key);
  if (!(node instanceof Y.XmlElement)) return null;
  const inner = children(node);
  switch (node.nodeName) {
    case "paragraph":
      return <p key={key}>{inner}</p>;
    case "heading":
      return (
        <p key={key} className="big-screen__text-heading">
          {inner}
        </p>
      );
    case "bulletList":
      return <ul key={key}>{inner}</ul>;
    case "orderedList":
      return <ol key={key}>{inner}</ol>;
    case "listItem":
      return <li key={key}>{inner}</li>;
    case "blockquote":
      return <blockquote key={key}>{inner}</blockquote>;
    case "codeBlock":
      return <pre key={key}>{inner}</pre>;
    case "hardBreak":
      return <br key={key} />;
    case "horizontalRule":
      return <hr key={key} />;
    default:
      return <div key={key}>{inner}</div>;
  }
}

type Marks = Record<string, unknown> | undefined;

function text(node: Y.XmlText, key: number): ReactNode {
  const delta = node.toDelta() as { insert: unknown; attributes?: Marks }[];
  return (
    <span key={key}>
      {delta.map((op, index) =>
        typeof op.insert === "string" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs of text have no identity but their place.
          <Marked key={index} marks={op.attributes}>
            {op.insert}
          </Marked>
        ) : null,
      )}
    </span>
  );
}

function Marked({ marks, children: content }: { marks: Marks; children: string }): ReactNode {
  let result: ReactNode = content;
  if (marks?.code) result = <code>{result}</code>;
  if (marks?.strike) result = <s>{result}</s>;
  if (marks?.underline) result = <u>{result}</u>;
  if (marks?.italic) result = <em>{result}</em>;
  if (marks?.bold) result = <strong>{result}</strong>;
  return result;
}
