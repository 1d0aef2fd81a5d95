/**
 * A Workbox plugin for the answers the service worker keeps for offline use (vite.config.ts): a
 * kept answer is not served past the end of the session it was given to (the server says when, in
 * the Samplan-Session-Ends header), so a tablet left offline after its session ran out does not
 * reopen the meeting from its cache. Workbox copies this object into the generated worker as
 * text, so it may use nothing from outside itself.
 */
export const notPastTheSession = {
  cachedResponseWillBeUsed: async ({ cachedResponse }: { cachedResponse?: Response }): Promise<Response | null> => {
    const ends = cachedResponse?.headers.get("samplan-session-ends");
    return ends && Date.parse(ends) <= Date.now() ? null : (cachedResponse ?? null);
  },
};
