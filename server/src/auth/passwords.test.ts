import { randomBytes, scryptSync } from "node:crypto";
import path from "node:path";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { describe, expect, it } from "vitest";
import { AccountRepository } from "../storage/AccountRepository.ts";
import { openDatabase } from "../storage/openDatabase.ts";
import { removeDataDir, startTestServer, TEST_PASSWORD } from "../testing/testServer.ts";
import { hashPassword, needsRehash, verifyPassword } from "./passwords.ts";

/** A hash as Samplan made them before: scrypt N=2^15, r=8, p=1, parameters stored with it. */
function oldScryptHash(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  return ["scrypt", 2 ** 15, 8, 1, salt.toString("base64url"), key.toString("base64url")].join("$");
}

describe("password hashes", () => {
  it("are argon2id at OWASP's parameters (m=19 MiB, t=2, p=1), kept with the hash", async () => {
    const hash = await hashPassword(TEST_PASSWORD);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(await verifyPassword(TEST_PASSWORD, hash)).toBe(true);
    expect(await verifyPassword(`${TEST_PASSWORD}!`, hash)).toBe(false);
    expect(needsRehash(hash)).toBe(false);
  });

  it("still verify the old scrypt hashes, and say they need re-hashing", async () => {
    const old = oldScryptHash(TEST_PASSWORD);
    expect(await verifyPassword(TEST_PASSWORD, old)).toBe(true);
    expect(await verifyPassword("wrong password here", old)).toBe(false);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash(old.replace("19456", "4096"))).toBe(true);
  });

  it("refuse anything that is not a hash they know", async () => {
    expect(await verifyPassword(TEST_PASSWORD, "")).toBe(false);
    expect(await verifyPassword(TEST_PASSWORD, "$argon2i$v=19$m=19456,t=2,p=1$AAAA$BBBB")).toBe(false);
  });
});

describe("signing in with a password hashed under the old parameters", () => {
  it("signs in, and the stored hash is made anew at today's parameters and still verifies", async () => {
    const server = await startTestServer();
    try {
      await server.coordinator();
      const database = await openDatabase({ sqliteFile: path.join(server.dataDir, "samplan.sqlite") });
      const accounts = new AccountRepository(database.db);
      const karin = await accounts.findByUsername("karin");
      if (!karin) throw new Error("no coordinator");
      await accounts.setPasswordHash(karin.id, oldScryptHash(TEST_PASSWORD));

      const answer = await server.request("POST", pathOf(apiRoutes.signIn), {
        username: "karin",
        password: TEST_PASSWORD,
      });
      expect(answer.status).toBe(200);
      const stored = (await accounts.findByUsername("karin"))?.password_hash ?? "";
      expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(await verifyPassword(TEST_PASSWORD, stored)).toBe(true);
      expect(
        (await server.request("POST", pathOf(apiRoutes.signIn), { username: "karin", password: TEST_PASSWORD })).status,
      ).toBe(200);
      await database.db.destroy();
    } finally {
      await server.close();
      removeDataDir(server.dataDir);
    }
  });
});
