import { AsyncLocalStorage } from "node:async_hooks";
import { afterAll, describe, expect, it } from "vitest";
import { runToOutcome } from "@/lib/actions/outcome";
import { currentRequestId, RequestAbandoned, type RequestStore, throwIfAbandoned } from "./request-context";

// What scripts/start.mjs installs.
const key = Symbol.for("funnelmeter.requestContext");
const storage = new AsyncLocalStorage<RequestStore>();
const globals = globalThis as { [key]?: AsyncLocalStorage<RequestStore> };
const previous = globals[key];
globals[key] = storage;
afterAll(() => {
  globals[key] = previous;
});

describe("the request being served", () => {
  it("names its id, and lets work go on while its reader is there", () => {
    const reading = new AbortController();
    storage.run({ requestId: "req-1", abandoned: reading.signal }, () => {
      expect(currentRequestId()).toBe("req-1");
      expect(() => throwIfAbandoned()).not.toThrow();
    });
  });

  it("stops a read whose client has gone, with an error the framework treats as an abort", () => {
    const reading = new AbortController();
    reading.abort();
    storage.run({ requestId: "req-2", abandoned: reading.signal }, () => {
      expect(() => throwIfAbandoned()).toThrow(RequestAbandoned);
      try {
        throwIfAbandoned();
      } catch (error) {
        expect((error as Error).name).toBe("AbortError");
      }
    });
  });

  it("never stops a write (no signal) nor work outside a request", () => {
    storage.run({ requestId: "req-3" }, () => expect(() => throwIfAbandoned()).not.toThrow());
    expect(() => throwIfAbandoned()).not.toThrow();
    expect(currentRequestId()).toBeUndefined();
  });

  it("an abandoned API read is answered quietly (499), not as an unexpected error", async () => {
    const outcome = await runToOutcome(
      async () => {
        throw new RequestAbandoned();
      },
      () => {},
    );
    expect(outcome).toMatchObject({ ok: false, status: 499 });
  });
});
