import { da } from "../i18n/da.ts";

export type KnownAuditAction = keyof typeof da.audit.actions;

const KNOWN = new Set(Object.keys(da.audit.actions));

/** Actions the interface has words for; the server may log new ones, which are shown as they are. */
export function isKnownAuditAction(action: string): action is KnownAuditAction {
  return KNOWN.has(action);
}
