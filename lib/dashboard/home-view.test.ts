import { describe, expect, it } from "vitest";
import { DEFAULT_METRICS } from "@/lib/kpi/default-funnel";
import type { WeekRecord } from "@/lib/kpi/types";
import { addIsoWeeks, listIsoWeeks } from "@/lib/weeks/iso-week";
import { expiredInvitations, type HomeMember, managerHome, repHome } from "./home-view";

const NOW = "2026-W49";
const member = (id: string, extra: Partial<HomeMember> = {}): HomeMember => ({
  id,
  name: id.toUpperCase(),
  role: "rep",
  status: "active",
  startedOn: "2026-01-05",
  ...extra,
});
// The seed's week: 106 calls, 38 conversations, 9 appointments.
const seedWeek = (memberId: string, week: string): WeekRecord => ({
  memberId,
  week,
  notWorked: false,
  values: { calls: 106, conversations: 38, appointments: 9, hours: 7.5 },
});
const weeksBefore = (count: number) => listIsoWeeks(addIsoWeeks(NOW, -count), addIsoWeeks(NOW, -1));

const base = {
  metrics: DEFAULT_METRICS,
  currentWeek: NOW,
  relativePrecision: 0.2,
};

describe("the manager's home", () => {
  const members = [
    member("ann"),
    member("bob"),
    member("cas", { startedOn: "2026-12-01" }),
    member("mia", { role: "manager" }),
  ];
  // Ann logs 13 weeks; Bob all but last week.
  const records = [
    ...weeksBefore(13).map((w) => seedWeek("ann", w)),
    ...weeksBefore(13)
      .slice(0, -1)
      .map((w) => seedWeek("bob", w)),
  ];
  const goals = [
    { memberId: null, fromWeekStart: "2026-01-05", appointments: 20, calls: null, conversations: null },
    { memberId: "ann", fromWeekStart: "2026-01-05", appointments: 9, calls: null, conversations: null },
  ];
  const home = managerHome({ ...base, members, records, goals });

  it("tiles pool the last four ended weeks, against the team's goal for those weeks", () => {
    expect(home.period).toEqual({ fromWeek: "2026-W45", toWeek: "2026-W48" });
    // Ann 4 weeks, Bob 3: 7 weeks of 9 appointments.
    expect(home.tiles.appointments).toBe(63);
    expect(home.tiles.appointmentsGoal).toBe(80);
    expect(home.tiles.calls).toBe(742);
    expect(home.tiles.hours).toBe(52.5);
    expect(home.tiles.primaryRatio).toMatchObject({ numerator: 63, denominator: 266 });
    expect(home.tiles.trend?.difference).toBeCloseTo(0, 12);
    expect(home.tiles.trend?.direction).not.toMatch(/^(up|down)$/);
  });

  it("works out the rows of the page shown only, the same rows as on one long page", () => {
    const second = managerHome({ ...base, members, records, goals }, { page: 2, pageSize: 2 });
    expect(second.reps).toMatchObject({ page: 2, pageCount: 2, matching: 3, first: 3 });
    expect(second.reps.rows).toEqual(home.reps.rows.slice(2));
    // Past the end: the last page. The rest of the home does not depend on the page.
    const past = managerHome({ ...base, members, records, goals }, { page: 9, pageSize: 2 });
    expect(past.reps.rows).toEqual(second.reps.rows);
    expect({ ...past, reps: null }).toEqual({ ...home, reps: null });
  });

  it("a row per selling member: status, goal, a 13-week sparkline and the missing-week warning", () => {
    expect(home.reps.rows.map((r) => r.memberId)).toEqual(["ann", "bob", "cas"]);
    const [ann, bob, cas] = home.reps.rows;
    expect(ann).toMatchObject({ thisWeek: "missing", lastWeek: "filled", missingLastWeek: false });
    expect(ann?.lastWeekGoal).toMatchObject({ goal: 9, actual: 9, reached: true });
    expect(ann?.thisWeekGoal?.chance).toBeGreaterThan(0.4);
    expect(ann?.sparkline).toHaveLength(13);
    expect(ann?.sparkline[12]).toBeCloseTo(9 / 38, 12);
    expect(bob).toMatchObject({ lastWeek: "missing", missingLastWeek: true, lastWeekGoal: null });
    expect(bob?.sparkline[12]).toBeNull();
    // Cas started on 1 December (in week 49): owes no ended week yet.
    expect(cas?.missingLastWeek).toBe(false);
  });

  it("a row counts the rep's current early warnings, so it never says none beside one", () => {
    expect(home.reps.rows.map((r) => r.earlyWarnings)).toEqual([0, 0, 0]);
    const warned = managerHome(
      { ...base, members, records, goals },
      { warningCounts: new Map([["bob", 2]]) },
    );
    expect(warned.reps.rows.map((r) => [r.memberId, r.earlyWarnings])).toEqual([
      ["ann", 0],
      ["bob", 2],
      ["cas", 0],
    ]);
  });

  it("what needs doing lists only the ended weeks people owe", () => {
    expect(home.missing).toEqual([{ memberId: "bob", name: "BOB", weeks: ["2026-W48"] }]);
  });
});

describe("the rep's home", () => {
  const goals = [
    { memberId: "ann", fromWeekStart: "2026-01-05", appointments: 10, calls: null, conversations: null },
  ];
  const records = (reps: string[]) => reps.flatMap((id) => weeksBefore(13).map((w) => seedWeek(id, w)));

  it("my week, my goal and my ratios; the nudge when last week is missing", () => {
    const own = records(["ann"]).filter((r) => r.week !== "2026-W48");
    const home = repHome({ ...base, members: [member("ann")], records: own, goals }, "ann");
    expect(home).toMatchObject({ thisWeek: "missing", lastWeekMissing: true, lastWeek: "2026-W48" });
    expect(home.mine.appointments).toBe(27);
    expect(home.mine.appointmentsGoal).toBe(40);
    expect(home.thisWeekGoal).toMatchObject({ goal: 10, actual: null, callsPerWeek: 106 });
    expect(home.mine.primaryRatio).toMatchObject({ numerator: 27, denominator: 114 });
  });

  it.each([
    [["bob", "cas"], false],
    [["bob", "cas", "dan"], true],
  ])("beside %j the team total is shown: %s", (others, shown) => {
    const members = [member("ann"), ...others.map((id) => member(id))];
    const home = repHome({ ...base, members, records: records(["ann", ...others]), goals }, "ann");
    expect(home.team !== null).toBe(shown);
    if (home.team) expect(home.team.appointments).toBe(36 * (others.length + 1));
  });

  it("managers do not count as the colleagues that hide a rep's figures", () => {
    const members = [member("ann"), member("bob"), member("cas"), member("mia", { role: "manager" })];
    expect(
      repHome({ ...base, members, records: records(["ann", "bob", "cas"]), goals }, "ann").team,
    ).toBeNull();
  });
});

describe("expired invitations", () => {
  it("are those whose link stopped working by now", () => {
    const now = new Date("2026-12-02T10:00:00Z");
    const invitation = (id: string, expiresAt: string) => ({
      id,
      name: id,
      email: `${id}@x.test`,
      expiresAt: new Date(expiresAt),
    });
    expect(
      expiredInvitations(
        [
          invitation("old", "2026-12-01T10:00:00Z"),
          invitation("now", "2026-12-02T10:00:00Z"),
          invitation("new", "2026-12-09T10:00:00Z"),
        ],
        now,
      ),
    ).toEqual([
      { id: "old", name: "old", email: "old@x.test" },
      { id: "now", name: "now", email: "now@x.test" },
    ]);
  });
});
