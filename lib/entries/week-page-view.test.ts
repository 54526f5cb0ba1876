import { describe, expect, it } from "vitest";
import {
  chosenMemberId,
  type FunnelMetric,
  firstRecentWeek,
  pickableMembers,
  recentWeeks,
  weekFields,
  weekHref,
  weekNavigation,
  weekPageView,
} from "./week-page-view";

describe("chosenMemberId", () => {
  it.each([
    { mayWriteAny: true, requested: "bob", chosen: "bob" },
    { mayWriteAny: true, requested: "", chosen: "me" },
    { mayWriteAny: true, requested: ["bob", "cas"], chosen: "me" },
    { mayWriteAny: true, requested: undefined, chosen: "me" },
    { mayWriteAny: false, requested: "bob", chosen: "me" },
  ])(
    "may write anyone's: $mayWriteAny, asks for $requested → $chosen",
    ({ mayWriteAny, requested, chosen }) => {
      expect(chosenMemberId(mayWriteAny, requested, "me")).toBe(chosen);
    },
  );
});

describe("weekHref", () => {
  it.each([
    { own: true, href: "/o/acme/week?week=2026-W40" },
    { own: false, href: "/o/acme/week?week=2026-W40&member=a%2Fb" },
  ])("own week: $own → $href", ({ own, href }) => {
    expect(weekHref("acme", "a/b", own, "2026-W40")).toBe(href);
  });
});

describe("weekNavigation", () => {
  it.each([
    { week: "2026-W49", later: null },
    { week: "2026-W47", later: { next: "2026-W48", current: "2026-W49" } },
    { week: "2025-W52", later: { next: "2026-W01", current: "2026-W49" } },
  ])("$week → later: $later", ({ week, later }) => {
    const nav = weekNavigation(week, "2026-W49");
    expect(nav.later).toEqual(later);
  });

  it("always goes back, across a year's end too", () => {
    expect(weekNavigation("2026-W01", "2026-W49").previous).toBe("2025-W52");
  });
});

describe("recentWeeks", () => {
  it("lists the eight weeks up to this one, newest first, each with its status", () => {
    const first = firstRecentWeek("2026-W49");
    expect(first).toBe("2026-W42");
    const rows = recentWeeks(first, "2026-W49", [
      { week: "2026-W42", notWorked: false },
      { week: "2026-W48", notWorked: true },
    ]);
    expect(rows.map((r) => r.week)).toEqual([
      "2026-W49",
      "2026-W48",
      "2026-W47",
      "2026-W46",
      "2026-W45",
      "2026-W44",
      "2026-W43",
      "2026-W42",
    ]);
    expect(rows.map((r) => r.status)).toEqual([
      "missing",
      "notWorked",
      "missing",
      "missing",
      "missing",
      "missing",
      "missing",
      "filled",
    ]);
  });
});

describe("pickableMembers", () => {
  const people = [
    { id: "ann", name: "Ann", status: "active" },
    { id: "bob", name: "Bob", status: "deactivated" },
    { id: "cas", name: "Cas", status: "invited" },
  ];
  it.each([
    { shown: "ann", ids: ["ann", "cas"] },
    { shown: "bob", ids: ["ann", "bob", "cas"] },
  ])("showing $shown → $ids", ({ shown, ids }) => {
    expect(pickableMembers(people, shown).map((p) => p.id)).toEqual(ids);
  });
});

describe("weekFields", () => {
  const metric = (key: string, extra: Partial<FunnelMetric> = {}): FunnelMetric => ({
    key,
    label: null,
    kind: "stage",
    retiredAt: null,
    ...extra,
  });
  const funnel = [
    metric("calls"),
    metric("hours", { kind: "time" }),
    metric("talkMinutes", { kind: "time", label: "Talk" }),
    metric("oldWithValue", { retiredAt: new Date("2026-01-01") }),
    metric("oldEmpty", { retiredAt: new Date("2026-01-01") }),
  ];
  const form = {
    entry: { values: { calls: 40, oldWithValue: 3 } },
    previous: { values: { calls: 30 } },
    sources: {
      counted: { calls: 38 },
      correctedAt: { calls: "2026-11-30T10:00:00Z" },
      eventsAfterCorrection: { calls: 2 },
    },
  };
  const fields = weekFields(funnel, form, (m) => m.label ?? m.key.toUpperCase());

  it("every current metric, and a retired one only where the week holds a value", () => {
    expect(fields.map((f) => f.key)).toEqual(["calls", "hours", "talkMinutes", "oldWithValue"]);
  });

  it.each([
    {
      key: "calls",
      expected: {
        label: "CALLS",
        unit: "count",
        retired: false,
        value: 40,
        previous: 30,
        counted: 38,
        corrected: true,
        eventsAfterCorrection: 2,
      },
    },
    {
      key: "hours",
      expected: {
        label: "HOURS",
        unit: "hours",
        value: null,
        previous: null,
        counted: null,
        corrected: false,
        eventsAfterCorrection: 0,
      },
    },
    { key: "talkMinutes", expected: { label: "Talk", unit: "minutes" } },
    { key: "oldWithValue", expected: { retired: true, value: 3 } },
  ])("$key", ({ key, expected }) => {
    expect(fields.find((f) => f.key === key)).toMatchObject(expected);
  });

  it("a week not stored yet has no values, and no last week", () => {
    const empty = weekFields(
      funnel,
      { entry: null, previous: null, sources: { counted: {}, correctedAt: {}, eventsAfterCorrection: {} } },
      (m) => m.key,
    );
    expect(empty.map((f) => [f.key, f.value, f.previous])).toEqual([
      ["calls", null, null],
      ["hours", null, null],
      ["talkMinutes", null, null],
    ]);
  });
});

describe("weekPageView", () => {
  const input = {
    orgSlug: "acme",
    memberId: "bob",
    ownWeek: false,
    currentWeek: "2026-W49",
    funnel: [{ key: "calls", label: null, kind: "stage" as const, retiredAt: null }],
    form: {
      entry: null,
      previous: null,
      sources: { counted: {}, correctedAt: {}, eventsAfterCorrection: {} },
    },
    labelOf: () => "Calls",
    recent: [{ week: "2026-W47", notWorked: false }],
    people: [{ id: "bob", name: "Bob", status: "active" }],
  };

  it.each([
    {
      week: "2026-W47",
      later: {
        nextHref: "/o/acme/week?week=2026-W48&member=bob",
        currentHref: "/o/acme/week?week=2026-W49&member=bob",
      },
    },
    { week: "2026-W49", later: null },
  ])("links every week of the member shown ($week)", ({ week, later }) => {
    const page = weekPageView({ ...input, week });
    expect(page.previousHref).toBe(
      `/o/acme/week?week=${weekNavigation(week, "2026-W49").previous}&member=bob`,
    );
    expect(page.later).toEqual(later);
    expect(page.recent.filter((row) => row.shown).map((row) => row.href)).toEqual([
      `/o/acme/week?week=${week}&member=bob`,
    ]);
  });

  it("the recent rows, the fields and the people to pick", () => {
    const page = weekPageView({ ...input, week: "2026-W47" });
    expect(page.recent.find((row) => row.week === "2026-W47")).toMatchObject({
      status: "filled",
      shown: true,
    });
    expect(page.fields.map((field) => field.label)).toEqual(["Calls"]);
    expect(page.pickable).toEqual([{ id: "bob", name: "Bob" }]);
  });
});
