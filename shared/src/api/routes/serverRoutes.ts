import { z } from "zod";
import { route } from "./route.ts";

/** Routes no page calls: the server's clock (for the tests and the bench) and its OpenAPI document. */
export const serverRoutes = {
  time: route({ method: "get", path: "/api/time", answer: z.object({ now: z.number() }) }),
  openapi: route({ method: "get", path: "/api/openapi.json" }),
} as const;
