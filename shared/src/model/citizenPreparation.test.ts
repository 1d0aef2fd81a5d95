import { describe, expect, it } from "vitest";
import { createChairDocument } from "./chair/ChairState.ts";
import { CITIZEN_POINTS_TITLE, DEFAULT_AGENDA, listPhases, putCitizenPointsFirst, seedAgenda } from "./chair/index.ts";
import { goalsToPrepare, shareIntoPlan } from "./citizenPreparation.ts";
import { addGoal, goalScales, markGoalReached } from "./Goal.ts";
import { createMeetingDocument } from "./MeetingDocument.ts";
import { addProgressObservation, listProgressObservations, progressObservationText } from "./ProgressObservation.ts";
import { plainText } from "./richText.ts";

const sara = { key: "m-sara", name: "Sara" };

describe("what the citizen prepared, shared with the meeting", () => {
  it("goes first in Siden sidst as hers, and her scales on the active goals are hers", () => {
    const doc = createMeetingDocument();
    const job = addGoal(doc, { createdBy: "Sara", createdByRole: "borger", text: "Et arbejde med dyr" });
    const sleep = addGoal(doc, { createdBy: "Sara", createdByRole: "borger", text: "Sove om natten" });
    markGoalReached(doc, sleep);
    addProgressObservation(doc, { createdBy: "Karin", text: "Praktikken startede" });
    expect(goalsToPrepare(doc)).toEqual([{ id: job, text: "Et arbejde med dyr" }]);

    shareIntoPlan(doc, {
      citizen: sara,
      wentWell: "Jeg har gået tur hver dag",
      scales: [
        { goalId: job, value: 6 },
        { goalId: sleep, value: 9 },
      ],
    });

    const [first] = listProgressObservations(doc);
    expect(first).toMatchObject({ createdBy: "Sara", createdByRole: "borger", observedBy: "Sara" });
    expect(plainText(progressObservationText(doc, first!.id)!).trim()).toBe("Jeg har gået tur hver dag");
    expect(goalScales(doc, job)).toMatchObject([{ raterKey: "m-sara", raterRole: "borger", value: 6 }]);
    expect(goalScales(doc, sleep)).toEqual([]);
  });

  it("adds nothing to Siden sidst when she wrote nothing that went well", () => {
    const doc = createMeetingDocument();
    expect(shareIntoPlan(doc, { citizen: sara, wentWell: "  ", scales: [] })).toBeNull();
    expect(listProgressObservations(doc)).toEqual([]);
  });

  it("puts her points first on the agenda, once", () => {
    const chair = createChairDocument();
    seedAgenda(chair, "Karin");
    putCitizenPointsFirst(chair, "Min praktik", "Sara");
    putCitizenPointsFirst(chair, "Min praktik og min søvn", "Sara");
    const phases = listPhases(chair);
    expect(phases).toHaveLength(DEFAULT_AGENDA.length + 1);
    expect(phases[0]).toMatchObject({ title: CITIZEN_POINTS_TITLE, purpose: "Min praktik og min søvn" });
  });
});
