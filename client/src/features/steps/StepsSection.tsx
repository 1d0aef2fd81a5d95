import {
  addNextStep,
  listNextSteps,
  moveNextStep,
  nextStepText,
  removeNextStep,
  updateNextStep,
} from "@samplan/shared/model";
import { CITIZEN_OWNER, type NextStepId } from "@samplan/shared/vocabulary";
import { useTranslation } from "react-i18next";
import { DateField } from "../../ui/DateField.tsx";
import { GoalSelect } from "../goals/GoalSelect.tsx";
import { useGoalOptions } from "../goals/useGoalOptions.ts";
import { useMeeting } from "../meeting/useMeeting.ts";
import { SectionList } from "../plan/SectionList.tsx";
import { useSection } from "../plan/useSection.ts";
import { CitizenStepFields } from "./CitizenStepFields.tsx";
import { DoneCheckbox } from "./DoneCheckbox.tsx";
import { OwnerField } from "./OwnerField.tsx";
import { StepWeekFields } from "./StepWeekFields.tsx";

export function StepsSection({ participants }: { participants: string[] }) {
  const { t } = useTranslation();
  const { doc, user, plain } = useMeeting();
  const steps = useSection(doc, "steps", listNextSteps);
  const goals = useGoalOptions(doc);
  return (
    <SectionList
      name="steps"
      items={steps}
      textOf={(id: NextStepId) => nextStepText(doc, id)}
      // A step the citizen writes is the citizen's to take, until someone agrees otherwise.
      add={() =>
        addNextStep(doc, {
          createdBy: user.name,
          createdByRole: user.role,
          ...(user.role === "borger" ? { owner: CITIZEN_OWNER } : {}),
        })
      }
      move={(id, toIndex) => moveNextStep(doc, id, toIndex)}
      remove={(id) => removeNextStep(doc, id)}
      isDone={(step) => step.status === "done"}
      renderFields={(step) =>
        plain ? (
          <CitizenStepFields
            step={step}
            goals={goals}
            onDone={(done) => updateNextStep(doc, step.id, { status: done ? "done" : "open" })}
          />
        ) : (
          <>
            <OwnerField
              value={step.owner}
              participants={participants}
              onChange={(owner) => updateNextStep(doc, step.id, { owner })}
            />
            <DateField
              label={t("fields.dueDate")}
              value={step.dueDate}
              onChange={(dueDate) => updateNextStep(doc, step.id, { dueDate })}
            />
            <GoalSelect
              value={step.goalId}
              goals={goals}
              onChange={(goalId) => updateNextStep(doc, step.id, { goalId })}
            />
            <StepWeekFields doc={doc} step={step} />
            <DoneCheckbox
              checked={step.status === "done"}
              onChange={(done) => updateNextStep(doc, step.id, { status: done ? "done" : "open" })}
            />
          </>
        )
      }
    />
  );
}
