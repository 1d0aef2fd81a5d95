import { describe, expect, it } from "vitest";
import { newAccountPassword, signInMethods } from "./signInMethods.ts";

const auth = (passwordSignIn: boolean, oidc: boolean) => ({
  setupRequired: false,
  passwordSignIn,
  oidc,
  principal: null,
  idleSignOut: { minutes: 15, inMeetingMinutes: 120 },
});

describe("signInMethods", () => {
  it("offers the password form, and the organisation's login when it is set up", () => {
    expect(signInMethods(auth(true, false))).toEqual({ password: true, oidc: false });
    expect(signInMethods(auth(true, true))).toEqual({ password: true, oidc: true });
  });

  it("offers no password fields at all when password sign-in is off", () => {
    expect(signInMethods(auth(false, true))).toEqual({ password: false, oidc: true });
  });

  it("offers nothing when neither is available, so the page can say whom to ask", () => {
    expect(signInMethods(auth(false, false))).toEqual({ password: false, oidc: false });
  });

  it("shows the password form while the server has not answered", () => {
    expect(signInMethods(null)).toEqual({ password: true, oidc: false });
  });
});

describe("newAccountPassword", () => {
  it("gives no account a password when password sign-in is off", () => {
    expect(newAccountPassword(auth(false, true))).toBe("none");
  });

  it("lets the coordinator choose when both ways are open", () => {
    expect(newAccountPassword(auth(true, true))).toBe("optional");
  });

  it("needs a password when it is the only way in", () => {
    expect(newAccountPassword(auth(true, false))).toBe("required");
  });
});
