import { describe, expect, it } from "vitest";
import { DEFAULT_METRICS } from "@/lib/kpi/default-funnel";
import { ratioDefinitions } from "@/lib/kpi/ratios";
import { firstMember, newestMember, readBenchmarkForm } from "./benchmark-view";

const members = [
  { id: "first", name: "Fien", startedOn: "2026-01-05" },
  { id: "second", name: "Bart", startedOn: "2026-09-07" },
  { id: "third", name: "Ann", startedOn: "2026-09-07" },
];
const options = {
  members,
  ratios: ratioDefinitions(DEFAULT_METRICS),
  defaultRatioKey: "appointmentsPerConversation",
  // 2026-W47 is the 11th week since 2026-09-07 (W37).
  lastWeek: "2026-W47",
};

describe("who is compared with whom", () => {
  it("the newest hire against whoever started first; a tie on the start date goes by name", () => {
    expect(newestMember(members)?.id).toBe("second");
    expect(firstMember(members, "second")?.id).toBe("first");
    expect(firstMember(members, "first")?.id).toBe("third");
    expect(newestMember([])).toBeUndefined();
  });
});

describe("reading the comparison from the URL", () => {
  it.each([
    [
      {},
      { candidateId: "second", reference: "first", ratioKey: "appointmentsPerConversation", tenureTo: 11 },
      {},
    ],
    [
      { candidate: "third", reference: "team", ratio: "conversationsPerCall", to: "4" },
      { candidateId: "third", reference: "team", ratioKey: "conversationsPerCall", tenureTo: 4 },
      {},
    ],
    [{ candidate: "first", reference: "first" }, null, { reference: { key: "benchmarkSamePerson" } }],
    [{ ratio: "luckPerCall" }, null, { ratio: { key: "invalid" } }],
    [{ to: "0" }, null, { to: { key: "wholeBetween", values: { max: 104 } } }],
    [{ to: "3,5" }, null, { to: { key: "wholeBetween", values: { max: 104 } } }],
    [{ to: "105" }, null, { to: { key: "wholeBetween", values: { max: 104 } } }],
  ])("%o", (params, question, errors) => {
    const form = readBenchmarkForm(params, options);
    expect(form.question).toEqual(question);
    expect(form.errors).toEqual(errors);
  });

  it("a tenure is counted in complete weeks, capped at two years", () => {
    expect(readBenchmarkForm({}, options).candidateTenure).toBe(11);
    // 2026-01-05 is in 2026-W02: weeks 2 to 47.
    expect(readBenchmarkForm({ candidate: "first" }, options).candidateTenure).toBe(46);
    expect(
      readBenchmarkForm({ candidate: "first" }, { ...options, lastWeek: "2028-W47" }).candidateTenure,
    ).toBe(104);
    // Started after last week: nothing to compare yet.
    const early = readBenchmarkForm({}, { ...options, lastWeek: "2026-W36" });
    expect([early.candidateTenure, early.question]).toEqual([0, null]);
  });

  it("nobody to compare in an organization of one", () => {
    const alone = readBenchmarkForm({}, { ...options, members: [members[0]!] });
    expect(alone.question).toBeNull();
    expect(alone.values.reference).toBe("");
  });
});
