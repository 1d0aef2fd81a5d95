import type { DeskStep, Principal } from "@samplan/shared/api";
import { DESK_STEP_DAYS } from "@samplan/shared/api";
import { stepsOverview } from "@samplan/shared/model";
import { isStepStillToDo } from "@samplan/shared/vocabulary";
import type { Access } from "../access/Access.ts";
import { loadCaseMeetings } from "../meetings/loadCaseMeetings.ts";
import { addCalendarDays, copenhagenDay } from "../storage/calendarDay.ts";
import type { DocumentStore } from "../storage/DocumentStore.ts";
import type { Repositories } from "../storage/repositories.ts";
import { casesSheCoordinates } from "./casesSheCoordinates.ts";

/**
 * Skridt der venter (issue 24): across every case she coordinates, the steps still open that are
 * overdue or due within a week, each with the owner's latest answer; overdue first, then the
 * soonest due. Access decides per case, as for every other route into a case.
 */
export async function stepsWaiting(
  deps: { repos: Repositories; documents: DocumentStore; access: Access },
  principal: Principal,
  now = new Date(),
): Promise<DeskStep[]> {
  const today = copenhagenDay(now);
  const horizon = addCalendarDays(today, DESK_STEP_DAYS);
  const waiting: DeskStep[] = [];
  for (const kase of await casesSheCoordinates(deps, principal)) {
    const caseId = kase.id;
    const meetings = await loadCaseMeetings(deps.documents, await deps.repos.meetings.ofCase(caseId));
    const updates = await deps.repos.stepUpdates.latestByStep(caseId);
    const undelivered = await deps.repos.outbox.undeliveredSteps(caseId);
    try {
      for (const step of stepsOverview(meetings, today)) {
        if (!isStepStillToDo(step.status) || step.dueDate === null || step.dueDate > horizon) continue;
        waiting.push({
          ...step,
          caseId,
          citizenName: kase.citizenName,
          latestUpdate: updates.get(step.stepId) ?? null,
          mailUndelivered: undelivered.has(step.stepId),
        });
      }
    } finally {
      for (const meeting of meetings) meeting.doc.destroy();
    }
  }
  return waiting.sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueDate ?? "").localeCompare(b.dueDate ?? ""),
  );
}
