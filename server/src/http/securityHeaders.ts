import { secureHeaders } from "hono/secure-headers";

/**
 * Headers on every HTTP answer. The page may run only the app's own scripts (no inline script,
 * no eval) and talk only to its own origin, websocket included; no other site may frame it.
 * Inline style attributes stay allowed: ProseMirror and the collaboration carets set them.
 */
export const securityHeaders = () =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // 'self' covers ws:/wss: to the same host in current browsers; no other host is allowed.
      connectSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", "data:"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    referrerPolicy: "no-referrer",
    xFrameOptions: "DENY",
    xContentTypeOptions: "nosniff",
    crossOriginOpenerPolicy: "same-origin",
    crossOriginResourcePolicy: "same-origin",
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  });
