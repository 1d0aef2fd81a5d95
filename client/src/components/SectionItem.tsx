import type { RichText } from "@samplan/shared/model";
import type { ReactNode } from "react";
import { ItemControls } from "./ItemControls.tsx";
import { ItemEditor } from "./ItemEditor.tsx";

interface Props {
  id: string;
  index: number;
  count: number;
  /** "Mål 1", "Observation 2", …: the editor's name and the visible number's meaning. */
  label: string;
  placeholder: string;
  fragment: RichText | null;
  autoFocus: boolean;
  /** Extra fields under the text (goal, who saw it, owner, dates, status). */
  children?: ReactNode;
  done?: boolean;
  onMove: (toIndex: number) => void;
  onRemove: () => void;
}

export function SectionItem({
  id,
  index,
  count,
  label,
  placeholder,
  fragment,
  autoFocus,
  children,
  done,
  onMove,
  onRemove,
}: Props) {
  const editorId = `editor-${id}`;
  return (
    <li className={done ? "item item--done" : "item"}>
      <span className="item__number" aria-hidden="true">
        {index + 1}
      </span>
      <div className="item__body">
        {fragment ? (
          <ItemEditor id={editorId} fragment={fragment} label={label} placeholder={placeholder} autoFocus={autoFocus} />
        ) : null}
        {children ? <div className="item__fields">{children}</div> : null}
      </div>
      <ItemControls index={index} count={count} describedBy={editorId} onMove={onMove} onRemove={onRemove} />
    </li>
  );
}
