import {
  addProgressObservation,
  listProgressObservations,
  moveProgressObservation,
  type ProgressObservationId,
  progressObservationText,
  removeProgressObservation,
  updateProgressObservation,
} from "@samplan/shared/model";
import { useTranslation } from "react-i18next";
import { useGoalOptions } from "../hooks/useGoalOptions.ts";
import { useMeeting } from "../hooks/useMeeting.ts";
import { useSection } from "../hooks/useSection.ts";
import { CommitTextInput } from "./CommitTextInput.tsx";
import { DateField } from "./DateField.tsx";
import { GoalSelect } from "./GoalSelect.tsx";
import { SectionList } from "./SectionList.tsx";

export function ObservationsSection() {
  const { t } = useTranslation();
  const { doc, user } = useMeeting();
  const observations = useSection(doc, "observations", listProgressObservations);
  const goals = useGoalOptions(doc);
  return (
    <SectionList
      name="observations"
      items={observations}
      textOf={(id: ProgressObservationId) => progressObservationText(doc, id)}
      add={() => addProgressObservation(doc, { createdBy: user.name, createdByRole: user.role })}
      move={(id, toIndex) => moveProgressObservation(doc, id, toIndex)}
      remove={(id) => removeProgressObservation(doc, id)}
      renderFields={(observation) => (
        <>
          <GoalSelect
            value={observation.goalId}
            goals={goals}
            onChange={(goalId) => updateProgressObservation(doc, observation.id, { goalId })}
          />
          <CommitTextInput
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
