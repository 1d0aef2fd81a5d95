import { z } from "zod";

/**
 * Every error answer has this shape. `code` is stable and is what a client shows, in its person's
 * language; `message` is English for logs and developers, and `issues[].path` names the field.
 */
export const ApiError = z.object({
  error: z.object({
    code: z.enum([
      "bad_request",
      "unauthenticated",
      "forbidden",
      "not_found",
      "conflict",
      // Conflicts a person meets often enough to be told in their own words, not just "conflict".
      "username_taken",
      "team_name_taken",
      "meeting_closed",
      "meeting_not_closed",
      "minutes_approved",
      "minutes_not_approved",
      "case_number_missing",
      "case_closed",
      "consent_required",
      "invitation_invalid",
      "invitation_expired",
      "invitation_revoked",
      "step_link_invalid",
      "step_link_expired",
      "step_link_revoked",
      "too_many_requests",
      "payload_too_large",
      "unsupported_media_type",
      "cross_origin",
      "password_too_common",
      "password_like_name",
      "internal",
      "unavailable",
    ]),
    message: z.string(),
    /** The one field a refusal is about, when it is about one (a password the server will not take). */
    field: z.string().optional(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ApiError = z.infer<typeof ApiError>;
