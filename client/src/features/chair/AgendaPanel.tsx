import { addPhase, goToPhase, type Phase } from "@samplan/shared/model";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../../ui/Icon.tsx";
import { ToolPanel } from "../../ui/ToolPanel.tsx";
import { CoherenceChecklist } from "../coherence/CoherenceChecklist.tsx";
import { YearAheadRound } from "../futureDialogue/YearAheadRound.tsx";
import { useMeeting } from "../meeting/useMeeting.ts";
import { PerspectiveMirror } from "../perspectives/PerspectiveMirror.tsx";
import { PhaseEditor } from "./PhaseEditor.tsx";
import type { Chair } from "./useChair.ts";

interface Props {
  chair: Chair;
  meetingId: string;
  /** The case, whose roster tells the checklist who at the table works with what. */
  caseId: string;
  /** Who is adding a phase, for the phase's record. */
  userName: string;
}

/**
 * The coordinator's agenda: every phase, where the meeting is, and "Gå hertil" to jump; "Ret
 * dagsordenen" turns the list into fields (title, purpose, part of the plan, time box) with
 * move and remove, before or during the meeting. The big screen opens from here, in a new tab.
 */
export function AgendaPanel({ chair, meetingId, caseId, userName }: Props) {
  const { t } = useTranslation();
  const ids = { intro: useId() };
  const [editing, setEditing] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const { agenda, now } = chair.view;
  const doc = chair.connection.chair.doc;
  const { announce } = chair;
  // A closed meeting: the agenda is shown as it was, with nothing to change or jump to.
  const { readOnly } = useMeeting();

  const timeOf = (phase: Phase) =>
    phase.timeboxMinutes === null
      ? t("chair.agenda.noTimebox")
      : t("chair.agenda.minutes", { n: phase.timeboxMinutes });

  return (
    <ToolPanel
      title={t("chair.agenda.toggle")}
      className="agenda-panel"
      aside={
        <a
          className="button agenda-panel__big-screen"
          href={`/meetings/${meetingId}/storskaerm`}
          target="_blank"
          rel="noopener noreferrer"
        >
          {t("chair.controls.bigScreen")}
          <span className="visually-hidden"> {t("chair.controls.newTab")}</span>
          <span aria-hidden="true">↗</span>
        </a>
      }
    >
      <p id={ids.intro} className="muted">
        {t("chair.agenda.intro")}
      </p>
      {agenda.length === 0 ? <p className="plan-section__empty">{t("chair.agenda.empty")}</p> : null}
      {editing && !readOnly ? (
        <ol className="agenda-edit">
          {agenda.map((phase, index) => (
            <PhaseEditor
              key={phase.id}
              doc={doc}
              phase={phase}
              index={index}
              count={agenda.length}
              isCurrent={phase.id === now?.id}
              announce={announce}
              onRemoved={() => addButton.current?.focus()}
            />
          ))}
        </ol>
      ) : agenda.length > 0 ? (
        <ol className="agenda-list" aria-label={t("chair.agenda.listLabel")}>
          {agenda.map((phase, index) => {
            const current = phase.id === now?.id;
            return (
              <li
                key={phase.id}
                className={current ? "agenda-list__phase agenda-list__phase--current" : "agenda-list__phase"}
                aria-current={current ? "step" : undefined}
              >
                <span className="agenda-list__number" aria-hidden="true">
                  {index + 1}
                </span>
                <div className="agenda-list__text">
                  <span className="agenda-list__title" id={`phase-${phase.id}`}>
                    {phase.title}
                  </span>
                  {phase.purpose ? <span className="agenda-list__purpose">{phase.purpose}</span> : null}
                  <span className="agenda-list__meta">
                    {t("chair.agenda.phaseSummary", {
                      section: t(`chair.sectionNames.${phase.section ?? "none"}`),
                      time: timeOf(phase),
                    })}
                  </span>
                </div>
                {current ? (
                  <span className="badge agenda-list__now">{t("chair.agenda.current")}</span>
                ) : readOnly ? null : (
                  <button
                    type="button"
                    className="button"
                    aria-describedby={`phase-${phase.id}`}
                    onClick={() => {
                      goToPhase(doc, phase.id);
                      announce(t("chair.agenda.wentTo", { title: phase.title }));
                    }}
                  >
                    {t("chair.agenda.goTo")}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      ) : null}
      <CoherenceChecklist chair={chair} caseId={caseId} />
      <div className="tool-panel__buttons" hidden={readOnly}>
        <button type="button" className="button" onClick={() => setEditing((v) => !v)}>
          {editing ? t("chair.agenda.doneEditing") : t("chair.agenda.edit")}
        </button>
        {editing ? (
          <button
            ref={addButton}
            type="button"
            className="button"
            onClick={() => {
              const title = t("chair.agenda.newTitle");
              addPhase(doc, { createdBy: userName, title, purpose: "", section: null, timeboxMinutes: null });
              announce(t("chair.agenda.added", { title }));
              // The new phase's title field, so it can be named right away.
              requestAnimationFrame(() =>
                document.querySelector<HTMLInputElement>(".agenda-edit > li:last-child input")?.focus(),
              );
            }}
          >
            <Icon name="add" />
            {t("chair.agenda.add")}
          </button>
        ) : null}
      </div>
      <PerspectiveMirror chair={chair} />
      <YearAheadRound chair={chair} />
    </ToolPanel>
  );
}
