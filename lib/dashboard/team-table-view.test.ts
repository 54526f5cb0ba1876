import { describe, expect, it } from "vitest";
import { parseTeamTableQuery, sortedBy, teamTablePage, teamTableParams } from "./team-table-view";
import type { TeamRow, TeamView } from "./team-view";

const row = (name: string, value: number | null, departed = false): TeamRow => ({
  memberId: name.toLowerCase(),
  name,
  departed,
  weeksWorked: 1,
  weeksOff: 0,
  totals: { calls: value ?? 0 },
  ratios:
    value === null
      ? {}
      : {
          r: {
            key: "r",
            numeratorKey: "a",
            denominatorKey: "b",
            numerator: 1,
            denominator: 2,
            value,
            low: null,
            high: null,
            weeks: 1,
            enoughData: value > 0.5,
            additionalNeeded: null,
            additionalWeeks: null,
          },
        },
  derived: { callsPerHour: null, minutesPerCall: null, callsPerAppointment: null },
  trend: null,
});

const view = (rows: TeamRow[]): TeamView => ({
  effortKeys: ["calls"],
  ratioKeys: ["r"],
  primaryRatioKey: "r",
  rows,
  total: { ...row("Total", 0), trend: null },
  hasData: true,
});

describe("the team table's page", () => {
  const rows = [row("Rep 10", 0.2), row("Rep 2", 0.9), row("Ann", null), row("Bob", 0.6, true)];

  it("reads the URL, ignoring what it does not know", () => {
    expect(parseTeamTableQuery({ sort: "ratio:r", q: " ann ", page: "2" }, view(rows))).toEqual({
      sort: "ratio:r",
      dir: "desc",
      q: "ann",
      status: "current",
      page: 2,
    });
    expect(parseTeamTableQuery({ sort: "drop table", page: "-1", status: "x" }, view(rows))).toMatchObject({
      sort: null,
      page: 1,
      status: "current",
    });
  });

  it("sorts figures highest first, missing last either way; names naturally; filters; pages", () => {
    const query = parseTeamTableQuery({}, view(rows));
    const byRatio = sortedBy(query, "ratio:r");
    expect(teamTablePage(view(rows), byRatio).rows.map((r) => r.name)).toEqual(["Rep 2", "Rep 10", "Ann"]);
    const ascending = sortedBy(byRatio, "ratio:r");
    expect(ascending.dir).toBe("asc");
    expect(teamTablePage(view(rows), ascending).rows.map((r) => r.name)).toEqual(["Rep 10", "Rep 2", "Ann"]);
    expect(teamTablePage(view(rows), sortedBy(query, "name")).rows.map((r) => r.name)).toEqual([
      "Ann",
      "Rep 2",
      "Rep 10",
    ]);
    expect(teamTablePage(view(rows), { ...query, q: "REP", status: "all" }).matching).toBe(2);
    expect(teamTablePage(view(rows), { ...query, status: "departed" }).rows.map((r) => r.name)).toEqual([
      "Bob",
    ]);
    const paged = teamTablePage(view(rows), { ...query, status: "all", page: 9 }, 3);
    expect([paged.page, paged.pageCount, paged.rows.length, paged.matching]).toEqual([2, 2, 1, 4]);
    // The header's verdict counts every row, whatever the filter.
    expect(paged.enoughByRatio.r).toEqual({ enough: 2, total: 3 });
    expect(teamTableParams({ ...byRatio, page: 2 })).toEqual({ sort: "ratio:r", dir: "desc", page: "2" });
  });
});
