import { describe, expect, it } from "vitest";
import { WEBHOOK_EVENT_TYPES } from "@/lib/domain";
import en from "@/messages/en/webhooks.json";
import nl from "@/messages/nl/webhooks.json";
import { attemptLine, eventTypeKey } from "./view";

describe("the webhooks page's view", () => {
  it("names every event type in both languages", () => {
    for (const type of WEBHOOK_EVENT_TYPES) {
      expect(en.eventTypes).toHaveProperty(eventTypeKey(type));
      expect(nl.eventTypes).toHaveProperty(eventTypeKey(type));
    }
    expect(eventTypeKey("warning.raised")).toBe("warningRaised");
  });

  it("shows an answer with its status and an error with its reason", () => {
    expect(attemptLine({ statusCode: 204, durationMs: 12, error: null })).toEqual({
      key: "attempt",
      values: { status: "204", ms: 12, error: "" },
    });
    expect(
      attemptLine({ statusCode: null, durationMs: 10_000, error: "no answer within 10 s" }),
    ).toMatchObject({
      key: "attemptError",
      values: { error: "no answer within 10 s", ms: 10_000 },
    });
  });
});
