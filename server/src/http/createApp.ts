import fs from "node:fs";
import path from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { OpenAPIHono } from "@hono/zod-openapi";
import { apiRoutes } from "@samplan/shared/api";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { TooManyAttempts } from "../auth/FailureLimit.ts";
import { isDatabaseUnavailable } from "../storage/databaseUnavailable.ts";
import type { AppEnv } from "./AppEnv.ts";
import { bodyLimits } from "./bodyLimits.ts";
import { cookiePolicy } from "./cookies.ts";
import { apiError, HttpRefusal, validationError } from "./errors.ts";
import { noStore } from "./noStore.ts";
import { registerAccountRoutes } from "./routes/accountRoutes.ts";
import { registerAuditRoutes } from "./routes/auditRoutes.ts";
import { registerAuthRoutes } from "./routes/authRoutes.ts";
import { registerCaseFileRoutes } from "./routes/caseFileRoutes.ts";
import { registerCaseRoutes } from "./routes/caseRoutes.ts";
import { registerCitizenTabletRoutes } from "./routes/citizenTabletRoutes.ts";
import { registerClientErrorRoutes } from "./routes/clientErrorRoutes.ts";
import { registerConsentRoutes } from "./routes/consentRoutes.ts";
import { registerDeskRoutes } from "./routes/deskRoutes.ts";
import { registerDeviceKeyRoutes } from "./routes/deviceKeyRoutes.ts";
import { registerHandoverRoutes } from "./routes/handoverRoutes.ts";
import { registerHealthRoutes } from "./routes/healthRoutes.ts";
import { registerInvitationRoutes } from "./routes/invitationRoutes.ts";
import { registerMeetingRatingRoutes } from "./routes/meetingRatingRoutes.ts";
import { registerMeetingRoutes } from "./routes/meetingRoutes.ts";
import { registerMeetingTemplateRoutes } from "./routes/meetingTemplateRoutes.ts";
import { registerOwnLanguageRoutes } from "./routes/ownLanguageRoutes.ts";
import { registerPreparationRoutes } from "./routes/preparationRoutes.ts";
import { registerProgressRoutes } from "./routes/progressRoutes.ts";
import { registerRecordRoutes } from "./routes/recordRoutes.ts";
import { registerRosterRoutes } from "./routes/rosterRoutes.ts";
import { registerStepLinkRoutes } from "./routes/stepLinkRoutes.ts";
import { registerTeamRoutes } from "./routes/teamRoutes.ts";
import { registerTimeRoutes } from "./routes/timeRoutes.ts";
import { registerVocabularyRoutes } from "./routes/vocabularyRoutes.ts";
import type { Services } from "./Services.ts";
import { requestOrigin, sameOriginOnly } from "./sameOrigin.ts";
import { securityHeaders } from "./securityHeaders.ts";
import { sessionMiddleware } from "./session.ts";

// PostgreSQL restarts in seconds; a client asking again after this finds it back, or waits again.
const DATABASE_RETRY_AFTER_SECONDS = 5;

const WHERE = { json: "body", param: "path", query: "query" } as const;

