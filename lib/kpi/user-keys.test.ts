import { describe, expect, it } from "vitest";
import { metricValuesOf } from "@/lib/entries/form-input";
import { validateWeek } from "@/lib/entries/validate-week";
import { dict, isReservedKey, own, toDict } from "./user-keys";

describe("user-chosen keys", () => {
  it.each(["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__", "__lookupGetter__"])(
    "%s is reserved",
    (key) => expect(isReservedKey(key)).toBe(true),
  );
  it.each(["calls", "constructorCalls", "proto", "toStringify"])("%s is not", (key) =>
    expect(isReservedKey(key)).toBe(false),
  );

  it("a missing key reads undefined, whatever its name", () => {
    const plain: Record<string, number> = { calls: 3 };
    expect(own(plain, "constructor")).toBeUndefined();
    expect(own(plain, "calls")).toBe(3);
    expect(own(undefined, "calls")).toBeUndefined();
    const map = dict<number>();
    expect(map.constructor).toBeUndefined();
    const key = "__proto__";
    map[key] = 4;
    expect(Object.keys(map)).toEqual(["__proto__"]);
    expect(JSON.stringify(toDict(JSON.parse('{"__proto__":1,"a":2}')))).toBe('{"__proto__":1,"a":2}');
  });

  it("a form field metrics.__proto__ is an unknown metric, not a lost value", () => {
    const values = metricValuesOf({ "metrics.__proto__": "5", "metrics.calls": "1" });
    expect(Object.keys(values).sort()).toEqual(["__proto__", "calls"]);
    const result = validateWeek({
      metrics: [{ key: "calls", kind: "stage", of: null, position: 1 }],
      values,
      notWorked: false,
      confirmedLargeValues: false,
    });
    expect(result).toMatchObject({ ok: false, errors: { "metrics.__proto__": { key: "unknownMetric" } } });
  });
});
