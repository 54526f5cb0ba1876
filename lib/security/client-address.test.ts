import { describe, expect, it } from "vitest";
import { clientAddressOf, trustedProxyCount } from "./client-address.mjs";
import { routerStateRefusal } from "./router-state.mjs";

describe("the client address the per-address limits count", () => {
  it.each([
    ["no proxy: the socket, whatever the client claims", "6.6.6.6", "203.0.113.9", 0, "203.0.113.9"],
    ["no proxy, no header", undefined, "203.0.113.9", 0, "203.0.113.9"],
    [
      "one proxy: the entry it appended, not the client's own",
      "6.6.6.6, 198.51.100.7",
      "10.0.0.1",
      1,
      "198.51.100.7",
    ],
    ["one proxy and an honest client", "198.51.100.7", "10.0.0.1", 1, "198.51.100.7"],
    ["two proxies: two from the right", "6.6.6.6, 198.51.100.7, 10.0.0.2", "10.0.0.1", 2, "198.51.100.7"],
    ["headers sent twice are one list", ["6.6.6.6", "198.51.100.7"], "10.0.0.1", 1, "198.51.100.7"],
    ["fewer entries than proxies: the farthest known", undefined, "10.0.0.1", 1, "10.0.0.1"],
    ["empty entries are skipped", "198.51.100.7, ,", "10.0.0.1", 1, "198.51.100.7"],
  ])("%s", (_name, header, socket, trusted, expected) => {
    expect(clientAddressOf(header, socket, trusted)).toBe(expected);
  });

  it("keeps a long forged entry short", () => {
    expect(clientAddressOf("x".repeat(500), "10.0.0.1", 1)).toHaveLength(64);
  });

  it("reads TRUSTED_PROXIES as a small whole number, 0 by default, and refuses anything else", () => {
    expect(trustedProxyCount(undefined)).toBe(0);
    expect(trustedProxyCount("")).toBe(0);
    expect(trustedProxyCount("2")).toBe(2);
    for (const bad of ["-1", "one", "1.5", "999", " 1"])
      expect(() => trustedProxyCount(bad)).toThrow(/TRUSTED_PROXIES/);
  });
});

describe("the router-state header Next would answer with a 500", () => {
  const valid = encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}] }, null, null, 1]));
  it.each([
    ["not JSON", "%7Bnot json"],
    ["JSON of the wrong shape", encodeURIComponent(JSON.stringify({ a: 1 }))],
    ["bad percent-encoding", "%E0%A4%A"],
    ["too large", encodeURIComponent(JSON.stringify(["", {}, "x".repeat(50_000)]))],
    ["sent twice", [valid, valid]],
  ])("refuses %s with 400", (_name, value) => {
    expect(routerStateRefusal({ "next-router-state-tree": value })?.status).toBe(400);
  });

  it("lets a well-formed header and its absence through", () => {
    expect(routerStateRefusal({ "next-router-state-tree": valid })).toBeNull();
    expect(routerStateRefusal({})).toBeNull();
  });
});
