import { describe, expect, it } from "vitest";
import { tokenSubject } from "./tokenSubject.ts";

function token(payload: unknown): string {
  const encode = (value: unknown) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
      .replace(/\+/g, "-")
      .replace(/\//g, "_")
      .replace(/=+$/, "");
  return `${encode({ alg: "HS256", typ: "JWT" })}.${encode(payload)}.signature`;
}

describe("tokenSubject", () => {
  it("reads the roster id a connection token is for", () => {
    expect(tokenSubject(token({ sub: "3f1c2a9e-6b2d-4c61-9a57-0d7e6f1b2c3d", name: "Søren Ærø" }))).toBe(
      "3f1c2a9e-6b2d-4c61-9a57-0d7e6f1b2c3d",
    );
  });

  it("gives null for anything that is not a token with a subject", () => {
    expect(tokenSubject("")).toBeNull();
    expect(tokenSubject("not-a-token")).toBeNull();
    expect(tokenSubject("a.%%%.c")).toBeNull();
    expect(tokenSubject(token({ name: "no subject" }))).toBeNull();
    expect(tokenSubject(token({ sub: 42 }))).toBeNull();
  });
});
