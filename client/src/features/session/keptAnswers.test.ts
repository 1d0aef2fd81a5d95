import { describe, expect, it } from "vitest";
import { notPastTheSession } from "./keptAnswers.ts";

const kept = (ends?: string) => new Response("{}", { headers: ends ? { "Samplan-Session-Ends": ends } : {} });
const use = (cachedResponse?: Response) => notPastTheSession.cachedResponseWillBeUsed({ cachedResponse });

describe("answers kept for offline use", () => {
  it("are served while the session they were given to lasts", async () => {
    const answer = kept(new Date(Date.now() + 60_000).toISOString());
    expect(await use(answer)).toBe(answer);
  });

  it("are not served once that session has ended", async () => {
    expect(await use(kept(new Date(Date.now() - 1_000).toISOString()))).toBeNull();
  });

  it("are served as before when they belong to no session (the sign-in page's answer)", async () => {
    const answer = kept();
    expect(await use(answer)).toBe(answer);
    expect(await use(undefined)).toBeNull();
  });
});
