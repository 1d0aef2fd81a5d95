import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { Account, AccountList, ApiError, apiRoutes, CreateAccountBody } from "@samplan/shared/api";
import { actorOf } from "../../access/Access.ts";
import { hashPassword } from "../../auth/passwords.ts";
import { toAccount } from "../../storage/AccountRepository.ts";
import type { AppEnv } from "../AppEnv.ts";
import { HttpRefusal, refuse } from "../errors.ts";
import { refusedPassword, refusedPasswordChoice } from "../passwordRefusal.ts";
import type { Services } from "../Services.ts";
import { requireStaff } from "../session.ts";
import { registerAccountLifecycleRoutes } from "./accountLifecycleRoutes.ts";
import { endpoint, json } from "./openapi.ts";
import { registerOwnAccountRoutes } from "./ownAccountRoutes.ts";
import { registerOwnPasswordRoutes } from "./ownPasswordRoutes.ts";

/** Staff accounts, kept by coordinators. */
export function registerAccountRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.accounts),
      summary: "Staff accounts (a coordinator)",
      responses: {
        200: json(AccountList, "Accounts"),
        403: json(ApiError, "Not a coordinator"),
      },
    }),
    async (c) => {
      const staff = requireStaff(c);
      if (staff.role !== "koordinator") throw refuse.forbidden("see accounts");
      return c.json({ accounts: await s.accounts.list() }, 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.createAccount),
      summary: "Create a staff account (a coordinator)",
      request: { body: { ...json(CreateAccountBody, "The request"), required: true } },
      responses: {
        201: json(Account, "The account"),
        400: json(ApiError, "Invalid body"),
        403: json(ApiError, "Not a coordinator"),
        409: json(ApiError, "Username taken"),
      },
    }),
    async (c) => {
      const staff = requireStaff(c);
      if (staff.role !== "koordinator") throw refuse.forbidden("create accounts");
      const body = c.req.valid("json");
      const methods = { passwordSignIn: s.config.passwordSignIn, oidc: s.oidc !== null };
      const weak =
        refusedPasswordChoice(c, body.password, methods) ??
        (body.password === undefined ? null : refusedPassword(c, body.password, body));
      if (weak) return weak;
      if (await s.accounts.findByUsername(body.username))
        throw new HttpRefusal(409, "username_taken", "That username is taken");
      // Hashed before the transaction: it takes a while, and nothing should wait on it.
      const passwordHash = body.password === undefined ? null : await hashPassword(body.password);
      const account = await s.transaction(async (t) => {
        const created = await t.accounts.create({
          username: body.username,
          displayName: body.displayName,
          role: body.role,
          // Without one, the account waits for its first OIDC sign-in to be linked.
          passwordHash,
        });
        await t.audit.record({
          ...actorOf(staff),
          action: "account-created",
          details: { accountId: created.id, role: created.role },
        });
        return created;
      });
      return c.json(toAccount(account), 201);
    },
  );

  registerOwnAccountRoutes(app, s);
  registerOwnPasswordRoutes(app, s);
  registerAccountLifecycleRoutes(app, s);
}
