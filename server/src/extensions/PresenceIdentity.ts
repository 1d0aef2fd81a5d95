import type { beforeHandleAwarenessPayload, Extension } from "@hocuspocus/server";
import type { ConnectionContext } from "./Authentication.ts";

/**
 * The name and role others see in the presence bar and on a caret come from the roster, not
 * from what a client claims: the server rewrites them in every awareness update it relays.
 */
export class PresenceIdentity implements Extension {
  extensionName = "PresenceIdentity";

  async beforeHandleAwareness({ states, context }: beforeHandleAwarenessPayload): Promise<void> {
    const identity = context as ConnectionContext | undefined;
    if (!identity?.memberId) return;
    for (const state of states.values()) {
      const user = state.user;
      if (user && typeof user === "object") {
        state.user = { ...user, name: identity.name, role: identity.role, memberId: identity.memberId };
      }
    }
  }
}
