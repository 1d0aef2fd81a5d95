import type { AuditEvent } from "@samplan/shared/api";
import type { Minutes } from "@samplan/shared/record";
import { AUDIT_ACTIONS_IN_DANISH, isAuditAction } from "@samplan/shared/vocabulary";
import { markdownText as md } from "../minutes/markdownText.ts";
import { danishDate, minutesMarkdown, ROLE_IN_DANISH } from "../minutes/minutesMarkdown.ts";

/** What the citizen's readable copy is made of: the case's people, its meetings' minutes, and its trail. */
export interface ReadableCase {
  citizenName: string;
  exportedAt: string;
  roster: { name: string; role: string; organisation: string }[];
  meetings: {
    title: string;
    startsAt: string;
    cancelled: boolean;
    minutes: Minutes | null;
    approved: { by: string; at: string; version: number; hash: string } | null;
  }[];
  /** Newest first, as the trail reads. */
  accessLog: AuditEvent[];
}

/**
 * Everything Samplan holds about her, as Markdown in plain Danish spoken to her: the meetings and
 * what their plans say (the same minutes the case file has, under one heading each), who takes
 * part, and who opened, changed or sent what and when. The PDF and the HTML page are laid out
 * from this, so both say the same; the JSON export stays the complete copy for machines.
 */
export function readableCaseMarkdown(input: ReadableCase): string {
  const lines: string[] = [];
  lines.push(`# Det har Samplan om dig: ${md(input.citizenName)}`, "");
  lines.push(`Lavet ${danishDate(input.exportedAt, true)}.`, "");
  lines.push(
    "Her er alt, hvad Samplan gemmer om dig i dit forløb: dine møder og jeres plan fra hvert af dem, hvem der er med, og hvem der har åbnet, ændret eller sendt noget, og hvornår. Spørg din koordinator, hvis noget er forkert eller uklart.",
  );
  lines.push("", "## Hvem er med", "");
  for (const person of input.roster) {
    const about = [ROLE_IN_DANISH[person.role] ?? md(person.role), md(person.organisation)].filter(Boolean).join(", ");
    lines.push(`- ${md(person.name)} (${about})`);
  }
  lines.push("", "## Dine møder", "");
  if (input.meetings.length === 0) lines.push("Der er ingen møder endnu.");
  for (const meeting of input.meetings) lines.push(`- ${meetingLine(meeting)}`);
  for (const meeting of input.meetings) {
    if (!meeting.minutes) continue;
    lines.push("", ...asSection(minutesMarkdown(meeting.minutes, meeting.approved ?? undefined)));
  }
  lines.push("", "## Hvem har set og ændret dine oplysninger", "");
  if (input.accessLog.length === 0) lines.push("Ingen endnu.");
  for (const event of input.accessLog) {
    const action = isAuditAction(event.action) ? AUDIT_ACTIONS_IN_DANISH[event.action] : md(event.action);
    const role = ROLE_IN_DANISH[event.actorRole];
    // A date first in an item would start a numbered list ("3. december"): md keeps it text.
    lines.push(`- ${md(danishDate(event.at, true))}: ${md(event.actor)}${role ? ` (${role})` : ""} — ${action}`);
  }
  lines.push("");
  return lines.join("\n");
}

function meetingLine(meeting: ReadableCase["meetings"][number]): string {
  const when = danishDate(meeting.startsAt, true);
  const state = meeting.cancelled ? "aflyst" : meeting.approved ? "referatet er godkendt" : null;
  return `${md(meeting.title)}, ${when}${state ? ` (${state})` : ""}`;
}

/** One meeting's minutes one level down, under the meeting's own heading. */
function asSection(minutes: string): string[] {
  return minutes
    .split("\n")
    .map((line) =>
      line.startsWith("# Referat: ") ? `## Møde: ${line.slice(11)}` : line.startsWith("## ") ? `#${line}` : line,
    );
}
