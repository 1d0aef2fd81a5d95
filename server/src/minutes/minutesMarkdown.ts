import { citizenAgreementLine, type Minutes, NOT_A_DECISION } from "@samplan/shared/record";
import { markdownItem } from "./markdownItem.ts";
import { markdownText as md } from "./markdownText.ts";

// The record is written in Danish: it is filed in a Danish municipality's case system.
export const ROLE_IN_DANISH: Record<string, string> = {
  koordinator: "koordinerende sagsbehandler",
  fagperson: "fagperson",
  borger: "borger",
  observatoer: "observatør",
  tolk: "tolk",
  netvaerk: "borgerens netværk",
};
const STATUS: Record<string, string> = { active: "aktivt", reached: "nået", setAside: "sat på pause" };
const OUTCOME: Record<string, string> = { done: "gjort", partly: "delvist", notYet: "ikke endnu", dropped: "droppet" };
const KIND: Record<string, string> = { person: "person", place: "sted", habit: "vane", strength: "styrke" };

export function danishDate(iso: string | null, withTime = false): string {
  if (!iso) return "—";
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return new Intl.DateTimeFormat("da-DK", {
    dateStyle: "long",
    ...(withTime ? { timeStyle: "short" } : {}),
    timeZone: "Europe/Copenhagen",
  }).format(date);
}

function owner(name: string): string {
  return name === "borger" ? "borgeren" : md(name) || "ikke aftalt";
}

/**
 * The minutes as Markdown, for the case file and for reading anywhere. Every text a person wrote
 * or chose goes through `md`, so it stays their words in its place (see markdownText.ts).
 */
export function minutesMarkdown(
  minutes: Minutes,
  approval?: { by: string; at: string; version: number; hash: string },
): string {
  const lines: string[] = [];
  lines.push(`# Referat: ${md(minutes.meeting.title)}`, "");
  lines.push(`- **Borger:** ${md(minutes.citizenName)}`);
  if (minutes.caseReference) lines.push(`- **Sagsnummer:** ${md(minutes.caseReference)}`);
  lines.push(`- **Mødet:** ${danishDate(minutes.meeting.startsAt, true)}`);
  const method = minutes.meeting.method;
  if (method) lines.push(`- **Mødeform:** ${md(method.name)} (version ${method.version})`);
  if (approval) {
    lines.push(`- **Godkendt:** ${danishDate(approval.at, true)} af ${md(approval.by)} (version ${approval.version})`);
    lines.push(`- **Indholdets SHA-256:** \`${approval.hash}\``);
  } else {
    lines.push("- **Status:** ikke godkendt");
  }
  lines.push("", `*${NOT_A_DECISION}*`);
  lines.push("", "## Deltagere", "");
  for (const p of minutes.participants) {
    const detail = [ROLE_IN_DANISH[p.role] ?? md(p.role), md(p.profession), md(p.organisation)]
      .filter(Boolean)
      .join(", ");
    lines.push(`- ${md(p.name)} (${detail})${p.present ? "" : " — ikke til stede"}`);
  }
  lines.push("", "## Mål", "");
  if (minutes.goals.length === 0) lines.push("Ingen mål skrevet.");
  minutes.goals.forEach((goal, i) => {
    lines.push(...markdownItem(`${i + 1}.`, goal.text, goal.inCitizensWords ? " *(med borgerens egne ord)*" : ""));
    if (goal.status !== "active")
      lines.push(`   - Status: ${STATUS[goal.status]}${goal.statusReason ? ` — ${md(goal.statusReason)}` : ""}`);
    if (goal.scales.length > 0) {
      lines.push(`   - Skala 0–10: ${goal.scales.map((s) => `${md(s.raterName)} ${s.value}`).join(", ")}`);
    }
  });
  // Minutes from before the plan had Det der virker say nothing about it, rather than "nothing".
  if (minutes.resources) {
    lines.push("", "## Det der virker", "");
    if (minutes.resources.length === 0) lines.push("Intet skrevet.");
    for (const resource of minutes.resources) {
      const about = [
        resource.kind ? KIND[resource.kind] : null,
        resource.inCitizensWords ? "med borgerens egne ord" : null,
      ]
        .filter(Boolean)
        .join(", ");
      const goals = resource.goals.map((goal) => md(goal)).join("; ");
      lines.push(
        ...markdownItem(
          "-",
          resource.text,
          `${about ? ` *(${about})*` : ""}${goals ? ` — hjælper med målet: ${goals}` : ""}`,
        ),
      );
    }
  }
  lines.push("", "## Siden sidst", "");
  if (minutes.progress.length === 0) lines.push("Intet skrevet.");
  for (const item of minutes.progress) {
    if (item.review) {
      lines.push(
        `- Aftalt sidst: ${owner(item.review.owner)} skulle ${md(item.review.text)} (frist ${danishDate(item.review.dueDate)}) — ${item.outcome ? OUTCOME[item.outcome] : "ikke vurderet"}${item.text ? `. ${md(item.text)}` : ""}${seenBy(item)}`,
      );
    } else {
      lines.push(...markdownItem("-", item.text, `${seenBy(item)}${item.goal ? ` — mål: ${md(item.goal)}` : ""}`));
    }
  }
  if (minutes.round.length > 0) {
    lines.push("", "## Runden", "");
    for (const note of minutes.round) lines.push(`- **${md(note.speaker)}:** ${md(note.text)}`);
  }
  lines.push("", "## Næste skridt", "");
  if (minutes.nextSteps.length === 0) lines.push("Ingen skridt aftalt.");
  for (const step of minutes.nextSteps) {
    lines.push(
      ...markdownItem(
        "-",
        step.text,
        ` — ${owner(step.owner)}, frist ${danishDate(step.dueDate)}${step.goal ? `, mod målet: ${md(step.goal)}` : ""}${step.status === "done" ? " (gjort)" : ""}`,
      ),
    );
  }
  const agreement = citizenAgreementLine(minutes.citizenAgreement, md);
  if (agreement) {
    lines.push("", "## Borgerens svar på planen", "", agreement);
    // Said yes, then a goal was reworded: the record says what she agreed to and what it became.
    for (const { before, after } of minutes.citizenAgreement?.goalsChangedSince ?? []) {
      lines.push(
        before === null
          ? `- Mål kommet til, efter borgeren sagde ja: »${md(after)}«`
          : `- Mål ændret, efter borgeren sagde ja: »${md(before)}« blev til »${md(after)}«`,
      );
    }
  }
  lines.push(
    "",
    "## Næste møde",
    "",
    // md: a line that begins "3. december" would be read as a numbered list.
    minutes.nextMeetingAt ? md(danishDate(minutes.nextMeetingAt, true)) : "Ikke aftalt.",
    "",
  );
  return lines.join("\n");
}

/** " (set af Ole, 1. december 2026)": who saw it happen, and when, when the minutes say. */
function seenBy(item: { observedBy: string; happenedOn: string | null }): string {
  const seen = [item.observedBy && `set af ${md(item.observedBy)}`, item.happenedOn && danishDate(item.happenedOn)]
    .filter(Boolean)
    .join(", ");
  return seen ? ` (${seen})` : "";
}
