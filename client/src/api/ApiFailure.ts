import type { ApiError } from "@samplan/shared/api";
import { sessionStamp } from "../features/session/sessionEpoch.ts";

/** A failed request. `message` is the server's own when it sent one, for showing near the form. */
export class ApiFailure extends Error {
  override name = "ApiFailure";
  readonly status: number;
  readonly code: ApiError["error"]["code"] | "network" | "invalid_response";
  readonly issues: { path: string; message: string }[];
  /** The session the request was sent under (sessionEpoch.ts): a 401 ends only that one. */
  readonly sessionStamp: number;

  constructor(
    status: number,
    code: ApiFailure["code"],
    message: string,
    issues: { path: string; message: string }[] = [],
    stamp: number = sessionStamp(),
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.sessionStamp = stamp;
  }
}
