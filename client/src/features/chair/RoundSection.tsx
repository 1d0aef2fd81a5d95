import {
  currentSpeaker,
  endRound,
  listRoundNotes,
  moveSpeaker,
  nextSpeaker,
  type RoundNote,
  type RoundNoteId,
  readChairState,
  roundNoteFor,
  roundNoteText,
  type Speaker,
  speakerKey,
  startRound,
} from "@samplan/shared/model";
import { lazy, Suspense, useId } from "react";
import { useTranslation } from "react-i18next";
import { useMeeting } from "../meeting/useMeeting.ts";
import { RoundQuestion } from "../perspectives/RoundQuestion.tsx";
import { useSection } from "../plan/useSection.ts";
import { RoundEntry, type RoundStatus } from "./RoundEntry.tsx";
import type { Chair } from "./useChair.ts";

// Only the coordinator sets a round up: the others' devices do not download it. It sits below the
// plan's first sections, out of view while it loads.
const RoundSetup = lazy(() => import("./RoundSetup.tsx").then((m) => ({ default: m.RoundSetup })));

function noteOf(notes: RoundNote[], speaker: Speaker): RoundNote | undefined {
  return notes.find((note) => (speaker.id ? note.speakerId === speaker.id : note.speaker === speaker.name));
}

/**
 * Runden, the plan's fourth section: everyone has the floor in turn and what each says is written
 * under their name. The current speaker is marked for everyone, with their time. The coordinator
 * starts the round, changes the order of those waiting and moves on with "Næste"; giving someone
 * the floor creates their note, which anyone may then write.
 */
export function RoundSection({ chair }: { chair: Chair }) {
  const { t } = useTranslation();
  const { doc, user, readOnly, plain } = useMeeting();
  const notes = useSection(doc, "round", listRoundNotes);
  const ids = { heading: useId(), next: useId() };
  const chairDoc = chair.connection.chair.doc;
  const { round, speakerStartedAt } = chair.view.state;
  const canChair = chair.isChair && !readOnly;
  const speaking = currentSpeaker(chair.view.state);

  const giveFloor = () => {
    const speaker = currentSpeaker(readChairState(chairDoc));
    if (speaker) roundNoteFor(doc, speaker, { createdBy: user.name, createdByRole: user.role });
  };

  const speakers = round?.speakers ?? [];
  const listed = new Set<string>();
  const entries = speakers.map((speaker, index) => {
    const note = noteOf(notes, speaker);
    if (note) listed.add(note.id);
    const spoken = round?.spoken.includes(speakerKey(speaker)) ?? false;
    const status: RoundStatus = round?.active
      ? index === round.current
        ? "speaking"
        : index > round.current
          ? "waiting"
          : "spoken"
      : spoken
        ? "spoken"
        : null;
    const waiting = status === "waiting" && round !== null;
    return {
      key: `speaker-${speakerKey(speaker)}`,
      name: speaker.name,
      status,
      note,
      move:
        canChair && waiting && round
          ? {
              up: index - 1 > round.current ? () => moveSpeaker(chairDoc, index, index - 1) : null,
              down: index + 1 < speakers.length ? () => moveSpeaker(chairDoc, index, index + 1) : null,
            }
          : null,
    };
  });
  // Notes of people who are not in this round (an earlier one, or taken out) stay in the plan.
  for (const note of notes) {
    if (!listed.has(note.id)) {
      entries.push({ key: `note-${note.id}`, name: note.speaker, status: null, note, move: null });
    }
  }

  return (
    <section className="plan-section round-section" aria-labelledby={ids.heading} data-section="round">
      <div className="plan-section__header">
        <h2 id={ids.heading} tabIndex={-1}>
          {plain ? t("citizenView.sections.round.heading") : t("chair.round.heading")}
        </h2>
        <p className="plan-section__explanation">
          {plain ? t("citizenView.sections.round.explanation") : t("chair.round.explanation")}
        </p>
      </div>
      <RoundQuestion question={round?.active ? round.question : null} />
      {canChair && round?.active && speaking ? (
        <div className="round-controls">
          <button
            type="button"
            className="button button--primary"
            aria-describedby={ids.next}
            onClick={() => {
              nextSpeaker(chairDoc);
              giveFloor();
            }}
          >
            {t("chair.round.next")}
          </button>
          <span id={ids.next} className="round-controls__hint">
            {t("chair.round.nextHint", { name: speaking.name })}
          </span>
          <button type="button" className="button" onClick={() => endRound(chairDoc)}>
            {t("chair.round.end")}
          </button>
        </div>
      ) : null}
      {canChair && !round?.active ? (
        <Suspense fallback={null}>
          <RoundSetup
            people={chair.people}
            onStart={(list, seconds) => {
              startRound(chairDoc, list, seconds);
              giveFloor();
            }}
          />
        </Suspense>
      ) : null}
      {entries.length === 0 ? (
        <p className="plan-section__empty">{t("chair.round.notStarted")}</p>
      ) : (
        <ol className="items round-list" aria-label={t("chair.round.listLabel")}>
          {entries.map((entry, index) => (
            <RoundEntry
              key={entry.key}
              name={entry.name}
              number={index + 1}
              status={entry.status}
              note={entry.note ? { id: entry.note.id, text: roundNoteText(doc, entry.note.id as RoundNoteId) } : null}
              readOnly={readOnly}
              timer={{
                startedAt: speakerStartedAt,
                timeboxSeconds: round?.speakerTimeboxSeconds ?? null,
                offset: chair.offset,
              }}
              move={entry.move}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
