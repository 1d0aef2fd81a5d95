import type { Member } from "@samplan/shared/api";
import type { HandoverRow } from "../storage/HandoverRepository.ts";
import type { Rendered } from "./rendered.ts";
import { mailWords } from "./words.ts";

export interface HandoverMessageContext {
  /** The hand-over the message was written for. */
  handover: HandoverRow | undefined;
  /** The case's latest hand-over, which may be a newer one. */
  latest: HandoverRow | undefined;
  member: Member;
  origin: string;
}

/**
 * "Din nye koordinator er Line": the new coordinator's name and where Samplan is, nothing else.
 * Never the hand-over note, never anything from the plan: an e-mail can be read by anyone who
 * shares her inbox.
 */
export function coordinatorChanged(c: HandoverMessageContext): Rendered {
  if (!c.handover) return { skip: "hand-over gone" };
  // Handed on again before this went out: the newer hand-over's message names who it is now.
  if (c.latest && c.latest.id !== c.handover.id) return { skip: "superseded by a newer hand-over" };
  const w = mailWords(c.member.language);
  const name = c.handover.to_name;
  const text = [w.greeting(c.member.name), w.newCoordinator(name), w.seeSamplan(`${c.origin}/`), w.signature];
  return { mail: { subject: w.newCoordinatorSubject, text: `${text.join("\n\n")}\n` } };
}