/** The HTTP side of Samplan: the JSON API, its OpenAPI description and the built client. */
export function createApp(s: Services): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        return validationError(c, result.error, WHERE[result.target as keyof typeof WHERE] ?? "body");
      }
    },
  });

  app.use("*", securityHeaders());
  // Outside everything else under /api, so it also sees the answers of the refusals below.
  app.use("/api/*", noStore());
  // First of the rest: no later middleware or route may read more of a body than this allows.
  app.use("*", bodyLimits());
  // Every answer carries X-Request-Id, and every log line about the request names it.
  app.use("*", requestId());
  // Before the session is even looked up: another site's request gets nothing done with it.
  app.use(
    "/api/*",
    sameOriginOnly((c) => s.config.publicOrigin ?? requestOrigin(c, s.config.trustProxy)),
  );
  app.use("/api/*", cookiePolicy(s.config.publicOrigin));
  app.use("/api/*", sessionMiddleware(s.access));

  app.onError((error, c) => {
    if (error instanceof TooManyAttempts) {
      s.log.warn({ requestId: c.get("requestId"), status: 429, path: c.req.routePath }, "refused a request");
      // Every 429 says when to come back, so a person (and a well-behaved client) can wait it out.
      c.header("Retry-After", String(error.retryAfterSeconds));
      return apiError(c, 429, "too_many_requests", error.message);
    }
    if (error instanceof HttpRefusal) {
      // Every refusal is logged, with what was asked and why, never with names or content.
      s.log.warn(
        {
          requestId: c.get("requestId"),
          status: error.status,
          code: error.code,
          method: c.req.method,
          path: c.req.routePath,
        },
        "refused a request",
      );
      return apiError(c, error.status, error.code, error.message);
    }
    if (error instanceof HTTPException && error.status === 415) {
      // A body that is not JSON (or none said what it is): refused before it is read.
      return apiError(c, 415, "unsupported_media_type", "The body must be JSON (Content-Type: application/json)");
    }
    if (error instanceof HTTPException && error.status < 500) {
      // Hono's own refusals, such as a body that says it is JSON and is not.
      return apiError(c, 400, "bad_request", error.message || "Bad request");
    }
    if (isDatabaseUnavailable(error)) {
      // PostgreSQL restarting or out of reach: it passes by itself, so the answer says when to
      // ask again rather than that the server is broken (the pool reconnects on its own).
      s.log.warn(
        { err: error, requestId: c.get("requestId"), path: c.req.routePath },
        "the database could not be reached; answered 503",
      );
      c.header("Retry-After", String(DATABASE_RETRY_AFTER_SECONDS));
      return apiError(c, 503, "unavailable", "The server cannot reach its database just now; try again in a moment");
    }
    s.log.error(
      { err: error, requestId: c.get("requestId"), path: c.req.routePath },
      "unhandled error in an API route",
    );
    return apiError(c, 500, "internal", "Something went wrong on the server");
  });

  registerHealthRoutes(app, s.readiness, s.metrics, s.config);
  registerAuthRoutes(app, s);
  registerDeviceKeyRoutes(app, s);
  registerAccountRoutes(app, s);
  registerCaseRoutes(app, s);
  registerMeetingRoutes(app, s);
  registerRosterRoutes(app, s);
  registerHandoverRoutes(app, s);
  registerInvitationRoutes(app, s);
  registerCitizenTabletRoutes(app, s);
  registerConsentRoutes(app, s);
  registerAuditRoutes(app, s);
  registerVocabularyRoutes(app, s);
  registerMeetingTemplateRoutes(app, s);
  registerTimeRoutes(app);
  registerClientErrorRoutes(app, s);
  registerProgressRoutes(app, s);
  registerRecordRoutes(app, s);
  registerCaseFileRoutes(app, s);
  registerStepLinkRoutes(app, s);
  registerPreparationRoutes(app, s);
  registerMeetingRatingRoutes(app, s);
  registerOwnLanguageRoutes(app, s);
  registerDeskRoutes(app, s);
  registerTeamRoutes(app, s);

  app.doc31(apiRoutes.openapi.path, {
    openapi: "3.1.0",
    info: {
      title: "Samplan API",
      version: "0.2.0",
      description:
        "Cases, rosters, invitations and network meetings. A meeting's content is its live Yjs document at /collaboration, opened with a connection token.",
    },
  });

  app.all("/api/*", (c) => apiError(c, 404, "not_found", `No route ${c.req.method} ${c.req.path}`));

  serveClient(app, s.config.clientDir);
  return app;
}

function serveClient(app: OpenAPIHono<AppEnv>, clientDir: string) {
  const indexFile = path.join(clientDir, "index.html");
  // Vite puts content hashes in asset names, so they never change under the same URL.
  app.use("/assets/*", async (c, next) => {
    await next();
    if (c.res.ok) c.header("Cache-Control", "public, max-age=31536000, immutable");
  });
  if (fs.existsSync(clientDir)) {
    app.use(
      "/*",
      serveStatic({
        root: path.relative(process.cwd(), clientDir) || ".",
        // The brotli or gzip copy made at build (scripts/compress-client.ts), when the browser
        // takes it; with Content-Encoding and Vary: Accept-Encoding.
        precompressed: true,
        // The shell and the service worker name the hashed assets: always asked for again.
        onFound: (found, c) => {
          if (!/[\\/]assets[\\/]/.test(found)) c.header("Cache-Control", "no-cache");
        },
      }),
    );
  }
  // Every other GET is a client-side route (/cases/…, /meetings/…, /join): answer with the app shell.
  app.get("*", (c) => {
    if (!fs.existsSync(indexFile)) {
      return c.text("Samplan's client is not built. Run `pnpm build` (or `pnpm start`).", 503);
    }
    c.header("Cache-Control", "no-cache");
    return c.html(fs.readFileSync(indexFile, "utf8"));
  });
}
