import type { CaseId } from "@samplan/shared/vocabulary";
import type { Kysely } from "kysely";
import type { MeetingRecord } from "../meetings/MeetingRecord.ts";
import type { AuditLog } from "../storage/AuditLog.ts";
import type { DatabaseSchema } from "../storage/schema.ts";
import type { ReadableCase } from "./readableCaseExport.ts";

/**
 * Gathers the citizen's readable copy of her case (readableCaseExport.ts): everyone who has been
 * on the case (also those who left: they could read about her while they were on it), every
 * meeting with its minutes as they stand or as approved, and the whole trail.
 */
export async function readableCaseOf(
  deps: { db: Kysely<DatabaseSchema>; record: MeetingRecord; audit: AuditLog },
  caseId: CaseId,
): Promise<ReadableCase | null> {
  const kase = await deps.db.selectFrom("cases").select("citizen_name").where("id", "=", caseId).executeTakeFirst();
  if (!kase) return null;
  const [members, meetings, accessLog] = await Promise.all([
    deps.db
      .selectFrom("case_members")
      .select(["name", "role", "organisation", "removed_at"])
      .where("case_id", "=", caseId)
      .orderBy("created_at")
      .execute(),
    deps.db.selectFrom("meetings").selectAll().where("case_id", "=", caseId).orderBy("starts_at").execute(),
    deps.audit.allForCase(caseId),
  ]);
  return {
    citizenName: kase.citizen_name,
    exportedAt: new Date().toISOString(),
    roster: members.map((m) => ({
      name: m.removed_at ? `${m.name} (ikke længere med)` : m.name,
      role: m.role,
      organisation: m.organisation,
    })),
    meetings: await Promise.all(
      meetings.map(async (meeting) => {
        const found = meeting.cancelled_at ? null : await deps.record.minutes(meeting.id);
        const approved = found?.approved;
        return {
          title: meeting.title,
          startsAt: meeting.starts_at,
          cancelled: meeting.cancelled_at !== null,
          minutes: found?.minutes ?? null,
          approved: approved
            ? { by: approved.createdBy, at: approved.createdAt, version: approved.number, hash: approved.contentHash }
            : null,
        };
      }),
    ),
    accessLog,
  };
}
