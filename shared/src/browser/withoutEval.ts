import { z } from "zod";

/*
 * For the browser, imported before anything else of shared/ (client/src/main.tsx): zod v4 compiles
 * a fast parser for each object schema with `new Function`, after probing once whether it may. The
 * page's Content-Security-Policy forbids eval (script-src 'self'), so the probe fails, which is
 * fine, but the browser reports it as a policy violation in the console, and Lighthouse counts it
 * against Best Practices. Saying so before the first schema is made skips the probe. The server
 * does not import this and keeps the compiled parsers.
 */
z.config({ jitless: true });
