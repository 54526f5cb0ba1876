import { beforeEach, describe, expect, it } from "vitest";
import { basisHash, forgetKeptResults, keptResult } from "./kept-results";

describe("results kept under a basis", () => {
  beforeEach(() => forgetKeptResults());

  it("computes once per organization and basis, and shares a computation asked for at once", async () => {
    let computed = 0;
    const compute = async () => ({ n: ++computed });
    const [a, b] = await Promise.all([keptResult("org", "x", compute), keptResult("org", "x", compute)]);
    expect(a).toBe(b);
    expect(await keptResult("org", "x", compute)).toBe(a);
    expect(await keptResult("org", "y", compute)).toEqual({ n: 2 });
    expect(await keptResult("other", "x", compute)).toEqual({ n: 3 });
  });

  it("keeps no failure", async () => {
    await expect(keptResult("org", "x", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await keptResult("org", "x", async () => "ok")).toBe("ok");
  });

  it("answers but does not keep a result keepIf refuses", async () => {
    const big = await keptResult(
      "org",
      "x",
      async () => ({ size: 2 }),
      (r) => r.size < 2,
    );
    expect(big).toEqual({ size: 2 });
    expect(
      await keptResult(
        "org",
        "x",
        async () => ({ size: 1 }),
        (r) => r.size < 2,
      ),
    ).toEqual({ size: 1 });
    const small = await keptResult("org", "x", async () => ({ size: 0 }));
    expect(small).toEqual({ size: 1 });
  });

  it("drops the least recently asked beyond its bound", async () => {
    const first = await keptResult("org", "0", async () => ({}));
    for (let i = 1; i <= 16; i++) await keptResult("org", String(i), async () => ({}));
    // "0" was the least recently asked of 17: summed again.
    expect(await keptResult("org", "0", async () => ({}))).not.toBe(first);
    // "16" was asked last: still kept.
    const last = await keptResult("org", "16", async () => ({ fresh: true }));
    expect(last).not.toEqual({ fresh: true });
  });

  it("hashes a basis's parts stably", () => {
    expect(basisHash(1, { a: [1, 2] }, "v")).toBe(basisHash(1, { a: [1, 2] }, "v"));
    expect(basisHash(1, { a: [1, 2] }, "v")).not.toBe(basisHash(1, { a: [2, 1] }, "v"));
  });
});
