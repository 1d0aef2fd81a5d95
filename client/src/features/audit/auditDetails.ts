import { parseRole } from "@samplan/shared/vocabulary";
import type { TFunction } from "i18next";
// The Danish parts the audit page loads anyway (App.tsx): the names of the keys, not their words.
import { caseWords } from "../../i18n/da/caseWords.ts";
import { meetingWords } from "../../i18n/da/meetingWords.ts";

type DetailKey = keyof typeof caseWords.audit.detailKeys;
const KEYS = new Set(Object.keys(caseWords.audit.detailKeys));
const REFUSALS = new Set(Object.keys(meetingWords.meeting.refusals));

function text(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(text).join(", ");
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

function refusal(reason: string, t: TFunction): string {
  return t(`meeting.refusals.${reason as keyof typeof meetingWords.meeting.refusals}`);
}

/**
 * An event's details as lines a coordinator can read: people by name rather than id, roles and
 * kinds in words. Other ids (of invitations, consents) mean nothing to a reader and are left out;
 * unknown keys are shown as they are, so nothing the server logs is hidden.
 */
export function describeDetails(
  details: Record<string, unknown>,
  nameOf: (memberId: string) => string | undefined,
  t: TFunction,
): { key: string; label: string; value: string }[] {
  const member = (id: unknown) => (typeof id === "string" ? (nameOf(id) ?? t("audit.removedMember")) : text(id));
  const lines: { key: string; label: string; value: string }[] = [];
  for (const [key, value] of Object.entries(details)) {
    if (KEYS.has(key)) {
      const label = t(`audit.detailKeys.${key as DetailKey}`);
      let shown: string;
      if (key === "memberId") shown = member(value);
      else if (key === "memberIds") shown = Array.isArray(value) ? value.map(member).join(", ") : text(value);
      else if (key === "role") {
        const role = parseRole(text(value));
        shown = role ? t(`roles.${role}`) : text(value);
      } else if (key === "kind") shown = value === "code" || value === "link" ? t(`audit.kinds.${value}`) : text(value);
      else if (key === "reason" && REFUSALS.has(text(value))) {
        shown = refusal(text(value), t);
      } else if (key === "reasons" && value && typeof value === "object") {
        // A minute's refusals, counted by reason: "Invitationen er udløbet … (3)".
        shown = Object.entries(value)
          .map(([reason, count]) => `${REFUSALS.has(reason) ? refusal(reason, t) : reason} (${text(count)})`)
          .join("; ");
      } else shown = text(value);
      if (shown) lines.push({ key, label, value: shown });
    } else if (!/Id$/.test(key)) {
      lines.push({ key, label: key, value: text(value) });
    }
  }
  return lines;
}
