import { describe, expect, it } from "vitest";
import { worked } from "@/db/test/week-records";
import { DEFAULT_METRICS } from "@/lib/kpi/default-funnel";
import { addIsoWeeks } from "@/lib/weeks/iso-week";
import { earlyWarnings } from "./early-warnings-view";

const TO = "2026-W30";
// 20 steady weeks of 40 conversations, 10 appointments (give or take 2), ending at `last`.
const steadyWeeks = (memberId: string, last: string, latest?: Record<string, number>) =>
  Array.from({ length: 20 }, (_, i) => {
    const week = addIsoWeeks(last, i - 19);
    if (i === 19 && latest) return worked(memberId, week, latest);
    return worked(memberId, week, { calls: 100, conversations: 40, appointments: 10 + ((i * 7) % 5) - 2 });
  });

describe("earlyWarnings", () => {
  const members = [
    { id: "lotte", name: "Lotte", status: "active" },
    { id: "sander", name: "Sander", status: "invited" },
    { id: "gone", name: "Gone", status: "deactivated" },
    { id: "quiet", name: "Quiet", status: "active" },
  ];
  const records = [
    ...steadyWeeks("lotte", TO, { calls: 100, conversations: 40, appointments: 0 }),
    ...steadyWeeks("sander", TO, { calls: 100, conversations: 40, appointments: 0 }),
    ...steadyWeeks("gone", TO, { calls: 100, conversations: 40, appointments: 0 }),
    // Quiet's collapse is five weeks old and Quiet logged nothing since: no current signal.
    ...steadyWeeks("quiet", addIsoWeeks(TO, -5), { calls: 100, conversations: 40, appointments: 0 }),
  ];

  it("names the current signals of reps who log (invited ones too, not deactivated ones), ratio by ratio", () => {
    const warnings = earlyWarnings({ metrics: DEFAULT_METRICS, members, records, toWeek: TO });
    expect(warnings.map((w) => [w.memberName, w.ratioKey, w.kind, w.side, w.weeks])).toEqual([
      ["Lotte", "appointmentsPerConversation", "outside", "below", 1],
      ["Lotte", "appointmentsPerCall", "outside", "below", 1],
      ["Sander", "appointmentsPerConversation", "outside", "below", 1],
      ["Sander", "appointmentsPerCall", "outside", "below", 1],
    ]);
    expect(warnings[0]).toMatchObject({ memberId: "lotte", latestWeek: TO });
  });

  it("no records, no warnings", () => {
    expect(earlyWarnings({ metrics: DEFAULT_METRICS, members, records: [], toWeek: TO })).toEqual([]);
  });
});
