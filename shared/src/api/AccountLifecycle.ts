import { z } from "zod";
import { NewPassword } from "./Session.ts";

/** A staff member changes their own password; the current one proves it is them at the keyboard. */
export const ChangePasswordBody = z.strictObject({
  currentPassword: z
    .string({ error: "currentPassword must be text" })
    .min(1, "currentPassword must not be empty")
    .max(256),
  newPassword: NewPassword.describe("newPassword"),
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>;

/** The one-time link a coordinator gives a colleague to set a new password; shown once. */
export const PasswordResetIssued = z.object({
  /** `/reset-password#code=…`: the secret after `#` never reaches a server's log. */
  resetPath: z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type PasswordResetIssued = z.infer<typeof PasswordResetIssued>;

/** Setting a new password with the link's code. */
export const CompletePasswordResetBody = z.strictObject({
  code: z.string({ error: "code must be text" }).min(16, "code is too short").max(128, "code is too long"),
  password: NewPassword,
});
export type CompletePasswordResetBody = z.infer<typeof CompletePasswordResetBody>;

/** What was ended when a coordinator signed a colleague out everywhere or deactivated them. */
export const SessionsEnded = z.object({ sessionsEnded: z.number().int(), connectionsClosed: z.number().int() });
export type SessionsEnded = z.infer<typeof SessionsEnded>;
