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
    const results = Object.fromEntries(
      await Promise.all(
        Object.entries(readiness.checks).map(async ([name, check]) => [
          name,
          await Promise.race([
            check(),
            new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2_000)),
          ]).catch(() => false),
        ]),
      ),
    );
    const problems = readiness.problems?.() ?? {};
    const ready = Object.values(results).every(Boolean);
    c.header("Cache-Control", "no-store");
    return c.json(
      {
        status: ready ? "ready" : "not ready",
        checks: results,
        ...(Object.keys(problems).length > 0 ? { problems } : {}),
      },
      ready ? 200 : 503,
    );
  });

  app.get("/metrics", metricsAccess({ token: access.metricsToken, trustProxy: access.trustProxy }), async (c) => {
    c.header("Content-Type", metrics.registry.contentType);
    return c.body(await metrics.registry.metrics());
  });
}
