import { describe, expect, it } from "vitest";
import { dueMailings } from "./mailing-schedule";

// 2026-11-27 is a Friday; 2026-11-30 a Monday (week 2026-W49).
describe("dueMailings", () => {
  it.each([
    ["Friday 14:59 in Brussels: nothing yet", "Europe/Brussels", "2026-11-27T13:59:00Z", []],
    [
      "Friday 15:00 in Brussels: the reminder of W48",
      "Europe/Brussels",
      "2026-11-27T14:00:00Z",
      ["reminder 2026-W48 2026-11-23"],
    ],
    [
      "Sunday night in Brussels: still the reminder (a server that was down)",
      "Europe/Brussels",
      "2026-11-29T22:30:00Z",
      ["reminder 2026-W48 2026-11-23"],
    ],
    [
      "Monday 00:30 in Brussels: neither (the reminder window is over)",
      "Europe/Brussels",
      "2026-11-29T23:30:00Z",
      [],
    ],
    ["Monday 07:59 in Brussels: not yet", "Europe/Brussels", "2026-11-30T06:59:00Z", []],
    [
      "Monday 08:00 in Brussels: the digest of last week",
      "Europe/Brussels",
      "2026-11-30T07:00:00Z",
      ["digest 2026-W48 2026-11-23"],
    ],
    [
      "Tuesday evening: the digest still",
      "Europe/Brussels",
      "2026-12-01T20:00:00Z",
      ["digest 2026-W48 2026-11-23"],
    ],
    ["Wednesday: nothing", "Europe/Brussels", "2026-12-02T09:00:00Z", []],
    ["Friday 15:00 UTC is only 10:00 in New York", "America/New_York", "2026-11-27T15:00:00Z", []],
    [
      "Friday 20:00 UTC is 15:00 in New York",
      "America/New_York",
      "2026-11-27T20:00:00Z",
      ["reminder 2026-W48 2026-11-23"],
    ],
    [
      "Sunday 23:30 UTC is already Monday 08:30 in Tokyo",
      "Asia/Tokyo",
      "2026-11-29T23:30:00Z",
      ["digest 2026-W48 2026-11-23"],
    ],
  ])("%s", (_name, timeZone, now, expected) => {
    expect(dueMailings(timeZone, new Date(now)).map((d) => `${d.kind} ${d.period} ${d.weekStart}`)).toEqual(
      expected,
    );
  });
});
