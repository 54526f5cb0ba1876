"use client";
import { useId } from "react";
import { FieldNotes, noteIds } from "./field-frame";

/**
 * A labelled group of radio buttons (fieldset and legend), arrow keys moving between them,
 * with its hint and error announced with the group.
 */
export function RadioGroup({
  name,
  legend,
  options,
  defaultValue,
  hint,
  error,
  inline = false,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  hint?: string;
  error?: string;
  /** Options side by side (a 1 to 5 scale) rather than one under the other. */
  inline?: boolean;
}) {
  const id = useId();
  const { describedBy } = noteIds(id, hint, error);
  return (
    <fieldset
      // Radios take their default on mount; after a refused save the form is reset to it.
      key={defaultValue ?? ""}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
    >
      <legend className="text-sm font-medium">{legend}</legend>
      <div className={`mt-1 flex gap-x-4 gap-y-1 ${inline ? "flex-wrap" : "flex-col"}`}>
        {options.map((option) => (
          <label key={option.value} className="inline-flex items-center gap-2 py-1 text-sm">
            <input
              type="radio"
              name={name}
              value={option.value}
              defaultChecked={option.value === defaultValue}
              className="size-4 accent-indigo-600"
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldNotes id={id} hint={hint} error={error} />
    </fieldset>
  );
}
