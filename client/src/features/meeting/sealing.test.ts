import { describe, expect, it } from "vitest";
import { importSealingKey, seal, unseal } from "./sealing.ts";

const keyFrom = (byte: number) => importSealingKey(new Uint8Array(32).fill(byte));
const plan = new TextEncoder().encode("Jeg vil have min egen lejlighed");

describe("sealing the plan kept on the device", () => {
  it("opens again with the same key, and shows nothing of the words sealed", async () => {
    const key = await keyFrom(1);
    const sealed = await seal(key, plan);
    expect(Buffer.from(sealed.data).includes(Buffer.from(plan))).toBe(false);
    expect(await unseal(key, sealed)).toEqual(plan);
  });

  it("uses a fresh IV every time, so the same plan never seals the same way twice", async () => {
    const key = await keyFrom(1);
    const [a, b] = [await seal(key, plan), await seal(key, plan)];
    expect(a.iv).toHaveLength(12);
    expect(a.iv).not.toEqual(b.iv);
    expect(a.data).not.toEqual(b.data);
  });

  it("does not open with another session's key, nor once a byte was changed", async () => {
    const sealed = await seal(await keyFrom(1), plan);
    expect(await unseal(await keyFrom(2), sealed)).toBeNull();
    const changed = { iv: sealed.iv, data: sealed.data.slice() };
    changed.data[0] = (changed.data[0] ?? 0) ^ 1;
    expect(await unseal(await keyFrom(1), changed)).toBeNull();
  });

  it("keeps the key inside the browser", async () => {
    const key = await keyFrom(1);
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey("raw", key)).rejects.toThrow();
  });
});
