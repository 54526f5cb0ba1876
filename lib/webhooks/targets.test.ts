import { describe, expect, it } from "vitest";
import { isInternalAddress, privateTargetsAllowed, targetProblem } from "./targets";

describe("webhook targets (SSRF guard)", () => {
  it.each([
    "127.0.0.1",
    "127.9.9.9",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "::1",
    "::",
    "fe80::1",
    "fd00::1",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
  ])("%s is internal", (address) => {
    expect(isInternalAddress(address)).toBe(true);
  });

  it.each(["93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"])(
    "%s is public",
    (address) => {
      expect(isInternalAddress(address)).toBe(false);
    },
  );

  it("refuses what is not http(s), credentials in the URL and internal addresses", async () => {
    expect(await targetProblem("ftp://example.com/hook", false)).toBe("notHttp");
    expect(await targetProblem("file:///etc/passwd", false)).toBe("notHttp");
    expect(await targetProblem("not a url", false)).toBe("invalidUrl");
    expect(await targetProblem("https://user:pw@example.com/", false)).toBe("invalidUrl");
    expect(await targetProblem("http://127.0.0.1:8080/hook", false)).toBe("internalAddress");
    expect(await targetProblem("http://[::1]/hook", false)).toBe("internalAddress");
    expect(await targetProblem("http://169.254.169.254/latest/meta-data", false)).toBe("internalAddress");
    // A name is resolved: localhost is loopback.
    expect(await targetProblem("http://localhost:3000/hook", false)).toBe("internalAddress");
    expect(await targetProblem("https://93.184.216.34/hook", false)).toBeNull();
  });

  it("allows internal addresses only with the setting", async () => {
    expect(await targetProblem("http://127.0.0.1:8080/hook", true)).toBeNull();
    expect(await targetProblem("ftp://127.0.0.1/hook", true)).toBe("notHttp");
    expect(privateTargetsAllowed({ WEBHOOKS_ALLOW_PRIVATE_TARGETS: "true" })).toBe(true);
    expect(privateTargetsAllowed({})).toBe(false);
  });
});
