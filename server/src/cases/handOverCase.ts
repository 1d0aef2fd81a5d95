import type { HandedOver } from "@samplan/shared/api";
import type { CaseId } from "@samplan/shared/vocabulary";
import type { LiveConnections } from "../access/LiveConnections.ts";
import { HttpRefusal } from "../http/errors.ts";
import type { MailSchedule } from "../mail/MailSchedule.ts";
import type { Repositories } from "../storage/repositories.ts";

export interface HandOver {
  caseId: CaseId;
  /** The coordinator whose case it is now: she leaves the roster. */
  fromAccountId: string;
  /** The coordinator it goes to. */
  toAccountId: string;
  /** What the new coordinator reads first; already trimmed and checked by HandOverBody. */
  note: string;
  /**
   * Who does it, as the audit trail names them: the coordinator herself, or (later) a team lead
   * handing over the case of a colleague on leave, which is why it is not taken from `fromAccountId`.
   */
  by: { actor: string; actorRole: string };
}

interface Dependencies {
  transaction<T>(work: (t: Repositories) => Promise<T>): Promise<T>;
  mailSchedule: MailSchedule;
  live: LiveConnections;
}

/**
 * Hands a case to another coordinator, in one transaction: the old coordinator leaves the roster,
 * the new one is on it as coordinator (through her account, so Access lets her into everything
 * the case holds: every meeting's plan, the minutes, progress and the network, as it let the old
 * one), the hand-over and its note are stored, the trail records it and the citizen's e-mail is
 * written to the outbox. After the commit, the old coordinator's live connections to the case's
 * meetings are closed on every instance; her reconnect is refused, she is no longer on the roster.
 */
export async function handOverCase(d: Dependencies, h: HandOver): Promise<HandedOver> {
  if (h.toAccountId === h.fromAccountId) throw badTarget("toAccountId must be another coordinator than the case's own");
  const { handover, roleChanged } = await d.transaction(async (t) => {
    const to = await t.accounts.findById(h.toAccountId);
    if (!to || to.deactivated_at !== null || to.role !== "koordinator") {
      throw badTarget("toAccountId must be the account of an active coordinator");
    }
    const from = await t.roster.findForAccount(h.caseId, h.fromAccountId);
    // A cover holds the case for its coordinator, who is still on it: the team lead hands it over.
    if (from?.grant_kind)
      throw new HttpRefusal(403, "forbidden", "A cover does not hand the case over; the team lead can");
    if (from?.role !== "koordinator") throw new HttpRefusal(404, "not_found", "No such case's coordinator");

    await t.roster.remove(h.caseId, from.id);
    // Already in the network (as a professional, say): she keeps her place, now as its coordinator.
    // A grant (she covers the case, or her team lead reads it) ends by itself: the case is hers
    // for good now, through a place of her own.
    const granted = await t.roster.findForAccount(h.caseId, to.id);
    if (granted?.grant_kind) await t.roster.remove(h.caseId, granted.id);
    const already = granted?.grant_kind ? undefined : granted;
    if (already) await t.roster.update(h.caseId, already.id, { role: "koordinator" });
    else {
      await t.roster.add(h.caseId, {
        name: to.display_name,
        role: "koordinator",
        organisation: "",
        profession: "",
        accountId: to.id,
      });
    }
    const handover = await t.handovers.record({
      caseId: h.caseId,
      from: { accountId: h.fromAccountId, name: from.name },
      to: { accountId: to.id, name: to.display_name },
      note: h.note,
    });
    // Names only: the note is about the citizen, and the trail is read by more people than she is.
    await t.audit.record({
      ...h.by,
      action: "case-handed-over",
      caseId: h.caseId,
      details: { from: handover.from_name, to: handover.to_name },
    });
    await d.mailSchedule.coordinatorChanged(t, handover);
    return { handover, roleChanged: already !== undefined && already.role !== "koordinator" };
  });

  await d.live.change({ scope: { caseId: h.caseId, accountId: h.fromAccountId }, effect: "withdrawn" });
  // Connected already in another role: she comes back as the coordinator.
  if (roleChanged) await d.live.change({ scope: { caseId: h.caseId, accountId: h.toAccountId }, effect: "reconnect" });
  return {
    id: handover.id,
    caseId: handover.case_id,
    fromName: handover.from_name,
    toName: handover.to_name,
    handedOverAt: handover.created_at,
  };
}

function badTarget(message: string): HttpRefusal {
  return new HttpRefusal(400, "bad_request", message);
}
