import { describe, expect, it } from "vitest";
import {
  actionMessageKey,
  auditFieldKey,
  auditQueryString,
  auditSubject,
  changeLines,
  parseAuditQuery,
} from "./audit-view";

describe("audit change lines", () => {
  it("shows only what changed, before and after", () => {
    expect(
      changeLines(
        { name: "Lotte", role: "rep", status: "active" },
        { name: "Lotte", role: "manager", status: "active" },
      ),
    ).toEqual([{ field: "role", before: "rep", after: "manager" }]);
  });

  it("flattens a week's values and shows fields that appeared or went", () => {
    expect(
      changeLines(
        { values: { calls: 100, appointments: 8 }, notWorked: false },
        { values: { calls: 106, conversations: 38, appointments: 8 }, notWorked: false },
      ),
    ).toEqual([
      { field: "values.calls", before: 100, after: 106 },
      { field: "values.conversations", after: 38 },
    ]);
  });

  it("lists a creation's fields as new and a removal's as gone", () => {
    expect(changeLines(null, { email: "a@example.test", role: "rep" })).toEqual([
      { field: "email", after: "a@example.test" },
      { field: "role", after: "rep" },
    ]);
    expect(changeLines({ name: "Dialer" }, null)).toEqual([{ field: "name", before: "Dialer" }]);
  });

  it("keeps nulls and arrays readable", () => {
    expect(changeLines({ showRate: 0.8, tags: ["a"] }, { showRate: null, tags: ["a", "b"] })).toEqual([
      { field: "showRate", before: 0.8, after: null },
      { field: "tags", before: '["a"]', after: '["a","b"]' },
    ]);
  });

  it("maps action names to catalogue keys", () => {
    expect(actionMessageKey("member.role_changed")).toBe("member_role_changed");
  });
});

describe("audit page query", () => {
  it("keeps valid filters and ignores malformed ones", () => {
    expect(
      parseAuditQuery({
        action: "member.invited",
        actor: "0b6f1c1e-8a61-4d5e-9a39-0a3c4d2b1e7f",
        from: "2026-11-01",
        to: "2026-13-45",
        page: "3",
      }),
    ).toEqual({
      action: "member.invited",
      actor: "0b6f1c1e-8a61-4d5e-9a39-0a3c4d2b1e7f",
      from: "2026-11-01",
      to: undefined,
      page: 3,
    });
    expect(parseAuditQuery({ action: "x'; drop", actor: "me", page: "-1" })).toEqual({
      action: undefined,
      actor: undefined,
      from: undefined,
      to: undefined,
      page: 1,
    });
  });

  it("links to another page with the same filters", () => {
    const query = parseAuditQuery({ action: "member.invited", page: "2" });
    expect(auditQueryString(query, 3)).toBe("?action=member.invited&page=3");
    expect(auditQueryString(query, 1)).toBe("?action=member.invited");
    expect(auditQueryString(parseAuditQuery({}), 1)).toBe("");
  });
});

describe("what an audit event was about", () => {
  const id = "0b0c4a52-6f0e-4d71-9c1e-1a2b3c4d5e6f";
  it.each([
    ["weekly_entry", `${id}/2026-W46`, { memberId: id, week: "2026-W46" }],
    ["lagging_result", `${id}:2026-11-09`, { memberId: id, week: "2026-11-09" }],
    ["weekly_goal", "team/2026-11-09", { team: true, week: "2026-11-09" }],
    ["weekly_goal", `${id}/2026-11-09`, { memberId: id, week: "2026-11-09" }],
    ["member", id, { memberId: id }],
    ["metric", "calls", {}],
    ["weekly_entry", "not-a-member/2026-W46", {}],
    ["organization", null, {}],
  ] as const)("%s %s", (type, subject, expected) => {
    expect(auditSubject(type, subject)).toEqual(expected);
  });

  it.each([
    ["week.updated", "values.calls", { metric: "calls" }],
    ["metric.added", "kind", { key: "metricKind" }],
    ["member.cost_set", "kind", { key: "kind" }],
    ["week.updated", "notWorked", { key: "notWorked" }],
  ] as const)("%s: the label of %s", (action, field, expected) => {
    expect(auditFieldKey(action, field)).toEqual(expected);
  });
});
