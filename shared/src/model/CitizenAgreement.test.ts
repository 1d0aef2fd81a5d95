import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Forgery, Writer } from "./authorship.ts";
import {
  AGREEMENT_KEY,
  answerThePlan,
  goalsChangedSinceAgreement,
  guardCitizenAgreement,
  observeCitizenAgreement,
  readCitizenAgreement,
  reviewStoredAgreement,
  withdrawAnswer,
} from "./CitizenAgreement.ts";
import { addGoal, goalText, removeGoal } from "./Goal.ts";
import { createMeetingDocument } from "./MeetingDocument.ts";
import { twoReplicas } from "./testing.ts";

const people: Record<string, Writer> = {
  ali: { name: "Ali Hassan", role: "borger", raterKeys: ["m-ali"] },
  karin: { name: "Karin Holm", role: "koordinator", raterKeys: ["m-karin"] },
  peter: { name: "Peter Lund", role: "fagperson", raterKeys: ["m-peter"] },
};

/** Rewords a goal as someone typing over it would: the old words out, new ones in. */
function reword(doc: Y.Doc, id: Parameters<typeof goalText>[1], words: string): void {
  const text = goalText(doc, id)!;
  const paragraph = text.get(0) as Y.XmlElement;
  const run = paragraph.get(0) as Y.XmlText;
  doc.transact(() => {
    run.delete(0, run.length);
    run.insert(0, words);
  });
}

describe("the citizen's answer", () => {
  it("is nothing until she answers, and the latest answer stands", () => {
    const doc = createMeetingDocument();
    expect(readCitizenAgreement(doc)).toBeNull();
    answerThePlan(doc, "disagrees", "Jeg vil ikke i praktik før sommer");
    expect(readCitizenAgreement(doc)).toMatchObject({
      answer: "disagrees",
      reason: "Jeg vil ikke i praktik før sommer",
    });
    answerThePlan(doc, "agrees", "not kept: she agrees");
    expect(readCitizenAgreement(doc)).toMatchObject({ answer: "agrees", reason: "" });
    withdrawAnswer(doc);
    expect(readCitizenAgreement(doc)).toBeNull();
  });

  it("reaches the other replicas, and something that is not an answer reads as nothing said", () => {
    const [tablet, desk] = twoReplicas();
    tablet.on("update", (update: Uint8Array) => Y.applyUpdate(desk, update));
    answerThePlan(tablet, "agrees");
    expect(readCitizenAgreement(desk)?.answer).toBe("agrees");
    desk.getMap(AGREEMENT_KEY).set("answer", { answer: "maybe" });
    expect(readCitizenAgreement(desk)).toBeNull();
  });
});

describe("goalsChangedSinceAgreement", () => {
  it("lists a goal reworded after she said yes, with its words before and after", () => {
    const doc = createMeetingDocument();
    const own = addGoal(doc, { createdBy: "Ali Hassan", createdByRole: "borger", text: "Arbejde med dyr" });
    addGoal(doc, { createdBy: "Karin Holm", createdByRole: "koordinator", text: "Egen bolig" });
    answerThePlan(doc, "agrees");
    expect(goalsChangedSinceAgreement(doc)).toEqual([]);

    reword(doc, own, "Arbejde med dyr på deltid");
    expect(goalsChangedSinceAgreement(doc)).toEqual([
      { goalId: own, before: "Arbejde med dyr", after: "Arbejde med dyr på deltid" },
    ]);
    // Put back as it was: nothing to show.
    reword(doc, own, "Arbejde med dyr");
    expect(goalsChangedSinceAgreement(doc)).toEqual([]);
  });

  it("lists a goal added after she said yes once it has words, and not one removed", () => {
    const doc = createMeetingDocument();
    const removed = addGoal(doc, { createdBy: "Karin Holm", text: "Færre bekymringer" });
    answerThePlan(doc, "agrees");
    removeGoal(doc, removed);
    const empty = addGoal(doc, { createdBy: "Karin Holm" });
    expect(goalsChangedSinceAgreement(doc)).toEqual([]);
    removeGoal(doc, empty);
    const added = addGoal(doc, { createdBy: "Karin Holm", text: "Tage kørekort" });
    expect(goalsChangedSinceAgreement(doc)).toEqual([{ goalId: added, before: null, after: "Tage kørekort" }]);
  });

  it("shows nothing when she did not say yes", () => {
    const doc = createMeetingDocument();
    const goal = addGoal(doc, { createdBy: "Ali Hassan", text: "Arbejde med dyr" });
    answerThePlan(doc, "disagrees", "for hurtigt");
    reword(doc, goal, "Arbejde med heste");
    expect(goalsChangedSinceAgreement(doc)).toEqual([]);
  });

  it("still stands for an answer given before list items had lines of their own", () => {
    const doc = createMeetingDocument();
    // Paragraphs read as they always did: one line each.
    const plain = addGoal(doc, { createdBy: "Ali Hassan", text: "Arbejde med dyr\nHelst med heste" });
    const bullets = addGoal(doc, { createdBy: "Karin Holm", text: "Det vil hjælpe:\n- sove om natten\n- gå tur" });
    const numbered = addGoal(doc, { createdBy: "Karin Holm", text: "1. ringe til lægen\n2. søge job" });
    // What an answer given then stored: a bullet list's items on lines without "- ", a numbered
    // list's items run together.
    const agreement = doc.getMap(AGREEMENT_KEY);
    agreement.set("answer", {
      answer: "agrees",
      reason: "",
      at: new Date().toISOString(),
      goalsAsAnswered: {
        [plain]: "Arbejde med dyr\nHelst med heste",
        [bullets]: "Det vil hjælpe:\nsove om natten\ngå tur",
        [numbered]: "ringe til lægensøge job",
      },
    });
    expect(goalsChangedSinceAgreement(doc)).toEqual([]);
    reword(doc, plain, "Arbejde med katte");
    expect(goalsChangedSinceAgreement(doc)).toEqual([
      { goalId: plain, before: "Arbejde med dyr\nHelst med heste", after: "Arbejde med katte\nHelst med heste" },
    ]);
  });

  it("compares a goal with a list the way the minutes read it, once she answers now", () => {
    const doc = createMeetingDocument();
    const goal = addGoal(doc, { createdBy: "Karin Holm", text: "1. ringe til lægen\n2. søge job" });
    answerThePlan(doc, "agrees");
    expect(readCitizenAgreement(doc)?.goalsAsAnswered[goal]).toBe("1. ringe til lægen\n2. søge job");
    expect(goalsChangedSinceAgreement(doc)).toEqual([]);
  });

  it("is re-read when a goal's words change, not only when her answer does", () => {
    const doc = createMeetingDocument();
    const goal = addGoal(doc, { createdBy: "Ali Hassan", text: "Arbejde med dyr" });
    let calls = 0;
    const stop = observeCitizenAgreement(doc, () => calls++);
    answerThePlan(doc, "agrees");
    reword(doc, goal, "Arbejde med heste");
    expect(calls).toBe(2);
    stop();
    withdrawAnswer(doc);
    expect(calls).toBe(2);
  });
});

