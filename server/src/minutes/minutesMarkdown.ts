import type { Minutes } from "@samplan/shared/api";

// The record is written in Danish: it is filed in a Danish municipality's case system.
const ROLE: Record<string, string> = {
  koordinator: "koordinerende sagsbehandler",
  fagperson: "fagperson",
  borger: "borger",
  observatoer: "observatør",
};
const STATUS: Record<string, string> = { active: "aktivt", reached: "nået", setAside: "sat på pause" };
const OUTCOME: Record<string, string> = { done: "gjort", partly: "delvist", notYet: "ikke endnu", dropped: "droppet" };

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
  return name === "borger" ? "borgeren" : name || "ikke aftalt";
}

/** The minutes as Markdown, for the case file and for reading anywhere. */
export function minutesMarkdown(
  minutes: Minutes,
  approval?: { by: string; at: string; version: number; hash: string },
): string {
  const lines: string[] = [];
  lines.push(`# Referat: ${minutes.meeting.title}`, "");
  lines.push(`- **Borger:** ${minutes.citizenName}`);
  if (minutes.caseReference) lines.push(`- **Sagsnummer:** ${minutes.caseReference}`);
  lines.push(`- **Mødet:** ${danishDate(minutes.meeting.startsAt, true)}`);
  if (approval) {
    lines.push(`- **Godkendt:** ${danishDate(approval.at, true)} af ${approval.by} (version ${approval.version})`);
    lines.push(`- **Indholdets SHA-256:** \`${approval.hash}\``);
  } else {
    lines.push("- **Status:** ikke godkendt");
  }
  lines.push("", "## Deltagere", "");
  for (const p of minutes.participants) {
    const detail = [ROLE[p.role] ?? p.role, p.profession, p.organisation].filter(Boolean).join(", ");
    lines.push(`- ${p.name} (${detail})${p.present ? "" : " — ikke til stede"}`);
  }
  lines.push("", "## Mål", "");
  if (minutes.goals.length === 0) lines.push("Ingen mål skrevet.");
  minutes.goals.forEach((goal, i) => {
    lines.push(
      `${i + 1}. ${goal.text.replace(/\n/g, " ")}${goal.inCitizensWords ? " *(med borgerens egne ord)*" : ""}`,
    );
    if (goal.status !== "active")
      lines.push(`   - Status: ${STATUS[goal.status]}${goal.statusReason ? ` — ${goal.statusReason}` : ""}`);
    if (goal.scales.length > 0) {
      lines.push(`   - Skala 0–10: ${goal.scales.map((s) => `${s.raterName} ${s.value}`).join(", ")}`);
    }
  });
  lines.push("", "## Siden sidst", "");
  if (minutes.progress.length === 0) lines.push("Intet skrevet.");
  for (const item of minutes.progress) {
    if (item.review) {
      lines.push(
        `- Aftalt sidst: ${owner(item.review.owner)} skulle ${item.review.text} (frist ${danishDate(item.review.dueDate)}) — ${item.outcome ? OUTCOME[item.outcome] : "ikke vurderet"}${item.text ? `. ${item.text}` : ""}`,
      );
    } else {
      const seen = [item.observedBy && `set af ${item.observedBy}`, item.happenedOn && danishDate(item.happenedOn)]
        .filter(Boolean)
        .join(", ");
      lines.push(`- ${item.text}${seen ? ` (${seen})` : ""}${item.goal ? ` — mål: ${item.goal}` : ""}`);
    }
  }
  if (minutes.round.length > 0) {
    lines.push("", "## Runden", "");
    for (const note of minutes.round) lines.push(`- **${note.speaker}:** ${note.text.replace(/\n/g, " ")}`);
  }
  lines.push("", "## Næste skridt", "");
  if (minutes.nextSteps.length === 0) lines.push("Ingen skridt aftalt.");
  for (const step of minutes.nextSteps) {
    lines.push(
      `- ${step.text} — ${owner(step.owner)}, frist ${danishDate(step.dueDate)}${step.goal ? `, mod målet: ${step.goal}` : ""}${step.status === "done" ? " (gjort)" : ""}`,
    );
  }
  lines.push(
    "",
    "## Næste møde",
    "",
    minutes.nextMeetingAt ? danishDate(minutes.nextMeetingAt, true) : "Ikke aftalt.",
    "",
  );
  return lines.join("\n");
}
