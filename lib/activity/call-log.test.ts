import { describe, expect, it } from "vitest";
import { callLogMappingSchema, parseCallLog, parseCallTime, parseDuration } from "./call-log";

const mapping = {
  at: "Start time",
  email: "Agent",
  duration: "Duration",
  outcome: "Result",
  outcomes: { conversations: ["Connected", "Meeting booked"], appointments: ["Meeting booked"] },
};

describe("a dialer's call log", () => {
  it.each([
    ["95", 95],
    ["1:35", 95],
    ["0:01:35", 95],
    ["12.5", 12.5],
    ["1:75", null],
    ["soon", null],
  ])("reads the duration %s as %s seconds", (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it.each([
    ["2026-11-23 14:05", "2026-11-23T13:05:00.000Z"], // Brussels, winter: UTC+1
    ["2026-07-01 14:05:30", "2026-07-01T12:05:30.000Z"], // summer: UTC+2
    ["23/11/2026 14:05", "2026-11-23T13:05:00.000Z"],
    ["2026-11-23T14:05:00Z", "2026-11-23T14:05:00.000Z"],
    ["2026-11-23T14:05:00-05:00", "2026-11-23T19:05:00.000Z"],
    ["2026-02-30 10:00", null],
    ["yesterday", null],
  ])("reads %s in Brussels as %s", (text, iso) => {
    expect(parseCallTime(text, "Europe/Brussels")).toBe(iso);
  });

  it("turns each call into a call with its talk time and one of each metric its outcome maps to", () => {
    const csv = [
      "Start time;Agent;Duration;Result",
      "2026-11-23 09:00;Ann@Example.com;1:35;Connected",
      "2026-11-23 09:10;ann@example.com;0:20;No answer",
      "2026-11-23 09:30;ann@example.com;4:00;meeting booked",
      "later;ann@example.com;x;Connected",
    ].join("\n");
    const parsed = parseCallLog(csv, mapping, "Europe/Brussels");
    if (!parsed.ok) throw new Error("expected rows");
    expect(parsed.rows.map((r) => [r.line, r.events.map((e) => `${e.metric}:${e.durationSeconds}`)])).toEqual(
      [
        [2, ["calls:95", "conversations:0"]],
        [3, ["calls:20"]],
        [4, ["calls:240", "conversations:0", "appointments:0"]],
      ],
    );
    expect(parsed.rows[0]?.events[0]).toMatchObject({
      member: "ann@example.com",
      at: "2026-11-23T08:00:00.000Z",
    });
    expect(parsed.errors.map((e) => [e.line, e.field])).toEqual([
      [5, "at"],
      [5, "duration"],
    ]);
    // The same row gives the same ids: a second import counts nothing twice.
    const again = parseCallLog(csv, mapping, "Europe/Brussels");
    expect(again.ok && again.rows[0]?.events[0]?.id).toBe(parsed.rows[0]?.events[0]?.id);
  });

  it("names a mapped column the file lacks", () => {
    expect(parseCallLog("When,Agent,Duration,Result\nx,y,z,w", mapping, "Europe/Brussels")).toEqual({
      ok: false,
      error: { key: "csvMissingColumn", values: { column: "Start time" } },
    });
  });

  it("reads the owner's mapping form: outcome values comma-separated per metric", () => {
    const schema = callLogMappingSchema;
    expect(
      schema.parse({
        at: " Start time ",
        email: "Agent",
        duration: "Duration",
        outcome: "",
        "outcomes.conversations": "Connected, Meeting booked,",
        "outcomes.appointments": "",
      }),
    ).toEqual({
      at: "Start time",
      email: "Agent",
      duration: "Duration",
      outcome: null,
      outcomes: { conversations: ["Connected", "Meeting booked"] },
    });
    expect(schema.safeParse({ at: "", email: "Agent", duration: "D", outcome: "" }).success).toBe(false);
  });
});
