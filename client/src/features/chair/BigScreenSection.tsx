import type { PlanDocument } from "@samplan/shared/model";
import {
  type ChairState,
  currentSpeaker,
  goalText,
  listGoals,
  listNextSteps,
  listProgressObservations,
  listResources,
  listRoundNotes,
  nextStepText,
  progressObservationText,
  type RichText,
  type RoundNoteId,
  resourceText,
  roundNoteText,
  speakerKey,
} from "@samplan/shared/model";
import {
  CITIZEN_OWNER,
  type GoalId,
  type NextStepId,
  type ProgressObservationId,
  type SectionKey,
} from "@samplan/shared/vocabulary";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../ui/useFormatters.ts";
import { RichTextView } from "../plan/RichTextView.tsx";
import { useSection } from "../plan/useSection.ts";

interface Entry {
  key: string;
  name?: string;
  text: RichText | null;
  meta: string[];
  speaking?: boolean;
}

function present(parts: (string | null)[]): string[] {
  return parts.filter((part): part is string => part !== null);
}

function Items({ entries, empty }: { entries: Entry[]; empty: string }) {
  if (entries.length === 0) return <p className="big-screen__empty">{empty}</p>;
  return (
    <ol className="big-screen__items">
      {entries.map((entry, index) => (
        <li
          key={entry.key}
          className={entry.speaking ? "big-screen__item big-screen__item--speaking" : "big-screen__item"}
        >
          <span className="big-screen__number" aria-hidden="true">
            {index + 1}
          </span>
          <div>
            {entry.name ? <h3 className="big-screen__item-name">{entry.name}</h3> : null}
            {entry.text ? <RichTextView fragment={entry.text} /> : null}
            {entry.meta.length > 0 ? <p className="big-screen__meta">{entry.meta.join(" · ")}</p> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}

function Goals({ doc }: { doc: PlanDocument }) {
  const { t } = useTranslation();
  const goals = useSection(doc, "goals", listGoals);
  const entries = goals.map((goal) => ({
    key: goal.id,
    text: goalText(doc, goal.id as GoalId),
    meta: [],
  }));
  return <Items entries={entries} empty={t("chair.bigScreen.nothingYet")} />;
}

function Resources({ doc }: { doc: PlanDocument }) {
  const { t } = useTranslation();
  const resources = useSection(doc, "resources", listResources);
  const entries = resources.map((resource) => ({
    key: resource.id,
    text: resourceText(doc, resource.id),
    meta: present([resource.kind ? t(`resources.kind.${resource.kind}`) : null]),
  }));
  return <Items entries={entries} empty={t("chair.bigScreen.nothingYet")} />;
}

function Observations({ doc }: { doc: PlanDocument }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const observations = useSection(doc, "observations", listProgressObservations);
  const entries = observations.map((observation) => ({
    key: observation.id,
    text: progressObservationText(doc, observation.id as ProgressObservationId),
    meta: present([
      observation.observedBy ? t("chair.bigScreen.observedBy", { name: observation.observedBy }) : null,
      observation.happenedOn ? format.date(observation.happenedOn) : null,
    ]),
  }));
  return <Items entries={entries} empty={t("chair.bigScreen.nothingYet")} />;
}

function Steps({ doc }: { doc: PlanDocument }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const steps = useSection(doc, "steps", listNextSteps);
  const entries = steps.map(
    (step): Entry => ({
      key: step.id,
      text: nextStepText(doc, step.id as NextStepId),
      meta: present([
        step.owner
          ? t("chair.bigScreen.owner", { name: step.owner === CITIZEN_OWNER ? t("fields.ownerCitizen") : step.owner })
          : null,
        step.dueDate ? t("chair.bigScreen.dueDate", { date: format.date(step.dueDate) }) : null,
        step.status === "done" ? t("fields.done") : null,
      ]),
    }),
  );
  return <Items entries={entries} empty={t("chair.bigScreen.nothingYet")} />;
}

function Round({ doc, state }: { doc: PlanDocument; state: ChairState }) {
  const { t } = useTranslation();
  const notes = useSection(doc, "round", listRoundNotes);
  const speaking = currentSpeaker(state);
  const speakers = state.round?.speakers ?? [];
  const used = new Set<string>();
  const entries: Entry[] = speakers.map((speaker) => {
    const note = notes.find((n) => (speaker.id ? n.speakerId === speaker.id : n.speaker === speaker.name));
    if (note) used.add(note.id);
    return {
      key: speakerKey(speaker),
      name: speaker.name,
      text: note ? roundNoteText(doc, note.id as RoundNoteId) : null,
      meta: [],
      speaking: speaking !== null && speakerKey(speaking) === speakerKey(speaker),
    };
  });
  for (const note of notes) {
    if (used.has(note.id)) continue;
    entries.push({
      key: note.id,
      name: note.speaker,
      text: roundNoteText(doc, note.id as RoundNoteId),
      meta: [],
    });
  }
  return <Items entries={entries} empty={t("chair.round.notStarted")} />;
}

/** The current phase's part of the plan, read-only, as it is being written. */
export function BigScreenSection({
  doc,
  section,
  state,
}: {
  doc: PlanDocument;
  section: SectionKey;
  state: ChairState;
}) {
  const { t } = useTranslation();
  const content: Record<SectionKey, ReactNode> = {
    goals: <Goals doc={doc} />,
    resources: <Resources doc={doc} />,
    observations: <Observations doc={doc} />,
    round: <Round doc={doc} state={state} />,
    steps: <Steps doc={doc} />,
  };
  return (
    <section className="big-screen__content" aria-label={t(`chair.sectionNames.${section}`)}>
      <h2>{t(`chair.sectionNames.${section}`)}</h2>
      {content[section]}
    </section>
  );
}
