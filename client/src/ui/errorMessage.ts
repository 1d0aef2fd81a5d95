import type { TFunction } from "i18next";
import { ApiFailure } from "../api.ts";

/**
 * What to tell the person when a request failed. The server's own message is shown for a refused
 * request (it says which field and why); anything else gets a calm message in their language.
 */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiFailure) {
    if (error.code === "network") return t("app.networkError");
    if (error.code === "forbidden") return t("app.forbiddenError");
    if (error.code === "too_many_requests") return t("app.tooManyRequests");
    if (error.code === "case_closed") return t("app.caseClosed");
    if (error.code === "password_too_common") return t("account.passwordTooCommon");
    if (error.code === "password_like_name") return t("account.passwordLikeName");
    if (error.code === "bad_request" || error.code === "conflict") {
      const issues = error.issues.map((issue) => issue.message).join(" ");
      return issues || error.message;
    }
  }
  return t("app.genericError");
}
