import type { HttpBindings } from "@hono/node-server";
import type { Principal } from "@samplan/shared/api";

/** What every request carries through the Hono app. */
export interface AppEnv {
  Bindings: HttpBindings;
  Variables: {
    requestId: string;
    /** Who is asking, from the session cookie; null when nobody is signed in. */
    principal: Principal | null;
    /** Set when the session's invitation was revoked or ran out, so refusals can say which. */
    sessionEnded: "invitation-revoked" | "invitation-expired" | null;
  };
}
