import {
  addProgressObservation,
  listProgressObservations,
  moveProgressObservation,
  progressObservationText,
  removeProgressObservation,
  updateProgressObservation,
} from "@samplan/shared/model";
import type { ProgressObservationId } from "@samplan/shared/vocabulary";
import { useTranslation } from "react-i18next";
import { CommitField } from "../../ui/CommitField.tsx";
import { DateField } from "../../ui/DateField.tsx";
import { GoalSelect } from "../goals/GoalSelect.tsx";
import { useGoalOptions } from "../goals/useGoalOptions.ts";
import { useMeeting } from "../meeting/useMeeting.ts";
import { SectionList } from "../plan/SectionList.tsx";
import { useSection } from "../plan/useSection.ts";
import { ReviewLead } from "./ReviewLead.tsx";
import "../goals/goals.css";

export function ObservationsSection() {
  const { t } = useTranslation();
  const { doc, user, readOnly, announce } = useMeeting();
  const observations = useSection(doc, "observations", listProgressObservations);
  const goals = useGoalOptions(doc);
  return (
    <SectionList
      name="observations"
      items={observations}
      textOf={(id: ProgressObservationId) => progressObservationText(doc, id)}
      // The citizen (or one of her own people) telling what went well saw it themselves; anyone can
      // change "Set af" after.
      add={() =>
        addProgressObservation(doc, {
          createdBy: user.name,
          createdByRole: user.role,
          ...(user.role === "borger" || user.role === "netvaerk" ? { observedBy: user.name } : {}),
        })
      }
      move={(id, toIndex) => moveProgressObservation(doc, id, toIndex)}
      remove={(id) => removeProgressObservation(doc, id)}
      // A step agreed last time, carried in to be followed up: how it went is chosen, and the note is
      // the item's text. It is not removed: "Droppet" says the step is let go, and the overview knows.
      itemOptions={(observation, index) => {
        const { review } = observation;
        if (!review) return {};
        const label = t("sections.observations.item", { n: index + 1 });
        return {
          tone: "review",
          removable: false,
          describedBy: `review-${observation.id}`,
          placeholder: t("review.notePlaceholder"),
          lead: (
            <ReviewLead
              id={observation.id}
              review={review}
              outcome={observation.outcome}
              disabled={readOnly}
              onOutcome={(outcome) => {
                updateProgressObservation(doc, observation.id, { outcome });
                announce(t("review.outcomeSet", { label, outcome: t(`review.outcomes.${outcome}`) }));
              }}
            />
          ),
        };
      }}
      // A review asks the same as any observation: who saw it happen, and when (an answer from the
      // step's owner between meetings fills both in). Its goal is the step's.
      renderFields={(observation) => (
        <>
          {observation.review ? null : (
            <GoalSelect
              value={observation.goalId}
              goals={goals}
              onChange={(goalId) => updateProgressObservation(doc, observation.id, { goalId })}
            />
          )}
          <CommitField
            label={t("fields.observedBy")}
            value={observation.observedBy}
            onCommit={(observedBy) => updateProgressObservation(doc, observation.id, { observedBy })}
          />
          <DateField
            label={t("fields.happenedOn")}
            value={observation.happenedOn}
            onChange={(happenedOn) => updateProgressObservation(doc, observation.id, { happenedOn })}
          />
        </>
      )}
    />
  );
}
