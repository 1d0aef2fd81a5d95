import { z } from "zod";

/** The key this session's browser encrypts its copy of a meeting's plan with: base64url of 32 bytes. */
export const DeviceKey = z.object({ key: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });
export type DeviceKey = z.infer<typeof DeviceKey>;
