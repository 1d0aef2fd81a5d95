import { describe, expect, it } from "vitest";
import { passwordProblem } from "./PasswordRules.ts";

const karin = { username: "karin.holm@kommune.dk", displayName: "Karin Holm" };
const codeOf = (password: string) => passwordProblem(password, karin)?.code ?? null;

describe("the rules a new password must follow", () => {
  it("take a long sentence with no digits or capitals: no composition rules", () => {
    expect(codeOf("en lang og sikker adgangskode")).toBeNull();
    expect(codeOf("correct horse battery staple")).toBeNull();
    expect(codeOf("8472!x9183&4710")).toBeNull();
  });

  it("refuse a common password, also with digits and symbols around it or in other case", () => {
    expect(codeOf("qwertyuiopasdfgh")).toBe("password_too_common");
    expect(codeOf("123qweasdzxc")).toBe("password_too_common");
    expect(codeOf("Password12345678!")).toBe("password_too_common");
    expect(codeOf("Sommerfugl2024!!!")).toBe("password_too_common");
    expect(codeOf("Adgangskode123456")).toBe("password_too_common");
    expect(codeOf("samplan-2026-2026")).toBe("password_too_common");
  });

  it("refuse repeated characters and runs along the keyboard or the digits", () => {
    expect(codeOf("aaaaaaaaaaaaaaaaa")).toBe("password_too_common");
    expect(codeOf("abababab12121212")).toBe("password_too_common");
    expect(codeOf("123456789012345678")).toBe("password_too_common");
    expect(codeOf("zyxwvutsrqponmlkj")).toBe("password_too_common");
  });

  it("refuse the person's own username or name", () => {
    expect(codeOf("karin.holm@kommune.dk")).toBe("password_like_name");
    expect(codeOf("Karin Holm")).toBe("password_like_name");
    expect(codeOf("karinholm2026!!!!")).toBe("password_like_name");
    expect(passwordProblem("mettesorensen1234", { username: "mette", displayName: "Mette Sørensen" })).toBeNull();
    expect(passwordProblem("mettesørensen1234", { username: "mette", displayName: "Mette Sørensen" })?.code).toBe(
      "password_like_name",
    );
  });
});
