import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { Account, ApiError, apiRoutes } from "@samplan/shared/api";
import { toAccount } from "../../storage/AccountRepository.ts";
import type { AppEnv } from "../AppEnv.ts";
import { refuse } from "../errors.ts";
import type { Services } from "../Services.ts";
import { requireStaff } from "../session.ts";
import { endpoint, json } from "./openapi.ts";

/**
 * The signed-in staff member's own account, for the settings page every staff member has: it
 * must know whether there is a password to change, which the session's principal does not say
 * (and need not: it is asked for only on that page).
 */
export function registerOwnAccountRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.ownAccount),
      summary: "Your own staff account: name, role, and whether it has a password",
      responses: {
        200: json(Account, "The account"),
        401: json(ApiError, "Not signed in"),
        403: json(ApiError, "Not a staff account"),
        404: json(ApiError, "No such account"),
      },
    }),
    async (c) => {
      const staff = requireStaff(c);
      const account = await s.accounts.findById(staff.accountId);
      // Accounts are deactivated, never deleted; should a row be missing, say so rather than guess.
      if (!account) throw refuse.notFound("account");
      return c.json(toAccount(account), 200);
    },
  );
}
