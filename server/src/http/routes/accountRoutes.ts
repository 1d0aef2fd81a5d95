import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { Account, ApiError, CreateAccountBody } from "@samplan/shared/api";
import { z } from "zod";
import { actorOf } from "../../access/Access.ts";
import { hashPassword } from "../../auth/passwords.ts";
import { toAccount } from "../../storage/AccountRepository.ts";
import type { AppEnv } from "../AppEnv.ts";
import { HttpRefusal, refuse } from "../errors.ts";
import type { Services } from "../Services.ts";
import { requireStaff } from "../session.ts";

/** Staff accounts, kept by coordinators. */
export function registerAccountRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/accounts",
      summary: "Staff accounts (a coordinator)",
      responses: {
        200: {
          content: { "application/json": { schema: z.object({ accounts: z.array(Account) }) } },
          description: "Accounts",
        },
        403: { content: { "application/json": { schema: ApiError } }, description: "Not a coordinator" },
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
      method: "post",
      path: "/api/accounts",
      summary: "Create a staff account (a coordinator)",
      request: { body: { content: { "application/json": { schema: CreateAccountBody } }, required: true } },
      responses: {
        201: { content: { "application/json": { schema: Account } }, description: "The account" },
        400: { content: { "application/json": { schema: ApiError } }, description: "Invalid body" },
        403: { content: { "application/json": { schema: ApiError } }, description: "Not a coordinator" },
        409: { content: { "application/json": { schema: ApiError } }, description: "Username taken" },
      },
    }),
    async (c) => {
      const staff = requireStaff(c);
      if (staff.role !== "koordinator") throw refuse.forbidden("create accounts");
      const body = c.req.valid("json");
      if (await s.accounts.findByUsername(body.username))
        throw new HttpRefusal(409, "conflict", "That username is taken");
      const account = await s.accounts.create({
        username: body.username,
        displayName: body.displayName,
        role: body.role,
        passwordHash: await hashPassword(body.password),
      });
      await s.audit.record({
        ...actorOf(staff),
        action: "account-created",
        details: { accountId: account.id, role: account.role },
      });
      return c.json(toAccount(account), 201);
    },
  );
}
