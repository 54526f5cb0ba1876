import { afterEach, describe, expect, it } from "vitest";
import { resetOutageGate, throughOutageGate } from "./outage-gate";

const refused = () => Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
const ok = async () => "ok";
const down = async () => {
  throw refused();
};

/** A transaction that is still running: settle it later with ok() or fail(). */
function pending() {
  let settle!: (value: string | Error) => void;
  const promise = new Promise<string>((resolve, reject) => {
    settle = (value) => (value instanceof Error ? reject(value) : resolve(value));
  });
  return { work: () => promise, ok: () => settle("ok"), fail: () => settle(refused()) };
}

describe("the outage gate", () => {
  afterEach(resetOutageGate);

  it("fails at once after an outage error, lets one probe a second through, opens on success", async () => {
    let t = 0;
    const now = () => t;
    await expect(throughOutageGate(down, now)).rejects.toMatchObject({ code: "ECONNREFUSED" });
    t = 500;
    await expect(throughOutageGate(ok, now)).rejects.toMatchObject({ code: "DATABASE_UNAVAILABLE" });
    t = 1000;
    await expect(throughOutageGate(down, now)).rejects.toMatchObject({ code: "ECONNREFUSED" });
    t = 1500;
    await expect(throughOutageGate(ok, now)).rejects.toMatchObject({ code: "DATABASE_UNAVAILABLE" });
    t = 2000;
    await expect(throughOutageGate(ok, now)).resolves.toBe("ok");
    t = 2001;
    await expect(throughOutageGate(ok, now)).resolves.toBe("ok");
  });

  it("stays open when a transaction begun before the recovery fails late", async () => {
    let t = 0;
    const now = () => t;
    await expect(throughOutageGate(down, now)).rejects.toMatchObject({ code: "ECONNREFUSED" });
    t = 1000;
    const old = pending();
    const oldResult = throughOutageGate(old.work, now); // the probe, still connecting
    t = 2000;
    await expect(throughOutageGate(ok, now)).resolves.toBe("ok"); // the next probe: back
    t = 6000;
    old.fail();
    await expect(oldResult).rejects.toMatchObject({ code: "ECONNREFUSED" });
    t = 6001;
    await expect(throughOutageGate(ok, now)).resolves.toBe("ok");
  });

  it("closes again when a transaction begun after the last success fails", async () => {
    let t = 0;
    const now = () => t;
    await expect(throughOutageGate(ok, now)).resolves.toBe("ok");
    t = 10;
    const running = pending();
    const result = throughOutageGate(running.work, now);
    t = 20;
    running.fail();
    await expect(result).rejects.toMatchObject({ code: "ECONNREFUSED" });
    t = 30;
    await expect(throughOutageGate(ok, now)).rejects.toMatchObject({ code: "DATABASE_UNAVAILABLE" });
  });

  it("an error of another kind proves the database answered", async () => {
    let t = 0;
    const now = () => t;
    await expect(throughOutageGate(down, now)).rejects.toMatchObject({ code: "ECONNREFUSED" });
    t = 1000;
    const bug = async () => {
      throw Object.assign(new Error("unique violation"), { code: "23505" });
    };
    await expect(throughOutageGate(bug, now)).rejects.toMatchObject({ code: "23505" });
    t = 1001;
    await expect(throughOutageGate(ok, now)).resolves.toBe("ok");
  });
});
