import type { ParseKeys, TFunction } from "i18next";
import { ApiFailure } from "../api/ApiFailure.ts";

type Code = ApiFailure["code"];

/**
 * The words for each code the server (or the client itself) can fail with. The server's `message`
 * is English for logs and developers and is never shown: a Danish screen stays Danish. A code not
 * worth its own words shares a calm, general sentence; a situation that needs its own words gets
 * its own code on the server (errorMessage.test.ts checks every code has text in da and en).
 */
export const ERROR_TEXT = {
  network: "app.networkError",
  invalid_response: "app.genericError",
  internal: "app.genericError",
  unavailable: "apiError.unavailable",
  bad_request: "apiError.badRequest",
  unauthenticated: "apiError.unauthenticated",
  forbidden: "app.forbiddenError",
  not_found: "apiError.notFound",
  conflict: "apiError.conflict",
  username_taken: "apiError.usernameTaken",
  team_name_taken: "apiError.teamNameTaken",
  meeting_closed: "apiError.meetingClosed",
  meeting_not_closed: "apiError.meetingNotClosed",
  minutes_approved: "apiError.minutesApproved",
  minutes_not_approved: "apiError.minutesNotApproved",
  case_number_missing: "apiError.caseNumberMissing",
  case_closed: "app.caseClosed",
  consent_required: "apiError.consentRequired",
  invitation_invalid: "join.invalid",
  invitation_expired: "join.expired",
  invitation_revoked: "join.revoked",
  step_link_invalid: "stepLink.invalid",
  step_link_expired: "stepLink.expired",
  step_link_revoked: "stepLink.revoked",
  too_many_requests: "app.tooManyRequests",
  payload_too_large: "apiError.payloadTooLarge",
  unsupported_media_type: "app.genericError",
  cross_origin: "apiError.crossOrigin",
  password_too_common: "account.passwordTooCommon",
  password_like_name: "account.passwordLikeName",
} as const satisfies Record<Code, ParseKeys>;

/** What to tell the person when a request failed, in their language, naming the field when one was wrong. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiFailure)) return t("app.genericError");
  const field = error.code === "bad_request" ? fieldName(error.issues[0]?.path, t) : null;
  if (field) return t("apiError.badField", { field });
  return t(ERROR_TEXT[error.code]);
}

/** The label of a field the server named (`issues[].path`), when it is one a person fills in. */
function fieldName(path: string | undefined, t: TFunction): string | null {
  const last = path?.split(".").at(-1);
  if (!last || !(last in FIELD_LABELS)) return null;
  return t(FIELD_LABELS[last as keyof typeof FIELD_LABELS]);
}

const FIELD_LABELS = {
  username: "apiError.fields.username",
  password: "apiError.fields.password",
  currentPassword: "apiError.fields.currentPassword",
  name: "apiError.fields.name",
  relation: "apiError.fields.relation",
  title: "apiError.fields.title",
  startsAt: "apiError.fields.startsAt",
  caseReference: "apiError.fields.caseReference",
  kleNumber: "apiError.fields.kleNumber",
  email: "apiError.fields.email",
} as const satisfies Record<string, ParseKeys>;
