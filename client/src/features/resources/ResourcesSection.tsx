import {
  addResource,
  listResources,
  moveResource,
  removeResource,
  resourceText,
  tieResourceToGoal,
  untieResourceFromGoal,
  updateResource,
} from "@samplan/shared/model";
import type { ResourceId } from "@samplan/shared/vocabulary";
import { useTranslation } from "react-i18next";
import { CheckboxGroup } from "../../ui/CheckboxGroup.tsx";
import { goalOptionLabel } from "../goals/goalOptionLabel.ts";
import { useGoalOptions } from "../goals/useGoalOptions.ts";
import { useMeeting } from "../meeting/useMeeting.ts";
import { SectionList } from "../plan/SectionList.tsx";
import { useSection } from "../plan/useSection.ts";
import { CitizenResourceFields } from "./CitizenResourceFields.tsx";
import { ResourceKindSelect } from "./ResourceKindSelect.tsx";
import "./resources.css";

/**
 * Det der virker: what already works for the citizen, written by anyone at the table. The
 * professionals say what kind of thing it is and which goals it helps with; the citizen reads
 * both in words.
 */
export function ResourcesSection() {
  const { t } = useTranslation();
  const { doc, user, plain } = useMeeting();
  const resources = useSection(doc, "resources", listResources);
  const goals = useGoalOptions(doc);
  return (
    <SectionList
      name="resources"
      items={resources}
      textOf={(id: ResourceId) => resourceText(doc, id)}
      add={() => addResource(doc, { createdBy: user.name, createdByRole: user.role })}
      move={(id, toIndex) => moveResource(doc, id, toIndex)}
      remove={(id) => removeResource(doc, id)}
      renderFields={(resource) =>
        plain ? (
          <CitizenResourceFields resource={resource} goals={goals} />
        ) : (
          <div className="resource-fields">
            <ResourceKindSelect value={resource.kind} onChange={(kind) => updateResource(doc, resource.id, { kind })} />
            <CheckboxGroup
              legend={t("resources.goals.legend")}
              empty={t("resources.goals.none")}
              options={goals.map((goal) => ({ value: goal.id, label: goalOptionLabel(goal, t) }))}
              selected={new Set(resource.goalIds)}
              // One tie at a time, so two people ticking different goals at once both keep theirs.
              onChange={(selected) => {
                for (const goal of goals) {
                  const tied = resource.goalIds.includes(goal.id);
                  if (selected.has(goal.id) && !tied) tieResourceToGoal(doc, resource.id, goal.id);
                  if (!selected.has(goal.id) && tied) untieResourceFromGoal(doc, resource.id, goal.id);
                }
              }}
            />
          </div>
        )
      }
    />
  );
}
