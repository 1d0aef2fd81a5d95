import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { type Forgery, guardAuthorship, type Writer } from "./authorship.ts";
import { addGoal, goalScales, listGoals, previousGoalScales, setGoalScale } from "./Goal.ts";
import { createMeetingDocument } from "./MeetingDocument.ts";

const people: Record<string, Writer> = {
  ali: { name: "Ali Hassan", role: "borger", raterKeys: ["m-ali"] },
  peter: { name: "Peter Lund", role: "fagperson", raterKeys: ["m-peter"] },
  karin: { name: "Karin Holm", role: "koordinator", raterKeys: ["m-karin", "a-karin"] },
};

/** A server's replica with the guard on, and a client's replica per person; the origin names the writer. */
function meeting() {
  const server = createMeetingDocument();
  const forgeries: { who: string; forgeries: Forgery[] }[] = [];
  guardAuthorship(
    server,
    (transaction) => people[transaction.origin as string] ?? null,
    (writer, found) => forgeries.push({ who: writer.name, forgeries: found }),
  );
  const client = (who: string) => {
    const doc = createMeetingDocument();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
    doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== "server") Y.applyUpdate(server, update, who);
    });
    server.on("update", (update: Uint8Array) => Y.applyUpdate(doc, update, "server"));
    return doc;
  };
  return { server, forgeries, client };
}

describe("guardAuthorship", () => {
  it("gives a new item its writer's name and role, and calls claiming to be the citizen a forgery", () => {
    const { server, forgeries, client } = meeting();
    addGoal(client("peter"), { createdBy: "Ali Hassan", createdByRole: "borger", text: "Flytte" });
    expect(listGoals(server).map((goal) => [goal.createdBy, goal.createdByRole])).toEqual([
      ["Peter Lund", "fagperson"],
    ]);
    expect(forgeries).toEqual([{ who: "Peter Lund", forgeries: [expect.objectContaining({ key: "createdByRole" })] }]);
  });

  it("sets a name the roster knows otherwise right without calling it forgery", () => {
    const { server, forgeries, client } = meeting();
    addGoal(client("karin"), { createdBy: "Karin", createdByRole: "fagperson" });
    expect(listGoals(server)[0]).toMatchObject({ createdBy: "Karin Holm", createdByRole: "koordinator" });
    expect(forgeries).toEqual([]);
  });

  it("puts back a claim changed on an existing item, and leaves edits of anything else", () => {
    const { server, forgeries, client } = meeting();
    const karin = client("karin");
    const id = addGoal(karin, { createdBy: "Karin Holm", createdByRole: "koordinator" });
    const peter = client("peter");
    const item = peter.getMap<Y.Map<unknown>>("goals").get(id) as Y.Map<unknown>;
    item.set("createdByRole", "borger");
    item.set("statusReason", "");
    expect(listGoals(server)[0]?.createdByRole).toBe("koordinator");
    expect(listGoals(peter)[0]?.createdByRole).toBe("koordinator");
    expect(forgeries.map((f) => f.forgeries.map((x) => x.key))).toEqual([["createdByRole"]]);
  });

  it("keeps each scale its rater's: another's key is put back, one's own names its writer", () => {
    const { server, forgeries, client } = meeting();
    const ali = client("ali");
    const goal = addGoal(ali, { createdBy: "Ali Hassan", createdByRole: "borger" });
    setGoalScale(ali, goal, { key: "m-ali", name: "Ali Hassan", role: "borger" }, 3);
    const peter = client("peter");
    setGoalScale(peter, goal, { key: "m-ali", name: "Ali Hassan", role: "borger" }, 9);
    setGoalScale(peter, goal, { key: "m-peter", name: "Ali Hassan", role: "borger" }, 7);
    const karin = client("karin");
    setGoalScale(karin, goal, { key: "a-karin", name: "Karin", role: "koordinator" }, 5);
    (karin.getMap<Y.Map<unknown>>("goals").get(goal) as Y.Map<unknown>).set("previousScale:m-ali", {
      raterKey: "m-ali",
      raterName: "Ali Hassan",
      raterRole: "borger",
      value: 1,
      at: "",
    });

    expect(goalScales(server, goal).map((s) => [s.raterKey, s.raterName, s.raterRole, s.value])).toEqual([
      ["m-ali", "Ali Hassan", "borger", 3],
      ["a-karin", "Karin Holm", "koordinator", 5],
      ["m-peter", "Peter Lund", "fagperson", 7],
    ]);
    expect(previousGoalScales(server, goal)).toEqual([]);
    expect(forgeries.map((f) => f.who)).toEqual(["Peter Lund", "Peter Lund", "Karin Holm"]);
  });

  it("leaves the server's own changes alone", () => {
    const { server, forgeries } = meeting();
    addGoal(server, { createdBy: "Sara", createdByRole: "borger" });
    expect(listGoals(server)[0]).toMatchObject({ createdBy: "Sara", createdByRole: "borger" });
    expect(forgeries).toEqual([]);
  });
});
