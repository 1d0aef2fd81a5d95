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
    /**
     * The signed-in session's id as stored (the hash of the cookie's secret, never the secret):
     * what connection tokens and the device key are bound to. Null when nobody is signed in.
     */
    sessionId: string | null;
    /** Whether cookies are `__Host-` and Secure (SAMPLAN_PUBLIC_URL is https); see cookies.ts. */
    hostCookies: boolean;
  };
}
