import { type ReactNode, useId, useState } from "react";

interface Props {
  title: string;
  /** The panel's own class beside `tool-panel`, for what is particular to it. */
  className: string;
  /** Beside the heading and always shown, outside what folds away (the agenda's big-screen link). */
  aside?: ReactNode;
  /** After the folding body: dialogs and live regions, which must exist while it is folded. */
  after?: ReactNode;
  children: ReactNode;
}

/**
 * One of the coordinator's tools above the plan (inviting, the agenda): folded until she opens
 * it, so the plan stays in view. The heading is the toggle, so a screen reader's heading list
 * finds it and reads whether it is open.
 */
export function ToolPanel({ title, className, aside, after, children }: Props) {
  const ids = { region: useId(), heading: useId() };
  const [open, setOpen] = useState(false);
  const heading = (
    <h2 id={ids.heading} className="tool-panel__heading">
      <button
        type="button"
        className="tool-panel__toggle"
        aria-expanded={open}
        aria-controls={ids.region}
        onClick={() => setOpen((current) => !current)}
      >
        <span className="tool-panel__chevron" aria-hidden="true">
          {open ? "▾" : "▸"}
        </span>
        {title}
      </button>
    </h2>
  );
  return (
    <section className={`tool-panel ${className}`} aria-labelledby={ids.heading}>
      {aside ? (
        <div className="tool-panel__top">
          {heading}
          {aside}
        </div>
      ) : (
        heading
      )}
      <div id={ids.region} className="tool-panel__body" hidden={!open}>
        {children}
      </div>
      {after}
    </section>
  );
}

/**
 * A folded panel's heading as it will look, shown while the panel's code loads, so the plan below
 * does not jump down when the panel arrives. Hidden from assistive technology: it does nothing yet.
 */
export function ToolPanelStandIn({ title, className }: Pick<Props, "title" | "className">) {
  return (
    <div className={`tool-panel ${className}`} aria-hidden="true">
      {/* A heading like the panel's own, for the same height; hidden with the rest. */}
      <h2 className="tool-panel__heading">
        <span className="tool-panel__toggle">
          <span className="tool-panel__chevron">▸</span>
          {title}
        </span>
      </h2>
    </div>
  );
}
