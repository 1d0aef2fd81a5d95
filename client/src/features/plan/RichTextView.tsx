import { observeRichText, type RichNode, type RichRun, type RichText, readRichText } from "@samplan/shared/model";
import type { HTMLAttributes, ReactNode } from "react";
import { useMemo } from "react";
import { useObserved } from "../../ui/useObserved.ts";

interface Props extends HTMLAttributes<HTMLDivElement> {
  fragment: RichText;
  /** The big screen's look by default; the meeting page draws it as its editor until that has loaded. */
  className?: string;
  id?: string;
}

/**
 * An item's rich text as it is being written, read from the shared fragment and re-drawn on every
 * change, without an editor. The big screen needs no caret, no selection and no presence of its
 * own, and leaving the editor out keeps its page light; the meeting page shows the plan this way
 * while the editor is still on its way, so the plan is there to read at once.
 */
export function RichTextView({ fragment, className = "big-screen__text", id, ...attributes }: Props) {
  const source = useMemo(
    () => ({
      subscribe: (changed: () => void) => observeRichText(fragment, changed),
      read: () => readRichText(fragment),
    }),
    [fragment],
  );
  const nodes = useObserved(source);
  return (
    <div id={id} className={className} {...attributes}>
      {nodes.map(render)}
    </div>
  );
}

// Keys are places: the nodes of a rich text have no identity of their own to React.
function render(node: RichNode, key: number): ReactNode {
  if (node.kind === "text") return <span key={key}>{node.runs.map(marked)}</span>;
  const inner = node.children.map(render);
  switch (node.name) {
    case "paragraph":
      // An empty line keeps its height, as it does in the editor.
      return <p key={key}>{inner.length > 0 ? inner : <br />}</p>;
    case "heading":
      return (
        <p key={key} className="big-screen__text-heading">
          {inner}
        </p>
      );
    case "bulletList":
      return <ul key={key}>{inner}</ul>;
    case "orderedList":
      return (
        // A list that starts at 5 ("5. maj") counts from 5, as in the editor.
        <ol key={key} start={Number(node.attributes?.start ?? 1)}>
          {inner}
        </ol>
      );
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

function marked({ text, marks }: RichRun, key: number): ReactNode {
  let result: ReactNode = text;
  if (marks.code) result = <code>{result}</code>;
  if (marks.strike) result = <s>{result}</s>;
  if (marks.underline) result = <u>{result}</u>;
  if (marks.italic) result = <em>{result}</em>;
  if (marks.bold) result = <strong>{result}</strong>;
  return <span key={key}>{result}</span>;
}
