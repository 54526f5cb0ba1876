import { describe, expect, it } from "vitest";
import { parseInput } from "@/lib/actions/outcome";
import type { ValidationError } from "@/lib/errors";
import { PRACTICES } from "@/lib/kpi/pipeline-health";
import { answerSchema } from "./definitions";

const ROUND = "0b6f3c1e-9a52-4c1d-8e3f-2a7b5c9d0e11";
const form = (changes: Record<string, string | undefined> = {}) => ({
  roundId: ROUND,
  health: "healthy",
  ...Object.fromEntries(PRACTICES.map((p) => [`practices.${p}`, "4"])),
  openPipelineValue: "120.000",
  expectedToClose: "45.000,50",
  target: "60000",
  ...changes,
});
const fieldsOf = (input: unknown) => {
  try {
    parseInput(answerSchema, input);
    return {};
  } catch (error) {
    return Object.fromEntries(Object.entries((error as ValidationError).fields).map(([f, m]) => [f, m.key]));
  }
};

describe("a survey answer from the form", () => {
  it("reads Dutch and English amounts and every statement", () => {
    expect(parseInput(answerSchema, form())).toEqual({
      roundId: ROUND,
      answer: {
        health: "healthy",
        practices: Object.fromEntries(PRACTICES.map((p) => [p, 4])),
        openPipelineValue: 120_000,
        expectedToClose: 45_000.5,
        target: 60_000,
      },
    });
  });

  it.each([
    [{ health: undefined }, { health: "chooseHealth" }],
    [{ health: "great" }, { health: "chooseHealth" }],
    [{ "practices.jointPlanning": undefined }, { "practices.jointPlanning": "chooseAgreement" }],
    [{ "practices.strongTrust": "6" }, { "practices.strongTrust": "chooseAgreement" }],
    [{ target: "" }, { target: "required" }],
    [{ target: "veel" }, { target: "amountNotNegative" }],
    [{ expectedToClose: "130000" }, { expectedToClose: "expectedAboveOpen" }],
  ])("%o is refused next to its field", (changes, fields) => {
    expect(fieldsOf(form(changes))).toEqual(fields);
  });
});