/** A server's replica with the guard on, and a client's replica per person; the origin names the writer. */
function meeting() {
  const server = createMeetingDocument();
  const refused: { who: string; refused: Forgery[] }[] = [];
  guardCitizenAgreement(
    server,
    (transaction) => people[transaction.origin as string] ?? null,
    (writer, found) => refused.push({ who: writer.name, refused: found }),
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
  return { server, refused, client };
}

describe("guardCitizenAgreement", () => {
  it("lets the citizen answer and take her answer back", () => {
    const { server, refused, client } = meeting();
    const ali = client("ali");
    answerThePlan(ali, "agrees");
    expect(readCitizenAgreement(server)?.answer).toBe("agrees");
    withdrawAnswer(ali);
    expect(readCitizenAgreement(server)).toBeNull();
    expect(refused).toEqual([]);
  });

  it("puts back an answer anyone else gives, takes back or changes, on every replica", () => {
    const { server, refused, client } = meeting();
    const ali = client("ali");
    const karin = client("karin");
    const peter = client("peter");

    answerThePlan(peter, "agrees");
    expect(readCitizenAgreement(server)).toBeNull();
    expect(readCitizenAgreement(peter)).toBeNull();

    answerThePlan(ali, "disagrees", "Det går for hurtigt");
    answerThePlan(karin, "agrees");
    expect(readCitizenAgreement(server)).toMatchObject({ answer: "disagrees", reason: "Det går for hurtigt" });
    expect(readCitizenAgreement(karin)).toMatchObject({ answer: "disagrees" });
    withdrawAnswer(karin);
    expect(readCitizenAgreement(server)?.answer).toBe("disagrees");
    expect(readCitizenAgreement(ali)?.answer).toBe("disagrees");

    expect(refused.map((r) => r.who)).toEqual(["Peter Lund", "Karin Holm", "Karin Holm"]);
    expect(refused[0]?.refused).toEqual([{ itemId: AGREEMENT_KEY, key: "answer" }]);
  });
});

describe("reviewStoredAgreement", () => {
  it("takes out an answer a non-citizen's client wrote, and keeps the citizen's", () => {
    const doc = createMeetingDocument();
    const writers = new Map<number, Writer>();
    const recorded = { writerOf: (client: number) => writers.get(client) ?? null, raterKeys: new Set<string>() };

    const tablet = new Y.Doc();
    writers.set(tablet.clientID, people.ali!);
    answerThePlan(tablet, "agrees");
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(tablet));
    expect(reviewStoredAgreement(doc, recorded)).toBeNull();
    expect(readCitizenAgreement(doc)?.answer).toBe("agrees");

    const desk = new Y.Doc();
    writers.set(desk.clientID, people.peter!);
    Y.applyUpdate(desk, Y.encodeStateAsUpdate(doc));
    answerThePlan(desk, "disagrees", "forged");
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(desk));
    expect(reviewStoredAgreement(doc, recorded)).toEqual([people.peter, [{ itemId: AGREEMENT_KEY, key: "answer" }]]);
    expect(readCitizenAgreement(doc)).toBeNull();
  });
});
