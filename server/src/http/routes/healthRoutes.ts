import type { OpenAPIHono } from "@hono/zod-openapi";
import type { TrustProxy } from "../../network/TrustProxy.ts";
import type { Metrics } from "../../observability/Metrics.ts";
import type { AppEnv } from "../AppEnv.ts";
import { metricsAccess } from "../metricsAccess.ts";

export interface Readiness {
  /** Each dependency by name, answering whether it responds now. */
  checks: Record<string, () => Promise<boolean>>;
  /** Why a part is not ready, by the name of its check, when a yes or no says too little (a full disk). */
  problems?: () => Record<string, string>;
}

/**
 * For the load balancer and the operator: /healthz says the process is alive, /readyz that the
 * database (and Redis, when used) answer, /metrics speaks Prometheus to whoever metricsAccess lets in.
 */
export function registerHealthRoutes(
  app: OpenAPIHono<AppEnv>,
  readiness: Readiness,
  metrics: Metrics,
  access: { metricsToken: string | undefined; trustProxy: TrustProxy },
): void {
  app.get("/healthz", (c) => c.json({ status: "ok" }));

  app.get("/readyz", async (c) => {
    const outcomes = await Promise.all(
      Object.entries(readiness.checks).map(async ([name, check]) => {
        // Why a check failed, in words, for the operator reading the answer (or the alert).
        const reason = await Promise.race([
          check().then(
            (ok) => (ok ? null : "not working"),
            (error: unknown) => `does not answer: ${error instanceof Error ? error.message : String(error)}`,
          ),
          new Promise<string>((resolve) => setTimeout(() => resolve("no answer within 2 s"), 2_000)),
        ]);
        return [name, reason] as const;
      }),
    );
    const results = Object.fromEntries(outcomes.map(([name, reason]) => [name, reason === null]));
    // A check that knows more than "not working" (the disk is full, read-only) says so itself.
    const reasons = {
      ...Object.fromEntries(outcomes.filter(([, reason]) => reason !== null)),
      ...readiness.problems?.(),
    };
    const ready = Object.values(results).every(Boolean);
    c.header("Cache-Control", "no-store");
    return c.json(
      {
        status: ready ? "ready" : "not ready",
        checks: results,
        ...(Object.keys(reasons).length > 0 ? { reasons } : {}),
      },
      ready ? 200 : 503,
    );
  });

  app.get("/metrics", metricsAccess({ token: access.metricsToken, trustProxy: access.trustProxy }), async (c) => {
    c.header("Content-Type", metrics.registry.contentType);
    return c.body(await metrics.registry.metrics());
  });
}
